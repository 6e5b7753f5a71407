# Wijkradar: every target installs what it needs first (scripts/setup.sh is quick when
# everything is in place), so `make demo` and `make test` work on a fresh Debian 12 machine.

SHELL := /bin/bash
VENV  := .venv
PY    := $(VENV)/bin/python
# The plugin is imported as the package `wijkradar` from build/pkg (a symlink to this
# folder), never from the repository root, so QGIS's own `processing` is not shadowed.
RUN   := PYTHONPATH=$(CURDIR)/build/pkg QT_QPA_PLATFORM=offscreen PYTHONDONTWRITEBYTECODE=1
DEMO_LANGUAGE ?= en

.PHONY: all setup test test-core test-qgis lint i18n demo demo-data gui-smoke package install \
        uninstall bench screenshots docs model clean

all: test

setup:
	@bash scripts/setup.sh

i18n: setup
	@bash scripts/i18n.sh

lint: setup
	$(PY) -m ruff check .
	$(PY) -m flake8 .
	$(PY) scripts/check_qt6.py
	$(PY) scripts/check_translations.py

test-core: setup
	$(RUN) $(PY) -P -m pytest tests/core -q -p no:pytest_qgis

test-qgis: setup i18n
	$(RUN) $(PY) -P -m pytest tests/qgis -q --qgis_disable_gui

test: lint test-core test-qgis gui-smoke

demo: setup i18n
	$(RUN) $(PY) scripts/demo.py --output demo-output --language $(DEMO_LANGUAGE)

demo-data: setup
	$(RUN) $(PY) scripts/make_demo_data.py

gui-smoke: package
	bash scripts/gui_smoke.sh

screenshots: package
	bash scripts/screenshots.sh

docs: setup
	$(RUN) $(PY) scripts/make_docs.py

model: setup
	$(RUN) $(PY) scripts/make_model.py

package: setup i18n
	bash scripts/package.sh

install: setup i18n
	bash scripts/install_dev.sh

uninstall:
	bash scripts/install_dev.sh --remove

bench: setup
	$(RUN) $(PY) bench/run_all.py

clean:
	rm -rf build dist demo-output .pytest_cache .ruff_cache
