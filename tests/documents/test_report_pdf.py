"""Report PDFs: every kind in both languages, its charts drawn from the window's definitions and read back,
figures that match the command's JSON; and a long report that runs over pages."""

from __future__ import annotations

import json
from datetime import date

import pytest
from pypdf import PdfReader

from collections_desktop.cli import main
from collections_desktop.documents.charts import drawing
from collections_desktop.documents.report_pdf import build_report
from collections_desktop.domain.reports.charts import Chart, Series, nice_step
from tests.conftest import PASSPHRASE
from tests.pdf_pages import render_pages

TITLES = {"activity": ("Activity", "Actividad"), "outcomes": ("Collected per week", "Cobrado por semana"),
          "portfolio": ("Patient balances by age at each month end",
                        "Saldos de pacientes por antigüedad al cierre de cada mes")}


@pytest.mark.parametrize("kind", sorted(TITLES))
def test_each_report_as_a_pdf_in_both_languages(demo_dir, monkeypatch, capsys, tmp_path, kind):
    monkeypatch.setenv("COLLECTIONS_DESKTOP_PASSPHRASE", PASSPHRASE)
    for lang, chart_title, page in ((("en",) + (TITLES[kind][0], "Page 1 of")),
                                    (("es",) + (TITLES[kind][1], "Página 1 de"))):
        out = tmp_path / f"{kind}-{lang}.pdf"
        assert main(["--data-dir", str(demo_dir), "--lang", lang, "report", kind, "--from", "2026-06-01", "--to",
                     "2026-11-26", "--pdf", str(out), "--json"]) == 0
        shown = json.loads(capsys.readouterr().out)
        text = " ".join(p.extract_text() for p in PdfReader(out).pages)
        assert chart_title in text and page in text
        if kind == "portfolio":  # the roll-forward table: each month's end as the JSON has it
            last = shown["months"][-1]["end"]
            assert f"${float(last):,.2f}" in text
        if kind == "outcomes":
            assert f"${float(shown['collected']):,.2f}" in text
        assert render_pages(out, tmp_path, f"{kind}-{lang}")  # it renders


def test_a_chart_is_checked_and_drawn():
    with pytest.raises(ValueError):
        Chart("chart_collected", "stacked", (date(2026, 1, 5),), "week", (Series("source_plan", (1, 2), "#000000"),),
              "cents")
    chart = Chart("chart_collected", "stacked", (date(2026, 1, 5), date(2026, 1, 12)), "week",
                  (Series("source_plan", (1500, 0), "#2e9e6b"), Series("source_one_time", (2500, 700), "#3d6fb4")),
                  "cents", Series("chart_compared", (1000, None), "#6b6b6b"))
    assert chart.top() == 4000 and not chart.empty and nice_step(4000) == 1000
    drawn = drawing(chart, "es")
    assert drawn.width < 6.5 * 72  # fits the page's frame
    assert Chart("chart_kept", "line", (), "month", (), "rate").empty


def test_a_long_report_runs_over_pages(tmp_path):
    lines = [f"line {n}" for n in range(200)]
    pdf = build_report("Outcomes", "", "heading", lines, [], "en")
    pages = PdfReader(__import__("io").BytesIO(pdf)).pages
    assert len(pages) >= 3 and "line 199" in pages[-1].extract_text() and "Page 3 of" in pages[2].extract_text()
