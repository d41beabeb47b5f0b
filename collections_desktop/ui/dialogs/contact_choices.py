"""What the contact dialog offers: the outcomes that can happen on each channel and direction, in plain words."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

CHANNELS = ("phone", "sms", "email", "letter", "portal")
# The person reached is not on the account (or not the one called): the bill is not mentioned (H-02, F-12).
SOMEONE_ELSE = "someone_else"

_SAID = ("PROMISE_TO_PAY", "REFUSED_TO_PAY", "DISPUTE", "CEASE_REQUEST", "ATTORNEY")
_PHONE = ("CONVERSATION", "IDENTITY_VERIFIED", *_SAID, "CONSENT_TO_CALL", "OPT_OUT", "CONNECTED_NO_CONVERSATION",
          "VOICEMAIL_LCM", "NO_ANSWER", "BUSY", "NOT_IN_SERVICE", "NETWORK_FAIL", "WRONG_PARTY")
_WRITTEN_IN = ("CONVERSATION", *_SAID, "OPT_OUT", "CONSENT_TO_CALL", "WRONG_PARTY")
OUTCOMES_BY_CHANNEL: dict[tuple[str, str], tuple[str, ...]] = {
    ("phone", "outbound"): _PHONE,
    ("phone", "inbound"): ("CONVERSATION", "IDENTITY_VERIFIED", *_SAID, "CONSENT_TO_CALL", "OPT_OUT",
                           "VOICEMAIL_LCM", "WRONG_PARTY"),
    ("sms", "outbound"): ("SENT", "NOT_IN_SERVICE", "WRONG_PARTY"),
    ("sms", "inbound"): _WRITTEN_IN,
    ("email", "outbound"): ("SENT", "VERIFICATION_SENT", "NOT_IN_SERVICE", "WRONG_PARTY"),
    ("email", "inbound"): _WRITTEN_IN,
    ("letter", "outbound"): ("SENT", "VERIFICATION_SENT", "NOT_IN_SERVICE"),
    ("letter", "inbound"): ("CONVERSATION", *_SAID),
    ("portal", "outbound"): ("SENT", "VERIFICATION_SENT"),
    ("portal", "inbound"): ("CONVERSATION", *_SAID, "OPT_OUT"),
}
# Someone not entitled to hear about the bill: what can be recorded without telling them anything.
THIRD_PARTY = {"phone": ("CONNECTED_NO_CONVERSATION", "WRONG_PARTY"), "sms": ("WRONG_PARTY",),
               "email": ("WRONG_PARTY",), "letter": ("NOT_IN_SERVICE",), "portal": ("WRONG_PARTY",)}


def outcomes_for(channel: str, direction: str, *, third_party: bool = False) -> tuple[str, ...]:
    """The outcomes offered for a channel and direction; fewer when the person reached may not hear the balance."""
    if third_party:
        return THIRD_PARTY.get(channel, ("WRONG_PARTY",))
    return OUTCOMES_BY_CHANNEL.get((channel, direction), _PHONE)


def channel_text(code: str) -> str:
    t = {
        "phone": QCoreApplication.translate("ContactDialog", "Phone"),
        "sms": QCoreApplication.translate("ContactDialog", "Text message"),
        "email": QCoreApplication.translate("ContactDialog", "E-mail"),
        "letter": QCoreApplication.translate("ContactDialog", "Letter"),
        "portal": QCoreApplication.translate("ContactDialog", "Portal"),
    }
    return t.get(code, code)


def outcome_text(code: str, channel: str = "phone") -> str:
    """The outcome as the specialist would say it happened, on that channel."""
    undelivered = {
        "email": QCoreApplication.translate("ContactDialog", "Bounced: the address does not work"),
        "sms": QCoreApplication.translate("ContactDialog", "Not delivered: the number does not take texts"),
        "letter": QCoreApplication.translate("ContactDialog", "Returned: undeliverable"),
    }
    if code == "NOT_IN_SERVICE" and channel in undelivered:
        return undelivered[channel]
    if code == "CONVERSATION" and channel != "phone":
        return QCoreApplication.translate("ContactDialog", "They wrote back")
    t = {
        "CONVERSATION": QCoreApplication.translate("ContactDialog", "Spoke with the person"),
        "CONNECTED_NO_CONVERSATION": QCoreApplication.translate("ContactDialog", "Answered, no conversation"),
        "VOICEMAIL_LCM": QCoreApplication.translate("ContactDialog", "Left a limited-content voicemail"),
        "NO_ANSWER": QCoreApplication.translate("ContactDialog", "No answer"),
        "BUSY": QCoreApplication.translate("ContactDialog", "Busy"),
        "NOT_IN_SERVICE": QCoreApplication.translate("ContactDialog", "Number not in service"),
        "NETWORK_FAIL": QCoreApplication.translate("ContactDialog", "Call did not connect"),
        "WRONG_PARTY": QCoreApplication.translate("ContactDialog", "Wrong person"),
        "PROMISE_TO_PAY": QCoreApplication.translate("ContactDialog", "Promised to pay"),
        "REFUSED_TO_PAY": QCoreApplication.translate("ContactDialog", "Refused to pay"),
        "DISPUTE": QCoreApplication.translate("ContactDialog", "Disputes the bill"),
        "CEASE_REQUEST": QCoreApplication.translate("ContactDialog", "Asked us to stop contact"),
        "ATTORNEY": QCoreApplication.translate("ContactDialog", "Has an attorney"),
        "OPT_OUT": QCoreApplication.translate("ContactDialog", "Opted out of this channel"),
        "CONSENT_TO_CALL": QCoreApplication.translate("ContactDialog", "Asked us to call back"),
        "IDENTITY_VERIFIED": QCoreApplication.translate("ContactDialog", "Identity verified"),
        "VERIFICATION_SENT": QCoreApplication.translate("ContactDialog", "Sent the itemized bill (verification)"),
        "SENT": QCoreApplication.translate("ContactDialog", "Sent"),
    }
    return t.get(code, code)


def third_party_note() -> str:
    return QCoreApplication.translate(
        "ContactDialog", "This person may not hear about the bill: say only your name and the clinic's, and ask "
        "for a good time to reach the patient. They may pay on an account number they already have.")
