"""Plans in the window: the dialog quotes, creates, prepares, saves and records the signature; printing; preferences."""

from __future__ import annotations

import json
from datetime import UTC, date

from pypdf import PdfReader
from sqlalchemy import select

from collections_desktop.resources import resource
from collections_desktop.services.plans import plan_policy
from collections_desktop.storage.models import AuditRow
from tests.services.plans.test_plans import CLINIC
from tests.ui.test_desk import open_desk


def name_the_clinic(workspace) -> None:
    text = resource("policy", "plan_policy.toml").read_text(encoding="utf-8")
    for old, new in CLINIC.items():
        text = text.replace(old, new)
    plan_policy.store_policy_text(workspace, text, "test")


def test_plan_dialog_from_quote_to_signature(controller_factory, demo_dir, qtbot, tmp_path):
    controller = open_desk(controller_factory, demo_dir, qtbot)
    qtbot.waitUntil(lambda: controller.current_view is not None, timeout=10_000)
    name_the_clinic(controller.workspace)
    number = controller.current_view.number
    dialog = controller.plans.payment_plan()
    qtbot.waitUntil(lambda: bool(dialog.options), timeout=10_000)
    assert dialog.create_button.isEnabled() and dialog.chosen_kind() == "short"
    dialog.count.setValue(48)
    dialog.quote_button.click()
    qtbot.waitUntil(lambda: any(o.kind == "custom" for o in dialog.options), timeout=10_000)
    custom = dialog.options[-1]
    assert "plan_term_above_policy" in custom.blocks
    assert not dialog.choices.button(len(dialog.options) - 1).isEnabled()  # a blocked option cannot be chosen
    dialog.count.setValue(0)
    dialog.quote_button.click()
    qtbot.waitUntil(lambda: dialog.create_button.isEnabled(), timeout=10_000)
    dialog.create_button.click()
    qtbot.waitUntil(lambda: dialog.agreement_box.isEnabled(), timeout=10_000)
    dialog.preview.click()
    qtbot.waitUntil(lambda: controller.plans.agreement is not None and "SHA-256" in dialog.message.text(),
                    timeout=15_000)
    assert not dialog.page.pixmap().isNull()
    out = tmp_path / "agreement.pdf"
    controller.plans.save_agreement(str(out))
    qtbot.waitUntil(out.exists, timeout=10_000)
    assert "Clínica del Valle, P.C." in PdfReader(out).pages[0].extract_text()
    dialog.signed_on.setDate(dialog.signed_on.date().currentDate())
    dialog.signed_button.click()
    qtbot.waitUntil(lambda: controller.window.account.plans is not None
                    and controller.window.account.plans.current.status == "active"
                    and controller.current_view.number == number, timeout=10_000)
    assert "Payment plan, version 1: Active" in controller.window.account.browser.toPlainText()
    with controller.workspace.reading() as session:
        actions = set(session.scalars(select(AuditRow.action)))
    assert {"plan.created", "agreement.produced", "agreement.saved", "plan.signed"} <= actions


def test_printing_lays_the_pdf_onto_the_printer(qapp, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    from collections_desktop.ui.printing import render_to_printer
    from tests.documents.test_agreement_pdf import build_agreement, sample

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printer.setResolution(96)
    assert render_to_printer(build_agreement(sample(), ("es", "en")), printer) == 4
    assert len(PdfReader(tmp_path / "printed.pdf").pages) == 4


def test_preferences_save_a_new_audited_policy_version(controller_factory, demo_dir, qtbot):
    controller = open_desk(controller_factory, demo_dir, qtbot, lang="es")
    controller.preferences.preferences()
    qtbot.waitUntil(lambda: controller.preferences.preferences_dialog is not None, timeout=10_000)
    dialog = controller.preferences.preferences_dialog
    assert dialog.windowTitle().startswith("Preferencias")
    dialog.clinic["legal_name"].setText("Clínica Ñandú, P.C.")
    dialog.days["cure_days"].setValue(21)
    dialog.frequencies["weekly"].setChecked(False)
    assert [dialog.tabs.tabText(i) for i in range(3)] == ["Clínica", "Reglas de los planes",
                                                          "Escala de cobranza y asistencia"]
    ladder = dialog.ladder
    assert [(a.value(), b.value()) for a, b in ladder.tiers] == [(200, 100), (300, 75), (400, 50), (0, 0)]
    ladder.tiers[1][1].setValue(80)
    ladder.credit_reporting.setChecked(True)
    ladder.is_501r.setChecked(True)
    ladder.final_notice_days.setValue(45)
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: dialog.result() == dialog.DialogCode.Accepted, timeout=10_000)
    policy = plan_policy.current_policy(controller.workspace)
    assert (policy.version, policy.clinic["legal_name"], policy.cure_days) == (2, "Clínica Ñandú, P.C.", 21)
    assert "weekly" not in policy.frequencies
    assert policy.assistance_tiers == ((200, 100), (300, 80), (400, 50))
    assert policy.is_501r_facility and policy.final_notice_days == 45
    assert "credit_report" in dict(policy.escalation_steps)


