"""Cut clauses into the chunks the index stores.

One chunk per clause; a clause longer than ``max_chars`` is split at paragraph
boundaries, then line, sentence and word boundaries, into parts that keep the clause
id. A table is never cut inside a row; a part that starts inside a table carries the
table's header row (in ``indexed_text`` and ``extra["table_header"]``), while ``text``
stays a verbatim slice of the document. A chunk never mixes two clauses.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from typing import Iterator, Sequence

from .types import Chunk, Clause, Document

log = logging.getLogger(__name__)

#: Default longest passage, in characters.
MAX_CHARS = 1800

_HEADING_SEPARATOR = " › "
_SENTENCE_BREAK = re.compile(r"(?<=[.;!?:»])\s+(?=\S)")
_MARKDOWN_RULE = re.compile(r"^\s*\|?\s*:?-{3,}")


@dataclass(frozen=True)
class Piece:
    """A span ``[start, end)`` of a clause's text; ``header`` is the table header it needs, if any."""

    start: int
    end: int
    header: str = ""


def make_chunks(document: Document, clauses: Sequence[Clause], max_chars: int = MAX_CHARS) -> list[Chunk]:
    """Chunks of a document's clauses, in order (``ordinal`` is the clause's index)."""
    chunks: list[Chunk] = []
    for ordinal, clause in enumerate(clauses):
        parts = split_text(clause.text, max_chars)
        for number, part in enumerate(parts, start=1):
            chunks.append(_chunk(document, clause, ordinal, part, number, len(parts)))
    log.debug("%s: %d clauses -> %d chunks", document.key, len(clauses), len(chunks))
    return chunks


def _chunk(document: Document, clause: Clause, ordinal: int, part: Piece, number: int, parts: int) -> Chunk:
    passage = clause.text[part.start:part.end]
    return Chunk(
        chunk_id=f"{document.key}:{ordinal:05d}:{number}",
        doc=document.key,
        clause_id=clause.clause_id,
        kind=clause.kind,
        text=passage,
        indexed_text=indexed_text(document, clause, passage, part.header),
        doc_title=document.title,
        title=clause.title,
        chapter=clause.chapter,
        chapter_title=clause.chapter_title,
        article=clause.article,
        article_title=clause.article_title,
        annex=clause.annex,
        heading_path=clause.heading_path,
        part=number,
        parts=parts,
        start=clause.start + part.start,
        end=clause.start + part.end,
        page=clause.page,
        amends=clause.amends,
        ordinal=ordinal,
        extra={"table_header": part.header} if part.header else {},
    )


def heading_line(document: Document, clause: Clause) -> str:
    """"Convention Collège Bourget › 6-3.00 Congés de maladie › 6-3.04"."""
    return _HEADING_SEPARATOR.join((document.title, *clause.heading_path))


def amendment_line(clause: Clause) -> str:
    """"Modification n° 9 : remplace 5-2.01" for an amendment record, else ""."""
    if clause.amends is None:
        return ""
    described = clause.amends.describe()
    what = described.rsplit(" (modification n°", 1)[0]
    return f"Modification n° {clause.amends.item} : {what}"


def indexed_text(document: Document, clause: Clause, passage: str, table_header: str = "") -> str:
    """What is embedded and BM25-indexed: heading line, amendment line, table header, passage."""
    lines = [heading_line(document, clause), amendment_line(clause), table_header]
    return "\n".join(line for line in lines if line) + "\n" + passage


def split_text(text: str, max_chars: int = MAX_CHARS) -> list[Piece]:
    """Spans of ``text`` of at most ``max_chars`` (when a single word allows), cut at the best boundaries."""
    if len(text) <= max_chars:
        return [Piece(0, len(text))]
    parts: list[Piece] = []
    current: Piece | None = None
    for unit in _units(text, max_chars):
        if current is None:
            current = unit
        elif unit.end - current.start <= max_chars:
            current = Piece(current.start, unit.end, current.header)
        else:
            parts.append(current)
            current = unit
    if current is not None:
        parts.append(current)
    return [p for p in (_trimmed(text, p) for p in parts) if p.end > p.start]


