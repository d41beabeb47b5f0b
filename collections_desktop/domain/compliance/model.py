"""The compliance engine's inputs and outputs: people, contact points, history, policy, decisions as codes."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time
from enum import Enum
from typing import NamedTuple


class Channel(str, Enum):
    PHONE = "phone"
    SMS = "sms"
    EMAIL = "email"
    LETTER = "letter"
    PORTAL = "portal"


class Outcome(str, Enum):
    """What happened on a contact; the first eight are the call outcomes of Regulation F (F-05)."""

    CONVERSATION = "CONVERSATION"
    CONNECTED_NO_CONVERSATION = "CONNECTED_NO_CONVERSATION"
    VOICEMAIL_LCM = "VOICEMAIL_LCM"
    NO_ANSWER = "NO_ANSWER"
    BUSY = "BUSY"
    NOT_IN_SERVICE = "NOT_IN_SERVICE"
    NETWORK_FAIL = "NETWORK_FAIL"
    WRONG_PARTY = "WRONG_PARTY"
    PROMISE_TO_PAY = "PROMISE_TO_PAY"
    REFUSED_TO_PAY = "REFUSED_TO_PAY"
    DISPUTE = "DISPUTE"
    CEASE_REQUEST = "CEASE_REQUEST"
    ATTORNEY = "ATTORNEY"
    INCONVENIENT_TIME = "INCONVENIENT_TIME"
    OPT_OUT = "OPT_OUT"
    CONSENT_TO_CALL = "CONSENT_TO_CALL"
    IDENTITY_VERIFIED = "IDENTITY_VERIFIED"
    VERIFICATION_SENT = "VERIFICATION_SENT"  # itemised bill / EOB sent in answer to a dispute (F-11)
    SENT = "SENT"  # an e-mail, text, letter or portal message went out; no answer yet


# Calls that never reached the number do not count toward 7-in-7 (12 CFR 1006.14(b)(3)(i)).
NOT_CONNECTED = frozenset({Outcome.BUSY, Outcome.NOT_IN_SERVICE, Outcome.NETWORK_FAIL})
# Outcomes that mean a telephone conversation about the debt took place (F-04(b)).
CONVERSATIONS = frozenset({Outcome.CONVERSATION, Outcome.PROMISE_TO_PAY, Outcome.REFUSED_TO_PAY,
                           Outcome.DISPUTE, Outcome.CEASE_REQUEST, Outcome.ATTORNEY, Outcome.INCONVENIENT_TIME,
                           Outcome.IDENTITY_VERIFIED, Outcome.CONSENT_TO_CALL})


class Purpose(str, Enum):
    """Why the contact is made; only collection contacts are held by cease, dispute and holds."""

    COLLECTION = "collection"
    TERMINATION_NOTICE = "termination_notice"
    REMEDY_NOTICE = "remedy_notice"
    INTENDED_REMEDY_NOTICE = "intended_remedy_notice"
    CLINICAL = "clinical"
    LOCATION = "location"


class CollectorRole(str, Enum):
    FIRST_PARTY_EMPLOYEE = "FIRST_PARTY_EMPLOYEE"
    FIRST_PARTY_VENDOR_PRE_DEFAULT = "FIRST_PARTY_VENDOR_PRE_DEFAULT"
    THIRD_PARTY = "THIRD_PARTY"

    @property
    def first_party(self) -> bool:
        return self is not CollectorRole.THIRD_PARTY


@dataclass(frozen=True)
class Policy:
    """Clinic policy the engine applies (APP-1: the collector role is required)."""

    collector_role: CollectorRole = CollectorRole.FIRST_PARTY_EMPLOYEE
    daily_call_cap: int = 2
    window_start: time = time(8, 0)
    window_end: time = time(21, 0)
    pause_on_financial_assistance: bool = True
    clinic_legal_name: str = ""
    clinic_dbas: tuple[str, ...] = ()


class ContactEvent(NamedTuple):
    """One logged contact or attempt, in UTC, for one person (a named tuple: a pass over every account makes
    a hundred thousand of them, at a third of a frozen dataclass's cost)."""

    at: datetime
    person_id: int
    channel: Channel
    outcome: Outcome
    inbound: bool = False


@dataclass(frozen=True)
class InconvenientWindow:
    """A local-time span the person said not to be contacted in (F-03), e.g. before noon."""

    start: time
    end: time


@dataclass
class PersonStops:
    """What this person asked for: channels not to use, times, work, confidential requests (F-03, F-07, H-06)."""

    blocked_channels: set[Channel] = field(default_factory=set)
    blocked_addresses: set[str] = field(default_factory=set)
    inconvenient: list[InconvenientWindow] = field(default_factory=list)
    no_work_calls: bool = False
    no_home_calls: bool = False
    stated_zone: str | None = None


@dataclass(frozen=True)
class Target:
    """The number, address or mailbox to be used, with what is known of it."""

    channel: Channel
    address: str = ""
    phone_type: str = ""  # mobile / home / work
    consent_to_text: bool = False
    opted_out: bool = False
    may_be_work_email: bool = False  # F-13: not a personal mailbox provider's address (compliance.mailbox)


@dataclass
class ContactRequest:
    """Everything the engine needs to answer: may we contact this person now, this way?"""

    at: datetime
    target: Target
    person_id: int
    role: str = "guarantor"  # guarantor / patient / other / attorney / executor
    relationship: str = "self"
    zones: list[tuple[str, str]] = field(default_factory=list)  # (source, IANA zone)
    history: list[ContactEvent] = field(default_factory=list)
    flags: set[str] = field(default_factory=set)
    stops: PersonStops = field(default_factory=PersonStops)
    purpose: Purpose = Purpose.COLLECTION
    automated: bool = False
    reply_to_inbound: bool = False
    verification_sent: bool = False
    attorney_consented: bool = False


@dataclass(frozen=True)
class Reason:
    """Why a contact is blocked or flagged: a code and its parameters, never a sentence."""

    code: str
    params: tuple[tuple[str, str], ...] = ()
    warning: bool = False

    def as_dict(self) -> dict[str, object]:
        return {"code": self.code, **dict(self.params), **({"warning": True} if self.warning else {})}


def reason(code: str, *, warning: bool = False, **params: object) -> Reason:
    return Reason(code, tuple((k, str(v)) for k, v in params.items()), warning)


@dataclass(frozen=True)
class LocalWindow:
    zone: str
    source: str
    opens_local: datetime | None
    closes_local: datetime | None


@dataclass(frozen=True)
class Counters:
    calls_7_days: int
    calls_today: int
    last_conversation: date | None


@dataclass(frozen=True)
class Decision:
    allowed: bool
    reasons: tuple[Reason, ...]
    next_allowed_at: datetime | None
    local_windows: tuple[LocalWindow, ...]
    counters: Counters
    script: str = ""
    voicemail_script: str = ""  # a voicemail may only be the limited-content message (F-14)
