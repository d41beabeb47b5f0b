"""Words for the clinic policy file: what is wrong in it and where."""

from __future__ import annotations

# code: the English template; its Spanish is in locale/es/LC_MESSAGES/collections_desktop.po.
WORDS: dict[str, str] = {
    "policy_value_invalid": "the policy value {where} is not valid ({code})",
    "policy_unreadable": "{path}: cannot read the policy file ({reason})",
    "policy_not_toml": "{path}: not a valid TOML file ({detail})",
    "policy_version_not_newer": "{path}: version {version} is not newer than the policy in force (version {newest})",
    "policy_section_missing": "{path}: section [{where}] is missing",
    "policy_no_tiers": "{path}: {where}: needs at least one tier",
    "policy_tier_not_table": "{path}: {where}: each tier is a table with up_to and months",
    "policy_tier_up_to": "{path}: {where}: only the last tier leaves out up_to",
    "policy_last_tier_up_to": "{path}: {where}: the last tier has no up_to",
    "policy_tiers_must_rise": "{path}: {where}: each tier's up_to must be above the previous one",
    "policy_no_frequencies": "{path}: {where}: name at least one of weekly, biweekly, semimonthly, monthly",
    "policy_unknown_frequency": "{path}: {where}: unknown frequency in {value}",
    "policy_interest_not_supported": "{path}: {where}: plans are interest-free; use 0",
    "policy_cure_too_short": "{path}: {where}: a default notice must give at least 14 days to cure",
    "policy_field_not_editable": "{where} cannot be changed here: edit the policy file and import it",
    "policy_not_whole_number": "{path}: {where}: must be a whole number",
    "policy_out_of_range": "{path}: {where}: must be between {low} and {high}",
    "policy_amount_as_text": "{path}: {where}: write amounts as text, e.g. \"25.00\"",
    "policy_bad_amount": "{path}: {where}: not an amount in dollars and cents: {value}",
    "policy_negative": "{path}: {where}: cannot be negative",
    "policy_unknown_overpayment": "{path}: {where}: '{value}' is not one of {choices}",
    "policy_not_a_number": "{path}: {where}: not a number",
    "policy_section_not_table": "{path}: {where}: must be a table of values",
    "policy_not_true_false": "{path}: {where}: must be true or false",
    "policy_unknown_document": "{path}: {where}: a list of documents, each one of: {choices}",
    "policy_reason_code": "{path}: {where}: a reason's code is 2 to 32 lower-case letters, digits or _, starting "
                          "with a letter",
    "policy_reason_shipped": "{path}: {where}: this reason is already in the list; add only the clinic's own",
    "policy_reason_words": "{path}: {where}: give the reason's words in English and Spanish, as en = \"…\" "
                           "and es = \"…\"",
    "policy_imported": "Policy version {version} is now in force",
    "policy_exported": "Wrote the policy in force to {path}; edit it and bring it back with `policy import`.",
    "policy_clinic_missing": "agreements stay blocked until these are filled in: {fields}",
}

PLURALS: dict[str, tuple[str, str, str]] = {}
