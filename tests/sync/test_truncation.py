"""Any byte-level truncation of a valid file either imports exactly what its complete rows say or is refused:
never a balance the complete file would not give (an interrupted copy, a half-downloaded remittance)."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from collections_desktop.services.errors import UserError
from collections_desktop.services.imports.imports import import_files
from collections_desktop.services.workspace import create_workspace
from tests.conftest import PASSPHRASE

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
# The Balance last, so a cut inside it keeps every field: "40.00" cut to "4" must never be read as $4.
LEDGER = (
    b"Account,Guarantor First,Guarantor Last,Claim,Service Date,Charge,Insurance Paid,Adjustment,Patient Paid,"
    b"Payer,Balance\n"
    b"A100,Ana,Lopez,CL-1,2026-09-03,1234.56,200.00,34.56,100.00,Aetna,900.00\n"
    b"A100,Ana,Lopez,CL-2,2026-09-20,80.00,0,0,0,Aetna,80.00\n"
    b"A200,Beto,Ruiz,CL-3,2026-10-01,250.00,100.00,100.00,20.00,Medicare,30.00\n"
    b"A300,Carla,Soto,CL-4,2026-10-15,410.00,0,10.00,0,,400.00\n"
)
X12 = (FIXTURES / "x12_835" / "LinuxForHealth_x12" / "managed-care.835").read_bytes()
FHIR = (FIXTURES / "fhir_carin_bb" / "ExplanationOfBenefit_ProfessionalEOBExample1.json").read_bytes()


def outcome(content: bytes, name: str) -> tuple | None:
    """What importing `content` leaves in a new vault (balances and every posting), or None when refused."""
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / name
        source.write_bytes(content)
        ws, _ = create_workspace(Path(folder) / "vault", PASSPHRASE)
        try:
            try:
                report = import_files(ws, [source])
            except UserError:
                return None
            if not report.applied:
                return None
            with ws.reading() as session:
                balances = session.execute(text(
                    "SELECT number, patient_due_cents, insurance_pending_cents FROM account ORDER BY number")).all()
                postings = session.execute(text(
                    "SELECT e.claim_id, l.kind, l.amount_cents FROM ledger_entry l JOIN encounter e "
                    "ON e.id = l.encounter_id ORDER BY 1, 2, 3")).all()
            return tuple(balances), tuple(postings)
        finally:
            ws.close()


SETTINGS = settings(max_examples=25, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(st.integers(min_value=0, max_value=len(LEDGER)))
def test_a_cut_ledger_imports_its_complete_rows_or_nothing(cut):
    got = outcome(LEDGER[:cut], "ledger.csv")
    complete = LEDGER[:LEDGER.rfind(b"\n", 0, cut) + 1]
    if got is not None:  # (nothing at all is what a file with no complete row gives)
        assert got == (outcome(complete, "ledger.csv") or ((), ()))


def test_the_worst_cuts_of_a_ledger_are_refused():
    """Inside the last field of the last row, and just after a comma: both would read a wrong figure."""
    end = len(LEDGER) - 1  # the final "\n"
    assert outcome(LEDGER[:end - 4], "ledger.csv") is None  # "400.00" cut to "40"
    assert outcome(LEDGER, "ledger.csv") is not None


@pytest.mark.parametrize(("content", "name"), [(X12, "remit.835"), (FHIR, "eob.json")], ids=["835", "fhir"])
@SETTINGS
@given(data=st.data())
def test_a_cut_remittance_is_refused_or_the_same_as_whole(content, name, data):
    got = outcome(content[:data.draw(st.integers(min_value=0, max_value=len(content)))], name)
    if got is not None:
        assert got == outcome(content, name)
