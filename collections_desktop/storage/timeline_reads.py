"""Everything that happened on one account, read as plain rows from each table on a DB-API connection (a
session's, or a plain one for the command line's quick `history`) and merged newest first."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time

from collections_desktop.storage.desk_reads import marks, stored_date, stored_datetime

KINDS = ("contact", "payment", "promise", "plan", "hold", "handoff", "note", "document", "import")
# Files the user asked for, audited as they left the vault (receipts and notices name the account).
DOCUMENT_ACTIONS = ("receipt.saved", "notice.saved", "agreement.saved", "agreement.printed", "agreement.emailed")


@dataclass(frozen=True)
class TimelineRow:
    """One event: when it happened (as stated) and when it was recorded, its kind, a code saying what it was,
    its details (no sentence: codes, amounts, dates) and any text the specialist or the patient gave."""

    at: datetime
    recorded_at: datetime
    kind: str
    code: str
    params: dict[str, object] = field(default_factory=dict)
    text: str = ""


@dataclass(frozen=True)
class PinnedNote:
    note_id: int
    text: str
    written_at: datetime


@dataclass(frozen=True)
class Timeline:
    """A page of the account's events (newest first), how many there are in all, and its pinned notes."""

    account: str
    events: list[TimelineRow]
    total: int
    offset: int
    pinned: list[PinnedNote]


def _moment(value: str) -> datetime:
    found = stored_datetime(value)
    if found is None:  # every event's moment is NOT NULL
        raise ValueError("an event without its moment")
    return found


def _day(value: date) -> datetime:
    """A day-dated event (a payment's date) placed at noon UTC, so it sorts within its day."""
    return datetime.combine(value, time(12, 0), tzinfo=UTC)


def account_number_id(conn, number: str) -> int | None:  # noqa: ANN001 - a DB-API connection
    found = conn.execute("SELECT id FROM account WHERE number = ?", (number,)).fetchone()
    return int(found[0]) if found else None


def pinned(conn, account_id: int) -> list[PinnedNote]:  # noqa: ANN001
    """The pinned notes, newest first."""
    return [PinnedNote(int(i), text, _moment(at)) for i, text, at in conn.execute(
        "SELECT id, text, created_at FROM account_note WHERE account_id = ? AND pinned"
        " ORDER BY created_at DESC, id DESC", (account_id,))]


def _contacts(conn, account_id: int) -> Iterator[TimelineRow]:  # noqa: ANN001
    for at, recorded, channel, direction, outcome, note, detail in conn.execute(
            "SELECT at, created_at, channel, direction, outcome, note, detail FROM contact_event"
            " WHERE account_id = ?", (account_id,)):
        extra = json.loads(detail or "{}")
        params: dict[str, object] = {"channel": channel, "direction": direction, "outcome": outcome}
        if "backdated" in extra:
            params["backdated"] = True
        if "confirmed_by" in extra:
            params["confirmed"] = True
        # `at` is when the waits count from; a late entry keeps the moment it happened beside it
        stated = datetime.fromisoformat(extra["stated_at"]) if "stated_at" in extra else _moment(at)
        yield TimelineRow(stated, _moment(recorded), "contact", f"contact_{direction}", params, note or "")


def _payments(conn, account_id: int) -> Iterator[TimelineRow]:  # noqa: ANN001
    """A payment spread over several visits is one event; a returned payment is its own."""
    for posted_on, recorded, method, reference, cents, batch in conn.execute(
            "SELECT posted_on, created_at, method, reference, sum(amount_cents), import_batch_id FROM ledger_entry"
            " WHERE account_id = ? AND kind = 'patient_payment'"
            " GROUP BY posted_on, created_at, method, reference, import_batch_id", (account_id,)):
        code = "payment_returned" if cents < 0 else "payment_imported" if batch is not None else "payment_recorded"
        day = stored_date(posted_on)
        assert day is not None  # noqa: S101 - posted_on is NOT NULL
        yield TimelineRow(_day(day), _moment(recorded), "payment", code,
                          {"cents": abs(int(cents)), "method": method, "paid_on": day.isoformat()}, reference or "")


