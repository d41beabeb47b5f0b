"""Financial-assistance screenings are kept with the account (household, income, guideline, likely tier).

Revision ID: 0020
Revises: 0019
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op


revision = "0020"
down_revision = "0019"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "assistance_screening",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("screened_at", sa.DateTime(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("household", sa.Integer(), nullable=False),
        sa.Column("annual_income_cents", sa.BigInteger(), nullable=False),
        sa.Column("guideline_year", sa.Integer(), nullable=False),
        sa.Column("region", sa.String(length=16), nullable=False),
        sa.Column("percent_tenths", sa.Integer(), nullable=False),
        sa.Column("discount_percent", sa.Integer(), nullable=False),
        sa.Column("balance_cents", sa.BigInteger(), nullable=False),
        sa.Column("likely_owed_cents", sa.BigInteger(), nullable=False),
        sa.Column("offered", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["account_id"], ["account.id"],
                                name=op.f("fk_assistance_screening_account_id_account"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_assistance_screening")),
    )
    op.create_index(op.f("ix_assistance_screening_account_id"), "assistance_screening", ["account_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_assistance_screening_account_id"), table_name="assistance_screening")
    op.drop_table("assistance_screening")
