"""Tables of contents: where they are (to skip them) and what they list (ids and titles).

Public names: ``toc_regions``, ``toc_line_indexes``, ``table_of_contents``,
``toc_entry``, ``toc_entry_body``.
"""

from __future__ import annotations

import re
from typing import Sequence

from .lines import ANNEX_LINE, LETTER_LINE, Line, clean_title, next_non_blank, split_lines
from .numbering import CHAPTER_NUMBER, CLAUSE_NUMBER, annex_id, letter_id


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
    match = re.match(rf"^(?:Chapitre|CHAPITRE)\s+({CHAPTER_NUMBER}-0\.00)\s+(.*)$", body)
    if match:
        return match.group(1), clean_title(match.group(2))
    match = re.match(rf"^({CLAUSE_NUMBER})\s+(.*)$", body)
    if match:
        return match.group(1), clean_title(match.group(2))
    match = ANNEX_LINE.match(body)
    if match:
        return annex_id(match.group(1)), clean_title(match.group(2))
    match = LETTER_LINE.match(body)
    if match:
        return letter_id(match.group(1), match.group(2)), clean_title(match.group(3))
    return "", clean_title(body)
