"""Parse an amending agreement: numbered instructions that change a convention.

Each item ("9) La clause 5-2.01 est remplacée par ce qui suit : « … »") becomes
records of the NEW text, each carrying an :class:`Amendment` (item, action, targets,
instruction). When the new text numbers its clauses (a whole article or chapter is
replaced), there is one record per new clause; otherwise one record named after the
target. Text outside the items (preamble, signatures) is kept as clauses too.

Items are told apart from numbered lists inside the quoted new text ("1) Jean-Guy
Ménard, arbitre en chef") by two facts: items are instructions, and they are
numbered in increasing order.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, replace

from .clauses import PREAMBLE_ID
from .convention import convention_clauses, longest_increasing
from .lines import Line, split_lines, trim_span
from .numbering import ANNEX_ID, CHAPTER_NUMBER, CLAUSE_NUMBER_GROUPS, ClauseNumber
from .types import Amendment, Clause, Document, NormalisedText

log = logging.getLogger(__name__)

#: Manifest kind of an agreement that amends another convention.
AMENDING_KIND = "accord modifiant une convention"
#: An agreement with at least this many numbered instructions is an amending agreement.
MIN_AMENDMENT_ITEMS = 3
#: clause_id of text that follows the last amendment and is neither an annex nor signatures.
CLOSING_ID = "Dispositions finales"
#: A clause range longer than this is kept as its two ends rather than expanded.
MAX_RANGE = 60

_ITEM_LINE = re.compile(r"^[ \t]*(?:[-•*][ \t]+)?(\d{1,3})\)[ \t]+(.+?)[ \t]*$")
_TARGET_NOUN = (
    r"(?:clauses?|articles?|chapitres?|annexes?|sections?|sous-sections?|paragraphes?|sous-paragraphes?|"
    r"alinéas?|lettres?|titres?|dispositions?|définitions?|parties?)"
)
_INSTRUCTION = re.compile(
    rf"^(?:(?:la|le|les)\s+|l['’]\s*){_TARGET_NOUN}\b.*?\b"
    r"(?:remplacée?s?|ajoutée?s?|abrogée?s?|modifiée?s?|supprimée?s?|insérée?s?|biffée?s?|retirée?s?)\b",
    re.IGNORECASE,
)
_TOP_CHAPTER = re.compile(rf"^[ \t]*(?:CHAPITRE|Chapitre)[ \t]+({CHAPTER_NUMBER})[ \t]*$")
_NUMBER = CLAUSE_NUMBER_GROUPS
_NUMBER_OR_RANGE = re.compile(rf"{_NUMBER}(?:[ \t]+([A-F])\b)?(?:\s+à\s+{_NUMBER}(?:[ \t]+([A-F])\b)?)?")
_ANNEX_ID = rf"(?:{ANNEX_ID})\b"
_ANNEX_TARGETS = re.compile(rf"\bannexes?\s+({_ANNEX_ID}(?:\s*(?:,|et)\s*{_ANNEX_ID})*)", re.IGNORECASE)
_SECTION_TARGET = re.compile(r"\bsections?\s+([IVX]{1,5}|\d{1,2})\b", re.IGNORECASE)
_POSITION = re.compile(r"\b(?:après|avant|à la suite de|à la fin de|au début de)\b", re.IGNORECASE)
_SIGNATURE_LINE = re.compile(r"^[ \t]*(?:EN FOI DE QUOI|En foi de quoi)\b")


@dataclass(frozen=True)
class AmendmentItem:
    """One numbered instruction and where its text lies."""

    number: int
    instruction: str
    line: int  # index of its line
    start: int
    end: int


def is_amending_agreement(document: Document, text: str) -> bool:
    """Whether a document amends a convention: its manifest kind, or numbered instructions."""
    if document.kind == AMENDING_KIND:
        return True
    return len(find_items(split_lines(text))) >= MIN_AMENDMENT_ITEMS


def find_items(lines: list[Line]) -> list[tuple[int, int, str]]:
    """``(line index, number, instruction)`` of the amendment items, in increasing order.

    Numbered lines that are not instructions, or that break the increasing numbering
    (lists inside the quoted new text), are not items.
    """
    candidates: list[tuple[int, int, str]] = []
    for line in lines:
        match = _ITEM_LINE.match(line.text)
        if match and _INSTRUCTION.match(match.group(2)):
            candidates.append((line.index, int(match.group(1)), match.group(2)))
    chain = longest_increasing([(number,) for _, number, _ in candidates])
    return [candidates[i] for i in chain]


def missing_item_numbers(numbers: list[int]) -> list[int]:
    """Item numbers absent from 1..max(numbers)."""
    present = set(numbers)
    return [n for n in range(1, max(numbers, default=0) + 1) if n not in present]


def amendment_action(instruction: str) -> str:
    """One of AMENDMENT_ACTIONS, from the verb of the instruction."""
    lowered = instruction.lower()
    if re.match(r"^(?:le|les)\s+titres?\b", lowered) and re.search(r"remplac|modifi", lowered):
        return "retitle"
    if re.search(r"abrog|supprim|biff|retir", lowered):
        return "repeal"
    if re.search(r"ajout|insér|inser", lowered):
        return "add"
    if "remplac" in lowered:
        return "replace"
    return "modify"


def instruction_targets(instruction: str) -> tuple[str, ...]:
    """Ids an instruction acts on: ``5-2.07 à 5-2.09`` -> 5-2.07, 5-2.08, 5-2.09; annexes as "Annexe III-e".

    A position ("… ajoutée après la clause 10-9.08") is not a target.
    """
    main = _POSITION.split(instruction, maxsplit=1)[0]
    targets: list[str] = []
    for match in _NUMBER_OR_RANGE.finditer(main):
        first = ClauseNumber(int(match.group(1)), int(match.group(2)), int(match.group(3)), match.group(4) or "")
        if match.group(5) is None:
            targets.append(first.label)
            continue
        last = ClauseNumber(int(match.group(5)), int(match.group(6)), int(match.group(7)), match.group(8) or "")
        targets.extend(clause_range(first, last))
    for match in _ANNEX_TARGETS.finditer(main):
        for raw in re.split(r"\s*(?:,|\bet\b)\s*", match.group(1)):
            if raw.strip():
                targets.append(f"Annexe {raw.strip()}")
    if not targets:
        targets.extend(f"Section {m.group(1)}" for m in _SECTION_TARGET.finditer(main))
    return tuple(dict.fromkeys(targets))


def clause_range(first: ClauseNumber, last: ClauseNumber) -> list[str]:
    """Every clause from ``first`` to ``last`` within one article; just the two ends otherwise."""
    same_article = (first.chapter, first.article) == (last.chapter, last.article)
    if not same_article or last.clause < first.clause or last.clause - first.clause > MAX_RANGE:
        return [first.label, last.label]
    return [ClauseNumber(first.chapter, first.article, n).label for n in range(first.clause, last.clause + 1)]


def parse_amendments(document: Document, text: NormalisedText) -> list[Clause]:
    """Records of an amending agreement: preamble, one or more per amendment item, closing text."""
    lines = split_lines(text.text)
    found = find_items(lines)
    if not found:
        log.warning("%s: no numbered amendment found; parsed as a convention", document.key)
        return convention_clauses(document, text, 0, len(text.text))
    items = _item_extents(lines, found, len(text.text))
    numbers = [item.number for item in items]
    gaps = missing_item_numbers(numbers)
    if gaps:
        log.warning("%s: amendment items missing from the numbering: %s", document.key, gaps)

    clauses: list[Clause] = []
    preamble_end = _before_top_headings(lines, 0, items[0].line, items[0].start)
    clauses.extend(_plain_records(document, text, 0, preamble_end, PREAMBLE_ID, "preamble"))
    for item in items:
        clauses.extend(item_records(document, text, item))
    closing_start = items[-1].end
    clauses.extend(_closing_records(document, text, closing_start, len(text.text)))
    return clauses


def _item_extents(lines: list[Line], found: list[tuple[int, int, str]], text_end: int) -> list[AmendmentItem]:
    """Each item runs to the next one, less any top-level chapter heading in between;
    the last one ends where its quoted new text closes."""
    items: list[AmendmentItem] = []
    for position, (line_index, number, instruction) in enumerate(found):
        start = lines[line_index].start
        if position + 1 < len(found):
            next_line = found[position + 1][0]
            end = _before_top_headings(lines, line_index, next_line, lines[next_line].start)
        else:
            end = _end_of_quoted_text(lines, line_index, text_end)
        items.append(AmendmentItem(number, instruction, line_index, start, end))
    return items


def _before_top_headings(lines: list[Line], first: int, next_line: int, default: int) -> int:
    """Start of the top-level "CHAPITRE N" headings just before ``lines[next_line]``."""
    end = default
    for line in reversed(lines[first + 1:next_line]):
        if line.blank:
            continue
        if _TOP_CHAPTER.match(line.text):
            end = line.start
            continue
        break
    return end


def _end_of_quoted_text(lines: list[Line], item_line: int, text_end: int) -> int:
    """End of the last item: after its closing « … » quote, before the signatures."""
    depth = 0
    for line in lines[item_line:]:
        if line.index > item_line and depth <= 0 and _SIGNATURE_LINE.match(line.text):
            return line.start
        depth += line.text.count("«") - line.text.count("»")
    return text_end


def item_records(document: Document, text: NormalisedText, item: AmendmentItem) -> list[Clause]:
    """Records of one amendment item, each carrying its Amendment."""
    action = amendment_action(item.instruction)
    parsed = convention_clauses(document, text, item.start, item.end, keep_empty_headings=True)
    leading = parsed[0] if parsed and parsed[0].kind == "preamble" else None
    records = parsed[1:] if leading else parsed
    targets = instruction_targets(item.instruction)
    if records and leading:
        first = records[0]
        records[0] = replace(first, start=leading.start, text=text.text[leading.start:first.end],
                             page=text.page_at(leading.start))
    records = [r for i, r in enumerate(records) if i == 0 or not _is_bare_heading(r)]
    if not records:
        records = [_target_record(document, text, item, targets)]
    records = [_with_target_context(r, targets) for r in records]
    if not targets or all(t.startswith("Section ") for t in targets):
        new_ids = [r.clause_id for r in records if r.kind == "clause"]
        targets = tuple(dict.fromkeys([*targets, *new_ids])) or (records[0].clause_id,)
    amendment = Amendment(item=str(item.number), action=action, targets=targets, instruction=item.instruction)
    return [replace(record, amends=amendment) for record in records]


def _is_bare_heading(record: Clause) -> bool:
    """A chapter/article record that is only its heading line (its title is in the clauses' heading paths)."""
    return record.kind in ("chapter", "article") and "\n" not in record.text.strip()


def _with_target_context(record: Clause, targets: tuple[str, ...]) -> Clause:
    """A section record ("Section I …") placed under the chapter and article of the clauses it heads."""
    if record.kind != "section" or record.chapter:
        return record
    number = next((n for n in map(_parse_number, targets) if n), None)
    if number is None:
        return record
    prefix = (f"Chapitre {number.chapter}", number.article_id)
    return replace(record, chapter=number.chapter_id, article=number.article_id,
                   heading_path=(*prefix, *record.heading_path))


def _target_record(document: Document, text: NormalisedText, item: AmendmentItem,
                   targets: tuple[str, ...]) -> Clause:
    """One record for an item whose new text has no numbered clause (or no new text at all)."""
    start, end = trim_span(text.text, item.start, item.end)
    target = targets[0] if targets else f"Modification {item.number}"
    number = _parse_number(target)
    chapter = article = annex = None
    if number:
        kind = "chapter" if number.is_chapter else "article" if number.is_article else "clause"
        chapter = number.chapter_id
        article = None if number.is_chapter else number.article_id
        heading_path = (f"Chapitre {number.chapter}",) if number.is_chapter else (f"Chapitre {number.chapter}", target)
    elif target.startswith("Annexe "):
        kind, annex, heading_path = "annex", target, (target,)
    else:
        kind, heading_path = "section", (target,)
    return Clause(
        doc=document.key,
        clause_id=target,
        kind=kind,
        text=text.text[start:end],
        chapter=chapter,
        article=article,
        annex=annex,
        heading_path=heading_path,
        start=start,
        end=end,
        page=text.page_at(start),
    )


def _parse_number(ident: str) -> ClauseNumber | None:
    match = re.fullmatch(rf"{_NUMBER}(?: ([A-F]))?", ident)
    if not match:
        return None
    return ClauseNumber(int(match.group(1)), int(match.group(2)), int(match.group(3)), match.group(4) or "")


def _plain_records(document: Document, text: NormalisedText, start: int, end: int,
                   clause_id: str, kind: str) -> list[Clause]:
    start, end = trim_span(text.text, start, end)
    if start >= end:
        return []
    return [Clause(doc=document.key, clause_id=clause_id, kind=kind, text=text.text[start:end],
                   heading_path=(clause_id,), start=start, end=end, page=text.page_at(start))]


def _closing_records(document: Document, text: NormalisedText, start: int, end: int) -> list[Clause]:
    """Text after the last item: annexes, letters, signatures (parsed like a convention's end)."""
    records = []
    for clause in convention_clauses(document, text, start, end):
        if clause.kind == "preamble":
            clause = replace(clause, clause_id=CLOSING_ID, kind="section", heading_path=(CLOSING_ID,))
        records.append(clause)
    return records

