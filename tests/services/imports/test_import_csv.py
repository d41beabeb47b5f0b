"""CSV imports as PM systems write them: encodings, delimiters, amounts, dates, totals, profiles, Synthea."""

from __future__ import annotations

import csv
from collections import defaultdict
from decimal import Decimal
from pathlib import Path

import pytest

from collections_desktop.cli.output import account_json
from collections_desktop.services.desk.accounts import get_account, worklist
from collections_desktop.services.errors import UserError
from collections_desktop.services.imports.imports import import_files

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"

GENERIC = (
    "Account,Guarantor First,Guarantor Last,Birth Date,Phone,Language,Claim,Service Date,Charge,"
    "Insurance Paid,Adjustment,Patient Paid,Balance,Payer,Insurance Pending\n"
    "A100,José,Peña,03/14/1980,(305) 555-0101,Spanish,CL-1,03/03/2026,\"1,234.56\",200.00,(34.56),100.00,900.00,"
    "Aetna,no\n"
    "A100,José,Peña,03/14/1980,(305) 555-0101,Spanish,CL-2,2026-04-01,$150,0,0,0,150.00,Aetna,yes\n"
    "A200,Zoë,Núñez,1975-12-01,,English,CL-9,12/01/2025,80.00,,,,80.00,,\n"
    "Total,,,,,,,,\"1,464.56\",200.00,,100.00,\"1,130.00\",,\n"
)


def write(tmp_path: Path, name: str, text: str, encoding: str = "utf-8", delimiter: str = ",") -> Path:
    target = tmp_path / name
    if delimiter != ",":
        rows = list(csv.reader(text.splitlines()))
        with target.open("w", encoding=encoding, newline="") as handle:
            csv.writer(handle, delimiter=delimiter).writerows(rows)
    else:
        target.write_text(text, encoding=encoding)
    return target


def due(ws, account: str) -> dict:
    return account_json(get_account(ws, account))


@pytest.mark.parametrize(("encoding", "delimiter"), [("utf-8", ","), ("utf-8-sig", ";"), ("cp1252", "\t"),
                                                     ("utf-8", ";")])
def test_generic_ledger_in_every_encoding_and_delimiter(workspace, tmp_path, encoding, delimiter):
    path = write(tmp_path, "ledger.csv", GENERIC, encoding, delimiter)
    report = import_files(workspace, [path])
    assert report.applied, report.problems
    assert report.formats == ["csv:generic-ledger"]
    doc = due(workspace, "A100")
    assert doc["guarantor"]["name"] == "José Peña"
    assert doc["guarantor"]["preferred_language"] == "es"
    assert doc["balance"] == {"patient_due": "900.00", "insurance_pending": "150.00"}
    first = doc["encounters"][0]
    assert (first["billed"], first["insurance_paid"], first["patient_paid"]) == ("1234.56", "200.00", "100.00")
    assert due(workspace, "A200")["guarantor"]["name"] == "Zoë Núñez"
    assert [r.account for r in worklist(workspace, view="all", search="pena")] == ["A100"]
    assert [r.account for r in worklist(workspace, view="all", search="3055550101")] == ["A100"]


def test_quoted_newlines_and_trailing_total_rows(workspace, tmp_path):
    text = GENERIC.replace("Aetna,no", "\"Aetna\nPPO\",no")
    report = import_files(workspace, [write(tmp_path, "ledger.csv", text)])
    assert report.applied and report.counts["claims"] == 3
    assert account_json(get_account(workspace, "A100"))["encounters"][0]["payer"] == "Aetna\nPPO"


def test_later_snapshot_posts_only_the_difference(workspace, tmp_path):
    import_files(workspace, [write(tmp_path, "day1.csv", GENERIC)])
    later = GENERIC.replace("100.00,900.00", "250.00,750.00")
    report = import_files(workspace, [write(tmp_path, "day2.csv", later)])
    assert report.counts["payments"] == 1 and report.counts["unchanged"] == 2
    first = due(workspace, "A100")["encounters"][0]
    assert (first["patient_paid"], first["patient_balance"]) == ("250.00", "750.00")
    again = import_files(workspace, [write(tmp_path, "day2-copy.csv", later + "\n")])
    assert again.counts["claims"] == 0 and again.counts["unchanged"] == 3
    assert due(workspace, "A100")["encounters"][0]["patient_paid"] == "250.00"


