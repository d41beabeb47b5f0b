"""The `collections-desktop` command: argparse over services, and the launcher of the window."""

from __future__ import annotations

import argparse
import contextlib
import multiprocessing
import os
import sys
from collections.abc import Callable

from collections_desktop.cli.common import data_dir
from collections_desktop.cli.parser import build_parser, read_private_texts
from collections_desktop.services.errors import UserError
from collections_desktop.words import say

DEBUG_ENV = "COLLECTIONS_DESKTOP_DEBUG"


def _screen_available() -> bool:
    """Whether Qt has somewhere to open the window: a display on Linux (X11, Wayland), or a platform set on purpose."""
    if os.environ.get("QT_QPA_PLATFORM") or not sys.platform.startswith("linux"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def cmd_gui(args: argparse.Namespace, lang: str) -> int:
    server = _team_server(args)
    if not _screen_available():  # else Qt aborts with a platform-plugin message
        raise UserError("no_display")
    # Unlocking with the remembered key starts before Qt loads; the window shows its first page when both are done.
    from collections_desktop.services.vault.early_start import begin
    from collections_desktop.services.vault.vault_access import vault_exists

    folder = data_dir(args)
    early = begin(folder, use_keyring=True) if vault_exists(folder) and server is None else None
    from collections_desktop.ui.launch import run

    return run(folder, args.lang, early, server)


def _team_server(args: argparse.Namespace) -> str | None:
    """The team server the window signs in to (`--database` or COLLECTIONS_DESKTOP_DATABASE_URL), checked
    before any window opens; None: the vault."""
    given = getattr(args, "server_database", None)
    address = (given or os.environ.get("COLLECTIONS_DESKTOP_DATABASE_URL", "")).strip()
    if not address:
        return None
    from collections_desktop.services.team.server import checked_address

    return checked_address(address)


def _command(module: str, name: str) -> Callable[[argparse.Namespace, str], int]:
    """The command `name` of `collections_desktop.cli.<module>`, imported when it runs (the window starts sooner)."""
    def run(args: argparse.Namespace, lang: str) -> int:
        import importlib

        return getattr(importlib.import_module(f"collections_desktop.cli.{module}"), f"cmd_{name}")(args, lang)
    return run


COMMANDS: dict[str | None, Callable[[argparse.Namespace, str], int]] = {
    **{name.replace("_", "-"): _command("commands", name) for name in (
        "init", "demo", "import", "export", "account", "can_contact", "log_contact", "pay", "worklist", "backup",
        "restore", "screenshot", "agency", "decide", "vault")},
    **{name.replace("_", "-"): _command("vault", name) for name in ("change_passphrase", "recovery_key", "audit")},
    **{name: _command("plans", name) for name in ("plan", "promise", "agreement", "policy")},
    **{name: _command("history", name) for name in ("history", "note", "hold", "handoff")},
    "report": _command("report", "report"),
    "letters": _command("letters", "letters"),
    "message": _command("letters", "message"),
    "fap": _command("assistance", "fap"),
    "escalation": _command("escalation", "escalation"),
    "escalate": _command("escalation", "escalate"),
    "team": _command("team", "team"),
    None: cmd_gui,
}


def main(argv: list[str] | None = None) -> int:
    multiprocessing.freeze_support()  # demo workers start from the frozen binary too
    # Everything this program writes holds or derives from patient data: folders 0700, files 0600.
    os.umask(0o077)
    args = build_parser().parse_args(argv)
    lang = args.lang or ("es" if os.environ.get("LANG", "").startswith("es") else "en")
    try:
        read_private_texts(args)
        return COMMANDS[args.command](args, lang)
    except UserError as exc:
        print(f"collections-desktop: {say(exc.code, lang, **exc.params)}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader (e.g. `| head`) went away; stop quietly like other shell tools.
        with contextlib.suppress(OSError):
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115
        return 0
    except Exception as exc:  # noqa: BLE001 - no traceback (it may quote patient data) unless asked
        if os.environ.get(DEBUG_ENV):
            raise
        reason = str(getattr(exc, "orig", exc)).lower()
        if "malformed" in reason or "not a database" in reason:
            print(f"collections-desktop: {say('vault_damaged', lang)}", file=sys.stderr)
            return 1
        if "full" in reason and ("disk" in reason or "database" in reason):
            print(f"collections-desktop: {say('disk_full', lang, path=str(data_dir(args)))}", file=sys.stderr)
            return 1
        print(f"collections-desktop: {say('internal_error', lang, kind=type(exc).__name__)}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    raise SystemExit(main())
