"""Whether two records name the same patient and the same visit, so a claim is never put on someone else."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from collections_desktop.domain.search import fold

_NOT_NAME = re.compile(r"[^a-z0-9]+")


@dataclass(frozen=True)
class PatientKey:
    """What a remittance or the vault knows of a claim's patient: name, member id, visit date."""

    first_name: str
    last_name: str
    member_id: str = ""
    service_date: date | None = None

    @property
    def initials(self) -> str:
        """Initials only: enough to tell two patients apart in a message without naming either."""
        return "".join(f"{part.strip()[:1].upper()}." for part in (self.first_name, self.last_name) if part.strip())


def name_key(text: str) -> str:
    """A name folded to letters and digits: "O'Brien-Peña" and "OBRIEN PENA" agree."""
    return _NOT_NAME.sub("", fold(text))


def _first_names_agree(a: str, b: str) -> bool:
    """Equal first names, or one is the other's initial ("J" for "John"), as remittances often shorten them."""
    a, b = name_key(a), name_key(b)
    if not a or not b:
        return True
    return a == b or (len(a) == 1 and b.startswith(a)) or (len(b) == 1 and a.startswith(b))


def same_patient(known: PatientKey, named: PatientKey) -> bool:
    """True when nothing the two records both say tells the patients apart.

    Last names must agree when both are given; first names agree or one is an initial; member ids,
    when both carry one, must be equal. A record with no name at all matches on member id alone.
    """
    if known.member_id and named.member_id and name_key(known.member_id) != name_key(named.member_id):
        return False
    known_last, named_last = name_key(known.last_name), name_key(named.last_name)
    if known_last and named_last and known_last != named_last:
        return False
    if not _first_names_agree(known.first_name, named.first_name):
        return False
    return bool((known_last and named_last) or (known.member_id and named.member_id))


def same_visit(known: PatientKey, named: PatientKey) -> bool:
    """The same patient on the same date of service, where both records give the date."""
    dates_agree = known.service_date is None or named.service_date is None or known.service_date == named.service_date
    return dates_agree and same_patient(known, named)
