"""Live language switching: installs our and Qt's Spanish translators and tells every widget to retranslate."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QSettings, QTranslator, Signal

from collections_desktop.resources import translation
from collections_desktop.words import use_language

LANGUAGES = ("en", "es")
SETTINGS_KEY = "ui/language"


class LanguageManager(QObject):
    """Owns the installed translators; `switch` is instant and needs no restart."""

    language_changed = Signal(str)

    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        self._app = app
        self._translators: list[QTranslator] = []
        self.language = "en"

    def switch(self, language: str, *, remember: bool = True) -> bool:
        """Installs `language`; Qt then sends LanguageChange to every widget. Returns False if unknown."""
        if language not in LANGUAGES:
            return False
        use_language(language)  # first: the coded messages' catalog and formats follow, as widgets retranslate
        for old in self._translators:
            self._app.removeTranslator(old)
        self._translators = []
        if language != "en":
            ours = QTranslator(self)
            if ours.load(str(translation(f"collections_desktop_{language}.qm"))):
                self._translators.append(ours)
            qt_base = QTranslator(self)
            if qt_base.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
                self._translators.append(qt_base)
        for translator in self._translators:
            self._app.installTranslator(translator)
        QLocale.setDefault(QLocale(QLocale.Language.Spanish if language == "es" else QLocale.Language.English,
                                   QLocale.Country.UnitedStates))
        self.language = language
        if remember:
            QSettings().setValue(SETTINGS_KEY, language)
        self.language_changed.emit(language)
        return True

    @staticmethod
    def remembered() -> str:
        value = QSettings().value(SETTINGS_KEY, "en")
        return value if value in LANGUAGES else "en"
