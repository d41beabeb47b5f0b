"""The account detail pane: who owes, what is owed and why, claim by claim, in the interface language."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QUrl, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from collections_desktop.domain.aging import BUCKET_ORDER
from collections_desktop.domain.money import format_display
from collections_desktop.ui.badges import IconBrowser, aging_html, badge_html
from collections_desktop.ui.panes.history_html import history_html, pinned_html
from collections_desktop.ui.panes.plan_tracker import plan_html
from collections_desktop.ui.retranslate import Retranslating
from collections_desktop.words import has_words, say
from collections_desktop.words.formats import clock, day, iso_day

if TYPE_CHECKING:
    from collections_desktop.services.desk.accounts import AccountView
    from collections_desktop.services.desk.timeline import Timeline


# Holds under which nothing about the bill may be said to the patient: a red badge with the stop icon.
STOPS = frozenset({"bankruptcy", "attorney", "deceased", "cease_contact", "agency_approved"})


def _keep(text: str) -> str:
    """Non-breaking hyphens, so dates and claim numbers never wrap in a narrow pane."""
    return text.replace("-", "\u2011")


def _decision_links(visit, t: dict[str, str]) -> str:  # noqa: ANN001 - services.accounts.EncounterView
    """For a claim waiting on the specialist: the denial and its way to the patient, or the two figures of a
    remittance that does not balance, each a link that settles the claim at it."""
    e, waiting = html.escape, visit.awaiting_decision
    if waiting == "denied":
        return (f"<br/><b>{e(t['denied'])}</b><br/>"
                f"<a href='settle:-1/{e(visit.claim)}'>{e(t['to_patient'])}</a>")
    if waiting:
        figures = sorted({f for f in (visit.patient_figure_cents, visit.other_figure_cents)
                          if f is not None and f >= 0})
        return "".join(f"<br/><a href='settle:{cents}/{e(visit.claim)}'>"
                       f"{e(t['owes'].replace('%1', format_display(cents)))}</a>" for cents in figures)
    return ""


class AccountPane(Retranslating, QWidget):
    """Shows nothing while locked or before an account is chosen; from its links `handoff_requested(claim)`,
    `answer_requested(claim)` (the team's answer about a claim handed off), `hold_requested(kind)` and
    `settle_requested(claim, patient owes in cents or -1 for a denial billed to the patient)`."""

    handoff_requested = Signal(str)
    answer_requested = Signal(str)
    hold_requested = Signal(str)
    history_requested = Signal(str, int)  # (kind or "" for all, offset)
    settle_requested = Signal(str, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.browser = IconBrowser()
        self.browser.setObjectName("account_detail")
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._on_link)
        self.review: list = []
        self.points: list = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.browser)
        self.view: AccountView | None = None
        self.plans = None
        self.timeline: Timeline | None = None
        self.history_kind = ""
        self.retranslate_ui()

    def show_account(self, view: AccountView | None, review: list | None = None, points: list | None = None,
                     plans=None, timeline: Timeline | None = None) -> None:  # noqa: ANN001 - AccountPlans
        self.view = view
        self.review = review or []
        self.points = points or []
        self.plans = plans
        self.timeline = timeline
        self.history_kind = ""
        self.retranslate_ui()

    def show_history(self, timeline: Timeline, kind: str) -> None:
        """Another page, or another kind, of the account's history; the rest of the pane stays as it was."""
        self.timeline, self.history_kind = timeline, kind
        scroll = self.browser.verticalScrollBar().value()
        self.retranslate_ui()
        self.browser.verticalScrollBar().setValue(scroll)

    def _on_link(self, url: QUrl) -> None:
        if url.scheme() == "handoff":
            self.handoff_requested.emit(url.path())
        elif url.scheme() == "answer":
            self.answer_requested.emit(url.path())
        elif url.scheme() == "hold":
            self.hold_requested.emit(url.path())
        elif url.scheme() == "history":
            kind, _, offset = url.path().partition("/")
            self.history_requested.emit("" if kind == "all" else kind, int(offset or 0))
        elif url.scheme() == "settle":
            cents, _, claim = url.path().partition("/")
            self.settle_requested.emit(claim, int(cents))

    def retranslate_ui(self) -> None:
        self.browser.setAccessibleName(self.tr("Account detail"))
        if self.view is None:
            self.browser.setHtml("<p>" + html.escape(self.tr("Choose an account in the list.")) + "</p>")
            return
        body = self._html(self.view, self._labels())
        # Who and how much first, then the review, then the visits.
        cut = body.find("<p>", body.find("</b>"))
        extra = pinned_html(self.timeline) + plan_html(self.plans) + self._review_html() + self._points_html()
        page = body[:cut] + extra + body[cut:] if cut > 0 else body + extra
        self.browser.setHtml(page + history_html(self.timeline, self.history_kind))

    def _points_html(self) -> str:
        if not self.points:
            return ""
        from collections_desktop.ui.words.compliance_text import reason_text

        kinds = {"phone:mobile": self.tr("Mobile"), "phone:home": self.tr("Home phone"),
                 "phone:work": self.tr("Work phone"), "email": self.tr("E-mail"),
                 "address:residential": self.tr("Home address"),
                 "address:mailing": self.tr("Mailing address")}
        lines = []
        for point in self.points:
            # One line each: what, the number or address kept whole, the local time there, and a badge saying
            # whether it may be used now (the reasons in their short words).
            when = f"{clock(point.local_now)} {point.zone.split('/')[-1].replace('_', ' ')}" \
                if point.local_now else ""
            value = html.escape(point.value)
            shown = f"<nobr>{value}</nobr>" if point.kind.startswith(("phone", "email")) else value
            state = badge_html(self.tr("usable now"), "ok", "ok") if point.usable_now else \
                badge_html(", ".join(reason_text(r) for r in point.reasons) or self.tr("not now"), "stop", "stop")
            parts = [f"<b>{html.escape(kinds.get(point.kind, point.kind))}</b> {shown}"]
            if when:
                parts.append(f"<nobr>{html.escape(when)}</nobr>")
            lines.append(" · ".join(parts) + " " + state)
        title = html.escape(self.tr("Ways to reach (local time there now)"))
        return f"<h3>{title}</h3><p>{'<br/>'.join(lines)}</p>"

    def _review_html(self) -> str:
        if not self.review:
            return ""
        title = html.escape(self.tr("Review before calling"))
        items = []
        for item in self.review:
            params = dict(item.params)
            detail = next(iter(params.values()), "")
            if item.code == "denied_by_payer" and params.get("codes"):
                from collections_desktop.services.desk.accounts import payer_code_words

                words = payer_code_words(params["codes"].split(", "), QLocale().name()[:2])
                detail = f"{detail} — {'; '.join(words)}" if words else detail
            mark = "✔" if item.ok else "⚠"
            if item.ok:
                text = say(f"review_{item.code}:ok")
            elif item.code == "matches_last_import":
                changes = str(params.get("changes", "0"))
                text = say("review_matches_last_import", count=int(changes) if changes.isdigit() else 0)
            else:
                text = say(f"review_{item.code}", detail=detail)
            items.append(f"{mark} {html.escape(text)}")
        return f"<h3>{title}</h3><p>{'<br/>'.join(items)}</p>"

    def _labels(self) -> dict[str, str]:
        return {
            "account": self.tr("Account"), "patient_due": self.tr("Patient due"),
            "insurance_pending": self.tr("Insurance pending"), "aging": self.tr("Aging"), "holds": self.tr("Holds"),
            "visit": self.tr("Visit"),
            "billed": self.tr("Billed"), "insurance_paid": self.tr("Insurance paid"),
            "patient_balance": self.tr("Patient balance"),
            "explained": self.tr("In plain words for the patient (%1)"),
            "lang_en": self.tr("English"), "lang_es": self.tr("Spanish"),
            "handoff": self.tr("To billing"),
            "denied": self.tr("Denied by the payer"),
            "to_patient": self.tr("The patient owes it"),
            "owes": self.tr("Patient owes %1"),
            "follow": self.tr("Follow or end…"),
            "answer": self.tr("Record the answer"),
        }


    @staticmethod
    def _html(v: AccountView, t: dict[str, str]) -> str:
        e = html.escape
        parts = [f"<h2>{e(v.guarantor.name)}</h2>",
                 f"<p>{e(t['account'])} {e(v.number)} · {e(', '.join(v.address_lines))}</p>",
                 f"<p><b>{e(t['patient_due'])}: {e(format_display(v.patient_due_cents))}</b> · "
                 f"{e(t['insurance_pending'])}: {e(format_display(v.insurance_pending_cents))}</p>"]
        # Aging: each bucket that holds money as a coloured chip, oldest in red.
        aging = " ".join(aging_html(b.value, f"{b.value}: {format_display(v.aging_cents[b])}")
                         for b in BUCKET_ORDER if v.aging_cents[b])
        parts.append(f"<p>{e(t['aging'])}: {aging or e(format_display(0))}</p>")
        if v.flags:
            from collections_desktop.services.outreach.holds import KINDS

            items = []
            for flag in v.flags:
                name = say(f"hold_{flag}") if has_words(f"hold_{flag}") else flag.replace("_", " ")
                known = "; ".join(f"{say(f'hold_detail_{k}')} {iso_day(value)}"
                                  for k, value in sorted(v.hold_details.get(flag, {}).items()))
                link = f" · <a href='hold:{e(flag)}'>{e(t['follow'])}</a>" if flag in KINDS else ""
                kind, icon = ("stop", "stop") if flag in STOPS else ("hold", "warning")
                items.append(f"{badge_html(name, kind, icon)}{' ' + e(known) if known else ''}{link}")
            parts.append(f"<p>{e(t['holds'])}:<br/>{'<br/>'.join(items)}</p>")
        with_team = {h.claim: h for h in v.handoffs}

        def handoff_cell(claim: str) -> str:
            handoff = with_team.get(claim)
            if handoff is None:
                return f"<a href='handoff:{e(claim)}'>{e(t['handoff'])}</a>"
            age = say("handoff_age", team=(f"team_{handoff.team}",), days=handoff.days) if handoff.days \
                else say("handoff_age_today", team=(f"team_{handoff.team}",))
            return f"<b>{e(age)}</b><br/><a href='answer:{e(claim)}'>{e(t['answer'])}</a>"

        # One visit per row, its date, claim, payer and hand-off link stacked in the first cell, so the
        # amounts keep their own columns in a narrow pane.
        rows = "".join(
            f"<tr><td>{e(day(c.service_date))}<br/>{_keep(e(c.claim))}<br/>"
            + (f"<small>{e(c.payer)}</small><br/>" if c.payer else "")
            + f"{handoff_cell(c.claim)}{_decision_links(c, t)}</td>"
            f"<td align='right'>{e(format_display(c.balance.billed_cents))}</td>"
            f"<td align='right'>{e(format_display(c.balance.insurance_paid_cents))}</td>"
            f"<td align='right'>{e(format_display(c.balance.patient_balance_cents))}</td></tr>"
            for c in v.encounters)
        parts.append(
            f"<table cellspacing='6'><tr><th align='left'>{e(t['visit'])}</th><th>{e(t['billed'])}</th>"
            f"<th>{e(t['insurance_paid'])}</th><th>{e(t['patient_balance'])}</th></tr>{rows}</table>")
        language = v.guarantor.preferred_language if v.guarantor.preferred_language in ("en", "es") else "en"
        parts.append(f"<h3>{e(t['explained'].replace('%1', t['lang_' + language]))}</h3>")
        # The account service loads with the rest of the desk, after the first page is on screen.
        from collections_desktop.services.desk.accounts import visit_explanations

        for claim, sentences in visit_explanations(v, language):
            parts.append(f"<p><i>{e(claim)}</i> — {e(' '.join(sentences))}</p>")
        return "".join(parts)
