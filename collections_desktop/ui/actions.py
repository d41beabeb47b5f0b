"""Every window action in one registry keyed by an enum, with standard shortcuts where Qt has one."""

from __future__ import annotations

from enum import Enum, auto

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence


class MainAction(Enum):
    FIND = auto()
    NEXT_ACCOUNT = auto()
    PREVIOUS_ACCOUNT = auto()
    TAKE_NEXT = auto()
    LOG_CONTACT = auto()
    WRITE_NOTE = auto()
    WRITE_MESSAGE = auto()
    HOLDS = auto()
    RECORD_PAYMENT = auto()
    PAYMENT_PLAN = auto()
    SCREEN_ASSISTANCE = auto()
    ESCALATION = auto()
    PREFERENCES = auto()
    IMPORT = auto()
    EXPORT = auto()
    STATEMENTS = auto()
    AGENCY = auto()
    REPORTS = auto()
    TEAM = auto()
    LOCK = auto()
    QUIT = auto()
    LANGUAGE_EN = auto()
    LANGUAGE_ES = auto()
    ABOUT = auto()


def shortcuts() -> dict[MainAction, QKeySequence]:
    """Built on demand: a QKeySequence must not exist before the QApplication does."""
    return {
        MainAction.FIND: QKeySequence(QKeySequence.StandardKey.Find),
        MainAction.NEXT_ACCOUNT: QKeySequence("Ctrl+Down"),
        MainAction.PREVIOUS_ACCOUNT: QKeySequence("Ctrl+Up"),
        MainAction.TAKE_NEXT: QKeySequence("Ctrl+Shift+Down"),
        MainAction.LOG_CONTACT: QKeySequence("Ctrl+K"),
        MainAction.WRITE_NOTE: QKeySequence("Ctrl+Shift+N"),
        MainAction.HOLDS: QKeySequence("Ctrl+Shift+H"),
        MainAction.RECORD_PAYMENT: QKeySequence("Ctrl+Shift+P"),  # Ctrl+P stays Print
        MainAction.PAYMENT_PLAN: QKeySequence("Ctrl+Shift+A"),  # "arrangement"
        MainAction.PREFERENCES: QKeySequence("Ctrl+,"),
        MainAction.IMPORT: QKeySequence("Ctrl+I"),
        MainAction.EXPORT: QKeySequence("Ctrl+E"),
        MainAction.LOCK: QKeySequence("Ctrl+L"),
        MainAction.REPORTS: QKeySequence("Ctrl+R"),
        MainAction.QUIT: QKeySequence(QKeySequence.StandardKey.Quit),
    }


def action_text(action: MainAction) -> str:
    """The menu text of an action in the current language."""
    texts = {
        MainAction.FIND: QCoreApplication.translate("Actions", "&Find account"),
        MainAction.NEXT_ACCOUNT: QCoreApplication.translate("Actions", "&Next account"),
        MainAction.PREVIOUS_ACCOUNT: QCoreApplication.translate("Actions", "&Previous account"),
        MainAction.TAKE_NEXT: QCoreApplication.translate("Actions", "&Take the next account from Today"),
        MainAction.LOG_CONTACT: QCoreApplication.translate("Actions", "Log &contact…"),
        MainAction.WRITE_NOTE: QCoreApplication.translate("Actions", "Write a &note…"),
        MainAction.WRITE_MESSAGE: QCoreApplication.translate("Actions", "Write an e-&mail or portal message…"),
        MainAction.HOLDS: QCoreApplication.translate("Actions", "&Holds…"),
        MainAction.RECORD_PAYMENT: QCoreApplication.translate("Actions", "Record &payment…"),
        MainAction.PAYMENT_PLAN: QCoreApplication.translate("Actions", "Payment p&lan…"),
        MainAction.PREFERENCES: QCoreApplication.translate("Actions", "P&references…"),
        MainAction.IMPORT: QCoreApplication.translate("Actions", "&Import from the practice system…"),
        MainAction.EXPORT: QCoreApplication.translate("Actions", "&Export…"),
        MainAction.STATEMENTS: QCoreApplication.translate("Actions", "Prepare &letters for this list…"),
        MainAction.AGENCY: QCoreApplication.translate("Actions", "Approve for a collection &agency…"),
        MainAction.SCREEN_ASSISTANCE: QCoreApplication.translate("Actions", "Screen for financial a&ssistance…"),
        MainAction.ESCALATION: QCoreApplication.translate("Actions", "Escalation &ladder…"),
        MainAction.LOCK: QCoreApplication.translate("Actions", "&Lock"),
        MainAction.REPORTS: QCoreApplication.translate("Actions", "&Reports…"),
        MainAction.TEAM: QCoreApplication.translate("Actions", "&Team…"),
        MainAction.QUIT: QCoreApplication.translate("Actions", "&Quit"),
        MainAction.LANGUAGE_EN: "English",
        MainAction.LANGUAGE_ES: "Español",
        MainAction.ABOUT: QCoreApplication.translate("Actions", "&About Collections Desk"),
    }
    return texts[action]


