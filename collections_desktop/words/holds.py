"""Words for a hold's life: set, followed, ended with a decision, and the errors that keep each step honest."""

from __future__ import annotations

# code: the English template; its Spanish is in locale/es/LC_MESSAGES/collections_desktop.po.
WORDS: dict[str, str] = {
    "event_hold_set": "hold set: {hold}",
    "event_hold_released": "hold released: {hold}",
    "event_note_hold_set": "why the hold was set ({hold})",
    "event_note_hold_released": "why the hold was released ({hold})",
    "unknown_hold": "unknown hold '{hold}'; use one of {choices}",
    "hold_reason_required": "say why the hold ({hold}) changes: the reason is kept with the account",
    "hold_already_set": "account {account} is already on hold ({hold})",
    "hold_not_set": "account {account} has no active hold ({hold}) to release",
    "cease_needs_written_request": "a written request to stop contact is released only by the person's own later "
                                   "written request: record it with --written-request",
    "hold_set_done": "Account {account}: hold set ({hold})",
    "hold_released_done": "Account {account}: hold released ({hold})",    "event_hold_ended": "hold ended: {hold}, {decision}",
    "event_dispute_verification_sent": "verification or itemized bill sent for the dispute",
    "event_note_hold_updated": "about the hold ({hold})",
    "hold_outcome_upheld": "dispute upheld: the balance is adjusted",
    "hold_outcome_not_upheld": "dispute not upheld: outreach resumes",
    "hold_outcome_approved": "assistance approved: discount posted",
    "hold_outcome_denied": "assistance denied",
    "hold_outcome_discharged": "debt discharged: balance written off",
    "hold_outcome_dismissed": "case dismissed: outreach may resume",
    "hold_detail_case_number": "case number",
    "hold_detail_chapter": "chapter",
    "hold_detail_filed_on": "filed",
    "hold_detail_estate_contact": "estate contact",
    "hold_detail_attorney_contact": "attorney",
    "hold_detail_verification_sent_on": "verification sent",
    "hold_detail_cure_by": "application incomplete, cure by",
    "hold_detail_application_received_on": "application received",
    "script_attorney_contact": "Represented by an attorney: all contact goes to {contact}",
    "script_estate_contact": "Deceased: speak only with the estate's representative, {contact}",
    "answer_claim_unknown": "claim {claim} is not in the vault: its answer was not recorded",
    "answer_handoff_closed": "claim {claim} is no longer with the team (answered already): row left as it is",
    "answer_adjustment_missing": "an 'adjusted' answer needs the amount taken off in the adjustment column",
    "handoff_age_today": "with {team} since today",
    "why_with_team_today": "a claim with {team} since today",
    "insurance_pending_needs_claim": "insurance pending is set or released claim by claim: give --claim",
    "script_withheld_title": "Not to be read on this account",
    "script_withheld_bankruptcy": "No collection script: the account is in bankruptcy, and the automatic stay stops "
                                  "collection. If the patient calls, note the case number and their attorney or "
                                  "trustee, and tell them the clinic will not contact them about the balance.",
    "script_withheld_attorney": "No script to read to the patient: an attorney represents them, and all contact "
                                "about the account goes to the attorney.",
    "script_withheld_deceased": "No script to read: the patient has died. Speak only with the estate's "
                                "representative, with sympathy, and never ask family members to pay.",
    "script_withheld_cease_contact": "No script: the patient asked in writing that we stop contacting them. Only a "
                                     "letter saying that contact has stopped, or naming a specific step the clinic "
                                     "will take, may be sent.",
    "script_withheld_dispute": "While the dispute waits for verification or an itemized bill, only the dispute "
                               "script may be read (F-11).",
    "hold_updated_done": "Account {account}: hold updated ({hold})",
    "hold_ended_done": "Account {account}: hold ended ({hold}), {decision}; patient due now {due}",
    "hold_detail_not_used": "{detail} is not recorded for a hold ({hold})",
    "bankruptcy_chapter_unknown": "unknown bankruptcy chapter '{chapter}'; use one of {choices}",
    "cure_date_not_ahead": "the cure date must be after today",
    "hold_outcome_required": "say how the hold ({hold}) ends: --outcome {choices}",
    "hold_outcome_not_used": "this hold ends with a reason alone, not with an outcome ('{outcome}')",
    "dispute_needs_verification": "a dispute is not closed as not upheld until verification or an itemized bill "
                                  "has been sent (record it with: hold NUMBER update dispute --verification-sent)",
    "bankruptcy_case_required": "record the bankruptcy's case number before the discharge",
    "hold_adjustment_required": "this decision takes money off the balance: give the amount taken off or the "
                                "discount",
    "adjustment_above_balance": "the adjustment is more than the patient's balance",
    "bad_discount": "the discount '{value}' is not a percentage between 0 and 100",
    "hold_nothing_to_record": "nothing to record about the hold ({hold}): give a detail",
}

# code: (the count parameter, singular, plural).
PLURALS: dict[str, tuple[str, str, str]] = {
    "answers_imported": ("count", "{count} answer from the billing team recorded: the claim is back with outreach",
                         "{count} answers from the billing team recorded: the claims are back with outreach"),
    "why_with_team": ("days", "a claim with {team} for {days} day", "a claim with {team} for {days} days"),
    "handoff_age": ("days", "with {team} {days} day", "with {team} {days} days"),
    "handoff_open_since": ("days", "claim {claim} with the {team} team for {days} day ({reason})",
                           "claim {claim} with the {team} team for {days} days ({reason})"),
}
