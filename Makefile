# Vormkeuze: `make run` opens the app, `make test` runs every check. Both bootstrap .venv.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
QT_DEBS := libglib2.0-0 libegl1 libgl1 libfontconfig1 libxkbcommon0 libdbus-1-3 fonts-dejavu-core poppler-utils
# a real browser for the participation page's tests (Selenium drives Debian's own driver)
BROWSER_DEBS := chromium chromium-driver
#: a real X window for the tests of what offscreen cannot show (tooltips, keys, two windows)
XTEST_DEBS := xvfb xauth openbox xdotool
# the PDF report: WeasyPrint lays out with Pango (and HarfBuzz for font subsetting)
PDF_DEBS := libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz0b libharfbuzz-subset0
X_DEBS := libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 \
	libxcb-image0 libxcb-render-util0 libxcb-randr0 libxcb-xkb1 libxcb-sync1 libxcb-xfixes0 libx11-xcb1
export PYTHONDONTWRITEBYTECODE := 1

.PHONY: run test venv lint typecheck importlint pytest bench translations debs debs-x11 debs-xtest clean

# --- environment -------------------------------------------------------------------------------
# Debian packages: offscreen Qt (+ pdftotext), the PDF report's Pango; X11 only for a window.
define install_debs
	@missing=""; for p in $(1); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ] && command -v apt-get >/dev/null; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    echo "Installing Debian packages:$$missing"; \
	    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing) >/dev/null \
	      || { echo "apt-get install failed for:$$missing"; exit 1; }; \
	  else \
	    echo "Vormkeuze needs these Debian packages; run: sudo apt-get install -y$$missing"; \
	  fi; \
	fi
endef

debs:
	$(call install_debs,$(QT_DEBS) $(PDF_DEBS))

debs-x11:
	$(call install_debs,$(QT_DEBS) $(PDF_DEBS) $(X_DEBS))

# the tests also need a real X server and a real browser
debs-xtest:
	$(call install_debs,$(QT_DEBS) $(PDF_DEBS) $(X_DEBS) $(XTEST_DEBS) $(BROWSER_DEBS))

$(STAMP): pyproject.toml
	@echo "Setting up .venv (Python packages; once, about a minute)…"
	@[ -x $(BIN)/python ] || $(PYTHON) -m venv $(VENV)
	@$(BIN)/python -m pip install -q --disable-pip-version-check --upgrade pip
	@$(BIN)/python -m pip install -q --disable-pip-version-check -e '.[dev]'
	@touch $(STAMP)

venv: debs $(STAMP) translations

translations: $(STAMP)
	@$(BIN)/python -m gui.i18n_build --release --quiet

# --- the two commands --------------------------------------------------------------------------
run: venv debs-x11
	@$(BIN)/vormkeuze

test: venv debs-xtest lint importlint typecheck pytest

lint:
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

importlint:
	$(BIN)/lint-imports

typecheck:
	$(BIN)/mypy

pytest:
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -p no:cacheprovider

bench: venv
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m benchmarks

clean:
	rm -rf $(VENV) build *.egg-info screenshots