def action_tip(action: MainAction) -> str:
    tips = {
        MainAction.FIND: QCoreApplication.translate("Actions", "Search by name, account, claim, phone or birth date"),
        MainAction.NEXT_ACCOUNT: QCoreApplication.translate("Actions", "Open the next account in the list"),
        MainAction.PREVIOUS_ACCOUNT: QCoreApplication.translate("Actions", "Open the previous account in the list"),
        MainAction.TAKE_NEXT: QCoreApplication.translate(
            "Actions", "Open the first account of Today that no one else on the team has open, and hold it for you"),
        MainAction.LOG_CONTACT: QCoreApplication.translate("Actions", "Record a call, text, e-mail or letter"),
        MainAction.WRITE_NOTE: QCoreApplication.translate("Actions", "Write a note on this account, pinned or not"),
        MainAction.WRITE_MESSAGE: QCoreApplication.translate(
            "Actions", "A message from a template, as an e-mail draft or for the patient portal, recorded as sent"),
        MainAction.HOLDS: QCoreApplication.translate(
            "Actions", "Set a hold on this account, record what is known about it, or end it with the decision"),
        MainAction.RECORD_PAYMENT: QCoreApplication.translate("Actions", "Record a payment and print its receipt"),
        MainAction.PAYMENT_PLAN: QCoreApplication.translate(
            "Actions", "Offer a payment plan, prepare the agreement and record the signature"),
        MainAction.PREFERENCES: QCoreApplication.translate("Actions", "The clinic's payment-plan policy and details"),
        MainAction.IMPORT: QCoreApplication.translate(
            "Actions", "Read balances, remittances (835) or FHIR files the practice system exported"),
        MainAction.EXPORT: QCoreApplication.translate(
            "Actions", "Write payments, notes, plans or hand-offs for the practice system or a partner"),
        MainAction.STATEMENTS: QCoreApplication.translate(
            "Actions", "A statement or notice for each account listed, one PDF each and files to print"),
        MainAction.ESCALATION: QCoreApplication.translate(
            "Actions", "Where the account stands on the clinic's escalation steps, what stops the next one, "
            "and taking it"),
        MainAction.SCREEN_ASSISTANCE: QCoreApplication.translate(
            "Actions", "Household and income against the clinic's sliding scale: the likely discount, kept on "
            "the account"),
        MainAction.AGENCY: QCoreApplication.translate(
            "Actions", "Place the account with a collection agency, if the clinic's policy allows it today"),
        MainAction.LOCK: QCoreApplication.translate("Actions", "Hide all patient information until unlocked"),
        MainAction.REPORTS: QCoreApplication.translate(
            "Actions", "Activity, outcomes and billing issues for a period, against the one before"),
        MainAction.TEAM: QCoreApplication.translate(
            "Actions", "A supervisor: what each person of the team recorded, and assigning accounts to them"),
        MainAction.QUIT: QCoreApplication.translate("Actions", "Close Collections Desk"),
        MainAction.LANGUAGE_EN: QCoreApplication.translate("Actions", "Show the interface in English"),
        MainAction.LANGUAGE_ES: QCoreApplication.translate("Actions", "Show the interface in Spanish"),
        MainAction.ABOUT: QCoreApplication.translate("Actions", "Version and licences"),
    }
    return tips[action]


class ActionRegistry(QObject):
    """Creates each action once; `retranslate` refreshes texts after a language switch."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.actions: dict[MainAction, QAction] = {}
        keys = shortcuts()
        for key in MainAction:
            action = QAction(parent)
            action.setObjectName(f"action_{key.name.lower()}")
            if key in keys:
                action.setShortcut(keys[key])
            self.actions[key] = action
        for key in (MainAction.LANGUAGE_EN, MainAction.LANGUAGE_ES):
            self.actions[key].setCheckable(True)
        self.retranslate()

    def __getitem__(self, key: MainAction) -> QAction:
        return self.actions[key]

    def retranslate(self) -> None:
        for key, action in self.actions.items():
            action.setText(action_text(key))
            action.setToolTip(action_tip(key))
            action.setStatusTip(action_tip(key))
