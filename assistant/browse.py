"""Reading the index the way a person reads a convention: outline, clauses, neighbours.

The web page uses these helpers to show a cited clause in full, to move to the
clauses around it and to browse a document. They only read :class:`ingest.index.Index`
(chunks in document order); nothing here searches or answers.

A *clause* here is one structural unit of a document (clause, article text, annex,
section...). A long clause is stored as several chunks (``part``/``parts``) that
follow each other in the index; :func:`open_clause` joins them again.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable, Sequence

from common.errors import AssistantError
from ingest.index import Index
from ingest.numbering import CLAUSE_NUMBER
from ingest.types import Amendment, Chunk


class ClauseNotFoundError(AssistantError):
    """No clause of the index has this id (or number, in this document)."""


@dataclass(frozen=True)
class ClauseView:
    """One clause, whole: every part of it joined, with where it sits in its document."""

    doc: str
    doc_title: str
    clause_id: str
    kind: str
    text: str
    chunk_ids: tuple[str, ...]  # its chunks, in order; the first one names the clause
    title: str = ""
    heading_path: tuple[str, ...] = ()
    chapter: str | None = None
    article: str | None = None
    article_title: str | None = None
    annex: str | None = None
    page: int | None = None
    amends: Amendment | None = None

    @property
    def chunk_id(self) -> str:
        return self.chunk_ids[0]

    @property
    def label(self) -> str:
        """``[Convention Collège Bourget, 10-1.02]``, as answers cite it."""
        return f"[{self.doc_title or self.doc}, {self.clause_id}]"


@dataclass(frozen=True)
class OutlineEntry:
    """One line of a document's outline.

    ``level`` 0: chapter; 1: article, annex, letter, section, preamble; 2: clause.
    ``chunk_id`` opens the entry (the first chunk of its first clause).
    """

    level: int
    number: str  # "10-1.00", "Annexe M", "" for an unnumbered section
    title: str
    chunk_id: str
    kind: str


@dataclass(frozen=True)
class Neighbours:
    """The clauses around one clause: previous and next in the document, and its group."""

    previous: str | None  # chunk id of the previous clause of the document, if any
    next: str | None
    group: str  # what the siblings share: "10-1.00 Procédure de règlement des griefs", "Annexe M"...
    siblings: tuple[ClauseView, ...]  # the clauses of that article (annex, chapter, document)


# -- clauses ------------------------------------------------------------------------------


def _position(index: Index, chunk_id: str) -> int:
    try:
        return index.position[chunk_id]
    except KeyError:
        raise ClauseNotFoundError(f"no passage '{chunk_id}' in the index") from None


def _same_clause(a: Chunk, b: Chunk) -> bool:
    return a.doc == b.doc and a.ordinal == b.ordinal and a.clause_id == b.clause_id


def clause_span(index: Index, chunk_id: str) -> tuple[int, int]:
    """Positions [first, last + 1) of the chunks of the clause holding ``chunk_id``."""
    position = _position(index, chunk_id)
    chunks = index.chunks
    first = position
    while first > 0 and _same_clause(chunks[first - 1], chunks[position]):
        first -= 1
    last = position + 1
    while last < len(chunks) and _same_clause(chunks[last], chunks[position]):
        last += 1
    return first, last


def _join_parts(parts: Sequence[Chunk]) -> str:
    if len(parts) == 1:
        return parts[0].text
    text = parts[0].text
    for part in parts[1:]:
        # Parts of a long clause may overlap a little: do not repeat the shared text.
        overlap = _overlap(text, part.text)
        text = text + ("" if overlap else "\n") + part.text[overlap:]
    return text


def _overlap(left: str, right: str, longest: int = 400) -> int:
    for size in range(min(len(left), len(right), longest), 19, -1):
        if left.endswith(right[:size]):
            return size
    return 0


def open_clause(index: Index, chunk_id: str) -> ClauseView:
    """The whole clause holding the chunk ``chunk_id``; raises ClauseNotFoundError."""
    first, last = clause_span(index, chunk_id)
    parts = index.chunks[first:last]
    head = parts[0]
    return ClauseView(
        doc=head.doc,
        doc_title=head.doc_title or document_title(index, head.doc),
        clause_id=head.clause_id,
        kind=head.kind,
        text=_join_parts(parts),
        chunk_ids=tuple(c.chunk_id for c in parts),
        title=head.title,
        heading_path=head.heading_path,
        chapter=head.chapter,
        article=head.article,
        article_title=head.article_title,
        annex=head.annex,
        page=head.page,
        amends=head.amends,
    )


def find_clause(index: Index, clause_id: str, docs: Iterable[str] | None = None) -> ClauseView:
    """The clause numbered ``clause_id`` ("10-1.02", "annexe m"), in ``docs`` when given.

    Raises ClauseNotFoundError when no document of ``docs`` has it.
    """
    wanted = " ".join(clause_id.split()).lower()
    allowed = set(docs) if docs else None
    for chunk in index.chunks:
        if allowed is not None and chunk.doc not in allowed:
            continue
        if chunk.clause_id.lower() == wanted:
            return open_clause(index, chunk.chunk_id)
    where = f" in {', '.join(sorted(allowed))}" if allowed else ""
    raise ClauseNotFoundError(f"no clause '{clause_id}'{where}")


def document_title(index: Index, doc: str) -> str:
    info = index.documents.get(doc) or {}
    return info.get("title") or doc


def clause_heads(index: Index, doc: str) -> list[Chunk]:
    """The first chunk of every clause of ``doc``, in document order."""
    heads: list[Chunk] = []
    for chunk in index.chunks:
        if chunk.doc != doc:
            continue
        if heads and _same_clause(heads[-1], chunk):
            continue
        heads.append(chunk)
    return heads


# -- neighbours ---------------------------------------------------------------------------


def _group_of(chunk: Chunk) -> tuple[str, str | None]:
    """What groups a clause with its siblings: its article, else annex, else chapter."""
    if chunk.article:
        return "article", chunk.article
    if chunk.annex:
        return "annex", chunk.annex
    if chunk.chapter and chunk.kind not in ("section", "preamble", "letter"):
        return "chapter", chunk.chapter
    return "document", None


def _group_label(chunk: Chunk, kind: str, key: str | None, doc_title: str) -> str:
    if kind == "article":
        return " ".join(part for part in (chunk.article, chunk.article_title) if part)
    if kind == "annex":
        return key or ""
    if kind == "chapter":
        return " ".join(part for part in (chunk.chapter, chunk.chapter_title) if part)
    return doc_title


def neighbours(index: Index, chunk_id: str) -> Neighbours:
    """Previous and next clause of the same document, and the clauses of the same article.

    Articles group clauses; an annex groups its parts; a chapter groups text outside
    articles; an unnumbered document's sections are all siblings.
    """
    first, last = clause_span(index, chunk_id)
    chunks = index.chunks
    head = chunks[first]
    previous = None
    if first > 0 and chunks[first - 1].doc == head.doc:
        previous = chunks[clause_span(index, chunks[first - 1].chunk_id)[0]].chunk_id
    following = chunks[last].chunk_id if last < len(chunks) and chunks[last].doc == head.doc else None

    kind, key = _group_of(head)
    siblings = [
        open_clause(index, c.chunk_id)
        for c in clause_heads(index, head.doc)
        if _group_of(c) == (kind, key)
    ]
    title = document_title(index, head.doc)
    return Neighbours(previous, following, _group_label(head, kind, key, title), tuple(siblings))


# -- outline ------------------------------------------------------------------------------


def _strip_number(text: str, number: str) -> str:
    text = " ".join(text.split())
    if number and text.lower().startswith(number.lower()):
        text = text[len(number):].lstrip(" .:–-")
    return text


def clause_preview(chunk: Chunk | ClauseView, chars: int = 70) -> str:
    """A clause's title, else the beginning of its text, for lists."""
    if chunk.title and chunk.title != chunk.clause_id:
        return chunk.title
    text = _strip_number(chunk.text, chunk.clause_id)
    if len(text) > chars:
        cut = text[:chars].rsplit(" ", 1)[0]
        text = cut + "…"
    return text


