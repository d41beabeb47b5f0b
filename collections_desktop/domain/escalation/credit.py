"""The gates of a credit report (the bureaus' medical-debt rules and the state bans of M-01, the passive-collection
wait of F-18) and the limitations period after which a debt is time-barred (F-17)."""

from __future__ import annotations

from datetime import date, timedelta

from collections_desktop.domain.escalation.model import Gate, LadderFacts
from collections_desktop.domain.escalation.rules import LadderPolicy

REPORT_FLOOR_CENTS = 50_000     # the bureaus report no medical collection under $500 (M-01)
DELINQUENT_YEAR_DAYS = 365      # nor one less than a year past its first delinquency (M-01)
STATEMENT_DUE_DAYS = 30         # the first statement falls due (the debt is delinquent) this many days after it
PASSIVE_WAIT_DAYS = 14          # after a letter or message with no word it was undeliverable (F-18 safe harbor)


def plus_years(day: date, years: int) -> date:
    """The same day `years` later (28 February for a 29 February that does not come again)."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def time_barred_on(today: date, years: int | None, *, last_payment: date | None, fell_due: date | None) -> date | None:
    """The day the debt became time-barred when it has been by `today` (None: it has not, or no period is set):
    `years` after the later of its last payment and the day it fell due."""
    starts = [day for day in (last_payment, fell_due) if day is not None]
    if years is None or not starts:
        return None
    end = plus_years(max(starts), years)
    return end if today >= end else None


def barred_since(facts: LadderFacts, policy: LadderPolicy) -> date | None:
    """The day the account's debt became time-barred in the patient's state, or None."""
    return time_barred_on(facts.today, policy.limitation(facts.state), last_payment=facts.last_payment,
                          fell_due=facts.first_statement or facts.oldest_service)


def limitation_gates(facts: LadderFacts, policy: LadderPolicy) -> list[Gate]:
    """A time-barred debt goes to no agency and no bureau: either would imply the suit the law no longer allows."""
    return [Gate("escalation_time_barred", "F-17")] if barred_since(facts, policy) is not None else []


def credit_gates(facts: LadderFacts, policy: LadderPolicy) -> list[Gate]:
    """The gates of a credit report beyond those of any extraordinary action."""
    found: list[Gate] = []
    if policy.bans_credit_report(facts.state):
        found.append(Gate("escalation_credit_state_ban", "M-01"))
    if 0 < facts.patient_due_cents < REPORT_FLOOR_CENTS:
        found.append(Gate("escalation_credit_under_500", "M-01"))
    if facts.first_statement is None:
        found.append(Gate("escalation_needs_first_statement", "M-01"))
    else:
        opens = facts.first_statement + timedelta(days=STATEMENT_DUE_DAYS + DELINQUENT_YEAR_DAYS)
        if facts.today < opens:
            found.append(Gate("escalation_credit_year_wait", "M-01", opens))
    if facts.spoke_on is None:
        found += _passive(facts)
    return found


def _passive(facts: LadderFacts) -> list[Gate]:
    """F-18: with no conversation, a letter or message and 14 days without word that it did not arrive; when the
    latest one came back, nothing counts until one that was not returned is sent."""
    if facts.first_written is None:
        return [Gate("escalation_credit_no_contact", "F-18")]
    last = facts.last_written or facts.first_written
    if facts.undelivered_on is not None and facts.undelivered_on >= last:
        return [Gate("escalation_credit_undelivered", "F-18")]
    counted = last if facts.undelivered_on is not None else facts.first_written
    opens = counted + timedelta(days=PASSIVE_WAIT_DAYS)
    return [Gate("escalation_credit_contact_wait", "F-18", opens)] if facts.today < opens else []
