# tukena: every target installs what it needs first. See README.md.
SHELL := /bin/bash
.DEFAULT_GOAL := help

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# the tools that write requirements.lock (make lock), apart from the project's own
LOCK_VENV := .venv-lock
PIP_VERSION := 26.3
PIP_TOOLS_VERSION := 7.6.2
LOCK_OPTS ?=
NODE_STAMP := node_modules/.installed
VENDOR_STAMP := theme/static/vendor/.installed
CHROMIUM := /usr/bin/chromium
APACHE := /usr/sbin/apache2
JAVA := /usr/bin/java
PORT ?= 8000
BOT_PORT ?= 8001
CATALOGS := tukena/site/locale
UI_LANGUAGES := fi sv en
PELICAN_OPTS ?=
VALIDATE_OPTS ?=
STALE_OPTS ?=
CONTENT ?= content
OUTPUT ?= output

.PHONY: help install validate stale schemas html serve serve-forms publish test bench clean \
        translations-extract translations-update translations-compile reference-data bot bot-worker \
        lock

help:
	@echo "make serve                install, build the sample site and serve it on http://localhost:$(PORT)/"
	@echo "make serve-forms          as serve, with working forms: the form bot on http://127.0.0.1:$(BOT_PORT)/ too"
	@echo "make test                 install and run the tests"
	@echo "make validate             check every content file and report all problems"
	@echo "make stale                list listings out of date or about to be, and whom to ask"
	@echo "make schemas              regenerate schemas/*.schema.json from the models"
	@echo "make html                 build the site into output/ (development settings)"
	@echo "make publish              build the site for production (SITEURL must be set)"
	@echo "make translations-update  extract the UI strings and add new ones to the fi, sv and en catalogues"
	@echo "make bot                  run the form bot on http://127.0.0.1:8001/ (TUKENA_BOT_* settings)"
	@echo "make bot-worker           deliver queued submissions in a process of its own (bot with TUKENA_BOT_WORKER_IN_PROCESS=false)"
	@echo "make bench                run the benchmarks (slow)"
	@echo "make install              make the virtualenv and install the Python and npm packages"
	@echo "make lock                 pin the Python packages again after pyproject.toml changed (LOCK_OPTS=--upgrade: newest releases)"
	@echo "make reference-data SHARED=DIR  convert the municipalities' geodata (when the classification changes)"
	@echo "make clean                remove build output, caches and the virtualenv"

# Every Python package, the build backend included, at the version and with the hashes
# requirements.lock pins; the project itself is then installed without resolving anything.
$(STAMP): pyproject.toml requirements.lock
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet pip==$(PIP_VERSION)
	$(BIN)/pip install --quiet --require-hashes -r requirements.lock
	$(BIN)/pip install --quiet --no-deps --no-build-isolation -e .
	touch $@

lock:
	test -x $(LOCK_VENV)/bin/pip-compile || { $(PYTHON) -m venv $(LOCK_VENV) && \
	  $(LOCK_VENV)/bin/pip install --quiet pip==$(PIP_VERSION) pip-tools==$(PIP_TOOLS_VERSION); }
	CUSTOM_COMPILE_COMMAND="make lock" $(LOCK_VENV)/bin/pip-compile --quiet $(LOCK_OPTS) \
	  --extra test --build-deps-for editable --allow-unsafe --strip-extras --generate-hashes \
	  --no-emit-index-url --no-emit-find-links --output-file requirements.lock pyproject.toml

# No package's own install script runs (.npmrc): the HTML checker's would fetch a Java runtime.
$(NODE_STAMP): package.json package-lock.json .npmrc
	npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
	touch $@

$(VENDOR_STAMP): $(NODE_STAMP) $(STAMP) scripts/vendor_js.py
	$(BIN)/python scripts/vendor_js.py
	touch $@

$(CHROMIUM):
	@if [ "$$(id -u)" = 0 ]; then \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	else \
	  echo "Browser tests need Debian's chromium: sudo apt-get install chromium" >&2; exit 1; \
	fi

# The .htaccess the build writes is tested on a real Apache (tests/test_site_apache.py).
$(APACHE):
	@if [ "$$(id -u)" = 0 ]; then \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends apache2 >/dev/null; \
	else \
	  echo "The hosting tests need Debian's apache2: sudo apt-get install apache2" >&2; exit 1; \
	fi

# The HTML checker (vnu.jar, from npm) runs on Debian's Java (tests/html_checker.py).
$(JAVA):
	@if [ "$$(id -u)" = 0 ]; then \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends default-jre-headless >/dev/null; \
	else \
	  echo "The HTML checks need Java: sudo apt-get install default-jre-headless" >&2; exit 1; \
	fi