def test_a_claim_the_payer_has_finished_with_moves_to_patient_due(workspace, tmp_path, monkeypatch):
    from collections_desktop.services.imports import imports

    monkeypatch.setattr(imports, "RELEASE_EVERY", 2)  # the claim is read ahead in a later slice than A200's
    import_files(workspace, [write(tmp_path, "day1.csv", GENERIC)])
    assert due(workspace, "A100")["balance"] == {"patient_due": "900.00", "insurance_pending": "150.00"}
    done = GENERIC.replace("0,0,0,150.00,Aetna,yes", "0,0,0,150.00,Aetna,no")
    report = import_files(workspace, [write(tmp_path, "day2.csv", done)])
    assert report.claims_now_patient_due == ["CL-2"]
    assert (report.counts["claims"], report.counts["accounts_updated"], report.counts["unchanged"]) == (1, 1, 2)
    assert [(c.account, c.patient_due_before, c.patient_due_after) for c in report.changes] == [
        ("A100", 90000, 105000)]
    assert due(workspace, "A100")["balance"] == {"patient_due": "1050.00", "insurance_pending": "0.00"}


def test_bad_rows_are_located_and_reject_the_file(workspace, tmp_path):
    bad = GENERIC.replace("03/03/2026", "31/31/2026").replace("$150", "12.3.4")
    report = import_files(workspace, [write(tmp_path, "bad.csv", bad)])
    assert not report.applied
    assert [(p.where, p.code) for p in report.problems] == [("bad.csv:2", "bad_date"), ("bad.csv:3", "bad_amount")]
    assert worklist(workspace, view="all", limit=5) == []
    skipped = import_files(workspace, [write(tmp_path, "bad.csv", bad)], skip_bad=True)
    assert skipped.applied and [r.account for r in worklist(workspace, view="all", limit=5)] == ["A200"]


def test_dates_no_visit_or_patient_could_have_are_located(workspace, tmp_path):
    text = GENERIC.replace("CL-2,2026-04-01", "CL-2,9999-12-31").replace("1975-12-01", "1875-12-01")
    report = import_files(workspace, [write(tmp_path, "dates.csv", text)])
    assert not report.applied
    assert [(p.where, p.code, p.params) for p in report.problems if p.is_error] == [
        ("dates.csv:3", "implausible_date", {"field": "Service Date", "value": "9999-12-31"}),
        ("dates.csv:4", "implausible_date", {"field": "Birth Date", "value": "1875-12-01"})]


@pytest.mark.parametrize("amount", ["99999999999999999999.00", "\"(1,000,000,000,000,000.00)\"", "1e30"])
def test_an_amount_beyond_any_clinics_is_a_located_bad_amount(workspace, tmp_path, amount):
    text = GENERIC.replace("$150", amount)
    report = import_files(workspace, [write(tmp_path, "huge.csv", text)])
    assert not report.applied
    assert [(p.where, p.code, p.params["field"]) for p in report.problems if p.is_error] == [
        ("huge.csv:3", "bad_amount", "Charge")]


def test_a_byte_that_is_not_text_is_located_by_line(workspace, tmp_path):
    # 0x81 has no character in Windows-1252 (nor starts one in UTF-8): not an export either reads.
    data = GENERIC.encode("cp1252").replace(b"Aetna,yes", b"Aetna\x81,yes")
    path = tmp_path / "ledger.csv"
    path.write_bytes(data)
    report = import_files(workspace, [path], profile="generic-ledger")
    assert not report.applied
    assert [(p.where, p.code, p.params) for p in report.problems] == [("ledger.csv:3", "not_text", {"byte": "0x81"})]
    with pytest.raises(UserError) as err:  # --format auto reads the header to find the profile
        import_files(workspace, [path])
    assert err.value.code == "not_text_file" and err.value.params == {"path": str(path), "line": 3, "byte": "0x81"}
    assert worklist(workspace, view="all", limit=5) == []


def test_openemr_collections_report(workspace, tmp_path):
    text = ("Insurance,Name,DOB,Pubpid,Invoice,DOS,Referrer,Provider,Charge,Adjust,Paid,Balance\n"
            "Medicare,\"Ibáñez, Begoña\",1950-02-03,P77,77.1204,2026-01-15,,Dr. Ruiz,250.00,100.00,120.00,30.00\n"
            "Self Pay,\"Smith, John\",,,12.90,2026-02-01,,Dr. Ruiz,80.00,0.00,0.00,80.00\n")
    report = import_files(workspace, [write(tmp_path, "collections.csv", text)])
    assert report.applied and report.formats == ["csv:openemr-collections"]
    doc = due(workspace, "P77")
    assert doc["guarantor"]["name"] == "Begoña Ibáñez" and doc["balance"]["patient_due"] == "30.00"
    assert due(workspace, "12")["balance"]["patient_due"] == "80.00"


