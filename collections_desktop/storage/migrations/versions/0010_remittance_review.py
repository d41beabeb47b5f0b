"""What a payer decided about a claim (paid, denied, forwarded), figures that do not balance, and the ids
a practice system or FHIR server gave each person.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

ADJUDICATION_COLUMNS = (
    ("status", "VARCHAR(16) NOT NULL DEFAULT 'processed'"),
    ("remark_codes", "VARCHAR(200) NOT NULL DEFAULT ''"),
    ("balance_issue", "VARCHAR(16) NOT NULL DEFAULT ''"),
    ("patient_figure_cents", "BIGINT"),
    ("other_figure_cents", "BIGINT"),
    ("decided_at", "DATETIME"),
)


def upgrade() -> None:
    # Plain ADD COLUMNs: a batch rebuild would drop the table, which cascades with foreign keys on.
    server = op.get_bind().dialect.name != "sqlite"  # PostgreSQL (team mode) has no DATETIME type
    for name, definition in ADJUDICATION_COLUMNS:
        definition = definition.replace("DATETIME", "TIMESTAMP WITHOUT TIME ZONE") if server else definition
        op.execute(f"ALTER TABLE adjudication ADD COLUMN {name} {definition}")
    op.create_table(
        "person_identifier",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("system", sa.String(length=200), nullable=False),
        sa.Column("value", sa.String(length=120), nullable=False),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"], name=op.f("fk_person_identifier_person_id_person"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person_identifier")),
        sa.UniqueConstraint("system", "value", name=op.f("uq_person_identifier_system")),
    )
    with op.batch_alter_table("person_identifier") as batch:
        batch.create_index(batch.f("ix_person_identifier_person_id"), ["person_id"], unique=False)


def downgrade() -> None:
    op.drop_table("person_identifier")
    for name, _definition in reversed(ADJUDICATION_COLUMNS):
        op.execute(f"ALTER TABLE adjudication DROP COLUMN {name}")
