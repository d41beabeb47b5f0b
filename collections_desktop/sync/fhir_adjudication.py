"""One table from FHIR adjudication and total codings (HL7 core, CARIN Blue Button, CMS Blue Button) to our categories."""

from __future__ import annotations

HL7 = "http://terminology.hl7.org/CodeSystem/adjudication"
CARIN = "http://hl7.org/fhir/us/carin-bb/CodeSystem/C4BBAdjudication"
CMS = "https://bluebutton.cms.gov/resources/codesystem/adjudication"
CMS_VAR = "https://bluebutton.cms.gov/resources/variables/"

# Our categories: submitted, allowed, deductible, coinsurance, copay, noncovered, paid_to_provider,
# paid_by_patient, member_liability, discount, prior_payer.
CATEGORY: dict[tuple[str, str], str] = {
    (HL7, "submitted"): "submitted",
    (HL7, "eligible"): "allowed",
    (HL7, "deductible"): "deductible",
    (HL7, "copay"): "copay",
    (HL7, "benefit"): "paid_to_provider",
    (CARIN, "coinsurance"): "coinsurance",
    (CARIN, "noncovered"): "noncovered",
    (CARIN, "priorpayerpaid"): "prior_payer",
    (CARIN, "paidbypatient"): "paid_by_patient",
    (CARIN, "paidtoprovider"): "paid_to_provider",
    (CARIN, "memberliability"): "member_liability",
    (CARIN, "discount"): "discount",
    (CMS, CMS_VAR + "line_coinsrnc_amt"): "coinsurance",
    (CMS, CMS_VAR + "line_bene_ptb_ddctbl_amt"): "deductible",
    (CMS, CMS_VAR + "line_prvdr_pmt_amt"): "paid_to_provider",
    (CMS, CMS_VAR + "line_sbmtd_chrg_amt"): "submitted",
    (CMS, CMS_VAR + "line_alowd_chrg_amt"): "allowed",
    (CMS, CMS_VAR + "line_bene_pmt_amt"): "paid_by_patient",
}
# Codes are sometimes written without their system, or with the CARIN codes under HL7's.
BY_CODE: dict[str, str] = {code.rsplit("/", 1)[-1]: category for (_system, code), category in CATEGORY.items()}

# Patient-responsibility categories and the CARC each is reported under.
PATIENT_SHARE = {"deductible": "1", "coinsurance": "2", "copay": "3", "noncovered": "204"}


def category_of(system: str, code: str) -> str | None:
    """Our category for a coding, or None when it is unknown (the caller keeps it, it is not dropped)."""
    return CATEGORY.get((system, code)) or BY_CODE.get(code.rsplit("/", 1)[-1])
