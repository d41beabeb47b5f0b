"""One FHIR R4 ExplanationOfBenefit to a claim remittance: each amount read at one level only (claim totals,
claim adjudication, CMS benefit balance, else the sum of its lines) and given its ledger meaning."""

from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from collections_desktop.domain.money import MAX_CENTS
from collections_desktop.sync import fhir_adjudication as fa
from collections_desktop.sync.problems import CLAIM_ID_MAX, WARNING, ImportProblem, RecordError, identifier
from collections_desktop.sync.records import Adjustment, ClaimRemitRecord, PersonRecord

NOT_FINAL = ("draft", "entered-in-error", "cancelled")
# Keys an STU3 (or older) ExplanationOfBenefit has that R4 renamed or dropped.
PRE_R4_KEYS = ("totalCost", "information", "organization", "claimResponse", "unallocDeductable")


def as_list(value: object) -> list:
    """The value when it is a list, else empty: a FHIR file may put anything anywhere."""
    return value if isinstance(value, list) else []


def as_dict(value: object) -> dict:
    """The value when it is an object, else empty."""
    return value if isinstance(value, dict) else {}



def cents(value: object, field: str) -> int:
    """Exact cents of a FHIR amount (read as a decimal, never a float); a string or a huge number is refused."""
    if isinstance(value, bool) or not isinstance(value, (int, Decimal)):
        raise RecordError("bad_amount", field=field, value="")
    try:
        result = int((Decimal(value) * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))
    except (InvalidOperation, ValueError, OverflowError):
        raise RecordError("bad_amount", field=field, value="") from None
    if not -MAX_CENTS < result < MAX_CENTS:
        raise RecordError("bad_amount", field=field, value="")
    return result


def fhir_date(text: object) -> date | None:
    try:
        return date.fromisoformat(str(text)[:10]) if text else None
    except ValueError:
        return None


def strict_date(value: object, field: str) -> date | None:
    """A date the EOB gives, None when it gives none; one that is no date (0000-00-00, 9999-99-99) or lies
    before 1900 is refused where it stands, never replaced by today."""
    if value in (None, ""):
        return None
    found = fhir_date(value)
    if found is None:
        raise RecordError("bad_date", field=field, value=str(value)[:20])
    if found.year < 1900:
        raise RecordError("implausible_date", field=field, value=str(value)[:20])
    return found


def pre_r4(eob: dict) -> bool:
    """True for an ExplanationOfBenefit written to STU3 or earlier (Blue Button v1, old exports)."""
    items = [as_dict(item) for item in as_list(eob.get("item"))]
    return any(key in eob for key in PRE_R4_KEYS) or any("service" in i and "productOrService" not in i
                                                          for i in items)


def _coded_amounts(entries: list, key: str, amount_key: str) -> list[tuple[str, str, object]]:
    """(system, code, amount) of each entry that carries an amount (entries without one only qualify)."""
    found = []
    for item in entries:
        entry = as_dict(item)
        amount = as_dict(entry.get(amount_key)).get("value")
        coding = as_dict(next(iter(as_list(as_dict(entry.get(key)).get("coding"))), {}))
        found.append((str(coding.get("system", "")), str(coding.get("code", "")), amount))
    return found


class _Levels:
    """The amounts of one EOB by category, kept per level, and the codings the table does not know."""

    def __init__(self, eob: dict, claim: str) -> None:
        self.levels: list[dict[str, int]] = []
        self.unknown: list[str] = []
        balance = [f for b in as_list(eob.get("benefitBalance")) for f in as_list(as_dict(b).get("financial"))]
        balance_amounts = [(s, c, a if a is not None else as_dict(f).get("allowedMoney", {}).get("value"))
                           for (s, c, a), f in zip(_coded_amounts(balance, "type", "usedMoney"), balance, strict=False)]
        items = [a for item in as_list(eob.get("item")) for a in as_list(as_dict(item).get("adjudication"))]
        for entries in (_coded_amounts(as_list(eob.get("total")), "category", "amount"),
                        _coded_amounts(as_list(eob.get("adjudication")), "category", "amount"),
                        balance_amounts,
                        _coded_amounts(items, "category", "amount")):
            sums: dict[str, int] = {}
            for system, code, amount in entries:
                category = fa.category_of(system, code)
                if category is None:
                    if amount is not None and (code or "(none)") not in self.unknown:
                        self.unknown.append(code or "(none)")
                    continue
                if amount is None or category == fa.INFORMATIONAL:
                    continue
                sums[category] = sums.get(category, 0) + cents(amount, f"{claim} {code.rsplit('/', 1)[-1]}")
            self.levels.append(sums)

    def get(self, category: str) -> int | None:
        """The amount from the first level that gives this category (claim totals before lines, never both)."""
        return next((level[category] for level in self.levels if category in level), None)


