# zohokit: spec-first Zoho CRM / Recruit / Bigin / Accounts / Connect client kit.
# Every target sets up .venv with the pinned tools on first use; nothing needs to be installed beforehand but Python 3.11+.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
STAMP := $(VENV)/.installed
GENERATED_STAMP := $(VENV)/.generated
NODE_STAMP := node_modules/.installed
PORT ?= 8080
SPEC_SOURCES := $(shell find spec -name '*.yaml' -not -path 'spec/dist/*' 2>/dev/null)
GENERATOR_TEMPLATES := $(shell find scripts/templates -type f 2>/dev/null)

.DEFAULT_GOAL := help
.PHONY: help venv bundle generate test lint typecheck docs emulate demo bench fuzz reach clean redis-server

help: ## Show this help
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'

$(STAMP): requirements-dev.txt pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	touch $(STAMP)

$(NODE_STAMP): package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $(NODE_STAMP)

venv: $(STAMP) ## Create .venv and install the pinned tools

# The fleet tests start a throw-away Redis server; install Debian's when none is on PATH (as root,
# or through sudo). Quick and idempotent: nothing happens when redis-server is already there.
redis-server: ## Install redis-server (Debian package) unless it is on PATH; the fleet tests need it
	@command -v redis-server >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ]; then SUDO=; elif command -v sudo >/dev/null 2>&1; then SUDO=sudo; \
	  else echo "redis-server is missing: install it (Debian/Ubuntu: apt-get install redis-server)" >&2; exit 1; fi; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq --no-install-recommends redis-server >/dev/null; \
	  command -v redis-server >/dev/null 2>&1 || { echo "installing redis-server failed" >&2; exit 1; }; }

bundle: $(STAMP) $(NODE_STAMP) ## Bundle spec/<api>/ into spec/dist/<api>.yaml (redocly bundle) and validate
	$(PY) scripts/bundle.py

generate: $(STAMP) $(NODE_STAMP) ## Bundle the specs and regenerate generated/<api>_client/ (zero warnings)
	$(PY) scripts/generate.py
	@touch $(GENERATED_STAMP)

# Regenerate only when a spec source or the generator settings changed since the last generation.
$(GENERATED_STAMP): $(STAMP) $(NODE_STAMP) $(SPEC_SOURCES) $(GENERATOR_TEMPLATES) scripts/generator-config.yaml scripts/bundle.py scripts/generate.py
	$(PY) scripts/generate.py
	@touch $(GENERATED_STAMP)

emulate: $(STAMP) ## Serve every API on 127.0.0.1:$(PORT) (make emulate PORT=8080)
	PYTHONPATH=overlay $(PY) -m zohokit_emulator --port $(PORT)

demo: $(GENERATED_STAMP) ## End-to-end tour of every API against the embedded emulator (no credentials)
	$(PY) scripts/demo.py

bench: $(GENERATED_STAMP) redis-server ## Benchmarks side by side: one table of ratios and goals (BENCH_ARGS=--fuzz adds make fuzz)
	PYTHONPATH=scripts $(PY) -m bench $(BENCH_ARGS)

test: $(STAMP) $(NODE_STAMP) redis-server ## Run every test suite (spec, codegen drift, overlay, emulator, integration, contract, fleet)
	$(PY) -m pytest -q

fuzz: $(STAMP) ## Deep contract run: schemathesis fuzzes every spec against the emulator (ZOHOKIT_FUZZ=deep)
	ZOHOKIT_FUZZ=deep $(PY) -m pytest -q tests/contract

reach: $(STAMP) ## schemathesis CLI alone (bundled spec + a token) against a fresh emulator: operations answering 2xx per spec
	PYTHONPATH=overlay $(PY) scripts/fuzz_reach.py $(REACH_ARGS)

lint: $(STAMP) ## Lint the hand-written Python with ruff
	$(BIN)/ruff check scripts overlay tests
	$(BIN)/ruff format --check scripts overlay tests

typecheck: $(STAMP) ## mypy --strict on the overlay, the scripts, the emulator and the generated clients
	$(BIN)/mypy --strict overlay/zohokit overlay/zohokit_runtime scripts overlay/zohokit_emulator
	cd generated && ../$(BIN)/mypy --strict $(patsubst generated/%,%,$(wildcard generated/zohokit_*))

docs: $(NODE_STAMP) ## Build a static HTML API reference per API into build/docs/
	@mkdir -p build/docs
	@for spec in spec/dist/*.yaml; do \
	  name=$$(basename $$spec .yaml); \
	  REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true node_modules/.bin/redocly build-docs $$spec -o build/docs/$$name.html >/dev/null || exit 1; \
	  echo "build/docs/$$name.html"; \
	done

clean: ## Remove the virtualenv and caches
	rm -rf $(VENV) node_modules .mypy_cache .ruff_cache build dist
	find . -name __pycache__ -type d -prune -exec rm -rf {} +
