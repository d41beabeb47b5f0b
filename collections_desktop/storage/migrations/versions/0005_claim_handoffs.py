"""Claims handed to the billing/denials team, with the specialist's note.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-26
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "claim_handoff",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("encounter_id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("closed_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(["encounter_id"], ["encounter.id"],
                                name=op.f("fk_claim_handoff_encounter_id_encounter"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_claim_handoff")),
    )
    with op.batch_alter_table("claim_handoff") as batch:
        batch.create_index(batch.f("ix_claim_handoff_encounter_id"), ["encounter_id"], unique=False)


def downgrade() -> None:
    op.drop_table("claim_handoff")
