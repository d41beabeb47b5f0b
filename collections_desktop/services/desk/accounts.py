"""Reading accounts: the full account view and the worklist, with balances derived by the domain."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from collections_desktop.domain.aging import BUCKET_ORDER, AgingBucket, bucket_for
from collections_desktop.domain.compliance.gates import may_hear_balance
from collections_desktop.domain.holds import shown_details
from collections_desktop.domain.ledger import (
    EncounterBalance,
    EncounterForAging,
    EntryKind,
    LedgerEntry,
    account_balance,
    encounter_balance,
)
from collections_desktop.services.errors import UserError
from collections_desktop.services.workspace import Workspace
from collections_desktop.storage.accounts_repo import (
    load_account,
    rows_for_ids,
    search_terms,
    totals,
    worklist_page,
)


@dataclass(frozen=True)
class PersonView:
    person_id: int
    name: str
    first_name: str
    last_name: str
    birth_date: date | None
    preferred_language: str
    role: str
    relationship: str
    may_hear_balance: bool = True  # H-02: may be told about the balance once verified


@dataclass(frozen=True)
class EncounterView:
    claim: str
    service_date: date
    patient_name: str
    payer: str
    payer_kind: str
    balance: EncounterBalance
    deductible_cents: int
    coinsurance_cents: int
    copay_cents: int
    noncovered_cents: int
    other_patient_cents: int
    allowed_cents: int
    reason_codes: tuple[str, ...]
    remark_codes: tuple[str, ...] = ()
    payer_status: str = ""  # the latest payer's: processed, denied or forwarded
    balance_issue: str = ""  # unbalanced or pr_mismatch: the remittance's figures disagree
    patient_figure_cents: int | None = None
    other_figure_cents: int | None = None
    decided: bool = False  # the specialist has decided about the denial or the figures
    team_answer: str = ""  # the billing or denials team's latest answer about this claim, if it was handed off
    payers: tuple[tuple[str, int, int], ...] = ()  # (payer, allowed, paid) in order, when two or more paid

    @property
    def status(self) -> str:
        """The visit's status as shown: "denied" when the payer denied it, else where its balance sits."""
        return "denied" if self.payer_status == "denied" else self.balance.status.value

    @property
    def awaiting_decision(self) -> str:
        """"denied" or the remittance's balance issue while the specialist has not decided; else ""."""
        if self.decided:
            return ""
        return "denied" if self.payer_status == "denied" else self.balance_issue


@dataclass(frozen=True)
class PhoneView:
    number: str
    kind: str
    consent_to_text: bool


@dataclass(frozen=True)
class OpenHandoff:
    """A claim still with the billing or denials team: since when, and for how many days as of the view."""

    claim: str
    team: str
    reason: str
    since: datetime
    days: int


@dataclass
class AccountView:
    number: str
    guarantor: PersonView
    state: str
    zip: str
    address_lines: tuple[str, ...]
    phones: list[PhoneView]
    emails: list[str]
    members: list[PersonView]
    patient_due_cents: int
    insurance_pending_cents: int
    aging_cents: dict[AgingBucket, int]
    encounters: list[EncounterView]
    flags: list[str]
    as_of: date
    extra: dict = field(default_factory=dict)
    # Where letters go: the mailing address the person gave (a PO box, an alternative address, H-06), else home.
    mailing_lines: tuple[str, ...] = ()
    # what is recorded about each active hold (a case number, the attorney's contact, a cure date…)
    hold_details: dict[str, dict[str, str]] = field(default_factory=dict)
    handoffs: list[OpenHandoff] = field(default_factory=list)


def _full_name(person) -> str:  # noqa: ANN001
    return " ".join(p for p in (person.first_name, person.middle_name, person.last_name) if p)


def _lines(address) -> tuple[str, ...]:  # noqa: ANN001 - a stored Address or None
    if address is None:
        return ()
    return tuple(x for x in (address.line1, address.line2, f"{address.city}, {address.state} {address.zip}") if x)


def get_account(workspace: Workspace, number: str, *, as_of: date | None = None,
                seen_in: str = "account") -> AccountView:
    """The account as the specialist reviews it, balances and aging as of `as_of` (today by default). The view
    is logged (who, when, `seen_in`: the desk's account pane, a command, a document) with the next batch."""
    as_of = as_of or date.today()
    with workspace.reading() as session:
        record = load_account(session, number.strip())
        if record is None:
            raise UserError("account_not_found", account=number)
        view = _assemble(record, as_of)
    workspace.note_view(record.account.id, seen_in)
    return view


