"""Direct answers computed from data, not quoted from passages: table cells, deadlines, comparisons.

:class:`DirectAnswers` is asked first by :meth:`assistant.service.Assistant.ask`, with the
retrieved hits; it returns an :class:`~assistant.types.Answer` when a deterministic
lookup answers the question and ``None`` otherwise, in which case the extractive (or LLM)
answerer answers. The lookups, tried in this order, each in its own module (a mixin of
:class:`DirectAnswers`, which holds what they share: the index's passages by document and
clause, its tables, the documents' names, the retriever):

``deadline`` (:mod:`assistant.deadline_answers`)
    A date and a deadline cue: the delay or yearly date clause among the hits, counted on the
    agreement's own calendar (« jour ouvrable », holidays, suspensions), every clause used cited; asked
    without a date, the delay of the event named (or that there is none), when the first hit does not set it.
``placement`` and ``amount`` (:mod:`assistant.amount_answers`)
    Years of schooling and experience give the échelon by the scale's footnote rule, then the
    salary; an échelon, a job class, or an allowance row gives the cell(s) of ``index.tables``,
    the row shown as a small table with the cell in bold, the footnotes quoted.
``comparison`` (:mod:`assistant.comparisons`)
    A comparison cue and two documents named: a two-column table, then each side's clauses.

What they share (``LookupParams``, the ``Draft`` being written) is in :mod:`assistant.drafts`.

Every citation's ``quote`` is a verbatim slice of its passage (``quote in chunk.text``), and
every stated fact has a :class:`~assistant.types.SentenceSupport` row for the page's
verification view. This module does not import ``assistant.service`` (no import circle).
"""

from __future__ import annotations

import logging
import re
from typing import Sequence

from ingest.bm25 import tokenize
from ingest.index import Index
from ingest.numbering import CLAUSE_NUMBER_IN_TEXT
from ingest.tables import Table
from ingest.types import Chunk

from .amount_answers import AmountAnswers
from .colloquial import expand
from .comparisons import ComparisonAnswers
from .deadline_answers import DeadlineAnswers
from .deadlines import CalendarRules
from .drafts import LookupParams, Retrieve, Scores
from .tables import named_row_tables, parse_amount_question
from .types import Answer, Hit

log = logging.getLogger(__name__)




def _names_of(key: str, meta: dict) -> list[str]:
    """How a question names a document: its manifest aliases, else its key."""
    return list(meta.get("aliases") or [key])


