"""The parser of documents without numbered clauses: split at the document's own headings
(the titles of its table of contents first, then title-like lines).

Public names: ``MIN_SECTION_BODY``, ``MAX_SECTION_ID``, ``Heading``, ``find_headings``,
``keep_section_headings``, ``section_id``, ``parse_headed_document``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Sequence

from .clauses import make_clause, outside_toc, preamble_pieces
from .lines import (
    TRAILING_FUNCTION_WORD,
    Line,
    clean_title,
    is_title_like,
    next_non_blank,
    previous_non_blank,
    split_lines,
)
from .toc import table_of_contents, toc_line_indexes, toc_regions
from .types import Clause, Document, NormalisedText


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
    if len(following.stripped) < 40 and TRAILING_FUNCTION_WORD.search(following.stripped):
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
    clauses.extend(preamble_pieces(document, text, lines, skipped, 0, first_start))
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
                clauses.extend(preamble_pieces(document, text, lines, skipped, section_start, next_start))
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
        for piece_start, piece_end in outside_toc(lines, skipped, section_start, next_start):
            clause = make_clause(document, text, piece_start, piece_end, clause_id, "section",
                                  title=clean_title(heading.title), heading_path=heading_path)
            if clause:
                clauses.append(clause)
    return clauses


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
