"""FHIR R4 Bundles and NDJSON (Patient, RelatedPerson, Account, Coverage, Claim, ExplanationOfBenefit) to records."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from pathlib import Path

from collections_desktop.domain.money import MAX_CENTS
from collections_desktop.sync.fhir_adjudication import PATIENT_SHARE, category_of
from collections_desktop.sync.problems import ERROR, WARNING, ImportProblem
from collections_desktop.sync.records import AccountRecord, Adjustment, ClaimRemitRecord, PersonRecord
from collections_desktop.sync.us_states import state_code

TYPES = {"Patient", "RelatedPerson", "Account", "Coverage", "Claim", "ExplanationOfBenefit"}


@dataclass
class _Resources:
    by_type: dict[str, list[tuple[str, dict]]] = field(default_factory=lambda: {t: [] for t in TYPES})
    by_reference: dict[str, dict] = field(default_factory=dict)


def _cents(value: object) -> int:
    try:
        result = int((Decimal(str(value)) * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))
    except (InvalidOperation, ValueError, TypeError):
        result = MAX_CENTS
    if not -MAX_CENTS < result < MAX_CENTS:
        raise ValueError(f"not an amount: {str(value)[:40]}")
    return result


def _date(text: object) -> date | None:
    try:
        return date.fromisoformat(str(text)[:10])
    except ValueError:
        return None


def _ref(reference: dict | None) -> str:
    return str((reference or {}).get("reference", ""))


def _load(path: Path, resources: _Resources, problems: list[ImportProblem]) -> None:
    """Reads a Bundle or an NDJSON file; amounts are read as exact decimals, never floats."""
    name = path.name
    with path.open("r", encoding="utf-8-sig") as handle:
        head = handle.read(1)
        handle.seek(0)
        if path.suffix.lower() == ".ndjson" or head != "{" or _is_ndjson(path):
            docs = ((f"{name}:{n}", line) for n, line in enumerate(handle, start=1) if line.strip())
        else:
            docs = iter([(f"{name}:1", handle.read())])
        for where, text in docs:
            try:
                resource = json.loads(text, parse_float=Decimal)
            except json.JSONDecodeError as exc:
                problems.append(ImportProblem(f"{where.rsplit(':', 1)[0]}:{exc.lineno if where.endswith(':1') else where.rsplit(':', 1)[1]}",
                                              ERROR, "fhir_bad_json", {"reason": exc.msg}))
                continue
            if not isinstance(resource, dict):
                problems.append(ImportProblem(where, ERROR, "fhir_not_a_resource", {}))
                continue
            _add(resource, where, resources)


def _is_ndjson(path: Path) -> bool:
    with path.open("r", encoding="utf-8-sig") as handle:
        first = handle.readline()
    try:
        doc = json.loads(first)
    except json.JSONDecodeError:
        return False
    return isinstance(doc, dict) and doc.get("resourceType") != "Bundle" and bool(handle)


def _add(resource: dict, where: str, resources: _Resources) -> None:
    if resource.get("resourceType") == "Bundle":
        for n, entry in enumerate(resource.get("entry") or [], start=1):
            inner = (entry or {}).get("resource")
            if isinstance(inner, dict):
                _add(inner, f"{where.rsplit(':', 1)[0]}:entry {n}", resources)
                if entry.get("fullUrl"):
                    resources.by_reference[entry["fullUrl"]] = inner
        return
    kind = resource.get("resourceType")
    if kind in TYPES:
        resources.by_type[kind].append((where, resource))
        if resource.get("id"):
            resources.by_reference[f"{kind}/{resource['id']}"] = resource
            resources.by_reference.setdefault(f"urn:uuid:{resource['id']}", resource)


def _person(resource: dict) -> PersonRecord:
    names = resource.get("name") or [{}]
    official = next((n for n in names if n.get("use") == "official"), names[0])
    given = official.get("given") or []
    person = PersonRecord(first_name=str(given[0]) if given else "", last_name=str(official.get("family", "")),
                          middle_name=" ".join(map(str, given[1:])), birth_date=_date(resource.get("birthDate")))
    for telecom in resource.get("telecom") or []:
        if telecom.get("system") == "phone" and telecom.get("value"):
            person.phones.append((str(telecom["value"]), "mobile" if telecom.get("use") == "mobile" else "home"))
        elif telecom.get("system") == "email" and telecom.get("value"):
            person.emails.append(str(telecom["value"]))
    addresses = resource.get("address") or []
    if addresses:
        a = addresses[0]
        lines = [str(x) for x in a.get("line") or []] + ["", ""]
        person.address = (lines[0], lines[1], str(a.get("city", "")), state_code(str(a.get("state", ""))),
                          str(a.get("postalCode", ""))[:10])
    for communication in resource.get("communication") or []:
        codes = [c.get("code", "") for c in (communication.get("language") or {}).get("coding") or []]
        if any(str(c).lower().startswith("es") for c in codes):
            person.preferred_language = "es"
            break
        if codes and not person.preferred_language:
            person.preferred_language = "en"
    return person


def _account_numbers(resources: _Resources) -> dict[str, str]:
    """Patient reference -> account number: Account.identifier, else the MR identifier, else Patient.id."""
    numbers: dict[str, str] = {}
    for _where, patient in resources.by_type["Patient"]:
        pid = str(patient.get("id", ""))
        mr = next((i.get("value") for i in patient.get("identifier") or []
                   if any(c.get("code") == "MR" for c in (i.get("type") or {}).get("coding") or [])), None)
        for key in (f"Patient/{pid}", f"urn:uuid:{pid}"):
            numbers[key] = str(mr or pid)
    for _where, account in resources.by_type["Account"]:
        identifier = next((i.get("value") for i in account.get("identifier") or [] if i.get("value")), None)
        for subject in account.get("subject") or []:
            if identifier:
                numbers[_ref(subject)] = str(identifier)
    return numbers


def _remit(where: str, eob: dict, account: str, patient: PersonRecord,
           problems: list[ImportProblem]) -> ClaimRemitRecord:
    totals: dict[str, int] = {}
    items: dict[str, int] = {}
    unknown: list[Adjustment] = []
    contractual = 0
    for item in eob.get("item") or []:
        seen: dict[str, int] = {}
        for adjudication in item.get("adjudication") or []:
            coding = ((adjudication.get("category") or {}).get("coding") or [{}])[0]
            amount = (adjudication.get("amount") or {}).get("value")
            if amount is None:
                continue
            category = category_of(str(coding.get("system", "")), str(coding.get("code", "")))
            if category is None:
                unknown.append(Adjustment("UNK", str(coding.get("code", ""))[:60], _cents(amount)))
                continue
            seen[category] = seen.get(category, 0) + _cents(amount)
        for category, cents in seen.items():
            items[category] = items.get(category, 0) + cents
        if "submitted" in seen and "allowed" in seen:
            contractual += seen["submitted"] - seen["allowed"]
    for total in eob.get("total") or []:
        coding = ((total.get("category") or {}).get("coding") or [{}])[0]
        category = category_of(str(coding.get("system", "")), str(coding.get("code", "")))
        if category and (total.get("amount") or {}).get("value") is not None:
            totals[category] = _cents(total["amount"]["value"])
    billed = totals.get("submitted", items.get("submitted", 0))
    paid_value = ((eob.get("payment") or {}).get("amount") or {}).get("value")
    paid = _cents(paid_value) if paid_value is not None else totals.get("paid_to_provider",
                                                                        items.get("paid_to_provider", 0))
    source = totals if any(k in totals for k in PATIENT_SHARE) else items
    adjustments = [Adjustment("PR", carc, source[cat]) for cat, carc in PATIENT_SHARE.items() if source.get(cat)]
    liability = totals.get("member_liability", items.get("member_liability"))
    shares = sum(a.amount_cents for a in adjustments)
    if liability is not None and liability != shares:
        adjustments.append(Adjustment("PR", "other", liability - shares))
    if contractual:
        adjustments.append(Adjustment("CO", "45", contractual))
    adjustments.extend(unknown)
    if not source and liability is None and billed:
        problems.append(ImportProblem(where, WARNING, "fhir_no_patient_share", {"claim": eob.get("id", "")}))
    insurer = (eob.get("insurer") or {}).get("display") or next(
        (c.get("type", {}).get("text") for c in eob.get("contained") or [] if c.get("resourceType") == "Coverage"),
        "")
    claim_id = _ref(eob.get("claim")).rsplit("/", 1)[-1].replace("urn:uuid:", "") or str(eob.get("id", ""))
    return ClaimRemitRecord(
        where=where, source_key=f"fhir:eob:{eob.get('id', claim_id)}", claim_id=claim_id[:50], status="1",
        billed_cents=billed, paid_cents=paid, payer=str(insurer)[:120], patient=patient,
        service_date=_date((eob.get("billablePeriod") or {}).get("start")),
        processed_on=_date(eob.get("created")), forwarded=eob.get("outcome") in ("queued", "partial"),
        adjustments=adjustments, account_number=account)


def parse_fhir(paths: list[Path]) -> Iterator[AccountRecord | ClaimRemitRecord | ImportProblem]:
    """Every patient becomes an account (claims or not); every EOB a remittance on that account."""
    resources, problems = _Resources(), []
    for path in paths:
        try:
            _load(Path(path), resources, problems)
        except (OSError, UnicodeDecodeError) as exc:
            problems.append(ImportProblem(Path(path).name, ERROR, "cannot_read",
                                          {"path": Path(path).name, "reason": str(exc)[:80]}))
    yield from problems
    problems.clear()
    numbers = _account_numbers(resources)
    people: dict[str, PersonRecord] = {}
    for where, patient in resources.by_type["Patient"]:
        person = _person(patient)
        number = numbers[f"Patient/{patient.get('id', '')}"]
        people[number] = person
        yield AccountRecord(where=where, account_number=number[:40], guarantor=person, patients=[person])
    for where, eob in resources.by_type["ExplanationOfBenefit"]:
        number = numbers.get(_ref(eob.get("patient")))
        if number is None:
            yield ImportProblem(where, ERROR, "fhir_unknown_patient", {"reference": _ref(eob.get("patient"))[:80]})
            continue
        try:
            yield _remit(where, eob, number, people.get(number, PersonRecord()), problems)
        except ValueError as exc:
            yield ImportProblem(where, ERROR, "bad_amount", {"field": "amount", "value": str(exc)[14:54]})
        yield from problems
        problems.clear()
