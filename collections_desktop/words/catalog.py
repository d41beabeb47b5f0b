"""Every code's English template, gathered from the word tables of each capability (checked to be unique)."""

from __future__ import annotations

from collections_desktop.words import (
    assistance,
    desk,
    escalation,
    history,
    holds,
    imports,
    outreach,
    plans,
    policy,
    reports,
    team,
    vault,
)

TABLES = (vault, desk, history, holds, imports, outreach, plans, policy, reports, assistance, escalation, team)


def _gather() -> tuple[dict[str, str], dict[str, tuple[str, str, str]]]:
    english: dict[str, str] = {}
    plurals: dict[str, tuple[str, str, str]] = {}
    for table in TABLES:
        for code in set(table.WORDS) | set(table.PLURALS):
            if code in english or code in plurals:
                raise ValueError(f"{code} is worded twice")
        english.update(table.WORDS)
        plurals.update(table.PLURALS)
    return english, plurals


ENGLISH, PLURALS = _gather()