def test_the_tracker_reads_in_spanish(controller_factory, demo_dir, qtbot):
    from collections_desktop.services.demo.demo_plans import seed_plans
    from collections_desktop.services.desk.worklist import ids_for

    controller = open_desk(controller_factory, demo_dir, qtbot, lang="es")
    qtbot.waitUntil(lambda: controller.current_view is not None, timeout=10_000)
    seeded = []
    controller.runner.run(lambda: seed_plans(controller.workspace, date.today()), seeded.append, seeded.append)
    qtbot.waitUntil(lambda: bool(seeded), timeout=20_000)
    late = ids_for(controller.workspace, "plans_late")
    with controller.workspace.reading() as session:
        from collections_desktop.storage.models import Account

        number = session.get(Account, late[0]).number
    controller.desk.open_account(number)
    qtbot.waitUntil(lambda: controller.current_view is not None and controller.current_view.number == number
                    and controller.window.account.plans is not None, timeout=10_000)
    text = controller.window.account.browser.toPlainText()
    assert "Plan de pagos, versión" in text and ("Atrasado" in text or "Aviso enviado" in text)


def test_a_promise_taken_in_the_contact_dialog_lands_in_promises_due(controller_factory, demo_dir, qtbot):
    from PySide6.QtCore import QDate

    from collections_desktop.services.desk.worklist import ids_for

    controller = open_desk(controller_factory, demo_dir, qtbot)
    qtbot.waitUntil(lambda: controller.current_view is not None, timeout=10_000)
    dialog = controller.desk.log_contact()
    dialog.direction.setCurrentIndex(1)  # they called us
    dialog.choose_outcome("PROMISE_TO_PAY")
    assert dialog.promise_amount.isVisibleTo(dialog)
    dialog.buttons.accepted.emit()
    assert "amount" in dialog.blocked.text()  # asked for, nothing saved
    dialog.promise_amount.setText("10.00")
    dialog.promise_date.setDate(QDate.currentDate().addDays(3))
    dialog.follow_up_on.setChecked(True)
    dialog.follow_up.setDate(QDate.currentDate().addDays(4))
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: dialog.result() == dialog.DialogCode.Accepted, timeout=10_000)
    assert len(ids_for(controller.workspace, "promises_due")) == 1
    from collections_desktop.storage.models import ContactEventRow

    with controller.workspace.reading() as session:
        event = session.scalars(select(ContactEventRow).order_by(ContactEventRow.id.desc()).limit(1)).one()
    assert json.loads(event.detail)["follow_up"] == QDate.currentDate().addDays(4).toPython().isoformat()


def test_copies_handed_to_other_programs_are_private_and_removed(qapp):
    import stat

    from collections_desktop.ui import printing

    printing.hand_to_system(b"%PDF-1.4 test", "open")
    [folder] = list(printing._PENDING)
    [copy] = list(folder.iterdir())
    assert stat.S_IMODE(copy.stat().st_mode) == 0o600 and stat.S_IMODE(folder.stat().st_mode) == 0o700
    printing.remove_all_private()
    assert not folder.exists()


