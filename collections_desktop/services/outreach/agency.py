"""Placement with a collection agency: approval checked against clinic policy (audited), then the `agency` export."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy.orm import Session

from collections_desktop.domain.agency import PlacementFacts, placement_blocks
from collections_desktop.domain.money import format_cents
from collections_desktop.services.errors import UserError
from collections_desktop.services.exports.exports import write_export
from collections_desktop.services.plans.plan_policy import current_policy
from collections_desktop.services.plans.plans import account_facts
from collections_desktop.services.workspace import Workspace
from collections_desktop.storage.balances import encounter_balances
from collections_desktop.storage.contacts_repo import accounts_flagged, first_phone, last_outbound_at, set_flag
from collections_desktop.storage.models import Account
from collections_desktop.storage.plans_repo import plans_of
from collections_desktop.storage.review_reads import claims_with_billing
from collections_desktop.storage.types import utc_now
from collections_desktop.sync.writers import AGENCY_COLUMNS

APPROVED = "agency_approved"
# Letters that bill or inform rather than warn: not the written notice placement waits for.
BILLS = ("statement", "itemised_bill", "validation_notice", "assistance_application")


def placement_check(workspace: Workspace, number: str, on: date) -> list[str]:
    """What would stop placing the account with an agency on `on` (empty: it could be placed); writes nothing."""
    with workspace.reading() as session:
        return _blocks(session, number, on)[1]


def placement_facts(session: Session, number: str, today: date) -> tuple[Account, PlacementFacts]:
    """What placement (and the final notice before it) is decided on, read in the caller's transaction."""
    facts = account_facts(session, number)
    account = facts.account
    handoffs = len(claims_with_billing(session, account.id))
    plans = plans_of(session, account.id)
    # A written notice: a letter other than a statement or itemised bill (those are logged with their kind).
    letter = last_outbound_at(session, account.id, "letter", excluding_notes=BILLS)
    notices = [p.notice_sent_on for p in plans if p.notice_sent_on]
    written = max([d for d in (_day(letter), *notices) if d is not None], default=None)
    return account, PlacementFacts(
        today, account.patient_due_cents, account.oldest_anchor_date, account.insurance_pending_cents,
        handoffs or 0, facts.flags, plans[-1].state if plans else None, written)


def _blocks(session: Session, number: str, today: date) -> tuple[Account, list[str]]:
    account, facts = placement_facts(session, number, today)
    return account, placement_blocks(facts)


def approve_for_agency(workspace: Workspace, number: str, note: str = "", today: date | None = None) -> None:
    """Marks the account approved for placement (outreach stops) when policy allows; else refused with reasons.
    `today` is the clock (tests and replays give it)."""
    workspace.refuse_real_data(note)
    today = today or date.today()
    agency = current_policy(workspace).agency_name
    with workspace.transaction() as session:
        account, blocks = _blocks(session, number, today)
        if blocks:
            raise UserError("agency_refused", reasons=tuple(blocks))
        set_flag(session, account.id, APPROVED, utc_now())
        workspace.audit(session, "agency.approved", "account", account.number,
                        {"note": bool(note.strip()), "agency": agency})


def agency_delimiter(workspace: Workspace) -> str:
    """How the clinic's agency reads its files: comma-separated, or tab-separated (policy [agency] file_format)."""
    return "\t" if current_policy(workspace).agency_file_format == "tab" else ","


def export_agency(workspace: Workspace, out: Path) -> tuple[int, int]:
    """One row per open visit of every approved account, with who owes it and how to reach them."""
    with workspace.transaction() as session:
        approved = accounts_flagged(session, APPROVED)
        total = 0

        def rows():  # noqa: ANN202
            nonlocal total
            from collections_desktop.services.plans.agreements import guarantor_details

            for account in approved:
                person, name, address = guarantor_details(session, account.id)
                phone = first_phone(session, person.id)
                for encounter, balance in sorted(encounter_balances(session, account.id),
                                                 key=lambda p: (p[0].service_date, p[0].id)):
                    if balance.patient_balance_cents <= 0:
                        continue
                    total += balance.patient_balance_cents
                    yield (account.number, name, person.birth_date.isoformat() if person.birth_date else "", address,
                           phone or "", encounter.claim_id, encounter.service_date.isoformat(),
                           format_cents(balance.billed_cents), format_cents(balance.insurance_paid_cents),
                           format_cents(balance.patient_paid_cents), format_cents(balance.patient_balance_cents))

        count = write_export(out, AGENCY_COLUMNS, rows(), delimiter=agency_delimiter(workspace))
        workspace.audit(session, "export.written", "export", "agency",
                        {"rows": count, "accounts": len(approved), "total": format_cents(total)})
    return count, total


def _day(moment: datetime | None) -> date | None:
    if moment is None:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.date()

