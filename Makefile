# Two entry points (see README): `make run` and `make test`. Both set up .venv first.
.PHONY: run test setup setup-test lint bench bundle clean translations

run: setup
	.venv/bin/assistant

test: setup-test
	.venv/bin/ruff check assistant tests bench scripts
	.venv/bin/ruff format --check assistant tests bench scripts
	.venv/bin/mypy
	QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest

setup:
	scripts/setup.sh starter,server,documents,speech

setup-test:
	scripts/setup.sh starter,server,documents,speech,test

bench: setup-test
	.venv/bin/python bench/engine.py
	.venv/bin/python bench/store.py
	.venv/bin/python bench/downloads.py
	.venv/bin/python bench/summarize.py
	.venv/bin/python bench/server.py
	.venv/bin/python bench/gui.py

translations: setup-test
	.venv/bin/python scripts/translations.py

bundle: setup-test
	.venv/bin/python packaging/build.py

clean:
	rm -rf .venv build dist *.egg-info
