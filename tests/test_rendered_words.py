"""No rendered text shows a bare code (snake_case) or an ISO date, in either language, on the demo vault: the
command line's text output and the PDFs (agreement, notice, receipt). The window is checked in
tests/ui/test_rendered_window.py with the same rule."""

from __future__ import annotations

import email
import json
import re
from datetime import date
from email import policy

import pytest
from pypdf import PdfReader

from collections_desktop.cli import main
from tests.conftest import PASSPHRASE

SNAKE = re.compile(r"\b[a-z][a-z0-9]*_[a-z0-9_]+\b")
ISO_DAY = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")
PATH = re.compile(r"\S*/\S*")  # a file's path, which a person asked for by name


def leaks(text: str) -> list[str]:
    """Codes and ISO dates in `text`, with a little context each; paths are left out."""
    plain = PATH.sub(" ", text)
    return [plain[max(m.start() - 30, 0):m.end() + 10].replace("\n", " ")
            for pattern in (SNAKE, ISO_DAY) for m in pattern.finditer(plain)]


@pytest.fixture
def seeded(demo_dir, monkeypatch):
    """The demo vault with the demo clinic's policy, plans (some late) and promises."""
    from collections_desktop.services.demo.demo_plans import seed_plans
    from collections_desktop.services.workspace import open_workspace

    workspace = open_workspace(demo_dir, passphrase=PASSPHRASE)
    try:
        seed_plans(workspace, date.today())
    finally:
        workspace.close()
    monkeypatch.setenv("COLLECTIONS_DESKTOP_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("COLLECTIONS_DESKTOP_DATA_DIR", str(demo_dir))
    return demo_dir


def _json(capsys, *args: str) -> dict:
    assert main([*args, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def _accounts(capsys) -> list[str]:
    """A spread of accounts: Today's first, on hold, with a late plan, with a promise, waiting on insurance."""
    chosen = []
    for view, take in (("today", 3), ("holds", 3), ("plans_late", 2), ("promises_due", 1),
                       ("insurance_pending", 1)):
        rows = _json(capsys, "worklist", "--view", view, "--limit", str(take))["rows"]
        chosen += [row["account"] for row in rows]
    return list(dict.fromkeys(chosen))


@pytest.mark.parametrize("lang", ["en", "es"])
def test_the_command_lines_text_shows_no_code_or_iso_date(seeded, capsys, lang):
    numbers = _accounts(capsys)
    commands = [["worklist", "--view", view] for view in ("today", "all", "holds", "plans_late", "promises_due",
                                                           "insurance_pending", "with_billing")]
    for number in numbers:
        commands += [["account", number], ["history", number], ["plan", "show", number],
                     ["can-contact", number, "--channel", "phone"], ["can-contact", number, "--channel", "letter"]]
    commands += [["plan", "quote", numbers[0]], ["vault", "check"], ["audit", "verify"]]
    found = {}
    for command in commands:
        main(["--lang", lang, *command])
        captured = capsys.readouterr()
        problems = leaks(captured.out + captured.err)
        if problems:
            found[" ".join(command)] = problems[:3]
    assert found == {}


def test_the_pdfs_show_no_code_or_iso_date(seeded, capsys, tmp_path):
    late = next(row["account"] for row in _json(capsys, "worklist", "--view", "plans_late")["rows"]
                if _json(capsys, "plan", "show", row["account"])["plans"][0]["status"] == "late")
    due = next(row["account"] for row in _json(capsys, "worklist", "--limit", "40")["rows"]
               if not _json(capsys, "plan", "show", row["account"])["plans"]
               and _json(capsys, "account", row["account"])["emails"])
    assert main(["plan", "create", due, "--installments", "3"]) == 0
    written = []
    drafts = []
    for lang in ("en", "es", "both"):
        out = tmp_path / f"agreement-{lang}.pdf"
        drafts.append(tmp_path / f"agreement-{lang}.eml")
        assert main(["agreement", due, "--lang", lang, "--out", str(out), "--email", str(drafts[-1])]) == 0
        written.append(out)
    out = tmp_path / "notice.pdf"
    assert main(["plan", "notice", late, "--sent-on", date.today().isoformat(), "--out", str(out)]) == 0
    written.append(out)
    for number, name in ((due, "receipt-due.pdf"), (late, "receipt-late.pdf")):
        assert main(["pay", number, "--amount", "1.00", "--method", "check", "--reference", "1001",
                     "--receipt", str(tmp_path / name)]) == 0
        written.append(tmp_path / name)
    capsys.readouterr()
    found = {}
    for pdf in written:
        text = "\n".join(page.extract_text() for page in PdfReader(pdf).pages)
        assert len(text) > 200, pdf.name
        problems = leaks(text)
        if problems:
            found[pdf.name] = problems[:3]
    for draft in drafts:  # the e-mail's own words, beside the PDF it carries
        message = email.message_from_bytes(draft.read_bytes(), policy=policy.default)
        body = message.get_body(preferencelist=("plain",)).get_content()
        problems = leaks(str(message["Subject"]) + "\n" + body)
        if problems:
            found[draft.name] = problems[:3]
    assert found == {}
