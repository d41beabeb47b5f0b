"""An account's pinned notes and timeline as HTML for the account pane, in the interface language."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication

from collections_desktop.domain.money import format_display
from collections_desktop.services.desk.timeline import Timeline, TimelineRow
from collections_desktop.words import say
from collections_desktop.words.events import event_marks, event_words
from collections_desktop.words.formats import moment


def pinned_html(timeline: Timeline | None) -> str:
    """The pinned notes, highlighted at the top of the account ("prefers calls after 5 pm", "Spanish only")."""
    if timeline is None or not timeline.pinned:
        return ""
    items = "".join(f"<li>{html.escape(note.text)}</li>" for note in timeline.pinned)
    title = html.escape(QCoreApplication.translate("History", "Pinned notes"))
    # Dark text on the pale yellow, so the notes read the same in a dark palette.
    return (f"<table width='100%' bgcolor='#fff4c2' cellpadding='4'><tr><td><font color='#3a2f00'><b>{title}</b>"
            f"<ul>{items}</ul></font></td></tr></table>")


def _event(event: TimelineRow) -> str:
    words = event_words(event.code, event.params, format_display)
    marks = event_marks(event.params)
    local = moment(event.at)
    utc = event.at.isoformat(timespec="minutes") + " / " + event.recorded_at.isoformat(timespec="minutes")
    text = f" — <i>{html.escape(event.text)}</i>" if event.text else ""
    marked = f" <b>[{html.escape(', '.join(marks))}]</b>" if marks else ""
    return (f"<tr><td valign='top'><span title='{html.escape(utc)}'>{local}</span></td>"
            f"<td>{html.escape(words)}{text}{marked}</td></tr>")


def _kind_names() -> dict[str, str]:
    # Spelled out: Qt's lupdate finds only literal QCoreApplication.translate calls.
    return {"": QCoreApplication.translate("History", "All"),
            "contact": QCoreApplication.translate("History", "Contacts"),
            "payment": QCoreApplication.translate("History", "Payments"),
            "promise": QCoreApplication.translate("History", "Promises"),
            "plan": QCoreApplication.translate("History", "Plans"),
            "hold": QCoreApplication.translate("History", "Holds"),
            "handoff": QCoreApplication.translate("History", "Hand-offs"),
            "note": QCoreApplication.translate("History", "Notes"),
            "document": QCoreApplication.translate("History", "Documents"),
            "import": QCoreApplication.translate("History", "Imports")}


def _filter_and_pages(timeline: Timeline, kind: str, page: int) -> str:
    """Links choosing a kind of event (the chosen one in bold), and the newer and older pages."""
    links = []
    for code, name in _kind_names().items():
        shown = html.escape(name)
        links.append(f"<b>{shown}</b>" if code == kind else f"<a href='history:{code or 'all'}/0'>{shown}</a>")
    pages = []
    if timeline.offset > 0:
        newer = QCoreApplication.translate("History", "← Newer")
        pages.append(f"<a href='history:{kind or 'all'}/{max(timeline.offset - page, 0)}'>{html.escape(newer)}</a>")
    if timeline.offset + len(timeline.events) < timeline.total:
        older = QCoreApplication.translate("History", "Older →")
        pages.append(f"<a href='history:{kind or 'all'}/{timeline.offset + page}'>{html.escape(older)}</a>")
    return f"<p>{' · '.join(links)}</p>" + (f"<p>{' &nbsp; '.join(pages)}</p>" if pages else "")


def history_html(timeline: Timeline | None, kind: str = "", page: int = 30) -> str:
    """A page of events, newest first, of one kind or all (with links to choose the kind and to page); the
    local time of each, with the UTC moment it happened and the moment it was recorded on hover."""
    if timeline is None:
        return ""
    first = timeline.offset + 1 if timeline.events else 0
    title = QCoreApplication.translate("History", "History (%1–%2 of %3 events)") \
        .replace("%1", str(first)).replace("%2", str(timeline.offset + len(timeline.events))) \
        .replace("%3", str(timeline.total))
    if not timeline.events and not kind:
        return f"<h3>{html.escape(say('history_none'))}</h3>"
    rows = "".join(_event(event) for event in timeline.events)
    return (f"<h3>{html.escape(title)}</h3>{_filter_and_pages(timeline, kind, page)}"
            f"<table cellspacing='4'>{rows}</table>")
