"""Call and message scripts in the patient's language, filled from the account (templates/<lang>/scripts.toml)."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from collections_desktop.domain.money import format_display
from collections_desktop.resources import template

if TYPE_CHECKING:  # the situations are listed by the window before the account services have loaded
    from collections_desktop.services.desk.accounts import AccountView

SITUATIONS = ("opening", "explain_balance", "pay_in_full", "offer_plan", "hardship", "dispute",
              "insurance_problem", "wrong_party", "cease_request", "voicemail", "email", "text_message", "portal")
LANGUAGES = ("en", "es")
# The greeting by the hour where the patient is: (until this hour, English, Spanish).
GREETINGS = ((12, "Good morning", "Buenos días"), (19, "Good afternoon", "Buenas tardes"),
             (24, "Good evening", "Buenas noches"))
# Holds on which no collection script may be read (F-06, F-08, bankruptcy's automatic stay, the estate):
# the panel says why instead. A dispute allows only its own script until verification is sent (F-11).
SILENT_HOLDS = ("bankruptcy", "attorney", "deceased", "cease_contact")
# F-13: a clear way to opt out, as each channel has it: STOP/ALTO is the texting convention; an e-mail or a
# portal message says how to stop e-mails without a fee or more than the address.
OPT_OUT_LINE = {"en": "Reply STOP to opt out.", "es": "Responda ALTO para darse de baja."}
OPT_OUT_EMAIL = {"en": "To stop e-mails from us, reply with the word UNSUBSCRIBE or call {callback}.",
                 "es": "Para dejar de recibir correos nuestros, responda con la palabra BAJA o llame al {callback}."}


@dataclass(frozen=True)
class Script:
    situation: str
    language: str
    title: str
    text: str


@cache
def _scripts(language: str) -> dict:
    return tomllib.loads(template(language, "scripts").read_text("utf-8"))


def raw(situation: str, language: str) -> Script:
    """The unfilled script, as written in resources (used by the content checks)."""
    entry = _scripts(language)[situation]
    return Script(situation, language, entry["title"], entry["text"])


def allowed_situations(view: AccountView) -> tuple[tuple[str, ...], str]:
    """The situations whose script may be read on this account, and the hold that narrows them ("" for none)."""
    silent = next((hold for hold in SILENT_HOLDS if hold in view.flags), "")
    if silent:
        return (), silent
    if "dispute" in view.flags:
        return ("dispute", "wrong_party"), "dispute"
    return SITUATIONS, ""


def greeting(view: AccountView, language: str, now: datetime | None = None) -> str:
    """"Good morning" / "Buenas tardes" by the hour where the patient lives (by ZIP; Eastern time if unknown)."""
    from collections_desktop.services.outreach.zones import zone_for_zip

    zone = ZoneInfo(zone_for_zip(view.zip) or "America/New_York")
    hour = (now or datetime.now(UTC)).astimezone(zone).hour
    _until, english, spanish = next(g for g in GREETINGS if hour < g[0])
    return spanish if language == "es" else english


def fill(view: AccountView, situation: str, *, language: str | None = None, agent: str = "",
         clinic: str = "", callback: str = "", now: datetime | None = None) -> Script:
    """The script for one account: the patient's language unless `language` is given."""
    from collections_desktop.services.desk.accounts import visit_explanations

    lang = language or (view.guarantor.preferred_language if view.guarantor.preferred_language in LANGUAGES
                        else "en")
    script = raw(situation, lang)
    explanation = " ".join(" ".join(sentences) for _claim, sentences in visit_explanations(view, lang,
                                                                                          only_due=True))
    values = {
        "{greeting}": greeting(view, lang, now),
        "{guarantor_first}": view.guarantor.first_name, "{account}": view.number,
        "{patient_due}": format_display(view.patient_due_cents), "{explanation}": explanation,
        "{agent}": agent or "[agent]", "{clinic}": clinic or "[clinic]", "{callback}": callback or "[phone]",
        "{{opt_out}}": (OPT_OUT_EMAIL[lang].replace("{callback}", callback or "[phone]")
                        if situation in ("email", "portal") else OPT_OUT_LINE[lang]),
    }
    text = script.text
    for placeholder, value in values.items():
        text = text.replace(placeholder, value)
    return Script(situation, lang, script.title, text)