def test_open_dental_aging(workspace, tmp_path):
    text = ("Guarantor,PatNum,0-30 Days,31-60 Days,61-90 Days,> 90 Days,Total,-W/O Est,-Ins Est,Patient\n"
            "\"Muñoz, Inés\",4411,50.00,25.00,0.00,100.00,175.00,0.00,(40.00),135.00\n")
    report = import_files(workspace, [write(tmp_path, "aging.csv", text)])
    assert report.applied and report.formats == ["csv:opendental-aging"]
    doc = due(workspace, "4411")
    assert doc["balance"] == {"patient_due": "135.00", "insurance_pending": "40.00"}
    assert doc["aging"]["120+"] == "0.00" and doc["aging"]["91-120"] == "60.00"


def test_unknown_layout_needs_a_profile(workspace, tmp_path):
    path = write(tmp_path, "mystery.csv", "a,b,c\n1,2,3\n")
    with pytest.raises(UserError) as err:
        import_files(workspace, [path])
    assert err.value.code == "unknown_csv_layout"
    with pytest.raises(UserError) as err:
        import_files(workspace, [path], profile="no-such-profile")
    assert err.value.code == "unknown_profile"


def test_a_copied_profile_file_maps_other_headers(workspace, tmp_path):
    profile = tmp_path / "mine.toml"
    profile.write_text('name = "mine"\nkind = "ledger"\n[columns]\naccount = "Acct"\nclaim = "Inv"\n'
                       'service_date = "Date"\ncharge = "Amt"\nbalance = "Bal"\nguarantor_name = "Who"\n')
    path = write(tmp_path, "x.csv", "Acct,Who,Inv,Date,Amt,Bal\nQ1,Ana Ruiz,I1,2026-05-05,10.00,10.00\n")
    assert import_files(workspace, [path], profile=str(profile)).applied
    assert due(workspace, "Q1")["guarantor"]["name"] == "Ana Ruiz"


# The largest file: its server run costs half a minute and adds nothing the smaller imports' do not.
@pytest.mark.vault_only
def test_synthea_csv_ledger_balances_match_the_file(workspace):
    folder = FIXTURES / "synthea_csv_v3"
    report = import_files(workspace, [folder])
    assert report.applied and report.formats == ["synthea-csv"]
    assert (report.counts["claims"], report.counts["unchanged"]) == (1267, 0)  # every claim is new the first time
    expected: dict[str, Decimal] = defaultdict(Decimal)
    with (folder / "claims_transactions.csv").open(newline="") as handle:
        for row in csv.DictReader(handle):
            if row["TYPE"] == "CHARGE":
                expected[row["CLAIMID"]] += Decimal(row["AMOUNT"])
            elif row["TYPE"] == "PAYMENT":
                expected[row["CLAIMID"]] -= Decimal(row["PAYMENTS"] or row["AMOUNT"])
    # A claim every party closed owes what the practice says is outstanding on it (nothing), even where a
    # copay above the charge would have left a credit (190 claims, 14 accounts, of this set).
    credits = sum(1 for amount in expected.values() if amount < 0)
    with (folder / "claims.csv").open(newline="") as handle:
        for row in csv.DictReader(handle):
            statuses = {row["STATUS1"], row["STATUS2"], row["STATUSP"]} - {""}
            if statuses == {"CLOSED"}:
                expected[row["Id"]] = sum(Decimal(row[k] or 0)
                                          for k in ("OUTSTANDING1", "OUTSTANDING2", "OUTSTANDINGP"))
    assert credits == 190 and all(amount >= 0 for amount in expected.values())
    seen = 0
    for row in worklist(workspace, view="all", limit=100):
        for enc in account_json(get_account(workspace, row.account))["encounters"]:
            assert Decimal(enc["patient_balance"]) + Decimal(enc["insurance_pending"]) == expected[enc["claim"]]
            seen += 1
    assert seen == 1267
    again = import_files(workspace, [folder / "patients.csv", folder / "claims.csv",
                                     folder / "claims_transactions.csv"])
    assert not again.applied and again.already_imported == ["synthea"]


