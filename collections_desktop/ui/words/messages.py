"""Words for the coded errors services raise, translated for the window."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from collections_desktop.services.errors import UserError


def error_text(error: UserError) -> str:
    """The user's language text for a coded error; unknown codes fall back to a generic sentence."""
    texts = {
        "wrong_secret": QCoreApplication.translate("Messages", "That passphrase does not open this vault."),
        "weak_passphrase": QCoreApplication.translate(
            "Messages", "The passphrase must be at least {minimum} characters long."),
        "passphrases_differ": QCoreApplication.translate("Messages", "The two passphrases do not match."),
        "key_file_damaged": QCoreApplication.translate(
            "Messages", "The vault's key file is damaged. Restore the vault from a backup."),
        "vault_missing": QCoreApplication.translate("Messages", "There is no vault in {path}."),
        "vault_exists": QCoreApplication.translate("Messages", "A vault already exists in {path}."),
        "vault_incomplete": QCoreApplication.translate(
            "Messages", "The vault is incomplete ({missing} is missing). Restore it from a backup."),
        "passphrase_required": QCoreApplication.translate("Messages", "Type the passphrase to unlock."),
        "not_a_vault": QCoreApplication.translate(
            "Messages", "The vault file is damaged or is not a Collections Desk vault."),
        "vault_not_empty": QCoreApplication.translate("Messages", "The vault already holds accounts."),
        "overpayment": QCoreApplication.translate(
            "Messages", "{amount} is more than the {due} due. Tick the box to keep the rest as a credit."),
        "card_number_refused": QCoreApplication.translate(
            "Messages", "That reference looks like a card number. Record only an authorization code."),
        "amount_not_positive": QCoreApplication.translate("Messages", "The amount must be more than zero."),
        "bad_amount": QCoreApplication.translate("Messages", "That is not an amount of money."),
        "claim_not_awaiting_decision": QCoreApplication.translate(
            "Messages", "Claim {claim} is not waiting on a decision."),
        "claim_denied_decide_first": QCoreApplication.translate(
            "Messages", "Claim {claim} was denied: decide the denial first (the patient, or the denials team)."),
        "patient_owes_out_of_range": QCoreApplication.translate(
            "Messages", "Claim {claim}: the patient can owe from 0.00 to {most}."),
        "demo_refuses_real_data": QCoreApplication.translate(
            "Messages", "This is the demo vault of invented patients: it takes no imported file and no typed note "
                        "or reference. Create your own vault for real data."),
        "vault_in_use": QCoreApplication.translate(
            "Messages", "The vault is open in another window or command (process {pid}). Close it, then try "
                        "again; nothing was changed."),
        "demo_has_no_secrets": QCoreApplication.translate(
            "Messages", "The demo vault has no passphrase or recovery key to change."),
        "vault_busy": QCoreApplication.translate(
            "Messages", "The vault is busy: another window or command is writing to it (an import?). Try again "
                        "when it ends."),
        "disk_full": QCoreApplication.translate(
            "Messages", "The disk holding {path} is full: nothing was changed. Free some space and try again."),
        "internal_error": QCoreApplication.translate(
            "Messages", "Something went wrong ({kind}). Nothing was half-saved; please try again."),
    }
    texts.update(_plan_texts())
    template = texts.get(error.code)
    if template is None and error.code.startswith("policy_") and "where" in error.params:
        template = QCoreApplication.translate("Messages", "The policy value {where} is not valid ({code}).")
    template = template or QCoreApplication.translate("Messages", "The action could not be completed ({code}).")
    from collections_desktop.ui.words.plan_text import plan_text

    params = {k: "; ".join(plan_text(c) for c in v) if isinstance(v, tuple) else v for k, v in error.params.items()}
    try:
        return template.format(code=error.code, **params)
    except (KeyError, IndexError):
        return template


def _plan_texts() -> dict[str, str]:
    return {
        "agency_refused": QCoreApplication.translate("Messages", "Not yet: {reasons}"),
        "follow_up_in_past": QCoreApplication.translate("Messages", "The follow-up date {follow_up} is in the past."),
        "promise_parts": QCoreApplication.translate(
            "Messages", "A promise has 1 to {most} dated amounts; for more, offer a payment plan."),
        "promise_date_range": QCoreApplication.translate(
            "Messages", "The promised date {due} must be from today to {days} days ahead."),
        "plan_exists": QCoreApplication.translate(
            "Messages", "This account already has a plan ({status}). Amend or cancel it first."),
        "plan_none_open": QCoreApplication.translate("Messages", "This account has no open plan."),
        "plan_nothing_owed": QCoreApplication.translate(
            "Messages", "This account has no patient balance to put on a plan."),
        "plan_first_due_past": QCoreApplication.translate("Messages", "The first due date {first_due} is in the past."),
        "plan_blocked": QCoreApplication.translate("Messages", "That option is outside the clinic's policy: {reasons}"),
        "plan_autopay_needs_authorization": QCoreApplication.translate(
            "Messages", "Autopay needs the stored authorization (token or last four digits) first."),
        "plan_transition_refused": QCoreApplication.translate("Messages", "That change is not allowed: {reasons}"),
        "plan_not_awaiting_signature": QCoreApplication.translate(
            "Messages", "Prepare the agreement before recording the signature."),
        "plan_signed_in_future": QCoreApplication.translate(
            "Messages", "The signing date {signed_on} is in the future."),
        "plan_default_refused": QCoreApplication.translate("Messages", "Default refused: {reasons}"),
        "agreement_missing_fields": QCoreApplication.translate(
            "Messages", "The agreement cannot be prepared. Fill in these first (Preferences): {fields}"),
        "agreement_no_email": QCoreApplication.translate("Messages", "The guarantor has no e-mail address on file."),
        "schedule_count_out_of_range": QCoreApplication.translate(
            "Messages", "The number of payments must be 1 to 520."),
        "schedule_installment_below_one_cent": QCoreApplication.translate(
            "Messages", "More payments than cents in the balance."),
        "schedule_nothing_to_finance": QCoreApplication.translate(
            "Messages", "The down payment covers the whole balance."),
        "schedule_down_payment_after_first": QCoreApplication.translate(
            "Messages", "The down payment falls after the first installment."),
        "policy_field_not_editable": QCoreApplication.translate(
            "Messages", "{where} cannot be changed here: edit the policy file and import it."),
        "policy_version_not_newer": QCoreApplication.translate(
            "Messages", "{path}: version {version} is not newer than the policy in force (version {newest})."),
    }
