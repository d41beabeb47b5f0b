"""The final notice and the validation notice: refused with reasons while a hold, a plan or insurance stands,
their dates as the rules count them, their figures equal to the account's, the envelope's windows respected,
Spanish with the English after it, and the final notice the written notice agency placement waits for."""

from __future__ import annotations

import io
import re
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pypdf import PdfReader

from collections_desktop.documents.agreement_data import long_date
from collections_desktop.documents.statement import FOLD, RECIPIENT_WINDOW, RETURN_WINDOW
from collections_desktop.domain.agency import PlacementFacts
from collections_desktop.domain.ledger import EntryKind
from collections_desktop.domain.letters.final_notice import final_notice_blocks, final_notice_deadline
from collections_desktop.domain.letters.validation import assumed_receipt, itemise, validation_period_end
from collections_desktop.domain.money import format_display
from collections_desktop.services.demo.demo_plans import name_demo_clinic
from collections_desktop.services.desk.accounts import get_account, worklist
from collections_desktop.services.errors import UserError
from collections_desktop.services.outreach.agency import placement_check
from collections_desktop.services.outreach.contacts import can_contact
from collections_desktop.services.outreach.holds import set_hold
from collections_desktop.services.outreach.letters import prepare_letter
from collections_desktop.services.plans.plan_policy import export_policy, store_policy_text
from collections_desktop.storage import letters_repo
from collections_desktop.storage.contacts_repo import account_id
from tests.services.outreach.test_letters import _inside, _placed

TODAY = date.today()


def _text(content: bytes) -> str:
    return re.sub(r"\s+", " ", " ".join(p.extract_text() for p in PdfReader(io.BytesIO(content)).pages))


def _policy(workspace, **changes: str) -> None:  # noqa: ANN001
    """The policy in force with `key = value` lines replaced (values written as TOML), as the next version."""
    text = export_policy(workspace)
    version = int(re.search(r"^version = (\d+)", text, re.M).group(1))
    text = re.sub(r"^version = \d+", f"version = {version + 1}", text, count=1, flags=re.M)
    for key, value in changes.items():
        text, n = re.subn(rf"^{key} = .*$", f"{key} = {value}", text, count=1, flags=re.M)
        assert n == 1, key
    store_policy_text(workspace, text, "test")


@pytest.fixture
def ready(demo_workspace):
    """An account a final notice may go to: owing, no hold, no plan, nothing with insurance."""
    name_demo_clinic(demo_workspace)
    for row in worklist(demo_workspace, view="due", limit=80):
        blocks = placement_check(demo_workspace, row.account, TODAY)
        if set(blocks) <= {"agency_too_recent", "agency_needs_written_notice"} \
                and can_contact(demo_workspace, row.account, "letter").decision.allowed:
            return row.account
    raise AssertionError("no account ready for a final notice")


def test_the_final_notice_names_the_balance_the_day_and_fits_the_envelope(demo_workspace, ready):
    view = get_account(demo_workspace, ready)
    letter = prepare_letter(demo_workspace, ready, "final_notice", lang="en")
    text = _text(letter.content)
    assert format_display(view.patient_due_cents) in text
    assert long_date(TODAY + timedelta(days=30), "en") in text
    assert "collection agency" in text and "financial assistance" in text
    assert "plain-language summary" not in text  # not a 501(r) facility
    above = [(t, x, top) for t, x, top in _placed(letter.content) if top < FOLD]
    assert above and all(_inside(RETURN_WINDOW, x, top) or _inside(RECIPIENT_WINDOW, x, top) for _t, x, top in above)
    # The written notice placement waits for: 30 days on, that rule no longer stands in the way.
    assert "agency_needs_written_notice" in placement_check(demo_workspace, ready, TODAY + timedelta(days=10))
    assert "agency_needs_written_notice" not in placement_check(demo_workspace, ready, TODAY + timedelta(days=31))
    with demo_workspace.reading() as session:
        kept = letters_repo.documents_of(session, account_id(session, ready))
    assert [d.kind for d in kept] == ["final_notice"]


def test_a_statement_is_not_the_written_notice(demo_workspace, ready):
    prepare_letter(demo_workspace, ready, "statement", lang="en")
    assert "agency_needs_written_notice" in placement_check(demo_workspace, ready, TODAY + timedelta(days=31))


def test_no_final_notice_while_a_dispute_is_open(demo_workspace, ready):
    set_hold(demo_workspace, ready, "dispute", "says a charge is wrong")
    with pytest.raises(UserError) as refused:
        prepare_letter(demo_workspace, ready, "final_notice")
    assert refused.value.code == "letter_blocked"


def test_a_501r_facility_sends_the_summary_and_waits_for_day_120(demo_workspace, ready):
    _policy(demo_workspace, is_501r_facility="true", final_notice_days="45")
    with demo_workspace.reading() as session:
        first = letters_repo.first_statement_on(session, account_id(session, ready))
    letter = prepare_letter(demo_workspace, ready, "final_notice", lang="es")
    text = _text(letter.content)
    assert "resumen de nuestra política en palabras sencillas" in text
    deadline = max(TODAY + timedelta(days=45), first + timedelta(days=120))
    assert long_date(deadline, "es") in text


