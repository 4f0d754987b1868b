# Mid-back knot triage assistant. `make` alone lists the tasks.
SHELL := /bin/bash
PYTHON ?= python3.10
VENV := .venv
BIN := $(VENV)/bin
MODEL := models/triage.tar.gz
TRAINING_FILES := config.yml domain.yml $(shell find data clinical_nlu -name '*.yml' -o -name '*.py' 2>/dev/null)
# Rasa's training cache can restore a component under the wrong name after a
# pipeline change; training takes seconds, so it is off.
export RASA_MAX_CACHE_SIZE := 0
# No usage data or error reports leave the machine.
export RASA_TELEMETRY_ENABLED := false
RASA_PORT ?= 5005
ACTIONS_PORT ?= 5055
WEB_PORT ?= 8080

.DEFAULT_GOAL := help
.PHONY: help install train run serve test test-unit test-stories validate lint purge system system-run eval bench web pictures clean

help: ## List the tasks
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-13s %s\n", $$1, $$2}'

$(BIN)/rasa: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	@touch $@

install: $(BIN)/rasa ## Create .venv and install the pinned dependencies

$(MODEL): $(BIN)/rasa $(TRAINING_FILES)
	$(BIN)/rasa train --fixed-model-name triage --out models --quiet

web/node_modules/rasa-webchat/lib/index.js: web/package.json web/package-lock.json
	cd web && npm ci --no-audit --no-fund --silent
	@touch $@

web: web/node_modules/rasa-webchat/lib/index.js ## Install the web chat widget (npm ci) and build the page's static folder (build/web, for nginx)
	$(BIN)/python -m launcher.web --out build/web

train: $(MODEL) ## Train the model (only when data, domain or config changed)

validate: $(BIN)/rasa ## Check domain, data and config for mistakes
	$(BIN)/rasa data validate --fail-on-warnings --quiet

serve: system-run $(MODEL) web ## Start the action server, Rasa (REST, socketio, HTTP API) and the web chat page on localhost
	$(BIN)/python -m launcher.serve --rasa-port $(RASA_PORT) --actions-port $(ACTIONS_PORT) --web-port $(WEB_PORT)

run: system-run $(MODEL) web ## Start everything and chat in this terminal
	$(BIN)/python -m launcher.serve --rasa-port $(RASA_PORT) --actions-port $(ACTIONS_PORT) --web-port $(WEB_PORT) --chat

lint: $(BIN)/rasa ## ruff: lint and formatting check
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

test-unit: $(BIN)/rasa ## pytest: decision, answer reading, NLU component, actions
	$(BIN)/python -m pytest -m "not e2e and not stores"

test-stories: $(MODEL) ## rasa test: the conversation stories in tests/
	$(BIN)/rasa test core --stories tests/test_conversations.yml --model $(MODEL) --out results/stories --fail-on-prediction-errors
	$(BIN)/rasa test nlu --nlu tests/test_nlu.yml --model $(MODEL) --out results/nlu

test: system lint validate $(MODEL) web ## Everything: lint, validation, pytest (unit and end-to-end), rasa test stories
	$(BIN)/python -m pytest
	$(MAKE) --no-print-directory test-stories

purge: $(BIN)/rasa ## Delete conversations idle for more than RETENTION_DAYS (default 30) from the configured store
	$(BIN)/python -m launcher.endpoints --out .rasa/purge/endpoints.yml
	$(BIN)/python -m privacy.purge --endpoints .rasa/purge/endpoints.yml

system: ## Install the Debian packages the tests need, only those missing (PostgreSQL, Redis, Chromium, an emoji font, npm, nginx; as root)
	$(PYTHON) -m tools.system_packages test

system-run: ## Install npm from Debian if it is missing (the web page needs it; as root)
	$(PYTHON) -m tools.system_packages run

eval: $(MODEL) ## Drive the evaluation conversations (evaluation/cases) over REST and print the figures (EVAL_ARGS="--every 6", "--check")
	$(BIN)/python -m evaluation --json results/evaluation.json $(EVAL_ARGS)

pictures: $(BIN)/rasa ## Redraw the PNG copies of the routine pictures for Slack (web/pictures/png/, with chromium)
	$(BIN)/python -m tools.render_pictures

clean: ## Remove the trained model and test results
	rm -rf models results

bench: $(BIN)/rasa ## Benchmark config.yml against Rasa's default and the turn cost (~1 h; BENCH_ARGS=--quick or --turn-cost; writes docs/)
	$(BIN)/python -m bench.run $(BENCH_ARGS)