def test_a_long_file_is_written_in_releases_without_losing_or_doubling_anything(workspace, tmp_path, monkeypatch):
    """The session forgets what it wrote every few records; claims repeated across that line stay one claim."""
    from sqlalchemy import func, select

    from collections_desktop.services.imports import imports
    from collections_desktop.storage.models import Encounter, LedgerEntryRow

    monkeypatch.setattr(imports, "RELEASE_EVERY", 25)
    header = "Account,Guarantor First,Guarantor Last,Claim,Service Date,Charge,Patient Paid,Balance\n"
    first = [f"B{n // 3:04d},Ana,Núñez{n % 7},K{n:05d},2026-03-0{1 + n % 9},100.00,0.00,100.00" for n in range(120)]
    again = [f"B{n // 3:04d},Ana,Núñez{n % 7},K{n:05d},2026-03-0{1 + n % 9},100.00,40.00,60.00" for n in range(60)]
    path = write(tmp_path, "long.csv", header + "\n".join(first + again) + "\n")
    report = import_files(workspace, [path])
    assert report.applied, report.problems
    with workspace.reading() as session:
        assert session.scalar(select(func.count()).select_from(Encounter)) == 120
        paid = session.scalar(select(func.sum(LedgerEntryRow.amount_cents)).where(
            LedgerEntryRow.kind == "patient_payment"))
    assert paid == 60 * 4000
    assert due(workspace, "B0000")["balance"]["patient_due"] == "180.00"
    assert due(workspace, "B0039")["balance"]["patient_due"] == "300.00"
    assert [r.account for r in worklist(workspace, view="all", search="K00061")] == ["B0020"]


def test_an_import_that_pays_an_account_off_says_so_and_lists_it(workspace, tmp_path):
    import_files(workspace, [write(tmp_path, "day1.csv", GENERIC)])
    paid = GENERIC.replace("A200,Zoë,Núñez,1975-12-01,,English,CL-9,12/01/2025,80.00,,,,80.00,,",
                           "A200,Zoë,Núñez,1975-12-01,,English,CL-9,12/01/2025,80.00,,,80.00,0.00,,")
    report = import_files(workspace, [write(tmp_path, "day2.csv", paid)])
    assert report.changes_total == 1
    assert [(c.account, c.patient_due_before, c.patient_due_after, c.paid_off) for c in report.changes] == [
        ("A200", 8000, 0, True)]
    assert [r.account for r in worklist(workspace, view="paid_since_import")] == ["A200"]


def test_an_account_whose_rows_are_far_apart_is_found_by_each_of_its_claims(workspace, tmp_path, monkeypatch):
    from collections_desktop.services.imports import imports

    monkeypatch.setattr(imports, "RELEASE_EVERY", 2)  # slices of two records: A100's claims land in different ones
    header, *rows = GENERIC.splitlines()
    text = "\n".join([header, rows[0], rows[2], rows[1]]) + "\n"
    report = import_files(workspace, [write(tmp_path, "ledger.csv", text)])
    assert report.applied and report.counts["claims"] == 3
    for term in ("CL-1", "CL-2", "pena", "3055550101"):
        assert [r.account for r in worklist(workspace, view="all", search=term)] == ["A100"], term
    assert [r.account for r in worklist(workspace, view="all", search="CL-9")] == ["A200"]
    # A100 was settled with its first claim, then moved again: the report has one move for it, from nothing.
    assert report.changes_total == 2
    assert [(c.account, c.patient_due_before, c.patient_due_after, c.created) for c in report.changes] == [
        ("A100", 0, 90000, True), ("A200", 0, 8000, True)]
    balance = due(workspace, "A100")["balance"]
    assert (balance["patient_due"], balance["insurance_pending"]) == ("900.00", "150.00")
    [row] = worklist(workspace, view="all", search="A100")  # the figures the lists sort by
    assert (row.patient_due_cents, row.insurance_pending_cents) == (90000, 15000)


def test_balances_worked_out_during_an_import_match_the_ledger(workspace, tmp_path):
    from datetime import date

    from sqlalchemy import select

    from collections_desktop.storage.balances import refresh_accounts_bulk
    from collections_desktop.storage.models import Account

    import_files(workspace, [write(tmp_path, "ledger.csv", GENERIC)])
    with workspace.transaction() as session:
        figures = lambda: sorted(session.execute(select(  # noqa: E731
            Account.number, Account.patient_due_cents, Account.insurance_pending_cents,
            Account.oldest_anchor_date)).all())
        settled = figures()
        moved = list(refresh_accounts_bulk(session, session.scalars(select(Account.id)), date.today()))
        assert moved == [] and figures() == settled
        session.rollback()


def test_an_import_says_how_far_it_has_read(workspace, tmp_path, monkeypatch):
    from collections_desktop.services.imports import imports

    monkeypatch.setattr(imports, "RELEASE_EVERY", 2)
    heard: list[int] = []
    import_files(workspace, [write(tmp_path, "ledger.csv", GENERIC)], dry_run=True, progress=heard.append)
    assert heard == [2, 3]  # three claim rows (the total row is not a record), two records a slice


