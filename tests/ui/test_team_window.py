"""The window in team mode: it asks the person to sign in to the server (a wrong password is said without
saying which part was wrong), then lists the server's accounts and opens one, takes the next from Today's
shared queue, says who else has an account open; locking signs out and asks again, and the laptop's data
folder holds nothing. A supervisor's Team window shows each person's figures and assigns accounts. Spanish
throughout."""

from __future__ import annotations

from collections_desktop.services.team.server import TeamServer
from collections_desktop.services.team.users import TeamUser, add_user, init_team
from collections_desktop.services.team.vault_copy import copy_vault_to_server
from collections_desktop.services.team.workspace import TeamWorkspace
from collections_desktop.storage.team_models import AccountLeaseRow
from collections_desktop.ui.actions import MainAction
from collections_desktop.ui.dialogs.sign_in import SignInDialog

PASSWORD = "a long team password"


def test_signing_in_to_the_team_server(controller_factory, demo_workspace, team_address, qtbot, tmp_path):
    server = TeamServer(team_address)
    init_team(server, "Ana López", PASSWORD)
    ana = TeamWorkspace(server, TeamUser("Ana López", "supervisor"), tmp_path)
    add_user(ana, "Luis Ortega", "specialist", PASSWORD)
    copy_vault_to_server(demo_workspace, ana)
    server.close()
    controller = controller_factory(tmp_path / "laptop", "es", server=team_address)
    controller.start()
    dialog = controller.dialog
    assert isinstance(dialog, SignInDialog) and dialog.windowTitle() == "Iniciar sesión en el equipo"
    dialog.name.setText("Luis Ortega")
    dialog.password.setText("not the password")
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: "no corresponden" in dialog.message.text(), timeout=20_000)
    assert controller.workspace is None and dialog.password.text() == ""
    dialog.password.setText(PASSWORD)
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: controller.workspace is not None and controller.model.rowCount() > 0, timeout=20_000)
    assert controller.workspace.actor == "Luis Ortega" and controller.workspace.shared
    assert not controller.window.registry[MainAction.TEAM].isVisible()  # a supervisor's window only
    number = controller.model.account_number(0)
    controller.desk.open_account(number)
    qtbot.waitUntil(lambda: controller.current_view is not None and controller.current_view.number == number,
                    timeout=20_000)
    controller.desk.take_next()  # the shared queue: the first account of Today no one else has open, held

    def held() -> set[str]:
        with controller.workspace.reading() as session:
            return {row.holder for row in session.query(AccountLeaseRow)}

    qtbot.waitUntil(lambda: "Luis Ortega" in held(), timeout=20_000)
    # Someone else has an account open: opening it says who and until when.
    from collections_desktop.services.desk.leases import work_on
    from collections_desktop.services.team.server import TeamServer as Server

    other = Server(team_address)
    busy = controller.model.account_number(1)
    work_on(TeamWorkspace(other, TeamUser("Ana López", "supervisor"), tmp_path), busy)
    controller.desk.open_account(busy)
    qtbot.waitUntil(lambda: "Ana López" in controller.window.statusBar().currentMessage(), timeout=20_000)
    assert "tiene esta cuenta abierta hasta las" in controller.window.statusBar().currentMessage()
    other.close()
    controller.lock()
    assert controller.workspace is None and isinstance(controller.dialog, SignInDialog)
    # S-11: the laptop keeps nothing of the patients at rest: its data folder holds no file at all.
    laptop = tmp_path / "laptop"
    assert not laptop.exists() or [p for p in laptop.rglob("*") if p.is_file()] == []


def test_the_supervisors_team_window(controller_factory, demo_workspace, team_address, qtbot, tmp_path):
    from sqlalchemy import select

    from collections_desktop.services.outreach.contacts import log_contact
    from collections_desktop.storage.models import Account

    def owners(*numbers: str) -> list:
        with luis.reading() as session:
            return sorted(str(o) for o in session.scalars(select(Account.assigned_to).where(
                Account.number.in_(numbers))))

    server = TeamServer(team_address)
    init_team(server, "Ana López", PASSWORD)
    ana = TeamWorkspace(server, TeamUser("Ana López", "supervisor"), tmp_path)
    add_user(ana, "Luis Ortega", "specialist", PASSWORD)
    copy_vault_to_server(demo_workspace, ana)
    luis = TeamWorkspace(server, TeamUser("Luis Ortega", "specialist"), tmp_path)
    controller = controller_factory(tmp_path / "laptop", "es", server=team_address)
    controller.start()
    controller.dialog.name.setText("Ana López")
    controller.dialog.password.setText(PASSWORD)
    controller.dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: controller.workspace is not None and controller.model.rowCount() > 1, timeout=20_000)
    first, second = controller.model.account_number(0), controller.model.account_number(1)
    log_contact(luis, first, "phone", "CONVERSATION", direction="inbound")
    action = controller.window.registry[MainAction.TEAM]
    assert action.isVisible() and action.text() == "&Equipo…"
    action.trigger()
    window = controller.team.window
    qtbot.waitUntil(lambda: window.report is not None and window.assign_to.count() == 3, timeout=20_000)
    assert window.windowTitle() == "Equipo" and window.table.horizontalHeaderItem(4).text() == "Cobrado"
    people = [window.table.item(row, 0).text() for row in range(window.table.rowCount())]
    assert "Luis Ortega" in people and people[-1] == "Total del equipo"
    luis_row = people.index("Luis Ortega")
    assert window.table.item(luis_row, 1).text() == "1" and window.table.item(luis_row, 2).text() == "1"
    window.numbers.setText(f"{first}, {second}")
    window.assign_to.setCurrentIndex(window.assign_to.findData("Luis Ortega"))
    window.assign_button.click()
    qtbot.waitUntil(lambda: "asignadas a Luis Ortega" in window.message.text(), timeout=20_000)
    assert owners(first, second) == ["Luis Ortega", "Luis Ortega"]
    window.holder.setCurrentIndex(window.holder.findData("Luis Ortega"))
    window.move_to.setCurrentIndex(0)  # no one
    window.move_button.click()
    qtbot.waitUntil(lambda: "sin asignar" in window.message.text(), timeout=20_000)
    assert owners(first, second) == ["None", "None"]
    window.numbers.setText("NO-SUCH-ACCOUNT")
    window.assign_button.click()
    qtbot.waitUntil(lambda: "NO-SUCH-ACCOUNT" in window.message.text(), timeout=20_000)
    controller.lock()
    assert controller.team.window is None and not action.isVisible()
    luis.close()
    server.close()
