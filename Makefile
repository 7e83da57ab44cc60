# The two commands: `make run` and `make test`. Both work on a fresh clone with only Python 3.11+ and make.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# pyproject.toml keeps the ranges; these files pin every package with its hashes (`make lock` writes them).
LOCK := requirements/lock.txt
LOCK_DEV := requirements/lock-dev.txt
UV_COMPILE := $(BIN)/uv pip compile --quiet --generate-hashes --universal --python-version 3.11 \
	--custom-compile-command "make lock" $(if $(UPGRADE),--upgrade)

.PHONY: run test install lock lint format worker beat clean

# Exactly the locked files (hash-checked), then the project itself without resolving anything more.
$(STAMP): pyproject.toml $(LOCK_DEV)
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 or newer is required")'
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --require-hashes -r $(LOCK_DEV)
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
	touch $(STAMP)

install: $(STAMP)

# E-mails (written to var/courriels/) link to the address served here.
run: export SITE_URL ?= http://127.0.0.1:8000
run: $(STAMP)
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py load_protocol
	$(BIN)/python manage.py load_demo
	$(BIN)/python manage.py runserver 127.0.0.1:8000

# On every core (pytest-xdist; each worker has its own test database and Redis database: tests/conftest.py), with
# the slowest tests printed.
test: $(STAMP)
	$(BIN)/pytest -n auto --maxprocesses 6 --durations 15 $(PYTEST_ARGS)

# Regenerate both lock files from pyproject.toml (and requirements/build.in), keeping current pins where the ranges
# allow; `make lock UPGRADE=1` moves every package to its newest allowed version. One resolution: the dev lock is
# solved first, the runtime lock is constrained to it, so the image runs the versions CI tested.
lock: $(STAMP)
	$(UV_COMPILE) pyproject.toml requirements/build.in --extra dev -o $(LOCK_DEV)
	$(UV_COMPILE) pyproject.toml requirements/build.in -c $(LOCK_DEV) -o $(LOCK)

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/djlint --check templates
	$(BIN)/djlint --lint templates
	$(BIN)/lint-imports

format: $(STAMP)
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

worker: $(STAMP)
	$(BIN)/celery -A francetravail worker --loglevel=info

beat: $(STAMP)
	$(BIN)/celery -A francetravail beat --loglevel=info

clean:
	rm -rf $(VENV) staticfiles .pytest_cache .ruff_cache
