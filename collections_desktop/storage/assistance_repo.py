"""Reads and writes for financial assistance: the poverty guidelines shipped as data, and the screenings kept."""

from __future__ import annotations

import tomllib
from datetime import datetime
from functools import cache

from sqlalchemy import select
from sqlalchemy.orm import Session

from collections_desktop.domain.assistance.poverty import REGIONS, Guideline
from collections_desktop.domain.assistance.screening import Screening
from collections_desktop.resources import resource
from collections_desktop.storage.assistance_models import AssistanceScreeningRow
from collections_desktop.storage.types import utc_now


@cache
def guidelines() -> tuple[Guideline, ...]:
    """Every year's guidelines in resources/data/poverty_guidelines.toml (whole dollars there, cents here)."""
    data = tomllib.loads(resource("data", "poverty_guidelines.toml").read_text("utf-8"))
    return tuple(Guideline(int(year), region, table["published"], int(table[region]["first"]) * 100,
                           int(table[region]["each_more"]) * 100, str(table.get("source", "")))
                 for year, table in data.items() for region in REGIONS)


def keep_screening(session: Session, account_id: int, screened_at: datetime, result: Screening) -> int:
    row = AssistanceScreeningRow(
        account_id=account_id, screened_at=screened_at, created_at=utc_now(), household=result.household,
        annual_income_cents=result.annual_income_cents, guideline_year=result.guideline.year,
        region=result.guideline.region, percent_tenths=int(result.percent * 10),
        discount_percent=result.discount_percent, balance_cents=result.balance_cents,
        likely_owed_cents=result.likely_owed_cents, offered=result.offer_application)
    session.add(row)
    session.flush()
    return row.id


def screenings_of(session: Session, account_id: int) -> list[AssistanceScreeningRow]:
    return list(session.scalars(select(AssistanceScreeningRow).where(AssistanceScreeningRow.account_id == account_id)
                                .order_by(AssistanceScreeningRow.screened_at)))
