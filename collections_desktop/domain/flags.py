"""Account flags that change what the specialist may do with an account."""

from __future__ import annotations

from enum import Enum


class AccountFlag(str, Enum):
    """A hold or status on an account, set by the specialist, an import or a contact outcome."""

    DISPUTE = "dispute"
    CEASE_CONTACT = "cease_contact"
    ATTORNEY = "attorney"
    BANKRUPTCY = "bankruptcy"
    DECEASED = "deceased"
    FINANCIAL_ASSISTANCE_PENDING = "financial_assistance_pending"
    INSURANCE_PENDING = "insurance_pending"


class PaymentMethod(str, Enum):
    """How a patient paid; a card payment keeps only its reference, never the card number."""

    CASH = "cash"
    CHECK = "check"
    CARD = "card"
    ACH = "ach"
    PORTAL = "portal"
    OTHER = "other"