def _promises(conn, account_id: int) -> Iterator[TimelineRow]:  # noqa: ANN001
    for created, outcome, next_due in conn.execute(
            "SELECT created_at, outcome, next_due FROM promise WHERE account_id = ?", (account_id,)):
        moment = _moment(created)
        yield TimelineRow(moment, moment, "promise", "promise_made", {"outcome": outcome, "next_due": next_due or ""})


def _plans(conn, account_id: int) -> Iterator[TimelineRow]:  # noqa: ANN001
    versions: dict[int, int] = {}
    for plan_id, version, state, created in conn.execute(
            "SELECT id, version_no, state, created_at FROM payment_plan WHERE account_id = ?", (account_id,)):
        versions[plan_id] = version
        moment = _moment(created)
        yield TimelineRow(moment, moment, "plan", "plan_created", {"version": version, "state": state})
    if not versions:
        return
    ids = list(versions)
    for kind, created, signed_on, plan_id in conn.execute(
            f"SELECT kind, created_at, signed_on, plan_id FROM plan_document WHERE plan_id IN ({marks(ids)})", ids):
        version, moment = versions[plan_id], _moment(created)
        yield TimelineRow(moment, moment, "document", f"document_{kind}", {"version": version})
        signed = stored_date(signed_on)
        if signed is not None:
            yield TimelineRow(_day(signed), moment, "plan", "plan_signed", {"version": version})


def _holds(conn, account_id: int) -> Iterator[TimelineRow]:  # noqa: ANN001
    """Each hold set and ended (with its decision), and a dispute's verification sent (F-11)."""
    for kind, set_text, cleared_text, details, outcome in conn.execute(
            "SELECT kind, set_at, cleared_at, details, outcome FROM account_flag WHERE account_id = ?", (account_id,)):
        set_at = _moment(set_text)
        yield TimelineRow(set_at, set_at, "hold", "hold_set", {"hold": kind})
        known = json.loads(details or "{}")
        sent = known.get("verification_sent_on")
        if sent:
            noted = known.get("_recorded", {}).get("verification_sent_on")
            recorded = datetime.fromisoformat(noted) if noted else set_at
            # day-dated, never before the dispute it answers nor after it was recorded (a verification sent
            # today and recorded this morning is not shown at noon, after what followed it)
            yield TimelineRow(min(max(_day(date.fromisoformat(sent)), set_at), max(recorded, set_at)), recorded,
                              "hold", "dispute_verification_sent")
        cleared_at = stored_datetime(cleared_text)
        if cleared_at is not None and outcome:
            yield TimelineRow(cleared_at, cleared_at, "hold", "hold_ended", {"hold": kind, "decision": outcome})
        elif cleared_at is not None:
            yield TimelineRow(cleared_at, cleared_at, "hold", "hold_released", {"hold": kind})


def _screenings(conn, account_id: int) -> Iterator[TimelineRow]:  # noqa: ANN001
    """Each financial-assistance screening: the percent of the guideline and the likely discount (not the income)."""
    for at, created, household, tenths, discount in conn.execute(
            "SELECT screened_at, created_at, household, percent_tenths, discount_percent FROM assistance_screening"
            " WHERE account_id = ?", (account_id,)):
        yield TimelineRow(_moment(at), _moment(created), "hold", "assistance_screened",
                          {"percent": f"{tenths // 10}.{tenths % 10}%", "household": household,
                           "discount": f"{discount}%"})


def _escalation_steps(conn, account_id: int) -> Iterator[TimelineRow]:  # noqa: ANN001
    """The escalation steps taken by hand (a supervisor's review), with their note."""
    for step, taken, created, note in conn.execute(
            "SELECT step, taken_on, created_at, note FROM escalation_step WHERE account_id = ?", (account_id,)):
        recorded = _moment(created)
        yield TimelineRow(min(_day(date.fromisoformat(str(taken)[:10])), recorded), recorded, "hold",
                          f"escalation_{step}", {}, note or "")


