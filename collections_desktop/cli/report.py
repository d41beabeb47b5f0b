"""`report`: activity, outcomes and billing issues for a period against another, as text, JSON or CSV."""

from __future__ import annotations

import argparse
import csv
from datetime import date, datetime
from pathlib import Path
from typing import Any

from collections_desktop.cli.common import emit, opened
from collections_desktop.cli.safe import echo
from collections_desktop.domain.money import format_cents, format_display
from collections_desktop.domain.reports.periods import COMPARES, GRAINS, Period, compared_with, period_for
from collections_desktop.services.errors import UserError
from collections_desktop.words import label, say
from collections_desktop.words.formats import clock, day

KINDS = ("activity", "outcomes", "portfolio", "billing-issues")


def add_command(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("report", parents=[common], help="activity, outcomes, portfolio or billing issues for a period")
    p.add_argument("kind", choices=KINDS, metavar="KIND", help=" | ".join(KINDS))
    p.add_argument("--period", choices=GRAINS[:-1], default="month",
                   help="the day, week, month or quarter holding today (default month)")
    p.add_argument("--from", dest="start", type=date.fromisoformat, metavar="DATE", help="first day (with --to)")
    p.add_argument("--to", dest="end", type=date.fromisoformat, metavar="DATE", help="last day (with --from)")
    p.add_argument("--compare", choices=COMPARES, default="previous",
                   help="against the period before (default) or the same days a year earlier")
    p.add_argument("--csv", type=Path, metavar="FILE", help="also write the figures to this CSV file")
    p.add_argument("--by-hour", action="store_true",
                   help="activity only: calls and conversations per hour of the day where the patient is")
    p.add_argument("--pdf", type=Path, metavar="FILE",
                   help="also write the report as a PDF with its charts (billing-issues: the billing-feedback PDF "
                        "for the billing manager)")
    p.add_argument("--json", action="store_true")


def _period(args: argparse.Namespace) -> Period:
    if (args.start is None) != (args.end is None):
        raise UserError("report_needs_both_days")
    try:
        return Period(args.start, args.end) if args.start else period_for(args.period, date.today())
    except ValueError:
        raise UserError("report_days_reversed", start=args.start.isoformat(), end=args.end.isoformat()) from None


def cmd_report(args: argparse.Namespace, lang: str) -> int:
    from collections_desktop.services.reports import activity, billing_issues, charts, outcomes, plan_follow_up

    period = _period(args)
    before = compared_with(period, args.compare)
    header = ["measure", "count", "before"]
    data: dict[str, Any]
    rows: list[tuple]
    drawn: list = []  # the charts of the report's PDF, as the Reports window defines them
    title = say(f"report_title_{args.kind.replace('-', '_')}", lang)
    if args.kind == "portfolio":
        heading = say("portfolio_period", lang, title=title, start=day(period.start.replace(day=1), lang),
                      end=day(min(period.end, date.today()), lang))
    else:
        heading = say("report_period", lang, title=title, start=day(period.start, lang), end=day(period.end, lang),
                      before_start=day(before.start, lang), before_end=day(before.end, lang))
    with opened(args, lang) as workspace:
        if args.kind == "portfolio":
            from collections_desktop.cli.report_portfolio import portfolio_report

            data, lines, rows, seen = portfolio_report(workspace, period, lang)
            header = ["measure", "cents", "accounts"]
            drawn = [charts.aging_chart(seen)]
        elif args.kind == "activity":
            now, then = activity.activity(workspace, period), activity.activity(workspace, before)
            rows = [(m, now.totals[m], then.totals[m]) for m in activity.MEASURES]
            data = {"totals": now.totals, "before": then.totals, "by_channel": now.by_channel}
            lines = [say("measure_line", lang, measure=say(f"measure_{m}", lang), count=n, change=_change(n, b))
                     for m, n, b in rows]
            drawn = [charts.activity_chart(now, then)]
            if args.by_hour:
                hours = activity.by_local_hour(workspace, period)
                data["by_local_hour"] = {str(h): {"calls": c, "conversations": t} for h, (c, t) in hours.items()}
                lines.append(say("hours_heading", lang))
                lines += [say("hour_line", lang, hour=clock(datetime(2000, 1, 1, h), lang), calls=c, talks=t,
                              rate=f"{t / c:.0%}" if c else "—") for h, (c, t) in hours.items()]
        elif args.kind == "outcomes":
            got, had = outcomes.outcomes(workspace, period), outcomes.outcomes(workspace, before)
            rows = [("collected", got.collected_cents, had.collected_cents), ("payments", got.payments, had.payments),
                    *((f"source_{s}", got.by_source[s], had.by_source[s]) for s in outcomes.SOURCES)]
            data = {"collected": format_cents(got.collected_cents), "payments": got.payments,
                    "before": {"collected": format_cents(had.collected_cents), "payments": had.payments},
                    "by_method": {k: format_cents(v) for k, v in got.by_method.items()},
                    "by_source": {k: format_cents(v) for k, v in got.by_source.items()},
                    "promises": {k: {"count": n, "promised": format_cents(c)} for k, (n, c) in got.promises.items()},
                    "promise_kept_rate": got.promise_kept_rate, "plans": got.plans, "resolved": got.resolved,
                    "conversion": {"reached": got.conversion[0], "converted": got.conversion[1]},
                    "days_to_pay": {"average": None if got.average_days_to_pay is None
                                    else round(got.average_days_to_pay, 1), "accounts": got.days_to_pay[0],
                                    "paid_without_outreach": got.days_to_pay[2]}}
            follow = plan_follow_up.plan_follow_up(workspace, period)
            data["promise_kept_rate_dollars"] = got.promise_kept_rate_dollars
            data["plans_follow_up"] = {"installments_known": follow.installments_known, "on_time": follow.on_time,
                                       "on_time_rate": follow.on_time_rate, "notices": follow.notices,
                                       "cured": follow.cured, "defaulted": follow.defaulted,
                                       "cure_rate": follow.cure_rate}
            lines = _outcome_lines(got, had, lang) + _follow_up_lines(follow, lang)
            drawn = [charts.collections_chart(got, had), charts.kept_rate_chart(workspace, period.end)]
        else:
            found = billing_issues.billing_issues(workspace, period, before)
            rows = [(f"{t.source}:{t.code}:{t.payer}", t.count, t.before) for t in found.trends]
            data = {"issues": [{"source": t.source, "code": t.code, "payer": t.payer, "count": t.count,
                                "before": t.before, "direction": t.direction, "dollars": format_cents(t.cents),
                                "examples": list(t.examples), "headline": headline(t, lang)} for t in found.trends]}
            lines = [headline(t, lang) for t in found.trends] or [say("no_issues", lang)]
            months = billing_issues.by_service_month(workspace, period)
            data["by_service_month"] = [{"source": source, "code": code, "months": counted}
                                        for (source, code), counted in months.items()]
            lines += _service_month_lines(months, lang)
            if args.pdf:
                _write_feedback(workspace, args.pdf, found, charts.issues_chart(found), lang)
                lines.append(say("feedback_written", lang, path=str(args.pdf)))
        if args.pdf and args.kind != "billing-issues":
            table = None
            if args.kind == "portfolio":  # the months as a table; the holds and waiting balances as lines
                from collections_desktop.cli.report_portfolio import portfolio_table

                table = portfolio_table(seen, lang)
                lines = lines[lines.index(say("portfolio_holds_heading", lang)):]
            _write_report(workspace, args.pdf, title, heading, lines, drawn, lang, table)
            lines.append(say("report_pdf_written", lang, path=str(args.pdf)))
    if args.csv:
        _write_csv(args.csv, header, rows)
    if args.json:
        emit({"report": args.kind, "period": {"from": period.start.isoformat(), "to": period.end.isoformat()},
              "compared": {"from": before.start.isoformat(), "to": before.end.isoformat()}, **data})
        return 0
    echo(heading)
    for line in lines:
        echo(f"  {line}")
    return 0


def _change(now: int, before: int) -> str:
    return f"{now - before:+d}"


def _outcome_lines(got, had, lang: str) -> list[str]:  # noqa: ANN001 - services.reports.outcomes.Outcomes
    change = format_display(got.collected_cents - had.collected_cents)
    lines = [say("collected_line", lang, amount=format_display(got.collected_cents), payments=got.payments,
                 change=change if change.startswith("-") else "+" + change)]
    lines += [f"  {say(f'source_{s}', lang)}: {format_display(cents)}" for s, cents in got.by_source.items()]
    if got.promise_kept_rate is not None:
        lines.append(say("promise_kept_rate", lang, rate=f"{got.promise_kept_rate:.0%}"))
        lines.append(f"  {say('promise_kept_dollars', lang, rate=f'{got.promise_kept_rate_dollars or 0:.0%}')}")
    lines.append(say("plans_signed", lang, count=got.plans.get("signed", 0)))
    if got.conversion_rate is not None:
        lines.append(say("conversion_line", lang, rate=f"{got.conversion_rate:.0%}", reached=got.conversion[0],
                         converted=got.conversion[1]))
    if got.average_days_to_pay is not None:
        lines.append(say("days_to_pay_line", lang, days=f"{got.average_days_to_pay:.0f}", paid=got.days_to_pay[0],
                         without=got.days_to_pay[2]))
    lines.append(say("resolved_heading", lang))
    lines += [f"  {say(f'resolved_{way}', lang)}: {count}" for way, count in got.resolved.items()]
    return lines


def _service_month_lines(months: dict[tuple[str, str], dict[str, int]], lang: str) -> list[str]:
    """The claim-level issues with the most claims, each with its claims per month of service."""
    from collections_desktop.services.reports.billing_issues import payer_code_text
    from collections_desktop.words.formats import month_year
    from collections_desktop.words.trends import issue_words

    top = sorted(months.items(), key=lambda item: -sum(item[1].values()))[:8]
    if not top:
        return []
    return [say("service_months_heading", lang)] + [
        "  " + say("service_month_line", lang, issue=label(issue_words(source, code, lang, payer_code_text)),
                   months=", ".join(f"{month_year(date.fromisoformat(f'{m}-01'), lang)} {n}"
                                    for m, n in counted.items()))
        for (source, code), counted in top]


def _follow_up_lines(follow, lang: str) -> list[str]:  # noqa: ANN001 - services.reports.plan_follow_up
    lines = []
    if follow.on_time_rate is not None:
        lines.append(say("plan_on_time_line", lang, rate=f"{follow.on_time_rate:.0%}", on_time=follow.on_time,
                         known=follow.installments_known))
    if follow.notices:
        lines.append(say("plan_cure_line", lang, rate="—" if follow.cure_rate is None else f"{follow.cure_rate:.0%}",
                         cured=follow.cured, decided=follow.cured + follow.defaulted, notices=follow.notices))
    return lines


def headline(trend, lang: str, *, examples: bool = True) -> str:  # noqa: ANN001 - a reports Trend
    from collections_desktop.services.reports.billing_issues import payer_code_text
    from collections_desktop.words.trends import headline as told

    return told(trend, lang, payer_code_text, format_display, examples=examples)


def _issue_label(lang: str):  # noqa: ANN202 - a chart's label for an issue, in `lang`
    from collections_desktop.services.reports.billing_issues import payer_code_text
    from collections_desktop.words.trends import chart_issue

    return lambda issue: chart_issue(issue, lang, payer_code_text)


def _write_feedback(workspace, path: Path, found, chart, lang: str) -> None:  # noqa: ANN001
    """The billing-feedback PDF (words in `lang`), written whole or not at all."""
    from collections_desktop.documents.billing_feedback import FeedbackIssue, build_feedback
    from collections_desktop.services.plans.plan_policy import clinic_name

    issues = [FeedbackIssue(headline(t, lang, examples=False), t.count, t.before, t.cents, t.examples)
              for t in found.trends]
    span = [say("feedback_span", lang, start=day(p.start, lang), end=day(p.end, lang))
            for p in (found.period, found.compared)]
    _write(path, build_feedback(clinic_name(workspace), span[0], span[1], issues, chart, _issue_label(lang), lang))


def _write_report(workspace, path: Path, title: str, heading: str, lines: list[str], drawn: list,  # noqa: ANN001
                  lang: str, table: list[list[str]] | None = None) -> None:
    """The report as a PDF with its charts, written whole or not at all."""
    from collections_desktop.documents.report_pdf import build_report
    from collections_desktop.services.plans.plan_policy import clinic_name

    _write(path, build_report(title, clinic_name(workspace), heading, lines, drawn, lang, _issue_label(lang), table))


def _write(path: Path, data: bytes) -> None:
    from collections_desktop.services.desk.files_out import write_file

    write_file(path, data)


def _write_csv(path: Path, header: list[str], rows: list[tuple]) -> None:
    """The figures as CSV (amounts in cents), written whole or not at all."""
    import io

    buffer = io.StringIO()
    csv.writer(buffer).writerows([header, *([name, str(now), str(before)] for name, now, before in rows)])
    _write(path, buffer.getvalue().encode("utf-8"))
