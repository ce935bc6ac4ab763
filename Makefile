# Two entry points: `make run` (set up, build the database from seeds/, serve the API) and
# `make test` (set up, run the whole suite). Both are idempotent: setup reruns only when the
# lock file or pyproject.toml changes.

PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
DB     ?= eventdb.duckdb

.PHONY: run test setup lint lock bench evaluate clean

$(STAMP): requirements.lock pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit("eventdb needs Python 3.11 or newer") if sys.version_info < (3, 11) else None'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --require-hashes -r requirements.lock
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	@touch $(STAMP)

setup: $(STAMP)

run: setup
	$(BIN)/eventdb ingest --db $(DB) seeds
	$(BIN)/eventdb info --db $(DB)
	$(BIN)/eventdb serve --db $(DB)

test: setup
	$(BIN)/ruff check .
	$(BIN)/python -m pytest -n 2 --dist loadfile

lint: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

evaluate: setup
	$(BIN)/eventdb evaluate tests/gold/dev.jsonl
	$(BIN)/eventdb evaluate tests/gold/heldout.jsonl

bench: setup
	$(BIN)/python bench/run_all.py

# Regenerate the lock file after changing dependencies in pyproject.toml (needs uv).
lock:
	$(BIN)/python -m pip install --quiet uv
	$(BIN)/uv pip compile pyproject.toml --extra dev --generate-hashes --python-version 3.11 \
		--universal -o requirements.lock requirements-build.in

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache
