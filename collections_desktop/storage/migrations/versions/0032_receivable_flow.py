"""The patient receivable kept summed as it changes: postings by aging anchor, the day the money became the
patient's and ledger kind, written by triggers on the ledger, the visits and the primary payer's processing, so
the portfolio reads a few thousand sums instead of grouping every posting of every visit.

SQLite only, as the full-text index: a team server groups the ledger itself (PostgreSQL hashes where SQLite
sorts), and shared summary rows would make every desk's payment wait on the others'. Each trigger takes out what
a visit or posting added before a change (`sign` -1) and puts back what it adds after (+1), so the sums stay
those of the rows as they stand whatever writes them (the ORM, bulk loads or a cascade from an account).
A later migration that rebuilds ledger_entry, encounter or adjudication (Alembic's batch mode on SQLite) drops
these triggers with the old table and must create them again.

Revision ID: 0032
Revises: 0031
Create Date: 2026-12-04
"""

from collections_desktop.storage.migrations import sqlite_kept

revision = "0032"
down_revision = "0031"
branch_labels = None
depends_on = None

ANCHOR = "coalesce(c.first_statement_date, c.service_date)"
PROCESSED = "(SELECT a.processed_on FROM adjudication a WHERE a.encounter_id = c.id AND a.sequence = 1)"
BECOMES = f"coalesce(c.first_statement_date, {PROCESSED}, c.service_date)"
UPSERT = "ON CONFLICT (anchor, moved, kind) DO UPDATE SET cents = receivable_flow.cents + excluded.cents"


def _visits(sign: str, which: str | None) -> str:
    """Adds `sign` times every posting of the visits `which` names, or of all visits (as insurance leaves them to
    the patient)."""
    only = f"c.id IN ({which}) AND " if which else ""
    return (f"INSERT INTO receivable_flow (anchor, moved, kind, cents) "
            f"SELECT {ANCHOR}, max(e.posted_on, {ANCHOR}, {BECOMES}), e.kind, {sign} * sum(e.amount_cents) "
            f"FROM encounter c JOIN ledger_entry e ON e.encounter_id = c.id "
            f"WHERE {only}c.insurance_pending = 0 GROUP BY 1, 2, 3 {UPSERT};")


def _posting(sign: str, row: str) -> str:
    """Adds `sign` times one posting (`row`: NEW or OLD) to the sums, read against its visit as it stands."""
    return (f"INSERT INTO receivable_flow (anchor, moved, kind, cents) "
            f"SELECT {ANCHOR}, max({row}.posted_on, {ANCHOR}, {BECOMES}), {row}.kind, {sign} * {row}.amount_cents "
            f"FROM encounter c WHERE c.id = {row}.encounter_id AND c.insurance_pending = 0 {UPSERT};")


VISIT_COLUMNS = "first_statement_date, service_date, insurance_pending"
PAYER_COLUMNS = "encounter_id, sequence, processed_on"
TRIGGERS = {
    "receivable_flow_posting_in": f"AFTER INSERT ON ledger_entry BEGIN {_posting('1', 'NEW')} END",
    "receivable_flow_posting_out": f"AFTER DELETE ON ledger_entry BEGIN {_posting('-1', 'OLD')} END",
    "receivable_flow_posting_change": ("AFTER UPDATE OF encounter_id, kind, amount_cents, posted_on ON ledger_entry "
                                       f"BEGIN {_posting('-1', 'OLD')} {_posting('1', 'NEW')} END"),
    "receivable_flow_visit_before": f"BEFORE UPDATE OF {VISIT_COLUMNS} ON encounter BEGIN {_visits('-1', 'OLD.id')} END",
    "receivable_flow_visit_after": f"AFTER UPDATE OF {VISIT_COLUMNS} ON encounter BEGIN {_visits('1', 'NEW.id')} END",
    "receivable_flow_visit_gone": f"BEFORE DELETE ON encounter BEGIN {_visits('-1', 'OLD.id')} END",
    "receivable_flow_payer_in_before": ("BEFORE INSERT ON adjudication WHEN NEW.sequence = 1 "
                                        f"BEGIN {_visits('-1', 'NEW.encounter_id')} END"),
    "receivable_flow_payer_in_after": ("AFTER INSERT ON adjudication WHEN NEW.sequence = 1 "
                                       f"BEGIN {_visits('1', 'NEW.encounter_id')} END"),
    "receivable_flow_payer_change_before": (
        f"BEFORE UPDATE OF {PAYER_COLUMNS} ON adjudication WHEN OLD.sequence = 1 OR NEW.sequence = 1 "
        f"BEGIN {_visits('-1', 'OLD.encounter_id, NEW.encounter_id')} END"),
    "receivable_flow_payer_change_after": (
        f"AFTER UPDATE OF {PAYER_COLUMNS} ON adjudication WHEN OLD.sequence = 1 OR NEW.sequence = 1 "
        f"BEGIN {_visits('1', 'OLD.encounter_id, NEW.encounter_id')} END"),
    "receivable_flow_payer_out_before": ("BEFORE DELETE ON adjudication WHEN OLD.sequence = 1 "
                                         f"BEGIN {_visits('-1', 'OLD.encounter_id')} END"),
    "receivable_flow_payer_out_after": ("AFTER DELETE ON adjudication WHEN OLD.sequence = 1 "
                                        f"BEGIN {_visits('1', 'OLD.encounter_id')} END"),
}


def upgrade() -> None:
    sqlite_kept.create("CREATE TABLE receivable_flow (anchor DATE NOT NULL, moved DATE NOT NULL, kind VARCHAR(32) "
                       "NOT NULL, cents BIGINT NOT NULL, PRIMARY KEY (anchor, moved, kind)) WITHOUT ROWID",
                       _visits("1", None), TRIGGERS)


def downgrade() -> None:
    sqlite_kept.drop("receivable_flow", TRIGGERS)
