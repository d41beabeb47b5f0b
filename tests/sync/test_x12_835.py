"""The 835 parser on the real sample files, the worked numbers of formats.md, and hostile input."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from collections_desktop.sync.problems import ImportProblem
from collections_desktop.sync.records import ClaimRemitRecord
from collections_desktop.sync.x12_835 import parse_835

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "x12_835"
SAMPLES = sorted(p for p in FIXTURES.rglob("*") if p.is_file() and "LICENSE" not in p.name)


def parse(path: Path) -> tuple[list[ClaimRemitRecord], list[ImportProblem]]:
    items = list(parse_835(path))
    return ([i for i in items if isinstance(i, ClaimRemitRecord)],
            [i for i in items if isinstance(i, ImportProblem)])


def claim(path: Path, claim_id: str) -> ClaimRemitRecord:
    return next(r for r in parse(path)[0] if r.claim_id == claim_id)


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.name)
def test_every_sample_parses_without_errors(path):
    records, problems = parse(path)
    assert records
    assert [p for p in problems if p.is_error] == []


def test_united_healthcare_worked_example():
    c = claim(FIXTURES / "keironstoddart_edi-835-parser" / "united_healthcare_legacy_sample.txt", "001-18604-358")
    assert (c.billed_cents, c.paid_cents) == (81624, 26107)
    assert c.patient_responsibility_cents == 11513
    assert (c.deductible_cents, c.coinsurance_cents) == (11000, 513)
    assert c.contractual_cents == 44004
    assert c.payer_claim_id == "ATL2819897800" and c.status == "1" and not c.forwarded
    assert [line.procedure_code for line in c.lines] == ["B4154", "B4034", "B4154"]
    assert c.allowed_cents == 20418 + 2784 + 14418


def test_blue_cross_without_envelope_copay_and_coinsurance():
    path = FIXTURES / "keironstoddart_edi-835-parser" / "blue_cross_nc_sample.txt"
    records, problems = parse(path)
    c = records[0]
    assert c.claim_id == "200200964A52"
    assert c.patient_responsibility_cents == 14254
    assert (c.coinsurance_cents, c.copay_cents) == (11754, 2500)
    assert "x12_no_envelope" in {p.code for p in problems}
    assert len(c.lines) == 3  # the malformed third SVC is kept as a line, not a crash


def test_secondary_and_forwarded_claims():
    records, _ = parse(FIXTURES / "LinuxForHealth_x12" / "secondary-payment.835")
    assert {r.payer_sequence for r in records} == {2}
    baki = next(r for r in records if r.claim_id == "0001000053")
    assert baki.patient_responsibility_cents == 22000 == baki.reported_patient_cents
    assert baki.other_adjustment_cents == 0  # OA-23 is the prior payer's impact, not an adjustment here


def test_4010_reversal_and_unbalanced_file_warning():
    records, problems = parse(FIXTURES / "azoner_pyx12" / "835_simple_4010.txt")
    reversal = records[0]
    assert reversal.reversal and reversal.paid_cents == -21000 and reversal.contractual_cents == -10000
    assert records[1].claim_id == reversal.claim_id and not records[1].reversal
    assert "x12_payment_unbalanced" in {p.code for p in problems}
    assert all(p.where.startswith("835_simple_4010.txt:segment ") for p in problems)


def test_delimiters_come_from_the_isa(tmp_path):
    source = (FIXTURES / "keironstoddart_edi-835-parser" / "united_healthcare_legacy_sample.txt").read_text()
    swapped = source.replace("*", "|").replace("~", "\n").replace(">", "^")
    isa_end = swapped.index("\n")
    swapped = swapped[:104] + "^" + swapped[105:isa_end] + "\n" + swapped[isa_end + 1:]
    target = tmp_path / "swapped.835"
    target.write_text(swapped)
    c = claim(target, "001-18604-358")
    assert c.patient_responsibility_cents == 11513 and c.lines[0].procedure_code == "B4154"


def test_truncated_file_is_an_error_with_its_place(tmp_path):
    source = (FIXTURES / "keironstoddart_edi-835-parser" / "united_healthcare_legacy_sample.txt").read_text()
    target = tmp_path / "cut.835"
    target.write_text(source[: source.index("CLP*001-18604-358") + 40])
    _records, problems = parse(target)
    errors = [p for p in problems if p.is_error]
    assert errors and errors[-1].code == "x12_truncated"
    assert errors[-1].where.startswith("cut.835:segment ")


@pytest.mark.parametrize("amount", ["81x6.24", "99999999999999999999.99"])
def test_bad_amount_is_located(tmp_path, amount):
    source = (FIXTURES / "keironstoddart_edi-835-parser" / "united_healthcare_legacy_sample.txt").read_text()
    target = tmp_path / "bad.835"
    target.write_text(source.replace("*816.24*", f"*{amount}*"))
    records, problems = parse(target)
    bad = [p for p in problems if p.is_error]
    assert bad[0].code == "bad_amount" and bad[0].params["field"] == "CLP03"
    assert "001-18604-358" not in {r.claim_id for r in records}


def test_not_x12_at_all(tmp_path):
    target = tmp_path / "notes.txt"
    target.write_text("hello, this is not a remittance")
    _records, problems = parse(target)
    assert [(p.code, p.where) for p in problems] == [("not_x12", "notes.txt:segment 1")]


def _only_located_problems(path: Path) -> None:
    for item in parse_835(path):
        assert isinstance(item, (ClaimRemitRecord, ImportProblem))
        if isinstance(item, ImportProblem):
            assert item.where.startswith(path.name)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=600))
def test_arbitrary_bytes_never_raise(tmp_path, data):
    target = tmp_path / "random.835"
    target.write_bytes(data)
    _only_located_problems(target)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(sample=st.sampled_from(SAMPLES), cut=st.integers(0, 5000), flips=st.lists(
    st.tuples(st.integers(0, 5000), st.sampled_from(list(b"*~:>^0123456789-.ABZ \n"))), max_size=6))
def test_mutated_real_files_never_raise(tmp_path, sample, cut, flips):
    data = bytearray(sample.read_bytes())
    for position, value in flips:
        if data:
            data[position % len(data)] = value
    target = tmp_path / sample.name
    target.write_bytes(bytes(data[: max(cut, 1) * 3]))
    _only_located_problems(target)
