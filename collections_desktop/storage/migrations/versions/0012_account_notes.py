"""The specialist's own notes on an account (some pinned to its top and to the call script), and the reasons
given for entries dated further back than the clinic allows without one.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "account_note",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=24), nullable=False, server_default="note"),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("pinned", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("about", sa.String(length=60), nullable=False, server_default=""),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["account_id"], ["account.id"], name=op.f("fk_account_note_account_id_account"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_account_note")),
    )
    op.create_index(op.f("ix_account_note_account_id"), "account_note", ["account_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_account_note_account_id"), table_name="account_note")
    op.drop_table("account_note")
