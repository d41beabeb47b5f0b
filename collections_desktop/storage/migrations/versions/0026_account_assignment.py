"""The specialist an account is assigned to on a team server (by the supervisor, or by a rule: language,
balance); the shared queue hands a person their own accounts first and never someone else's.

Revision ID: 0026
Revises: 0025
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

revision = "0026"
down_revision = "0025"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A plain ADD COLUMN (a batch rebuild would drop the table, which cascades with foreign keys on).
    op.execute("ALTER TABLE account ADD COLUMN assigned_to VARCHAR(60)")
    op.create_index("ix_account_assigned_to", "account", ["assigned_to"])


def downgrade() -> None:
    op.drop_index("ix_account_assigned_to", table_name="account")
    op.execute("ALTER TABLE account DROP COLUMN assigned_to")