class DirectAnswers(DeadlineAnswers, AmountAnswers, ComparisonAnswers):
    """The deterministic answerers over one index (see the module docstring)."""

    def __init__(self, tables: Sequence[Table], chunks: Sequence[Chunk], documents: dict[str, dict],
                 retrieve: Retrieve | None = None, params: LookupParams = LookupParams(),
                 bm25_scores: Scores | None = None):
        """``retrieve``: per-document retrieval for comparisons; without it, the hits of each
        document fused with ``bm25_scores`` restricted to it (when given)."""
        self.tables = list(tables)
        self.bm25_scores = bm25_scores
        self.chunks = list(chunks)
        self.documents = documents
        self.retrieve = retrieve
        self.params = params
        self._clause_chunks: dict[tuple[str, str], list[Chunk]] = {}
        # per document, once: a question looks at its documents' clauses, passages and tables, not all of them
        self._doc_clauses: dict[str, list[str]] = {}  # clause ids in index order
        self._doc_positions: dict[str, list[int]] = {}  # positions in self.chunks
        for position, chunk in enumerate(self.chunks):
            if (chunk.doc, chunk.clause_id) not in self._clause_chunks:
                self._doc_clauses.setdefault(chunk.doc, []).append(chunk.clause_id)
            self._clause_chunks.setdefault((chunk.doc, chunk.clause_id), []).append(chunk)
            self._doc_positions.setdefault(chunk.doc, []).append(position)
        self._doc_tables: dict[str, list[int]] = {}  # positions in self.tables
        for position, table in enumerate(self.tables):
            self._doc_tables.setdefault(table.doc, []).append(position)
        self._job_classes = {id(t): t.job_class for t in self.tables}  # a property that folds text
        self._named_rows = named_row_tables(self.tables)  # money tables with named rows, their words
        # a document is named by its manifest aliases; by its key only when it has none (the key « mesures » is
        # no name: « une mesure disciplinaire » is the Collège's, not the ministry's guide)
        self._aliases = {key: [tuple(tokenize(a)) for a in _names_of(key, meta) if tokenize(a)]
                         for key, meta in documents.items()}
        self._alias_starts: dict[str, list[tuple[tuple[str, ...], str]]] = {}  # by first token
        for key, aliases in self._aliases.items():
            for alias in aliases:
                self._alias_starts.setdefault(alias[0], []).append((alias, key))
        self._rules: dict[str, CalendarRules] = {}

    @classmethod
    def from_index(cls, index: Index, retrieve: Retrieve | None = None) -> "DirectAnswers":
        """Over ``index`` (its tables, none for an index made before tables were stored)."""
        bm25 = getattr(index, "bm25", None)
        return cls(getattr(index, "tables", ()), index.chunks, dict(getattr(index, "documents", {}) or {}), retrieve,
                   bm25_scores=bm25.scores if bm25 is not None else None)

    def answer(self, question: str, hits: Sequence[Hit], docs: Sequence[str] | None = None,
               history: Sequence[Answer] = ()) -> Answer | None:
        """A computed answer to ``question``, or None when no lookup applies."""
        for kind, method in (("deadline", self._deadline), ("placement", self._placement),
                             ("amount", self._amount), ("comparison", self._comparison)):
            try:
                draft = method(question, hits, docs, history)
            except (ValueError, KeyError, IndexError) as exc:  # a lookup must never break an answer
                log.warning("%s lookup failed on %r: %s", kind, question[:80], exc)
                draft = None
            if draft is not None and kind == "amount" and self._prose_answers_instead(question, hits, draft):
                log.info("amount lookup left to the first passage's clause on %r", question[:80])
                draft = None
            if draft is not None:
                return draft.answer(question, hits, kind)
        return None

    def _prose_answers_instead(self, question: str, hits: Sequence[Hit], draft) -> bool:
        """The first passage is a numbered clause of prose (not an annex or a letter, no table of its own,
        none cited) holding ``LookupParams.prose_topic_words`` of the question's words that no cited
        table's passage holds: the question asks about that clause's topic, not the table's amounts (« heures sup … à quel
        taux ? » is 8-11.09's rule, not Annexe O's salary scale of the job class named; « une journée
        de salaire, ça vaut quelle fraction ? » is 1-2.74, not Annexe M)."""
        if not hits or not draft.citations or parse_amount_question(question).echelon is not None:
            return False  # an échelon named asks a scale's cell
        top = hits[0].chunk
        cited = {(c.doc, c.clause) for c in draft.citations}
        if not CLAUSE_NUMBER_IN_TEXT.fullmatch(top.clause_id) or (top.doc, top.clause_id) in cited or any(
                t.doc == top.doc and t.annex_or_clause == top.clause_id for t in self.tables):
            return False
        if any(doc == top.doc and clause.lower().startswith("annexe ") and
               re.search(rf"\b{re.escape(clause)}\b", top.text, re.IGNORECASE) for doc, clause in cited):
            return False  # the clause sends to the table cited (8-13.13: « … prévue à l'annexe P, tableau C) »)
        names = {token for aliases in self._aliases.values() for alias in aliases for token in alias}
        asked = {t for t in tokenize(expand(question)) if not t[0].isdigit()} - names
        table_words = {t for doc, clause in cited for t in tokenize(self.clause_text(doc, clause))}
        return len((asked - table_words) & set(tokenize(top.text))) >= self.params.prose_topic_words

    # -- documents and passages ----------------------------------------------------------

    def mentioned_documents(self, question: str) -> list[str]:
        """Documents a question names through a manifest alias or its key, in index order."""
        tokens = tokenize(question)
        found = set()
        for i, token in enumerate(tokens):  # aliases by first token: a question costs its length, not the index's
            for alias, key in self._alias_starts.get(token, ()):
                if tuple(tokens[i:i + len(alias)]) == alias:
                    found.add(key)
        return [key for key in self._aliases if key in found]

    def _scope(self, question: str, docs: Sequence[str] | None) -> list[str] | None:
        mentioned = self.mentioned_documents(question)
        if docs:
            return [d for d in docs if not mentioned or d in mentioned] or list(docs)
        return mentioned or None

    def _names(self) -> list[str]:
        """Every way a document is named (its manifest aliases, else its key)."""
        return [name for key, meta in self.documents.items() for name in _names_of(key, meta)]

    def find_quote(self, doc: str, clause: str, text: str) -> tuple[Chunk, str] | None:
        """A passage of (doc, clause) holding ``text`` (else its first line, else its longest
        prefix of 40+ characters), with the verbatim quote."""
        chunks = self._clause_chunks.get((doc, clause), [])
        first_line = text.split("\n")[0]
        for wanted in (text, first_line):
            for chunk in chunks:
                if wanted and wanted in chunk.text:
                    return chunk, wanted
        for end in range(len(first_line), 39, -1):
            if first_line[end - 1] != " " and (end == len(first_line) or first_line[end] == " "):
                for chunk in chunks:
                    if first_line[:end] in chunk.text:
                        return chunk, first_line[:end]
        return None

    def clause_text(self, doc: str, clause: str) -> str:
        return "\n".join(c.text for c in self._clause_chunks.get((doc, clause), []))



__all__ = ["DirectAnswers", "LookupParams", "Retrieve"]
