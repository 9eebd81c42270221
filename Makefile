# chain-graph: `make demo` runs the main job on a local Neo4j; `make test` runs every check CI runs.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
CG := $(BIN)/chain-graph

.PHONY: demo serve test lint bench install system-deps browser-deps stop clean

demo: install system-deps
	$(CG) neo4j start
	$(CG) schema apply
	$(CG) validate --data seed
	$(CG) load --data seed
	$(CG) neo4j status
	mkdir -p out
	$(CG) balance --park quangang-petrochemical-park
	$(CG) check --park quangang-petrochemical-park
	$(CG) report --park quangang-petrochemical-park --out out/quangang-gaps.md
	@echo "Gap report: $(CURDIR)/out/quangang-gaps.md"
	$(CG) viz --park quangang-petrochemical-park --out out/viz
	@echo "Interactive views: $(CURDIR)/out/viz/index.html"
	@echo "Ask the graph (read-only; after '. .venv/bin/activate'; add --format json|csv|xlsx --out FILE):"
	@echo "  chain-graph queries run who-makes-product --param product=propylene-oxide"
	@echo "  chain-graph queries run candidates-elsewhere --param product=polyether-polyol --format xlsx --out out/candidates.xlsx"
	@echo "  chain-graph query 'MATCH (p:Product)-[:SERVES]->(:Industry {id: \$$industry}) RETURN p.name AS product, p.chains AS chains ORDER BY product' --param industry=nursing-medical"

# The browser console on the demo data (Ctrl-C stops it; Neo4j keeps running until make stop).
serve: install system-deps
	$(CG) neo4j start
	$(CG) schema apply
	$(CG) load --data seed
	$(CG) serve --park quangang-petrochemical-park

test: install browser-deps lint
	$(BIN)/pytest

lint: install
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks
	$(BIN)/mypy

bench: install browser-deps
	$(BIN)/python benchmarks/bench_load.py --record
	$(BIN)/python benchmarks/bench_validate.py --record
	$(BIN)/python benchmarks/bench_gaps.py --record
	$(BIN)/python benchmarks/bench_viz.py --record
	$(BIN)/python benchmarks/bench_serve.py --record
	$(BIN)/python benchmarks/bench_ingest.py --record

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $@

system-deps:
	bash scripts/system-deps.sh

browser-deps:
	bash scripts/system-deps.sh --browser

stop:
	-$(CG) neo4j stop

clean: stop
	rm -rf $(VENV) .mypy_cache .pytest_cache .ruff_cache
