"""Worklist views over a demo vault: every view answers, Today ranks callable accounts first and explains itself."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from collections_desktop.services.desk.worklist import ids_for, rows_for
from collections_desktop.services.errors import UserError
from collections_desktop.services.outreach.contacts import log_contact
from collections_desktop.storage.worklist_repo import VIEWS

NOON_ET = datetime(2026, 12, 1, 17, 0, tzinfo=UTC)


def test_every_view_answers(demo_workspace):
    sizes = {view: len(ids_for(demo_workspace, view, at=NOON_ET)) for view in VIEWS}
    assert sizes["all"] == 400
    assert 0 < sizes["today"] < sizes["all"]
    assert sizes["holds"] >= 6 and sizes["insurance_pending"] > 0
    assert sizes["promises_due"] == sizes["plans_late"] == 0
    with pytest.raises(UserError):
        ids_for(demo_workspace, "nonsense")


def test_today_puts_callable_accounts_first_and_sinks_the_rest(demo_workspace):
    ids = ids_for(demo_workspace, "today", at=NOON_ET)
    first = rows_for(demo_workspace, ids[:5], at=NOON_ET)[0]
    log_contact(demo_workspace, first.account, "phone", "CONVERSATION", at=NOON_ET, now=NOON_ET)
    later = datetime(2026, 12, 2, 17, 0, tzinfo=UTC)
    reranked = ids_for(demo_workspace, "today", at=later)
    assert reranked.index(first.account_id) > len(reranked) // 2
    rows = rows_for(demo_workspace, reranked, at=later)
    callable_flags = [r.callable_now for r in rows]
    assert callable_flags == sorted(callable_flags, reverse=True)
    sunk = next(r for r in rows if r.account_id == first.account_id)
    assert not sunk.callable_now and "conversation_wait" in sunk.reasons and sunk.next_callable_at is not None


def test_rows_explain_holds_and_search_narrows(demo_workspace):
    holds = rows_for(demo_workspace, ids_for(demo_workspace, "holds"), at=NOON_ET)
    assert all(r.next_action.startswith("hold:") for r in holds)
    some = rows_for(demo_workspace, ids_for(demo_workspace, "all")[:1])[0]
    assert ids_for(demo_workspace, "all", search=some.account) == [some.account_id]


@pytest.mark.parametrize("search", ["", "a", "mar"])
def test_lists_read_as_one_row_keep_the_order_row_by_row_reading_gives(demo_workspace, search):
    from collections_desktop.storage import desk_reads, fast_read, worklist_repo
    from collections_desktop.storage.accounts_repo import search_terms

    terms = search_terms(search)
    with demo_workspace.reading() as session:
        conn = fast_read.driver(session)
        for statement in (f"SELECT id FROM account WHERE {desk_reads.TODAY} ORDER BY {desk_reads.TODAY_ORDER}",
                          f"SELECT id FROM account ORDER BY {desk_reads.BY_NAME}"):
            assert desk_reads.id_list(conn, statement) == [row[0] for row in conn.execute(statement)]
        for view in VIEWS:
            query = worklist_repo.view_query(session, view, terms)
            by_rows = [row[0] for row in fast_read.driver_rows(session, query)]
            assert fast_read.driver_ids(session, query) == by_rows, view
            if search:
                assert worklist_repo.view_ids(session, view, terms) == by_rows, view
        assert desk_reads.id_list(conn, "SELECT id FROM account WHERE id < 0") == []
