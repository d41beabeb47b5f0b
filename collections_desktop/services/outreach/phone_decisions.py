"""May each account's guarantor be phoned now? The compliance engine asked once per distinct situation."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, time

from collections_desktop.domain.compliance.engine import decide
from collections_desktop.domain.compliance.frequency import phone_signature
from collections_desktop.domain.compliance.hours import UNKNOWN_ZONE
from collections_desktop.domain.compliance.model import (
    Channel,
    ContactRequest,
    InconvenientWindow,
    Outcome,
    PersonStops,
    Policy,
    Target,
)
from collections_desktop.services.outreach.zones import zone_for_zip, zones_for_phone
from collections_desktop.storage.phone_reads import PhoneInputs


@dataclass(frozen=True)
class PhoneAnswer:
    allowed: bool
    next_allowed_at: datetime | None
    reasons: tuple[str, ...]


def person_stops(events) -> PersonStops:  # noqa: ANN001 - stored contact rows with outcome, channel and detail
    """The person's opt-outs and stated inconvenient times, which never expire."""
    stops = PersonStops()
    for event in events:
        detail = json.loads(event.detail or "{}")
        if event.outcome == Outcome.OPT_OUT.value:
            stops.blocked_channels.add(Channel(detail.get("channel", event.channel)))
        elif event.outcome == Outcome.INCONVENIENT_TIME.value and detail.get("start") and detail.get("end"):
            stops.inconvenient.append(InconvenientWindow(time.fromisoformat(detail["start"]),
                                                         time.fromisoformat(detail["end"])))
        if detail.get("no_work_calls"):
            stops.no_work_calls = True
    return stops


def decide_phones(inputs: Iterable[PhoneInputs], when: datetime, policy: Policy, *, share: bool = True
                  ) -> dict[str, PhoneAnswer]:
    """One answer per account number among the inputs.

    Decisions are shared between accounts whose inputs are the same: the same zones, number kind and holds,
    no stated stops, and the same recent phone history as far as it can still matter
    (`frequency.phone_signature`). That is most of them. `share=False` decides each account on its own.
    """
    answers: dict[str, PhoneAnswer] = {}
    shared: dict[tuple, PhoneAnswer] = {}
    no_contact = PhoneAnswer(False, None, ("no_contact_point",))
    for _account_id, account_number, person_id, addresses, phones, flags, history, stop_rows in inputs:
        if not phones:
            answers[account_number] = no_contact
            continue
        zones = [(kind, zone) for kind, zip_code in addresses if (zone := zone_for_zip(zip_code))]
        zones += [("phone", zone) for number, _k, _c in phones for zone in zones_for_phone(number)]
        number, kind, consent = phones[0]
        key = None
        if share and not stop_rows:
            signature = phone_signature(history, person_id, when, zones[0][1] if zones else UNKNOWN_ZONE) \
                if history else ()
            if signature is not None:
                key = (tuple(zones), kind, consent, frozenset(flags), signature)
                found = shared.get(key)
                if found is not None:
                    answers[account_number] = found
                    continue
        decision = decide(ContactRequest(at=when, target=Target(Channel.PHONE, number, kind, consent),
                                         person_id=person_id, zones=zones, history=history, flags=flags,
                                         stops=person_stops(stop_rows)), policy)
        answer = PhoneAnswer(decision.allowed, decision.next_allowed_at,
                          tuple(r.code for r in decision.reasons if not r.warning))
        answers[account_number] = answer
        if key is not None:
            shared[key] = answer
    return answers
