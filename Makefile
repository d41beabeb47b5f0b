# Set-up, run, test, translate and package Collections Desk. `make run` and `make test` bootstrap .venv.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
TS     := translations/collections_desktop_es.ts
QM     := translations/collections_desktop_es.qm
export PIP_DISABLE_PIP_VERSION_CHECK := 1

.PHONY: run test lint translations qm system-deps package bench clean

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade "pip>=23.1"
	$(BIN)/python -m pip install --quiet -e '.[test]'
	@touch $(STAMP)

$(QM): $(TS) $(STAMP)
	$(BIN)/pyside6-lrelease -silent $(TS) -qm $(QM)

qm: $(QM)

# Refresh the Spanish sources from the code, then build the .qm the app loads.
translations: $(STAMP)
	$(BIN)/pyside6-lupdate -silent -no-obsolete $$(find collections_desktop/ui -name '*.py' | sort) -ts $(TS)
	$(BIN)/pyside6-lrelease -silent $(TS) -qm $(QM)

run: $(STAMP) $(QM)
	-@bash tools/ensure-system-deps.sh --display
	$(BIN)/collections-desktop

system-deps:
	@bash tools/ensure-system-deps.sh

LINT_STAMP := $(VENV)/.lint-stamp
$(LINT_STAMP): pyproject.toml $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[test,lint]'
	@touch $(LINT_STAMP)

# ruff over everything, mypy (strict) over the domain rules.
lint: $(LINT_STAMP)
	$(BIN)/ruff check collections_desktop tests benchmarks tools
	$(BIN)/mypy

test: system-deps $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

package: $(STAMP) $(QM)
	$(BIN)/pyinstaller --noconfirm --clean build.spec
	@echo "Built dist/collections-desktop/collections-desktop"

bench: $(STAMP)
	$(BIN)/python benchmarks/run_all.py

clean:
	rm -rf build dist $(QM) tests/artifacts