def _payer(eob: dict) -> str:
    insurer = as_dict(eob.get("insurer"))
    if insurer.get("display"):
        return str(insurer["display"])[:120]
    for contained in as_list(eob.get("contained")):
        contained = as_dict(contained)
        if contained.get("resourceType") == "Organization" and contained.get("name"):
            return str(contained["name"])[:120]
        if contained.get("resourceType") == "Coverage":
            text = as_dict(contained.get("type")).get("text")
            if text:
                return str(text)[:120]
    return ""


def _service_date(eob: dict) -> date | None:
    start = strict_date(as_dict(eob.get("billablePeriod")).get("start"), "billablePeriod.start")
    if start:
        return start
    dates = [strict_date(as_dict(i).get("servicedDate") or as_dict(as_dict(i).get("servicedPeriod")).get("start"),
                         "item.serviced") for i in as_list(eob.get("item"))]
    return min((d for d in dates if d), default=None)


def claim_id_of(eob: dict) -> str:
    """The claim an EOB is about: its Claim reference's id, else its identifier, else its own id (50 at most)."""
    reference = str(as_dict(eob.get("claim")).get("reference", ""))
    if reference:
        return identifier(reference.rsplit("/", 1)[-1].replace("urn:uuid:", ""), "claim", CLAIM_ID_MAX)
    value = next((as_dict(i).get("value") for i in as_list(eob.get("identifier")) if as_dict(i).get("value")), None)
    return identifier(str(value or eob.get("id", "")), "identifier", CLAIM_ID_MAX)


def eob_record(where: str, eob: dict, account: str, patient: PersonRecord,
               problems: list[ImportProblem]) -> ClaimRemitRecord:
    """The remittance an EOB describes; unknown codings and missing patient shares are reported in `problems`."""
    claim_id = claim_id_of(eob)
    levels = _Levels(eob, claim_id)
    for code in levels.unknown:
        problems.append(ImportProblem(where, WARNING, "fhir_unknown_category", {"claim": claim_id,
                                                                                 "code": code[-60:]}))
    get = levels.get
    billed, allowed = get(fa.SUBMITTED) or 0, get(fa.ALLOWED)
    to_patient = get(fa.PAID_TO_PATIENT) or 0
    payment = as_dict(as_dict(eob.get("payment")).get("amount")).get("value")
    # What the clinic received: the payment less what went to the patient (one rounding, as paid), else the
    # payer's paid-to-provider, else the benefit less what went to the patient.
    if payment is not None:
        paid = max(cents(payment, f"{claim_id} payment") - to_patient, 0)
    elif (to_provider := get(fa.PAID_TO_PROVIDER)) is not None:
        paid = to_provider
    else:
        paid = max((get(fa.BENEFIT) or 0) - to_patient, 0)
    patient_shares = {carc: get(category) for category, carc in fa.PATIENT_SHARE.items()}
    adjustments = [Adjustment("PR", carc, amount) for carc, amount in patient_shares.items() if amount]
    if to_patient:
        adjustments.append(Adjustment("PR", "100", to_patient))  # the payer paid the patient, who owes the clinic
    liability = get(fa.MEMBER_LIABILITY)
    shares = sum(a.amount_cents for a in adjustments)
    reported = None if liability is None else liability + to_patient
    if reported is not None and reported > shares:
        # The member owes more than the itemised shares: the not-covered part first, then the rest as other.
        noncovered = min(reported - shares, max(get(fa.NONCOVERED) or 0, 0))
        if noncovered:
            adjustments.append(Adjustment("PR", "204", noncovered))
        if reported - shares - noncovered:
            adjustments.append(Adjustment("PR", "other", reported - shares - noncovered))
    paid_by_patient = get(fa.PAID_BY_PATIENT) or 0
    owed = sum(a.amount_cents for a in adjustments)
    if reported is None and paid_by_patient > owed:
        # The patient paid more than the itemised shares and no liability is given: they owed what they paid.
        adjustments.append(Adjustment("PR", "other", paid_by_patient - owed))
    contractual = (billed - allowed) if allowed is not None and 0 <= allowed <= billed else (get(fa.DISCOUNT) or 0)
    if contractual:
        adjustments.append(Adjustment("CO", "45", contractual))
    if liability is None and not any(a.group == "PR" for a in adjustments) and billed:
        problems.append(ImportProblem(where, WARNING, "fhir_no_patient_share", {"claim": claim_id}))
    outcome = str(eob.get("outcome", ""))
    use = str(eob.get("use", ""))
    return ClaimRemitRecord(
        where=where, source_key=f"fhir:eob:{str(eob.get('id', claim_id))[:100]}", claim_id=claim_id,
        status="4" if outcome == "error" else "1", billed_cents=billed, paid_cents=paid, payer=_payer(eob),
        patient=patient, service_date=_service_date(eob), processed_on=strict_date(eob.get("created"), "created"),
        forwarded=outcome in ("queued", "partial"), adjustments=adjustments, account_number=account,
        reported_patient_cents=reported, patient_paid_cents=paid_by_patient,
        predetermination=use in ("predetermination", "preauthorization"))
