"""Deciding who may be phoned reads people's addresses, phones and recent calls from indexes alone: the person's
index on addresses and phones holds what is read, the contacts' person index holds channel, outcome and
direction beside the moment, and the stops (opt-outs, inconvenient times) have a small index of their own.

Revision ID: 0029
Revises: 0028
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

revision = "0029"
down_revision = "0028"
branch_labels = None
depends_on = None

STOPS_WHERE = "outcome IN ('OPT_OUT', 'INCONVENIENT_TIME')"


def upgrade() -> None:
    op.drop_index("ix_address_person_id", table_name="address")
    op.create_index("ix_address_person_zip", "address", ["person_id", "kind", "zip"])
    op.drop_index("ix_phone_person_id", table_name="phone")
    op.create_index("ix_phone_person_number", "phone", ["person_id", "id", "number", "kind", "consent_to_text"])
    op.drop_index("ix_contact_event_person_at", table_name="contact_event")
    op.create_index("ix_contact_event_person_at", "contact_event",
                    ["person_id", "at", "channel", "outcome", "direction"])
    op.create_index("ix_contact_event_stops", "contact_event", ["person_id", "at"],
                    sqlite_where=sa.text(STOPS_WHERE), postgresql_where=sa.text(STOPS_WHERE))


def downgrade() -> None:
    op.drop_index("ix_contact_event_stops", table_name="contact_event")
    op.drop_index("ix_contact_event_person_at", table_name="contact_event")
    op.create_index("ix_contact_event_person_at", "contact_event", ["person_id", "at"])
    op.drop_index("ix_phone_person_number", table_name="phone")
    op.create_index("ix_phone_person_id", "phone", ["person_id"])
    op.drop_index("ix_address_person_zip", table_name="address")
    op.create_index("ix_address_person_id", "address", ["person_id"])
