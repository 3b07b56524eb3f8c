# Two commands matter: `make run` and `make test` (see README). Everything else is a step of theirs.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
PORT ?= 8501

.PHONY: run test data audit bench clean i18n

$(STAMP): requirements.txt requirements-dev.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements-dev.txt
	touch $(STAMP)

data: $(STAMP)
	$(PY) -m reform build

run: data
	$(PY) -m streamlit run app.py --server.port $(PORT)

# -rs: list every skipped test with its reason (no decision text, no Chromium)
test: data
	$(PY) -m pytest -q -rs

audit: data
	$(PY) -m reform audit

# For translators: extract the keys the code reads, then bring every language's catalog in step.
i18n: $(STAMP)
	PYTHONPATH=. $(VENV)/bin/pybabel extract -F babel.cfg --no-location -c "vi:" --omit-header -o reform/i18n/locale/messages.pot .
	$(VENV)/bin/pybabel update -i reform/i18n/locale/messages.pot -d reform/i18n/locale --no-fuzzy-matching --ignore-obsolete --omit-header -w 100

# e.g. make bench BENCH_ARGS="--protocol-only --levels 1,10 --duration 30" (see python -m bench --help)
bench: data
	$(PY) -m bench $(BENCH_ARGS)

clean:
	rm -rf $(VENV) data/*.parquet data/build.json
