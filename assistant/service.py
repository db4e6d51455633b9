"""The assistant: question (+ conversation) in, grounded Answer with cited clauses out.

The web page, the CLI and the evaluation harness all call :class:`Assistant` (through
:class:`~assistant.chat.Conversation`), so what the harness measures is what a teacher gets.
"""

from __future__ import annotations

import logging
import re
import time
import unicodedata
from dataclasses import replace
from types import MappingProxyType
from typing import Mapping, Sequence

from common.errors import AssistantError
from ingest.config import Settings
from ingest.embeddings import Embedder, get_embedder
from ingest.errors import EmbedderError
from ingest.index import Index, open_index
from ingest.types import Chunk

from .answer import AnswerParams, Answerer, ExtractiveAnswerer
from .browse import (ClauseView, Neighbours, OutlineEntry, clause_heads, find_clause, neighbours, open_clause,
                     outline)
from .chat import Conversation, resolve_follow_up
from .config import AssistantSettings
from .lookups import DirectAnswers
from .retrieval import Retriever, RetrievalWeights, clause_references
from .types import Answer, DocumentInfo

log = logging.getLogger(__name__)

MAX_QUESTION_CHARS = 2000


class QuestionError(AssistantError):
    """A question that cannot be asked as it is; ``french`` is what the web page shows."""

    def __init__(self, english: str, french: str):
        super().__init__(english)
        self.french = french


def clean_question(question: str) -> tuple[str, bool]:
    """Printable text of a question, cut to MAX_QUESTION_CHARS; (text, was_cut).

    Raises QuestionError for an empty question or one with no letters at all.
    """
    if not isinstance(question, str):
        question = str(question or "")
    text = "".join(ch if unicodedata.category(ch)[0] != "C" or ch in "\n\t" else " " for ch in question)
    text = " ".join(text.split())
    if not text:
        raise QuestionError("the question is empty", "Écrivez une question, par exemple : « J'ai combien de temps pour déposer un grief ? »")
    letters = sum(ch.isalpha() for ch in text)
    controls = sum(unicodedata.category(ch) == "Cc" and ch not in "\n\t\r" for ch in question)
    words = re.findall(r"[^\W\d_]{3,}", text)
    garbage = controls > 0.1 * len(question) or not words and not clause_references(text)
    if garbage or letters < 0.3 * len(text) and not clause_references(text):
        raise QuestionError(
            "the question has no readable words",
            "Je n'arrive pas à lire cette question : écrivez-la en mots, par exemple « Combien de jours de congé de maladie ai-je ? »",
        )
    cut = len(text) > MAX_QUESTION_CHARS
    return (text[:MAX_QUESTION_CHARS] if cut else text), cut


