"""Plain value types handed from one ingestion stage to the next.

corpus manifest -> Document; loaders -> Page[]; normalise -> NormalisedText;
structure -> Clause[]; chunks -> Chunk[]; index stores chunks.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

#: The kinds of document the manifest accepts.
DOCUMENT_KINDS = (
    "convention collective",
    "accord modifiant une convention",
    "entente locale",
    "rapport",
    "guide ministériel",
)

#: What a clause-level record is.
CLAUSE_KINDS = (
    "clause",  # numbered clause, e.g. 6-3.04 or 5-4.01 A
    "article",  # article heading with any text before its first clause, e.g. 6-3.00
    "chapter",  # chapter heading text, e.g. 5-0.00
    "annex",  # an annex ("Annexe M") or part of one
    "letter",  # lettre d'entente / lettre d'intention
    "section",  # a headed section of an unnumbered document
    "preamble",  # text before the first structural unit
)

#: Actions an amendment can take on its target.
AMENDMENT_ACTIONS = ("replace", "add", "repeal", "retitle", "modify")


@dataclass(frozen=True)
class Document:
    """One manifest entry: a source file with its stable key."""

    key: str
    title: str
    kind: str
    path: Path
    full_title: str = ""
    parties: tuple[str, ...] = ()
    period: str = ""
    amends: str | None = None  # what this document amends (free text), if anything
    aliases: tuple[str, ...] = ()  # how users name it in a question ("au Collège", "chez les Cris")


@dataclass(frozen=True)
class Page:
    """Text of one page (PDF) or of the whole file (text formats: number 1)."""

    number: int
    text: str


@dataclass(frozen=True)
class NormalisedText:
    """A document's normalised text, with where each page starts in it."""

    text: str
    page_starts: tuple[int, ...] = (0,)  # offset of page i+1 in text
    paged: bool = False  # True when page numbers are real (PDF)

    def page_at(self, offset: int) -> int | None:
        """1-based page number of a character offset, or None for unpaged text."""
        if not self.paged:
            return None
        page = 1
        for i, start in enumerate(self.page_starts):
            if start <= offset:
                page = i + 1
            else:
                break
        return page


@dataclass(frozen=True)
class Amendment:
    """What a record of an amending agreement (cris) does to the amended convention."""

    item: str  # amendment item number as written, e.g. "9"
    action: str  # one of AMENDMENT_ACTIONS
    targets: tuple[str, ...]  # clause/article/chapter/annex ids, e.g. ("5-2.07", "5-2.08", "5-2.09")
    instruction: str = ""  # the item's own sentence, e.g. "La clause 5-2.01 est remplacée par ce qui suit :"

    def describe(self) -> str:
        """French label, e.g. "remplace 5-2.01 (modification n° 9)"."""
        verb = {
            "replace": "remplace",
            "add": "ajoute",
            "repeal": "abroge",
            "retitle": "modifie le titre de",
            "modify": "modifie",
        }[self.action]
        return f"{verb} {', '.join(self.targets)} (modification n° {self.item})"


@dataclass(frozen=True)
class Clause:
    """One structural unit of a document, whole, with its number and heading path.

    ``clause_id`` is the identifier as numbered in the document: "6-3.04",
    "5-4.01 A", "6-3.00" (article text before its first clause), "Annexe M",
    "Lettre d'entente 1"; for unnumbered documents a short section title.
    ``heading_path`` runs from the chapter down to the clause, e.g.
    ("Chapitre 6-0.00 Rémunération…", "6-3.00 Congés de maladie", "6-3.04").
    ``start``/``end`` index the document's normalised text.
    """

    doc: str
    clause_id: str
    kind: str
    text: str
    title: str = ""
    chapter: str | None = None  # e.g. "6-0.00"
    chapter_title: str | None = None
    article: str | None = None  # e.g. "6-3.00"
    article_title: str | None = None
    annex: str | None = None  # e.g. "Annexe M"
    heading_path: tuple[str, ...] = ()
    start: int = 0
    end: int = 0
    page: int | None = None
    amends: Amendment | None = None


@dataclass(frozen=True)
class Chunk:
    """What the index stores: a clause, or one part of a long clause."""

    chunk_id: str  # stable: f"{doc}:{ordinal:05d}:{part}"
    doc: str
    clause_id: str
    kind: str
    text: str  # the passage itself (what is quoted and shown)
    indexed_text: str  # title + heading path + text (what is embedded and BM25-indexed)
    doc_title: str = ""
    title: str = ""
    chapter: str | None = None
    chapter_title: str | None = None
    article: str | None = None
    article_title: str | None = None
    annex: str | None = None
    heading_path: tuple[str, ...] = ()
    part: int = 1
    parts: int = 1
    start: int = 0
    end: int = 0
    page: int | None = None
    amends: Amendment | None = None
    ordinal: int = 0  # position of the clause in its document (for neighbours)
    extra: dict = field(default_factory=dict, compare=False)

    @property
    def heading(self) -> str:
        """"Convention Collège Bourget › 6-3.00 Congés de maladie › 6-3.04"."""
        return " › ".join((self.doc_title, *self.heading_path)) if self.doc_title else " › ".join(self.heading_path)
