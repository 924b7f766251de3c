# Two commands on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
EXAMPLE := examples/deir-ez-zor-op-ed.txt
PUBLISHED := 2017-09-06
# The web app's libraries, installed from npm and copied in by web/copy-vendor.mjs.
VENDOR := src/marsad/web/static/vendor/.built

.PHONY: run test setup lint clean

# Set up, process the bundled op-ed into the embedded store (marsad.duckdb), print a
# readable summary and the stored events, write its full annotations as JSON, and
# serve the web app on it at http://127.0.0.1:8000 (Ctrl-C stops it).
run: setup
	@mkdir -p out
	$(BIN)/marsad ingest $(EXAMPLE) --published $(PUBLISHED) --db marsad.duckdb
	$(BIN)/marsad extract $(EXAMPLE) --published $(PUBLISHED) --summary
	$(BIN)/marsad events --db marsad.duckdb
	$(BIN)/marsad extract $(EXAMPLE) --published $(PUBLISHED) -o out/deir-ez-zor-op-ed.jsonl
	@echo "Store: marsad.duckdb (docs/store.md). Annotations: out/deir-ez-zor-op-ed.jsonl (docs/output-format.md)"
	$(BIN)/marsad serve --db marsad.duckdb

# Set up if needed, then lint and run every test.
test: setup lint
	$(BIN)/pytest

lint: setup
	$(BIN)/ruff check src tests scripts bench
	$(BIN)/ruff format --check src tests scripts bench

setup: $(VENV)/.installed $(VENDOR)

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -c 'import sys; assert sys.version_info >= (3, 11), "Marsad needs Python >= 3.11"'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet -e '.[dev]'
	@touch $@

$(VENDOR): web/package.json web/package-lock.json web/copy-vendor.mjs
	cd web && npm ci --no-audit --no-fund && npm run build
	@touch $@

clean:
	rm -rf $(VENV) out .pytest_cache .ruff_cache .hypothesis marsad.duckdb marsad.duckdb.search \
		web/node_modules src/marsad/web/static/vendor
