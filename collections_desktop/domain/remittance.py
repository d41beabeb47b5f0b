"""What a patient may be asked for after a payer's remittance, when its figures agree and when they do not."""

from __future__ import annotations

from dataclasses import dataclass

UNBALANCED = "unbalanced"  # charge - paid - every adjustment is not zero
PR_MISMATCH = "pr_mismatch"  # the PR adjustments differ from the patient amount the payer reported (CLP05)


@dataclass(frozen=True)
class PatientShare:
    """The patient's share of one claim: what is asked for now, and the two figures when they disagree."""

    owed_cents: int
    issue: str = ""
    patient_figure_cents: int = 0  # the payer's PR adjustments
    other_figure_cents: int | None = None  # what the claim's own arithmetic (or CLP05) leaves


def patient_share(billed: int, paid: int, adjustments: int, patient_adjustments: int,
                  reported_patient: int | None) -> PatientShare:
    """The PR adjustments when the remittance balances; otherwise never more than the smaller figure.

    `adjustments` is every adjustment of the claim (all groups, claim and line level), of which
    `patient_adjustments` are the patient's (PR). A file that counts PR at claim and at line level
    shows PR above what the charge less the payment leaves; the patient is asked for the smaller.
    """
    if billed - paid - adjustments != 0:
        arithmetic = billed - paid - (adjustments - patient_adjustments)
        figures = [patient_adjustments, arithmetic] + ([reported_patient] if reported_patient is not None else [])
        return PatientShare(max(0, min(figures)), UNBALANCED, patient_adjustments, arithmetic)
    if reported_patient is not None and reported_patient != patient_adjustments:
        return PatientShare(max(0, min(patient_adjustments, reported_patient)), PR_MISMATCH, patient_adjustments,
                            reported_patient)
    return PatientShare(patient_adjustments, "", patient_adjustments, None)
