"""A billing issue's trend told in a sentence, for the command line, the window and the billing-feedback PDF."""

from __future__ import annotations

from collections.abc import Callable
from typing import cast

from collections_desktop.words import has_words, label, say


def issue_words(source: str, code: str, lang: str, payer_code: Callable[[str, str], str],
                own: dict[str, str] | None = None) -> str:
    """The issue as the billing manager reads it: a reason, a hand-off reason, a team's answer or a payer code
    (`payer_code(code, lang)` gives a payer code's plain words, or ""); `own`: a clinic reason's words by
    language."""
    if own and own.get(lang):
        return own[lang]
    if source == "reason" and has_words(f"reason_{code}"):
        return say(f"reason_{code}", lang)
    if source == "handoff" and has_words(f"handoff_reason_{code}"):
        return f"{say('source_handoff', lang)}: {say(f'handoff_reason_{code}', lang)}"
    if source == "answer" and has_words(f"answer_{code}"):
        return f"{say('source_answer', lang)}: {say(f'answer_{code}', lang)}"
    if source == "review" and has_words(f"finding_{code}"):
        return say(f"finding_{code}", lang)
    return payer_code(code, lang) or f"{say('source_payer_code', lang)} {code}"


def chart_issue(issue: object, lang: str, payer_code: Callable[[str, str], str]) -> str:
    """An issue as a chart names it, (source, code, payer, own words) as the reports' charts hold it: a payer code
    by its number alone (its plain words are in the table), then the payer."""
    source, code, payer, words = cast(tuple[str, str, str, tuple], issue)
    named = code if source == "payer_code" else issue_words(source, code, lang, payer_code, dict(words))
    return named + (f" — {payer}" if payer else "")


def headline(trend, lang: str, payer_code: Callable[[str, str], str], amount: Callable[[int], str],  # noqa: ANN001
             *, examples: bool = True) -> str:
    """"Claims denied … at Aetna rose from 4 to 19: $3,420 — for example …" for a reports Trend (the examples
    left out where they have a column of their own)."""
    payer = say("trend_payer", lang, payer=trend.payer) if trend.payer else ""
    issue = issue_words(trend.source, trend.code, lang, payer_code, dict(trend.words))
    text = say(f"trend_{trend.direction}", lang, issue=label(issue),
               payer=payer, count=trend.count, before=trend.before)
    if trend.cents:
        text = say("trend_dollars", lang, headline=text, amount=amount(trend.cents))
    if examples and trend.examples:
        text += f" — {say('trend_examples', lang, examples=', '.join(trend.examples))}"
    return text
