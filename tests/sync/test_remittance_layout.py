"""Real remittance files as payers lay them out: indentation, line breaks, unpadded envelopes, other delimiters,
and X12 files that are not remittances at all."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from collections_desktop.services.errors import UserError
from collections_desktop.services.imports.imports import detect_format, import_files
from collections_desktop.sync.problems import ImportProblem
from collections_desktop.sync.records import ClaimRemitRecord
from collections_desktop.sync.x12_835 import parse_835

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
X12 = FIXTURES / "x12_835"
OTHER = FIXTURES / "x12_other" / "imsweb_x12-parser"
UHC = X12 / "keironstoddart_edi-835-parser" / "united_healthcare_legacy_sample.txt"
OOP = X12 / "OopFactory_X12Parser"
HAND = X12 / "handwritten"


def parse(path: Path) -> tuple[list[ClaimRemitRecord], list[ImportProblem]]:
    items = list(parse_835(path))
    return ([i for i in items if isinstance(i, ClaimRemitRecord)], [i for i in items if isinstance(i, ImportProblem)])


def summary(records: list[ClaimRemitRecord]) -> list[tuple]:
    """What a remittance says about each claim, without where in the file it was said."""
    return [(r.claim_id, r.status, r.billed_cents, r.paid_cents, r.patient_responsibility_cents,
             r.contractual_cents, r.patient.last_name, r.patient.first_name, r.patient.member_id, r.service_date,
             r.payer, tuple((a.group, a.reason, a.amount_cents) for a in r.adjustments),
             tuple((line.procedure_code, line.billed_cents, line.paid_cents) for line in r.lines))
            for r in records]


@pytest.mark.parametrize("name", ["Example1_4010.txt", "ExampleFromNth_5010.txt", "835_WithMultipleInterchanges.txt"])
def test_indented_files_are_read_whole(name):
    """CRLF plus indentation before every segment: every transaction ends at its SE, no claim is lost."""
    records, problems = parse(OOP / name)
    assert records
    assert not [p for p in problems if p.code in ("x12_truncated", "x12_outside_transaction")]
    text = (OOP / name).read_text("utf-8-sig")
    assert len(records) == len(re.findall(r"(?m)^\s*CLP\*", text))


def test_a_space_after_the_terminator_keeps_trn_and_service_dates(tmp_path):
    spaced = tmp_path / "spaced.835"
    spaced.write_text(UHC.read_text().replace("~", "~ "))
    assert summary(parse(spaced)[0]) == summary(parse(UHC)[0])
    assert {r.service_date.isoformat() for r in parse(spaced)[0]} == {"2020-12-18", "2020-12-21"}


def _envelope(text: str) -> tuple[str, str]:
    return text[:text.index("GS*")], text[text.index("GS*"):]


@settings(max_examples=40, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(layout=st.lists(st.sampled_from(["", " ", "\t", "\r\n", "\n", "  ", "\r\n    ", "\n\t"]), min_size=1,
                       max_size=8))
def test_whitespace_around_segments_never_changes_the_claims(tmp_path, layout):
    source = UHC.read_text()
    segments = source.split("~")
    laid = "".join(segment + "~" + layout[n % len(layout)] for n, segment in enumerate(segments[:-1]))
    target = tmp_path / "laid.835"
    target.write_text(laid + segments[-1])
    records, problems = parse(target)
    assert summary(records) == summary(parse(UHC)[0])
    assert not [p for p in problems if p.is_error]


SEPARATORS = "*|^!&+#$%@;"


@settings(max_examples=40, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(choice=st.permutations(SEPARATORS).map(lambda p: p[:4]), padded=st.booleans())
def test_any_valid_delimiters_give_the_same_claims(tmp_path, choice, padded):
    """Element, component, repetition and segment separators are whatever the ISA says; ISA fields may be
    padded to their widths or not."""
    element, component, repetition, terminator = choice
    text = UHC.read_text()
    isa, rest = text[:text.index("~") + 1], text[text.index("~") + 1:]
    fields = isa[:-1].split("*")
    fields[11], fields[16] = repetition, component
    if not padded:
        fields = [f.strip() or f for f in fields]
    body = rest.replace("*", "\x00").replace(">", "\x01").replace("~", "\x02")
    body = body.replace("\x00", element).replace("\x01", component).replace("\x02", terminator)
    target = tmp_path / "delimited.835"
    target.write_text(element.join(fields) + terminator + body)
    records, problems = parse(target)
    assert summary(records) == summary(parse(UHC)[0])
    assert not [p for p in problems if p.is_error]


def test_unpadded_isa_with_other_delimiters():
    records, problems = parse(HAND / "unpadded_isa.835")
    assert [(r.claim_id, r.paid_cents, r.patient_responsibility_cents, r.lines[0].procedure_code)
            for r in records] == [("PAD-6001", 7500, 1500, "99213")]
    assert problems == []


@pytest.mark.parametrize("isa", [
    "ISA*00*          *00*          *ZZ*A              *ZZ*B              *261120*0930*^*00501*000000001*0*P*A~",
    "ISA*00*          *00*          *ZZ*A              *ZZ*B              *261120*0930*^*00501*000000001*0*P**~",
    "ISA*00*          *00*          *ZZ*A              *ZZ*B              *261120*0930*^*00501*000000001*0*P*:*",
    "ISA*00*          *00*          *ZZ*A*ZZ*B",
])
def test_an_isa_whose_delimiters_cannot_be_told_is_one_clear_problem(tmp_path, isa):
    target = tmp_path / "bad_isa.835"
    target.write_text(isa + "GS*HP*A*B*20261120*0930*1*X*005010X221A1~ST*835*0001~SE*2*0001~")
    records, problems = parse(target)
    assert records == []
    assert [(p.where, p.code) for p in problems] in (
        [("bad_isa.835:segment 1", "isa_delimiters")], [("bad_isa.835:segment 1", "isa_truncated")])


@pytest.mark.parametrize(("name", "code", "kind"), [
    ("x12_valid.txt", "x12_is_837", "837"), ("x12_valid_different_separators.txt", "x12_is_837", "837"),
    ("x12_277CA_accepted.txt", "x12_is_277", "277"), ("x12_999_accepted.txt", "x12_is_999", "999"),
])
def test_other_x12_transactions_are_named_not_imported(workspace, name, code, kind):
    records, problems = parse(OTHER / name)
    assert records == [] and [p.code for p in problems] == [code]
    assert detect_format(OTHER / name) == f"x12-{kind}"
    with pytest.raises(UserError) as refused:
        import_files(workspace, [OTHER / name])
    assert refused.value.code == "x12_wrong_file" and refused.value.params["transaction"] == kind
    forced = import_files(workspace, [OTHER / name], fmt="x12-835")
    assert not forced.applied and [p.code for p in forced.problems if p.is_error] == [code]


def test_segments_an_835_does_not_define_are_counted(tmp_path):
    odd = tmp_path / "odd.835"
    odd.write_text(UHC.read_text().replace("LX*1~", "LX*1~ZZZ*1~XYZ*2~ZZZ*3~", 1))
    records, problems = parse(odd)
    assert summary(records) == summary(parse(UHC)[0])
    unknown = [p for p in problems if p.code == "x12_unknown_segments"]
    assert [(p.params["count"], p.params["segments"]) for p in unknown] == [(3, "XYZ, ZZZ")]


def test_indentation_across_the_reader_s_chunks(tmp_path):
    """A file of several megabytes, indented: segments cut by the 1 MB chunks lose nothing either way."""
    text = UHC.read_text()
    start, end = text.index("ST*835"), text.index("GE*")
    body = "".join(text[start:end].replace("TRN*1*1234567890", f"TRN*1*{n:010d}") for n in range(1500))
    flat, indented = tmp_path / "flat.835", tmp_path / "indented.835"
    flat.write_text(text[:start] + body + text[end:])
    indented.write_text(flat.read_text().replace("~", "~\r\n    "))
    assert indented.stat().st_size > 2_000_000
    assert summary(parse(indented)[0]) == summary(parse(flat)[0])
    assert len(parse(flat)[0]) == 3000
