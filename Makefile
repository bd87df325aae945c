# Two commands do everything on a fresh Debian machine with Python 3.11:
#   make site   — installs what is missing, then builds the site into site/ (make serve to preview it)
#   make test   — installs what is missing (test tools, Debian's chromium), then runs every test
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
DEBIAN_PACKAGES := chromium fonts-dejavu-core fonts-dejavu-extra libpango-1.0-0 libpangoft2-1.0-0 poppler-utils
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: site serve test check bench system-deps clean

site: $(VENV)/.installed system-deps
	$(BIN)/fabrique build

serve: $(VENV)/.installed system-deps
	$(BIN)/fabrique serve

check: $(VENV)/.installed
	$(BIN)/fabrique check

test: $(VENV)/.installed-test system-deps
	$(BIN)/python -m pytest $(PYTEST_ARGS)

bench: $(VENV)/.installed
	$(BIN)/python bench/run.py --sheets 800

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e .
	# bytecode of the editable package, written once (where PYTHONDONTWRITEBYTECODE is set, each command
	# would otherwise compile it again: 30 ms of every start-up)
	$(BIN)/python -m compileall -q generator
	touch $@

$(VENV)/.installed-test: $(VENV)/.installed pyproject.toml
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

# Debian packages: chromium for the browser tests, Pango and fonts for the PDF cards, pdftoppm to look at them.
system-deps:
	@missing=""; for p in $(DEBIAN_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "Installation des paquets Debian manquants :$$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; \
	fi

clean:
	rm -rf site site-hors-ligne .cache docs/figures docs/scenarios docs/themes docs/ateliers docs/experiences docs/cartes
