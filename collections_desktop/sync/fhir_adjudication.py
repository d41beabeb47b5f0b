"""One table from FHIR adjudication, total and benefit-balance codings (HL7 core, CARIN Blue Button, CMS Blue Button)
to what each amount means in the ledger."""

from __future__ import annotations

HL7 = "http://terminology.hl7.org/CodeSystem/adjudication"
CARIN = "http://hl7.org/fhir/us/carin-bb/CodeSystem/C4BBAdjudication"
CARIN_VS = "http://hl7.org/fhir/us/carin-bb/ValueSet/C4BBAdjudication"
CARIN_DISCRIMINATOR = "http://hl7.org/fhir/us/carin-bb/CodeSystem/C4BBAdjudicationDiscriminator"
CARIN_STATUS = "http://hl7.org/fhir/us/carin-bb/CodeSystem/C4BBPayerAdjudicationStatus"
CMS = "https://bluebutton.cms.gov/resources/codesystem/adjudication"
CMS_BALANCE = "https://bluebutton.cms.gov/resources/codesystem/benefit-balance"
CMS_VAR = "https://bluebutton.cms.gov/resources/variables/"

# What an amount means for the clinic's ledger:
SUBMITTED = "submitted"            # what the clinic billed (the charge)
ALLOWED = "allowed"                # what the payer allows; billed less allowed is the contractual write-off
DEDUCTIBLE = "deductible"          # the patient's share: deductible (CARC 1)
COINSURANCE = "coinsurance"        # the patient's share: coinsurance (CARC 2)
COPAY = "copay"                    # the patient's share: copay (CARC 3)
NONCOVERED = "noncovered"          # not covered: the patient's only where the member liability says so (CARC 204)
MEMBER_LIABILITY = "member_liability"  # everything the patient owes on the claim
BENEFIT = "benefit"                # what the payer pays under the coverage, to whomever it pays it
PAID_TO_PROVIDER = "paid_to_provider"  # the insurance payment the clinic receives
PAID_TO_PATIENT = "paid_to_patient"    # the payer paid the patient: the clinic collects it from them (CARC 100)
PAID_BY_PATIENT = "paid_by_patient"    # the patient already paid the clinic (a patient payment)
DISCOUNT = "discount"              # the clinic's discount under its contract (a contractual write-off)
PRIOR_PAYER = "prior_payer"        # what an earlier payer paid (not this payer's money)
INFORMATIONAL = "informational"    # known and deliberately not posted (rates, drug costs, counts, flags)

CATEGORY: dict[tuple[str, str], str] = {
    # HL7 FHIR R4 core adjudication codes.
    (HL7, "submitted"): SUBMITTED,
    (HL7, "copay"): COPAY,
    (HL7, "eligible"): ALLOWED,
    (HL7, "deductible"): DEDUCTIBLE,
    (HL7, "unallocdeduct"): INFORMATIONAL,
    (HL7, "eligpercent"): INFORMATIONAL,
    (HL7, "tax"): INFORMATIONAL,
    (HL7, "benefit"): BENEFIT,
    # CARIN Blue Button (the code system, and the value set some payers write as the system).
    (CARIN, "coinsurance"): COINSURANCE,
    (CARIN, "noncovered"): NONCOVERED,
    (CARIN, "priorpayerpaid"): PRIOR_PAYER,
    (CARIN, "paidbypatient"): PAID_BY_PATIENT,
    (CARIN, "paidbypatientcash"): PAID_BY_PATIENT,
    (CARIN, "paidbypatientother"): PAID_BY_PATIENT,
    (CARIN, "paidtopatient"): PAID_TO_PATIENT,
    (CARIN, "paidtoprovider"): PAID_TO_PROVIDER,
    (CARIN, "memberliability"): MEMBER_LIABILITY,
    (CARIN, "discount"): DISCOUNT,
    (CARIN, "drugcost"): INFORMATIONAL,
    (CARIN, "innetwork"): INFORMATIONAL,
    (CARIN, "outofnetwork"): INFORMATIONAL,
    (CARIN, "other"): INFORMATIONAL,
    (CARIN, "benefit"): BENEFIT,
    (CARIN_DISCRIMINATOR, "denialreason"): INFORMATIONAL,
    (CARIN_DISCRIMINATOR, "billingnetworkcontractingstatus"): INFORMATIONAL,
    (CARIN_DISCRIMINATOR, "renderingnetworkcontractingstatus"): INFORMATIONAL,
    (CARIN_DISCRIMINATOR, "benefitpaymentstatus"): INFORMATIONAL,
    (CARIN_DISCRIMINATOR, "adjustmentreason"): INFORMATIONAL,
    (CARIN_STATUS, "innetwork"): INFORMATIONAL,
    (CARIN_STATUS, "outofnetwork"): INFORMATIONAL,
    (CARIN_STATUS, "other"): INFORMATIONAL,
    (CARIN_STATUS, "contracted"): INFORMATIONAL,
    (CARIN_STATUS, "noncontracted"): INFORMATIONAL,
    (CARIN_STATUS, "paid"): INFORMATIONAL,
    (CARIN_STATUS, "denied"): INFORMATIONAL,
    # CMS Blue Button: carrier (professional) lines.
    (CMS, CMS_VAR + "line_sbmtd_chrg_amt"): SUBMITTED,
    (CMS, CMS_VAR + "line_alowd_chrg_amt"): ALLOWED,
    (CMS, CMS_VAR + "line_bene_ptb_ddctbl_amt"): DEDUCTIBLE,
    (CMS, CMS_VAR + "line_coinsrnc_amt"): COINSURANCE,
    (CMS, CMS_VAR + "line_prvdr_pmt_amt"): PAID_TO_PROVIDER,
    (CMS, CMS_VAR + "line_bene_pmt_amt"): PAID_TO_PATIENT,
    (CMS, CMS_VAR + "line_nch_pmt_amt"): BENEFIT,
    (CMS, CMS_VAR + "line_bene_prmry_pyr_pd_amt"): PRIOR_PAYER,
    (CMS, CMS_VAR + "line_prmry_alowd_chrg_amt"): INFORMATIONAL,
    (CMS, CMS_VAR + "line_prcsg_ind_cd"): INFORMATIONAL,
    (CMS, CMS_VAR + "carr_line_rdcd_pmt_phys_astn_c"): INFORMATIONAL,
    # CMS Blue Button: institutional revenue-center lines.
    (CMS, CMS_VAR + "rev_cntr_tot_chrg_amt"): SUBMITTED,
    (CMS, CMS_VAR + "rev_cntr_ncvrd_chrg_amt"): NONCOVERED,
    (CMS, CMS_VAR + "rev_cntr_cash_ddctbl_amt"): DEDUCTIBLE,
    (CMS, CMS_VAR + "rev_cntr_blood_ddctbl_amt"): DEDUCTIBLE,
    (CMS, CMS_VAR + "rev_cntr_rdcd_coinsrnc_amt"): COINSURANCE,
    (CMS, CMS_VAR + "rev_cntr_coinsrnc_wge_adjstd_c"): INFORMATIONAL,
    (CMS, CMS_VAR + "rev_cntr_1st_msp_pd_amt"): PRIOR_PAYER,
    (CMS, CMS_VAR + "rev_cntr_2nd_msp_pd_amt"): PRIOR_PAYER,
    (CMS, CMS_VAR + "rev_cntr_prvdr_pmt_amt"): PAID_TO_PROVIDER,
    (CMS, CMS_VAR + "rev_cntr_bene_pmt_amt"): PAID_TO_PATIENT,
    (CMS, CMS_VAR + "rev_cntr_ptnt_rspnsblty_pmt"): MEMBER_LIABILITY,
    (CMS, CMS_VAR + "rev_cntr_pmt_amt_amt"): BENEFIT,
    (CMS, CMS_VAR + "rev_cntr_rate_amt"): INFORMATIONAL,
    (CMS, CMS_VAR + "clm_tot_chrg_amt"): SUBMITTED,
    # CMS Blue Button: Part D prescription events (a pharmacy's, rarely a clinic's).
    (CMS, CMS_VAR + "tot_rx_cst_amt"): SUBMITTED,
    (CMS, CMS_VAR + "cvrd_d_plan_pd_amt"): PAID_TO_PROVIDER,
    (CMS, CMS_VAR + "ptnt_pay_amt"): PAID_BY_PATIENT,
    (CMS, CMS_VAR + "gdc_abv_oopt_amt"): INFORMATIONAL,
    (CMS, CMS_VAR + "gdc_blw_oopt_amt"): INFORMATIONAL,
    (CMS, CMS_VAR + "lics_amt"): INFORMATIONAL,
    (CMS, CMS_VAR + "othr_troop_amt"): INFORMATIONAL,
    (CMS, CMS_VAR + "plro_amt"): INFORMATIONAL,
    (CMS, CMS_VAR + "rptd_gap_dscnt_num"): INFORMATIONAL,
    (CMS, CMS_VAR + "ncvrd_plan_pd_amt"): INFORMATIONAL,
    # CMS Blue Button: claim-level amounts carried in benefitBalance.financial.
    (CMS_BALANCE, CMS_VAR + "nch_carr_clm_sbmtd_chrg_amt"): SUBMITTED,
    (CMS_BALANCE, CMS_VAR + "nch_carr_clm_alowd_amt"): ALLOWED,
    (CMS_BALANCE, CMS_VAR + "carr_clm_cash_ddctbl_apld_amt"): DEDUCTIBLE,
    (CMS_BALANCE, CMS_VAR + "nch_clm_prvdr_pmt_amt"): PAID_TO_PROVIDER,
    (CMS_BALANCE, CMS_VAR + "nch_clm_bene_pmt_amt"): PAID_TO_PATIENT,
    (CMS_BALANCE, CMS_VAR + "nch_bene_ptb_ddctbl_amt"): DEDUCTIBLE,
    (CMS_BALANCE, CMS_VAR + "nch_bene_ptb_coinsrnc_amt"): COINSURANCE,
    (CMS_BALANCE, CMS_VAR + "nch_bene_ip_ddctbl_amt"): DEDUCTIBLE,
    (CMS_BALANCE, CMS_VAR + "nch_bene_pta_coinsrnc_lblty_amt"): COINSURANCE,
    (CMS_BALANCE, CMS_VAR + "nch_bene_blood_ddctbl_lblty_am"): DEDUCTIBLE,
    (CMS_BALANCE, CMS_VAR + "nch_ip_ncvrd_chrg_amt"): NONCOVERED,
    (CMS_BALANCE, CMS_VAR + "prpayamt"): PRIOR_PAYER,
    (CMS_BALANCE, CMS_VAR + "clm_op_prvdr_pmt_amt"): PAID_TO_PROVIDER,
    (CMS_BALANCE, CMS_VAR + "clm_op_bene_pmt_amt"): PAID_TO_PATIENT,
    # The total deduction repeats deductible plus coinsurance; the others are counts, rates and the parts of
    # Medicare's own (capital, pass-through) payment to a hospital.
    (CMS_BALANCE, CMS_VAR + "clm_pass_thru_per_diem_amt"): INFORMATIONAL,
    (CMS_BALANCE, CMS_VAR + "clm_tot_pps_cptl_amt"): INFORMATIONAL,
    (CMS_BALANCE, CMS_VAR + "clm_pps_cptl_dsprprtnt_shr_amt"): INFORMATIONAL,
    (CMS_BALANCE, CMS_VAR + "clm_pps_cptl_excptn_amt"): INFORMATIONAL,
    (CMS_BALANCE, CMS_VAR + "clm_pps_cptl_fsp_amt"): INFORMATIONAL,
    (CMS_BALANCE, CMS_VAR + "clm_pps_cptl_ime_amt"): INFORMATIONAL,
    (CMS_BALANCE, CMS_VAR + "clm_pps_cptl_outlier_amt"): INFORMATIONAL,
    (CMS_BALANCE, CMS_VAR + "clm_pps_old_cptl_hld_hrmls_amt"): INFORMATIONAL,
    (CMS_BALANCE, CMS_VAR + "nch_ip_tot_ddctn_amt"): INFORMATIONAL,
    (CMS_BALANCE, CMS_VAR + "nch_profnl_cmpnt_chrg_amt"): INFORMATIONAL,
    (CMS_BALANCE, CMS_VAR + "nch_drg_outlier_aprvd_pmt_amt"): INFORMATIONAL,
    (CMS_BALANCE, CMS_VAR + "clm_utlztn_day_cnt"): INFORMATIONAL,
    (CMS_BALANCE, CMS_VAR + "clm_pps_cptl_drg_wt_num"): INFORMATIONAL,
}
_ALIASES = {CARIN_VS: CARIN, "http://hl7.org/fhir/adjudication": HL7}
# Codes written without their system, or with the CARIN codes under HL7's, are known by the code alone when
# only one category has it.
_BY_CODE: dict[str, set[str]] = {}
for (_system, _code), _category in CATEGORY.items():
    _BY_CODE.setdefault(_code.rsplit("/", 1)[-1], set()).add(_category)
BY_CODE = {code: categories.pop() for code, categories in _BY_CODE.items() if len(categories) == 1}

# The patient's share of a claim and the reason code each is posted under (an X12 CARC).
PATIENT_SHARE = {DEDUCTIBLE: "1", COINSURANCE: "2", COPAY: "3"}


def category_of(system: str, code: str) -> str | None:
    """What an amount coded so means, or None when the table does not know the coding (the caller says so)."""
    system = _ALIASES.get(system, system)
    return CATEGORY.get((system, code)) or BY_CODE.get(code.rsplit("/", 1)[-1])
