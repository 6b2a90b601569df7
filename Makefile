# The two commands of the README: `make demo` (main job, embedded defaults) and `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: setup demo test lint typecheck unit bench golden-diff

$(BIN)/marquee: pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev]'
	touch $@

setup: $(BIN)/marquee

demo: setup
	$(BIN)/marquee demo

lint: setup
	$(BIN)/ruff check marquee tests benchmarks

typecheck: setup
	$(BIN)/mypy marquee tests benchmarks

unit: setup
	$(BIN)/pytest -q -n 2

test: lint typecheck unit

bench: setup
	$(BIN)/python benchmarks/parse.py

# Before merging a parser change: what it would change in the stored tables (marquee diff) over
# the last run's archive, or the sample pages when no run kept one; exit 1 when anything would.
# DB=postgresql://... compares with another database than ./marquee.db.
golden-diff: setup
	$(BIN)/marquee diff --fallback tests/fixtures/pages $(if $(DB),--db $(DB))
