"""Words for what imports and exports find and do: file problems located by file and line, and summaries."""

from __future__ import annotations

# code: the English template; its Spanish is in locale/es/LC_MESSAGES/collections_desktop.po.
WORDS: dict[str, str] = {
    "unknown_format": "{path}: the file's format cannot be told (on the command line, give it with --format)",
    "unknown_import_format": "unknown format {format}; choose one of: {choices}",
    "unknown_profile": "no CSV profile {profile}; shipped profiles: {choices}",
    "claims_denied": "denied by the payer, held from collection until you decide (decide NUMBER --claim C): {claims}",
    "claims_predetermined": "predeterminations (estimates, nothing owed, not posted): {claims}",
    "claim_decided": "claim {claim} of account {account} decided; the patient owes {after} on the account",
    "remittance_figures": "the remittance does not balance: the payer's patient share {patient}, the "
                          "claim's own figures {other}; the patient is asked for the smaller until "
                          "you decide (decide NUMBER --claim C --patient-owes X)",
    "no_rows": "No accounts match.",
    "import_summary": "{verb}: {accounts_created} new accounts, {accounts_updated} updated, {claims} "
                      "claims, {payments} payments, {unchanged} unchanged.",
    "verb_applied": "Imported",
    "unknown_export": "unknown export {kind}; choose one of: {choices}",
    "unknown_csv_layout": "{path}: no shipped profile matches its header row; name a profile (--profile NAME or a "
                          "profile file on the command line)",
    "profile_unreadable": "cannot use profile {path}: {reason}",
    "csv_unreadable": "the CSV cannot be read ({reason})",
    "implausible_date": "{field} is not a plausible date (before 1900 or after today)",
    "not_text": "byte {byte} is not UTF-8 or Windows-1252 text; export the file again as UTF-8",
    "not_text_file": "{path}, line {line}: byte {byte} is not UTF-8 or Windows-1252 text; export the "
                     "file again as UTF-8",
    "unknown_claim": "claim {claim} is not in the vault",
    "fhir_bad_json": "not valid JSON: {reason}",
    "fhir_not_a_resource": "not a FHIR resource",
    "fhir_unknown_patient": "explanation of benefit for a patient ({reference}) neither in these "
                            "files nor imported before: import the Patient with it",
    "fhir_no_patient_share": "claim {claim}: no patient share given; none is assumed",
    "verb_dry_run": "Dry run, nothing saved",
    "verb_rejected": "Rejected",
    "already_imported": "Already imported, nothing changed: {files}",
    "balance_change": "  {account}: patient due {before} -> {after}{note}",
    "more_changes": "  ... and {count} more accounts whose balance changed (largest changes shown)",
    "note_new": " (new account)",
    "note_paid_off": " (paid off)",
    "now_patient_due": "Claims moved from insurance pending to patient due: {claims}",
    "bad_amount": "{field} is not an amount",
    "bad_date": "{field} is not a date",
    "missing_value": "{field} is empty",
    "not_x12": "not an X12 file",
    "id_too_long": "{field} is {length} characters long; the vault keeps ids of up to {most} whole "
                   "and never cuts one",
    "balance_disagrees": "claim {claim}: the Balance, {balance}, is not what the amounts leave "
                         "({figures}); the Balance is kept and the difference posted as an adjustment",
    "short_row": "the row has {found} of the header's {expected} fields (cut off?); nothing of it was read",
    "last_line_cut": "the file ends inside this row, with no line ending (cut off?); nothing of it "
                     "was read. If the file is complete, export it again",
    "isa_truncated": "the ISA envelope is cut short",
    "isa_malformed": "the ISA envelope is malformed",
    "x12_no_envelope": "no ISA envelope; assuming * : ~ delimiters",
    "x12_no_transaction": "the file holds no transaction (no ST segment after its envelope): cut off?",
    "x12_truncated": "the file ends inside a transaction (no {missing} segment)",
    "x12_outside_transaction": "segment {segment} outside any ST..SE transaction",
    "x12_missing_element": "{element} is empty",
    "x12_line_unbalanced": "claim {claim} line {line}: charge minus payment differs from its adjustments",
    "x12_claim_unbalanced": "claim {claim}: charge minus payment differs from its adjustments",
    "x12_patient_amount_mismatch": "claim {claim}: CLP05 differs from the sum of PR adjustments",
    "x12_segment_count": "SE says {declared} segments, found {found}",
    "x12_payment_unbalanced": "payment {trace}: BPR02 differs from claim payments less provider adjustments",
    "isa_delimiters": "the ISA envelope's delimiters cannot be read: they must differ from each other"
                      " and not be letters or digits",
    "x12_is_837": "this is an 837 claim, not an 835 remittance",
    "x12_is_277": "this is a 277/276 claim status, not an 835 remittance",
    "x12_is_999": "this is a 999/997 acknowledgment, not an 835 remittance",
    "x12_is_270": "this is a 270/271 eligibility file, not an 835 remittance",
    "x12_wrong_file": "{path} is an X12 {transaction} file (837 claims, 277 statuses and 999 "
                      "acknowledgments are not imported), not an 835 remittance",
    "x12_not_835": "this is an X12 {transaction} transaction, not an 835 remittance",
    "x12_payment_date": "{field}, the payment's date, is not a date: its postings are dated the day of the import",
    "claim_other_patient": "claim {claim} is already in the vault for another patient ({known}, "
                           "account {account}); this remittance is for {named}: not merged, ask the "
                           "billing team",
    "claim_other_visit": "claim {claim} is already in the vault for a visit on {known} (account "
                         "{account}); this remittance is for {named}: not merged",
    "file_changed": "{path} changed since it was read for the preview: nothing was imported; check it again",
    "fhir_unknown_category": "claim {claim}: amount coded {code} is not one the importer knows; it was not posted",
    "fhir_pharmacy_claim": "explanation of benefit {claim} is a pharmacy's prescription claim, not "
                           "the clinic's: not posted",
    "fhir_eob_not_final": "explanation of benefit {claim} is {status}: nothing posted",
    "fhir_version": "this resource is FHIR {version}, not R4: export it again as FHIR R4",
    "claim_already_remitted": "claim {claim}: the payer's claim {payer_claim} is already posted from "
                              "another remittance and not reversed; not posted again",
    "claim_paid_above_billed": "claim {claim}: insurance would have paid {paid} on a {billed} bill; not posted",
    "reversal_without_original": "claim {claim}: reversal of a payment that is not in the vault; "
                                 "nothing to take back",
}

# code: (the count parameter, singular, plural).
PLURALS: dict[str, tuple[str, str, str]] = {
    "export_written": ("rows", "Wrote {rows} row to {path}.", "Wrote {rows} rows to {path}."),
    "import_reading_files": ("count", "reading {count} file…", "reading {count} files…"),
    "import_rejected": ("errors",
        "nothing was imported: {errors} error; fix the file or use --skip-bad to leave that record out",
        "nothing was imported: {errors} errors; fix the file or use --skip-bad to leave those records out"),
    "x12_unknown_segments": ("count",
        "{count} segment an 835 does not define was passed over ({segments})",
        "{count} segments an 835 does not define were passed over ({segments})"),
}