def _handoffs(conn, account_id: int) -> Iterator[TimelineRow]:  # noqa: ANN001
    for claim, at, closed_at, note, team, reason, answer, answer_note in conn.execute(
            "SELECT e.claim_id, h.at, h.closed_at, h.note, h.team, h.reason, h.answer, h.answer_note"
            " FROM claim_handoff h JOIN encounter e ON e.id = h.encounter_id WHERE e.account_id = ?", (account_id,)):
        moment = _moment(at)
        yield TimelineRow(moment, moment, "handoff", "handoff_sent", {"claim": claim, "team": team,
                                                                        "reason": reason or "other"}, note or "")
        closed = stored_datetime(closed_at)
        if closed is not None:
            yield TimelineRow(closed, closed, "handoff", "handoff_closed",
                              {"claim": claim, "answer": answer or "no_change"}, answer_note or "")


def _notes(conn, account_id: int) -> Iterator[TimelineRow]:  # noqa: ANN001
    for kind, text, is_pinned, about, created in conn.execute(
            "SELECT kind, text, pinned, about, created_at FROM account_note WHERE account_id = ?", (account_id,)):
        # A hold's reason names the hold it was given for; other notes what they are about.
        params: dict[str, object] = {"hold": about} if kind.startswith("hold_") else \
            {"pinned": bool(is_pinned), "about": about}
        moment = _moment(created)
        yield TimelineRow(moment, moment, "note", f"note_{kind}", params, text)


def _documents(conn, account_id: int, number: str) -> Iterator[TimelineRow]:  # noqa: ANN001
    plan_ids = [str(i) for (i,) in conn.execute("SELECT id FROM payment_plan WHERE account_id = ?", (account_id,))]
    plans = f" OR (entity = 'payment_plan' AND entity_id IN ({marks(plan_ids)}))" if plan_ids else ""
    for at, action in conn.execute(
            f"SELECT at, action FROM audit_log WHERE action IN ({marks(DOCUMENT_ACTIONS)})"
            f" AND ((entity = 'account' AND entity_id = ?){plans})", (*DOCUMENT_ACTIONS, number, *plan_ids)):
        moment = _moment(at)
        yield TimelineRow(moment, moment, "document", action.replace(".", "_"))


def _letters(conn, account_id: int) -> Iterator[TimelineRow]:  # noqa: ANN001
    """Each letter kept for the account (a statement…), in the language it was written in."""
    for at, kind, language in conn.execute(
            "SELECT created_at, kind, language FROM account_document WHERE account_id = ?", (account_id,)):
        moment = _moment(at)
        yield TimelineRow(moment, moment, "document", f"letter_{kind}", {"lang": language})


def _imports(conn, account_id: int) -> Iterator[TimelineRow]:  # noqa: ANN001
    """Each import that posted to the account: its file, when, and how many postings it made here."""
    for at, file_name, fmt, postings in conn.execute(
            "SELECT b.at, b.file_name, b.format, count(l.id) FROM import_batch b"
            " JOIN ledger_entry l ON l.import_batch_id = b.id WHERE l.account_id = ? GROUP BY b.id", (account_id,)):
        moment = _moment(at)
        yield TimelineRow(moment, moment, "import", "import_posted", {"file": file_name, "format": fmt,
                                                                       "postings": postings})


def account_events(conn, account_id: int, number: str, kinds: Iterable[str] = KINDS,  # noqa: ANN001
                   offset: int = 0, limit: int = 50) -> tuple[list[TimelineRow], int]:
    """The account's events of `kinds`, newest first (then newest recorded): one page and how many there are."""
    wanted = set(kinds)
    readers = {"contact": _contacts, "payment": _payments, "promise": _promises, "plan": _plans, "hold": _holds,
               "handoff": _handoffs, "note": _notes, "import": _imports}
    rows: list[TimelineRow] = []
    for kind, reader in readers.items():
        if kind in wanted or (kind == "plan" and "document" in wanted):
            rows.extend(row for row in reader(conn, account_id) if row.kind in wanted)
    if "hold" in wanted:
        rows.extend(_screenings(conn, account_id))
        rows.extend(_escalation_steps(conn, account_id))
    if "document" in wanted:
        rows.extend(_documents(conn, account_id, number))
        rows.extend(_letters(conn, account_id))
    rows.sort(key=lambda row: (row.at, row.recorded_at), reverse=True)
    return rows[offset:offset + limit], len(rows)
