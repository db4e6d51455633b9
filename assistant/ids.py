"""Which clause, article, chapter, annex and letter ids exist, and in which documents.

A question that names an id ("la clause 42-7.77", "l'annexe ZZ") must be answered from
that id or told plainly that it does not exist, never with another clause. The
:class:`IdCatalogue` is built once from the index's chunks; :meth:`IdCatalogue.check`
tells, for every id a question names, which documents hold it and, for an id no
document holds, the existing ids a teacher could have meant (the same number elsewhere, the same
article, one digit typed wrong in the same chapter), or none. :meth:`IdCatalogue.loose_checks` tells the
same of ids named in a form no document writes (« l'article 14 », « la clause 6.3.04 »). Every id pattern
comes from :mod:`ingest.numbering` (through :func:`assistant.retrieval.clause_references`); none is written out here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable, Mapping, Sequence

from ingest.numbering import CLAUSE_NUMBER_GROUPS, CLAUSE_REFERENCE, LOOSE_REFERENCE, ClauseNumber, loose_number
from ingest.types import Chunk

__all__ = ["IdCatalogue", "IdCheck", "IdSpan", "NearbyId", "canonical_references", "id_kind", "one_digit_slip",
           "parse_number"]

_NUMBER = re.compile(rf"^{CLAUSE_NUMBER_GROUPS}(?:\s+([A-Za-z]))?$")
_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
NEAREST_SHOWN = 3  # hand-set: existing ids an answer about a missing id names


def parse_number(ref: str) -> ClauseNumber | None:
    """The ClauseNumber of "6-3.04" or "5-4.01 A"; None for an annex or letter id."""
    match = _NUMBER.match(ref.strip())
    if not match:
        return None
    chapter, article, clause, suffix = match.groups()
    return ClauseNumber(int(chapter), int(article), int(clause), (suffix or "").upper())


def id_kind(ref: str) -> str:
    """"clause", "article", "chapter", "annex" or "letter" for an id as clause_references gives it."""
    lower = ref.lower()
    if lower.startswith("annexe"):
        return "annex"
    if lower.startswith("lettre"):
        return "letter"
    number = parse_number(ref)
    if number is not None and number.is_chapter:
        return "chapter"
    if number is not None and number.is_article:
        return "article"
    return "clause"


def canonical_references(question: str) -> str:
    """The question with each clause or article it names in a form no document writes put in the documents'
    form (« la clause 6.3.04 », « la clause 6-3.4 » -> « la clause 6-3.04 »; « l'article 6-3 » -> « l'article
    6-3.00 »), so that retrieval routes to it and a missing one is told missing; a chapter named by one number
    (« l'article 14 ») is left as written (:meth:`IdCatalogue.loose_checks`)."""
    def canonical(match: re.Match) -> str:
        written = match.group("number")
        number = loose_number(match.group("word"), written)
        if number is None or number.is_chapter or CLAUSE_REFERENCE.fullmatch(written):
            return match.group(0)
        return match.group(0)[: match.start("number") - match.start()] + number.label
    return LOOSE_REFERENCE.sub(canonical, question)


def one_digit_slip(written: str, meant: str) -> bool:
    """Whether ``written`` is ``meant`` with one digit typed wrong (« 4.04 » for « 3.04 », « 14 » for « 13 »): same
    length, one character different."""
    return len(written) == len(meant) and sum(a != b for a, b in zip(written, meant)) == 1


def _article_digits(number: ClauseNumber) -> str:
    """An id's article and clause as written after its chapter (« 6-3.04 » -> "3.04"), for :func:`one_digit_slip`."""
    return f"{number.article}.{number.clause:02d}"


def _roman_value(text: str) -> int | None:
    text = text.upper()
    if not text or any(ch not in _ROMAN for ch in text):
        return None
    total = 0
    for i, ch in enumerate(text):
        value = _ROMAN[ch]
        total += -value if i + 1 < len(text) and _ROMAN[text[i + 1]] > value else value
    return total


def _annex_position(name: str) -> tuple[int, float]:
    """Where an annex name sorts, for nearness: (family, value). Families: roman, letters, digits."""
    head, _, tail = name.partition("-")
    roman = _roman_value(head)
    if roman is not None and (len(head) > 1 or head in "IVX"):
        return 0, roman + (0.01 * (ord(tail[0]) - 96) if tail else 0.0)
    if head.isdigit():
        return 2, float(head)
    value = 0.0
    for ch in head.upper():
        value = value * 27 + (ord(ch) - 64 if "A" <= ch <= "Z" else 0)
    return 1, value


@dataclass(frozen=True)
class NearbyId:
    """An existing id near a missing one, with the documents that hold it."""

    clause_id: str
    docs: tuple[str, ...]


@dataclass(frozen=True)
class IdSpan:
    """What one document holds where an id it lacks would be, for a question that names that document (« l'article 14 de
    la convention du Collège »: its chapters go from 1 to 11). ``level``: "chapter" (the document's chapters: the id's
    chapter is not one of them, or a chapter was asked), "article" (the articles of the id's chapter) or "clause" (the
    clauses of the id's article); ``ids``: those ids in order; ``nearest``: the document's own ids a teacher could have
    meant (:meth:`IdCatalogue.nearest` within it)."""

    doc: str
    level: str
    ids: tuple[str, ...]
    nearest: tuple[str, ...] = ()


@dataclass(frozen=True)
class IdCheck:
    """One id a question names: where it exists (``docs``, in index order; empty: nowhere).

    ``nearest``: for an id no document holds (or none of ``wanted``), the nearest existing ids.
    """

    ref: str
    kind: str
    docs: tuple[str, ...]
    nearest: tuple[NearbyId, ...] = ()
    #: the id as the question wrote it when no document writes it so (« article 14 », « clause 6.3.04 »); "" otherwise
    written: str = ""
    #: for an id no document holds: what each numbered document holds in its place (:meth:`IdCatalogue.spans`)
    spans: tuple[IdSpan, ...] = ()

    @property
    def exists(self) -> bool:
        return bool(self.docs)


class IdCatalogue:
    """Every id of every indexed document: clause ids, their articles, chapters, annexes,
    letters, and the ids an amending document replaces."""

    def __init__(self, ids: Mapping[str, Sequence[str]], labels: Mapping[str, str]):
        """``ids``: lower-cased id -> documents holding it; ``labels``: lower-cased id -> id as written."""
        self._docs = {key: tuple(docs) for key, docs in ids.items()}
        self._labels = dict(labels)

    @classmethod
    def from_chunks(cls, chunks: Iterable[Chunk]) -> "IdCatalogue":
        ids: dict[str, list[str]] = {}
        labels: dict[str, str] = {}
        for chunk in chunks:
            names = [chunk.clause_id, chunk.article, chunk.chapter, chunk.annex]
            if chunk.amends:
                names.extend(chunk.amends.targets)
            for name in names:
                if not name or (id_kind(name) == "clause" and parse_number(name) is None
                                and chunk.kind not in ("clause", "article", "chapter")):
                    continue
                key = " ".join(name.split()).lower()
                labels.setdefault(key, " ".join(name.split()))
                docs = ids.setdefault(key, [])
                if chunk.doc not in docs:
                    docs.append(chunk.doc)
        return cls(ids, labels)

    def docs_with(self, ref: str) -> tuple[str, ...]:
        """Documents holding id ``ref`` (case and spaces ignored); a suffixed clause
        ("5-4.01 A") that is not an id of its own counts as its base clause."""
        key = " ".join(ref.split()).lower()
        found = self._docs.get(key)
        if found is None:
            number = parse_number(ref)
            if number is not None and number.suffix:
                found = self._docs.get(number.label.rsplit(" ", 1)[0].lower())
        return found or ()

    def nearest(self, ref: str, docs: Sequence[str] | None = None, n: int = NEAREST_SHOWN) -> list[NearbyId]:
        """Up to ``n`` existing ids of the same kind that a teacher could have meant when typing ``ref``; none when no
        id is that near (« 99-9.99 »: the answer then says so, not 13-9.04). For a clause or an article: the same
        number in another document first, then the ids of the same article (closest clause number: « 10-1.12 » ->
        10-1.07, 10-1.06…), then those of the same chapter one digit apart (« 6-4.04 » -> 6-3.04, :func:`one_digit_slip`);
        for a chapter, the chapters one digit apart (« chapitre 14 » -> 4, 13…). Annexes and letters: the closest
        names, as before."""
        kind = id_kind(ref)
        allowed = set(docs) if docs else None
        candidates = [(key, held) for key, held in self._docs.items()
                      if id_kind(key) == kind and (allowed is None or allowed & set(held))]
        if kind in ("clause", "article", "chapter"):
            target = parse_number(ref)
            if target is None:
                return []

            def distance(key: str) -> tuple | None:
                number = parse_number(key)
                if number is None:
                    return None
                if number.label.lower() == target.label.lower():
                    return (0, 0, 0)
                if kind == "chapter":
                    return (2, abs(number.chapter - target.chapter), 0) if one_digit_slip(
                        str(number.chapter), str(target.chapter)) else None
                if number.chapter != target.chapter:
                    return None
                if number.article == target.article:
                    return (1, 0, abs(number.clause - target.clause))
                if one_digit_slip(_article_digits(number), _article_digits(target)):
                    return (2, abs(number.article - target.article), abs(number.clause - target.clause))
                return None
        elif kind == "annex":
            target_pos = _annex_position(ref.split(None, 1)[1] if " " in ref else ref)

            def distance(key: str) -> tuple | None:
                pos = _annex_position(self._labels[key].split(None, 1)[1])
                return (pos[0] != target_pos[0], abs(pos[1] - target_pos[1]))
        else:
            digits = re.findall(r"\d+", ref)
            want = int(digits[-1]) if digits else 0

            def distance(key: str) -> tuple | None:
                found = re.findall(r"\d+", key)
                return (0, abs((int(found[-1]) if found else 0) - want))
        near = [(d, key, held) for key, held in candidates for d in [distance(key)] if d is not None]
        ranked = sorted(near, key=lambda item: (item[0], item[1]))
        return [NearbyId(self._labels[key], tuple(d for d in held if allowed is None or d in allowed))
                for _, key, held in ranked[:n]]

    def spans(self, ref: str) -> tuple[IdSpan, ...]:
        """For a chapter, article or clause id, what each document numbered by chapters holds at the level that lacks it:
        its chapters when the id's chapter is not one of them (or a chapter was asked), else the articles of that chapter
        when the id's article is not one of them (or an article was asked), else the clauses of that article. Empty for
        an annex, a letter or an id that is no number."""
        target = parse_number(ref)
        kind = id_kind(ref)
        if target is None or kind not in ("clause", "article", "chapter"):
            return ()
        held: dict[str, dict[str, list[ClauseNumber]]] = {}
        for key, docs in self._docs.items():
            number = parse_number(key)
            level = id_kind(key)
            if number is None or level not in ("clause", "article", "chapter") or number.suffix:
                continue
            for doc in docs:
                held.setdefault(doc, {}).setdefault(level, []).append(number)
        spans = []
        for doc, levels in held.items():
            chapters = levels.get("chapter", [])
            if not chapters:
                continue
            articles = [n for n in levels.get("article", []) if n.chapter == target.chapter]
            clauses = [n for n in levels.get("clause", [])
                       if (n.chapter, n.article) == (target.chapter, target.article)]
            level, numbers = (("clause", clauses) if kind == "clause" and clauses
                              else ("article", articles) if kind != "chapter" and articles else ("chapter", chapters))
            ordered = sorted(numbers, key=lambda n: (n.chapter, n.article, n.clause))
            spans.append(IdSpan(doc, level, tuple(n.label for n in ordered),
                                tuple(near.clause_id for near in self.nearest(ref, [doc]))))
        return tuple(spans)

    def check(self, refs: Sequence[str], wanted: Sequence[str] | None = None) -> list[IdCheck]:
        """One IdCheck per id of ``refs``; ``wanted``: the documents the question is about
        (ticked or named), whose nearest ids are given when the id is missing there."""
        checks: list[IdCheck] = []
        for ref in refs:
            docs = self.docs_with(ref)
            missing_in_wanted = bool(wanted) and not set(docs) & set(wanted)
            nearest = tuple(self.nearest(ref, wanted) or self.nearest(ref)) if not docs or missing_in_wanted else ()
            checks.append(IdCheck(ref, id_kind(ref), docs, nearest, spans=() if docs else self.spans(ref)))
        return checks

    def loose_checks(self, question: str) -> list[IdCheck]:
        """An IdCheck for each clause, article or chapter the question names in a form no document writes
        (« la clause 6.3.04 », « l'article 14 »: ingest.numbering.LOOSE_REFERENCE) whose number exists in no
        document: « l'article 14 » of an agreement with 11 chapters must be told it does not exist, not answered
        with another clause. One that exists (« l'article 6 ») is left to retrieval, as before."""
        checks: list[IdCheck] = []
        for match in LOOSE_REFERENCE.finditer(question):
            word, written = match.group("word").lower().rstrip("s"), match.group("number")
            number = loose_number(word, written)
            if number is None or CLAUSE_REFERENCE.fullmatch(written):  # a strict reference: clause_references has it
                continue
            ref = number.chapter_id if number.is_chapter else number.label
            if not self.docs_with(ref):
                checks.append(IdCheck(ref, id_kind(ref), (), tuple(self.nearest(ref)), written=f"{word} {written}",
                                      spans=self.spans(ref)))
        return checks

