"""The visit explainer reads the worked UHC example back in English and Spanish."""

from datetime import date

from collections_desktop.documents.explainer import VisitFigures, explain

UHC = VisitFigures(service_date=date(2026, 3, 3), payer="UnitedHealthcare", billed=81624, allowed=37620,
                   insurance_paid=26107, contractual=44004, deductible=11000, coinsurance=513, copay=0, noncovered=0,
                   patient_paid=0, patient_adjusted=0, patient_balance=11513, insurance_pending=False)


def test_english():
    text = " ".join(explain(UHC, "en"))
    assert text.startswith("Your visit on March 3, 2026 was billed $816.24.")
    assert "allowed $376.20 and paid $261.07" in text
    assert "$110.00 went to your deductible." in text and "$5.13 is your coinsurance." in text
    assert text.endswith("Your balance for this visit is $115.13.")


def test_spanish():
    text = " ".join(explain(UHC, "es"))
    assert text.startswith("Su visita del 3 de marzo de 2026 se facturó por $816.24.")
    assert "$110.00 se aplicó a su deducible." in text and "$5.13 es su coseguro." in text
    assert text.endswith("Su saldo por esta visita es de $115.13.")


def test_pending_and_paid_off():
    pending = VisitFigures(**{**UHC.__dict__, "insurance_pending": True})
    assert explain(pending, "en")[-1].startswith("Your insurer, UnitedHealthcare, has not finished")
    paid = VisitFigures(**{**UHC.__dict__, "patient_paid": 11513, "patient_balance": 0})
    assert explain(paid, "es")[-1] == "No queda nada por pagar de esta visita."
