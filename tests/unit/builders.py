"""Builders shared by the unit tests of the answer stage: an inline clause chunk, hits in a given retrieval order,
and the clauses an answer cites (in citation order, each once)."""

from __future__ import annotations

from collections.abc import Iterable

from assistant.types import Hit
from ingest.types import Chunk


def chunk(text: str, clause_id: str, ordinal: int, article: str | None = None, *, doc: str = "t",
          kind: str = "clause", doc_title: str = "Convention de test") -> Chunk:
    """A clause of a test agreement: its text is also its indexed text."""
    return Chunk(chunk_id=f"{doc}:{ordinal:05d}:1", doc=doc, clause_id=clause_id, kind=kind, text=text,
                 indexed_text=text, doc_title=doc_title, article=article, ordinal=ordinal)


def ranked_hits(chunks: Iterable[Chunk], *clauses: str) -> list[Hit]:
    """Hits of the named clauses in this order, found by both retrievers, scores falling with the rank."""
    by_clause = {c.clause_id: c for c in chunks}
    return [Hit(by_clause[clause], score=1.0 - 0.01 * rank, why=("dense", "bm25"), bm25_score=5.0 - rank)
            for rank, clause in enumerate(clauses)]


def cited(answer) -> list[str]:
    """The clauses an answer cites, in citation order, each once."""
    return list(dict.fromkeys(c.clause for c in answer.citations))
