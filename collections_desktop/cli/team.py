"""`team init|user add|user disable|copy-vault|assign|today|report|audit`: set up a team server (its schema
and first supervisor), its people, their accounts, and the supervisor's views and checks."""

from __future__ import annotations

import argparse
import os
from datetime import date
from pathlib import Path

from collections_desktop.cli.common import prompt, read_secret_file
from collections_desktop.cli.safe import echo
from collections_desktop.services.errors import UserError
from collections_desktop.words import say

PASSWORD_VARIABLE = "COLLECTIONS_DESKTOP_TEAM_PASSWORD"


def add_command(sub: argparse._SubParsersAction, common: argparse.ArgumentParser, parser_class: type) -> None:
    p = sub.add_parser("team", parents=[common], help="team mode: a shared PostgreSQL server and its people")
    actions = p.add_subparsers(dest="team_command", metavar="ACTION", required=True, parser_class=parser_class)
    server = argparse.ArgumentParser(add_help=False)
    server.add_argument("--database", metavar="URL",
                        help="postgresql://USER@HOST/DB?sslmode=verify-full (else COLLECTIONS_DESKTOP_DATABASE_URL)")
    server.add_argument("--password-file", type=Path, metavar="FILE",
                        help="the password (else COLLECTIONS_DESKTOP_TEAM_PASSWORD, else asked)")
    signer = argparse.ArgumentParser(add_help=False)  # the commands a person signs in for
    signer.add_argument("--name", required=True, help="your name on the team (you sign in with your password)")
    i = actions.add_parser("init", parents=[common, server], help="create the schema and the first supervisor")
    i.add_argument("--name", required=True, help="the supervisor's name as the team says it")
    u = actions.add_parser("user", parents=[common], help="add or disable a person")
    people = u.add_subparsers(dest="user_command", metavar="ACTION", required=True, parser_class=parser_class)
    a = people.add_parser("add", parents=[common, server, signer],
                          help="a supervisor: a specialist or a supervisor who signs in")
    a.add_argument("person", metavar="PERSON", help="the new person's name as the team says it")
    a.add_argument("--role", choices=("specialist", "supervisor"), default="specialist")
    a.add_argument("--new-password-file", type=Path, metavar="FILE",
                   help="the new person's first password (else asked twice)")
    d = people.add_parser("disable", parents=[common, server, signer],
                          help="a supervisor: a person who left, no more signing in")
    d.add_argument("person", metavar="PERSON")
    actions.add_parser("copy-vault", parents=[common, server, signer],
                           help="copy this laptop's vault onto the empty team server (a supervisor)")
    g = actions.add_parser("assign", parents=[common, server, signer],
                           help="a supervisor: accounts to a person, by number or by a rule")
    g.add_argument("numbers", metavar="NUMBER", nargs="*", help="the accounts (or a rule below)")
    g.add_argument("--to", metavar="PERSON", help="the person (without it: to no one)")
    g.add_argument("--language", choices=("en", "es"), help="rule: the guarantor's language")
    g.add_argument("--balance-from", metavar="X", help="rule: a patient balance of at least X dollars")
    g.add_argument("--balance-to", metavar="X", help="rule: a patient balance of at most X dollars")
    t = actions.add_parser("today", parents=[common, server, signer], help="a supervisor: who worked what on a day")
    t.add_argument("--day", type=date.fromisoformat, default=date.today(), metavar="DATE",
                   help="the day (YYYY-MM-DD, default today)")
    t.add_argument("--json", action="store_true")
    r = actions.add_parser("report", parents=[common, server, signer],
                           help="a supervisor: each person's contacts, payments, promises, plans and notes")
    r.add_argument("--from", dest="start", type=date.fromisoformat, metavar="DATE",
                   help="the first day (YYYY-MM-DD, default the first of this month)")
    r.add_argument("--to", dest="end", type=date.fromisoformat, metavar="DATE",
                   help="the last day (YYYY-MM-DD, default today)")
    r.add_argument("--json", action="store_true")
    v = actions.add_parser("audit", parents=[common, server, signer],
                           help="a supervisor: check the server's audit chain link by link")
    v.add_argument("--anchor", action="append", default=[], metavar="ROW:HASH",
                   help="a head printed by an earlier check, which the chain must still hold")


def _password(args: argparse.Namespace, lang: str, *, new: bool) -> str:
    """From --password-file, else COLLECTIONS_DESKTOP_TEAM_PASSWORD, else asked (twice for a new person's)."""
    if args.password_file:
        return read_secret_file(args.password_file, lang)
    if os.environ.get(PASSWORD_VARIABLE):
        return os.environ[PASSWORD_VARIABLE]
    return prompt("prompt_team_password" if new else "prompt_team_sign_in", lang, confirm=new)


