"""Initial schema: people, accounts, contact points, encounters, adjudications, ledger and audit log.

Revision ID: 0001
Revises: 
Create Date: 2026-11-26 21:21:04.406559
"""

from alembic import op
import sqlalchemy as sa


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table('audit_head',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('last_id', sa.Integer(), nullable=False),
    sa.Column('last_hash', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_head'))
    )
    op.create_table('audit_log',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('actor', sa.String(length=80), nullable=False),
    sa.Column('action', sa.String(length=60), nullable=False),
    sa.Column('entity', sa.String(length=40), nullable=False),
    sa.Column('entity_id', sa.String(length=60), nullable=False),
    sa.Column('detail', sa.Text(), nullable=False),
    sa.Column('prev_hash', sa.String(length=64), nullable=False),
    sa.Column('hash', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_log'))
    )
    op.create_table('person',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('first_name', sa.String(length=80), nullable=False),
    sa.Column('middle_name', sa.String(length=80), nullable=False),
    sa.Column('last_name', sa.String(length=80), nullable=False),
    sa.Column('birth_date', sa.Date(), nullable=True),
    sa.Column('preferred_language', sa.String(length=8), nullable=False),
    sa.Column('member_id', sa.String(length=40), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_person'))
    )
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.create_index('ix_person_name', ['last_name', 'first_name'], unique=False)

    op.create_table('vault_meta',
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_vault_meta'))
    )
    op.create_table('account',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=40), nullable=False),
    sa.Column('guarantor_id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('patient_due_cents', sa.BigInteger(), nullable=False),
    sa.Column('insurance_pending_cents', sa.BigInteger(), nullable=False),
    sa.Column('oldest_anchor_date', sa.Date(), nullable=True),
    sa.Column('version_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['guarantor_id'], ['person.id'], name=op.f('fk_account_guarantor_id_person')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_account')),
    sa.UniqueConstraint('number', name=op.f('uq_account_number'))
    )
    with op.batch_alter_table('account', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_account_guarantor_id'), ['guarantor_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_account_patient_due_cents'), ['patient_due_cents'], unique=False)

    op.create_table('address',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('line1', sa.String(length=120), nullable=False),
    sa.Column('line2', sa.String(length=120), nullable=False),
    sa.Column('city', sa.String(length=80), nullable=False),
    sa.Column('state', sa.String(length=2), nullable=False),
    sa.Column('zip', sa.String(length=10), nullable=False),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_address_person_id_person'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_address'))
    )
    with op.batch_alter_table('address', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_address_person_id'), ['person_id'], unique=False)

    op.create_table('email',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('address', sa.String(length=254), nullable=False),
    sa.Column('opted_out', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_email_person_id_person'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_email'))
    )
    with op.batch_alter_table('email', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_email_person_id'), ['person_id'], unique=False)

    op.create_table('phone',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=20), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('consent_to_text', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_phone_person_id_person'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_phone'))
    )
    with op.batch_alter_table('phone', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_phone_person_id'), ['person_id'], unique=False)

    op.create_table('account_flag',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('account_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=40), nullable=False),
    sa.Column('set_at', sa.DateTime(), nullable=False),
    sa.Column('cleared_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['account_id'], ['account.id'], name=op.f('fk_account_flag_account_id_account'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_account_flag'))
    )
    with op.batch_alter_table('account_flag', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_account_flag_account_id'), ['account_id'], unique=False)

    op.create_table('account_member',
    sa.Column('account_id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('role', sa.String(length=16), nullable=False),
    sa.Column('relationship', sa.String(length=16), nullable=False),
    sa.Column('authorized', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['account_id'], ['account.id'], name=op.f('fk_account_member_account_id_account'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_account_member_person_id_person')),
    sa.PrimaryKeyConstraint('account_id', 'person_id', 'role', name=op.f('pk_account_member'))
    )
    with op.batch_alter_table('account_member', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_account_member_person_id'), ['person_id'], unique=False)

    op.create_table('account_search',
    sa.Column('account_id', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['account_id'], ['account.id'], name=op.f('fk_account_search_account_id_account'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('account_id', name=op.f('pk_account_search'))
    )
    op.create_table('encounter',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('account_id', sa.Integer(), nullable=False),
    sa.Column('patient_id', sa.Integer(), nullable=False),
    sa.Column('claim_id', sa.String(length=50), nullable=False),
    sa.Column('service_date', sa.Date(), nullable=False),
    sa.Column('first_statement_date', sa.Date(), nullable=True),
    sa.Column('payer_name', sa.String(length=120), nullable=False),
    sa.Column('payer_kind', sa.String(length=16), nullable=False),
    sa.Column('insurance_pending', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['account_id'], ['account.id'], name=op.f('fk_encounter_account_id_account'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['patient_id'], ['person.id'], name=op.f('fk_encounter_patient_id_person')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_encounter')),
    sa.UniqueConstraint('account_id', 'claim_id', name=op.f('uq_encounter_account_id'))
    )
    with op.batch_alter_table('encounter', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_encounter_claim_id'), ['claim_id'], unique=False)

    op.create_table('adjudication',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('encounter_id', sa.Integer(), nullable=False),
    sa.Column('sequence', sa.Integer(), nullable=False),
    sa.Column('payer', sa.String(length=120), nullable=False),
    sa.Column('processed_on', sa.Date(), nullable=True),
    sa.Column('allowed_cents', sa.BigInteger(), nullable=False),
    sa.Column('deductible_cents', sa.BigInteger(), nullable=False),
    sa.Column('coinsurance_cents', sa.BigInteger(), nullable=False),
    sa.Column('copay_cents', sa.BigInteger(), nullable=False),
    sa.Column('noncovered_cents', sa.BigInteger(), nullable=False),
    sa.Column('other_patient_cents', sa.BigInteger(), nullable=False),
    sa.Column('reason_codes', sa.String(length=200), nullable=False),
    sa.ForeignKeyConstraint(['encounter_id'], ['encounter.id'], name=op.f('fk_adjudication_encounter_id_encounter'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_adjudication')),
    sa.UniqueConstraint('encounter_id', 'sequence', name=op.f('uq_adjudication_encounter_id'))
    )
    op.create_table('ledger_entry',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('account_id', sa.Integer(), nullable=False),
    sa.Column('encounter_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('amount_cents', sa.BigInteger(), nullable=False),
    sa.Column('posted_on', sa.Date(), nullable=False),
    sa.Column('method', sa.String(length=16), nullable=False),
    sa.Column('reference', sa.String(length=60), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['account_id'], ['account.id'], name=op.f('fk_ledger_entry_account_id_account'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['encounter_id'], ['encounter.id'], name=op.f('fk_ledger_entry_encounter_id_encounter'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_ledger_entry'))
    )
    with op.batch_alter_table('ledger_entry', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_ledger_entry_encounter_id'), ['encounter_id'], unique=False)

    op.create_table('service_line',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('encounter_id', sa.Integer(), nullable=False),
    sa.Column('line_no', sa.Integer(), nullable=False),
    sa.Column('procedure_code', sa.String(length=20), nullable=False),
    sa.Column('description', sa.String(length=200), nullable=False),
    sa.Column('units', sa.Integer(), nullable=False),
    sa.Column('billed_cents', sa.BigInteger(), nullable=False),
    sa.ForeignKeyConstraint(['encounter_id'], ['encounter.id'], name=op.f('fk_service_line_encounter_id_encounter'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_service_line'))
    )
    with op.batch_alter_table('service_line', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_service_line_encounter_id'), ['encounter_id'], unique=False)


def downgrade() -> None:

    with op.batch_alter_table('service_line', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_service_line_encounter_id'))

    op.drop_table('service_line')
    with op.batch_alter_table('ledger_entry', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_ledger_entry_encounter_id'))

    op.drop_table('ledger_entry')
    op.drop_table('adjudication')
    with op.batch_alter_table('encounter', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_encounter_claim_id'))

    op.drop_table('encounter')
    op.drop_table('account_search')
    with op.batch_alter_table('account_member', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_account_member_person_id'))

    op.drop_table('account_member')
    with op.batch_alter_table('account_flag', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_account_flag_account_id'))

    op.drop_table('account_flag')
    with op.batch_alter_table('phone', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_phone_person_id'))

    op.drop_table('phone')
    with op.batch_alter_table('email', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_email_person_id'))

    op.drop_table('email')
    with op.batch_alter_table('address', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_address_person_id'))

    op.drop_table('address')
    with op.batch_alter_table('account', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_account_patient_due_cents'))
        batch_op.drop_index(batch_op.f('ix_account_guarantor_id'))

    op.drop_table('account')
    op.drop_table('vault_meta')
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.drop_index('ix_person_name')

    op.drop_table('person')
    op.drop_table('audit_log')
    op.drop_table('audit_head')

