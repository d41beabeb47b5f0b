"""Import boundaries of DESIGN.md §1: no Qt below ui/, no storage from ui/, pure domain."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "collections_desktop"

FORBIDDEN = {
    "domain": ("PySide6", "sqlalchemy", "sqlcipher3", "reportlab", "collections_desktop.storage",
               "collections_desktop.services", "collections_desktop.ui", "collections_desktop.sync",
               "collections_desktop.documents", "collections_desktop.words"),
    "storage": ("PySide6", "collections_desktop.services", "collections_desktop.ui", "collections_desktop.words"),
    # The catalog of words is read by the command line and the window only: below them, codes.
    "words": ("PySide6", "sqlalchemy", "collections_desktop.domain", "collections_desktop.storage",
              "collections_desktop.services", "collections_desktop.ui", "collections_desktop.sync",
              "collections_desktop.documents", "collections_desktop.cli"),
    "sync": ("PySide6", "collections_desktop.storage", "collections_desktop.services", "collections_desktop.ui"),
    "documents": ("PySide6", "collections_desktop.storage", "collections_desktop.services",
                  "collections_desktop.ui"),
    "services": ("PySide6", "collections_desktop.ui", "collections_desktop.words"),
    "ui": ("collections_desktop.storage", "collections_desktop.sync", "collections_desktop.documents",
           "collections_desktop.cli", "collections_desktop.atomic", "sqlalchemy", "sqlcipher3", "reportlab"),
    "cli": ("collections_desktop.storage", "sqlalchemy", "sqlcipher3", "collections_desktop.sync"),
}


def imported_modules(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = []
    package_parts = path.relative_to(PACKAGE.parent).with_suffix("").parts[:-1]
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = ".".join(package_parts[: len(package_parts) - node.level + 1])
                names.append(f"{base}.{node.module}" if node.module else base)
            else:
                names.append(node.module or "")
    return names


def violations() -> list[str]:
    found = []
    for layer, banned in FORBIDDEN.items():
        for path in sorted((PACKAGE / layer).rglob("*.py")):
            for name in imported_modules(path):
                if any(name == b or name.startswith(b + ".") for b in banned):
                    found.append(f"{path.relative_to(PACKAGE)} imports {name}")
    return found


def test_layers_respect_their_boundaries():
    assert violations() == []


def test_the_check_catches_a_violation(tmp_path, monkeypatch):
    fake = tmp_path / "collections_desktop"
    (fake / "domain").mkdir(parents=True)
    (fake / "domain" / "bad.py").write_text("from PySide6.QtCore import QObject\n")
    (fake / "ui").mkdir()
    (fake / "ui" / "bad.py").write_text("from ..storage import vault\n")
    monkeypatch.setattr(__import__(__name__), "PACKAGE", fake)
    assert violations() == ["domain/bad.py imports PySide6.QtCore", "ui/bad.py imports collections_desktop.storage"]


def test_every_module_opens_with_a_docstring():
    missing = [str(p.relative_to(PACKAGE)) for p in PACKAGE.rglob("*.py")
               if "versions" not in p.parts and ast.get_docstring(ast.parse(p.read_text(encoding="utf-8"))) is None]
    assert missing == []


def test_services_build_no_sql():
    """Services name what they read through storage functions; from SQLAlchemy they take only the Session type
    and its errors (so the same services can run on PostgreSQL later)."""
    found = []
    for path in sorted((PACKAGE / "services").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("sqlalchemy"):
                names = {alias.name for alias in node.names}
                if not (node.module == "sqlalchemy.orm" and names <= {"Session"}) and node.module != "sqlalchemy.exc":
                    found.append(f"{path.relative_to(PACKAGE)} imports {sorted(names)} from {node.module}")
            elif isinstance(node, ast.Import) and any(a.name.startswith("sqlalchemy") for a in node.names):
                found.append(f"{path.relative_to(PACKAGE)} imports sqlalchemy")
    assert found == []


# What the window may take from the domain: value types, constants and formatting, never a rule to apply itself.
UI_DOMAIN = {"collections_desktop.domain.money": {"format_display"},
             "collections_desktop.domain.aging": {"BUCKET_ORDER"},
             "collections_desktop.domain.plans.lifecycle": {"OPEN"},
             "collections_desktop.domain.plans.quote": {"PlanOption"}}


def test_ui_takes_services_and_domain_values_only():
    """ui/ imports PySide6, services, resources, the catalog of words, its own modules and the domain values above;
    nothing else of ours."""
    found = []
    for path in sorted((PACKAGE / "ui").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.ImportFrom) or not (node.module or "").startswith("collections_desktop"):
                continue
            module = node.module or ""
            names = {alias.name for alias in node.names}
            allowed = (module.startswith(("collections_desktop.ui", "collections_desktop.services",
                                          "collections_desktop.words"))
                       or module in ("collections_desktop", "collections_desktop.resources")
                       or names <= UI_DOMAIN.get(module, set()))
            if not allowed:
                found.append(f"{path.relative_to(PACKAGE)} imports {sorted(names)} from {module}")
    assert found == []
