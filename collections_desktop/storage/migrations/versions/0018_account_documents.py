"""Letters and statements produced for an account are kept with their hash, like the plan agreements.

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "account_document",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=24), nullable=False),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("contact_event_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["account_id"], ["account.id"], name=op.f("fk_account_document_account_id_account"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["contact_event_id"], ["contact_event.id"],
                                name=op.f("fk_account_document_contact_event_id_contact_event"), ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_account_document")),
    )
    op.create_index(op.f("ix_account_document_account_id"), "account_document", ["account_id"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_account_document_account_id"), table_name="account_document")
    op.drop_table("account_document")
