"""How the agreements number things: clause, article, chapter, annex and letter ids.

The single home of these patterns: every module that looks for a clause number, an
article id or an annex id (the parsers, BM25, grounding, retrieval, browsing, feedback,
the evaluation) imports them from here and composes its own lookarounds around them.

Public names:

* ``CHAPTER_NUMBER`` -- pattern of a chapter (or article) number: ``6``, ``10``;
* ``ARTICLE_PREFIX`` -- pattern of the part of a clause number that names its article: ``6-3.``;
* ``ARTICLE_ID`` -- pattern of an article id: ``6-3.00``;
* ``CLAUSE_NUMBER`` -- pattern of a clause number, no groups: ``6-3.04``, ``10-7.01``;
* ``CLAUSE_NUMBER_GROUPS`` -- the same with three groups (chapter, article, clause);
* ``CLAUSE_NUMBER_IN_TEXT`` -- compiled: a clause number standing alone in running text;
* ``ANNEX_ID`` -- pattern (an alternation, no group) of an annex id as documents write it:
  ``I``, ``III-e``, ``M``, ``12``;
* ``CLAUSE_REFERENCE``, ``ANNEX_REFERENCE``, ``LETTER_REFERENCE`` -- compiled: a clause,
  annex or letter of agreement as a question names it ("5-4.01 A", "annexe xiv",
  "lettre d'entente no 3"); more lenient than the document-side patterns;
* ``LOOSE_REFERENCE``, ``loose_number`` -- a clause, article or chapter named in a form no
  document writes ("la clause 6.3.04", "l'article 14") and the number it means;
* ``ClauseNumber`` -- a parsed clause number, with its label and its article/chapter ids;
* ``annex_id``, ``letter_id`` -- the canonical clause_id of an annex or a letter.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = [
    "ANNEX_ID",
    "ANNEX_REFERENCE",
    "ARTICLE_ID",
    "ARTICLE_PREFIX",
    "CHAPTER_NUMBER",
    "CLAUSE_NUMBER",
    "CLAUSE_NUMBER_GROUPS",
    "CLAUSE_NUMBER_IN_TEXT",
    "CLAUSE_REFERENCE",
    "LETTER_REFERENCE",
    "LOOSE_REFERENCE",
    "ClauseNumber",
    "annex_id",
    "letter_id",
    "loose_number",
]

# -- patterns (strings, to compose) ------------------------------------------------------

#: A chapter or article number: 1 or 2 digits.
CHAPTER_NUMBER = r"\d{1,2}"
#: The article part of a clause number: "6-3.".
ARTICLE_PREFIX = rf"{CHAPTER_NUMBER}-{CHAPTER_NUMBER}\."
#: An article id: "6-3.00".
ARTICLE_ID = rf"{ARTICLE_PREFIX}00"
#: A clause number as the conventions write it: "6-3.04", "10-7.01" (no groups).
CLAUSE_NUMBER = rf"{ARTICLE_PREFIX}\d{{2}}"
#: The same, with three groups: chapter, article, clause.
CLAUSE_NUMBER_GROUPS = rf"({CHAPTER_NUMBER})-({CHAPTER_NUMBER})\.(\d{{2}})"
#: An annex id as documents write it (an alternation without a group): "I", "III-e", "M", "12".
ANNEX_ID = r"[IVXLC]{1,7}-[a-z0-9]{1,3}|[IVXLC]{1,7}|[A-Z]{1,2}|\d{1,2}"

# -- compiled ----------------------------------------------------------------------------

#: A clause number standing alone in running text (not inside a longer number or a date).
CLAUSE_NUMBER_IN_TEXT = re.compile(rf"(?<![\d.-]){CLAUSE_NUMBER}(?!\d)")
#: A clause number in a question, group 1 the number, group 2 an optional suffix ("5-4.01 A").
CLAUSE_REFERENCE = re.compile(rf"(?<![\d-])({CLAUSE_NUMBER})(?:\s?([A-H])\b)?")
#: An annex named in a question ("annexe XIV", "annexe b"), group 1 its id; case-insensitive,
#: so more lenient than :data:`ANNEX_ID`.
ANNEX_REFERENCE = re.compile(r"\bannexe\s+([A-Z]{1,2}\b|[IVXL]+(?:-[a-z])?\b|\d+\b)", re.IGNORECASE)
#: A letter of agreement named in a question ("lettre d'entente no 3", "n° 3", "numéro 3" as Bourget 6-5.10
#: writes it, "no. 3", "#3"), group 1 its number.
LETTER_REFERENCE = re.compile(r"\blettre\s+d['’]entente\s*(?:(?:n[o°º]\.?|num[ée]ro|#)\s*)?(\d+)", re.IGNORECASE)
#: A clause, article or chapter a question names in a form no document writes (« la clause 6.3.04 », « la clause
#: 6-3,04 », « la clause 6-3.4 », « l'article 6-30 », « l'article 14 », « le chapitre 15 »): group "word", group
#: "number" (one to three numbers joined by "-", "." or a decimal comma; a two-part one only by "-", so « l'article
#: 96.15 » of a law is not read); never inside a longer number. :func:`loose_number` reads it; the canonical forms
#: are CLAUSE_REFERENCE's.
LOOSE_REFERENCE = re.compile(r"\b(?P<word>clauses?|articles?|chapitres?)\s+(?:n[o°º]\.?\s*)?"
                             r"(?P<number>\d{1,2}(?:[-.,]\d{1,2}){0,2})(?![\d.,-]*\d)", re.IGNORECASE)


@dataclass(frozen=True, order=True)
class ClauseNumber:
    """A convention number: chapter 6, article 3, clause 4 -> "6-3.04"; suffix "A" in "5-4.01 A"."""

    chapter: int
    article: int
    clause: int
    suffix: str = ""

    @property
    def label(self) -> str:
        base = f"{self.chapter}-{self.article}.{self.clause:02d}"
        return f"{base} {self.suffix}" if self.suffix else base

    @property
    def is_chapter(self) -> bool:
        return self.article == 0 and self.clause == 0

    @property
    def is_article(self) -> bool:
        return self.article != 0 and self.clause == 0 and not self.suffix

    @property
    def chapter_id(self) -> str:
        return f"{self.chapter}-0.00"

    @property
    def article_id(self) -> str:
        return f"{self.chapter}-{self.article}.00"


def loose_number(word: str, number: str) -> "ClauseNumber | None":
    """The ClauseNumber a LOOSE_REFERENCE match means: "6.3.04", "6-3,04" or "6-3.4" -> 6-3.04, "6-30" -> article 6-30.00,
    "14" after « article » or « chapitre » -> chapter 14-0.00; None when it means none (« clause 5 », « 96.15 »)."""
    parts = [int(p) for p in re.split(r"[-.,]", number)]
    if len(parts) == 3:
        return ClauseNumber(parts[0], parts[1], parts[2])
    if len(parts) == 2 and "-" in number:
        return ClauseNumber(parts[0], parts[1], 0)
    if len(parts) == 1 and word.lower().startswith(("article", "chapitre")):
        return ClauseNumber(parts[0], 0, 0)
    return None


def annex_id(raw: str) -> str:
    """Canonical annex id: "Annexe I", "Annexe III-e"."""
    return f"Annexe {raw.strip()}"


def letter_id(kind: str, number: str | None) -> str:
    """Canonical id of a letter: "Lettre d'entente 1", "Lettre d'intention"."""
    name = f"Lettre d'{kind.lower()}"
    return f"{name} {number}" if number else name
