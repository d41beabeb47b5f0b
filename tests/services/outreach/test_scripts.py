"""Every call and message script, in both languages, passes the content rules (F-13, F-14, F-16)."""

from __future__ import annotations

import pytest

from collections_desktop.domain.compliance.content import OPT_OUT_TOKEN, lint_message, lint_opening, lint_voicemail
from collections_desktop.domain.compliance.model import Channel
from collections_desktop.services.outreach.scripts import LANGUAGES, SITUATIONS, raw


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("situation", SITUATIONS)
def test_script_follows_the_content_rules(situation, language):
    script = raw(situation, language)
    assert script.title and script.text
    channel = {"email": Channel.EMAIL, "text_message": Channel.SMS, "portal": Channel.PORTAL}.get(situation,
                                                                                                  Channel.PHONE)
    assert lint_message(script.text, channel) == []
    if situation == "voicemail":
        assert lint_voicemail(script.text) == []
    if channel in (Channel.EMAIL, Channel.SMS):
        assert OPT_OUT_TOKEN in script.text


def test_both_languages_have_the_same_situations_and_placeholders():
    import re

    for situation in SITUATIONS:
        placeholders = [set(re.findall(r"\{+[a-z_]+\}+", raw(situation, lang).text)) for lang in LANGUAGES]
        assert placeholders[0] == placeholders[1], situation


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_opening_says_nothing_of_a_bill_before_the_identity_check(language):
    """F-12, H-02: a spouse, a child or a co-worker who answers learns only who is calling and from where."""
    assert lint_opening(raw("opening", language).text) == []


@pytest.mark.parametrize(("text", "codes"), [
    ("Hi, I'm Ana from the billing office at Valley Clinic. Your date of birth?", ["said_before_verification"]),
    ("Hola, le llamo por su saldo pendiente. ¿Su fecha de nacimiento?", ["said_before_verification"]),
    ("Hi, this is Ana from Valley Clinic. How are you today?", ["opening_without_verification"]),
    ("Hi, this is Ana from Valley Clinic. Your date of birth, please? Thanks: it's about your balance.", []),
])
def test_the_opening_linter(text, codes):
    assert [r.code for r in lint_opening(text)] == codes


def test_each_channel_says_how_to_opt_out_its_own_way(demo_workspace):
    """F-13: STOP/ALTO is for texts; an e-mail or portal message says how to stop e-mails."""
    from collections_desktop.services.desk.accounts import get_account, worklist
    from collections_desktop.services.outreach.scripts import fill

    view = get_account(demo_workspace, worklist(demo_workspace, view="due", limit=1)[0].account)
    for lang, texting, mailing in (("en", "Reply STOP", "UNSUBSCRIBE"), ("es", "Responda ALTO", "BAJA")):
        assert texting in fill(view, "text_message", language=lang, callback="555-0100").text
        for situation in ("email", "portal"):
            said = fill(view, situation, language=lang, callback="555-0100").text
            assert mailing in said and "555-0100" in said and texting not in said


def test_the_greeting_follows_the_hour_where_the_patient_lives(demo_workspace):
    from datetime import UTC, datetime

    from collections_desktop.services.desk.accounts import get_account, worklist
    from collections_desktop.services.outreach.scripts import fill

    view = next(v for v in (get_account(demo_workspace, r.account)
                            for r in worklist(demo_workspace, view="due", limit=50)) if v.zip.startswith("1"))
    morning, evening = datetime(2026, 12, 2, 14, 0, tzinfo=UTC), datetime(2026, 12, 3, 1, 0, tzinfo=UTC)
    assert fill(view, "opening", language="en", now=morning).text.startswith("Good morning,")  # 9 am Eastern
    assert fill(view, "opening", language="es", now=evening).text.startswith("Buenas noches,")  # 8 pm Eastern


def test_a_held_account_offers_only_what_may_be_said(demo_workspace):
    from collections_desktop.services.desk.accounts import get_account, worklist
    from collections_desktop.services.outreach.holds import set_hold
    from collections_desktop.services.outreach.scripts import allowed_situations

    number = worklist(demo_workspace, view="due", limit=1)[0].account
    assert allowed_situations(get_account(demo_workspace, number)) == (SITUATIONS, "")
    set_hold(demo_workspace, number, "dispute", "Says the bill is wrong")
    assert allowed_situations(get_account(demo_workspace, number)) == (("dispute", "wrong_party"), "dispute")
    set_hold(demo_workspace, number, "attorney", "Letter of representation")
    assert allowed_situations(get_account(demo_workspace, number)) == ((), "attorney")
