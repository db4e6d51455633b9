"""Split a normalised document into clauses.

``parse`` looks at the content, never at the document key:

* an amending agreement (numbered instructions such as "9) La clause 5-2.01 est
  remplacée par ce qui suit :") goes to :func:`ingest.amendments.parse_amendments`;
* a document with numbered clauses (``X-Y.ZZ``) goes to the convention parser:
  chapter -> article -> clause, then annexes and letters of agreement;
* anything else goes to the headings parser, which splits at the document's own
  headings (its table of contents when it has one).

Every Clause's ``text`` is exactly ``text.text[start:end]``.
"""

from __future__ import annotations

import logging
import re
from bisect import bisect_left
from dataclasses import dataclass, replace
from typing import Sequence

from .numbering import ANNEX_ID, CHAPTER_NUMBER, CLAUSE_NUMBER, CLAUSE_NUMBER_GROUPS, ClauseNumber, annex_id, letter_id
from .types import Clause, Document, NormalisedText

log = logging.getLogger(__name__)

#: Manifest kind of an agreement that amends another convention.
AMENDING_KIND = "accord modifiant une convention"

#: A document needs at least this many numbered clause lines to be parsed as a convention.
MIN_NUMBERED_CLAUSES = 5

#: clause_id of the text before the first structural unit.
PREAMBLE_ID = "Préambule"
#: clause_id of the signature block ("En foi de quoi, les parties ont signé …").
SIGNATURES_ID = "En foi de quoi"

# ---------------------------------------------------------------------------------------
# Lines
# ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Line:
    """One line of the normalised text, with its offsets (``end`` excludes the newline)."""

    index: int
    start: int
    end: int
    text: str

    @property
    def blank(self) -> bool:
        return not self.text.strip()

    @property
    def stripped(self) -> str:
        return self.text.strip()


def split_lines(text: str, start: int = 0, end: int | None = None) -> list[Line]:
    """The lines of ``text[start:end]`` with absolute offsets."""
    end = len(text) if end is None else end
    lines: list[Line] = []
    position = start
    while position < end:
        newline = text.find("\n", position, end)
        line_end = end if newline < 0 else newline
        lines.append(Line(len(lines), position, line_end, text[position:line_end]))
        position = line_end + 1
    return lines


def next_non_blank(lines: Sequence[Line], index: int) -> Line | None:
    """The first non-blank line after ``lines[index]``."""
    for position in range(index + 1, len(lines)):
        if not lines[position].blank:
            return lines[position]
    return None


def previous_non_blank(lines: Sequence[Line], index: int) -> Line | None:
    """The last non-blank line before ``lines[index]``."""
    for position in range(index - 1, -1, -1):
        if not lines[position].blank:
            return lines[position]
    return None


# ---------------------------------------------------------------------------------------
# Clause numbers and structural lines
# ---------------------------------------------------------------------------------------


_OPEN = r"^[ \t]*(?:«[ \t]*)?"
_NUMBER = CLAUSE_NUMBER_GROUPS
_CLAUSE_LINE = re.compile(_OPEN + _NUMBER + r"(?:[ \t]+([A-F])(?=[ \t]|$))?(?=[ \t]|$)(.*)$")
_CHAPTER_LINE = re.compile(_OPEN + rf"(?:CHAPITRE|Chapitre)[ \t]+({CHAPTER_NUMBER})-0\.00(?=[ \t]|$)(.*)$")
_ANNEX_ID = ANNEX_ID
_ANNEX_LINE = re.compile(_OPEN + rf"(?:ANNEXE|Annexe)[ \t]+({_ANNEX_ID})(?=[ \t:.–-]|$)[ \t:.–-]*(.*)$")
_LETTER_LINE = re.compile(
    _OPEN + r"(?:LETTRE|Lettre)[ \t]+(?:D|d)['’](ENTENTE|INTENTION|entente|intention)\b"
    r"[ \t]*(?:(?:n[°o]|N[°O]|numéro|NUMÉRO)\.?[ \t]*(\d{1,3}))?(.*)$"
)
_SECTION_LINE = re.compile(_OPEN + r"(?:SECTION|Section)[ \t]+([IVXL]{1,6}|\d{1,2})(?=[ \t:.–-]|$)[ \t:.–-]*(.*)$")
_SIGNATURE_LINE = re.compile(r"^[ \t]*(?:EN FOI DE QUOI|En foi de quoi)\b")
# Words that, right after a clause number at a line start, show a wrapped reference
# ("… de la clause\n5-2.07 à 5-2.09 …") rather than a clause start.
_REFERENCE_WORDS = re.compile(r"^[ \t]*(?:à|et|ou|ainsi|inclusivement|de la|du|des|au|aux|sur)\b")
_CONTINUED = re.compile(r"\((?:suite|SUITE)\)\s*$")
_LIST_ITEM = re.compile(r"^(?:[-–•*▪◦]|[a-zA-Z]\)|\d{1,3}[.)°](?:\s|$)|[ivx]{1,4}\))")
_SENTENCE_END = (".", ";", ":", ",", "!", "?", "…")
_TRAILING_FUNCTION_WORD = re.compile(
    r"\b(?:de|des|du|la|le|les|et|ou|à|au|aux|en|pour|sur|avec|dans|par|un|une|d['’]|l['’]|sans|entre|selon)$",
    re.IGNORECASE,
)


