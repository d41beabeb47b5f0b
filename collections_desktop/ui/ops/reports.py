"""Opens the Reports window and reads its figures off the GUI thread, one period and its comparison at a time."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from collections_desktop.domain.money import format_display
from collections_desktop.services.workspace import Workspace
from collections_desktop.ui.ops.context import WindowOps
from collections_desktop.ui.words.messages import error_text
from collections_desktop.words import current_language
from collections_desktop.words.trends import chart_issue, headline

# The reports' services are imported when the window is first opened, not with the desk.


def gather(workspace: Workspace, choice: str | None, days: tuple[date, date], compare: str) -> dict[str, Any]:
    """Everything the window shows for one period, read in one go on a worker, issues told in words, and the
    charts as the report PDFs define them."""
    from collections_desktop.services.reports import billing_issues, charts, overview

    seen = overview.overview(workspace, choice, days, compare)
    return {"period": seen.period, "compared": seen.compared, "activity": seen.activity, "outcomes": seen.outcomes,
            "issues": [(headline(t, current_language(), billing_issues.payer_code_text, format_display),
                        (t.source, t.code, t.payer)) for t in seen.issues.trends],
            "charts": {"collections": charts.collections_chart(*seen.outcomes),
                       "kept": charts.kept_rate_chart(workspace, seen.period.end),
                       "issues": charts.issues_chart(seen.issues)}}


def issue_label(issue: object) -> str:
    """An issue on the window's chart, in the interface language."""
    from collections_desktop.services.reports import billing_issues

    return chart_issue(issue, current_language(), billing_issues.payer_code_text)


def twelve_months(workspace: Workspace) -> tuple[Any, Any]:
    from collections_desktop.services.reports import charts, portfolio

    seen = portfolio.last_twelve_months(workspace)
    return seen, charts.aging_chart(seen)


class ReportOps(WindowOps):
    """The window is made once per unlock and forgotten at lock."""

    def reports(self) -> Any:  # noqa: ANN401 - the ReportsWindow, loaded with QtCharts only when first opened
        ctx = self.ctx
        if ctx.workspace is None:
            return None
        if self.window is None:
            from collections_desktop.ui.dialogs.reports import ReportsWindow

            window = ReportsWindow(ctx.window)
            window.issue_label = issue_label
            self.window = window

            def load(grain: str | None, days: tuple[date, date], compare: str) -> None:
                ctx.op(lambda ws: gather(ws, grain, days, compare)).success(window.show_figures) \
                    .failure(lambda error: window.heading.setText(error_text(error))).run()

            def load_portfolio() -> None:
                ctx.op(twelve_months).success(lambda found: window.show_portfolio(*found)) \
                    .failure(lambda error: window.heading.setText(error_text(error))).run()

            window.period_chosen.connect(load)
            window.portfolio_wanted.connect(load_portfolio)
            window.accounts_wanted.connect(self._list)
            window.retranslate_ui()
            window.ask_figures()  # the first period, as the window opens
        self.window.show()
        self.window.raise_()
        return self.window

    def _list(self, title: str, figure: tuple) -> None:
        """The accounts behind a card or an issue of the period on screen, listed in the desk's worklist."""
        ctx, window = self.ctx, self.window
        if window is None or window.figures is None:
            return
        from collections_desktop.services.reports import behind

        period = window.figures["period"]
        if figure[0] == "card":
            wanted = behind.Figure(period.start, period.end, measure=behind.CARD_MEASURES[figure[1]])
        elif figure[0] == "week":
            wanted = behind.Figure(figure[1], figure[1] + timedelta(days=6), measure="paid")
        elif figure[0] == "aging":
            wanted = behind.Figure(figure[1], figure[1], measure="aging", code=figure[2])
        else:
            wanted = behind.Figure(period.start, period.end, source=figure[1], code=figure[2], payer=figure[3])

        def show(ids: list[int]) -> None:
            ctx.model.set_ids(ids, keep=None)
            ctx.window.worklist.show_from_report(title, len(ids))
            ctx.window.raise_()
            ctx.window.activateWindow()

        ctx.op(lambda ws: behind.accounts_behind(ws, wanted)).success(show) \
            .failure(lambda error: window.heading.setText(error_text(error))).listing().run()
