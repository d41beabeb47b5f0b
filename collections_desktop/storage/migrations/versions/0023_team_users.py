"""The people of a team server: each signs in with a name and a password (Argon2id hash), as a specialist or a
supervisor; a person who left is disabled, never deleted (the records they made keep naming them). The vault
has the table too (the same migrations build both) and leaves it empty.

Revision ID: 0023
Revises: 0022
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

revision = "0023"
down_revision = "0022"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "team_user",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=60), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("password_hash", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("disabled_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_team_user")),
        sa.UniqueConstraint("name", name=op.f("uq_team_user_name")),
    )


def downgrade() -> None:
    op.drop_table("team_user")
