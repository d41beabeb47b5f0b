"""Words for what an import found in the files (problems located by file and line or segment), for the window."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _texts() -> dict[str, str]:
    translate = QCoreApplication.translate
    return {
        "bad_amount": translate("ImportProblems", "{field} is not an amount: {value}"),
        "bad_date": translate("ImportProblems", "{field} is not a date: {value}"),
        "missing_value": translate("ImportProblems", "{field} is empty"),
        "implausible_date": translate("ImportProblems", "{field} is not a plausible date: {value}"),
        "cannot_read": translate("ImportProblems", "The file cannot be read: {reason}"),
        "id_too_long": translate(
            "ImportProblems",
            "{field} is {length} characters long; the vault keeps ids of up to {most} whole and never cuts one"),
        "balance_disagrees": translate(
            "ImportProblems",
            "Claim {claim}: the Balance, {balance}, is not what the amounts leave ({figures}); the Balance is kept "
            "and the difference posted as an adjustment"),
        "short_row": translate(
            "ImportProblems", "The row has {found} of the header's {expected} fields (cut off?); nothing of it was read"),
        "x12_no_transaction": translate(
            "ImportProblems", "The file holds no transaction (no ST segment after its envelope): cut off?"),
        "last_line_cut": translate(
            "ImportProblems", "The file ends inside this row, with no line ending (cut off?); nothing of it was read. "
                              "If the file is complete, export it again"),
        "csv_unreadable": translate("ImportProblems", "The CSV file cannot be read ({reason})"),
        "not_text": translate(
            "ImportProblems", "Byte {byte} is not UTF-8 or Windows-1252 text; export the file again as UTF-8"),
        "not_text_file": translate(
            "ImportProblems",
            "{path}, line {line}: byte {byte} is not UTF-8 or Windows-1252 text; export the file again as UTF-8"),
        "fhir_bad_json": translate("ImportProblems", "Not valid JSON: {reason}"),
        "fhir_not_a_resource": translate("ImportProblems", "Not a FHIR resource"),
        "fhir_unknown_patient": translate(
            "ImportProblems", "Explanation of benefit for a patient ({reference}) neither in these files nor imported "
                              "before: import the Patient with it"),
        "fhir_no_patient_share": translate(
            "ImportProblems", "Claim {claim}: the payer gave no patient share; none is assumed"),
        "isa_malformed": translate("ImportProblems", "The ISA envelope is malformed"),
        "isa_truncated": translate("ImportProblems", "The ISA envelope is cut short"),
        "not_x12": translate("ImportProblems", "Not an X12 file"),
        "x12_no_envelope": translate("ImportProblems", "No ISA envelope; the usual * : ~ delimiters are assumed"),
        "x12_outside_transaction": translate("ImportProblems", "Segment {segment} is outside any ST..SE transaction"),
        "x12_missing_element": translate("ImportProblems", "{element} is empty"),
        "x12_truncated": translate("ImportProblems", "The file ends inside a transaction (no {missing} segment)"),
        "x12_segment_count": translate("ImportProblems", "SE says {declared} segments; {found} were found"),
        "x12_line_unbalanced": translate(
            "ImportProblems", "Claim {claim}, line {line}: charge minus payment differs from its adjustments"),
        "x12_claim_unbalanced": translate(
            "ImportProblems", "Claim {claim}: charge minus payment differs from its adjustments"),
        "x12_patient_amount_mismatch": translate(
            "ImportProblems", "Claim {claim}: CLP05 differs from the sum of the PR adjustments"),
        "x12_payment_unbalanced": translate(
            "ImportProblems", "Payment {trace}: BPR02 differs from the claim payments less provider adjustments"),
        "isa_delimiters": translate(
            "ImportProblems",
            "The ISA envelope's delimiters cannot be read: they must differ from each other and not be letters or "
            "digits"),
        "x12_is_837": translate("ImportProblems", "This is an 837 claim, not an 835 remittance"),
        "x12_is_277": translate("ImportProblems", "This is a 277/276 claim status, not an 835 remittance"),
        "x12_is_999": translate("ImportProblems", "This is a 999/997 acknowledgment, not an 835 remittance"),
        "x12_is_270": translate("ImportProblems", "This is a 270/271 eligibility file, not an 835 remittance"),
        "x12_wrong_file": translate(
            "ImportProblems",
            "{path} is an X12 {transaction} file (837 claims, 277 statuses and 999 acknowledgments are not "
            "imported), not an 835 remittance"),
        "x12_not_835": translate("ImportProblems", "This is an X12 {transaction} transaction, not an 835 remittance"),
        "x12_payment_date": translate(
            "ImportProblems", "{field}, the payment's date, is not a date: its postings are dated the day of the import"),
        "x12_unknown_segments": translate(
            "ImportProblems", "{count} segment(s) an 835 does not define were passed over ({segments})"),
        "claim_other_patient": translate(
            "ImportProblems",
            "Claim {claim} is already in the vault for another patient ({known}, account {account}); this "
            "remittance is for {named}: not merged, ask the billing team"),
        "claim_other_visit": translate(
            "ImportProblems",
            "Claim {claim} is already in the vault for a visit on {known} (account {account}); this remittance is "
            "for {named}: not merged"),
        "file_changed": translate(
            "ImportProblems", "{path} changed since it was read for the preview: nothing was imported; check it again"),
        "fhir_unknown_category": translate(
            "ImportProblems", "Claim {claim}: amount coded {code} is not one the importer knows; it was not posted"),
        "fhir_pharmacy_claim": translate(
            "ImportProblems",
            "Explanation of benefit {claim} is a pharmacy's prescription claim, not the clinic's: not posted"),
        "fhir_eob_not_final": translate("ImportProblems", "Explanation of benefit {claim} is {status}: nothing posted"),
        "fhir_version": translate(
            "ImportProblems", "This resource is FHIR {version}, not R4: export it again as FHIR R4"),
        "claim_already_remitted": translate(
            "ImportProblems",
            "Claim {claim}: the payer's claim {payer_claim} is already posted from another remittance and not "
            "reversed; not posted again"),
        "claim_paid_above_billed": translate(
            "ImportProblems", "Claim {claim}: insurance would have paid {paid} on a {billed} bill; not posted"),
        "reversal_without_original": translate(
            "ImportProblems", "Claim {claim}: a reversal of a payment that is not in the vault; nothing to take back"),
        "unknown_claim": translate("ImportProblems", "Claim {claim} is not in the vault"),
        "unknown_csv_layout": translate("ImportProblems", "{path}: no known layout matches its header row"),
        "unknown_format": translate("ImportProblems", "{path}: the file's format cannot be told"),
        "file_not_found": translate("ImportProblems", "File not found: {path}"),
        "cannot_write": translate("ImportProblems", "{path} cannot be written: {reason}"),
    }


def is_file_problem(code: str) -> bool:
    """True for the codes this module words: what was found in, or about, the files read or written."""
    return code in _texts()


def problem_text(code: str, params: dict) -> str:
    """The user's language text for an import problem or error code; unknown codes name themselves."""
    template = _texts().get(code) or QCoreApplication.translate("ImportProblems", "Problem: {code}")
    try:
        return template.format(code=code, **params)
    except (KeyError, IndexError):
        return template


def severity_text(severity: str) -> str:
    if severity == "error":
        return QCoreApplication.translate("ImportProblems", "Error")
    return QCoreApplication.translate("ImportProblems", "Warning")
