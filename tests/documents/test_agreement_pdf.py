"""The agreement PDF read back: names, every figure and the schedule in English and Spanish; refusals; e-mail."""

from __future__ import annotations

import email
import io
import re
from dataclasses import replace
from datetime import date
from email import policy

import pytest
from pypdf import PdfReader

from collections_desktop.documents.agreement import build_agreement
from collections_desktop.documents.agreement_data import (
    AgreementData,
    AgreementIncompleteError,
    Autopay,
    Covered,
    FollowUpTerms,
)
from collections_desktop.documents.email_draft import agreement_email
from collections_desktop.domain.plans.schedule import build_schedule, split_equal
from tests.pdf_pages import render_pages

CLINIC = {"legal_name": "Clínica San José, P.C.", "doing_business_as": "", "address": "9 Calle Ñandú, El Paso, TX",
          "phone": "(915) 555-0100", "hours": "L–V 8–17"}


def sample(**changes) -> AgreementData:
    schedule = build_schedule(split_equal(123456 - 20000, 12), date(2027, 1, 31), "monthly", 20000,
                              date(2026, 12, 15))
    data = AgreementData(
        clinic=CLINIC, account="A-77", plan_version=2, guarantor_name="José Peña Núñez",
        guarantor_birth_date=date(1980, 3, 14), guarantor_address="45 Calle Señora, El Paso, TX 79901",
        patients=("José Peña Núñez", "Iñaki Peña"), minor_signer="José Peña Núñez", statement_date=date(2026, 11, 26),
        covered=(Covered("CLM-1", date(2026, 5, 2), 100000), Covered("CLM-2", date(2026, 6, 9), 23456)),
        total_cents=123456, schedule=tuple(schedule), frequency="monthly", payment_method="card",
        follow_up=FollowUpTerms(15, 1, 10, 14, 2, 30), preferred_language="es",
        autopay=Autopay("Visa 4242", date(2026, 11, 26)))
    return replace(data, **changes)


def text_of(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def figures(text: str) -> list[str]:
    return re.findall(r"\$[\d,]+\.\d\d", text)


@pytest.mark.parametrize(("lang", "words"), [
    ("en", ["Payment Plan Agreement", "Page 1 of 2", "Page 2 of 2", "January 31, 2027", "0% interest, no fees",
            "Truth in Lending", "Automatic payment authorization"]),
    ("es", ["Convenio de plan de pagos", "Página 1 de 2", "Página 2 de 2", "31 de enero de 2027",
            "0 % de interés, sin cargos", "Ley de Veracidad", "Autorización de pago automático"]),
])
def test_each_language_carries_names_figures_and_schedule(lang, words):
    pages = text_of(build_agreement(sample(), (lang,)))
    text = "\n".join(pages)
    assert len(pages) == 2
    for word in [*words, "José Peña Núñez", "Clínica San José, P.C.", "Iñaki Peña", "A-77", "CLM-1", "CLM-2",
                 "$1,234.56", "$1,000.00", "$234.56", "$200.00", "$86.21", "$86.25", "Visa 4242"]:
        assert word in text, word
    assert text.count("$86.21") >= 11  # every regular installment is in the schedule


def test_both_versions_have_identical_figures():
    pages = text_of(build_agreement(sample(), ("es", "en")))
    assert len(pages) == 4 and "Página 2 de 2" in pages[1] and "Page 2 of 2" in pages[3]
    assert figures(pages[0] + pages[1]) == figures(pages[2] + pages[3])


@pytest.mark.parametrize(("changes", "field"), [
    ({"schedule": ()}, "first_due_date"),
    ({"clinic": {**CLINIC, "legal_name": " "}}, "clinic.legal_name"),
    ({"guarantor_birth_date": None}, "guarantor.birth_date"),
    ({"autopay": Autopay("", date(2026, 11, 26))}, "autopay.authorization"),
])
def test_a_missing_required_field_is_refused_by_name(changes, field):
    with pytest.raises(AgreementIncompleteError) as err:
        build_agreement(sample(**changes), ("en",))
    assert field in err.value.fields


def test_the_same_plan_builds_the_same_bytes_and_renders(tmp_path):
    first, second = build_agreement(sample(), ("en",)), build_agreement(sample(), ("en",))
    assert first == second
    pngs = render_pages(first, tmp_path, dpi=40)
    assert len(pngs) == 2 and all(p.read_bytes().startswith(b"\x89PNG") and p.stat().st_size > 2000 for p in pngs)


def test_the_email_draft_parses_back_with_its_attachment():
    pdf = build_agreement(sample(), ("es", "en"))
    raw = agreement_email(to="José Peña <jose@example.com>", sender="", name="José Peña Núñez", account="A-77",
                          clinic=CLINIC, lang="es", pdf=pdf)
    message = email.message_from_bytes(raw, policy=policy.default)
    assert message["X-Unsent"] == "1" and "jose@example.com" in message["To"]
    assert message["Subject"] == "Su convenio de plan de pagos – cuenta A-77"
    body = message.get_body(("plain",)).get_content()
    assert "José Peña Núñez" in body and "(915) 555-0100" in body
    [attachment] = list(message.iter_attachments())
    assert attachment.get_filename() == "plan-de-pagos-A-77.pdf"
    assert attachment.get_content() == pdf


def test_a_pending_assistance_application_is_stated():
    text = "\n".join(text_of(build_agreement(sample(assistance_decision="pending"), ("en",))))
    assert "Application pending; this plan is optional and does not stop it" in text
