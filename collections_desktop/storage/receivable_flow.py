"""The receivable's kept sums (receivable_flow: postings by aging anchor, the day the money became the patient's and
ledger kind, written by the vault's triggers since 0032) checked against the ledger they sum, and rebuilt from it."""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.orm import Session

FLOW_TABLE = "receivable_flow"
# The sums as the ledger gives them now: the same expression the triggers add and take out.
_ANCHOR = "coalesce(c.first_statement_date, c.service_date)"
_BECOMES = ("coalesce(c.first_statement_date, (SELECT a.processed_on FROM adjudication a "
            "WHERE a.encounter_id = c.id AND a.sequence = 1), c.service_date)")
FROM_LEDGER = (f"SELECT {_ANCHOR} AS anchor, max(e.posted_on, {_ANCHOR}, {_BECOMES}) AS moved, e.kind AS kind, "
               "sum(e.amount_cents) AS cents FROM encounter c JOIN ledger_entry e ON e.encounter_id = c.id "
               "WHERE c.insurance_pending = 0 GROUP BY 1, 2, 3")


def kept(session: Session) -> bool:
    """Whether this store keeps the sums (a vault does; a team server groups its ledger when asked)."""
    return session.get_bind().dialect.name == "sqlite"


def sums_off(session: Session) -> int:
    """How many (anchor, day, kind) sums differ from what the ledger adds up to now; 0 when they agree (or
    where none are kept). Reads every posting: for `vault check`, not for the reports."""
    if not kept(session):
        return 0
    kept_rows = f"SELECT anchor, moved, kind, cents FROM {FLOW_TABLE} WHERE cents != 0"
    ledger_rows = f"SELECT anchor, moved, kind, cents FROM ({FROM_LEDGER}) WHERE cents != 0"
    wrong = session.scalar(text(f"SELECT count(*) FROM ({kept_rows} EXCEPT {ledger_rows})"))
    missing = session.scalar(text(f"SELECT count(*) FROM (SELECT anchor, moved, kind FROM ({ledger_rows}) EXCEPT "
                                  f"SELECT anchor, moved, kind FROM ({kept_rows}))"))
    return int(wrong or 0) + int(missing or 0)


def rebuild(session: Session) -> None:
    """Sums every posting afresh (after a repair, or to make sure after a restore), in the caller's transaction."""
    if not kept(session):
        return
    session.execute(text(f"DELETE FROM {FLOW_TABLE}"))
    session.execute(text(f"INSERT INTO {FLOW_TABLE} (anchor, moved, kind, cents) {FROM_LEDGER}"))
