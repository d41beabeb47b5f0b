"""The test cases of compliance.md: APP-1..3, F-01..F-08, F-11, F-13, F-14, F-21, H-01, H-02, H-06, T-01, T-02, P-05."""

from __future__ import annotations

from datetime import UTC, datetime, time

import pytest

from collections_desktop.domain.compliance.content import check_sender, is_revocation, lint_message, lint_voicemail
from collections_desktop.domain.compliance.engine import decide
from collections_desktop.domain.compliance.gates import (
    identity_verified,
    mailing_address,
    may_discuss_balance,
    may_take_payment,
    plan_warnings,
    severity,
    state_pack,
)
from collections_desktop.domain.compliance.model import (
    Channel,
    CollectorRole,
    ContactEvent,
    ContactRequest,
    InconvenientWindow,
    Outcome,
    PersonStops,
    Policy,
    Purpose,
    Target,
)

UTC = UTC
DENVER = [("residential", "America/Denver")]
NY = [("residential", "America/New_York")]
POLICY = Policy(daily_call_cap=10)  # the compliance.md cases test the law, not the clinic's daily cap


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def phone(when: datetime, zones=NY, **kwargs) -> ContactRequest:
    return ContactRequest(at=when, target=Target(Channel.PHONE, "+12125550100", "mobile"), person_id=1,
                          zones=list(zones), **kwargs)


def codes(decision) -> set[str]:
    return {r.code for r in decision.reasons if not r.warning}


def call(when: datetime, outcome=Outcome.NO_ANSWER, person=1, inbound=False) -> ContactEvent:
    return ContactEvent(when, person, Channel.PHONE, outcome, inbound)


# -- APP --------------------------------------------------------------------------------------
def test_app1_third_party_sounding_sender_is_blocked():
    assert [r.code for r in check_sender("Medical Recovery Services", "Sunrise Family Clinic")] == [
        "third_party_sender_name"]
    assert check_sender("Sunrise Family Clinic", "Sunrise Family Clinic") == []
    assert check_sender("Sunrise Pediatrics", "Sunrise Family Clinic", ("Sunrise Pediatrics",)) == []


def test_app2_first_party_in_california_keeps_f01_to_f08():
    assert state_pack("CA") == "rosenthal"
    role = CollectorRole.FIRST_PARTY_EMPLOYEE
    assert {severity(f"F-0{n}", role, "CA") for n in range(1, 9)} == {"block"}
    assert severity("F-09", role, "CA") == "warn" and severity("F-10", role, "CA") == "warn"
    assert severity("F-09", CollectorRole.THIRD_PARTY) == "block"


def test_app3_each_person_has_their_own_bucket():
    history = [call(at(f"2025-03-0{d}T15:00"), person=2) for d in range(1, 8)]  # seven calls to the spouse
    assert decide(phone(at("2025-03-07T18:00"), history=history), POLICY).allowed  # the patient's bucket is empty
    spouse = phone(at("2025-03-07T18:00"), history=history)
    spouse.person_id = 2
    assert "seven_in_seven" in codes(decide(spouse, POLICY))


# -- F-01 / F-02 ------------------------------------------------------------------------------------
def test_f01_denver_morning_blocked_until_eight_local():
    decision = decide(phone(at("2025-07-15T13:30"), DENVER), POLICY)
    assert not decision.allowed and "outside_hours" in codes(decision)
    assert decision.next_allowed_at == at("2025-07-15T14:00")


@pytest.mark.parametrize(("when", "allowed"), [("2025-01-15T15:30", False), ("2025-01-15T16:00", True),
                                                ("2025-01-16T02:00", False)])
def test_f02_new_york_phone_with_los_angeles_address(when, allowed):
    zones = [("residential", "America/Los_Angeles"), ("phone", "America/New_York")]
    assert decide(phone(at(when), zones), POLICY).allowed is allowed


def test_f02_no_location_means_eleven_to_nine_eastern_with_a_warning():
    early = decide(phone(at("2025-01-15T15:30"), zones=[]), POLICY)  # 10:30 ET
    assert not early.allowed and "location_unknown" in {r.code for r in early.reasons if r.warning}
    assert early.next_allowed_at == at("2025-01-15T16:00")


