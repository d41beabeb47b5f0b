"""The agency's returns file: each row a record or a problem naming its line and field, whatever the row holds."""

from __future__ import annotations

import csv
import io

from hypothesis import given, settings
from hypothesis import strategies as st

from collections_desktop.sync.agency_returns import AgencyReturnRecord, is_agency_returns, parse_agency_returns
from collections_desktop.sync.problems import ImportProblem

cell = st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=30)
row = st.tuples(st.one_of(cell, st.sampled_from(["A1", "A2"])), st.one_of(cell, st.just("2026-11-20")),
                st.one_of(cell, st.sampled_from(["payment", "status", "recall"])),
                st.one_of(cell, st.sampled_from(["10.00", "-5", "1e9"])), cell, cell)


def test_the_header_tells_the_file():
    assert is_agency_returns(["Account", "Date", "Type", "Amount", "Reference", "Note"])
    assert not is_agency_returns(["account", "claim", "answer"])


@settings(max_examples=60, deadline=None)
@given(st.lists(row, max_size=8))
def test_every_row_is_a_record_or_a_located_problem(tmp_path_factory, rows):
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["account", "date", "type", "amount", "reference", "note"])
    writer.writerows(rows)
    path = tmp_path_factory.mktemp("returns") / "returns.csv"
    path.write_text(buffer.getvalue(), encoding="utf-8")
    found = list(parse_agency_returns(path))
    for item in found:
        assert isinstance(item, (AgencyReturnRecord, ImportProblem))
        if isinstance(item, ImportProblem):
            assert item.where.startswith("returns.csv")
        elif item.kind == "payment":
            assert item.amount_cents > 0 and item.reference
