"""What may be said: voicemail limited-content messages, opt-out tokens, forbidden wording, sender names, STOP words."""

from __future__ import annotations

import re

from collections_desktop.domain.compliance.model import Channel, Reason, reason
from collections_desktop.domain.search import fold

OPT_OUT_TOKEN = "{{opt_out}}"
# F-14: words that turn a voicemail into a debt communication (English and Spanish, folded).
LCM_FORBIDDEN = ("balance", "bill", "debt", "payment", "account", "owe", "collection", "medical",
                 "saldo", "deuda", "cuenta", "pago", "factura", "cobranza", "adeuda", "medico")
# F-12/H-02: what an opening may not say before the person is verified: the words of a debt, a bill or the
# billing office (folded), so whoever answers learns nothing of the account.
BEFORE_VERIFIED = (*LCM_FORBIDDEN, "billing", "facturacion", "cobro", "cobrar")
# Where an opening asks for identity: the step that must come before any of those words.
VERIFY_STEP = ("date of birth", "fecha de nacimiento")
# F-16: threats and implied authority, in both languages.
THREATS = ("arrest", "jail", "police", "criminal", "carcel", "arresto", "policia", "demanda", "lawsuit",
           "garnish", "embargo", "lien")
# The words of a suit: allowed only where the clinic approved legal action and the debt is not time-barred (F-17).
LEGAL_ACTION = ("demanda", "lawsuit")
# H-04/H-07: what says something of a person's health; none of it belongs in an e-mail or its subject (folded).
HEALTH_WORDS = ("diagnosis", "procedure", "surgery", "oncology", "cancer", "pregnancy", "prenatal", "hiv",
                "mental health", "psychiatric", "therapy", "dental", "laboratory", "test result", "prescription",
                "diagnostico", "procedimiento", "cirugia", "oncologia", "embarazo", "salud mental", "psiquiatrico",
                "terapia", "laboratorio", "receta")
# Placeholders that would put account details in a plain e-mail (H-07): they stay in the portal or the letter.
EMAIL_DETAILS = ("{amount}", "{balance}", "{account}", "{service_date}", "{services}", "{claim}")
# T-05: marketing turns a billing e-mail into a commercial one.
MARKETING = ("special offer", "promotion", "newsletter", "coupon", "oferta especial", "promocion", "boletin", "cupon")
# T-02: replies that revoke consent outright, and reasonable-language ones (folded).
REVOCATION_WORDS = ("stop", "quit", "end", "revoke", "opt out", "optout", "cancel", "unsubscribe",
                    "alto", "parar", "cancelar", "no mas", "basta")


def _words(text: str) -> str:
    return " " + re.sub(r"[^a-z0-9 ]+", " ", fold(text)) + " "


def _contains(text: str, words: tuple[str, ...]) -> list[str]:
    haystack = _words(text)
    return [w for w in words if re.search(rf"\b{re.escape(w)}(s|es)?\b", haystack)]


def lint_voicemail(text: str, patient_names: tuple[str, ...] = ()) -> list[Reason]:
    """F-14: an LCM may name the business, a person and a number and ask for a call back — nothing else."""
    found = _contains(text, LCM_FORBIDDEN)
    found += [n for n in patient_names if n and fold(n) in fold(text)]
    return [reason("lcm_forbidden_word", word=w) for w in found]


def lint_opening(text: str) -> list[Reason]:
    """F-12, H-02: nothing about a bill, a balance or the billing office before the identity check; an opening
    without the identity check fails too."""
    folded = fold(text)
    cut = min((folded.find(step) for step in VERIFY_STEP if step in folded), default=-1)
    if cut < 0:
        return [reason("opening_without_verification")]
    before = folded[:cut]
    return [reason("said_before_verification", word=w) for w in _contains(before, BEFORE_VERIFIED)]


def lint_message(text: str, channel: Channel, *, legal_action_approved: bool = False,
                 time_barred: bool = False) -> list[Reason]:
    """F-13 and F-16: e-mail and SMS carry an opt-out; no template threatens or implies authority."""
    problems = []
    if channel in (Channel.EMAIL, Channel.SMS) and OPT_OUT_TOKEN not in text:
        problems.append(reason("missing_opt_out"))
    return problems + lint_threats(text, legal_action_approved=legal_action_approved, time_barred=time_barred)


def lint_threats(text: str, *, legal_action_approved: bool = False, time_barred: bool = False) -> list[Reason]:
    """F-16 and F-17: no threat or implied authority; a suit only where the clinic approved legal action, and
    never on a time-barred debt, whatever was approved."""
    found = []
    for word in _contains(text, THREATS):
        if word in LEGAL_ACTION and time_barred:
            found.append(reason("time_barred_legal_threat", word=word))
        elif not (legal_action_approved and word in LEGAL_ACTION):
            found.append(reason("forbidden_threat", word=word))
    return found


def lint_email(subject: str, body: str) -> list[Reason]:
    """An e-mail or portal template: F-13's opt-out and F-16 as for any message, nothing of health anywhere
    (H-04), no account details in plain e-mail (H-07), no marketing (T-05)."""
    problems = lint_message(body, Channel.EMAIL)
    problems += [reason("health_in_email", word=w) for w in _contains(f"{subject} {body}", HEALTH_WORDS)]
    problems += [reason("details_in_email", field=f.strip("{}")) for f in EMAIL_DETAILS if f in subject + body]
    problems += [reason("marketing_in_email", word=w) for w in _contains(f"{subject} {body}", MARKETING)]
    return problems


def check_sender(sender: str, legal_name: str, dbas: tuple[str, ...] = ()) -> list[Reason]:
    """APP-1: letters and scripts go out in the clinic's own legal name or DBA, never a collector-sounding one."""
    allowed = {fold(n) for n in (legal_name, *dbas) if n}
    return [] if fold(sender) in allowed else [reason("third_party_sender_name", sender=sender)]


def is_revocation(text: str) -> bool:
    """T-02: STOP, QUIT, END, REVOKE, OPT OUT, CANCEL, UNSUBSCRIBE; ALTO, PARAR, CANCELAR, NO MÁS, BASTA."""
    words = _words(text).strip()
    return any(re.fullmatch(rf"(please )?{re.escape(w)}( please)?( por favor)?", words) or
               re.match(rf"{re.escape(w)}\b", words) for w in REVOCATION_WORDS)
