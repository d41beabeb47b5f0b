"""Each account's place on the escalation ladder, kept for the Ready to escalate and Blocked views.

Revision ID: 0022
Revises: 0021
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

revision = "0022"
down_revision = "0021"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "escalation_status",
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("next_step", sa.String(length=32), nullable=True),
        sa.Column("next_on", sa.Date(), nullable=True),
        sa.Column("waits_only", sa.Boolean(), nullable=False),
        sa.Column("gate", sa.String(length=48), nullable=False),
        sa.Column("computed_on", sa.Date(), nullable=False),
        sa.ForeignKeyConstraint(["account_id"], ["account.id"], name=op.f("fk_escalation_status_account_id_account"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("account_id", name=op.f("pk_escalation_status")),
    )
    op.create_index("ix_escalation_status_ready", "escalation_status", ["waits_only", "next_on", "account_id"])
    op.create_index("ix_escalation_status_gate", "escalation_status", ["gate", "account_id"])


def downgrade() -> None:
    op.drop_index("ix_escalation_status_gate", table_name="escalation_status")
    op.drop_index("ix_escalation_status_ready", table_name="escalation_status")
    op.drop_table("escalation_status")
