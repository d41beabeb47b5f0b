"""X12 835 remittance advice (5010 and 4010) to claim remittance records, with balancing checks as warnings."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path

from collections_desktop.sync.problems import (
    ACCOUNT_ID_MAX,
    CLAIM_ID_MAX,
    ERROR,
    WARNING,
    ImportProblem,
    RecordError,
    cents,
    identifier,
)
from collections_desktop.sync.records import Adjustment, ClaimRemitRecord, PersonRecord, ServiceLineRecord
from collections_desktop.sync.x12_segments import Delimiters, segment_batches

FORWARDED = {"19", "20", "21"}
SEQUENCE = {"1": 1, "19": 1, "2": 2, "20": 2, "3": 3, "21": 3}
# What other X12 transactions are, to say so instead of importing nothing (ST01, and GS01 for files whose
# ST01 is unusual).
NOT_REMITTANCE = {"837": "x12_is_837", "277": "x12_is_277", "276": "x12_is_277", "999": "x12_is_999",
                  "997": "x12_is_999", "270": "x12_is_270", "271": "x12_is_270"}
GROUP_KIND = {"HP": "835", "HC": "837", "HN": "277", "FA": "999", "HS": "270", "HB": "271"}


# Segments the parser reads; everything else (N3, N4, PER, REF outside lines, …) is skipped at once.
RELEVANT = frozenset({"ST", "SE", "BPR", "TRN", "N1", "CLP", "SVC", "CAS", "NM1", "DTM", "AMT", "REF", "LX",
                      "PLB", "ISA", "GS", "GE", "IEA", "TA1", "LQ", "MOA", "MIA"})
ENVELOPE = frozenset({"ISA", "GS", "GE", "IEA", "TA1"})
# Every segment an 835 (4010 or 5010) may carry; the ones the parser does not need are skipped, and
# anything else is counted and reported, never dropped in silence.
KNOWN = RELEVANT | frozenset({"CUR", "N2", "N3", "N4", "PER", "RDM", "TS3", "TS2", "QTY"})


def _element(parts: list[str], index: int) -> str:
    try:
        return parts[index].strip()
    except IndexError:
        return ""


def _elements(parts: list[str], count: int) -> list[str]:
    """The first `count` elements, stripped, with missing trailing ones as empty text (cheaper than one by one)."""
    values = [part.strip() for part in parts[:count]]
    if len(values) < count:
        values += [""] * (count - len(values))
    return values


@lru_cache(maxsize=4096)
def _date(text: str) -> date | None:
    """CCYYMMDD as a date; cached, since a remittance repeats a few dates thousands of times."""
    text = text.strip()
    try:
        return date(int(text[0:4]), int(text[4:6]), int(text[6:8])) if len(text) >= 8 else None
    except ValueError:
        return None


@dataclass
class _Remittance:
    """The ST..SE envelope of one payment: payer, trace number, totals."""

    payer: str = ""
    payer_id: str = ""
    trace: str = ""
    total_cents: int = 0
    paid_on: date | None = None
    claims_paid_cents: int = 0
    provider_adjustment_cents: int = 0
    start: int = 0
    claim_ordinal: int = 0
    skipping: bool = False  # a transaction that is not an 835: its segments are passed over up to SE


@dataclass
class _Claim:
    record: ClaimRemitRecord
    line: ServiceLineRecord | None = None
    line_adjustments: dict[int, int] = field(default_factory=dict)
    claim_dates: list[date] = field(default_factory=list)


class Remittance835Parser:
    """One pass over the segments; yields ClaimRemitRecord and ImportProblem items in file order."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.name = self.path.name
        self.remit: _Remittance | None = None
        self.claim: _Claim | None = None
        self.delimiters: Delimiters | None = None
        self.group_kind = ""
        self.unknown: set[str] = set()
        self.unknown_count = 0
        self.transactions = 0

    @property
    def _open_remit(self) -> _Remittance:
        """The transaction being read: segment handlers other than ST run only inside one."""
        remit = self.remit
        assert remit is not None  # noqa: S101 - the reading loop's dispatch guarantees it
        return remit

    @property
    def _open_claim_now(self) -> _Claim:
        """The claim being read: claim-level segments are handled only after its CLP."""
        claim = self.claim
        assert claim is not None  # noqa: S101 - each caller checks or is reached only inside a claim
        return claim

    def _where(self, number: int) -> str:
        return f"{self.name}:segment {number}"

    def __iter__(self) -> Iterator[ClaimRemitRecord | ImportProblem]:
        number = 0
        handlers = self._handlers = {
            "ST": self._st, "BPR": self._bpr, "TRN": self._trn, "N1": self._n1, "CLP": self._clp,
            "SVC": self._svc, "CAS": self._cas, "NM1": self._nm1, "DTM": self._dtm, "AMT": self._amt,
            "REF": self._ref, "LX": self._lx, "PLB": self._plb, "SE": self._se,
            "LQ": self._remarks, "MOA": self._remarks, "MIA": self._remarks,
        }
        try:
            for delimiters, batch in segment_batches(self.path):
                if self.delimiters is None:
                    self.delimiters = delimiters
                    if not delimiters.enveloped:
                        yield ImportProblem(self._where(1), WARNING, "x12_no_envelope")
                for parts in batch:
                    number += 1
                    handler = handlers.get(parts[0])
                    # The common cases (a segment read or a segment skipped inside ST..SE) cost one
                    # lookup; anything unusual (a tag indented or spaced, lower case, outside ST..SE) takes
                    # the slow path, which strips the tag.
                    if handler is None and self.remit is not None and parts[0] in KNOWN:
                        continue
                    if handler is None or self.remit is None:
                        handler, problem = self._unusual(number, parts[0])
                        if problem is not None:
                            yield problem
                        if handler is None:
                            continue
                    try:
                        out = handler(number, parts)
                    except RecordError as exc:
                        yield ImportProblem(self._where(number), ERROR, exc.code, exc.params)
                        self.claim = None  # an incomplete claim is reported, never half-posted
                        continue
                    if out:
                        yield from out
        except RecordError as exc:
            yield ImportProblem(self._where(max(number, 1)), ERROR, exc.code, exc.params)
            return
        except OSError as exc:
            yield ImportProblem(self.name, ERROR, "cannot_read", {"reason": exc.strerror or ""})
            return
        if self.remit is not None:
            yield from self._close_claim()
            yield ImportProblem(self._where(number), ERROR, "x12_truncated", {"missing": "SE"})
        elif not self.transactions and number:  # an envelope and nothing in it: cut off after the ISA?
            yield ImportProblem(self._where(number), ERROR, "x12_no_transaction")
        if self.unknown_count:
            yield ImportProblem(self.name, WARNING, "x12_unknown_segments",
                                {"count": self.unknown_count, "segments": ", ".join(sorted(self.unknown))})

    def _count_unknown(self, tag: str) -> None:
        self.unknown_count += 1
        if len(self.unknown) < 20:  # every one counted, the first 20 kinds named
            self.unknown.add(tag[:3])

    def _unusual(self, number: int, tag: str) -> tuple:
        """(handler or None, problem or None) for a tag in lower case or with spaces, or outside ST..SE."""
        tag = tag.strip().upper()
        handler = self._handlers.get(tag)
        if not tag:
            return None, None
        if self.remit is None and tag != "ST" and tag not in ENVELOPE:
            return None, ImportProblem(self._where(number), ERROR, "x12_outside_transaction", {"segment": tag[:3]})
        if tag == "GS":
            return self._gs, None
        if handler is None and tag not in KNOWN and not (self.remit is not None and self.remit.skipping):
            self._count_unknown(tag)
        return handler, None

    # -- segments: each handler reads one; it returns the records and problems it completes --
    def _gs(self, number: int, parts: list[str]) -> None:
        self.group_kind = GROUP_KIND.get(_element(parts, 1), _element(parts, 1))

    def _st(self, number: int, parts: list[str]) -> None:
        if self.remit is not None:
            raise RecordError("x12_truncated", missing="SE")
        self.remit = _Remittance(start=number)
        self.transactions += 1
        kind = _element(parts, 1)
        if kind != "835" or self.group_kind not in ("", "835"):
            # The transaction is reported once and its segments are passed over up to its SE: until then
            # only SE has a handler (the table is changed in place, so the reading loop costs nothing more).
            self.remit.skipping = True
            self._saved_handlers = dict(self._handlers)
            self._handlers.clear()
            self._handlers["SE"] = self._se
            shown = kind if kind != "835" else self.group_kind
            raise RecordError(NOT_REMITTANCE.get(shown, "x12_not_835"), transaction=shown[:6])

    def _bpr(self, number: int, parts: list[str]) -> list | None:
        self._open_remit.total_cents = cents(_element(parts, 2) or "0", "BPR02")
        self._open_remit.paid_on = _date(_element(parts, 16))
        if self._open_remit.paid_on is None and _element(parts, 16):
            # The payment's date only dates the postings (a visit ages from its service date): said, not fatal.
            return [ImportProblem(self._where(number), WARNING, "x12_payment_date", {"field": "BPR16"})]
        return None

    def _trn(self, number: int, parts: list[str]) -> None:
        self._open_remit.trace = _element(parts, 2)
        self._open_remit.payer_id = _element(parts, 3)

    def _n1(self, number: int, parts: list[str]) -> None:
        if _element(parts, 1) == "PR":
            self._open_remit.payer = _element(parts, 2)

    def _clp(self, number: int, parts: list[str]) -> list:
        done = list(self._close_claim())
        self._open_claim(number, parts)
        return done

    def _svc(self, number: int, parts: list[str]) -> None:
        if self.claim is not None and self.delimiters is not None:
            self._open_line(number, parts, self.delimiters)

    def _cas(self, number: int, parts: list[str]) -> None:
        if self.claim is not None:
            self._adjustments(parts)

    def _nm1(self, number: int, parts: list[str]) -> None:
        if self.claim is not None:
            self._name(parts)

    def _dtm(self, number: int, parts: list[str]) -> None:
        if self.claim is not None:
            self._dates(parts)

    def _amt(self, number: int, parts: list[str]) -> None:
        claim = self.claim
        if claim is not None and claim.line and len(parts) > 2 and parts[1] == "B6":
            claim.line.allowed_cents = cents(parts[2].strip(), "AMT02")

    def _ref(self, number: int, parts: list[str]) -> None:
        claim = self.claim
        if claim is not None and claim.line and len(parts) > 2 and parts[1] == "6R":
            claim.line.control_number = parts[2].strip()

    def _lx(self, number: int, parts: list[str]) -> list:
        return list(self._close_claim())

    def _plb(self, number: int, parts: list[str]) -> list:
        done = list(self._close_claim())
        for index in range(4, len(parts), 2):
            if _element(parts, index):
                self._open_remit.provider_adjustment_cents += cents(_element(parts, index), f"PLB{index:02d}")
        return done

    def _se(self, number: int, parts: list[str]) -> list:
        if self._open_remit.skipping:
            self._handlers.update(self._saved_handlers)
            self.remit = None
            return []
        return list(self._close_claim()) + list(self._close_remittance(number, parts))

    def _open_claim(self, number: int, parts: list[str]) -> None:
        remit = self._open_remit
        _tag, claim_id, status, billed, paid, patient_amount, filing, payer_claim_id = _elements(parts, 8)
        remit.claim_ordinal += 1
        if not claim_id:
            raise RecordError("x12_missing_element", element="CLP01")
        identifier(claim_id, "CLP01", CLAIM_ID_MAX)
        record = ClaimRemitRecord(
            where=self._where(number),
            source_key=f"835:{remit.payer_id or remit.payer}:{remit.trace}:{remit.claim_ordinal}:{claim_id}",
            claim_id=claim_id,
            status=status,
            billed_cents=cents(billed or "0", "CLP03"),
            paid_cents=cents(paid or "0", "CLP04"),
            reported_patient_cents=cents(patient_amount, "CLP05") if patient_amount else None,
            payer=remit.payer,
            payer_claim_id=payer_claim_id,
            filing_indicator=filing,
            patient=PersonRecord(),
            processed_on=remit.paid_on,
            forwarded=status in FORWARDED,
            reversal=status == "22",
            payer_sequence=SEQUENCE.get(status, 1),
            predetermination=status == "25",
            cas_complete=True,
        )
        self.claim = _Claim(record)
        remit.claims_paid_cents += record.paid_cents

    def _open_line(self, number: int, parts: list[str], d: Delimiters) -> None:
        claim = self._open_claim_now
        _tag, composite, billed, paid, _revenue, units = _elements(parts, 6)
        pieces = composite.replace(">", d.component).split(d.component) if composite else [""]
        code = pieces[1] if len(pieces) > 1 else pieces[0]
        line = ServiceLineRecord(
            line_no=len(claim.record.lines) + 1,
            procedure_code=code[:20],
            billed_cents=cents(billed, "SVC02") if billed else 0,
            paid_cents=cents(paid, "SVC03") if paid else 0,
        )
        if units.replace(".", "", 1).isdigit():
            line.units = max(1, int(float(units)))
        claim.record.lines.append(line)
        claim.line = line
        claim.line_adjustments[line.line_no] = 0

    def _adjustments(self, parts: list[str]) -> None:
        claim = self._open_claim_now
        values = _elements(parts, len(parts) + 1)
        group = values[1].upper()
        line_no = claim.line.line_no if claim.line else None
        for index in range(2, len(parts), 3):
            reason, amount = values[index], values[index + 1]
            if not reason and not amount:
                continue
            value = cents(amount or "0", f"CAS{index + 1:02d}")
            claim.record.adjustments.append(Adjustment(group, reason, value, line_no))
            if line_no is not None:
                claim.line_adjustments[line_no] += value

    def _name(self, parts: list[str]) -> None:
        """NM1*QC the patient, NM1*IL the subscriber (the patient too when QC is absent), NM1*74 the payer's
        corrected name of the patient, NM1*TT the payer the claim was forwarded to."""
        _tag, qualifier, _kind, last, first, middle, _prefix, _suffix, _id_kind, member_id = _elements(parts, 10)
        record = self._open_claim_now.record
        if qualifier in ("QC", "IL", "74"):
            identifier(member_id, f"NM1*{qualifier} NM109", ACCOUNT_ID_MAX)  # a member id may name the account
            person = PersonRecord(first_name=first, last_name=last, middle_name=middle, member_id=member_id)
            if qualifier == "QC":
                record.patient = person
            elif qualifier == "IL":
                record.subscriber = person
            else:
                record.corrected = person
        elif qualifier == "TT":
            record.forwarded = True

    def _remarks(self, number: int, parts: list[str]) -> None:
        """Remark codes (RARCs): LQ*HE on a line, MOA/MIA at the claim."""
        claim = self.claim
        if claim is None:
            return
        codes = claim.record.remark_codes
        if parts[0] == "LQ":
            if _element(parts, 1) == "HE" and _element(parts, 2):
                codes.append(_element(parts, 2))
            return
        first = 3 if parts[0] == "MOA" else 5
        for index in range(first, len(parts)):
            value = _element(parts, index)
            if value and value[:1].isalpha() and not value.replace(".", "").isdigit() and len(value) <= 6:
                codes.append(value)

    def _dates(self, parts: list[str]) -> None:
        _tag, qualifier, text = _elements(parts, 3)
        when = _date(text)
        if when is None:
            if text and qualifier in ("472", "150", "151", "232", "233"):
                # A service date that is no date (00000000): the claim is refused, not dated today.
                raise RecordError("bad_date", field=f"DTM*{qualifier}", value=text[:10])
            return
        claim = self._open_claim_now
        if qualifier in ("472", "150") and claim.line is not None:
            claim.line.service_date = when
        elif qualifier in ("232", "472", "150"):
            claim.claim_dates.append(when)

    # -- closing and balancing --------------------------------------------------------
    def _close_claim(self) -> Iterator[ImportProblem | ClaimRemitRecord]:
        claim, self.claim = self.claim, None
        if claim is None:
            return
        record = claim.record
        if not (record.patient.last_name or record.patient.first_name) and record.subscriber is not None:
            record.patient, record.subscriber = record.subscriber, None  # no NM1*QC: the insured is the patient
        line_dates = [line.service_date for line in record.lines if line.service_date]
        dates = line_dates or claim.claim_dates
        record.service_date = min(dates) if dates else None
        for line in record.lines:
            if line.billed_cents - line.paid_cents != claim.line_adjustments.get(line.line_no, 0):
                yield ImportProblem(record.where, WARNING, "x12_line_unbalanced",
                                    {"claim": record.claim_id, "line": line.line_no})
        adjusted = sum(a.amount_cents for a in record.adjustments)
        if record.billed_cents - record.paid_cents != adjusted:
            yield ImportProblem(record.where, WARNING, "x12_claim_unbalanced", {"claim": record.claim_id})
        if (record.reported_patient_cents is not None
                and record.reported_patient_cents != record.patient_responsibility_cents):
            yield ImportProblem(record.where, WARNING, "x12_patient_amount_mismatch", {"claim": record.claim_id})
        yield record

    def _close_remittance(self, number: int, parts: list[str]) -> Iterator[ImportProblem]:
        remit, self.remit = self._open_remit, None
        declared = _element(parts, 1)
        if declared.isdigit() and int(declared) != number - remit.start + 1:
            yield ImportProblem(self._where(number), WARNING, "x12_segment_count",
                                {"declared": int(declared), "found": number - remit.start + 1})
        if remit.total_cents != remit.claims_paid_cents - remit.provider_adjustment_cents:
            yield ImportProblem(self._where(number), WARNING, "x12_payment_unbalanced", {"trace": remit.trace})


def parse_835(path: Path) -> Iterator[ClaimRemitRecord | ImportProblem]:
    return iter(Remittance835Parser(path))