# -- F-03 ----------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("when", "allowed"), [("2025-06-02T14:15", False), ("2025-06-02T16:05", True)])
def test_f03_dont_call_before_noon(when, allowed):
    stops = PersonStops(inconvenient=[InconvenientWindow(time(0, 0), time(12, 0))])
    decision = decide(phone(at(when), stops=stops), POLICY)  # 10:15 and 12:05 EDT
    assert decision.allowed is allowed
    if not allowed:
        assert decision.next_allowed_at == at("2025-06-02T16:00")


# -- F-04 / F-05 -------------------------------------------------------------------------------------------
def test_f04_seven_calls_in_seven_days():
    history = [call(at(f"2025-03-0{d}T15:00"), Outcome.CONNECTED_NO_CONVERSATION) for d in range(1, 8)]
    eighth = decide(phone(at("2025-03-07T19:00"), history=history), POLICY)
    assert "seven_in_seven" in codes(eighth)
    assert decide(phone(at("2025-03-08T15:00"), history=history), POLICY).allowed


def test_f04_conversation_starts_a_seven_day_wait():
    history = [call(at("2025-03-03T15:00"), Outcome.CONVERSATION)]
    for day in range(4, 10):
        assert "conversation_wait" in codes(decide(phone(at(f"2025-03-{day:02d}T15:00"), history=history), POLICY))
    assert decide(phone(at("2025-03-10T15:00"), history=history), POLICY).allowed


def test_f05_busy_and_network_failures_do_not_count():
    history = [call(at(f"2025-03-0{d}T15:00"), Outcome.BUSY if d % 2 else Outcome.NETWORK_FAIL)
               for d in range(1, 8)] + [call(at("2025-03-07T15:10"), Outcome.NOT_IN_SERVICE)]
    decision = decide(phone(at("2025-03-07T19:00"), history=history), POLICY)
    assert decision.allowed and decision.counters.calls_7_days == 0


def test_f05_consent_to_call_back_then_a_new_wait():
    monday = call(at("2025-03-03T15:00"), Outcome.CONSENT_TO_CALL, inbound=True)
    thursday = decide(phone(at("2025-03-06T15:00"), history=[monday]), POLICY)
    assert thursday.allowed
    history = [monday, call(at("2025-03-06T15:00"), Outcome.CONVERSATION)]
    assert decide(phone(at("2025-03-06T15:30"), history=history), POLICY).counters.calls_7_days == 0
    assert "conversation_wait" in codes(decide(phone(at("2025-03-07T15:00"), history=history), POLICY))


def test_inbound_calls_do_not_count_but_texts_are_not_calls():
    history = [call(at(f"2025-03-0{d}T15:00"), Outcome.CONNECTED_NO_CONVERSATION, inbound=True)
               for d in range(1, 8)]
    assert decide(phone(at("2025-03-07T19:00"), history=history), POLICY).allowed
    texts = [ContactEvent(at(f"2025-03-0{d}T15:00"), 1, Channel.SMS, Outcome.NO_ANSWER) for d in range(1, 8)]
    assert decide(phone(at("2025-03-07T19:00"), history=texts), POLICY).allowed


def test_policy_daily_cap():
    history = [call(at("2025-03-03T14:00")), call(at("2025-03-03T15:00"))]
    decision = decide(phone(at("2025-03-03T16:00"), history=history), Policy())
    assert "daily_cap" in codes(decision)
    assert decision.next_allowed_at == at("2025-03-04T13:00")  # 8:00 ET the next day
    assert decide(phone(decision.next_allowed_at, history=history), Policy()).allowed


# -- F-06 / F-07 / F-08 / F-11 / F-21 --------------------------------------------------------------------
def test_f06_written_cease_stops_collection_not_appointments():
    request = phone(at("2025-06-02T16:00"), flags={"cease_contact"})
    assert "cease_requested" in codes(decide(request, POLICY))
    assert decide(phone(at("2025-06-02T16:00"), flags={"cease_contact"}, purpose=Purpose.CLINICAL), POLICY).allowed
    letter = ContactRequest(at=at("2025-06-02T16:00"), target=Target(Channel.LETTER), person_id=1,
                            flags={"cease_contact"}, purpose=Purpose.TERMINATION_NOTICE)
    assert decide(letter, POLICY).allowed


