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
        "internal_error": QCoreApplication.translate(
            "Messages", "Something went wrong ({kind}). Nothing was half-saved; please try again."),
    }
    template = texts.get(error.code) or QCoreApplication.translate(
        "Messages", "The action could not be completed ({code}).")
    try:
        return template.format(code=error.code, **error.params)
    except (KeyError, IndexError):
        return template
