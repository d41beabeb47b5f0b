"""Whether an e-mail address may be the patient's work address (Regulation F, 12 CFR 1006.22(f)(3); F-13).

A collector may not e-mail an address it knows or should know the employer provided, unless the patient gave
it for this or wrote from it. The vault knows no employer, so any address outside the mailbox providers people
use at home is taken as possibly at work: the engine warns, and a reply to the patient's own e-mail passes."""

from __future__ import annotations

# Mailbox providers people sign up for themselves, in the US and Mexico; and the domains reserved for examples
# (RFC 2606), which belong to no employer.
PERSONAL_DOMAINS = frozenset({
    "gmail.com", "googlemail.com", "yahoo.com", "ymail.com", "rocketmail.com", "yahoo.com.mx", "hotmail.com",
    "hotmail.es", "hotmail.com.mx", "outlook.com", "outlook.es", "live.com", "live.com.mx", "msn.com",
    "icloud.com", "me.com", "mac.com", "aol.com", "aim.com", "protonmail.com", "proton.me", "pm.me", "gmx.com",
    "gmx.us", "mail.com", "zoho.com", "yandex.com", "fastmail.com", "hey.com", "tutanota.com", "att.net",
    "sbcglobal.net", "bellsouth.net", "comcast.net", "xfinity.com", "verizon.net", "cox.net", "charter.net",
    "spectrum.net", "earthlink.net", "frontier.com", "optonline.net", "juno.com", "netzero.net", "q.com",
    "centurylink.net", "windstream.net", "roadrunner.com", "twc.com", "prodigy.net.mx", "infinitum.com.mx",
    "example.com", "example.net", "example.org",
})


def may_be_work_address(address: str) -> bool:
    """True when the address's domain is not a personal mailbox provider's (a school or an employer's)."""
    domain = address.rpartition("@")[2].strip().lower().rstrip(".")
    return bool(domain) and domain not in PERSONAL_DOMAINS