def test_f07_dont_text_me_blocks_sms_only():
    stops = PersonStops(blocked_channels={Channel.SMS})
    sms = ContactRequest(at=at("2025-06-02T16:00"), target=Target(Channel.SMS, "+12125550100", "mobile", True),
                         person_id=1, zones=list(NY), stops=stops)
    assert "channel_blocked" in codes(decide(sms, POLICY))
    letter = ContactRequest(at=at("2025-06-02T16:00"), target=Target(Channel.LETTER), person_id=1, stops=stops)
    assert decide(letter, POLICY).allowed
    sms.reply_to_inbound = True
    assert decide(sms, POLICY).allowed


def test_f08_attorney_blocks_the_patient_not_the_attorney():
    assert "attorney_represented" in codes(decide(phone(at("2025-05-02T16:00"), flags={"attorney"}), POLICY))
    letter = ContactRequest(at=at("2025-05-02T16:00"), target=Target(Channel.LETTER), person_id=9,
                            role="attorney", flags={"attorney"})
    assert decide(letter, POLICY).allowed


def test_f11_dispute_until_verification_is_sent():
    assert "dispute_pending_verification" in codes(decide(phone(at("2025-06-14T16:00"), flags={"dispute"}), POLICY))
    assert decide(phone(at("2025-06-20T16:00"), flags={"dispute"}, verification_sent=True), POLICY).allowed


def test_f21_bankruptcy_blocks_even_reminders_and_death_routes_to_the_estate():
    sms = ContactRequest(at=at("2025-06-02T16:00"), target=Target(Channel.SMS, "+1", "mobile", True), person_id=1,
                         zones=list(NY), flags={"bankruptcy"})
    decision = decide(sms, POLICY)
    assert "bankruptcy" in codes(decision) and decision.next_allowed_at is None
    assert "deceased_estate_only" in codes(decide(phone(at("2025-06-02T16:00"), flags={"deceased"}), POLICY))
    assert decide(phone(at("2025-06-02T16:00"), flags={"deceased"}, role="executor"), POLICY).allowed


# -- F-13 / F-14 -----------------------------------------------------------------------------------------------
def test_f13_sms_and_email_need_an_opt_out_and_honour_it():
    assert [r.code for r in lint_message("Your statement is ready.", Channel.SMS)] == ["missing_opt_out"]
    assert lint_message("Your statement is ready. {{opt_out}}", Channel.SMS) == []
    sms = ContactRequest(at=at("2025-06-02T16:00"), target=Target(Channel.SMS, "+1", "mobile", True, opted_out=True),
                         person_id=1, zones=list(NY))
    assert "opted_out" in codes(decide(sms, POLICY))


def test_f13_a_possible_work_address_is_warned_unless_the_patient_wrote_from_it():
    from collections_desktop.domain.compliance.mailbox import may_be_work_address

    assert not may_be_work_address("ana.lopez@gmail.com") and not may_be_work_address("Ana@Yahoo.com.MX.")
    assert may_be_work_address("ana.lopez@acme-logistics.com") and may_be_work_address("alopez@arizona.edu")
    work = Target(Channel.EMAIL, "ana.lopez@acme-logistics.com", may_be_work_email=True)
    sent = decide(ContactRequest(at=at("2025-06-02T16:00"), target=work, person_id=1, zones=list(NY)), POLICY)
    assert sent.allowed and [r.code for r in sent.reasons if r.warning] == ["work_email_possible"]
    reply = ContactRequest(at=at("2025-06-02T16:00"), target=work, person_id=1, zones=list(NY), reply_to_inbound=True)
    assert "work_email_possible" not in codes(decide(reply, POLICY))


@pytest.mark.parametrize(("text", "ok"), [
    ("Hi, this is Ana from Sunrise Clinic, please call me at 555-0100", True),
    ("Hi, this is Ana from Sunrise Clinic about your balance, please call me at 555-0100", False),
    ("Hola, le habla Ana de Clínica Sunrise, llámeme al 555-0100", True),
    ("Hola, le habla Ana de Clínica Sunrise sobre su cuenta", False),
])
def test_f14_voicemail_limited_content(text, ok):
    assert (lint_voicemail(text) == []) is ok


