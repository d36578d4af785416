# The two commands a newcomer needs: `make run` and `make test`. Everything installs itself.
PY      ?= python3
VENV    := .venv
BIN     := $(VENV)/bin
STAMP   := $(VENV)/.installed
E2E     := tests/e2e
E2E_STAMP := $(E2E)/node_modules/.installed

.PHONY: run test lint unit e2e-deps browser-deps bench eval train clean

$(BIN)/python:
	$(PY) -m venv $(VENV)

$(STAMP): $(BIN)/python requirements.txt requirements-dev.txt
	$(BIN)/pip install --disable-pip-version-check -q -r requirements-dev.txt
	touch $(STAMP)

$(E2E_STAMP): $(E2E)/package.json $(E2E)/package-lock.json
	cd $(E2E) && npm ci --no-audit --no-fund --loglevel=error
	touch $(E2E_STAMP)

e2e-deps: $(E2E_STAMP)

# Browser tests drive Debian's chromium (never a downloaded browser); a CJK font so pages render Chinese.
browser-deps:
	@if [ ! -x /usr/bin/chromium ] || [ ! -e /usr/share/fonts/truetype/wqy/wqy-microhei.ttc ]; then \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-wqy-microhei; \
	fi

run: $(STAMP)
	$(BIN)/python main.py run

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

unit: $(STAMP)
	$(BIN)/python -m pytest

test: $(STAMP) e2e-deps browser-deps lint
	$(BIN)/python -m pytest

bench: $(STAMP)
	$(BIN)/python bench/detect.py

eval: $(STAMP)
	$(BIN)/python main.py eval data/dev.jsonl $(wildcard data/blind/*.jsonl) $(wildcard data/probes/*.jsonl) ../shared/data/telecom_fraud_texts_5/

train: $(STAMP)
	$(BIN)/python main.py train

clean:
	rm -rf $(VENV) $(E2E)/node_modules var .mypy_cache .ruff_cache .pytest_cache
