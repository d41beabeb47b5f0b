"""A claim handed off names its team and why, and comes back with the team's answer.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-02
"""

from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

COLUMNS = (
    ("team", "VARCHAR(16) NOT NULL DEFAULT 'billing'"),
    ("reason", "VARCHAR(40) NOT NULL DEFAULT ''"),
    ("answer", "VARCHAR(16) NOT NULL DEFAULT ''"),
    ("answer_note", "TEXT NOT NULL DEFAULT ''"),
)


def upgrade() -> None:
    # Plain ADD COLUMNs: a batch rebuild would drop the table, which cascades with foreign keys on.
    for name, definition in COLUMNS:
        op.execute(f"ALTER TABLE claim_handoff ADD COLUMN {name} {definition}")


def downgrade() -> None:
    for name, _definition in reversed(COLUMNS):
        op.execute(f"ALTER TABLE claim_handoff DROP COLUMN {name}")
