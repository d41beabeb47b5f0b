"""A demo account's recent contact history, written to stay inside the contact rules by construction.

Calls fall between 9:00 and 20:00 in every zone the guarantor may be in (home and mobile area code),
at least eight days apart (so no 7-in-7 limit or post-conversation wait is ever broken), and holds come
with the contact that set them.
"""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

if TYPE_CHECKING:
    from collections_desktop.services.demo.demo_generator import DemoGenerator

# (outcome, note in English, note in Spanish) for ordinary attempts, most common first.
ATTEMPTS = (
    ("NO_ANSWER", "", ""),
    ("VOICEMAIL_LCM", "Left the short call-back message.", "Dejé el mensaje breve para que devuelva la llamada."),
    ("CONVERSATION", "Explained the balance; will call back after payday.",
     "Le expliqué el saldo; llamará después del día de pago."),
    ("PROMISE_TO_PAY", "Promised a payment on the 15th.", "Prometió un pago el día 15."),
    ("BUSY", "", ""),
)
ATTEMPT_WEIGHTS = (40, 30, 15, 10, 5)
HOLD_EVENTS = {"cease_contact": "CEASE_REQUEST", "attorney": "ATTORNEY", "dispute": "DISPUTE"}
# Why the person said the bill was not paid yet, on a conversation (billing_issues.REASONS), most common first.
REASONS = ("financial_hardship", "bill_not_understood", "insurance_should_pay", "no_bill_received",
           "wrong_insurance", "above_estimate", "duplicate_charge", "charge_not_recognised")
REASON_WEIGHTS = (30, 22, 18, 10, 8, 5, 4, 3)
DISPUTE_REASONS = ("service_disputed", "charge_not_recognised", "duplicate_charge")


@lru_cache(maxsize=8192)
def call_time(day: date, zones: tuple[str, ...], start_hour: int) -> datetime | None:
    """The first hour from `start_hour` (home time) that is 9:00-20:00 in every zone, or None.

    Cached: a batch asks about a few dozen days and a handful of zone pairs over and over.
    """
    home = ZoneInfo(zones[0])
    for hour in list(range(start_hour, 20)) + list(range(9, start_hour)):
        moment = datetime.combine(day, time(hour, 15), tzinfo=home).astimezone(UTC)
        if all(9 <= moment.astimezone(ZoneInfo(z)).hour < 20 for z in zones):
            return moment
    return None


def _reason(account_id: int, day: int, reasons: tuple[str, ...], weights: tuple[int, ...]) -> str:
    """A reason drawn from its own generator, so the rest of the demo stays as it was; none three times in ten."""
    pick = random.Random(account_id * 7919 + day)  # noqa: S311 - invented data, not security
    return pick.choices(reasons, weights=weights)[0] if pick.random() < 0.7 else ""


def add_history(gen: DemoGenerator, account_id: int, person_id: int, zones: tuple[str, ...], spanish: bool,
                holds: list[str], phone: str) -> None:
    """Appends 0-3 past calls (and the letter behind any hold) to the batch's contact_event rows."""
    rng, rows = gen.rng, gen.rows["contact_event"]
    calls = rng.choices((0, 1, 2, 3), weights=(35, 30, 25, 10))[0]
    day = 2 + int(rng.random() * 4)
    for _ in range(calls):
        outcome, note_en, note_es = rng.choices(ATTEMPTS, weights=ATTEMPT_WEIGHTS)[0]
        moment = call_time(gen.today - timedelta(days=day), zones, 10 + int(rng.random() * 7))
        if moment is not None:
            reason = _reason(account_id, day, REASONS, REASON_WEIGHTS) \
                if outcome in ("CONVERSATION", "PROMISE_TO_PAY") else ""
            rows.append((gen.ids.take("contact_event"), account_id, person_id, moment, "phone", "outbound",
                         outcome, phone, note_es if spanish else note_en, "{}", None, gen.created_at, reason))
        day += 8 + int(rng.random() * 6)
    for hold in holds:
        letter = HOLD_EVENTS.get(hold)
        if letter:
            sent = datetime.combine(gen.today - timedelta(days=40), time(12, 0), tzinfo=UTC)
            reason = _reason(account_id, 0, DISPUTE_REASONS, (1,) * len(DISPUTE_REASONS)) \
                if letter == "DISPUTE" else ""
            rows.append((gen.ids.take("contact_event"), account_id, person_id, sent, "letter", "inbound", letter,
                         "", "", "{}", None, gen.created_at, reason))
