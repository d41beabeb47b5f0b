"""Words for the account on the desk: its holds, where each visit's balance sits, and the review before a call."""

from __future__ import annotations

# code: the English template; its Spanish is in locale/es/LC_MESSAGES/collections_desktop.po.
WORDS: dict[str, str] = {
    "hold_dispute": "dispute",
    "hold_cease_contact": "asked to stop contact",
    "hold_attorney": "attorney",
    "hold_bankruptcy": "bankruptcy",
    "hold_deceased": "deceased",
    "hold_financial_assistance_pending": "financial assistance pending",
    "hold_insurance_pending": "insurance pending",
    "hold_denial_review": "claim denied by the payer, awaiting your decision",
    "visit_insurance_pending": "waiting on insurance",
    "visit_patient_due": "patient owes",
    "visit_paid": "paid",
    "visit_credit": "credit",
    "visit_denied": "denied by the payer",
    "review_insurance_pending": "Insurance still pending on {detail}",
    "review_insurance_pending:ok": "No claim waits on insurance",
    "review_handed_to_billing": "With the billing team: {detail}",
    "review_handed_to_billing:ok": "No claim is with the billing team",
    "review_duplicate_charges": "Possible duplicate charges: {detail}",
    "review_duplicate_charges:ok": "No duplicate charges",
    "review_credit_elsewhere": "Credit on another account: {detail}",
    "review_credit_elsewhere:ok": "No credit on other accounts",
    "review_denied_by_payer": "Denied by the payer: ask the denials team before the patient. {detail}",
    "review_denied_by_payer:ok": "No claim denied by the payer",
    "review_remittance_unbalanced": "Remittance does not balance (payer's patient share / the claim's own figures): {detail}. The patient is asked for the smaller until you decide",
    "review_remittance_unbalanced:ok": "Every remittance balances",
    "review_matches_last_import:ok": "Balance as of the last import",
}

# code: (the count parameter, singular, plural).
PLURALS: dict[str, tuple[str, str, str]] = {
    "review_matches_last_import": ("count", "{count} change since the last import", "{count} changes since the last import"),
}
