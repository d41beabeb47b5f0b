"""The optional sections of the clinic's policy: [letters], [assistance], [agency] and [escalation] (the ladder,
credit reporting and the state tables its gates read)."""

from __future__ import annotations

import re
from typing import Any

from collections_desktop.domain.escalation.rules import ladder_problem, with_credit_report
from collections_desktop.domain.plans.policy_fields import PolicyError, flag, integer, money

STATE = re.compile(r"[A-Z]{2}")


def letters(section: object) -> dict[str, Any]:
    """[letters] (optional): validation_notice = true|false, final_notice_days = 30…365."""
    if not isinstance(section, dict):
        raise PolicyError("letters", "policy_section_not_table")
    found: dict[str, Any] = {"validation_notice": flag(section, "validation_notice", "letters")}
    if "final_notice_days" in section:
        found["final_notice_days"] = integer(section, "final_notice_days", "letters", low=30, high=365)
    return found


ASSISTANCE_DOCUMENTS = ("proof_of_income", "photo_id", "household_members", "proof_of_residence",
                        "benefits_letter", "tax_return")


def assistance(section: object) -> dict[str, Any]:
    """[assistance] (optional): tiers = [{ up_to_percent = 200, discount_percent = 100 }, …] rising, and
    documents = ["proof_of_income", …]."""
    if section is None:
        return {}
    if not isinstance(section, dict):
        raise PolicyError("assistance", "policy_section_not_table")
    found: dict[str, Any] = {}
    if "tiers" in section:
        raw = section["tiers"]
        if not isinstance(raw, list) or not raw:
            raise PolicyError("assistance.tiers", "policy_no_tiers")
        tiers, previous = [], 0
        for k, item in enumerate(raw):
            where = f"assistance.tiers[{k + 1}]"
            if not isinstance(item, dict):
                raise PolicyError(where, "policy_section_not_table")
            line = integer(item, "up_to_percent", where, low=1, high=1000)
            discount = integer(item, "discount_percent", where, low=1, high=100)
            if line <= previous:
                raise PolicyError(f"{where}.up_to_percent", "policy_tiers_must_rise")
            tiers.append((line, discount))
            previous = line
        found["assistance_tiers"] = tuple(tiers)
    if "documents" in section:
        documents = section["documents"]
        if not isinstance(documents, list) or any(d not in ASSISTANCE_DOCUMENTS for d in documents):
            raise PolicyError("assistance.documents", "policy_unknown_document",
                              choices=", ".join(ASSISTANCE_DOCUMENTS))
        found["assistance_documents"] = tuple(documents)
    return found


AGENCY_FORMATS = ("csv", "tab")


def agency(section: object) -> dict[str, Any]:
    """[agency] (optional): name = "…" (the agency the clinic places with) and file_format = "csv" | "tab"."""
    if section is None:
        return {}
    if not isinstance(section, dict):
        raise PolicyError("agency", "policy_section_not_table")
    name = section.get("name", "")
    if not isinstance(name, str) or len(name) > 80:
        raise PolicyError("agency.name", "policy_agency_name")
    file_format = section.get("file_format", "csv")
    if file_format not in AGENCY_FORMATS:
        raise PolicyError("agency.file_format", "policy_agency_format", value=str(file_format)[:20],
                          choices=", ".join(AGENCY_FORMATS))
    return {"agency_name": name.strip(), "agency_file_format": file_format}


def escalation(section: object) -> dict[str, Any]:
    """[escalation] (optional): steps = [{ step = "statement_1", wait_days = 0 }, …] in ladder order,
    minimum_balance = "25.00", credit_reporting = true|false, credit_report_banned_states = ["CA", …], and the
    tables [escalation.state_waits] (state = days) and [escalation.limitation_years] (state = years)."""
    if section is None:
        return {}
    if not isinstance(section, dict):
        raise PolicyError("escalation", "policy_section_not_table")
    found: dict[str, Any] = {}
    reporting = flag(section, "credit_reporting", "escalation")
    if "steps" in section:
        steps = _steps(section["steps"])
        if not reporting and any(name == "credit_report" for name, _wait in steps):
            raise PolicyError("escalation.steps", "policy_credit_reporting_off")
        found["escalation_steps"] = steps
    if reporting:
        from collections_desktop.domain.escalation.rules import DEFAULT_STEPS

        found["escalation_steps"] = with_credit_report(found.get("escalation_steps", DEFAULT_STEPS))
    if "minimum_balance" in section:
        found["escalation_minimum_cents"] = money(section, "minimum_balance", "escalation")
    if "credit_report_banned_states" in section:
        states = section["credit_report_banned_states"]
        if not isinstance(states, list) or not all(isinstance(s, str) and STATE.fullmatch(s) for s in states):
            raise PolicyError("escalation.credit_report_banned_states", "policy_states")
        found["escalation_credit_bans"] = tuple(states)
    if "state_waits" in section:
        found["escalation_state_waits"] = _by_state(section["state_waits"], "escalation.state_waits", 730)
    if "limitation_years" in section:
        found["escalation_limitation_years"] = _by_state(section["limitation_years"], "escalation.limitation_years",
                                                         30)
    return found


def _steps(raw: object) -> tuple[tuple[str, int], ...]:
    if not isinstance(raw, list):
        raise PolicyError("escalation.steps", "policy_ladder_steps")
    steps = []
    for k, item in enumerate(raw):
        where = f"escalation.steps[{k + 1}]"
        if not isinstance(item, dict) or not isinstance(item.get("step"), str):
            raise PolicyError(where, "policy_ladder_steps")
        steps.append((item["step"], integer(item, "wait_days", where, low=0, high=365)))
    problem = ladder_problem(steps)
    if problem is not None:
        raise PolicyError("escalation.steps", problem)
    return tuple(steps)


def _by_state(table: object, where: str, high: int) -> tuple[tuple[str, int], ...]:
    """A table of two-letter states, each with a whole number from 1 to `high`."""
    if not isinstance(table, dict):
        raise PolicyError(where, "policy_section_not_table")
    for state in table:
        if not STATE.fullmatch(state):
            raise PolicyError(f"{where}.{state}", "policy_states")
    return tuple((state, integer(table, state, where, low=1, high=high)) for state in sorted(table))
