"""Words for the compliance engine's reason codes in the window, in the interface language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def reason_text(code: str) -> str:
    t = {
        "outside_hours": QCoreApplication.translate("Compliance", "outside 8 am–9 pm where the patient is"),
        "inconvenient_time": QCoreApplication.translate("Compliance", "a time the patient said is inconvenient"),
        "seven_in_seven": QCoreApplication.translate("Compliance", "7 calls in the last 7 days"),
        "conversation_wait": QCoreApplication.translate("Compliance", "7-day wait after a conversation"),
        "daily_cap": QCoreApplication.translate("Compliance", "the clinic's daily call limit"),
        "bankruptcy": QCoreApplication.translate("Compliance", "bankruptcy"),
        "agency_approved": QCoreApplication.translate("Compliance", "approved for a collection agency"),
        "deceased_estate_only": QCoreApplication.translate("Compliance", "deceased: the estate only"),
        "cease_requested": QCoreApplication.translate("Compliance", "asked in writing to stop contact"),
        "attorney_represented": QCoreApplication.translate("Compliance", "represented by an attorney"),
        "dispute_pending_verification": QCoreApplication.translate("Compliance", "dispute open until verification is sent"),
        "financial_assistance_pending": QCoreApplication.translate("Compliance", "financial assistance pending"),
        "denial_review": QCoreApplication.translate(
            "Compliance", "a payer denied a claim: ask the denials team before the patient"),
        "channel_blocked": QCoreApplication.translate("Compliance", "asked not to be contacted this way"),
        "opted_out": QCoreApplication.translate("Compliance", "opted out"),
        "no_text_consent": QCoreApplication.translate("Compliance", "no consent to text"),
        "no_autodial_consent": QCoreApplication.translate("Compliance", "no consent for automated calls"),
        "no_work_calls": QCoreApplication.translate("Compliance", "no calls at work"),
        "confidential_request": QCoreApplication.translate("Compliance", "confidential-communication request"),
        "no_common_window": QCoreApplication.translate("Compliance", "no common calling hour; send a letter"),
        "no_contact_point": QCoreApplication.translate("Compliance", "no phone on file"),
    }
    return t.get(code, code)
