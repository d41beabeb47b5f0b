"""Words for the ladder's credit-report step and the limitations period: the step, its gates, the warning before a
payment on a time-barred debt, and the policy's errors."""

from __future__ import annotations

# code: the English template; its Spanish is in locale/es/LC_MESSAGES/collections_desktop.po.
WORDS: dict[str, str] = {
    "step_credit_report": "report to the credit bureaus",
    "event_escalation_credit_report": "escalation: reported to the credit bureaus",
    "escalation_time_barred": "the debt is past the limitations period in the patient's state (time-barred)",
    "escalation_credit_state_ban": "the patient's state forbids reporting medical debt to credit bureaus",
    "escalation_credit_under_500": "the credit bureaus do not take medical debt under $500",
    "escalation_credit_year_wait": "the credit bureaus wait a year after the first statement fell due",
    "escalation_credit_no_contact": "no conversation yet, and no letter or message sent",
    "escalation_credit_undelivered": "the latest letter or message came back undelivered: confirm the address or "
                                     "speak with the patient",
    "escalation_credit_contact_wait": "14 days must pass after a letter or message that did not come back",
    "time_barred_legal_threat": "\"{word}\": the debt is time-barred; no suit may be threatened or implied",
    "time_barred_legal_threat:short": "a suit on a time-barred debt",
    "time_barred_payment": "Account {account}: the debt became time-barred on {day}. In some states a payment "
                           "starts the limitations period again: tell the patient before taking it.",
    "policy_credit_reporting_off": "{path}: {where}: credit_report is a step only with credit_reporting = true",
    "policy_agency_name": "{path}: {where}: the agency's name, 80 characters at most",
    "policy_agency_format": "{path}: {where}: unknown file format {value}; one of: {choices}",
    "policy_states": "{path}: {where}: two-letter state codes, such as \"CA\"",
}

PLURALS: dict[str, tuple[str, str, str]] = {}
