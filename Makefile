# Two commands do all the set-up on a fresh machine:
#   make app    install (first time), build the index if needed, serve the page
#   make test   install (first time) with test tools, run the whole test suite
#   make test-fast   the unit tier only (under two minutes)
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
PIP    := $(PY) -m pip --disable-pip-version-check

.PHONY: app test test-fast install install-test ingest evals bench clean

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PIP) install -q --upgrade pip
	# Pin torch first: the CPU wheel; an unpinned torch pulls several GB of CUDA packages.
	$(PIP) install -q torch==2.13.0
	$(PIP) install -q -e .
	touch $@

$(VENV)/.installed-test: $(VENV)/.installed pyproject.toml
	$(PIP) install -q -e '.[test]'
	# llama-cpp-python builds from source (about 6 minutes on 2 cores) for the LLM-path test.
	# Not for the build machine's own CPU (GGML_NATIVE=OFF; AVX2 instead): a native 0.3.36 build on a CPU with
	# AMX (amx_int8 in /proc/cpuinfo) crashes on its first token (segmentation fault, stop 29), and pip's wheel
	# cache would hand a native build back whatever CMAKE_ARGS say, hence --no-cache-dir.
	CMAKE_ARGS="-DGGML_NATIVE=OFF -DGGML_AVX=ON -DGGML_AVX2=ON -DGGML_FMA=ON -DGGML_F16C=ON" \
	CMAKE_BUILD_PARALLEL_LEVEL=2 $(PIP) install -q --no-cache-dir -e '.[test,llm]'
	bash scripts/install-system-deps.sh
	touch $@

install: $(VENV)/.installed
install-test: $(VENV)/.installed-test

app: install
	$(PY) app.py

test: install-test
	$(PY) -m pytest -q

# The unit tier only (tiny inline corpora, fake embedders; no real index, network or browser).
test-fast: install-test
	$(PY) -m pytest -q tests/unit

ingest: install
	$(PY) -m ingest --stats

evals: install
	$(PY) -m evals --gold evals/gold.jsonl --out eval-out --baseline

clean:
	rm -rf $(VENV) data .pytest_cache
