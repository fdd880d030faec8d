# Safeboard: `make help` lists the targets.
SHELL := /bin/bash
.DEFAULT_GOAL := help

VENV := .venv/bin

.PHONY: help setup demo test lint format serve clean

help: ## List the targets
	@echo "Safeboard make targets:"
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | \
		awk 'BEGIN {FS = ":.*## "} {printf "  make %-8s %s\n", $$1, $$2}'

setup: ## Install everything from the lock files (.venv, node_modules, GOV.UK Frontend)
	@scripts/setup.sh

demo: setup ## Set up, then run the demo (safeboard demo)
	$(VENV)/safeboard demo

test: setup ## Set up, then lint + tests on SQLite, PostgreSQL and Chromium (ARGS=... for pytest)
	@scripts/test.sh $(ARGS)

lint: setup ## ruff check and ruff format --check
	$(VENV)/ruff check .
	$(VENV)/ruff format --check .

format: setup ## Reformat the code and apply ruff's safe fixes
	$(VENV)/ruff format .
	$(VENV)/ruff check --fix .

serve: setup ## Set up, then run the development server (safeboard serve)
	$(VENV)/safeboard serve

clean: ## Remove .venv, .tools, node_modules and the copied GOV.UK Frontend files
	rm -rf .venv .tools node_modules safeboard/web/static/vendor/govuk-frontend
