"""A folded guarantor name on each account, indexed, so the name-ordered lists come from one index.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-26
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("account") as batch:
        batch.add_column(sa.Column("sort_name", sa.String(length=170), nullable=False, server_default=""))
        batch.create_index(batch.f("ix_account_sort_name"), ["sort_name"], unique=False)
    # Existing rows: lower-cased "last first"; accents are folded the next time the account is written.
    op.execute("UPDATE account SET sort_name = (SELECT lower(p.last_name || ' ' || p.first_name) "
               "FROM person p WHERE p.id = account.guarantor_id)")


def downgrade() -> None:
    with op.batch_alter_table("account") as batch:
        batch.drop_index(batch.f("ix_account_sort_name"))
        batch.drop_column("sort_name")