def test_a_dependants_claims_in_different_slices_stay_the_dependants(workspace, tmp_path, monkeypatch):
    from sqlalchemy import select

    from collections_desktop.services.imports import imports
    from collections_desktop.storage.models import Account, AccountMember, Encounter

    monkeypatch.setattr(imports, "RELEASE_EVERY", 1)  # each record its own slice: the caches are let go between
    text = ("Account,Guarantor First,Guarantor Last,Patient First,Patient Last,Claim,Service Date,Charge,Balance\n"
            "A300,Ana,Ruiz,Lucía,Ruiz,CL-31,2026-03-03,100.00,100.00\n"
            "A301,Juan,Mora,,,CL-40,2026-03-04,50.00,50.00\n"
            "A300,Ana,Ruiz,Lucía,Ruiz,CL-32,2026-04-03,80.00,80.00\n")
    assert import_files(workspace, [write(tmp_path, "family.csv", text)]).applied
    with workspace.reading() as session:
        account = session.scalars(select(Account).where(Account.number == "A300")).one()
        patient = session.scalars(select(AccountMember.person_id).where(
            AccountMember.account_id == account.id, AccountMember.role == "patient")).one()
        assert patient != account.guarantor_id
        assert set(session.scalars(select(Encounter.patient_id).where(Encounter.account_id == account.id))) == {patient}


def test_a_row_cut_off_mid_line_is_refused_not_read_as_zeros(workspace, tmp_path):
    """A copy interrupted after the Charge column must not undo the payments and adjustments posted."""
    full = ("Account,Guarantor First,Guarantor Last,Claim,Service Date,Charge,Insurance Paid,Adjustment,"
            "Patient Paid,Balance,Payer\n"
            "B100,Ana,Ruiz,BC-1,2026-03-03,300.00,100.00,50.00,0,150.00,Aetna\n"
            "B100,Ana,Ruiz,BC-2,2026-04-01,678.36,200.00,80.00,117.52,280.84,Aetna\n")
    assert import_files(workspace, [write(tmp_path, "day1.csv", full)]).applied
    before = due(workspace, "B100")["balance"]["patient_due"]
    cut = FIXTURES / "bad" / "cut_after_charge.csv"
    report = import_files(workspace, [cut])
    assert not report.applied
    assert [(p.where, p.code, p.params) for p in report.problems] == [
        ("cut_after_charge.csv:3", "short_row", {"found": 6, "expected": 11})]
    skipped = import_files(workspace, [cut], skip_bad=True)
    assert skipped.applied and due(workspace, "B100")["balance"]["patient_due"] == before


def test_long_ids_are_refused_never_cut_and_merged(workspace, tmp_path):
    """Two account numbers sharing their first 40 characters, two claim ids their first 50: never one."""
    account = "A" * 40
    claim = "C" * 50
    text = ("Account,Guarantor First,Guarantor Last,Claim,Service Date,Charge,Balance\n"
            f"{account},Alice,Ames,{claim},2026-03-03,10.00,10.00\n"
            f"{account}X,Bob,Bell,B-1,2026-03-04,20.00,20.00\n"
            f"{account},Alice,Ames,{claim}Y,2026-03-05,30.00,30.00\n")
    report = import_files(workspace, [write(tmp_path, "long.csv", text)])
    assert not report.applied
    assert [(p.where, p.code, p.params["most"]) for p in report.problems] == [
        ("long.csv:3", "id_too_long", 40), ("long.csv:4", "id_too_long", 50)]
    assert import_files(workspace, [write(tmp_path, "long.csv", text)], skip_bad=True).applied
    alice = due(workspace, account)
    assert [e["claim"] for e in alice["encounters"]] == [claim] and alice["guarantor"]["name"] == "Alice Ames"


def test_a_balance_that_disagrees_with_the_amounts_is_said(workspace, tmp_path):
    """The practice's Balance is kept (it is what the patient was told), and the difference is a warning."""
    report = import_files(workspace, [write(tmp_path, "ledger.csv", GENERIC)])
    assert report.applied
    assert [(p.where, p.code, p.params) for p in report.problems] == [
        ("ledger.csv:2", "balance_disagrees", {"claim": "CL-1", "balance": "900.00", "figures": "969.12"})]


def test_doubled_quotes_inside_a_quoted_field_are_one_quote(workspace, tmp_path):
    text = ("Account,Guarantor First,Guarantor Last,Claim,Service Date,Charge,Balance\n"
            'Q7,"Robert ""Bobby""","Smith, Jr",QC-7,2026-03-03,10.00,10.00\n')
    assert import_files(workspace, [write(tmp_path, "quotes.csv", text)]).applied
    assert due(workspace, "Q7")["guarantor"]["name"] == 'Robert "Bobby" Smith, Jr'