def test_f16_threats_are_refused_in_both_languages():
    assert {r.code for r in lint_message("Pay or we call the police {{opt_out}}", Channel.EMAIL)} == {
        "forbidden_threat"}
    assert lint_message("Podría ir a la cárcel", Channel.LETTER)


# -- H ---------------------------------------------------------------------------------------------------------------
def test_h01_name_and_birth_date_plus_one_more_item():
    on_file = {"name": "José Peña", "birth_date": "1980-03-14", "zip": "33135", "account": "10000042"}
    assert identity_verified(on_file, {"name": "jose pena", "birth_date": "1980-03-14", "zip": "33135"})[0]
    verified, matched = identity_verified(on_file, {"name": "José Peña", "birth_date": "1980-03-14", "zip": "33136"})
    assert not verified and matched == ["name", "birth_date"]
    assert may_discuss_balance("self", False, verified) != []


def test_h02_husband_without_authorisation_may_pay_but_not_hear_the_balance():
    assert [r.code for r in may_discuss_balance("spouse", False, True)] == ["third_party_not_authorized"]
    assert may_discuss_balance("spouse", True, True) == []
    assert may_take_payment("spouse") == []


def test_h06_confidential_requests_override_routing():
    assert mailing_address({"residential": "1 Main St"}, "PO Box 12") == "PO Box 12"
    stops = PersonStops(no_home_calls=True)
    home = ContactRequest(at=at("2025-06-02T16:00"), target=Target(Channel.PHONE, "+1", "home"), person_id=1,
                          zones=list(NY), stops=stops)
    assert "confidential_request" in codes(decide(home, POLICY))


# -- T / P -------------------------------------------------------------------------------------------------------
def test_t01_automated_texts_need_consent_manual_calls_do_not():
    cell = Target(Channel.PHONE, "+12125550100", "mobile", consent_to_text=False)
    manual = ContactRequest(at=at("2025-06-02T16:00"), target=cell, person_id=1, zones=list(NY))
    assert decide(manual, POLICY).allowed
    manual.automated = True
    assert "no_autodial_consent" in codes(decide(manual, POLICY))
    sms = ContactRequest(at=at("2025-06-02T16:00"), target=Target(Channel.SMS, "+1", "mobile"), person_id=1,
                         zones=list(NY), automated=True)
    assert "no_text_consent" in codes(decide(sms, POLICY))


@pytest.mark.parametrize("text", ["STOP", "stop", "NO MAS", "No más", "ALTO", "Basta por favor", "unsubscribe",
                                  "opt out", "Cancelar"])
def test_t02_revocation_words(text):
    assert is_revocation(text)


@pytest.mark.parametrize("text", ["I will pay on Friday", "Can you stop by?", "Gracias"])
def test_t02_ordinary_replies_are_not_revocations(text):
    assert not is_revocation(text)


def test_p05_plan_with_pending_assistance_warns():
    assert [r.code for r in plan_warnings({"financial_assistance_pending"})] == ["plan_fap_pending"]
    assert all(r.warning for r in plan_warnings({"dispute", "financial_assistance_pending"}))


def test_dst_days_keep_wall_clock_hours():
    spring = decide(phone(at("2025-03-09T12:30")), POLICY)  # 08:30 EDT on the spring-forward day
    assert spring.allowed
    assert not decide(phone(at("2025-03-09T11:30")), POLICY).allowed  # 07:30 EDT
    fall = decide(phone(at("2025-11-02T12:30")), POLICY)  # 07:30 EST after fall-back
    assert not fall.allowed and fall.next_allowed_at == at("2025-11-02T13:00")
    arizona = decide(phone(at("2025-07-15T14:30"), [("residential", "America/Phoenix")]), POLICY)
    assert not arizona.allowed and arizona.next_allowed_at == at("2025-07-15T15:00")
    hawaii = decide(phone(at("2025-07-15T18:00"), [("residential", "Pacific/Honolulu")]), POLICY)
    assert hawaii.allowed
