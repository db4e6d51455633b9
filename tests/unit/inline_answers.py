"""Computed answers (assistant.lookups.DirectAnswers) over tiny inline clauses, for the deadline tests."""

from __future__ import annotations

from assistant.lookups import DirectAnswers
from assistant.types import Hit
from ingest.types import Chunk


def direct_answers(texts: dict[str, str], doc: str = "bourget") -> tuple[DirectAnswers, list[Hit]]:
    """DirectAnswers over one clause per ``texts`` item (clause id -> text) of document ``doc``, and the hits of
    those clauses in that order (scores 1.0, 0.9, ...), as retrieval would give them."""
    chunks = [Chunk(chunk_id=f"{doc}:{n:05d}:1", doc=doc, clause_id=clause, kind="clause", text=text,
                    indexed_text=text, doc_title="Convention de test", ordinal=n)
              for n, (clause, text) in enumerate(texts.items(), 1)]
    direct = DirectAnswers([], chunks, {doc: {"title": "Convention de test", "aliases": [doc]}})
    return direct, [Hit(chunk, 1.0 - 0.1 * n) for n, chunk in enumerate(chunks)]