def _trimmed(text: str, piece: Piece) -> Piece:
    """The piece without blank lines around it (a table row keeps its leading empty cells)."""
    start, end = piece.start, piece.end
    while start < end and text[start].isspace():
        line_end = text.find("\n", start, end)
        if line_end < 0 or text[start:line_end].strip():
            break
        start = line_end + 1
    if not text[start:end].strip():
        return Piece(start, start, piece.header)
    if start > 0 and text[start - 1] != "\n":
        while text[start] in " \t":  # a cut inside a line: no leading space
            start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Piece(start, end, piece.header)


# ---------------------------------------------------------------------------------------
# Blocks: paragraphs and tables
# ---------------------------------------------------------------------------------------


def is_table_row(line: str) -> bool:
    """A table row: cells separated by tabs or ``|``."""
    stripped = line.strip()
    return bool(stripped) and ("\t" in stripped or stripped.startswith("|") or " | " in stripped)


@dataclass(frozen=True)
class Block:
    start: int
    end: int
    lines: tuple[tuple[int, int], ...]  # line spans
    table: bool


def blocks(text: str) -> list[Block]:
    """Paragraphs (runs of non-blank lines) and tables (runs of table rows), in order."""
    found: list[Block] = []
    run: list[tuple[int, int]] = []
    run_is_table = False

    def close() -> None:
        if run:
            found.append(Block(run[0][0], run[-1][1], tuple(run), run_is_table))

    position = 0
    for raw in text.split("\n"):
        start, end = position, position + len(raw)
        position = end + 1
        if not raw.strip():
            close()
            run = []
            continue
        table = is_table_row(raw)
        if run and table != run_is_table:
            close()
            run = []
        if not run:
            run_is_table = table
        run.append((start, end))
    close()
    return found


def _units(text: str, max_chars: int) -> Iterator[Piece]:
    """Smallest pieces the packer may put together, in order."""
    for block in blocks(text):
        if block.end - block.start <= max_chars:
            yield Piece(block.start, block.end)
        elif block.table:
            yield from _table_rows(text, block)
        else:
            for start, end in block.lines:
                yield from _line_units(text, start, end, max_chars)


def _table_rows(text: str, block: Block) -> Iterator[Piece]:
    """Rows of a long table; every row after the header row carries the header."""
    header_lines = [block.lines[0]]
    if len(block.lines) > 1 and _MARKDOWN_RULE.match(text[block.lines[1][0]:block.lines[1][1]]):
        header_lines.append(block.lines[1])
    header = "\n".join(text[s:e] for s, e in header_lines)
    for index, (start, end) in enumerate(block.lines):
        yield Piece(start, end, "" if index < len(header_lines) else header)


def _line_units(text: str, start: int, end: int, max_chars: int) -> Iterator[Piece]:
    """A line, or its sentences, or groups of words when a sentence is too long."""
    if end - start <= max_chars:
        yield Piece(start, end)
        return
    cuts = [start] + [start + m.end() for m in _SENTENCE_BREAK.finditer(text[start:end])] + [end]
    for sentence_start, sentence_end in zip(cuts, cuts[1:]):
        if sentence_end - sentence_start <= max_chars:
            yield Piece(sentence_start, sentence_end)
        else:
            yield from _word_units(text, sentence_start, sentence_end, max_chars)


def _word_units(text: str, start: int, end: int, max_chars: int) -> Iterator[Piece]:
    """Cut a very long sentence at spaces, each piece at most ``max_chars`` when possible."""
    while end - start > max_chars:
        cut = text.rfind(" ", start + 1, start + max_chars)
        if cut <= start:
            cut = start + max_chars
        yield Piece(start, cut)
        start = cut
    if end > start:
        yield Piece(start, end)
