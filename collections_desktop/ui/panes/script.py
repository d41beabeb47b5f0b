"""The call-script panel: the compliance banner, the situation, and the script in the patient's language."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from collections_desktop.services.outreach.scripts import SITUATIONS
from collections_desktop.ui.badges import filled_style
from collections_desktop.ui.retranslate import Retranslating
from collections_desktop.ui.words.compliance_text import why_not_now


class ScriptPanel(Retranslating, QWidget):
    """Shows what it is given; `script_wanted(situation, language)` asks the controller for a filled script."""

    script_wanted = Signal(str, str)
    screening_wanted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.banner = QLabel(wordWrap=True)
        self.banner.setObjectName("compliance_banner")
        # The account's pinned notes ("Spanish only", "prefers calls after 5 pm") stay in view while calling.
        self.pinned = QLabel(wordWrap=True)
        self.pinned.setObjectName("pinned_notes")
        self.pinned.setTextFormat(Qt.TextFormat.PlainText)  # a note is the specialist's text, never markup
        self.pinned.setStyleSheet(filled_style("wait", 4))
        self.pinned.hide()
        self.situation = QComboBox()
        self.situation.setObjectName("script_situation")
        # Long situation names must not widen the panel: the account in the middle needs the room more.
        self.situation.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.situation.setMinimumContentsLength(14)
        for _s in SITUATIONS:
            self.situation.addItem("")
        # Short toggles leave the situation's name its room; the tooltip and accessible name say the language.
        self.english, self.spanish = QToolButton(), QToolButton()
        self.english.setText("EN")
        self.spanish.setText("ES")
        self.english.setToolTip("English")
        self.spanish.setToolTip("Español")
        group = QButtonGroup(self)
        group.setExclusive(True)
        for button in (self.english, self.spanish):
            button.setCheckable(True)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            group.addButton(button)
        self.text = QTextBrowser()
        # With the hardship script: screen the household for assistance while the patient is on the line.
        self.screening = QPushButton()
        self.screening.setObjectName("script_screening")
        self.screening.clicked.connect(self.screening_wanted)
        self.screening.hide()
        self.text.setObjectName("script_text")
        row = QHBoxLayout()
        row.addWidget(self.situation, 1)
        row.addWidget(self.english)
        row.addWidget(self.spanish)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.banner)
        layout.addWidget(self.pinned)
        layout.addLayout(row)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.screening)
        self.decision = None
        self.situation.currentIndexChanged.connect(lambda _i: self._ask())
        self.situation.currentTextChanged.connect(self.situation.setToolTip)
        self.english.toggled.connect(self._language_chosen)
        self.spanish.toggled.connect(self._language_chosen)
        self.retranslate_ui()

    def _language_chosen(self, on: bool) -> None:
        if on:
            self._ask()

    @property
    def language(self) -> str:
        return "es" if self.spanish.isChecked() else "en"

    def set_patient_language(self, language: str) -> None:
        """The script follows the patient's language until the specialist flips the toggle."""
        (self.spanish if language == "es" else self.english).setChecked(True)

    def show_script(self, title: str, text: str) -> None:
        self.text.setPlainText(f"{title}\n\n{text}")

    def show_decision(self, decision) -> None:  # noqa: ANN001 - a domain Decision
        self.decision = decision
        self._banner()

    def show_pinned(self, notes: list[str]) -> None:
        """The account's pinned notes above the script (hidden when it has none)."""
        self.pinned.setText("\n".join(f"★ {note}" for note in notes))  # a mark every UI font has
        self.pinned.setVisible(bool(notes))

    def clear(self) -> None:
        self.decision = None
        self.show_pinned([])
        self.text.clear()
        self._banner()

    def retranslate_ui(self) -> None:
        names = (self.tr("Opening and identity check"), self.tr("Explaining the balance"), self.tr("Payment in full"),
                 self.tr("Offering a payment plan"), self.tr("Hardship and financial assistance"),
                 self.tr("Dispute"), self.tr("Insurance problem"), self.tr("Wrong person"),
                 self.tr("Stop-contact request"), self.tr("Voicemail (limited content)"), self.tr("E-mail"),
                 self.tr("Text message"), self.tr("Portal message"))
        for index, name in enumerate(names):
            self.situation.setItemText(index, name)
        self.situation.setAccessibleName(self.tr("Script situation"))
        self.situation.setToolTip(self.situation.currentText())
        self.english.setAccessibleName(self.tr("Script in English"))
        self.spanish.setAccessibleName(self.tr("Script in Spanish"))
        self.text.setAccessibleName(self.tr("Script"))
        self.screening.setText(self.tr("Screen for financial assistance…"))
        self._banner()


    def _ask(self) -> None:
        situation = SITUATIONS[max(self.situation.currentIndex(), 0)]
        self.screening.setVisible(situation == "hardship")
        self.script_wanted.emit(situation, self.language)

    def _banner(self) -> None:
        d = self.decision
        if d is None:
            self.banner.setText("")
            self.banner.setStyleSheet("")
            return
        calls = self.tr("%1 of 7 calls this week").replace("%1", str(d.counters.calls_7_days))
        if d.allowed:
            self.banner.setText(self.tr("Callable now") + " — " + calls)
            self.banner.setStyleSheet(filled_style("ok"))
            return
        text = self.tr("Not callable now: %1").replace("%1", why_not_now(d))
        self.banner.setText(text + " — " + calls)
        self.banner.setStyleSheet(filled_style("hold"))