def cmd_team(args: argparse.Namespace, lang: str) -> int:
    from collections_desktop.services.team import users
    from collections_desktop.services.team.server import TeamServer, server_address

    address = server_address(args.database)
    if args.team_command == "copy-vault":
        return _copy_vault(args, lang, address)
    if args.team_command == "today":
        return _today(args, lang, address)
    if args.team_command == "assign":
        return _assign(args, lang, address)
    if args.team_command == "report":
        from collections_desktop.cli.team_report import show_team_report

        return show_team_report(args, lang, _signed_in(args, lang, address))
    if args.team_command == "user":
        return _people(args, lang, address)
    if args.team_command == "audit":
        return _audit(args, lang, address)
    server = TeamServer(address)
    try:
        person = users.init_team(server, args.name, _password(args, lang, new=True))
    finally:
        server.close()
    echo(say("team_init_done", lang, name=person.name, role=say(f"role_{person.role}", lang)))
    return 0


def _people(args: argparse.Namespace, lang: str, address: str) -> int:
    """`team user add|disable PERSON --name SUPERVISOR`: the supervisor signs in first."""
    from collections_desktop.services.team import users

    team = _signed_in(args, lang, address)
    try:
        if args.user_command == "add":
            password = (read_secret_file(args.new_password_file, lang) if args.new_password_file
                        else prompt("prompt_team_password", lang, confirm=True))
            person = users.add_user(team, args.person, args.role, password)
        else:
            person = users.disable_user(team, args.person)
    finally:
        team.close()
    echo(say(f"team_{args.user_command}_done", lang, name=person.name, role=say(f"role_{person.role}", lang)))
    return 0


def _audit(args: argparse.Namespace, lang: str, address: str) -> int:
    from collections_desktop.cli.vault import show_audit
    from collections_desktop.services.team.supervision import verify_team_audit
    from collections_desktop.services.vault.vault_ops import given_anchor

    against = tuple(given_anchor(text) for text in args.anchor)
    team = _signed_in(args, lang, address)
    try:
        check = verify_team_audit(team, against)
    finally:
        team.close()
    return show_audit(check, lang, on_server=True)


def _copy_vault(args: argparse.Namespace, lang: str, address: str) -> int:
    from collections_desktop.cli.common import opened
    from collections_desktop.services.team.vault_copy import copy_vault_to_server

    team = _signed_in(args, lang, address)
    try:
        with opened(args, lang) as vault:
            copied = copy_vault_to_server(vault, team)
    finally:
        team.close()
    echo(say("team_vault_copied", lang, rows=f"{copied.total:,}"))
    return 0


def _signed_in(args: argparse.Namespace, lang: str, address: str):  # noqa: ANN202 - a TeamWorkspace
    from collections_desktop.services.team.workspace import open_team

    return open_team(address, args.name, _password(args, lang, new=False), Path("."))


def _assign(args: argparse.Namespace, lang: str, address: str) -> int:
    from collections_desktop.services.team.assignments import assign_accounts, assign_by_rule

    team = _signed_in(args, lang, address)
    try:
        if args.numbers:
            done = assign_accounts(team, args.numbers, args.to)
        else:
            if not args.to:
                raise UserError("team_assign_needs_person")
            done = assign_by_rule(team, args.to, language=args.language, balance_from=args.balance_from,
                                  balance_to=args.balance_to)
    finally:
        team.close()
    echo(say("team_assigned", lang, accounts=done.accounts, name=done.to) if done.to else
         say("team_unassigned", lang, accounts=done.accounts))
    return 0


def _today(args: argparse.Namespace, lang: str, address: str) -> int:
    from collections_desktop.cli.common import emit
    from collections_desktop.domain.money import format_cents, format_display
    from collections_desktop.services.team.supervision import KINDS, team_day

    team = _signed_in(args, lang, address)
    try:
        people = team_day(team, args.day)
    finally:
        team.close()
    if args.json:
        emit({"day": args.day.isoformat(), "people": [
            {"person": p.person, "accounts": len(p.accounts), "collected": format_cents(p.collected_cents),
             **{kind: p.counts.get(kind, 0) for kind in KINDS}} for p in people]})
        return 0
    echo(say("team_day_heading", lang, day=args.day.isoformat()))
    for p in people:
        done = ", ".join(say(f"team_did_{kind}", lang, count=p.counts[kind]) for kind in KINDS if p.counts[kind])
        echo(say("team_day_line", lang, person=p.person, accounts=len(p.accounts),
                 collected=format_display(p.collected_cents), done=done))
    return 0
