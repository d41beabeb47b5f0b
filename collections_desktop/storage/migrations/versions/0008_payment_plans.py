"""Payment plans with their installments and documents, and promises to pay.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-27
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "payment_plan",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("version_no", sa.Integer(), nullable=False),
        sa.Column("previous_id", sa.Integer(), nullable=True),
        sa.Column("policy_version", sa.Integer(), nullable=False),
        sa.Column("state", sa.String(length=24), nullable=False),
        sa.Column("frequency", sa.String(length=16), nullable=False),
        sa.Column("balance_cents", sa.BigInteger(), nullable=False),
        sa.Column("down_payment_cents", sa.BigInteger(), nullable=False),
        sa.Column("first_due", sa.Date(), nullable=False),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("covered", sa.Text(), nullable=False),
        sa.Column("payment_method", sa.String(length=16), nullable=False),
        sa.Column("autopay", sa.Boolean(), nullable=False),
        sa.Column("autopay_token", sa.String(length=40), nullable=False),
        sa.Column("autopay_authorized_on", sa.Date(), nullable=True),
        sa.Column("ledger_mark", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("signed_on", sa.Date(), nullable=True),
        sa.Column("notice_sent_on", sa.Date(), nullable=True),
        sa.Column("cure_date", sa.Date(), nullable=True),
        sa.Column("state_changed_at", sa.DateTime(), nullable=False),
        sa.Column("past_due_cents", sa.BigInteger(), nullable=False),
        sa.Column("next_due", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(["account_id"], ["account.id"], name=op.f("fk_payment_plan_account_id_account"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["previous_id"], ["payment_plan.id"],
                                name=op.f("fk_payment_plan_previous_id_payment_plan")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_payment_plan")),
    )
    with op.batch_alter_table("payment_plan") as batch:
        batch.create_index(batch.f("ix_payment_plan_account_id"), ["account_id"], unique=False)
        batch.create_index(batch.f("ix_payment_plan_state"), ["state"], unique=False)
    op.create_table(
        "plan_installment",
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("due", sa.Date(), nullable=False),
        sa.Column("amount_cents", sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(["plan_id"], ["payment_plan.id"],
                                name=op.f("fk_plan_installment_plan_id_payment_plan"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("plan_id", "number", name=op.f("pk_plan_installment")),
    )
    op.create_table(
        "plan_document",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("signed_on", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(["plan_id"], ["payment_plan.id"],
                                name=op.f("fk_plan_document_plan_id_payment_plan"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan_document")),
    )
    with op.batch_alter_table("plan_document") as batch:
        batch.create_index(batch.f("ix_plan_document_plan_id"), ["plan_id"], unique=False)
    op.create_table(
        "promise",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("ledger_mark", sa.Integer(), nullable=False),
        sa.Column("outcome", sa.String(length=16), nullable=False),
        sa.Column("next_due", sa.Date(), nullable=True),
        sa.Column("contact_event_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["account_id"], ["account.id"], name=op.f("fk_promise_account_id_account"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["contact_event_id"], ["contact_event.id"],
                                name=op.f("fk_promise_contact_event_id_contact_event")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_promise")),
    )
    with op.batch_alter_table("promise") as batch:
        batch.create_index(batch.f("ix_promise_account_id"), ["account_id"], unique=False)
        batch.create_index(batch.f("ix_promise_outcome"), ["outcome"], unique=False)
    op.create_table(
        "promise_installment",
        sa.Column("promise_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("due", sa.Date(), nullable=False),
        sa.Column("amount_cents", sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(["promise_id"], ["promise.id"],
                                name=op.f("fk_promise_installment_promise_id_promise"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("promise_id", "number", name=op.f("pk_promise_installment")),
    )


def downgrade() -> None:
    op.drop_table("promise_installment")
    op.drop_table("promise")
    op.drop_table("plan_document")
    op.drop_table("plan_installment")
    op.drop_table("payment_plan")