install: $(STAMP) $(VENDOR_STAMP)

# Catalogs: $(CATALOGS)/<lang>/LC_MESSAGES/messages.po, kept in git; the .mo files are not
# (the site compiles the .po files in memory). Fuzzy entries are never compiled.
translations-compile: $(STAMP)
	$(BIN)/pybabel -q compile -d $(CATALOGS) -D messages

# Keywords and file patterns are in babel.cfg.
# written beside the catalogue and moved over it: a template that fails to parse leaves it whole
translations-extract: $(STAMP)
	$(BIN)/pybabel -q extract -F babel.cfg -o $(CATALOGS)/messages.pot.new \
	  --project=tukena --copyright-holder="the tukena contributors" --no-location --sort-output --width=100 . \
	  || { rm -f $(CATALOGS)/messages.pot.new; exit 1; }
	mv $(CATALOGS)/messages.pot.new $(CATALOGS)/messages.pot

translations-update: translations-extract
	for lang in $(UI_LANGUAGES); do \
	  test -f $(CATALOGS)/$$lang/LC_MESSAGES/messages.po || \
	    $(BIN)/pybabel -q init -i $(CATALOGS)/messages.pot -d $(CATALOGS) -D messages -l $$lang --width=100 || exit 1; \
	done
	$(BIN)/pybabel -q update -i $(CATALOGS)/messages.pot -d $(CATALOGS) -D messages \
	  --no-fuzzy-matching --ignore-obsolete --width=100

validate: $(STAMP)
	$(BIN)/tukena validate $(VALIDATE_OPTS)

stale: $(STAMP)
	$(BIN)/tukena stale $(STALE_OPTS)

schemas: $(STAMP)
	$(BIN)/tukena schemas --out schemas

html: install translations-compile
	$(BIN)/pelican content -s pelicanconf.py -o output $(PELICAN_OPTS)

serve: html
	$(BIN)/pelican content -s pelicanconf.py -o output --autoreload --listen --port $(PORT) $(PELICAN_OPTS)

# The site with working forms, to try them end to end: the form bot in the background (as
# make bot: local forge, so its pull requests are branches in this clone) and the site built
# with TUKENA_BOT_URL naming it, served as make serve does. Ctrl-C stops both.
serve-forms: install translations-compile
	export TUKENA_BOT_ALLOWED_ORIGINS="$${TUKENA_BOT_ALLOWED_ORIGINS-http://localhost:$(PORT),http://127.0.0.1:$(PORT)}" \
	  TUKENA_BOT_SITE_URL="$${TUKENA_BOT_SITE_URL-http://localhost:$(PORT)}"; \
	$(BIN)/tukena bot serve --port $(BOT_PORT) & bot=$$!; \
	trap 'kill $$bot 2>/dev/null; wait $$bot' EXIT; trap 'exit 130' INT TERM; \
	TUKENA_BOT_URL=http://127.0.0.1:$(BOT_PORT)/submit $(BIN)/pelican content -s pelicanconf.py \
	  -o output --autoreload --listen --port $(PORT) $(PELICAN_OPTS)

# Atomic: build into $(OUTPUT).new next to $(OUTPUT) and swap it in only when the build
# succeeded, so a content error or a crash never leaves a partial site in $(OUTPUT).
publish: install translations-compile
	rm -rf '$(OUTPUT).new' '$(OUTPUT).old'
	$(BIN)/pelican '$(CONTENT)' -s publishconf.py -o '$(OUTPUT).new' --fatal warnings $(PELICAN_OPTS) \
	  || { rm -rf '$(OUTPUT).new'; exit 1; }
	if [ -e '$(OUTPUT)' ]; then mv '$(OUTPUT)' '$(OUTPUT).old'; fi
	mv '$(OUTPUT).new' '$(OUTPUT)'
	rm -rf '$(OUTPUT).old'

test: install translations-compile $(CHROMIUM) $(APACHE) $(JAVA)
	$(BIN)/pytest -n 2 -q

bench: install translations-compile $(CHROMIUM)
	$(BIN)/python -m benchmarks

bot: install
	$(BIN)/tukena bot serve

bot-worker: install
	$(BIN)/tukena bot worker

reference-data: $(STAMP)
	$(BIN)/python scripts/convert_reference_data.py $(SHARED)

clean:
	rm -rf output cache .bench $(VENV) $(LOCK_VENV) node_modules theme/static/vendor .pytest_cache .hypothesis
	find . -name __pycache__ -type d -prune -exec rm -rf {} +