def _payers(adjudications: list) -> tuple[tuple[str, int, int], ...]:
    """Each payer's (name, allowed, paid) in order when more than one processed the visit and every payment is
    known (visits imported before payments were kept per payer have none)."""
    if len(adjudications) < 2 or any(a.paid_cents is None for a in adjudications):
        return ()
    return tuple((a.payer, a.allowed_cents, a.paid_cents) for a in sorted(adjudications, key=lambda a: a.sequence))


def _adult(birth_date: date | None, as_of: date) -> bool:
    """18 or older on `as_of`; a person without a birth date on file counts as an adult."""
    if birth_date is None:
        return True
    return (as_of.year - birth_date.year - ((as_of.month, as_of.day) < (birth_date.month, birth_date.day))) >= 18


def people_to_reach(view: AccountView) -> list[PersonView]:
    """The account's people a contact may be with, the guarantor first and each person once."""
    seen = {view.guarantor.person_id}
    people = [view.guarantor]
    for member in view.members:
        if member.person_id not in seen:
            seen.add(member.person_id)
            people.append(member)
    return people


def _assemble(record, as_of: date) -> AccountView:  # noqa: ANN001
    people = {p.id: p for _, p in record.members}
    people[record.guarantor.id] = record.guarantor
    members = [
        PersonView(p.id, _full_name(p), p.first_name, p.last_name, p.birth_date, p.preferred_language,
                   m.role, m.relationship, may_hear_balance(m.role, m.relationship, m.authorized,
                                                            _adult(p.birth_date, as_of)))
        for m, p in record.members
    ]
    g = record.guarantor
    guarantor = PersonView(g.id, _full_name(g), g.first_name, g.last_name, g.birth_date,
                           g.preferred_language, "guarantor", "self")
    encounters, for_aging = [], []
    for enc in record.encounters:
        entries = [LedgerEntry(EntryKind(e.kind), e.amount_cents, e.posted_on)
                   for e in record.entries.get(enc.id, [])]
        balance = encounter_balance(entries, enc.insurance_pending)
        adjs = record.adjudications.get(enc.id, [])
        last = adjs[-1] if adjs else None
        codes = tuple(c for a in adjs for c in a.reason_codes.split(",") if c)
        encounters.append(EncounterView(
            claim=enc.claim_id, service_date=enc.service_date,
            patient_name=_full_name(people[enc.patient_id]) if enc.patient_id in people else "",
            payer=enc.payer_name, payer_kind=enc.payer_kind, balance=balance,
            deductible_cents=sum(a.deductible_cents for a in adjs),
            coinsurance_cents=sum(a.coinsurance_cents for a in adjs),
            copay_cents=sum(a.copay_cents for a in adjs),
            noncovered_cents=sum(a.noncovered_cents for a in adjs),
            other_patient_cents=sum(a.other_patient_cents for a in adjs),
            allowed_cents=last.allowed_cents if last else 0,
            reason_codes=codes,
            remark_codes=tuple(c for a in adjs for c in (a.remark_codes or "").split(",") if c),
            payer_status=(last.status or "") if last else "",
            balance_issue=(last.balance_issue or "") if last else "",
            patient_figure_cents=last.patient_figure_cents if last else None,
            other_figure_cents=last.other_figure_cents if last else None,
            decided=bool(last and last.decided_at is not None),
            team_answer=record.answers.get(enc.id, ""),
            payers=_payers(adjs),
        ))
        for_aging.append(EncounterForAging(enc.service_date, enc.first_statement_date, balance))
    totals = account_balance(for_aging, as_of)
    home = record.addresses.get(g.id, [])
    address = next((a for a in home if a.kind == "residential"), home[0] if home else None)
    return AccountView(
        number=record.account.number,
        guarantor=guarantor,
        state=address.state if address else "",
        zip=address.zip if address else "",
        address_lines=_lines(address),
        mailing_lines=_lines(next((a for a in home if a.kind == "mailing"), address)),
        phones=[PhoneView(p.number, p.kind, p.consent_to_text) for p in record.phones.get(g.id, [])],
        emails=[e.address for e in record.emails.get(g.id, [])],
        members=members,
        patient_due_cents=totals.patient_due_cents,
        insurance_pending_cents=totals.insurance_pending_cents,
        aging_cents={b: totals.aging.cents[b] for b in BUCKET_ORDER},
        encounters=encounters,
        flags=[f.kind for f in record.flags],
        as_of=as_of,
        hold_details={f.kind: shown_details(f.details) for f in record.flags},
        handoffs=[OpenHandoff(claim, h.team, h.reason or "other", h.at, max((as_of - h.at.date()).days, 0))
                  for claim, h in record.handoffs],
    )