# Verbs that show a line is a sentence rather than a clause title.
_FINITE_VERB = re.compile(
    r"\b(?:est|sont|a|ont|peut|peuvent|doit|doivent|fait|font|reçoit|reçoivent|bénéficie|bénéficient|"
    r"s['’]applique|s['’]appliquent|s['’]engage|conserve|accorde|transmet|fournit|verse|remet|met|"
    r"détermine|désigne|convient|conviennent|reconnaît|reconnaissent|procède|informe|déduit|paie)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class NumberedLine:
    number: ClauseNumber
    rest: str


def numbered_line(line: str) -> NumberedLine | None:
    """A clause/article number at the start of ``line`` that starts a unit, else None.

    ``6-4.17, les journées …`` (a wrapped reference) and ``5-2.07 à 5-2.09`` are refused.
    """
    match = _CLAUSE_LINE.match(line)
    if not match:
        return None
    rest = match.group(5)
    if _REFERENCE_WORDS.match(rest):
        return None
    chapter, article, clause = int(match.group(1)), int(match.group(2)), int(match.group(3))
    if chapter == 0:
        return None
    return NumberedLine(ClauseNumber(chapter, article, clause, match.group(4) or ""), rest.strip())


def clean_title(title: str) -> str:
    """A heading title without markup leftovers, leaders, page numbers or "(suite)"."""
    title = title.replace("\t", " ")
    title = _CONTINUED.sub("", title)
    title = re.sub(r"(?:\s*\.{2,}|…)+\s*\d{0,3}\s*$", "", title)
    title = title.strip().strip("«»").strip()
    title = re.sub(r"\s+", " ", title)
    return title.rstrip(" :.-–")


def is_title_like(text: str, max_chars: int = 120, max_words: int = 16) -> bool:
    """Whether a line reads as a heading: short, capitalised, no sentence end, not a list item."""
    stripped = text.strip()
    if not stripped or len(stripped) > max_chars or len(stripped.split()) > max_words:
        return False
    if "\t" in stripped or "|" in stripped or stripped.endswith(_SENTENCE_END):
        return False
    if _LIST_ITEM.match(stripped):
        return False
    first = stripped.lstrip("«“\"( ")[:1]
    if not first.isalpha() or not first.isupper():
        return False
    return not _TRAILING_FUNCTION_WORD.search(stripped)


# ---------------------------------------------------------------------------------------
# Table of contents
# ---------------------------------------------------------------------------------------

_TOC_HEADING = re.compile(
    r"^[ \t]*(?:TABLE DES MATI[EÈ]RES|Table des mati[eè]res|SOMMAIRE|Sommaire|TABLE OF CONTENTS)[ \t]*$"
)
# The end of a ToC entry: leader dots or spaces, then a page number.
_TOC_PAGE_NUMBER = re.compile(r"(?:\.{2,}[ \t]*|…+[ \t]*|[ \t]+)(\d{1,3})[ \t]*$")
_TOC_PAGES = re.compile(r"^[ \t]*(?:Pages?|PAGES?)[ \t]*$")
_STRUCTURAL_START = re.compile(
    r"^[ \t]*(?:(?:Chapitre|CHAPITRE|Annexe|ANNEXE|Lettre|LETTRE|Section|SECTION|Article|ARTICLE)\b"
    rf"|{CLAUSE_NUMBER}\b)"
)
_MIN_HEADLESS_TOC_ENTRIES = 3


def toc_entry_body(line: str) -> str | None:
    """The text of a table-of-contents line without its leader dots and page number, or None."""
    match = _TOC_PAGE_NUMBER.search(line)
    if not match:
        return None
    body = line[:match.start()].rstrip(" \t.…")
    if not any(c.isalpha() for c in body):
        return None
    return body


def _is_toc_entry(line: Line) -> bool:
    return toc_entry_body(line.text) is not None


def toc_regions(lines: Sequence[Line]) -> list[tuple[int, int]]:
    """Line ranges ``(first, last)`` (inclusive) of tables of contents and ToC-like lists."""
    regions: list[tuple[int, int]] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        if _TOC_HEADING.match(line.text):
            last = _toc_extent(lines, index)
            regions.append((index, last))
            index = last + 1
            continue
        if _is_toc_entry(line) and _STRUCTURAL_START.match(line.text):
            last, count = index, 0
            probe = index
            while probe < len(lines) and (lines[probe].blank or (
                    _is_toc_entry(lines[probe]) and _STRUCTURAL_START.match(lines[probe].text))):
                if not lines[probe].blank:
                    last, count = probe, count + 1
                probe += 1
            if count >= _MIN_HEADLESS_TOC_ENTRIES:
                regions.append((index, last))
                index = last + 1
                continue
        index += 1
    return regions


def _toc_extent(lines: Sequence[Line], heading: int) -> int:
    """Last line of the table of contents that starts at ``lines[heading]``."""
    last = heading
    index = heading + 1
    while index < len(lines):
        line = lines[index]
        if line.blank or _TOC_PAGES.match(line.text):
            index += 1
            continue
        if _is_toc_entry(line):
            last = index
            index += 1
            continue
        following = next_non_blank(lines, index)
        if len(line.stripped) < 150 and following is not None and _is_toc_entry(following):
            index += 1  # an entry wrapped on two lines
            continue
        break
    return last


def toc_line_indexes(lines: Sequence[Line]) -> set[int]:
    """Indexes of every line inside a table of contents."""
    return {i for first, last in toc_regions(lines) for i in range(first, last + 1)}


def table_of_contents(text: str) -> list[tuple[str, str]]:
    """``(id, title)`` entries of the document's tables of contents, in order.

    ``id`` is "5-2.00" for an article, "5-0.00" for a chapter, "Annexe M", "Lettre
    d'entente 1", or "" for an unnumbered entry (whose title is then the heading).
    """
    lines = split_lines(text)
    entries: list[tuple[str, str]] = []
    for first, last in toc_regions(lines):
        pending = ""
        for line in lines[first:last + 1]:
            if line.blank or _TOC_HEADING.match(line.text) or _TOC_PAGES.match(line.text):
                continue
            entry = toc_entry_body(line.text)
            if entry is None:
                pending = f"{pending} {line.stripped}".strip()
                continue
            body = f"{pending} {entry.strip()}".strip()
            pending = ""
            entries.append(toc_entry(body))
    return entries


def toc_entry(body: str) -> tuple[str, str]:
    """``(id, title)`` of one table-of-contents line (page number already removed)."""
    body = body.strip()
    match = re.match(r"^(?:Chapitre|CHAPITRE)\s+(\d{1,2}-0\.00)\s+(.*)$", body)
    if match:
        return match.group(1), clean_title(match.group(2))
    match = re.match(r"^(\d{1,2}-\d{1,2}\.\d{2})\s+(.*)$", body)
    if match:
        return match.group(1), clean_title(match.group(2))
    match = _ANNEX_LINE.match(body)
    if match:
        return annex_id(match.group(1)), clean_title(match.group(2))
    match = _LETTER_LINE.match(body)
    if match:
        return letter_id(match.group(1), match.group(2)), clean_title(match.group(3))
    return "", clean_title(body)


# ---------------------------------------------------------------------------------------
# Dispatch
# ---------------------------------------------------------------------------------------


def parse(document: Document, text: NormalisedText) -> list[Clause]:
    """Clauses of a document, by the parser its content calls for."""
    from .amendments import is_amending_agreement, parse_amendments  # amendments uses this module

    if is_amending_agreement(document, text.text):
        log.debug("%s: parsed as an amending agreement", document.key)
        return parse_amendments(document, text)
    if has_numbered_clauses(text.text):
        log.debug("%s: parsed as a convention with numbered clauses", document.key)
        return parse_convention(document, text)
    log.debug("%s: parsed by its headings", document.key)
    return parse_headed_document(document, text)


def has_numbered_clauses(text: str) -> bool:
    """Whether the text numbers its clauses like a convention (``6-3.04``), outside any ToC."""
    lines = split_lines(text)
    skipped = toc_line_indexes(lines)
    count = 0
    for line in lines:
        if line.index in skipped:
            continue
        numbered = numbered_line(line.text)
        if numbered and not numbered.number.is_chapter and not numbered.number.is_article:
            count += 1
            if count >= MIN_NUMBERED_CLAUSES:
                return True
    return False


# ---------------------------------------------------------------------------------------
# Convention parser
# ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Marker:
    """A line where a structural unit starts."""

    line: int  # index in the line list
    kind: str  # chapter | article | clause | annex | annex_part | letter | section | signature
    number: ClauseNumber | None = None
    ident: str = ""  # annex/letter/section id
    rest: str = ""  # text after the number/id on the same line


def longest_increasing(keys: Sequence[tuple]) -> list[int]:
    """Indexes of a longest strictly increasing subsequence of ``keys`` (earliest on ties)."""
    tails: list[tuple] = []
    tail_index: list[int] = []
    parent = [-1] * len(keys)
    for i, key in enumerate(keys):
        position = bisect_left(tails, key)
        if position < len(tails) and tails[position] == key:
            continue  # an equal key already ends a chain of this length: keep the earlier line
        parent[i] = tail_index[position - 1] if position > 0 else -1
        if position == len(tails):
            tails.append(key)
            tail_index.append(i)
        else:
            tails[position] = key
            tail_index[position] = i
    chain: list[int] = []
    i = tail_index[-1] if tail_index else -1
    while i >= 0:
        chain.append(i)
        i = parent[i]
    return chain[::-1]


def _number_key(number: ClauseNumber) -> tuple:
    return (number.chapter, number.article, number.clause, number.suffix)


def find_markers(lines: Sequence[Line], skipped: set[int]) -> list[Marker]:
    """Structural markers of a convention, in order.

    Numbered lines must increase (longest increasing run) so that a wrapped line
    starting with a number is not taken for a clause; inside an annex or letter,
    numbered lines are parts of that annex.
    """
    raw: list[Marker] = []
    for line in lines:
        if line.index in skipped or line.blank:
            continue
        match = _CHAPTER_LINE.match(line.text)
        if match:
            number = ClauseNumber(int(match.group(1)), 0, 0)
            raw.append(Marker(line.index, "chapter", number, rest=match.group(2).strip()))
            continue
        match = _ANNEX_LINE.match(line.text)
        if match and _reads_as_heading(line.text):
            raw.append(Marker(line.index, "annex", ident=annex_id(match.group(1)), rest=match.group(2).strip()))
            continue
        match = _LETTER_LINE.match(line.text)
        if match and _reads_as_heading(line.text):
            ident = letter_id(match.group(1), match.group(2))
            raw.append(Marker(line.index, "letter", ident=ident, rest=match.group(3).strip()))
            continue
        match = _SECTION_LINE.match(line.text)
        if match:
            raw.append(Marker(line.index, "section", ident=f"Section {match.group(1)}", rest=match.group(2).strip()))
            continue
        if _SIGNATURE_LINE.match(line.text):
            raw.append(Marker(line.index, "signature", ident=SIGNATURES_ID))
            continue
        numbered = numbered_line(line.text)
        if numbered:
            kind = "chapter" if numbered.number.is_chapter else "article" if numbered.number.is_article else "clause"
            raw.append(Marker(line.index, kind, numbered.number, rest=numbered.rest))

    # Which markers lie in an annex or a letter? Until the next chapter heading, or a
    # numbered line that carries on the numbering of the chapter before the annex.
    in_appendix: list[bool] = []
    appendix = False
    last_main: ClauseNumber | None = None
    for marker in raw:
        if marker.kind in ("annex", "letter"):
            appendix = True
        elif marker.kind == "chapter" and _CHAPTER_LINE.match(lines[marker.line].text):
            appendix = False
        elif appendix and marker.number is not None and last_main is not None:
            if marker.number.chapter == last_main.chapter and marker.number > last_main:
                appendix = False
        if marker.number is not None and not appendix:
            last_main = marker.number
        in_appendix.append(appendix)

    main = [i for i, m in enumerate(raw) if m.number is not None and not in_appendix[i]]
    main = _without_doubtful_duplicates(lines, raw, main)
    accepted = {main[i] for i in longest_increasing([_number_key(raw[i].number) for i in main])}

    # Annex parts: numbered lines inside an annex, increasing within that annex.
    groups: list[list[int]] = []
    for i, marker in enumerate(raw):
        if marker.kind in ("annex", "letter") or (marker.kind == "chapter" and not in_appendix[i]):
            groups.append([])
        elif marker.number is not None and in_appendix[i] and groups:
            groups[-1].append(i)
    for group in groups:
        accepted.update(group[i] for i in longest_increasing([_number_key(raw[j].number) for j in group]))

    markers: list[Marker] = []
    current_appendix = ""
    for i, marker in enumerate(raw):
        if marker.number is not None:
            if i not in accepted:
                continue
            if in_appendix[i]:
                markers.append(Marker(marker.line, "annex_part", marker.number, rest=marker.rest))
                continue
            current_appendix = ""
            markers.append(marker)
            continue
        if marker.kind in ("annex", "letter"):
            if marker.ident == current_appendix:
                continue  # a repeated page header: "Annexe A … (suite)"
            current_appendix = marker.ident
            markers.append(marker)
            continue
        if in_appendix[i]:
            continue  # sections and signatures inside an annex belong to it
        markers.append(marker)
    return markers


def _without_doubtful_duplicates(lines: Sequence[Line], raw: Sequence[Marker], candidates: list[int]) -> list[int]:
    """When a number starts several lines, drop those that do not start cleanly (a reference
    wrapped to a line start: "… selon la clause\n5-2.05 qui …") if one does."""
    by_number: dict[ClauseNumber, list[int]] = {}
    for i in candidates:
        by_number.setdefault(raw[i].number, []).append(i)
    doubtful = set()
    for group in by_number.values():
        clean = [i for i in group if _starts_cleanly(lines, raw[i].line)]
        if clean and len(clean) < len(group):
            doubtful.update(i for i in group if i not in clean)
    return [i for i in candidates if i not in doubtful]


def _starts_cleanly(lines: Sequence[Line], index: int) -> bool:
    """Whether the line follows a blank line or the end of a sentence."""
    if index == 0 or lines[index - 1].blank:
        return True
    return lines[index - 1].stripped.endswith((".", ";", ":", "!", "?", "»", ")"))


def _reads_as_heading(line: str) -> bool:
    """An annex/letter heading line, not a sentence that happens to start with "Annexe"."""
    stripped = line.strip()
    return len(stripped) <= 300 and not stripped.endswith((".", ";", ",", ":"))


@dataclass
class _Context:
    """Where the parser is: chapter, article, sections, annex or letter."""

    chapter: str | None = None
    chapter_title: str | None = None
    chapter_label: str | None = None
    chapter_section: str | None = None
    article: str | None = None
    article_title: str | None = None
    article_label: str | None = None
    article_section: str | None = None
    annex: str | None = None  # "Annexe M" while inside an annex
    appendix: str | None = None  # id of the annex or letter being read
    appendix_kind: str = "annex"
    appendix_label: str | None = None

    def enter_chapter(self, number: ClauseNumber, title: str | None) -> None:
        self.chapter = number.chapter_id
        self.chapter_title = title or None
        self.chapter_label = f"Chapitre {number.chapter_id} {title}" if title else f"Chapitre {number.chapter}"
        self.chapter_section = None
        self.leave_article()
        self.annex = self.appendix = self.appendix_label = None

    def enter_article(self, number: ClauseNumber, title: str | None) -> None:
        if self.chapter != number.chapter_id:
            self.enter_chapter(number, None)
        self.article = number.article_id
        self.article_title = title or None
        self.article_label = f"{number.article_id} {title}" if title else None
        self.article_section = None

    def leave_article(self) -> None:
        self.article = self.article_title = self.article_label = self.article_section = None

    def enter_appendix(self, ident: str, kind: str, title: str) -> None:
        self.leave_article()
        self.chapter = self.chapter_title = self.chapter_label = self.chapter_section = None
        self.annex = ident if kind == "annex" else None
        self.appendix, self.appendix_kind = ident, kind
        self.appendix_label = f"{ident} {title}" if title else ident

    def path(self) -> tuple[str, ...]:
        parts = (self.chapter_label, self.chapter_section, self.article_label, self.article_section)
        return tuple(p for p in parts if p)


def parse_convention(document: Document, text: NormalisedText) -> list[Clause]:
    """Clauses of a convention: preamble, chapters, articles, clauses, annexes, letters."""
    return convention_clauses(document, text, 0, len(text.text))


def convention_clauses(
    document: Document,
    text: NormalisedText,
    start: int,
    end: int,
    keep_empty_headings: bool = False,
) -> list[Clause]:
    """Clauses of ``text.text[start:end]`` parsed as (part of) a convention.

    ``keep_empty_headings`` also records chapter/article/section headings that have
    no text of their own (an amendment that replaces a title is only a heading).
    Text before the first unit becomes a "preamble" clause; tables of contents are skipped.
    """
    lines = split_lines(text.text, start, end)
    skipped = toc_line_indexes(lines)
    markers = find_markers(lines, skipped)
    spans = _unit_spans(lines, markers, end)
    clauses: list[Clause] = []

    first_start = lines[markers[0].line].start if markers else end
    clauses.extend(_preamble_pieces(document, text, lines, skipped, start, first_start))

    context = _Context()
    for index, marker in enumerate(markers):
        unit_start, unit_end = spans[index]
        unit = _Unit(document, text, lines, marker, unit_start, unit_end, markers[index + 1:], keep_empty_headings)
        clause = _marker_clause(unit, context)
        if clause:
            clauses.append(clause)
    return clauses


def _outside(lines: Sequence[Line], skipped: set[int], start: int, end: int) -> list[tuple[int, int]]:
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


def _unit_spans(lines: Sequence[Line], markers: Sequence[Marker], end: int) -> list[tuple[int, int]]:
    """``(start, end)`` of each marker's unit, with headings moved onto the clause they introduce.

    A section heading directly before a clause, and short heading lines ending the
    previous unit ("Congé de paternité"), start the clause rather than end the unit before.
    """
    starts = [lines[m.line].start for m in markers]
    for index in range(1, len(markers)):
        if markers[index].kind not in ("clause", "annex_part"):
            continue
        previous = markers[index - 1]
        if previous.kind == "section":
            starts[index] = starts[index - 1]
            continue
        if previous.kind in ("clause", "article", "chapter", "annex_part"):
            starts[index] = _heading_lines_start(lines, previous.line, markers[index].line, starts[index])
    spans = []
    for index in range(len(markers)):
        unit_end = starts[index + 1] if index + 1 < len(markers) else end
        spans.append((starts[index], max(unit_end, starts[index])))
    return spans


def _heading_lines_start(lines: Sequence[Line], unit_line: int, next_line: int, default: int) -> int:
    """Start of the heading lines (at most two) that end a unit and introduce the next clause."""
    start = default
    index = next_line
    for _ in range(2):
        previous = previous_non_blank(lines, index)
        if previous is None or previous.index <= unit_line + 1:
            break
        if not is_title_like(previous.text, max_chars=100, max_words=14):
            break
        before = lines[previous.index - 1]
        if not before.blank:
            break
        start = previous.start
        index = previous.index
    return start


@dataclass(frozen=True)
class _Unit:
    """A marker with its span and what follows it, as the clause builders need it."""

    document: Document
    text: NormalisedText
    lines: Sequence[Line]
    marker: Marker
    start: int
    end: int
    following: Sequence[Marker]  # the markers after this one
    keep_empty_headings: bool

    @property
    def body_is_empty(self) -> bool:
        return not self.text.text[self.lines[self.marker.line].end:self.end].strip()

    @property
    def title(self) -> str:
        return heading_title(self.lines, self.marker.line, self.marker.rest, self.end)

    def clause(self, clause_id: str, kind: str, context: _Context, title: str = "",
               heading_path: tuple[str, ...] = ()) -> Clause | None:
        return _make_clause(self.document, self.text, self.start, self.end, clause_id, kind, title=title,
                            context=context, heading_path=heading_path)


def _marker_clause(unit: _Unit, context: _Context) -> Clause | None:
    """Update the context with the unit's marker and build its Clause (None for a bare heading)."""
    return _BUILDERS[unit.marker.kind](unit, context)


def _chapter_clause(unit: _Unit, context: _Context) -> Clause | None:
    context.enter_chapter(unit.marker.number, clean_title(unit.marker.rest) or None)
    if unit.body_is_empty and not unit.keep_empty_headings:
        return None
    return unit.clause(unit.marker.number.chapter_id, "chapter", context, title=context.chapter_title or "",
                       heading_path=(context.chapter_label,))


def _article_clause(unit: _Unit, context: _Context) -> Clause | None:
    context.enter_article(unit.marker.number, unit.title or None)
    if unit.body_is_empty and not unit.keep_empty_headings:
        return None
    return unit.clause(unit.marker.number.article_id, "article", context, title=context.article_title or "",
                       heading_path=context.path() or (unit.marker.number.article_id,))


def _numbered_clause(unit: _Unit, context: _Context) -> Clause | None:
    number = unit.marker.number
    if context.chapter != number.chapter_id:
        context.enter_chapter(number, None)
    if context.article != number.article_id:
        context.enter_article(number, None)
    title = clause_title(unit.marker.rest, unit.lines, unit.marker.line, unit.end)
    return unit.clause(number.label, "clause", context, title=title, heading_path=(*context.path(), number.label))


def _section_clause(unit: _Unit, context: _Context) -> Clause | None:
    marker = unit.marker
    label = " ".join(p for p in (marker.ident, clean_title(marker.rest)) if p)
    if _section_is_chapter_level(unit.following):
        context.leave_article()
        context.chapter_section = label
    else:
        context.article_section = label
    if unit.following and unit.following[0].kind in ("clause", "annex_part"):
        return None  # the heading starts the clause that follows
    if unit.body_is_empty and not unit.keep_empty_headings:
        return None
    return unit.clause(marker.ident, "section", context, title=clean_title(marker.rest), heading_path=context.path())


def _appendix_clause(unit: _Unit, context: _Context) -> Clause | None:
    title = unit.title
    context.enter_appendix(unit.marker.ident, unit.marker.kind, title)
    return unit.clause(unit.marker.ident, unit.marker.kind, context, title=title,
                       heading_path=(context.appendix_label,))


def _appendix_part_clause(unit: _Unit, context: _Context) -> Clause | None:
    """A numbered part of an annex (an annex that reproduces clauses, e.g. "6-4.02 …")."""
    label = unit.marker.number.label
    title = clause_title(unit.marker.rest, unit.lines, unit.marker.line, unit.end)
    path = (context.appendix_label, label) if context.appendix_label else (label,)
    return unit.clause(context.appendix or label, context.appendix_kind, context,
                       title=f"{label} {title}".strip(), heading_path=path)


def _signature_clause(unit: _Unit, context: _Context) -> Clause | None:
    return unit.clause(SIGNATURES_ID, "section", _Context(), heading_path=(SIGNATURES_ID,))


_BUILDERS = {
    "chapter": _chapter_clause,
    "article": _article_clause,
    "clause": _numbered_clause,
    "section": _section_clause,
    "annex": _appendix_clause,
    "letter": _appendix_clause,
    "annex_part": _appendix_part_clause,
    "signature": _signature_clause,
}


def _section_is_chapter_level(rest_of_markers: Sequence[Marker]) -> bool:
    """A section heading followed by an article (not a clause) groups articles of its chapter."""
    for marker in rest_of_markers:
        if marker.kind in ("clause", "annex_part"):
            return False
        if marker.kind in ("article", "chapter", "annex", "letter", "signature"):
            return True
    return True


def heading_title(lines: Sequence[Line], line_index: int, rest: str, unit_end: int) -> str:
    """Title of an article/annex heading: on its line or the next, with upper-case
    continuation lines of a title wrapped over several lines ("ANNEXE VI REGROUPEMENT … ET\nENSEIGNANTS …")."""
    title = rest.strip()
    index = line_index
    if not title:
        following = next_non_blank(lines, line_index)
        if following is None or following.start >= unit_end or not _is_upper_title(following.text):
            return clean_title(_title_on_next_line(lines, line_index, unit_end))
        title, index = following.stripped, following.index
    for _ in range(4):
        if not _is_upper_title(title) or index + 1 >= len(lines):
            break
        following = lines[index + 1]
        if following.blank or following.start >= unit_end or not _is_upper_title(following.text):
            break
        if numbered_line(following.text) or _ANNEX_LINE.match(following.text):
            break
        title, index = f"{title} {following.stripped}", index + 1
    return clean_title(title)


def _is_upper_title(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 3 and all(c.isupper() for c in letters) and len(text.strip()) <= 150


def _title_on_next_line(lines: Sequence[Line], line_index: int, unit_end: int) -> str:
    """A title standing alone on the line after a bare number ("1-2.66" / "«Sauveteur aquatique»")."""
    following = next_non_blank(lines, line_index)
    if following is None or following.start >= unit_end:
        return ""
    after = next_non_blank(lines, following.index)
    if after is None or after.start >= unit_end or not lines[following.index + 1].blank:
        return ""  # no text after it, or a paragraph wrapped over several lines
    if not is_title_like(following.text, max_chars=250, max_words=40) or numbered_line(following.text):
        return ""
    if _FINITE_VERB.search(following.text):
        return ""
    return clean_title(following.text)


def clause_title(rest: str, lines: Sequence[Line], line_index: int, unit_end: int) -> str:
    """A clause's own title: "Grief" in "1-2.36 Grief", or a title-like line right after a bare number."""
    rest = rest.strip()
    following = next_non_blank(lines, line_index)
    has_more = following is not None and following.start < unit_end
    if not rest:
        return _title_on_next_line(lines, line_index, unit_end)
    if not has_more or len(rest) > 200 or len(rest.split()) > 30:
        return ""
    if rest.endswith(_SENTENCE_END) or _LIST_ITEM.match(rest) or "\t" in rest:
        return ""
    if _TRAILING_FUNCTION_WORD.search(rest) or _FINITE_VERB.search(rest):
        return ""  # a sentence wrapped at the end of the line, not a title
    if following.stripped[:1].islower():
        return ""  # a sentence wrapped on the next line, not a title
    if len(rest) > 60 and not lines[line_index + 1].blank:
        return ""  # a long line run on by the next one: a wrapped sentence
    return clean_title(rest)


def _make_clause(
    document: Document,
    text: NormalisedText,
    start: int,
    end: int,
    clause_id: str,
    kind: str,
    title: str = "",
    context: _Context | None = None,
    heading_path: tuple[str, ...] = (),
) -> Clause | None:
    """A Clause over ``text.text[start:end]`` trimmed of surrounding white space (None if empty)."""
    start, end = trim_span(text.text, start, end)
    if start >= end:
        return None
    context = context or _Context()
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


def trim_span(text: str, start: int, end: int) -> tuple[int, int]:
    """``(start, end)`` moved inwards past surrounding white space."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


# ---------------------------------------------------------------------------------------
# Headings parser (unnumbered documents)
# ---------------------------------------------------------------------------------------

#: A section whose body (without its heading) is shorter than this joins the next one.
MIN_SECTION_BODY = 60
#: Longest section id kept from a heading.
MAX_SECTION_ID = 80

_STRONG_HEADING = re.compile(
    r"^[ \t]*(?:Volet|VOLET|Partie|PARTIE|Chapitre|CHAPITRE|Section|SECTION|Annexe|ANNEXE|Étape|ÉTAPE|Axe|AXE)"
    r"[ \t]+(?:\d{1,2}|[IVX]{1,5}|[A-Z])\b"
)


@dataclass(frozen=True)
class Heading:
    first: int  # first line index
    last: int  # last line index (a heading may wrap)
    title: str
    from_toc: bool = False


def _heading_key(text: str) -> str:
    text = text.replace("’", "'").casefold()
    text = re.sub(r"[^\w']+", " ", text)
    return " ".join(text.split())


def find_headings(lines: Sequence[Line], skipped: set[int], toc_titles: Sequence[str]) -> list[Heading]:
    """Headings of an unnumbered document: its ToC titles first, then title-like lines."""
    headings: dict[int, Heading] = {}
    position = 0
    for title in toc_titles:
        found = _find_title(lines, skipped, title, position)
        if found:
            headings[found.first] = found
            position = found.last + 1
    covered = {i for h in headings.values() for i in range(h.first, h.last + 1)}
    for line in lines:
        if line.index in skipped or line.index in covered or line.blank:
            continue
        if _is_heading_line(lines, line):
            headings[line.index] = Heading(line.index, line.index, clean_title(line.text))
    return [headings[i] for i in sorted(headings)]


def _find_title(lines: Sequence[Line], skipped: set[int], title: str, position: int) -> Heading | None:
    """The (possibly wrapped) line(s) from ``position`` on that spell ``title``."""
    wanted = _heading_key(title)
    if not wanted:
        return None
    for line in lines[position:]:
        if line.index in skipped or line.blank:
            continue
        key = _heading_key(line.text)
        if not key or not wanted.startswith(key):
            continue
        if key == wanted:
            return Heading(line.index, line.index, title, from_toc=True)
        if len(key) < 12:
            continue
        joined, index = key, line.index
        for _ in range(3):
            following = next_non_blank(lines, index)
            if following is None:
                break
            joined = f"{joined} {_heading_key(following.text)}"
            index = following.index
            if joined == wanted:
                return Heading(line.index, index, title, from_toc=True)
            if not wanted.startswith(joined):
                break
    return None


_CAPTION = re.compile(
    r"^(?:Figure|Tableau|Graphique|Schéma|Image|Source|Sources|Légende|Note|Notes|Remarque)\b", re.IGNORECASE
)
_CONTACT = re.compile(r"@|https?://|www\.|\bCourriel\b|\bTéléphone\b|\bTélécopieur\b", re.IGNORECASE)


def _is_heading_line(lines: Sequence[Line], line: Line) -> bool:
    """A short title-like line that ends nothing and starts a new block."""
    if not is_title_like(line.text, max_chars=90, max_words=12):
        return False
    if _CAPTION.match(line.stripped) or _CONTACT.search(line.text):
        return False
    following = next_non_blank(lines, line.index)
    if following is None:
        return False
    if following.stripped[:1].islower():
        return False  # the heading-like line is the start of a wrapped sentence
    if "•" in following.text and not following.stripped.startswith("•"):
        return False  # a table row ("Bien-être au travail • Implanter …")
    if len(following.stripped) < 40 and _TRAILING_FUNCTION_WORD.search(following.stripped):
        return False  # a table's cells ("Actions Exemples" / "Élaboration d'actions de")
    if _STRONG_HEADING.match(line.text):
        return True
    previous = previous_non_blank(lines, line.index)
    if previous is None:
        return True
    if previous.stripped.endswith(":"):
        return False  # an answer or a list after "… :"
    if not previous.stripped.endswith((".", ";", "!", "?", "»", ")", "…")):
        if not is_title_like(previous.text, max_chars=90, max_words=12):
            return False  # inside a paragraph
    return True


def keep_section_headings(headings: Sequence[Heading], body_sizes: Sequence[int]) -> list[Heading]:
    """Headings that start sections: a run of three or more headings without text of their
    own is a list of short lines (a title page, names, contacts), not headings."""
    kept: list[Heading] = []
    run: list[Heading] = []
    for heading, size in zip(headings, body_sizes):
        if size < MIN_SECTION_BODY and not heading.from_toc:
            run.append(heading)
            continue
        if len(run) <= 2:
            kept.extend(run)
        run = []
        kept.append(heading)
    if len(run) <= 2:
        kept.extend(run)
    return kept


def section_id(title: str) -> str:
    """A short section id from a heading."""
    title = clean_title(title)
    if len(title) <= MAX_SECTION_ID:
        return title
    cut = title[:MAX_SECTION_ID].rsplit(" ", 1)[0]
    return f"{cut}…"


def parse_headed_document(document: Document, text: NormalisedText) -> list[Clause]:
    """Clauses (kind "section") of a document without numbered clauses, split at its headings."""
    lines = split_lines(text.text)
    skipped = toc_line_indexes(lines)
    toc_titles = [title for ident, title in table_of_contents(text.text) if title]
    end = len(text.text)
    headings = find_headings(lines, skipped, toc_titles)
    regions = toc_regions(lines)
    if regions:  # lines before a table of contents are the title page: the preamble
        headings = [h for h in headings if h.first > regions[0][1]]
    headings = keep_section_headings(headings, _body_sizes(text.text, lines, headings, end))
    clauses: list[Clause] = []
    first_start = lines[headings[0].first].start if headings else end
    clauses.extend(_preamble_pieces(document, text, lines, skipped, 0, first_start))
    if not headings:  # one section, named after the document
        name = section_id(document.title)
        return [replace(c, clause_id=name, kind="section", heading_path=(name,)) for c in clauses]

    used_ids: dict[str, int] = {}
    parent: str | None = None
    pending: list[Heading] = []  # headings without text of their own, carried to the next section
    for index, heading in enumerate(headings):
        next_start = lines[headings[index + 1].first].start if index + 1 < len(headings) else end
        body_start = lines[heading.last].end
        section_start = lines[(pending[0] if pending else heading).first].start
        if len(text.text[body_start:next_start].strip()) < MIN_SECTION_BODY and index + 1 < len(headings):
            if index == 0 and not clauses:  # the document's own title
                clauses.extend(_preamble_pieces(document, text, lines, skipped, section_start, next_start))
                continue
            pending.append(heading)
            continue
        # A heading of the table of contents starts a part; other headings are sections of that part.
        path_parent = None if heading.from_toc or not toc_titles else parent
        titles = [h.title for h in pending] + [heading.title]
        parent = next((h.title for h in reversed([*pending, heading]) if h.from_toc), parent)
        heading_path = tuple(t for t in (path_parent, *titles) if t)
        clause_id = _unique_id(section_id(heading.title), used_ids,
                               path_parent or (pending[0].title if pending else None))
        pending = []
        for piece_start, piece_end in _outside(lines, skipped, section_start, next_start):
            clause = _make_clause(document, text, piece_start, piece_end, clause_id, "section",
                                  title=clean_title(heading.title), heading_path=heading_path)
            if clause:
                clauses.append(clause)
    return clauses


def _preamble_pieces(document: Document, text: NormalisedText, lines: Sequence[Line], skipped: set[int],
                     start: int, end: int) -> list[Clause]:
    """The text before the first unit, less any table of contents."""
    pieces = (_make_clause(document, text, piece_start, piece_end, PREAMBLE_ID, "preamble",
                           heading_path=(PREAMBLE_ID,))
              for piece_start, piece_end in _outside(lines, skipped, start, end))
    return [piece for piece in pieces if piece]


def _body_sizes(text: str, lines: Sequence[Line], headings: Sequence[Heading], end: int) -> list[int]:
    """Characters of text between each heading and the next."""
    sizes = []
    for index, heading in enumerate(headings):
        next_start = lines[headings[index + 1].first].start if index + 1 < len(headings) else end
        sizes.append(len(text[lines[heading.last].end:next_start].strip()))
    return sizes


def _unique_id(base: str, used: dict[str, int], parent: str | None) -> str:
    """``base``, or ``base – parent`` / ``base (n)`` when a section of that name already exists."""
    count = used.get(base, 0)
    used[base] = count + 1
    if count == 0:
        return base
    if parent:
        candidate = f"{base} – {section_id(parent).split(':')[0].strip()}"
        if candidate not in used:
            used[candidate] = 1
            return candidate
    return f"{base} ({count + 1})"
