# Set-up, run, test, translate and package Collections Desk. `make run` and `make test` bootstrap .venv.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
TS     := translations/collections_desktop_es.ts
QM     := translations/collections_desktop_es.qm
PO     := collections_desktop/locale/es/LC_MESSAGES/collections_desktop.po
MO     := $(PO:.po=.mo)
export PIP_DISABLE_PIP_VERSION_CHECK := 1

.PHONY: run test lint translations qm words mo system-deps package bench clean

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade "pip>=23.1"
	$(BIN)/python -m pip install --quiet -e '.[test]'
	@touch $(STAMP)

$(QM): $(TS) $(STAMP)
	$(BIN)/pyside6-lrelease -silent $(TS) -qm $(QM)

qm: $(QM)

# The coded messages' catalog (gettext): compiled for the app, and brought in line with the code's word tables.
$(MO): $(PO) $(STAMP)
	$(BIN)/pybabel -q compile -D collections_desktop -d collections_desktop/locale -l es

mo: $(MO)

words: $(STAMP)
	$(BIN)/python tools/words_sync.py
	$(BIN)/pybabel -q compile -D collections_desktop -d collections_desktop/locale -l es

# Refresh the Spanish sources from the code, then build the .qm the app loads.
translations: $(STAMP)
	$(BIN)/pyside6-lupdate -silent -no-obsolete $$(find collections_desktop/ui -name '*.py' | sort) -ts $(TS)
	$(BIN)/pyside6-lrelease -silent $(TS) -qm $(QM)

run: $(STAMP) $(QM) $(MO)
	-@bash tools/ensure-system-deps.sh --display
	$(BIN)/collections-desktop

system-deps:
	@bash tools/ensure-system-deps.sh

LINT_STAMP := $(VENV)/.lint-stamp
$(LINT_STAMP): pyproject.toml $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[test,lint]'
	@touch $(LINT_STAMP)

# ruff over everything; mypy over the whole package (the domain rules strictly).
lint: $(LINT_STAMP)
	$(BIN)/ruff check collections_desktop tests benchmarks tools
	$(BIN)/mypy

test: system-deps $(STAMP) $(QM) $(MO)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -n auto

package: $(STAMP) $(QM) $(MO)
	$(BIN)/pyinstaller --noconfirm --clean build.spec
	@echo "Built dist/collections-desktop/collections-desktop"

bench: $(STAMP)
	$(BIN)/python benchmarks/run_all.py

clean:
	rm -rf build dist $(QM) $(MO) tests/artifacts
