"""Words for plan codes in the window: options, frequencies, states, installment statuses and plan reasons."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def plan_text(code: str) -> str:
    """The interface-language words for a plan code; the code itself when it has none."""
    words = {
        "short": QCoreApplication.translate("Plans", "Shortest"),
        "lowest_installment": QCoreApplication.translate("Plans", "Lowest installment"),
        "custom": QCoreApplication.translate("Plans", "Custom"),
        "weekly": QCoreApplication.translate("Plans", "Every week"),
        "biweekly": QCoreApplication.translate("Plans", "Every two weeks"),
        "semimonthly": QCoreApplication.translate("Plans", "Twice a month"),
        "monthly": QCoreApplication.translate("Plans", "Every month"),
        "draft": QCoreApplication.translate("Plans", "Draft"),
        "awaiting_signature": QCoreApplication.translate("Plans", "Awaiting signature"),
        "active": QCoreApplication.translate("Plans", "Active"),
        "late": QCoreApplication.translate("Plans", "Late"),
        "notice_sent": QCoreApplication.translate("Plans", "Notice sent"),
        "defaulted": QCoreApplication.translate("Plans", "Defaulted"),
        "completed": QCoreApplication.translate("Plans", "Completed"),
        "cancelled": QCoreApplication.translate("Plans", "Cancelled"),
        "superseded": QCoreApplication.translate("Plans", "Replaced by a new version"),
        "paid": QCoreApplication.translate("Plans", "Paid"),
        "paid_late": QCoreApplication.translate("Plans", "Paid late"),
        "upcoming": QCoreApplication.translate("Plans", "Upcoming"),
        "due": QCoreApplication.translate("Plans", "Due"),
        "partial": QCoreApplication.translate("Plans", "Partly paid"),
        "missed": QCoreApplication.translate("Plans", "Missed"),
        "pending": QCoreApplication.translate("Plans", "Pending"),
        "kept": QCoreApplication.translate("Plans", "Kept"),
        "partly_kept": QCoreApplication.translate("Plans", "Partly kept"),
        "broken": QCoreApplication.translate("Plans", "Broken"),
        "plan_fap_pending": QCoreApplication.translate(
            "Plans", "Financial assistance application pending: the plan is optional and does not stop it"),
        "plan_dispute_open": QCoreApplication.translate("Plans", "A dispute is open: the plan does not waive it"),
        "plan_ppdr_pending": QCoreApplication.translate("Plans", "A patient-provider dispute is pending"),
        "plan_over_4_installments": QCoreApplication.translate(
            "Plans", "More than 4 installments: Truth in Lending applies (counsel decision)"),
        "plan_balance_below_minimum": QCoreApplication.translate(
            "Plans", "The balance is below the plan minimum installment"),
        "plan_needs_supervisor": QCoreApplication.translate("Plans", "This balance needs a supervisor's approval"),
        "plan_term_above_policy": QCoreApplication.translate("Plans", "Longer than policy allows for this balance"),
        "plan_installment_below_minimum": QCoreApplication.translate("Plans", "Installment below the policy minimum"),
        "plan_down_payment_above_policy": QCoreApplication.translate("Plans", "Down payment above the policy maximum"),
        "plan_income_required": QCoreApplication.translate(
            "Plans", "Monthly income is needed where the state income cap applies"),
        "plan_above_income_cap": QCoreApplication.translate("Plans", "Installment above the state income cap"),
        "plan_term_above_state_limit": QCoreApplication.translate("Plans", "More payments than the state allows"),
        "default_needs_notice_state": QCoreApplication.translate("Plans", "The plan must be in notice-sent state"),
        "default_needs_notice": QCoreApplication.translate("Plans", "No written notice recorded"),
        "default_cure_too_short": QCoreApplication.translate("Plans", "The cure period is under 14 days"),
        "default_before_cure_date": QCoreApplication.translate("Plans", "The cure date has not passed"),
        "default_criteria_not_met": QCoreApplication.translate(
            "Plans", "The policy's missed-payment criteria are not met"),
        "default_ca_90_days": QCoreApplication.translate("Plans", "California: payments must be missed over 90 days"),
        "default_ca_needs_phone_attempt": QCoreApplication.translate(
            "Plans", "California: a phone attempt must be recorded"),
        "agency_nothing_owed": QCoreApplication.translate("Plans", "nothing is owed"),
        "agency_too_recent": QCoreApplication.translate(
            "Plans", "the oldest balance was billed less than 120 days ago"),
        "agency_insurance_open": QCoreApplication.translate(
            "Plans", "insurance is still pending or a claim is with the billing team"),
        "agency_dispute_open": QCoreApplication.translate("Plans", "a dispute is open"),
        "agency_fap_pending": QCoreApplication.translate("Plans", "a financial assistance application is pending"),
        "agency_ppdr_pending": QCoreApplication.translate("Plans", "a patient-provider dispute is pending"),
        "agency_bankruptcy": QCoreApplication.translate("Plans", "the patient is in bankruptcy"),
        "agency_attorney": QCoreApplication.translate("Plans", "the patient has an attorney"),
        "agency_deceased": QCoreApplication.translate("Plans", "the patient is deceased (estate only)"),
        "agency_plan_running": QCoreApplication.translate("Plans", "a payment plan is open or running"),
        "agency_needs_written_notice": QCoreApplication.translate(
            "Plans", "no written notice sent at least 30 days ago"),
    }
    return words.get(code, code)
