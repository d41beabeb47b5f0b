"""The audit rows of one account, newest first, found without reading the whole log (who last changed it, for
the message a desk sees when someone else changed the account first).

Revision ID: 0024
Revises: 0023
Create Date: 2026-12-03
"""

from alembic import op

revision = "0024"
down_revision = "0023"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_audit_log_entity", "audit_log", ["entity", "entity_id", "id"])


def downgrade() -> None:
    op.drop_index("ix_audit_log_entity", table_name="audit_log")
