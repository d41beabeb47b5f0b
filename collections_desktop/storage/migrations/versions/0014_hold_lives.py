"""A hold keeps what was recorded about it (a case number, the estate's or the attorney's contact, a cure date)
and the outcome that ended it.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-02
"""

from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None

COLUMNS = (
    ("details", "TEXT NOT NULL DEFAULT '{}'"),
    ("outcome", "VARCHAR(20) NOT NULL DEFAULT ''"),
)


def upgrade() -> None:
    # Plain ADD COLUMNs: a batch rebuild would drop the table, which cascades with foreign keys on.
    for name, definition in COLUMNS:
        op.execute(f"ALTER TABLE account_flag ADD COLUMN {name} {definition}")


def downgrade() -> None:
    for name, _definition in reversed(COLUMNS):
        op.execute(f"ALTER TABLE account_flag DROP COLUMN {name}")
