"""Words for team mode: the server's address, its people, signing in."""

from __future__ import annotations

# code: the English template; its Spanish is in locale/es/LC_MESSAGES/collections_desktop.po.
WORDS: dict[str, str] = {
    "server_address_missing": "give the team server's address (--database, or {variable})",
    "server_address_unreadable": "the team server's address cannot be read: "
                                 "postgresql://USER@HOST/DATABASE?sslmode=verify-full",
    "server_not_postgresql": "team mode runs on PostgreSQL: the address must start with postgresql://",
    "server_needs_verified_tls": "a server on another machine is reached only over TLS that checks its name: "
                                 "add sslmode=verify-full to the address",
    "server_unreachable": "the team server does not answer: check the address, the network and that it runs",
    "server_conflict": "someone else on the team changed the same records at the same moment: nothing was saved; "
                       "try again",
    "team_name_unusable": "a person's name starts with a letter and has 2 to 60 letters, spaces, dots, "
                          "hyphens or apostrophes",
    "team_role_unknown": "unknown role {role}; one of: {choices}",
    "team_password_short": "a password has at least {least} characters",
    "team_already_set_up": "this server's team is already set up: add people with `team user add`",
    "team_name_taken": "someone on the team is already called {name}",
    "team_user_unknown": "no one on the team is called {name}",
    "team_user_already_disabled": "{name} can no longer sign in already",
    "team_last_supervisor": "{name} is the team's only supervisor: add another before disabling them",
    "team_supervisor_only": "only a supervisor of the team may do this",
    "team_server_not_empty": "the team server already holds accounts: a vault is copied only into an empty one",
    "team_vault_copied": "The vault is on the team server: {rows} rows.",
    "import_running": "another import is being applied on the team server: try again when it is done "
                      "(nothing of this one was applied)",
    "team_assign_needs_person": "a rule assigns accounts to a person: give --to",
    "team_rule_language": "unknown language {language}: en or es",
    "team_assigned": "{accounts} accounts assigned to {name}.",
    "team_unassigned": "{accounts} accounts assigned to no one: anyone on the team may take them.",
    "team_not_set_up": "this server has no team yet: run `team init` first",
    "team_audit_ok": "The team's audit trail is intact: {rows} rows, each linked to the one before.",
    "team_audit_head": "Head of the chain: row {row}, {hash} (keep it: team audit --anchor {row}:{hash})",
    "team_sign_in_failed": ("that name and password do not match an active member of the team (five wrong "
                            "passwords in a row lock a name for 15 minutes)"),
    "team_init_done": "The team server is ready; {name} signs in as its {role}.",
    "team_add_done": "{name} can sign in as a {role}.",
    "team_disable_done": "{name} can no longer sign in; what they recorded keeps their name.",
    "account_changed": "account {account} changed since you opened it; the balance is now {due}: look again",
    "team_day_heading": "Who worked what on {day}:",
    "team_day_line": "  {person}: {accounts} accounts, {collected} collected — {done}",
    "team_report_heading": "The team's work from {start} to {end}:",
    "team_report_line": "  {person}: contacts {contacts} · right-party {conversations} · payments {payments} "
                        "({collected}) · promises {promises} (kept {kept}) · plans {plans} · notes {notes} · "
                        "assigned {assigned} ({owed})",
    "team_report_total": "Team total",
    "team_not_at_a_desk": "Imports and older rows (no name kept)",
    "role_specialist": "specialist",
    "role_supervisor": "supervisor",
    "prompt_team_password": "The new person's password: ",
    "prompt_team_sign_in": "Your team password: ",
}

PLURALS: dict[str, tuple[str, str, str]] = {
    "team_did_contacts": ("count", "{count} contact", "{count} contacts"),
    "team_did_payments": ("count", "{count} payment", "{count} payments"),
    "team_did_promises": ("count", "{count} promise", "{count} promises"),
    "team_did_plans": ("count", "{count} plan", "{count} plans"),
    "team_did_notes": ("count", "{count} note", "{count} notes"),
    "team_did_holds": ("count", "{count} hold change", "{count} hold changes"),
    "team_did_handoffs": ("count", "{count} claim handed off", "{count} claims handed off"),
    "team_did_letters": ("count", "{count} letter", "{count} letters"),
    "team_did_messages": ("count", "{count} message", "{count} messages"),
    "account_changed_payment": ("minutes", "{who} recorded a payment on account {account} {minutes} minute ago; "
                                "the balance is now {due}", "{who} recorded a payment on account {account} "
                                "{minutes} minutes ago; the balance is now {due}"),
    "account_changed_returned": ("minutes", "{who} recorded a returned payment on account {account} {minutes} "
                                 "minute ago; the balance is now {due}", "{who} recorded a returned payment on "
                                 "account {account} {minutes} minutes ago; the balance is now {due}"),
    "account_changed_hold": ("minutes", "{who} changed a hold on account {account} {minutes} minute ago; the "
                             "balance is now {due}", "{who} changed a hold on account {account} {minutes} "
                             "minutes ago; the balance is now {due}"),
    "account_changed_other": ("minutes", "{who} changed account {account} {minutes} minute ago; the balance is "
                              "now {due}", "{who} changed account {account} {minutes} minutes ago; the balance "
                              "is now {due}"),
}
