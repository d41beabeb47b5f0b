"""The reasons patients gave, by the moment they gave them: a month's reasons are read from a month of the index
(the index by reason and account walks every reason ever given).

Revision ID: 0031
Revises: 0030
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

revision = "0031"
down_revision = "0030"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_contact_event_reason_at", "contact_event", ["reason", "at", "account_id"],
                    sqlite_where=sa.text("reason != ''"), postgresql_where=sa.text("reason != ''"))


def downgrade() -> None:
    op.drop_index("ix_contact_event_reason_at", table_name="contact_event")
