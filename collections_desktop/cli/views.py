"""Plain-text output of accounts and worklists for a terminal, in English or Spanish."""

from __future__ import annotations

from collections_desktop.cli.safe import echo
from collections_desktop.domain.aging import BUCKET_ORDER
from collections_desktop.domain.money import format_display
from collections_desktop.services.desk.accounts import AccountView, WorklistRow
from collections_desktop.services.desk.desk_rows import DeskRow
from collections_desktop.services.desk.row_why import why
from collections_desktop.words import has_words, say
from collections_desktop.words.events import why_words
from collections_desktop.words.formats import day, iso_day

LABELS = {
    "account": {"en": "Account", "es": "Cuenta"},
    "guarantor": {"en": "Guarantor", "es": "Garante"},
    "born": {"en": "born", "es": "nacimiento"},
    "patient_due": {"en": "Patient due", "es": "Saldo del paciente"},
    "insurance_pending": {"en": "Insurance pending", "es": "Pendiente del seguro"},
    "aging": {"en": "Aging", "es": "Antigüedad"},
    "flags": {"en": "Flags", "es": "Indicadores"},
    "claim": {"en": "Claim", "es": "Reclamación"},
    "billed": {"en": "billed", "es": "facturado"},
    "ins_paid": {"en": "insurance paid", "es": "pagó el seguro"},
    "you_owe": {"en": "patient balance", "es": "saldo del paciente"},
    "due": {"en": "Due", "es": "Saldo"},
}


def _l(key: str, lang: str) -> str:
    return LABELS[key].get(lang, LABELS[key]["en"])


def _code(prefix: str, code: str, lang: str) -> str:
    """A stored code (a visit's status, a hold) in the catalog's words; one without words yet is shown with its
    underscores as spaces, never raw."""
    key = f"{CATALOG_PREFIX[prefix]}_{code}"
    return say(key, lang) if has_words(key) else code.replace("_", " ")


CATALOG_PREFIX = {"status": "visit", "flag": "hold"}


def print_account(view: AccountView, lang: str) -> None:
    g = view.guarantor
    born = f" ({_l('born', lang)} {day(g.birth_date, lang)})" if g.birth_date else ""
    echo(f"{_l('account', lang)} {view.number}")
    echo(f"{_l('guarantor', lang)}: {g.name}{born}")
    for line in view.address_lines:
        echo(f"  {line}")
    echo(f"{_l('patient_due', lang)}: {format_display(view.patient_due_cents)}   "
          f"{_l('insurance_pending', lang)}: {format_display(view.insurance_pending_cents)}")
    aging = "  ".join(f"{b.value}: {format_display(view.aging_cents[b])}" for b in BUCKET_ORDER)
    echo(f"{_l('aging', lang)}: {aging}")
    if view.flags:
        echo(f"{_l('flags', lang)}: {', '.join(_code('flag', f, lang) for f in view.flags)}")
    for kind, details in view.hold_details.items():
        if details:
            known = "; ".join(f"{say(f'hold_detail_{name}', lang)} {iso_day(value, lang)}"
                              for name, value in sorted(details.items()))
            echo(f"  {_code('flag', kind, lang)}: {known}")
    for h in view.handoffs:
        echo("  " + say("handoff_open_since", lang, claim=h.claim, team=(f"team_{h.team}",), days=h.days,
                        reason=(f"handoff_reason_{h.reason}",)))
    for e in view.encounters:
        echo(f"  {_l('claim', lang)} {e.claim} {day(e.service_date, lang)} {e.payer or '-'}: "
              f"{_l('billed', lang)} {format_display(e.balance.billed_cents)}, "
              f"{_l('ins_paid', lang)} {format_display(e.balance.insurance_paid_cents)}, "
              f"{_l('you_owe', lang)} {format_display(e.balance.patient_balance_cents)} "
              f"[{_code('status', e.status, lang)}]")
        if e.awaiting_decision:
            from collections_desktop.services.desk.accounts import payer_code_words

            if e.awaiting_decision == "denied":
                words = payer_code_words(e.reason_codes + e.remark_codes, lang)
                echo(f"    {say('denial_review', lang)}{': ' + '; '.join(words) if words else ''}")
            else:
                echo("    " + say("remittance_figures", lang, patient=format_display(e.patient_figure_cents or 0),
                                   other=format_display(e.other_figure_cents or 0)))


def print_worklist(rows: list[WorklistRow], lang: str, desk: dict[int, DeskRow] | None = None, *,
                   team_first: bool = False) -> None:
    """One line an account; with `desk`, what the window's list says too: the next action and why, and a
    mark on accounts that may not be called now."""
    if not rows:
        echo(say("no_rows", lang))
        return
    width = max(len(r.guarantor) for r in rows)
    for r in rows:
        bucket = r.oldest_bucket.value if r.oldest_bucket else "-"
        line = f"{r.account:<10} {r.guarantor:<{width}}  {format_display(r.patient_due_cents):>12}  {bucket:<6}"
        desk_row = (desk or {}).get(r.account_id)
        if desk_row is not None:
            reason = why(desk_row, team_first=team_first)
            callable_mark = "  " if desk_row.callable_now else "✖ "
            line += f"  {callable_mark}{why_words(reason.action, reason.reason, reason.params, format_display, lang)}"
        echo(line.rstrip())
