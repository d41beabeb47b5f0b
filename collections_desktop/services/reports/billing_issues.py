"""Billing-issue trends for the billing manager: reasons patients give, hand-offs and payers' codes."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace

from collections_desktop.domain.reports.billing_issues import Trend, ranked
from collections_desktop.domain.reports.periods import Period
from collections_desktop.services.plans.plan_policy import current_policy
from collections_desktop.services.workspace import Workspace
from collections_desktop.storage import report_reads

# Adjustment codes that are the normal working of a contract, not an issue to feed back.
ROUTINE_CODES = frozenset({"CO-45", "CO-253", "PR-1", "PR-2", "PR-3"})
EXAMPLES = 3


@dataclass(frozen=True)
class BillingIssues:
    period: Period
    compared: Period
    trends: list[Trend]


def _counts(workspace: Workspace, period: Period) -> dict[tuple[str, str, str], tuple[int, int, list[str]]]:
    """(source, code, payer) -> (cases, dollars, examples) in one period."""
    found: dict[tuple[str, str, str], tuple[int, int, list[str]]] = {}

    def add(key: tuple[str, str, str], count: int, cents: int, example: str) -> None:
        n, c, examples = found.get(key, (0, 0, []))
        if example and len(examples) < EXAMPLES and example not in examples:
            examples.append(example)
        found[key] = (n + count, c + cents, examples)

    with workspace.reading() as session:
        for reason, accounts, owed, example in report_reads.reason_counts(session, period.start, period.end):
            add(("reason", reason, ""), accounts, owed, example)
        for payer, reason, answer, count, example in report_reads.handoff_counts(session, period.start,
                                                                                   period.end):
            add(("handoff", reason, payer), count, 0, example)
            if answer:
                add(("answer", answer, payer), count, 0, example)
        codes: Counter[tuple[str, str]] = Counter()
        examples: dict[tuple[str, str], str] = {}
        for payer, reasons, remarks, count, claim in report_reads.payer_codes(session, period.start, period.end):
            for code in {c for c in (reasons + "," + remarks).split(",") if c and c not in ROUTINE_CODES}:
                codes[(code, payer)] += count
                examples.setdefault((code, payer), claim)
        for (code, payer), count in codes.items():
            add(("payer_code", code, payer), count, 0, examples[(code, payer)])
        for payer, finding, count, cents, claim in report_reads.review_findings(session, period.start, period.end):
            add(("review", finding, payer), count, cents, claim)
    return found


def by_service_month(workspace: Workspace, period: Period) -> dict[tuple[str, str], dict[str, int]]:
    """(source, code) -> claims per month of service ("YYYY-MM"), for the claim-level issues of the period:
    hand-offs by reason and payers' codes other than the routine ones."""
    months: dict[tuple[str, str], Counter[str]] = {}
    with workspace.reading() as session:
        for source, codes, served, count in report_reads.issues_by_service_month(session, period.start, period.end):
            for code in ({codes} if source == "handoff" else {c for c in codes.split(",") if c} - ROUTINE_CODES):
                months.setdefault((source, code or "other"), Counter())[served] += count
    return {key: dict(sorted(counted.items())) for key, counted in sorted(months.items())}


def payer_code_text(code: str, lang: str) -> str:
    """A payer's adjustment or remark code in plain words ("CO-16: the claim lacks information…"), or ""."""
    from collections_desktop.services.desk.accounts import payer_code_words

    words = payer_code_words([code], lang)
    return words[0] if words else ""


def billing_issues(workspace: Workspace, period: Period, compared: Period, limit: int = 15) -> BillingIssues:
    """The period's issues, each with its count in the compared period, most cases first."""
    now, before = _counts(workspace, period), _counts(workspace, compared)
    trends = [Trend(source, code, payer, count, before.get((source, code, payer), (0, 0, []))[0], cents,
                    tuple(examples))
              for (source, code, payer), (count, cents, examples) in now.items()]
    trends += [Trend(source, code, payer, 0, count, 0) for (source, code, payer), (count, _c, _e) in before.items()
               if (source, code, payer) not in now]
    clinic = {code: (("en", en), ("es", es)) for code, en, es in current_policy(workspace).clinic_reasons}
    if clinic:  # the clinic's own reasons carry their words, which no catalogue holds
        trends = [replace(t, words=clinic[t.code]) if t.source == "reason" and t.code in clinic else t
                  for t in trends]
    return BillingIssues(period, compared, ranked(trends, limit))
