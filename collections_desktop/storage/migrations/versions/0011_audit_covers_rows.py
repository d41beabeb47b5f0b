"""The audit chain starts vouching for ledger entries, contacts, plans, promises and holds: no schema change,
but opening a vault at this revision seals every such row as it stands (an `audit.rows_baseline` row).

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-02
"""

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass  # the baseline is written by the workspace after any upgrade


def downgrade() -> None:
    pass
