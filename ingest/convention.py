"""The parser of numbered conventions: chapter -> article -> clause (``X-Y.ZZ``), then
annexes and letters of agreement.

Public names: ``MIN_NUMBERED_CLAUSES``, ``has_numbered_clauses`` (does a text call for this
parser), ``parse_convention``, ``convention_clauses`` (a span parsed as a convention, also
used by the amendments parser), ``Marker``, ``find_markers``, ``longest_increasing``,
``heading_title``, ``clause_title``.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from typing import Sequence

from .clauses import SIGNATURES_ID, make_clause, preamble_pieces
from .lines import (
    ANNEX_LINE,
    CHAPTER_LINE,
    FINITE_VERB,
    LETTER_LINE,
    LIST_ITEM,
    SECTION_LINE,
    SENTENCE_END,
    SIGNATURE_LINE,
    TRAILING_FUNCTION_WORD,
    Line,
    clean_title,
    is_title_like,
    next_non_blank,
    numbered_line,
    previous_non_blank,
    split_lines,
)
from .numbering import ClauseNumber, annex_id, letter_id
from .toc import toc_line_indexes
from .types import Clause, Document, NormalisedText


#: A document needs at least this many numbered clause lines to be parsed as a convention.
MIN_NUMBERED_CLAUSES = 5


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
    raw = _raw_markers(lines, skipped)
    in_appendix = _in_appendix(lines, raw)
    accepted = _accepted_numbers(lines, raw, in_appendix)

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


def _raw_markers(lines: Sequence[Line], skipped: set[int]) -> list[Marker]:
    """Every line that could start a unit (outside ``skipped`` lines), before any filtering."""
    raw: list[Marker] = []
    for line in lines:
        if line.index in skipped or line.blank:
            continue
        match = CHAPTER_LINE.match(line.text)
        if match:
            number = ClauseNumber(int(match.group(1)), 0, 0)
            raw.append(Marker(line.index, "chapter", number, rest=match.group(2).strip()))
            continue
        match = ANNEX_LINE.match(line.text)
        if match and _reads_as_heading(line.text):
            raw.append(Marker(line.index, "annex", ident=annex_id(match.group(1)), rest=match.group(2).strip()))
            continue
        match = LETTER_LINE.match(line.text)
        if match and _reads_as_heading(line.text):
            ident = letter_id(match.group(1), match.group(2))
            raw.append(Marker(line.index, "letter", ident=ident, rest=match.group(3).strip()))
            continue
        match = SECTION_LINE.match(line.text)
        if match:
            raw.append(Marker(line.index, "section", ident=f"Section {match.group(1)}", rest=match.group(2).strip()))
            continue
        if SIGNATURE_LINE.match(line.text):
            raw.append(Marker(line.index, "signature", ident=SIGNATURES_ID))
            continue
        numbered = numbered_line(line.text)
        if numbered:
            kind = "chapter" if numbered.number.is_chapter else "article" if numbered.number.is_article else "clause"
            raw.append(Marker(line.index, kind, numbered.number, rest=numbered.rest))
    return raw


def _in_appendix(lines: Sequence[Line], raw: Sequence[Marker]) -> list[bool]:
    """Which markers lie in an annex or a letter? Until the next chapter heading, or a
    numbered line that carries on the numbering of the chapter before the annex."""
    in_appendix: list[bool] = []
    appendix = False
    last_main: ClauseNumber | None = None
    for marker in raw:
        if marker.kind in ("annex", "letter"):
            appendix = True
        elif marker.kind == "chapter" and CHAPTER_LINE.match(lines[marker.line].text):
            appendix = False
        elif appendix and marker.number is not None and last_main is not None:
            if marker.number.chapter == last_main.chapter and marker.number > last_main:
                appendix = False
        if marker.number is not None and not appendix:
            last_main = marker.number
        in_appendix.append(appendix)
    return in_appendix


def _accepted_numbers(lines: Sequence[Line], raw: Sequence[Marker], in_appendix: Sequence[bool]) -> set[int]:
    """Indexes of the numbered markers kept: the longest increasing run of the main text, and
    of each annex (annex parts: numbered lines inside an annex, increasing within that annex)."""
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
    return accepted


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
    clauses.extend(preamble_pieces(document, text, lines, skipped, start, first_start))

    context = _Context()
    for index, marker in enumerate(markers):
        unit_start, unit_end = spans[index]
        unit = _Unit(document, text, lines, marker, unit_start, unit_end, markers[index + 1:], keep_empty_headings)
        clause = _marker_clause(unit, context)
        if clause:
            clauses.append(clause)
    return clauses


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
        return make_clause(self.document, self.text, self.start, self.end, clause_id, kind, title=title,
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
        if numbered_line(following.text) or ANNEX_LINE.match(following.text):
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
    if FINITE_VERB.search(following.text):
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
    if rest.endswith(SENTENCE_END) or LIST_ITEM.match(rest) or "\t" in rest:
        return ""
    if TRAILING_FUNCTION_WORD.search(rest) or FINITE_VERB.search(rest):
        return ""  # a sentence wrapped at the end of the line, not a title
    if following.stripped[:1].islower():
        return ""  # a sentence wrapped on the next line, not a title
    if len(rest) > 60 and not lines[line_index + 1].blank:
        return ""  # a long line run on by the next one: a wrapped sentence
    return clean_title(rest)