@dataclass(frozen=True)
class WorklistRow:
    account_id: int
    account: str
    guarantor: str
    patient_due_cents: int
    insurance_pending_cents: int
    oldest_bucket: AgingBucket | None


# `due` and `all` page in SQL; the desk's other views (promises due, late plans, holds…) come as id lists;
# `today` is the window's Today: ranked by the compliance engine, accounts on a hold that stops outreach left out.
WORKLIST_VIEWS = ("due", "all", "today", "promises_due", "plans_late", "insurance_pending", "with_billing",
                  "holds", "paid_since_import", "ready_to_escalate", "escalation_blocked")


def worklist(workspace: Workspace, *, view: str = "due", search: str = "", limit: int = 50,
             offset: int = 0, as_of: date | None = None) -> list[WorklistRow]:
    """A page of the worklist: `due` lists accounts with a patient balance, largest first; `all` every account;
    the desk's views by name."""
    if view not in WORKLIST_VIEWS:
        raise UserError("unknown_view", view=view, choices=", ".join(WORKLIST_VIEWS))
    if limit < 1:
        raise UserError("bad_limit", limit=limit)
    as_of = as_of or date.today()
    ranked: list[int] | None = None
    if view in ("ready_to_escalate", "escalation_blocked"):
        from collections_desktop.services.outreach.escalation_status import ensure_fresh

        ensure_fresh(workspace, as_of)
    if view == "today":
        from collections_desktop.services.desk.worklist import ids_for

        ranked = ids_for(workspace, "today", search)[offset:offset + limit]
    with workspace.reading() as session:
        if ranked is not None:
            rows = rows_for_ids(session, ranked)
        elif view in ("due", "all"):
            rows = worklist_page(session, only_due=(view == "due"), search=search, limit=limit, offset=offset)
        else:
            from collections_desktop.storage.worklist_repo import view_ids

            ids = view_ids(session, view, search_terms(search))[offset:offset + limit]
            rows = rows_for_ids(session, ids)
    return [
        WorklistRow(
            account_id=r.account_id,
            account=r.account_number,
            guarantor=f"{r.first_name} {r.last_name}",
            patient_due_cents=r.patient_due_cents,
            insurance_pending_cents=r.insurance_pending_cents,
            oldest_bucket=bucket_for(r.oldest_anchor_date, as_of)
            if r.oldest_anchor_date and r.patient_due_cents > 0 else None,
        )
        for r in rows
    ]


@dataclass(frozen=True)
class VaultSummary:
    accounts: int
    accounts_due: int
    patient_due_cents: int


def vault_summary(workspace: Workspace) -> VaultSummary:
    """Totals shown in the status bar after unlocking."""
    with workspace.reading() as session:
        accounts, due_count, due = totals(session)
    return VaultSummary(accounts, due_count, due)


def payer_code_words(codes: list[str] | tuple[str, ...], lang: str) -> list[str]:
    """Plain words for a payer's reason and remark codes, in `lang` (the review shows them to the specialist)."""
    from collections_desktop.documents.explainer import code_words

    return [words for words in (code_words(code, lang) for code in codes) if words]


def visit_explanations(view: AccountView, lang: str | None = None,
                       *, only_due: bool = False) -> list[tuple[str, list[str]]]:
    """(claim, sentences) per visit, in the patient's preferred language unless `lang` is given."""
    from collections_desktop.documents.explainer import VisitFigures, explain

    language = lang or view.guarantor.preferred_language or "en"
    result = []
    for e in view.encounters:
        b = e.balance
        if only_due and b.patient_balance_cents <= 0:
            continue
        figures = VisitFigures(
            service_date=e.service_date, payer=e.payer, billed=b.billed_cents, allowed=e.allowed_cents,
            insurance_paid=b.insurance_paid_cents, contractual=b.contractual_cents, deductible=e.deductible_cents,
            coinsurance=e.coinsurance_cents, copay=e.copay_cents, noncovered=e.noncovered_cents,
            patient_paid=b.patient_paid_cents, patient_adjusted=b.patient_adjusted_cents,
            patient_balance=b.patient_balance_cents, insurance_pending=b.status.value == "insurance_pending",
            denied=e.awaiting_decision == "denied", codes=e.reason_codes + e.remark_codes,
            figures_in_doubt=e.awaiting_decision in ("unbalanced", "pr_mismatch"), team_answer=e.team_answer,
            payers=e.payers, insurer_adjusted=b.insurance_adjusted_cents)
        result.append((e.claim, explain(figures, language)))
    return result
