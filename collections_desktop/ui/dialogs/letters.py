"""Letters for the accounts listed: which letter (statement, itemised bill, final notice, validation notice when
the clinic's policy asks for one), what it does, how many accounts, then the folder is asked."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from collections_desktop.ui.retranslate import Retranslating
from collections_desktop.words import say


class LettersDialog(Retranslating, QDialog):
    """Accepted with the kind chosen in `kind()`."""

    def __init__(self, kinds: tuple[str, ...], listed: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("LettersDialog")
        self.listed = listed
        self.kinds = QComboBox()
        self.kinds.setObjectName("letter_kind")
        for code in kinds:
            self.kinds.addItem("", code)
        self.caption = QLabel()
        self.caption.setBuddy(self.kinds)
        self.about = QLabel(wordWrap=True)
        self.about.setObjectName("letter_about")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.caption, self.kinds)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.about)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.kinds.currentIndexChanged.connect(self._explain)
        self.resize(520, 260)
        self.retranslate_ui()

    def kind(self) -> str:
        return str(self.kinds.currentData())

    def _explain(self) -> None:
        what = {
            "statement": self.tr("Each visit with what insurance paid or adjusted and what is left, the total by "
                                 "age, how to pay and the financial-assistance notice."),
            "itemised_bill": self.tr("The statement with every service line as billed. For an account with an "
                                     "open dispute it is the verification the dispute waits for."),
            "final_notice": self.tr("The last letter before escalation: the balance, the day the patient has "
                                    "until, what the clinic may do after it, and the ways out (pay, a plan, "
                                    "financial assistance, a dispute). Accounts with a hold, a plan, insurance "
                                    "or a billing question open are left out."),
            "validation_notice": self.tr("What is owed since the last statement or charge, the last day to "
                                         "dispute it and a form to answer; in Spanish with the English after it."),
            "assistance_application": self.tr("Who qualifies for financial assistance (the clinic's scale in "
                                              "dollars by household size), what to send, how to apply, and the "
                                              "plain-language summary of the policy."),
        }.get(self.kind(), "")
        common = self.tr("A letter for each of the %1 accounts listed, one PDF each and files to print; each is "
                         "recorded as a letter sent. Accounts the rules hold back are left out and listed.")
        self.about.setText(f"{what}\n\n{common.replace('%1', str(self.listed))}")

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Prepare letters"))
        self.caption.setText(self.tr("&Letter:"))
        for index in range(self.kinds.count()):
            self.kinds.setItemText(index, say(f"letter_kind_{self.kinds.itemData(index)}").capitalize())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Choose the folder…"))
        self._explain()
