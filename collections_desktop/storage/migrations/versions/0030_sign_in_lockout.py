"""Failed sign-ins per team member and the moment a locked name may try again (S-07: five wrong passwords lock
a name for 15 minutes).

Revision ID: 0030
Revises: 0029
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

revision = "0030"
down_revision = "0029"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMNs, as 0026: a batch rebuild would drop the table the leases and audit names point at.
    op.add_column("team_user", sa.Column("failed_sign_ins", sa.Integer(), nullable=False, server_default="0"))
    op.add_column("team_user", sa.Column("locked_until", sa.DateTime(), nullable=True))


def downgrade() -> None:
    op.execute("ALTER TABLE team_user DROP COLUMN locked_until")
    op.execute("ALTER TABLE team_user DROP COLUMN failed_sign_ins")
