"""`team init|user add|user disable`: set up a team server (its schema and first supervisor) and its people."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from collections_desktop.cli.common import prompt, read_secret_file
from collections_desktop.cli.safe import echo
from collections_desktop.words import say

PASSWORD_VARIABLE = "COLLECTIONS_DESKTOP_TEAM_PASSWORD"


def add_command(sub: argparse._SubParsersAction, common: argparse.ArgumentParser, parser_class: type) -> None:
    p = sub.add_parser("team", parents=[common], help="team mode: a shared PostgreSQL server and its people")
    actions = p.add_subparsers(dest="team_command", metavar="ACTION", required=True, parser_class=parser_class)
    server = argparse.ArgumentParser(add_help=False)
    server.add_argument("--database", metavar="URL",
                        help="postgresql://USER@HOST/DB?sslmode=verify-full (else COLLECTIONS_DESKTOP_DATABASE_URL)")
    server.add_argument("--password-file", type=Path, metavar="FILE",
                        help="the new person's password (else COLLECTIONS_DESKTOP_TEAM_PASSWORD, else asked)")
    i = actions.add_parser("init", parents=[common, server], help="create the schema and the first supervisor")
    i.add_argument("--name", required=True, help="the supervisor's name as the team says it")
    u = actions.add_parser("user", parents=[common], help="add or disable a person")
    people = u.add_subparsers(dest="user_command", metavar="ACTION", required=True, parser_class=parser_class)
    a = people.add_parser("add", parents=[common, server], help="a specialist or a supervisor who signs in")
    a.add_argument("name", metavar="NAME")
    a.add_argument("--role", choices=("specialist", "supervisor"), default="specialist")
    d = people.add_parser("disable", parents=[common, server], help="a person who left: no more signing in")
    d.add_argument("name", metavar="NAME")


def _password(args: argparse.Namespace, lang: str) -> str:
    if args.password_file:
        return read_secret_file(args.password_file, lang)
    if os.environ.get(PASSWORD_VARIABLE):
        return os.environ[PASSWORD_VARIABLE]
    return prompt("prompt_team_password", lang, confirm=True)


def cmd_team(args: argparse.Namespace, lang: str) -> int:
    from collections_desktop.services.team import users
    from collections_desktop.services.team.server import TeamServer, server_address

    address = server_address(args.database)
    action = "init" if args.team_command == "init" else args.user_command
    password = _password(args, lang) if action in ("init", "add") else ""
    server = TeamServer(address)
    try:
        if action == "init":
            person = users.init_team(server, args.name, password)
        elif action == "add":
            person = users.add_user(server, args.name, args.role, password)
        else:
            person = users.disable_user(server, args.name)
    finally:
        server.close()
    echo(say(f"team_{action}_done", lang, name=person.name, role=say(f"role_{person.role}", lang)))
    return 0
