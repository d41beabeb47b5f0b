"""Every call and message script, in both languages, passes the content rules (F-13, F-14, F-16)."""

from __future__ import annotations

import pytest

from collections_desktop.domain.compliance.content import OPT_OUT_TOKEN, lint_message, lint_voicemail
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