def test_the_dialog_follows_up_an_open_late_plan(controller_factory, demo_dir, qtbot):
    from collections_desktop.services.demo.demo_plans import seed_plans
    from collections_desktop.services.desk.worklist import ids_for
    from collections_desktop.services.plans.plan_views import account_plans
    from collections_desktop.storage.models import Account

    controller = open_desk(controller_factory, demo_dir, qtbot)
    qtbot.waitUntil(lambda: controller.current_view is not None, timeout=10_000)
    seeded = []
    controller.runner.run(lambda: seed_plans(controller.workspace, date.today()), seeded.append, seeded.append)
    qtbot.waitUntil(lambda: bool(seeded), timeout=20_000)
    with controller.workspace.reading() as session:
        numbers = [session.get(Account, i).number for i in ids_for(controller.workspace, "plans_late")]
    number = next(n for n in numbers if account_plans(controller.workspace, n).current.status == "late")
    controller.desk.open_account(number)
    qtbot.waitUntil(lambda: controller.current_view is not None and controller.current_view.number == number,
                    timeout=10_000)
    dialog = controller.plans.payment_plan()
    qtbot.waitUntil(lambda: dialog.status == "late", timeout=10_000)
    assert dialog.notice_button.isEnabled() and not dialog.default_button.isEnabled()
    assert "Replace with a new version" in dialog.create_button.text().replace("&", "")
    dialog.notice_button.click()
    qtbot.waitUntil(lambda: dialog.status == "notice_sent", timeout=10_000)
    assert dialog.notice_print.isEnabled()
    dialog.default_button.click()  # the cure date has not passed: refused, with the reason
    qtbot.waitUntil(lambda: "cure date" in dialog.message.text(), timeout=10_000)
    assert account_plans(controller.workspace, number).current.status == "notice_sent"


def test_the_income_cap_box_flags_the_account_and_requotes(controller_factory, demo_dir, qtbot):
    from collections_desktop.services.desk.accounts import get_account

    controller = open_desk(controller_factory, demo_dir, qtbot)
    qtbot.waitUntil(lambda: controller.current_view is not None, timeout=10_000)
    number = controller.current_view.number
    dialog = controller.plans.payment_plan()
    qtbot.waitUntil(lambda: bool(dialog.options), timeout=10_000)
    dialog.income_cap.setChecked(True)
    qtbot.waitUntil(lambda: "income_cap_eligible" in get_account(controller.workspace, number).flags, timeout=10_000)
    state = get_account(controller.workspace, number).state
    if state in ("CO", "MD", "CA"):  # the cap exists there: without an income the plan cannot be offered
        qtbot.waitUntil(lambda: all("plan_income_required" in o.blocks for o in dialog.options), timeout=10_000)


def test_today_puts_promises_due_and_late_plans_first_and_says_why(demo_workspace):
    from datetime import datetime

    from collections_desktop.domain.priority import rank_today
    from collections_desktop.services.demo.demo_plans import seed_plans
    from collections_desktop.services.desk.worklist import ids_for, rows_for
    from collections_desktop.storage.worklist_repo import follow_ups
    from collections_desktop.ui.models.worklist_model import WorklistModel

    today = date.today()
    seed_plans(demo_workspace, today)
    with demo_workspace.reading() as session:
        pending = follow_ups(session)
    assert any(p for p, _b in pending.values()) and any(b for _p, b in pending.values())
    # Ranking alone: the same balance, age and callability, the follow-ups come first.
    entries = [(1, 1000, None, None), (2, 1000, None, None), (3, 900_000, None, None)]

    class Call:
        allowed, next_allowed_at = True, None

    entries = [(i, d, a, Call()) for i, d, a, _c in entries]
    assert rank_today(entries, today, {2: (today, 0)})[:2] == [2, 3]
    assert rank_today(entries, today, {1: (None, 5000)})[:2] == [1, 3]
    late = ids_for(demo_workspace, "plans_late")
    row = rows_for(demo_workspace, late[:1], at=datetime.now(UTC))[0]
    assert row.plan_behind_cents > 0
    assert "plan installment late" in WorklistModel(lambda _ids: [])._why(row) or row.next_action.startswith("hold:")


def test_agency_approval_from_the_desk_explains_a_refusal(controller_factory, demo_dir, qtbot):
    controller = open_desk(controller_factory, demo_dir, qtbot, lang="es")
    qtbot.waitUntil(lambda: controller.current_view is not None, timeout=10_000)
    controller.claims.approve_for_agency("prueba")
    qtbot.waitUntil(lambda: bool(controller.claims.agency_refusal), timeout=10_000)
    refusal = controller.claims.agency_refusal
    assert refusal.startswith("Envío a la agencia rechazado:") and "aviso por escrito" in refusal
    controller.claims.agency_box.close()
