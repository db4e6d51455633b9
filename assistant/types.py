"""Value types of the answering side: indexed documents, retrieval hits, citations, answers."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple

from ingest.types import Chunk


@dataclass(frozen=True)
class DocumentInfo:
    """One indexed document (agreement, local arrangement...), as the index describes it."""

    key: str  # "bourget": what ``docs=[...]`` and ``--doc`` take
    title: str  # "Convention Collège Bourget"; the key when the index has no title
    kind: str = ""  # e.g. "convention", "entente"
    period: str = ""  # e.g. "2023-2028"
    full_title: str = ""
    parties: tuple[str, ...] = ()
    amends: str | None = None  # key of the document this one amends, if any
    aliases: tuple[str, ...] = ()
    file: str = ""  # file name in the corpus folder

    @property
    def display_name(self) -> str:
        """The title, with the period when known: "Convention Collège Bourget (2023-2028)"."""
        return f"{self.title} ({self.period})" if self.period else self.title

    @classmethod
    def from_meta(cls, key: str, meta: dict) -> "DocumentInfo":
        """From one entry of the index's ``documents`` metadata (missing fields: defaults)."""
        return cls(
            key=key,
            title=meta.get("title") or key,
            kind=meta.get("kind") or "",
            period=meta.get("period") or "",
            full_title=meta.get("full_title") or "",
            parties=tuple(meta.get("parties") or ()),
            amends=meta.get("amends") or None,
            aliases=tuple(meta.get("aliases") or ()),
            file=meta.get("file") or "",
        )


class UnitSimilarity(NamedTuple):
    """One sentence unit of a passage: its span in the passage text and its cosine similarity to the query."""

    start: int
    end: int
    similarity: float


@dataclass(frozen=True)
class Hit:
    """A retrieved passage with its fused score and why it was retrieved."""

    chunk: Chunk
    score: float
    why: tuple[str, ...] = ()  # e.g. ("route",), ("dense", "bm25")
    dense_rank: int | None = None
    bm25_rank: int | None = None
    similarity: float | None = None  # cosine similarity of the dense search, when it found the passage
    bm25_score: float | None = None
    sentence_rank: int | None = None  # rank of the passage by its best sentence
    # the passage's sentence units with their similarity to the query, when the index has them
    unit_similarities: tuple[UnitSimilarity, ...] = ()

    def __post_init__(self) -> None:
        # plain (start, end, similarity) triples, as tests write them, become UnitSimilarity values
        if any(not isinstance(u, UnitSimilarity) for u in self.unit_similarities):
            object.__setattr__(self, "unit_similarities", tuple(UnitSimilarity(*u) for u in self.unit_similarities))


@dataclass(frozen=True)
class Citation:
    """A clause the answer cites, with the sentence quoted verbatim from it."""

    doc: str
    clause: str
    quote: str
    chunk_id: str
    doc_title: str = ""
    label: str = ""  # as shown in the answer, e.g. "[Convention Collège Bourget, 10-1.02]"


@dataclass(frozen=True)
class SentenceSupport:
    """One sentence of an answer and the passage that supports it (None: unsupported)."""

    sentence: str
    chunk_id: str | None
    quote: str | None


@dataclass(frozen=True)
class ShownTable:
    """A small table an answer's text shows (a few rows of an agreement's table under its column headers, the cells
    asked in bold: ``assistant.amount_answers.row_table``), kept as a value so that the web page draws the row read
    from it instead of reading the answer's Markdown back."""

    caption: str  # what the table is: « Annexe M », « Annexe P, Enseignant non qualifié »
    header: tuple[str, ...]  # the rows' header (« Échelons »), then each column's
    rows: tuple[tuple[str, ...], ...]  # each row: its label, then its cells as shown (« 60 293 $ »)
    asked: tuple[int, ...] = ()  # the columns asked (0 = the first after the label): their header and cells in bold


@dataclass
class Answer:
    """What the assistant says to one question."""

    question: str
    text: str
    citations: list[Citation] = field(default_factory=list)
    abstained: bool = False
    hits: list[Hit] = field(default_factory=list)
    latency_ms: float = 0.0
    answerer: str = "extractive"  # "extractive" | "llm" | "llm→extractive"
    flags: list[str] = field(default_factory=list)  # grounding problems found (LLM path)
    support: list[SentenceSupport] = field(default_factory=list)
    resolved_question: str = ""  # the question after follow-up resolution
    #: The short answer, to show first: the one or two sentences (list items with their label)
    #: that answer, quoted verbatim in « » with the number, delay or condition in Markdown bold
    #: (``**quarante (40) jours ouvrables**``), each followed by its citation label; one line
    #: per answering clause ("- " in front when several neighbouring clauses answer). ``text``
    #: starts with it (after the heading "**En bref**"), then gives the rest of the quoted
    #: clause text under "**Texte à l'appui**". Empty for an abstention and for answers that
    #: have no separate short form (LLM replies, computed answers): show ``text`` then.
    #: The bold is markup only: ``Citation.quote`` stays the plain verbatim text.
    short: str = ""
    kind: str = "quoted"  # "quoted" (answerer), "refused" (a plain no), or a computed lookup: "amount", "placement", "deadline", "comparison"
    tables: tuple[ShownTable, ...] = ()  # the small tables ``text`` shows (amount lookups), as values

    def to_record(self, item_id: str | None = None, min_retrieved: int = 10) -> dict:
        """The answer in the answer-dump format of EVALS.md (``id`` first when given)."""
        record = {"id": item_id} if item_id is not None else {}
        record.update(
            question=self.question,
            answer=self.text,
            abstained=self.abstained,
            citations=[{"doc": c.doc, "clause": c.clause, "quote": c.quote} for c in self.citations],
            retrieved=[
                {"doc": h.chunk.doc, "clause": h.chunk.clause_id, "text": h.chunk.text, "score": round(float(h.score), 6)}
                for h in self.hits[: max(min_retrieved, len(self.hits))]
            ],
            latency_ms=round(self.latency_ms, 1),
        )
        return record