def test_the_validation_notice_waits_for_the_policy(demo_workspace, ready):
    with pytest.raises(UserError) as refused:
        prepare_letter(demo_workspace, ready, "validation_notice")
    assert refused.value.code == "validation_notice_off"


def test_the_validation_notice_itemises_to_the_cent_in_both_languages(demo_workspace, ready):
    _policy(demo_workspace, validation_notice="true", collector_role='"THIRD_PARTY"')
    view = get_account(demo_workspace, ready)
    letter = prepare_letter(demo_workspace, ready, "validation_notice", lang="es")
    text = _text(letter.content)
    assert "Aviso sobre su saldo y sus derechos" in text and "Notice about your balance and your rights" in text
    assert text.index("Aviso sobre su saldo") < text.index("Notice about your balance")
    assert "is a debt collector" in text and "es un cobrador de deudas" in text
    assert format_display(view.patient_due_cents) in text
    assert long_date(validation_period_end(TODAY), "en") in text
    assert "www.cfpb.gov/debt-collection" in text
    above = [(t, x, top) for t, x, top in _placed(letter.content) if top < FOLD]
    assert all(_inside(RETURN_WINDOW, x, top) or _inside(RECIPIENT_WINDOW, x, top) for _t, x, top in above)


def test_receipt_skips_weekends_and_holidays():
    # compliance.md F-10: sent Friday 2025-11-21, Thanksgiving on the 27th.
    assert assumed_receipt(date(2025, 11, 21)) == date(2025, 12, 1)
    assert validation_period_end(date(2025, 11, 21)) == date(2025, 12, 31)
    assert assumed_receipt(date(2026, 12, 21)) == date(2026, 12, 29)  # Christmas Friday the 25th


def test_final_notice_rules():
    facts = PlacementFacts(TODAY, 10_000, TODAY - timedelta(days=10))
    assert final_notice_blocks(facts) == []
    assert final_notice_blocks(facts, is_501r=True) == ["notice_needs_first_statement"]
    assert "agency_plan_running" in final_notice_blocks(PlacementFacts(TODAY, 10_000, TODAY, plan_state="active"))
    assert final_notice_deadline(TODAY, 10) == TODAY + timedelta(days=30)
    first = TODAY - timedelta(days=20)
    assert final_notice_deadline(TODAY, 30, is_501r=True, first_statement=first) == first + timedelta(days=120)


postings = st.lists(st.tuples(st.sampled_from(list(EntryKind)), st.integers(-50_000, 500_000),
                              st.dates(date(2024, 1, 1), date(2026, 12, 31))), max_size=40)


@given(postings, st.dates(date(2024, 1, 1), date(2026, 12, 31)))
def test_an_itemisation_adds_up(entries, day):
    item = itemise(entries, day)
    assert item.owed_then + item.interest + item.fees - item.payments - item.credits == item.owed_now
    assert item.owed_now == sum(kind.balance_sign * cents for kind, cents, _d in entries)


def test_the_assistance_letter_shows_the_scale_in_dollars(demo_workspace, ready):
    from collections_desktop.domain.assistance.poverty import guideline_on, region_for
    from collections_desktop.storage.assistance_repo import guidelines

    view = get_account(demo_workspace, ready)
    guideline = guideline_on(list(guidelines()), region_for(view.state), TODAY)
    letter = prepare_letter(demo_workspace, ready, "assistance_application", lang="en")
    text = _text(letter.content)
    for household in (1, 4, 8):  # free care up to 200 %, whole dollars rounded down
        assert format_display(guideline.for_household(household) * 2 // 100 * 100) in text
    assert "proof of income" in text and "plain-language summary" in text
    assert "Free care with a yearly income up to" in text
    above = [(t, x, top) for t, x, top in _placed(letter.content) if top < FOLD]
    assert all(_inside(RETURN_WINDOW, x, top) or _inside(RECIPIENT_WINDOW, x, top) for _t, x, top in above)
    # It informs; it is not the written notice placement waits for.
    assert "agency_needs_written_notice" in placement_check(demo_workspace, ready, TODAY + timedelta(days=31))
    spanish = _text(prepare_letter(demo_workspace, ready, "assistance_application", lang="es").content)
    assert "Atención gratuita con ingresos anuales de hasta" in spanish and "palabras sencillas" in spanish


def test_no_statement_for_nothing_owed(demo_workspace):
    name_demo_clinic(demo_workspace)
    paid = next(r.account for r in worklist(demo_workspace, view="all", limit=200)
                if get_account(demo_workspace, r.account).patient_due_cents <= 0)
    with pytest.raises(UserError) as refused:
        prepare_letter(demo_workspace, paid, "statement")
    assert refused.value.params["reasons"] == ("letter_nothing_owed",)
