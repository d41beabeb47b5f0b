"""Words for financial-assistance screening: what it found, what it suggests, what to ask for, and its errors."""

from __future__ import annotations

# code: the English template; its Spanish is in locale/es/LC_MESSAGES/collections_desktop.po.
WORDS: dict[str, str] = {
    "screening_line": "Household of {household}, income {income} a year: {percent} of the {year} poverty "
                      "guideline ({guideline})",
    "screening_tier": "Likely tier: {discount} off; the patient would owe about {owed} of {balance}",
    "screening_no_tier": "Above the clinic's sliding scale: no discount is likely",
    "screening_state_floor": "{state} law reaches households up to {percent} of the guideline at the providers "
                             "it covers: check whether it applies here",
    "screening_offer": "Offer the application: the clinic decides on the application, not on this screening.",
    "screening_may_apply": "The patient may still apply: the clinic decides on the application, not on this "
                           "screening.",
    "screening_documents": "An application asks for: {documents}",
    "screening_household": "a household is 1 to {most} people",
    "screening_period": "say what the income is counted over: one of {choices}",
    "screening_income": "not an amount in dollars and cents: {value}",
    "document_proof_of_income": "proof of income (pay stubs, a benefits letter or a tax return)",
    "document_photo_id": "a photo ID",
    "document_household_members": "the names of the people in the household",
    "document_proof_of_residence": "proof of address",
    "document_benefits_letter": "a letter showing public benefits (SNAP, Medicaid, SSI…)",
    "document_tax_return": "the latest tax return",
    "event_assistance_screened": "financial-assistance screening: {percent} of the poverty guideline, "
                                 "household of {household}, likely {discount} off",
    "fap_decision_unknown": "unknown decision {decision}; one of: {choices}",
    "fap_incomplete_needs_cure_date": "an incomplete application needs the day to complete it by (--cure-date)",
    "fap_partial_needs_discount": "a partial approval needs the discount decided (--discount, e.g. 50%)",
    "fap_pending": "Account {account}: the application is under review; collection is paused.",
    "fap_approved": "Account {account}: assistance approved, {amount} taken off; the patient now owes {balance}.",
    "fap_denied": "Account {account}: assistance denied; collection may resume.",
    "period_annual": "a year",
    "period_monthly": "a month",
    "period_semimonthly": "twice a month",
    "period_biweekly": "every two weeks",
    "period_weekly": "a week",
}

PLURALS: dict[str, tuple[str, str, str]] = {}
