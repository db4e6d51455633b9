"""Clause values over spans of the normalised text, shared by the parsers.

Public names: ``PREAMBLE_ID``, ``SIGNATURES_ID`` (clause ids of unnumbered pieces),
``Placement`` (where a clause sits: chapter, article, annex), ``make_clause`` (a Clause
over a trimmed span), ``outside_toc`` (the pieces of a span outside any table of
contents), ``preamble_pieces`` (the text before the first unit).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from .lines import Line, trim_span
from .types import Clause, Document, NormalisedText

#: clause_id of the text before the first structural unit.
PREAMBLE_ID = "Préambule"
#: clause_id of the signature block ("En foi de quoi, les parties ont signé …").
SIGNATURES_ID = "En foi de quoi"


@dataclass(frozen=True)
class Placement:
    """Where a clause sits; the convention parser's context has the same fields."""

    chapter: str | None = None
    chapter_title: str | None = None
    article: str | None = None
    article_title: str | None = None
    annex: str | None = None


_NOWHERE = Placement()


def make_clause(
    document: Document,
    text: NormalisedText,
    start: int,
    end: int,
    clause_id: str,
    kind: str,
    title: str = "",
    context: Placement | None = None,
    heading_path: tuple[str, ...] = (),
) -> Clause | None:
    """A Clause over ``text.text[start:end]`` trimmed of surrounding white space (None if empty)."""
    start, end = trim_span(text.text, start, end)
    if start >= end:
        return None
    context = context or _NOWHERE
    return Clause(
        doc=document.key,
        clause_id=clause_id,
        kind=kind,
        text=text.text[start:end],
        title=title,
        chapter=context.chapter,
        chapter_title=context.chapter_title,
        article=context.article,
        article_title=context.article_title,
        annex=context.annex,
        heading_path=tuple(p for p in heading_path if p),
        start=start,
        end=end,
        page=text.page_at(start),
    )


def outside_toc(lines: Sequence[Line], skipped: set[int], start: int, end: int) -> list[tuple[int, int]]:
    """Pieces of ``[start, end)`` that are not inside a table of contents."""
    pieces: list[tuple[int, int]] = []
    piece_start = start
    for line in lines:
        if line.start >= end:
            break
        if line.index in skipped and line.end >= start:
            if line.start > piece_start:
                pieces.append((piece_start, line.start))
            piece_start = max(piece_start, min(line.end + 1, end))
    if piece_start < end:
        pieces.append((piece_start, end))
    return pieces


def preamble_pieces(document: Document, text: NormalisedText, lines: Sequence[Line], skipped: set[int],
                     start: int, end: int) -> list[Clause]:
    """The text before the first unit, less any table of contents."""
    pieces = (make_clause(document, text, piece_start, piece_end, PREAMBLE_ID, "preamble",
                           heading_path=(PREAMBLE_ID,))
              for piece_start, piece_end in outside_toc(lines, skipped, start, end))
    return [piece for piece in pieces if piece]
