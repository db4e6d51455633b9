"""Lines of the normalised text and what a line is: a clause, chapter, annex, letter,
section or signature heading, a title, a list item.

Public names: ``Line``, ``split_lines``, ``next_non_blank``, ``previous_non_blank``,
``trim_span``; ``NumberedLine``, ``numbered_line`` (a clause number that starts a unit);
``clean_title``, ``is_title_like``; the structural line patterns ``CHAPTER_LINE``,
``ANNEX_LINE``, ``LETTER_LINE``, ``SECTION_LINE``, ``SIGNATURE_LINE`` and the sentence
clues ``LIST_ITEM``, ``SENTENCE_END``, ``TRAILING_FUNCTION_WORD``, ``FINITE_VERB``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Sequence

from .numbering import ANNEX_ID, CHAPTER_NUMBER, CLAUSE_NUMBER_GROUPS, ClauseNumber


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


_OPEN = r"^[ \t]*(?:«[ \t]*)?"
_NUMBER = CLAUSE_NUMBER_GROUPS
_CLAUSE_LINE = re.compile(_OPEN + _NUMBER + r"(?:[ \t]+([A-F])(?=[ \t]|$))?(?=[ \t]|$)(.*)$")
CHAPTER_LINE = re.compile(_OPEN + rf"(?:CHAPITRE|Chapitre)[ \t]+({CHAPTER_NUMBER})-0\.00(?=[ \t]|$)(.*)$")
_ANNEX_ID = ANNEX_ID
ANNEX_LINE = re.compile(_OPEN + rf"(?:ANNEXE|Annexe)[ \t]+({_ANNEX_ID})(?=[ \t:.–-]|$)[ \t:.–-]*(.*)$")
LETTER_LINE = re.compile(
    _OPEN + r"(?:LETTRE|Lettre)[ \t]+(?:D|d)['’](ENTENTE|INTENTION|entente|intention)\b"
    r"[ \t]*(?:(?:n[°o]|N[°O]|numéro|NUMÉRO)\.?[ \t]*(\d{1,3}))?(.*)$"
)
SECTION_LINE = re.compile(_OPEN + r"(?:SECTION|Section)[ \t]+([IVXL]{1,6}|\d{1,2})(?=[ \t:.–-]|$)[ \t:.–-]*(.*)$")
SIGNATURE_LINE = re.compile(r"^[ \t]*(?:EN FOI DE QUOI|En foi de quoi)\b")
# Words that, right after a clause number at a line start, show a wrapped reference
# ("… de la clause\n5-2.07 à 5-2.09 …") rather than a clause start.
_REFERENCE_WORDS = re.compile(r"^[ \t]*(?:à|et|ou|ainsi|inclusivement|de la|du|des|au|aux|sur)\b")
_CONTINUED = re.compile(r"\((?:suite|SUITE)\)\s*$")
LIST_ITEM = re.compile(r"^(?:[-–•*▪◦]|[a-zA-Z]\)|\d{1,3}[.)°](?:\s|$)|[ivx]{1,4}\))")
SENTENCE_END = (".", ";", ":", ",", "!", "?", "…")
TRAILING_FUNCTION_WORD = re.compile(
    r"\b(?:de|des|du|la|le|les|et|ou|à|au|aux|en|pour|sur|avec|dans|par|un|une|d['’]|l['’]|sans|entre|selon)$",
    re.IGNORECASE,
)


# Verbs that show a line is a sentence rather than a clause title.
FINITE_VERB = re.compile(
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
    if "\t" in stripped or "|" in stripped or stripped.endswith(SENTENCE_END):
        return False
    if LIST_ITEM.match(stripped):
        return False
    first = stripped.lstrip("«“\"( ")[:1]
    if not first.isalpha() or not first.isupper():
        return False
    return not TRAILING_FUNCTION_WORD.search(stripped)


def trim_span(text: str, start: int, end: int) -> tuple[int, int]:
    """``(start, end)`` moved inwards past surrounding white space."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
