# The two commands of the README: `make build` (set up, then build the seeds into out/) and `make test`
# (set up, install Debian's Chromium when missing and the JavaScript clients of the exports with npm, run every
# test). `make vendor` copies TimelineJS from the pinned npm package into the package after its pin changes.
VENV ?= .venv
PYTHON ?= python3

.PHONY: build test setup chromium node vendor model

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

node:
	@command -v npm >/dev/null || { apt-get update -qq && apt-get install -y -qq nodejs npm; }

# npm ci runs again only when the lock file changed since the last install.
tests/js/node_modules/.installed: tests/js/package-lock.json | node
	cd tests/js && npm ci --no-audit --no-fund --loglevel=error
	touch $@

TIMELINEJS = tests/js/node_modules/@knight-lab/timelinejs

vendor: node tests/js/node_modules/.installed
	cp $(TIMELINEJS)/dist/js/timeline.js $(TIMELINEJS)/dist/js/timeline.js.LICENSE.txt \
	   $(TIMELINEJS)/dist/css/timeline.css $(TIMELINEJS)/dist/css/icons/tl-icons.woff2 $(TIMELINEJS)/LICENSE \
	   eventgraph/exporters/vendor/timelinejs/

test: setup chromium node tests/js/node_modules/.installed
	$(VENV)/bin/pytest -q

# The syntactic model (eventgraph/resources/models/en_ud): convert UD English EWT + GUM to spaCy's format in
# build/syntax, train with training/syntax.cfg on one thread, install the best model on dev into the package and
# record its test scores in its meta.json. Takes about an hour on one core.
UD ?= ../shared/corpora/ud-english
SYNTAX = build/syntax
MODEL = eventgraph/resources/models/en_ud

model: setup
	rm -rf $(SYNTAX)/corpus $(SYNTAX)/output
	for split in train dev; do for bank in ewt gum; do \
		mkdir -p $(SYNTAX)/corpus/$$split/$$bank && \
		$(VENV)/bin/python -m spacy convert $(UD)/$$bank/$$split.conllu $(SYNTAX)/corpus/$$split/$$bank \
			--converter conllu --n-sents 10 || exit 1; \
	done; done
	OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1 nice $(VENV)/bin/python -m spacy train \
		training/syntax.cfg --output $(SYNTAX)/output
	$(VENV)/bin/python training/install_model.py $(SYNTAX)/output/model-best $(MODEL)
	OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1 $(VENV)/bin/python benchmarks/syntax.py --record
