"""Outbound calls kept counted as they are recorded: by UTC day, the called number's first eight characters (its
+1, area code and exchange: its zone), UTC hour and outcome, written by triggers on contact_event, so the
report of which hours reach people reads a few thousand counts a month instead of every call.

SQLite only, as 0032's sums: a team server groups its calls itself. A trigger takes out what a call added before
a change (-1) and puts back what it adds after (+1), whatever writes it. A later migration that rebuilds
contact_event (Alembic's batch mode on SQLite) drops these triggers and must create them again.

Revision ID: 0035
Revises: 0034
Create Date: 2026-12-04
"""

from collections_desktop.storage.migrations import sqlite_kept

revision = "0035"
down_revision = "0034"
branch_labels = None
depends_on = None

CALL = "{row}.channel = 'phone' AND {row}.direction = 'outbound'"
UPSERT = "ON CONFLICT (day, prefix, hour, outcome) DO UPDATE SET calls = call_hour_count.calls + excluded.calls"


def _count(sign: str, row: str) -> str:
    return (f"INSERT INTO call_hour_count (day, prefix, hour, outcome, calls) "
            f"SELECT substr({row}.at, 1, 10), substr({row}.address_used, 1, 8), CAST(substr({row}.at, 12, 2) AS "
            f"INTEGER), {row}.outcome, {sign} WHERE {CALL.format(row=row)} {UPSERT};")


TRIGGERS = {
    "call_hour_count_in": f"AFTER INSERT ON contact_event BEGIN {_count('1', 'NEW')} END",
    "call_hour_count_out": f"AFTER DELETE ON contact_event BEGIN {_count('-1', 'OLD')} END",
    "call_hour_count_change": ("AFTER UPDATE OF at, channel, direction, outcome, address_used ON contact_event "
                               f"BEGIN {_count('-1', 'OLD')} {_count('1', 'NEW')} END"),
}


def upgrade() -> None:
    sqlite_kept.create(
        "CREATE TABLE call_hour_count (day DATE NOT NULL, prefix VARCHAR(8) NOT NULL, hour INTEGER NOT NULL, "
        "outcome VARCHAR(40) NOT NULL, calls INTEGER NOT NULL, PRIMARY KEY (day, prefix, hour, outcome)) WITHOUT ROWID",
        "INSERT INTO call_hour_count (day, prefix, hour, outcome, calls) SELECT substr(at, 1, 10), "
        "substr(address_used, 1, 8), CAST(substr(at, 12, 2) AS INTEGER), outcome, count(*) FROM contact_event "
        "WHERE channel = 'phone' AND direction = 'outbound' GROUP BY 1, 2, 3, 4", TRIGGERS)


def downgrade() -> None:
    sqlite_kept.drop("call_hour_count", TRIGGERS)
