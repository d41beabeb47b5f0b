"""No rendered text carries a bare code: the command line's text output, in English and Spanish, says words."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from collections_desktop.cli import main

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
CODE = re.compile(r"\b[A-Za-z]+_[A-Za-z0-9_]+\b")
# File names, paths, e-mail addresses and options are the user's own words, not codes.
NOT_PROSE = re.compile(r"\S*[/@]\S*|\S+\.(?:csv|835|edi|x12|json|ndjson|txt|pdf|toml|db)\b|--[a-z-]+")


def raw_codes(text: str) -> list[str]:
    return CODE.findall(NOT_PROSE.sub(" ", text))


def test_the_check_sees_a_code_and_lets_paths_and_addresses_be():
    assert raw_codes("Holds: insurance_pending") == ["insurance_pending"]
    assert raw_codes("wrote /tmp/x_y/z_w.csv for ana_lopez@example.com; see cut_after_charge.csv") == []


def _outputs(demo_dir: Path, lang: str, capsys) -> dict[str, str]:
    from collections_desktop.services.desk.accounts import worklist
    from collections_desktop.services.workspace import open_workspace
    from tests.conftest import PASSPHRASE

    ws = open_workspace(demo_dir, passphrase=PASSPHRASE)
    numbers = [r.account for r in worklist(ws, view="holds", limit=3)] + [
        r.account for r in worklist(ws, view="due", limit=3)]
    ws.close()
    commands = {"worklist": ["worklist", "--view", "holds"], "vault check": ["vault", "check"],
                "audit verify": ["audit", "verify"], "policy export": ["policy", "export", "--out",
                                                                       str(demo_dir.parent / "policy.toml")]}
    for number in numbers:
        commands[f"account {number}"] = ["account", number]
        commands[f"can-contact {number}"] = ["can-contact", number, "--channel", "phone"]
        commands[f"plan quote {number}"] = ["plan", "quote", number]
        commands[f"plan show {number}"] = ["plan", "show", number]
        commands[f"agency {number}"] = ["agency", number, "--note", "checking the rules"]
        commands[f"history {number}"] = ["history", number]
    for fixture in sorted((FIXTURES / "bad").iterdir()) + sorted((FIXTURES / "x12_835").rglob("*.835"))[:3]:
        commands[f"import {fixture.name}"] = ["import", str(fixture), "--dry-run"]
    said = {}
    for name, argv in commands.items():
        try:
            main(["--data-dir", str(demo_dir), "--lang", lang, *argv])
        except SystemExit as usage:  # argparse's own words are not ours to check, but a usage error is a test bug
            raise AssertionError(f"{name}: {usage}") from None
        captured = capsys.readouterr()
        said[name] = captured.out + captured.err
    return said


@pytest.mark.parametrize("lang", ["en", "es"])
def test_command_line_text_says_words_not_codes(demo_dir, monkeypatch, capsys, lang):
    from tests.conftest import PASSPHRASE

    monkeypatch.setenv("COLLECTIONS_DESKTOP_PASSPHRASE", PASSPHRASE)
    said = _outputs(demo_dir, lang, capsys)
    assert len(said) > 20 and all(text.strip() for text in said.values())
    found = {name: raw_codes(text) for name, text in said.items() if raw_codes(text)}
    assert found == {}
