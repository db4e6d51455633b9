"""Shared fixtures. No test touches the network or the user's folders.

The real index (multilingual-e5-small over the whole corpus) is built once per test
run into a temporary folder; embeddings are reused across runs through a cache keyed
by content hash in .cache/ (so only the first run on a machine pays for it: about 10
minutes for the passages and their sentences).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from ingest.config import PROJECT_ROOT, Settings

CACHE_DIR = PROJECT_ROOT / ".cache"
ARTIFACTS = PROJECT_ROOT / "test-artifacts"


@pytest.fixture(autouse=True)
def _offline_and_isolated(monkeypatch, tmp_path_factory):
    """Nothing reads the developer's configuration; no model is ever downloaded."""
    for name in list(os.environ):
        if name.startswith("ASSISTANT_"):
            monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("TRANSFORMERS_OFFLINE", "1")
    monkeypatch.setenv("ANONYMIZED_TELEMETRY", "False")
    monkeypatch.setenv("GRADIO_ANALYTICS_ENABLED", "False")


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    return PROJECT_ROOT / "corpus"


@pytest.fixture(scope="session")
def real_settings(tmp_path_factory, corpus_dir) -> Settings:
    """Settings of the real index: the whole corpus, e5 embeddings, Chroma on disk."""
    from ingest.embeddings import get_embedder
    from ingest.pipeline import ingest

    CACHE_DIR.mkdir(exist_ok=True)
    settings = Settings(
        corpus_dir=corpus_dir,
        data_dir=tmp_path_factory.mktemp("real-index"),
        embedder="e5",
        embedding_cache=CACHE_DIR / "embedding-cache.sqlite",
    )
    ingest(settings.corpus_dir, settings.data_dir, get_embedder(settings.embedder),
           cache_path=settings.cache_path)
    return settings


@pytest.fixture(scope="session")
def settings(real_settings) -> Settings:
    return real_settings


@pytest.fixture(scope="session")
def real_assistant(real_settings):
    from assistant import load_assistant

    return load_assistant(real_settings, build_index=False)


@pytest.fixture(scope="session")
def artifacts_dir() -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS

