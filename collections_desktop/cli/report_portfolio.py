"""`report portfolio`: the patient receivable by age at each month end, rolled forward, as text, JSON or CSV."""

from __future__ import annotations

from typing import Any

from collections_desktop.domain.aging import BUCKET_ORDER
from collections_desktop.domain.money import format_cents, format_display
from collections_desktop.domain.reports.periods import Period
from collections_desktop.words import say
from collections_desktop.words.formats import month_year

PARTS = ("start", "new", "collected", "adjusted", "end")


def portfolio_report(workspace, period: Period, lang: str) -> tuple[dict[str, Any], list[str], list[tuple], Any]:  # noqa: ANN001
    """(the JSON data, the lines to print, the CSV rows, the Portfolio read) for the months of `period`."""
    from collections_desktop.services.reports.portfolio import portfolio

    found = portfolio(workspace, period)
    data: dict[str, Any] = {"months": [], "on_hold": {}, "insurance_pending": {}, "with_billing": {}}
    lines: list[str] = []
    rows: list[tuple] = []
    for roll in found.months:
        month = roll.month_end.isoformat()
        data["months"].append({
            "month_end": month, **{part: format_cents(roll.total(part)) for part in PARTS},
            "by_bucket": {b.value: {part: format_cents(getattr(roll, part)[b]) for part in PARTS}
                          | {"moved_out": format_cents(roll.moved_out(b)), "moved_in": format_cents(roll.moved_in(b))}
                          for b in BUCKET_ORDER},
            "moved": [{"from": a.value, "to": b.value, "amount": format_cents(c)} for (a, b), c in roll.moved.items()],
            "closes": roll.closes()})
        rows += [(f"{month}:{part}:{b.value}", getattr(roll, part)[b], "") for part in PARTS for b in BUCKET_ORDER]
        rows += [(f"{month}:moved:{a.value}:{b.value}", c, "") for (a, b), c in roll.moved.items()]
        lines.append(say("portfolio_month", lang, month=month_year(roll.month_end, lang),
                         **{part: format_display(roll.total(part)) for part in PARTS}))
        lines.append("  " + say("portfolio_buckets", lang, buckets=_buckets(roll.end)))
        if roll.total("collected"):
            lines.append("  " + say("portfolio_collected_from", lang, buckets=_buckets(roll.collected)))
        moves = [f"{a.value} → {b.value} {format_display(c)}" for (a, b), c in roll.moved.items() if c > 0]
        if moves:
            lines.append("  " + say("portfolio_moved", lang, moves=", ".join(moves)))
    lines.append(say("portfolio_holds_heading", lang))
    for kind, (accounts, cents) in found.on_hold.items():
        data["on_hold"][kind] = {"accounts": accounts, "amount": format_cents(cents)}
        lines.append("  " + say("portfolio_hold_line", lang, hold=say(f"hold_{kind}", lang), accounts=accounts,
                                amount=format_display(cents)))
        rows.append((f"on_hold:{kind}", cents, accounts))
    if not found.on_hold:
        lines.append("  " + say("portfolio_no_holds", lang))
    for key, (accounts, cents) in (("insurance_pending", found.insurance_pending),
                                   ("with_billing", found.with_billing)):
        data[key] = {"accounts": accounts, "amount": format_cents(cents)}
        rows.append((key, cents, accounts))
    lines.append(say("portfolio_insurance", lang, accounts=found.insurance_pending[0],
                     amount=format_display(found.insurance_pending[1])))
    lines.append(say("portfolio_billing", lang, accounts=found.with_billing[0],
                     amount=format_display(found.with_billing[1])))
    return data, lines, rows, found


def _buckets(cents: dict) -> str:
    return ", ".join(f"{bucket.value} {format_display(cents[bucket])}" for bucket in BUCKET_ORDER)


def portfolio_table(found, lang: str) -> list[list[str]]:  # noqa: ANN001 - services.reports.portfolio.Portfolio
    """The roll-forward as a table for the PDF: a month per row, its start, flows and end."""
    header = [say(f"column_{part}", lang) for part in ("month", *PARTS)]
    return [header, *([month_year(roll.month_end, lang), *(format_display(roll.total(part)) for part in PARTS)]
                      for roll in found.months)]
