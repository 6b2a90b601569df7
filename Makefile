# The two commands of the README: `make demo` (main job, embedded defaults) and `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: setup demo test lint typecheck unit bench

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
