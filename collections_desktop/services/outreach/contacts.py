"""Asking the compliance engine before any contact, and logging contacts with the state changes they bring."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from collections_desktop.domain.compliance.content import is_revocation
from collections_desktop.domain.compliance.engine import decide
from collections_desktop.domain.compliance.mailbox import may_be_work_address
from collections_desktop.domain.compliance.model import (
    Channel,
    ContactEvent,
    ContactRequest,
    Decision,
    Outcome,
    Policy,
    Purpose,
    Target,
)
from collections_desktop.domain.moments import counts_from, is_backdated, moment_problem
from collections_desktop.domain.reports import billing_issues
from collections_desktop.services.errors import UserError
from collections_desktop.services.gc_pause import collector_paused
from collections_desktop.services.outreach.phone_decisions import PhoneAnswer, decide_phones, person_stops
from collections_desktop.services.outreach.zones import shown_number, zone_for_zip, zones_for_phone
from collections_desktop.services.plans.plan_policy import backdate_limit, current_policy
from collections_desktop.services.plans.promises import promise_schedule, save_promise
from collections_desktop.services.workspace import Workspace
from collections_desktop.storage import contacts_repo
from collections_desktop.storage.models import Account, AccountMember, ContactEventRow, Email, Person, Phone
from collections_desktop.storage.phone_reads import HISTORY_DAYS
from collections_desktop.storage.types import utc_now

# Outcomes that put a hold on the whole account (F-06, F-08, F-11).
FLAG_FOR_OUTCOME = {Outcome.CEASE_REQUEST: "cease_contact", Outcome.ATTORNEY: "attorney",
                    Outcome.DISPUTE: "dispute"}

# The reasons a person may give for not paying, and after which outcomes to ask (for the window's dialog).
REASONS, ASKED_AFTER = billing_issues.REASONS, billing_issues.ASKED_AFTER


def reason_choices(workspace: Workspace) -> list[tuple[str, str, str]]:
    """The reasons a contact may record: the shipped ones as (code, "", "") (their words are ours), then the
    clinic's own from its policy as (code, English, Spanish)."""
    return [(code, "", "") for code in REASONS] + list(current_policy(workspace).clinic_reasons)


@dataclass(frozen=True)
class ContactCheck:
    account: str
    person_id: int
    person_name: str
    channel: Channel
    target: str
    decision: Decision


def _person(rows: Iterable[tuple[AccountMember, Person]], person: str) -> tuple[AccountMember, Person]:
    """The member meant by 'guarantor', 'patient' or a person id."""
    if person in ("guarantor", "patient"):
        for member, who in rows:
            if member.role == person:
                return member, who
    elif person.isdigit():
        for member, who in rows:
            if who.id == int(person):
                return member, who
    raise UserError("unknown_person", person=person)


def _target(channel: Channel, phones: list[Phone], emails: list[Email], addresses) -> Target:  # noqa: ANN001
    if channel is Channel.PHONE and phones:
        p = phones[0]
        return Target(channel, p.number, p.kind, p.consent_to_text)
    if channel is Channel.SMS:
        mobile = next((p for p in phones if p.kind == "mobile"), None)
        if mobile is not None:
            return Target(channel, mobile.number, "mobile", mobile.consent_to_text)
    if channel is Channel.EMAIL and emails:
        return Target(channel, emails[0].address, opted_out=emails[0].opted_out,
                      may_be_work_email=may_be_work_address(emails[0].address))
    if channel in (Channel.LETTER, Channel.PORTAL) and (addresses or channel is Channel.PORTAL):
        return Target(channel, addresses[0].zip if addresses else "")
    raise UserError("no_contact_point", channel=(f"channel_{channel.value}",))


def _request(session: Session, number: str, channel: Channel, person: str, at: datetime, *, automated: bool,
             purpose: Purpose, inbound: bool = False,
             lock: bool = False) -> tuple[ContactRequest, Account, Person, Target]:
    """What the engine decides on; a person who reached us needs no number or address of theirs on file. With
    `lock` the person is locked until the transaction ends, before their history is read: on a team server two
    desks recording an attempt to one person take turns, so the count each decides on includes the other's
    (F-04, F-05)."""
    account = contacts_repo.account_by_number(session, number.strip())
    if account is None:
        raise UserError("account_not_found", account=number)
    rows = contacts_repo.members(session, [account.id])
    member, who = _person(rows, person)
    if lock:
        contacts_repo.lock_person(session, who.id)
    phones, emails, addresses = contacts_repo.contact_points(session, [who.id])
    try:
        target = _target(channel, phones, emails, addresses)
    except UserError:
        if not inbound:
            raise
        target = Target(channel, "")
    zones = [(a.kind, zone) for a in addresses if (zone := zone_for_zip(a.zip))]
    zones += [(f"phone:{p.kind}", zone) for p in phones for zone in zones_for_phone(p.number)]
    events = contacts_repo.history(session, [who.id], at - timedelta(days=HISTORY_DAYS))
    history = [ContactEvent(e.at, e.person_id, Channel(e.channel), Outcome(e.outcome), e.direction == "inbound")
               for e in events]
    request = ContactRequest(
        at=at, target=target, person_id=who.id, role=member.role, relationship=member.relationship, zones=zones,
        history=history, flags=contacts_repo.active_flags(session, [account.id]).get(account.id, set()),
        stops=person_stops(contacts_repo.stop_events(session, [who.id])), purpose=purpose, automated=automated,
        verification_sent=contacts_repo.dispute_verified(session, account.id))
    return request, account, who, target


def _at(at: datetime | None) -> datetime:
    if at is None:
        return utc_now()
    if at.tzinfo is None:
        raise UserError("time_needs_zone", value=at.isoformat())
    return at.astimezone(UTC)


def can_contact(workspace: Workspace, number: str, channel: str, *, person: str = "guarantor",
                at: datetime | None = None, automated: bool = False, purpose: str = "collection",
                policy: Policy | None = None) -> ContactCheck:
    """The engine's answer for one account, person and channel at one moment (now by default)."""
    try:
        kind, why = Channel(channel), Purpose(purpose)
    except ValueError:
        raise UserError("unknown_channel", channel=channel) from None
    with workspace.reading() as session:
        request, account, who, target = _request(session, number, kind, person, _at(at), automated=automated,
                                                 purpose=why)
        names = (account.number, who.id, f"{who.first_name} {who.last_name}")
    return ContactCheck(*names, kind, target.address, decide(request, policy or Policy()))


@dataclass(frozen=True)
class LoggedContact:
    event_id: int
    allowed: bool
    overridden: bool
    flags_set: tuple[str, ...]
    decision: Decision
    outcome: str


def log_contact(workspace: Workspace, number: str, channel: str, outcome: str, *, direction: str = "outbound",
                person: str = "guarantor", at: datetime | None = None, note: str = "",
                override: str | None = None, window: tuple[time, time] | None = None,
                policy: Policy | None = None, promise: list[tuple[date, str]] | None = None,
                follow_up: date | None = None, backdate_reason: str = "", supervisor_confirmation: str = "",
                now: datetime | None = None, reason: str = "") -> LoggedContact:
    """Records a contact. A blocked outbound attempt is refused unless `override` gives a reason (audited).

    Honest dates: never in the future; stated further back than the clinic's limit only with a reason, and then
    the event counts for the waits from the moment it was recorded (kept as `at`, the stated moment beside it)
    unless `supervisor_confirmation` says who confirmed the stated one.

    A promise to pay given in the contact (`promise`: dated amounts) is saved with it, in the same transaction."""
    workspace.refuse_real_data(note, override or "", supervisor_confirmation)
    try:
        kind, result = Channel(channel), Outcome(outcome)
    except ValueError:
        raise UserError("unknown_outcome", outcome=outcome, channel=channel,
                        choices=", ".join(o.value for o in Outcome)) from None
    if direction not in ("outbound", "inbound"):
        raise UserError("unknown_direction", direction=direction)
    if reason and reason not in REASONS:
        clinic = tuple(code for code, _en, _es in current_policy(workspace).clinic_reasons)
        if billing_issues.reason_problem(reason, clinic):
            raise UserError("unknown_reason", reason=reason[:40], choices=", ".join((*REASONS, *clinic)))
    if result is Outcome.INCONVENIENT_TIME and window is None:
        raise UserError("window_required")
    # T-02: a reply such as STOP, ALTO or NO MÁS revokes consent for that channel whatever else was chosen.
    if direction == "inbound" and kind in (Channel.SMS, Channel.EMAIL) and is_revocation(note):
        result = Outcome.OPT_OUT
    when, recorded = _at(at), _at(now)
    # Honest dates: never in the future; dated further back than the limit only with a reason (kept).
    limit = backdate_limit(workspace)
    problem = moment_problem(when, recorded, backdate_reason, limit_days=limit)
    if problem is not None:
        raise UserError(problem, at=when.isoformat(timespec="minutes"), days=limit)
    confirmed = bool(supervisor_confirmation.strip())
    effective = counts_from(when, recorded, limit_days=limit, confirmed=confirmed)
    if promise and result is not Outcome.PROMISE_TO_PAY:
        raise UserError("promise_needs_outcome")
    if follow_up is not None and follow_up < when.date():
        raise UserError("follow_up_in_past", follow_up=follow_up.isoformat())
    schedule = promise_schedule(promise, when.date()) if promise else None
    with workspace.transaction() as session:
        request, account, who, target = _request(session, number, kind, person, when, automated=False,
                                                 purpose=Purpose.COLLECTION, inbound=direction == "inbound",
                                                 lock=True)
        decision = decide(request, policy or Policy())
        # Answering a dispute or a cease with the permitted notice is never itself blocked.
        answering = result is Outcome.VERIFICATION_SENT and kind in (Channel.LETTER, Channel.EMAIL, Channel.PORTAL)
        blocked = direction == "outbound" and not decision.allowed and not answering
        if blocked and not (override and override.strip()):
            raise UserError("contact_blocked", reasons=tuple(r.code for r in decision.reasons if not r.warning))
        detail = {}
        if result is Outcome.OPT_OUT:
            detail["channel"] = kind.value
        if window is not None:
            detail |= {"start": window[0].strftime("%H:%M"), "end": window[1].strftime("%H:%M")}
        if follow_up is not None:
            detail["follow_up"] = follow_up.isoformat()
        backdated = is_backdated(when, recorded, limit_days=limit)
        if backdated:
            detail["backdated"] = backdate_reason.strip()
            detail["stated_at"] = when.isoformat()
            if confirmed:
                detail["confirmed_by"] = supervisor_confirmation.strip()[:200]
        event = ContactEventRow(account_id=account.id, person_id=who.id, at=effective, channel=kind.value,
                                direction=direction, outcome=result.value, address_used=target.address[:254],
                                note=note, detail=json.dumps(detail), override_reason=override if blocked else None,
                                created_at=recorded, reason=reason)
        session.add(event)
        flags = []
        flag = FLAG_FOR_OUTCOME.get(result)
        if flag and contacts_repo.set_flag(session, account.id, flag, when):
            flags.append(flag)
        if result is Outcome.OPT_OUT and kind is Channel.EMAIL:
            contacts_repo.opt_out_email(session, who.id, target.address)
        session.flush()
        workspace.audit(session, "contact.logged", "contact_event", str(event.id),
                        {"account": account.number, "channel": kind.value, "outcome": result.value,
                         "direction": direction, "override": bool(blocked), "flags_set": flags,
                         "backdated": backdated, "supervisor_confirmed": backdated and confirmed})
        if blocked:
            workspace.audit(session, "contact.override", "contact_event", str(event.id),
                            {"reasons": [r.code for r in decision.reasons if not r.warning]})
        if schedule:
            save_promise(workspace, session, account, schedule, when.date(), event.id)
        return LoggedContact(event.id, not blocked, blocked, tuple(flags), decision, result.value)


def callable_now(workspace: Workspace, *, at: datetime | None = None, numbers: list[str] | None = None,
                 policy: Policy | None = None, today_only: bool = False) -> dict[str, PhoneAnswer]:
    """May each account's guarantor be phoned at `at`? One pass over the tables, for a page, all accounts or
    (`today_only`) those on Today's list."""
    when = _at(at)
    # Read as decided (one person's rows in memory at a time), with no search for cycles among them.
    with collector_paused(), workspace.reading() as session:
        inputs = contacts_repo.phone_inputs(session, when - timedelta(days=HISTORY_DAYS), numbers,
                                            today_only=today_only)
        return decide_phones(inputs, when, policy or Policy())


@dataclass(frozen=True)
class ContactPoint:
    """A phone, e-mail or address of the guarantor with where it places them and the time there now."""

    kind: str
    value: str
    zone: str
    local_now: datetime | None
    usable_now: bool
    reasons: tuple[str, ...]


def contact_points_now(workspace: Workspace, number: str, *, at: datetime | None = None) -> list[ContactPoint]:
    """Each way to reach the guarantor, its zone and local time, and whether the engine allows it now."""
    when = _at(at)
    with workspace.reading() as session:
        account = contacts_repo.account_by_number(session, number.strip())
        if account is None:
            raise UserError("account_not_found", account=number)
        phones, emails, addresses = contacts_repo.contact_points(session, [account.guarantor_id])
    decisions: dict[Channel, Decision | None] = {}
    for channel in (Channel.PHONE, Channel.SMS, Channel.EMAIL, Channel.LETTER):
        try:
            decisions[channel] = can_contact(workspace, number, channel.value, at=when).decision
        except UserError:
            decisions[channel] = None
    points = []
    for phone in phones:
        zones = zones_for_phone(phone.number)
        # Hours, holds and the 7-in-7 count are the person's, so one phone decision speaks for every number.
        decision = decisions[Channel.PHONE]
        points.append(ContactPoint(f"phone:{phone.kind}", shown_number(phone.number), zones[0] if zones else "",
                                   when.astimezone(ZoneInfo(zones[0])) if zones else None,
                                   bool(decision and decision.allowed),
                                   tuple(r.code for r in decision.reasons if not r.warning) if decision else ()))
    for email in emails:
        decision = decisions[Channel.EMAIL]
        points.append(ContactPoint("email", email.address, "", None, bool(decision and decision.allowed),
                                   tuple(r.code for r in decision.reasons if not r.warning) if decision else ()))
    for address in addresses:
        zone = zone_for_zip(address.zip) or ""
        decision = decisions[Channel.LETTER]
        points.append(ContactPoint(f"address:{address.kind}", f"{address.line1}, {address.city} {address.state}",
                                   zone, when.astimezone(ZoneInfo(zone)) if zone else None,
                                   bool(decision and decision.allowed),
                                   tuple(r.code for r in decision.reasons if not r.warning) if decision else ()))
    return points