class Assistant:
    """Retrieval + answerer over one index. Safe to share between conversations."""

    def __init__(self, index: Index, embedder: Embedder, answerer: Answerer | None = None,
                 weights: RetrievalWeights = RetrievalWeights(), k: int = 10,
                 answer_params: AnswerParams = AnswerParams(), similarity_floor: float | None = None):
        """``answerer``: None for the extractive one (``answer_params``; ``similarity_floor``
        None: the embedder's calibrated ``answer_similarity``)."""
        if index.embedder_name != embedder.name:
            raise EmbedderError(
                f"the index was built with '{index.embedder_name}' but the configured embedder is "
                f"'{embedder.name}': run 'python -m ingest --rebuild' or change the embedder"
            )
        self.index = index
        self.embedder = embedder
        self.retriever = Retriever(index, embedder, weights)
        floor = embedder.answer_similarity if similarity_floor is None else similarity_floor
        self.extractive = ExtractiveAnswerer.from_chunks(index.chunks, answer_params, similarity_floor=floor)
        self.answerer = answerer or self.extractive
        self.direct = DirectAnswers.from_index(index)
        self.k = k
        self._documents = MappingProxyType(
            {key: DocumentInfo.from_meta(key, meta) for key, meta in index.documents.items()})

    # -- questions ---------------------------------------------------------------------

    def ask(self, question: str, docs: Sequence[str] | None = None, history: Sequence[Answer] = ()) -> Answer:
        """Answer one question, optionally within documents and after earlier turns.

        Raises QuestionError for an empty or unreadable question.
        """
        started = time.perf_counter()
        text, cut = clean_question(question)
        docs = self.check_docs(docs)
        follow_up = resolve_follow_up(text, history)
        query = follow_up.query(text)
        hits = self.retriever.retrieve(text, docs=docs, k=self.k, query=query if follow_up.context else None,
                                       previous=follow_up.quoted)
        answer = (self.direct.answer(text, hits, docs=docs, history=history)
                  or self.answerer.answer(text, hits, context_question=follow_up.context))
        answer = replace(answer, question=question if isinstance(question, str) else text,
                         resolved_question=query, latency_ms=(time.perf_counter() - started) * 1000)
        if cut:
            answer.flags.append(f"question coupée à {MAX_QUESTION_CHARS} caractères")
        return answer

    def retrieve(self, question: str, docs: Sequence[str] | None = None, k: int | None = None):
        text, _ = clean_question(question)
        return self.retriever.retrieve(text, docs=self.check_docs(docs), k=k or self.k)

    def check_docs(self, docs: Sequence[str] | None) -> list[str] | None:
        if not docs:
            return None
        unknown = [d for d in docs if d not in self._documents]
        if unknown:
            known = ", ".join(self._documents)
            raise QuestionError(f"unknown document(s) {', '.join(unknown)}; known: {known}",
                                f"Document inconnu : {', '.join(unknown)}. Documents disponibles : {known}.")
        return list(docs)

    # -- conversations and documents -------------------------------------------------

    def conversation(self, docs: Sequence[str] | None = None) -> Conversation:
        """A new conversation (its own turns, follow-ups resolved), scoped to ``docs`` (None: all)."""
        return Conversation(self, docs)

    @property
    def documents(self) -> Mapping[str, DocumentInfo]:
        """The indexed documents by key, in index order (read-only)."""
        return self._documents

    def document_title(self, key: str) -> str:
        """The title of document ``key``; raises KeyError for an unknown key."""
        return self._documents[key].title

    # -- reading the index (for the page: no need to touch ``index``) ------------------

    def chunk(self, chunk_id: str) -> Chunk | None:
        """The stored passage ``chunk_id`` (one part of a long clause), None when not in the index."""
        return self.index.by_id.get(chunk_id)

    def open_clause(self, chunk_id: str) -> ClauseView:
        """The whole clause holding passage ``chunk_id`` (all its parts joined, ``chunk_ids``
        listing them). Raises :class:`~assistant.browse.ClauseNotFoundError`."""
        return open_clause(self.index, chunk_id)

    def neighbours(self, chunk_id: str) -> Neighbours:
        """Previous/next clause of the same document (chunk ids or None) and the clauses of
        the same article, annex or chapter (``siblings``, whole ClauseViews; ``group`` names
        it). Raises :class:`~assistant.browse.ClauseNotFoundError`."""
        return neighbours(self.index, chunk_id)

    def outline(self, doc: str) -> list[OutlineEntry]:
        """The outline of document ``doc`` (chapters, articles, clauses, annexes...), each
        entry with the ``chunk_id`` that opens it. Raises ClauseNotFoundError for an unknown doc."""
        return outline(self.index, doc)

    def clause_heads(self, doc: str) -> list[Chunk]:
        """The first passage of every clause of ``doc``, in document order ([] for an unknown doc)."""
        return clause_heads(self.index, doc) if doc in self._documents else []

    def find_clause(self, number: str, docs: Sequence[str] | None = None) -> ClauseView:
        """The clause numbered ``number`` ("10-1.02", "Annexe M"; case and spaces ignored) in
        ``docs`` (None: any document). Raises ClauseNotFoundError when none has it."""
        return find_clause(self.index, number, docs)


def build_assistant(index: Index, embedder: Embedder, assistant_settings: AssistantSettings = AssistantSettings(),
                    weights: RetrievalWeights = RetrievalWeights(), answer_params: AnswerParams = AnswerParams(),
                    similarity_floor: float | None = None) -> Assistant:
    """An Assistant over an open index with the answerer ``assistant_settings`` names (the
    LLM one falls back on the extractive one). Tuning commands build one per setting."""
    assistant = Assistant(index, embedder, weights=weights, answer_params=answer_params,
                          similarity_floor=similarity_floor)
    if assistant_settings.answerer != "extractive":
        from .llm import llm_answerer

        assistant.answerer = llm_answerer(assistant_settings, index, fallback=assistant.extractive)
    return assistant


def load_assistant(settings: Settings, build_index: bool = True, answerer: Answerer | None = None,
                   assistant_settings: AssistantSettings | None = None) -> Assistant:
    """Open the index of ``settings`` (building it first when there is none) and wrap it.

    ``answerer``: use this one; else the one ``assistant_settings`` names (None: the
    extractive answerer; entry points pass ``AssistantSettings.from_env()``).
    """
    embedder = get_embedder(settings.embedder)
    from ingest.index import current_generation

    if build_index and current_generation(settings.data_dir) is None:
        from ingest.pipeline import ingest

        log.info("no index in %s yet: building it", settings.data_dir)
        ingest(settings.corpus_dir, settings.data_dir, embedder, chroma_url=settings.chroma_url,
               cache_path=settings.cache_path)
    index = open_index(settings.data_dir)
    if answerer is not None:
        return Assistant(index, embedder, answerer)
    return build_assistant(index, embedder, assistant_settings or AssistantSettings())
