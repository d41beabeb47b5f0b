"""The decision: may this person be contacted now on this channel; if not, why (codes) and when next."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from collections_desktop.domain.compliance.frequency import CALL_LIMIT, CallLog
from collections_desktop.domain.compliance.hours import UNKNOWN_START, UNKNOWN_ZONE, local, open_in, openings
from collections_desktop.domain.compliance.model import (
    Channel,
    CollectorRole,
    ContactRequest,
    Counters,
    Decision,
    LocalWindow,
    Policy,
    Purpose,
    Reason,
    reason,
)

TIMED = frozenset({Channel.PHONE, Channel.SMS, Channel.EMAIL, Channel.PORTAL})
NOTICES = frozenset({Purpose.TERMINATION_NOTICE, Purpose.REMEDY_NOTICE, Purpose.INTENDED_REMEDY_NOTICE})
# Reasons that lift with time; anything else waits for a person's action (a new consent, a verification…).
TEMPORARY = frozenset({"outside_hours", "inconvenient_time", "seven_in_seven", "conversation_wait", "daily_cap"})
SEARCH_DAYS = 9


def _zones(request: ContactRequest) -> tuple[list[tuple[str, str]], time, list[Reason]]:
    """Candidate zones (F-02): a location the person stated outranks inferred ones; none -> 11-21 ET."""
    if request.stops.stated_zone:
        return [("stated", request.stops.stated_zone)], time(8, 0), []
    unique: dict[str, str] = {}
    for source, zone in request.zones:
        unique.setdefault(zone, source)
    if not unique:
        return [("unknown", UNKNOWN_ZONE)], UNKNOWN_START, [reason("location_unknown", warning=True)]
    return [(source, zone) for zone, source in unique.items()], time(8, 0), []


def _holds(request: ContactRequest, policy: Policy) -> list[Reason]:
    """Account-level stops: bankruptcy, death, cease, attorney, dispute, assistance (F-06, F-08, F-11, F-21)."""
    flags, found = request.flags, list[Reason]()
    if request.purpose is Purpose.CLINICAL:
        return found
    if "bankruptcy" in flags:
        found.append(reason("bankruptcy"))
    if "deceased" in flags and request.role != "executor":
        found.append(reason("deceased_estate_only"))
    if "cease_contact" in flags and request.purpose not in NOTICES and request.role != "attorney":
        found.append(reason("cease_requested"))
    if "attorney" in flags and request.role != "attorney" and not request.attorney_consented:
        found.append(reason("attorney_represented"))
    if "dispute" in flags and not request.verification_sent and request.purpose is Purpose.COLLECTION:
        found.append(reason("dispute_pending_verification"))
    if ("financial_assistance_pending" in flags and policy.pause_on_financial_assistance
            and request.purpose is Purpose.COLLECTION):
        found.append(reason("financial_assistance_pending"))
    if "agency_approved" in flags and request.purpose is Purpose.COLLECTION:
        # Placed with a collection agency: the agency collects now; the clinic writes only when recalled.
        found.append(reason("placed_with_agency"))
    if "denial_review" in flags and request.purpose is Purpose.COLLECTION:
        # A payer denied a claim: the denials team is asked before the patient (H-04, F-12).
        found.append(reason("denial_review"))
    return found


def _channel(request: ContactRequest) -> list[Reason]:
    """Per-person and per-number stops (F-07, F-13, H-06, T-01, T-02)."""
    target, stops, found = request.target, request.stops, []
    blocked = target.channel in stops.blocked_channels or (target.address and target.address in stops.blocked_addresses)
    if blocked and not request.reply_to_inbound:
        found.append(reason("channel_blocked", channel=target.channel.value))
    if target.opted_out and target.channel in (Channel.SMS, Channel.EMAIL) and not request.reply_to_inbound:
        found.append(reason("opted_out", channel=target.channel.value))
    if target.channel is Channel.EMAIL and target.may_be_work_email and not request.reply_to_inbound:
        found.append(reason("work_email_possible", warning=True))
    if target.channel is Channel.SMS and not target.consent_to_text:
        found.append(reason("no_text_consent"))
    if target.channel is Channel.PHONE and request.automated and target.phone_type == "mobile" \
            and not target.consent_to_text:
        found.append(reason("no_autodial_consent"))
    if target.channel is Channel.PHONE and target.phone_type == "work" and stops.no_work_calls:
        found.append(reason("no_work_calls"))
    if target.channel is Channel.PHONE and target.phone_type == "home" and stops.no_home_calls:
        found.append(reason("confidential_request"))
    return found


def _timing(request: ContactRequest, policy: Policy, at: datetime, zones: list[tuple[str, str]],
            start: time, calls_log: CallLog) -> list[Reason]:
    found: list[Reason] = []
    if request.target.channel not in TIMED:
        return found
    closed = [zone for _source, zone in zones if not open_in(at, zone, start, policy.window_end)]
    if closed:
        found.append(reason("outside_hours", zones=",".join(closed)))
    primary = zones[0][1]
    clock = local(at, primary).time()
    for window in request.stops.inconvenient:
        if window.start <= clock < window.end:
            found.append(reason("inconvenient_time", start=window.start.strftime("%H:%M"),
                                end=window.end.strftime("%H:%M")))
    if request.target.channel is Channel.PHONE and not request.reply_to_inbound:
        calls = calls_log.count(at, primary)
        if not calls.consent_active:
            if calls.counted_7_days >= CALL_LIMIT:
                found.append(reason("seven_in_seven", calls=calls.counted_7_days))
            if calls.conversation_wait and calls.last_conversation is not None:
                found.append(reason("conversation_wait", conversation=calls.last_conversation.isoformat()))
            if calls.counted_today >= policy.daily_call_cap:
                found.append(reason("daily_cap", calls=calls.counted_today, cap=policy.daily_call_cap))
    return found


def _blocking(reasons: list[Reason]) -> list[Reason]:
    return [r for r in reasons if not r.warning]


def _candidates(request: ContactRequest, at: datetime, zones: list[str], start: time) -> list[datetime]:
    moments = set(openings(at, zones, start, SEARCH_DAYS))
    primary = zones[0]
    for offset in range(SEARCH_DAYS):
        day = local(at, primary).date() + timedelta(days=offset)
        for window in request.stops.inconvenient:
            moment = datetime.combine(day, window.end, tzinfo=local(at, primary).tzinfo)
            moments.add(local(moment, "UTC").astimezone(at.tzinfo))
    return sorted(m for m in moments if m > at)


def decide(request: ContactRequest, policy: Policy) -> Decision:
    """The answer for `request.at`; `next_allowed_at`, when given, is itself an allowed moment."""
    at = request.at
    zones, start, notes = _zones(request)
    standing = _holds(request, policy) + _channel(request)
    calls_log = CallLog(request.history, request.person_id)
    reasons = standing + _timing(request, policy, at, zones, start, calls_log) + notes
    blocking = _blocking(reasons)
    zone_names = [zone for _source, zone in zones]
    next_allowed = None
    if not blocking:
        next_allowed = at
    elif not _blocking(standing) and all(r.code in TEMPORARY for r in blocking):
        for moment in _candidates(request, at, zone_names, start):
            if not _blocking(_timing(request, policy, moment, zones, start, calls_log)):
                next_allowed = moment
                break
        else:
            if request.target.channel in (Channel.PHONE, Channel.SMS) and any(
                    r.code == "outside_hours" for r in blocking):
                reasons.append(reason("no_common_window"))
    calls = calls_log.count(at, zone_names[0])
    windows = []
    for source, zone in zones:
        today = local(at, zone).date()
        tz = local(at, zone).tzinfo
        windows.append(LocalWindow(zone, source, datetime.combine(today, start, tzinfo=tz),
                                   datetime.combine(today, policy.window_end, tzinfo=tz)))
    script = "LOCATION_SCRIPT" if request.role == "other" else "OPENING_VERIFY_IDENTITY"
    if policy.collector_role is CollectorRole.THIRD_PARTY and request.target.channel is not Channel.LETTER:
        # F-09/F-10: a third-party collector must say it is one; first-party mode leaves this out.
        reasons.append(reason("debt_collector_disclosure_required", warning=True))
    return Decision(
        allowed=not blocking,
        reasons=tuple(reasons),
        next_allowed_at=next_allowed,
        local_windows=tuple(windows),
        counters=Counters(calls.counted_7_days, calls.counted_today, calls.last_conversation),
        script=script,
        voicemail_script="VOICEMAIL_LCM" if request.target.channel is Channel.PHONE else "",
    )
