"""Settings of the answering side: which answerer, and how to reach the language model.

Read once by the entry points (``python -m assistant``, ``python -m evals``, ``app.py``)
with :meth:`AssistantSettings.from_env` and passed down; library code takes explicit
arguments. The index side (corpus and data folders, embedder, Chroma URL, embedding cache)
stays in :class:`ingest.config.Settings`.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, fields, replace

#: Every value ``AssistantSettings.answerer`` accepts.
ANSWERERS = ("extractive", "openai", "ollama")


@dataclass(frozen=True)
class AssistantSettings:
    #: "extractive" (default, no LLM), "openai" (any OpenAI-compatible server), "ollama"
    answerer: str = "extractive"
    #: base URL of the LLM server, e.g. http://127.0.0.1:8080/v1 (ollama: its default when None)
    llm_url: str | None = None
    #: model name sent to the LLM server
    llm_model: str = "local"
    llm_api_key: str = "not-needed"

    @classmethod
    def from_env(cls, **overrides) -> "AssistantSettings":
        """Read ASSISTANT_ANSWERER, ASSISTANT_LLM_URL, ASSISTANT_LLM_MODEL, ASSISTANT_LLM_API_KEY;
        explicit overrides that are not None win. An unknown override name raises TypeError."""
        env = os.environ
        settings = cls(
            answerer=env.get("ASSISTANT_ANSWERER", cls.answerer),
            llm_url=env.get("ASSISTANT_LLM_URL") or None,
            llm_model=env.get("ASSISTANT_LLM_MODEL", cls.llm_model),
            llm_api_key=env.get("ASSISTANT_LLM_API_KEY", cls.llm_api_key),
        )
        unknown = [name for name in overrides if name not in {f.name for f in fields(cls)}]
        if unknown:
            raise TypeError(f"unknown assistant setting(s) {', '.join(unknown)}; valid: "
                            f"{', '.join(f.name for f in fields(cls))}")
        return replace(settings, **{k: v for k, v in overrides.items() if v is not None})
