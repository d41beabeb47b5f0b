"""The worklist model without widgets, checked by Qt's model tester, paging and retranslating."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt

from collections_desktop.services.desk.worklist import ids_for, rows_for
from collections_desktop.ui.models.worklist_model import PAGE_SIZE, AccountIdRole, Column, WorklistModel

NOON_ET = datetime(2026, 12, 1, 17, 0, tzinfo=UTC)


def model_for(workspace, view="all"):
    calls = []

    def load(ids):
        calls.append(len(ids))
        return rows_for(workspace, ids, at=NOON_ET)

    model = WorklistModel(load)
    model.set_ids(ids_for(workspace, view, at=NOON_ET))
    return model, calls


def test_model_passes_qt_model_tester(qtmodeltester, demo_workspace):
    model, _calls = model_for(demo_workspace)
    qtmodeltester.check(model, force_py=True)


def test_pages_load_on_demand(qapp, demo_workspace):
    model, calls = model_for(demo_workspace)
    assert model.rowCount() == 400 and calls == []
    first = model.data(model.index(0, Column.GUARANTOR))
    assert first and calls == [PAGE_SIZE]
    model.data(model.index(5, Column.PATIENT_DUE))
    assert calls == [PAGE_SIZE]
    model.data(model.index(399, Column.ACCOUNT))
    assert calls == [PAGE_SIZE, PAGE_SIZE]
    assert model.data(model.index(3, 0), AccountIdRole) == model.account_id(3)
    assert model.data(model.index(0, Column.PATIENT_DUE)).startswith(("$", "-$"))


def test_headers_follow_the_language(qapp, demo_workspace, qtbot):
    from collections_desktop.ui.i18n import LanguageManager

    model, _ = model_for(demo_workspace)
    changed = []
    model.headerDataChanged.connect(lambda *args: changed.append(args))
    languages = LanguageManager(qapp)
    try:
        languages.switch("es", remember=False)
        model.retranslate()
        assert model.headerData(Column.PATIENT_DUE, Qt.Orientation.Horizontal) == "Saldo"
        assert changed
    finally:
        languages.switch("en", remember=False)
    assert model.headerData(Column.PATIENT_DUE, Qt.Orientation.Horizontal) == "Patient due"


def test_clear_on_lock(qapp, demo_workspace):
    model, _ = model_for(demo_workspace, "today")
    assert model.rowCount() > 0
    model.clear()
    assert model.rowCount() == 0


def test_next_action_explains_why(qapp, demo_workspace):
    model, _ = model_for(demo_workspace, "holds")
    texts = [model.data(model.index(r, Column.NEXT_ACTION)) for r in range(model.rowCount())]
    assert texts and all(t.startswith("On hold: ") for t in texts)
    today, _ = model_for(demo_workspace, "today")
    whys = {today.data(today.index(r, Column.NEXT_ACTION)) for r in range(min(today.rowCount(), 100))}
    assert any("large balance past 90 days" in w for w in whys)


def test_a_first_page_read_ahead_is_used_as_it_is(qapp, demo_workspace):
    model, calls = model_for(demo_workspace)
    ids = [model.account_id(row) for row in range(model.rowCount())]
    ahead = rows_for(demo_workspace, ids[:PAGE_SIZE], at=NOON_ET)
    model.set_ids(ids, first_page=ahead)
    assert model.data(model.index(0, Column.ACCOUNT)) == ahead[0].account and calls == []
    model.set_ids(ids, first_page=ahead[:-1])  # short of the first page: read as usual
    model.data(model.index(0, Column.ACCOUNT))
    assert calls == [PAGE_SIZE]


def test_a_window_of_a_long_list_reads_other_places_as_they_are_reached(qtmodeltester, demo_workspace):
    from collections_desktop.services.desk.worklist import all_accounts_slice, all_accounts_window

    every = ids_for(demo_workspace, "all")
    around = every[300]
    part = all_accounts_window(demo_workspace, around)
    assert part.total == len(every) and part.ids == every[part.offset:part.offset + len(part.ids)]
    assert part.offset < 300 < part.offset + len(part.ids)
    slices = []

    def more(offset, count):
        slices.append((offset, count))
        return all_accounts_slice(demo_workspace, offset, count)

    model, calls = model_for(demo_workspace)
    model.set_ids(part.ids, keep=around, total=part.total, offset=part.offset, more=more)
    assert model.rowCount() == len(every) and model.keep_row == 300
    assert model.data(model.index(300, Column.ACCOUNT)) and slices == []  # read with the window
    assert model.data(model.index(0, Column.ACCOUNT)) and slices == [(0, 4 * PAGE_SIZE)]
    assert model.account_id(10) == every[10] and len(slices) == 1  # the read ahead covered it
    qtmodeltester.check(model, force_py=True)
    assert [model.account_id(r) for r in range(model.rowCount())] == every


def test_without_a_reader_the_places_not_known_stay_blank(qtmodeltester, demo_workspace):
    every = ids_for(demo_workspace, "all")
    model, calls = model_for(demo_workspace)
    model.set_ids(every[:PAGE_SIZE], total=len(every))  # e.g. Today's first page at start
    assert model.rowCount() == len(every) and model.account_id(PAGE_SIZE) is None
    assert model.data(model.index(PAGE_SIZE + 1, Column.ACCOUNT)) is None and model.data(model.index(0, 0))
    qtmodeltester.check(model, force_py=True)
    model.set_ids(every)  # the whole list when the workspace is open
    assert model.data(model.index(PAGE_SIZE + 1, Column.ACCOUNT))


def test_the_window_of_all_accounts_starts_at_the_top_without_an_account(demo_workspace):
    from collections_desktop.services.desk.worklist import WINDOW_REACH, all_accounts_window

    every = ids_for(demo_workspace, "all")
    part = all_accounts_window(demo_workspace)
    assert (part.total, part.offset, part.ids) == (len(every), 0, every[:WINDOW_REACH])
    last = all_accounts_window(demo_workspace, every[-1])
    assert last.ids == every[-WINDOW_REACH - 1:] and last.offset == len(every) - WINDOW_REACH - 1
