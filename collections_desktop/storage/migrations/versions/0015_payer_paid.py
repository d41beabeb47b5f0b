"""Each payer's processing of a visit keeps what that payer paid, so a visit with a second payer is explained
payer by payer (what the first paid, then the second). Unknown (NULL) for visits imported before.

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-02
"""

from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A plain ADD COLUMN: a batch rebuild would drop the table, which cascades with foreign keys on.
    op.execute("ALTER TABLE adjudication ADD COLUMN paid_cents BIGINT")


def downgrade() -> None:
    op.execute("ALTER TABLE adjudication DROP COLUMN paid_cents")