_NUMBERED = re.compile(rf"^{CLAUSE_NUMBER}")


def outline(index: Index, doc: str) -> list[OutlineEntry]:
    """The outline of a document: chapters, articles (with titles), clauses, annexes,
    letters; for an unnumbered document, its sections. Every entry can be opened.
    """
    if doc not in index.documents:
        raise ClauseNotFoundError(f"no document '{doc}' in the index")
    entries: list[OutlineEntry] = []
    chapter = article = annex = None
    for chunk in clause_heads(index, doc):
        if chunk.chapter and chunk.chapter != chapter and chunk.kind != "annex":
            chapter = chunk.chapter
            entries.append(OutlineEntry(0, chunk.chapter, chunk.chapter_title or "", chunk.chunk_id, "chapter"))
            if chunk.kind == "chapter":
                continue
        if chunk.kind == "chapter":
            continue
        if chunk.kind == "clause" and chunk.article and chunk.article != article:
            article = chunk.article
            entries.append(OutlineEntry(1, chunk.article, chunk.article_title or "", chunk.chunk_id, "article"))
        if chunk.kind == "article":
            article = chunk.article or chunk.clause_id
            entries.append(OutlineEntry(1, chunk.clause_id, chunk.article_title or chunk.title or "",
                                        chunk.chunk_id, "article"))
        elif chunk.kind == "clause":
            level = 2 if chunk.article else 1
            entries.append(OutlineEntry(level, chunk.clause_id, clause_preview(chunk), chunk.chunk_id, "clause"))
        elif chunk.kind == "annex":
            name = chunk.annex or chunk.clause_id
            if name != annex:
                annex = name
                title = chunk.title if chunk.clause_id == name else ""
                entries.append(OutlineEntry(1, name, title, chunk.chunk_id, "annex"))
                if chunk.clause_id == name:
                    continue
            entries.append(OutlineEntry(2, chunk.clause_id if chunk.clause_id != name else "",
                                        clause_preview(chunk), chunk.chunk_id, "annex"))
        elif chunk.kind in ("section", "preamble"):
            title = chunk.title or chunk.clause_id
            number = chunk.clause_id if _NUMBERED.match(chunk.clause_id) else ""
            entries.append(OutlineEntry(1, number, title, chunk.chunk_id, chunk.kind))
        else:  # letters and any other unit
            title = chunk.title if chunk.title != chunk.clause_id else ""
            entries.append(OutlineEntry(1, chunk.clause_id, title, chunk.chunk_id, chunk.kind))
    return entries


# -- quotes ------------------------------------------------------------------------------


def quote_spans(text: str, quotes: Iterable[str]) -> list[tuple[int, int]]:
    """(start, end) of every quote found in ``text`` (white space may differ), merged."""
    spans: list[tuple[int, int]] = []
    for quote in quotes:
        words = quote.split()
        if not words:
            continue
        pattern = r"\s+".join(re.escape(word) for word in words)
        for match in re.finditer(pattern, text):
            spans.append(match.span())
    spans.sort()
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged
