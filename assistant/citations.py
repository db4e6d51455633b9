"""What an answer cites, as the page, the CLI and the harness show it (no Gradio, no HTML).

The one definition of an answer's *cited clauses*: its citations grouped by
(document, clause id), numbered 1, 2… in order of first citation. A long clause is
stored in parts (several chunks); quoting two parts of it still cites ONE clause, with
one number.

* :func:`cited_clauses` — the numbered cited clauses (the "Clauses citées" list and panel,
  the CLI's "Sources:").
* :func:`clause_quotes` — the quotes an answer takes from one stored passage (or from
  several: all parts of a clause), i.e. what a clause card highlights.
* :func:`support_rows` — the verification view as data: each sentence of the answer with
  the passage that supports it, or none.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Iterable, Mapping, Optional, Protocol, Union

from ingest.types import Chunk

from .types import Answer, SentenceSupport

__all__ = ["CitedClause", "SupportRow", "cited_clauses", "clause_quotes", "support_rows", "citation_label"]

class HasChunks(Protocol):
    """Anything with a ``chunk(chunk_id)`` method, e.g. the :class:`~assistant.service.Assistant`."""

    def chunk(self, chunk_id: str) -> Chunk | None:
        ...


#: How a chunk id is looked up: an :class:`~assistant.service.Assistant` (its ``chunk``
#: method), a mapping chunk id -> Chunk (``index.by_id``) or a function.
ChunkLookup = Union[HasChunks, Mapping[str, Chunk], Callable[[str], Optional[Chunk]]]


def citation_label(chunk: Chunk) -> str:
    """How an answer cites a passage: ``[Convention Collège Bourget, 10-1.02]``."""
    return f"[{chunk.doc_title or chunk.doc}, {chunk.clause_id}]"


@dataclass(frozen=True)
class CitedClause:
    """One clause an answer cites, numbered as the answer's sources are.

    ``chunk_ids``: the stored parts of the clause the answer quotes, in order of first
    citation (``chunk_id`` is the first; opening any of them opens the whole clause).
    ``quotes``: the distinct sentences quoted from the clause, in the answer's order.
    """

    number: int
    doc: str
    clause: str
    label: str  # "[Convention Collège Bourget, 10-1.02]", as the answer cites it
    chunk_ids: tuple[str, ...]
    quotes: tuple[str, ...]
    doc_title: str = ""

    @property
    def chunk_id(self) -> str:
        """The first cited part: what a link or a clause card opens."""
        return self.chunk_ids[0]


def cited_clauses(answer: Answer | None) -> list[CitedClause]:
    """The answer's citations grouped by (document, clause id), numbered 1, 2… in order
    of first citation. None (no answer yet) and an abstention give []."""
    if answer is None:
        return []
    groups: dict[tuple[str, str], list] = {}
    for citation in answer.citations:
        groups.setdefault((citation.doc, citation.clause), []).append(citation)
    clauses = []
    for number, ((doc, clause), citations) in enumerate(groups.items(), start=1):
        first = citations[0]
        clauses.append(CitedClause(
            number=number,
            doc=doc,
            clause=clause,
            label=first.label or f"[{first.doc_title or doc}, {clause}]",
            chunk_ids=tuple(dict.fromkeys(c.chunk_id for c in citations)),
            quotes=tuple(dict.fromkeys(c.quote for c in citations)),
            doc_title=first.doc_title,
        ))
    return clauses


def clause_quotes(answer: Answer | None, chunk_id: str | Iterable[str]) -> tuple[str, ...]:
    """The quotes ``answer`` takes from the stored passage ``chunk_id``, in the answer's order.

    Pass several chunk ids (e.g. ``ClauseView.chunk_ids``, every part of a long clause)
    to get the quotes taken from any of them. None (no answer yet) gives ().
    """
    if answer is None or not chunk_id:
        return ()
    ids = {chunk_id} if isinstance(chunk_id, str) else set(chunk_id)
    return tuple(c.quote for c in answer.citations if c.chunk_id in ids)


@dataclass(frozen=True)
class SupportRow:
    """One sentence of an answer beside the passage that supports it.

    Unsupported sentence (no passage, or the passage is not in the index): ``chunk_id``,
    ``quote`` and ``number`` are None and ``label`` is "".
    """

    sentence: str
    chunk_id: str | None  # the supporting passage (open it to check)
    quote: str | None  # the words of the passage that support the sentence (highlighted)
    number: int | None  # number of the cited clause holding the passage, when the answer cites it
    label: str  # "[Convention Collège Bourget, 10-1.02]"

    @property
    def supported(self) -> bool:
        return self.chunk_id is not None


def _lookup(source: ChunkLookup) -> Callable[[str], Chunk | None]:
    chunk = getattr(source, "chunk", None)
    if callable(chunk):
        return chunk
    if isinstance(source, Mapping):
        return source.get
    if callable(source):
        return source
    raise TypeError(f"cannot look chunks up in {type(source).__name__}: give an Assistant, a mapping or a function")


def support_rows(answer: Answer | None, assistant_or_lookup: ChunkLookup) -> list[SupportRow]:
    """The verification view's rows: each sentence of the answer and its supporting passage.

    An answerer that gives no sentence-level support (``answer.support`` empty) has its
    citations' quotes stand for it (each quote supports itself). No answer, or an
    abstention citing nothing, gives [] (there is nothing to verify); an answer that cites nothing
    too. A refusal that cites the clauses saying where the answer is (an agreement without a salary
    scale quotes its own definition of the salary) shows them like any answer's.
    ``assistant_or_lookup`` finds a chunk by id: the Assistant, ``index.by_id`` or a function.
    """
    if answer is None or (answer.abstained and not answer.citations):
        return []
    lookup = _lookup(assistant_or_lookup)
    support = list(answer.support)
    if not support:
        support = [SentenceSupport(c.quote, c.chunk_id, c.quote) for c in answer.citations]
    numbers = {chunk_id: clause.number for clause in cited_clauses(answer) for chunk_id in clause.chunk_ids}
    rows = []
    for item in support:
        chunk = lookup(item.chunk_id) if item.chunk_id else None
        if chunk is None or not item.quote:
            rows.append(SupportRow(item.sentence, None, None, None, ""))
            continue
        rows.append(SupportRow(item.sentence, chunk.chunk_id, item.quote, numbers.get(chunk.chunk_id),
                               citation_label(chunk)))
    return rows
