# The two commands of the README: `make build` (set up, then build the seeds into out/) and `make test`
# (set up, install Debian's Chromium when missing, run every test).
VENV ?= .venv
PYTHON ?= python3

.PHONY: build test setup chromium

setup: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --upgrade pip
	$(VENV)/bin/pip install --quiet -e '.[test]'
	touch $@

build: setup
	$(VENV)/bin/eventgraph build seeds --out out

chromium:
	@command -v chromium >/dev/null || { apt-get update -qq && apt-get install -y -qq chromium; }

test: setup chromium
	$(VENV)/bin/pytest -q
