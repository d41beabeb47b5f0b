"""Import batches, the source key that keeps imported postings unique, and paid-off marking.

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
    with op.batch_alter_table("ledger_entry") as batch:
        batch.add_column(sa.Column("source_key", sa.String(length=160), nullable=True))
        batch.add_column(sa.Column("import_batch_id", sa.Integer(), nullable=True))
        batch.create_unique_constraint(batch.f("uq_ledger_entry_source_key"), ["source_key"])
        batch.create_index(batch.f("ix_ledger_entry_import_batch_id"), ["import_batch_id"], unique=False)
        batch.create_foreign_key(batch.f("fk_ledger_entry_import_batch_id_import_batch"), "import_batch",
                                 ["import_batch_id"], ["id"])
    with op.batch_alter_table("account") as batch:
        batch.add_column(sa.Column("paid_off_batch_id", sa.Integer(), nullable=True))
        batch.create_foreign_key(batch.f("fk_account_paid_off_batch_id_import_batch"), "import_batch",
                                 ["paid_off_batch_id"], ["id"])


def downgrade() -> None:
    with op.batch_alter_table("account") as batch:
        batch.drop_constraint(batch.f("fk_account_paid_off_batch_id_import_batch"), type_="foreignkey")
        batch.drop_column("paid_off_batch_id")
    with op.batch_alter_table("ledger_entry") as batch:
        batch.drop_constraint(batch.f("fk_ledger_entry_import_batch_id_import_batch"), type_="foreignkey")
        batch.drop_index(batch.f("ix_ledger_entry_import_batch_id"))
        batch.drop_constraint(batch.f("uq_ledger_entry_source_key"), type_="unique")
        batch.drop_column("import_batch_id")
        batch.drop_column("source_key")
    op.drop_index(op.f("ix_import_batch_sha256"), table_name="import_batch")
    op.drop_table("import_batch")
