"""Computed answers (assistant.lookups.DirectAnswers) over tiny inline clauses: for the deadline tests, the builder
and the answer's first line or last day, each failing the test plainly when no lookup answers; for the amount tests,
the builder over clauses and the tables ingest finds in them."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from assistant.lookups import DirectAnswers
from assistant.types import Answer, Hit
from ingest.tables import find_tables
from ingest.types import Chunk

_LAST_DAY = re.compile(r"\*\*Au plus tard le ([^*]+)\*\*")


def direct_answers(texts: dict[str, str], doc: str = "bourget") -> tuple[DirectAnswers, list[Hit]]:
    """DirectAnswers over one clause per ``texts`` item (clause id -> text) of document ``doc``, and the hits of
    those clauses in that order (scores 1.0, 0.9, ...), as retrieval would give them."""
    chunks = [Chunk(chunk_id=f"{doc}:{n:05d}:1", doc=doc, clause_id=clause, kind="clause", text=text,
                    indexed_text=text, doc_title="Convention de test", ordinal=n)
              for n, (clause, text) in enumerate(texts.items(), 1)]
    direct = DirectAnswers([], chunks, {doc: {"title": "Convention de test", "aliases": [doc]}})
    return direct, [Hit(chunk, 1.0 - 0.1 * n) for n, chunk in enumerate(chunks)]


def table_answers(clauses: Iterable[tuple[str, str, str]], documents: dict[str, dict]) -> DirectAnswers:
    """DirectAnswers over one clause per (doc, clause id, text) of ``clauses``, numbered in that order, and the tables
    ingest finds in each (ingest.tables.find_tables); ``documents`` gives each doc's title, aliases and kind."""
    tables, chunks = [], []
    for n, (doc, clause, text) in enumerate(clauses, 1):
        tables += find_tables(text, doc, clause)
        chunks.append(Chunk(chunk_id=f"{doc}:{n:05d}:1", doc=doc, clause_id=clause, kind="clause", text=text,
                            indexed_text=text, doc_title=documents[doc]["title"], ordinal=n))
    return DirectAnswers(tables, chunks, documents)


def answered(direct: DirectAnswers, question: str, hits: Sequence[Hit], docs: Sequence[str] | None = None) -> Answer:
    """The computed answer to ``question`` over ``hits``; the test fails when no lookup answers it."""
    answer = direct.answer(question, hits, docs)
    assert answer is not None, f"no computed answer to {question!r}"
    return answer


def first_line(direct: DirectAnswers, question: str, hits: Sequence[Hit], docs: Sequence[str] | None = None) -> str:
    """The first line of the computed answer to ``question`` (where a deadline answer names its date and clause)."""
    return answered(direct, question, hits, docs).text.split("\n")[0]


def last_day(direct: DirectAnswers, question: str, hits: Sequence[Hit], docs: Sequence[str] | None = None) -> str:
    """The last day the computed answer to ``question`` leads with: « mercredi 2 décembre 2026 » for an answer that
    starts « **Au plus tard le mercredi 2 décembre 2026** »; the whole answer when it starts otherwise, so that a
    failed comparison shows what was said instead."""
    text = answered(direct, question, hits, docs).text
    match = _LAST_DAY.match(text)
    return match.group(1) if match else text
