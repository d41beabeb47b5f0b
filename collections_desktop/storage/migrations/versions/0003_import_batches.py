"""Import batches, the source keys that keep imported postings unique, and paid-off marking.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-26
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "import_batch",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("format", sa.String(length=20), nullable=False),
        sa.Column("file_name", sa.String(length=255), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("counts", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_import_batch")),
    )
    with op.batch_alter_table("import_batch") as batch:
        batch.create_index(batch.f("ix_import_batch_sha256"), ["sha256"], unique=False)
    # A table of its own rather than columns on ledger_entry: postings made in the desk (and
    # demo data) then pay nothing for the index that keeps imported ones unique.
    op.create_table(
        "posting_source",
        sa.Column("source_key", sa.String(length=160), nullable=False),
        sa.Column("ledger_entry_id", sa.Integer(), nullable=False),
        sa.Column("import_batch_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["ledger_entry_id"], ["ledger_entry.id"],
                                name=op.f("fk_posting_source_ledger_entry_id_ledger_entry"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["import_batch_id"], ["import_batch.id"],
                                name=op.f("fk_posting_source_import_batch_id_import_batch")),
        sa.PrimaryKeyConstraint("source_key", name=op.f("pk_posting_source")),
    )
    with op.batch_alter_table("posting_source") as batch:
        batch.create_index(batch.f("ix_posting_source_ledger_entry_id"), ["ledger_entry_id"], unique=False)
        batch.create_index(batch.f("ix_posting_source_import_batch_id"), ["import_batch_id"], unique=False)
    with op.batch_alter_table("account") as batch:
        batch.add_column(sa.Column("paid_off_batch_id", sa.Integer(), nullable=True))
        batch.create_foreign_key(batch.f("fk_account_paid_off_batch_id_import_batch"), "import_batch",
                                 ["paid_off_batch_id"], ["id"])


def downgrade() -> None:
    with op.batch_alter_table("account") as batch:
        batch.drop_constraint(batch.f("fk_account_paid_off_batch_id_import_batch"), type_="foreignkey")
        batch.drop_column("paid_off_batch_id")
    op.drop_table("posting_source")
    op.drop_index(op.f("ix_import_batch_sha256"), table_name="import_batch")
    op.drop_table("import_batch")
