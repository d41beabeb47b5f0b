"""The locked window: the vault's name, a passphrase (or recovery key) field and Unlock, nothing of any patient."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from collections_desktop.resources import resource
from collections_desktop.ui.badges import alert_style
from collections_desktop.ui.dialogs.first_run import MIN_PASSPHRASE
from collections_desktop.ui.retranslate import Retranslating

CARD_WIDTH = 460


def app_icon() -> QIcon:
    """The application's icon (resources/icons, drawn for the project as SVG), from its PNG renderings: no
    SVG plug-in loads while the window opens."""
    icon = QIcon()
    for size in (64, 256):
        icon.addFile(str(resource("icons", f"collections-desk-{size}.png")), QSize(size, size))
    return icon


class UnlockPanel(Retranslating, QWidget):
    """Emits `unlock_requested(passphrase, False, remember)`, or `reset_requested(recovery_key, new_passphrase,
    remember)` for a forgotten passphrase; the controller does the work off the GUI thread and answers with
    `show_error` or `finish`."""

    unlock_requested = Signal(str, bool, bool)
    reset_requested = Signal(str, str, bool)  # recovery key, new passphrase, remember

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("UnlockPanel")
        self.keyring_available = False
        self.plaintext_keyring = ""  # a keyring refused because it stores secrets unencrypted
        self.vault_location = ""
        self.asking = False  # the form is shown (a vault to unlock), not only the locked notice
        self.icon = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)  # its picture comes with the form
        self.title = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title.setFont(font)
        self.vault = QLabel(alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        self.vault.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.intro = QLabel(alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        self.secret_label = QLabel()
        self.secret = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.secret_label.setBuddy(self.secret)
        self.use_recovery = QCheckBox()
        self.new_label, self.repeat_label = QLabel(), QLabel()
        self.new_passphrase = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.new_label.setBuddy(self.new_passphrase)
        self.repeat_label.setBuddy(self.repeat)
        self.recovery_hint = QLabel(wordWrap=True)
        self.remember = QCheckBox()
        self.no_keyring = QLabel(wordWrap=True)
        for note in (self.recovery_hint, self.no_keyring):  # smaller, in the palette's own text colour
            small = QFont(note.font())
            small.setPointSizeF(small.pointSizeF() * 0.9)
            note.setFont(small)
        self.error = QLabel(wordWrap=True)
        self.error.setObjectName("unlockError")
        self.error.setStyleSheet(alert_style(self) + " font-weight: bold;")
        self.unlock_button = QPushButton(default=True, autoDefault=True)
        self.form = QWidget()
        fields = QFormLayout()
        fields.addRow(self.secret_label, self.secret)
        fields.addRow(self.new_label, self.new_passphrase)
        fields.addRow(self.repeat_label, self.repeat)
        self.fields = fields
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)
        inner = QVBoxLayout(self.form)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addLayout(fields)
        for widget in (self.use_recovery, self.recovery_hint, self.remember, self.no_keyring, self.error):
            inner.addWidget(widget)
        inner.addLayout(buttons)
        card = QFrame(frameShape=QFrame.Shape.StyledPanel)
        card.setObjectName("unlockCard")
        card.setFixedWidth(CARD_WIDTH)
        column = QVBoxLayout(card)
        column.setContentsMargins(28, 24, 28, 24)
        column.setSpacing(10)
        for part in (self.icon, self.title, self.vault, self.intro, self.form):
            column.addWidget(part)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)
        self.unlock_button.clicked.connect(self._on_unlock)
        for line in (self.secret, self.new_passphrase, self.repeat):
            line.returnPressed.connect(self._on_unlock)
        self.use_recovery.toggled.connect(self.retranslate_ui)
        self.form.setVisible(False)
        self.retranslate_ui()

    def prepare(self, vault_location: str, keyring_available: bool, plaintext_keyring: str = "") -> None:
        """Shows the form for the vault at `vault_location` (a path, shortened to ~ under the home folder)."""
        self.vault_location = vault_location
        self.keyring_available, self.plaintext_keyring = keyring_available, plaintext_keyring
        self.remember.setVisible(keyring_available)
        self.no_keyring.setVisible(not keyring_available)
        self.asking = True
        if self.icon.pixmap().isNull():
            self.icon.setPixmap(app_icon().pixmap(72, 72))
        self.form.setVisible(True)
        self.finish()
        self.retranslate_ui()

    def finish(self) -> None:
        """Forgets what was typed; the form stays for the next lock."""
        for line in (self.secret, self.new_passphrase, self.repeat):
            line.clear()
        self.error.clear()
        self.use_recovery.setChecked(False)
        self.set_busy(False)

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Collections Desk"))
        self.vault.setText(self.tr("Vault: {location}").format(location=self.vault_location)
                           if self.vault_location else "")
        self.vault.setVisible(bool(self.vault_location))
        self.intro.setText(self.tr("Locked. Patient information stays hidden until you unlock the vault."))
        recovery = self.use_recovery.isChecked()
        self.secret_label.setText(self.tr("&Recovery key:") if recovery else self.tr("&Passphrase:"))
        self.secret.setAccessibleName(self.tr("Recovery key") if recovery else self.tr("Passphrase"))
        self.secret.setPlaceholderText(self.tr("13 groups of letters and digits") if recovery else "")
        self.use_recovery.setText(self.tr("I forgot my passphrase; use the recovery key"))
        self.recovery_hint.setText(self.tr(
            "The recovery key is the code shown once when the vault was created, kept on paper or in a password "
            "manager. Choose a new passphrase of at least 12 characters: it replaces the forgotten one."))
        self.recovery_hint.setVisible(recovery)
        self.new_label.setText(self.tr("&New passphrase:"))
        self.repeat_label.setText(self.tr("R&epeat new passphrase:"))
        self.new_passphrase.setAccessibleName(self.tr("New passphrase"))
        self.repeat.setAccessibleName(self.tr("Repeat new passphrase"))
        for row in (self.new_passphrase, self.repeat):
            self.fields.setRowVisible(row, recovery)
        self.remember.setText(self.tr("Remember on this device"))
        if self.plaintext_keyring:
            self.no_keyring.setText(self.tr(
                "This computer's keyring ({name}) stores secrets unencrypted, so it is not used: the passphrase "
                "is asked every time.").format(name=self.plaintext_keyring))
        else:
            self.no_keyring.setText(self.tr(
                "This computer has no system keyring, so the passphrase is asked every time."))
        self.unlock_button.setText(self.tr("&Unlock and set the new passphrase") if recovery
                                   else self.tr("&Unlock"))

    def set_busy(self, busy: bool) -> None:
        for widget in (self.secret, self.new_passphrase, self.repeat, self.unlock_button, self.use_recovery):
            widget.setEnabled(not busy)

    def show_error(self, text: str) -> None:
        self.set_busy(False)
        self.error.setText(text)
        self.secret.selectAll()
        self.secret.setFocus()

    def _on_unlock(self) -> None:
        if not self.secret.isEnabled():
            return
        if not self.secret.text():
            self.show_error(self.tr("Type the recovery key to unlock.") if self.use_recovery.isChecked()
                            else self.tr("Type the passphrase to unlock."))
            return
        remember = self.remember.isVisible() and self.remember.isChecked()
        if self.use_recovery.isChecked():
            new, again = self.new_passphrase.text(), self.repeat.text()
            if len(new) < MIN_PASSPHRASE:
                self.show_error(self.tr("The new passphrase must be at least 12 characters long."))
                return
            if new != again:
                self.show_error(self.tr("The two new passphrases do not match."))
                return
            self.error.clear()
            self.set_busy(True)
            self.reset_requested.emit(self.secret.text(), new, remember)
            return
        self.error.clear()
        self.set_busy(True)
        self.unlock_requested.emit(self.secret.text(), False, remember)
