"""Property tests of the CSV parsers: mutated real files and mutated PM exports give located problems, never a crash."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from collections_desktop.sync.csv_ledger import parse_csv
from collections_desktop.sync.problems import ImportProblem
from collections_desktop.sync.profiles import shipped
from collections_desktop.sync.synthea_csv import FILES, parse_synthea, synthea_files

SYNTHEA = Path(__file__).resolve().parents[1] / "fixtures" / "synthea_csv_v3"
# Bytes that break CSV and text decoding: quotes, separators, line ends, NUL, a byte Windows-1252 leaves
# undefined, the first byte of a UTF-8 sequence, and characters that make numbers and dates odd.
NASTY = list(b'",;\t\r\n\x00\x81\xc3-.(0a/ ')
LEDGERS = (
    "Account,Guarantor First,Guarantor Last,Birth Date,Phone,Claim,Service Date,Charge,Insurance Paid,Adjustment,"
    "Patient Paid,Balance,Payer,Insurance Pending\n"
    "A100,José,Peña,03/14/1980,(305) 555-0101,CL-1,03/03/2026,\"1,234.56\",200.00,(34.56),100.00,900.00,Aetna,no\n"
    "A200,Zoë,Núñez,1975-12-01,,CL-9,12/01/2025,80.00,,,,80.00,,yes\n",
    "Insurance,Name,DOB,Pubpid,Invoice,DOS,Referrer,Provider,Charge,Adjust,Paid,Balance\n"
    "Medicare,\"Ibáñez, Begoña\",1950-02-03,P77,77.1204,2026-01-15,,Dr. Ruiz,250.00,100.00,120.00,30.00\n",
    "Guarantor,PatNum,0-30 Days,31-60 Days,61-90 Days,> 90 Days,Total,-W/O Est,-Ins Est,Patient\n"
    "\"Muñoz, Inés\",4411,50.00,25.00,0.00,100.00,175.00,0.00,(40.00),135.00\n",
)
flips = st.lists(st.tuples(st.integers(0, 1 << 20), st.sampled_from(NASTY)), max_size=6)


def located(items, names: set[str]) -> int:
    """Consumes every item; each problem must name one of the files. Returns how many records came out."""
    records = 0
    for item in items:
        if isinstance(item, ImportProblem):
            assert item.where.split(":")[0] in names, item
        else:
            records += 1
    return records


def mutate(data: bytes, cut: int, changes: list[tuple[int, int]]) -> bytes:
    mutated = bytearray(data[: max(1, cut)])
    for position, value in changes:
        mutated[position % len(mutated)] = value
    return bytes(mutated)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(target=st.sampled_from(FILES), cut=st.integers(1, 40_000), changes=flips)
def test_synthea_set_with_one_file_mutated(tmp_path_factory, target, cut, changes):
    folder = tmp_path_factory.mktemp("synthea")
    for name in FILES:
        # The first few hundred rows of each real file keep an example fast.
        (folder / name).write_bytes(b"".join((SYNTHEA / name).open("rb").readlines()[:300]))
    (folder / target).write_bytes(mutate((folder / target).read_bytes(), cut, changes))
    located(parse_synthea(synthea_files([folder])), set(FILES))


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(sample=st.sampled_from(LEDGERS), cut=st.integers(1, 400), changes=flips,
       encoding=st.sampled_from(("utf-8", "cp1252")))
def test_pm_exports_mutated_under_every_shipped_profile(tmp_path_factory, sample, cut, changes, encoding):
    path = tmp_path_factory.mktemp("ledger") / "export.csv"
    path.write_bytes(mutate(sample.encode(encoding), cut, changes))
    for profile in shipped():
        if profile.kind != "synthea":
            located(parse_csv(path, profile, date(2026, 11, 27)), {"export.csv"})


def test_the_real_synthea_files_read_whole(tmp_path):
    for name in FILES:
        shutil.copy(SYNTHEA / name, tmp_path / name)
    assert located(parse_synthea(synthea_files([tmp_path])), set(FILES)) > 1000
