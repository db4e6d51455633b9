"""The assistant: question (+ conversation) in, grounded Answer with cited clauses out.

The web page, the CLI and the evaluation harness all call :class:`Assistant` (through
:class:`~assistant.chat.Conversation`), so what the harness measures is what a teacher gets.
"""

from __future__ import annotations

import logging
import re
import time
import unicodedata
from dataclasses import dataclass, replace
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
from .ids import IdCatalogue, canonical_references
from .lookups import DirectAnswers, side_label
from .retrieval import Retriever, RetrievalWeights, clause_references
from .scope import (Refusal, ScopeParams, Vocabulary, foreign_question, id_phrase, missing_id_refusal,
                    missing_value_refusal, out_of_corpus)
from .types import Answer, DocumentInfo, Hit

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
    # a short follow-up of words and a year or an échelon (« Et en 2008-2009 ? », « Pis en 2014 ? »)
    dated = bool(re.search(r"\b\d{1,4}(?:-\d{2,4})?\b", text)) and bool(re.search(r"[^\W\d_]{2,}", text))
    readable = bool(words) or dated or bool(clause_references(text))
    garbage = controls > 0.1 * len(question) or not readable
    if garbage or letters < 0.3 * len(text) and not clause_references(text) and not dated:
        raise QuestionError(
            "the question has no readable words",
            "Je n'arrive pas à lire cette question : écrivez-la en mots, par exemple « Combien de jours de congé de maladie ai-je ? »",
        )
    cut = len(text) > MAX_QUESTION_CHARS
    return (text[:MAX_QUESTION_CHARS] if cut else text), cut


@dataclass(frozen=True)
class AgreementParams:
    """When an answer covers each agreement: a question that names or implies no agreement
    (none ticked) and whose best passages come from two numbered agreements."""

    compare_depth: int = 3  # hand-set: another agreement's passage among the first ranks 0..depth-1...
    #: ... scoring at least this share of the best passage. Hand-set 0.8 -> 0.65 (2026-12-01): no gold
    #: answer changes at 0.8, 0.65 or 0.6 (python -m evals: every item names or implies its agreement);
    #: on evals/probes/everyday.txt (47 questions, 13 naming no agreement), 0.65 answers each agreement for
    #: the page's two examples (« J'ai combien de temps pour déposer un grief ? »: Bourget 10-1.02 alone,
    #: the Cris 9-1.03 scoring 0.67 of it; « Les jours de maladie que je n'ai pas pris … »: Cris alone, Bourget
    #: 0.70) and « J'ai droit à combien de jours de maladie par année ? », and adds one weak side (a snow
    #: day: Cris 5-10.31). Silently answering from one agreement is the worse error (issue 10, item 3)
    compare_ratio: float = 0.65


def refused(question: str, refusal: Refusal, hits: Sequence[Hit]) -> Answer:
    """The Answer of a plain "no": the refusal's text, abstained, no citation."""
    log.info("refused (%s): %s", refusal.reason, refusal.detail)
    return Answer(question=question, text=refusal.text, citations=[], abstained=True, hits=list(hits),
                  kind="refused")


def per_agreement(answers: Sequence[tuple[str, Answer]], intro: str) -> Answer:
    """One answer made of each agreement's answer, each labelled with its title."""
    parts = [intro] + [f"{side_label(title)}\n{answer.text}" for title, answer in answers]
    hits: list[Hit] = []
    for turn in range(max(len(a.hits) for _, a in answers)):
        hits.extend(a.hits[turn] for _, a in answers if turn < len(a.hits))
    first = answers[0][1]
    # each agreement's part leads with its own short answer: no separate short form for the whole
    return replace(first, text="\n\n".join(parts), hits=hits, short="",
                   citations=[c for _, a in answers for c in a.citations],
                   support=[s for _, a in answers for s in a.support])


class Assistant:
    """Retrieval + answerer over one index. Safe to share between conversations."""

    def __init__(self, index: Index, embedder: Embedder, answerer: Answerer | None = None,
                 weights: RetrievalWeights = RetrievalWeights(), k: int = 10,
                 answer_params: AnswerParams = AnswerParams(), similarity_floor: float | None = None,
                 scope_params: ScopeParams = ScopeParams(), agreement_params: AgreementParams = AgreementParams()):
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
        # the retriever's bound method, not a lambda over self: no reference cycle, so a swapped-out
        # Assistant (and its generation's reader lease) is freed as soon as the page drops it
        self.direct = DirectAnswers.from_index(index, retrieve=self.retriever.retrieve)
        self.k = k
        self._documents = MappingProxyType(
            {key: DocumentInfo.from_meta(key, meta) for key, meta in index.documents.items()})
        self.ids = IdCatalogue.from_chunks(index.chunks)
        self.vocabulary = Vocabulary.from_chunks(index.chunks, index.documents)
        # the out-of-corpus similarity rules are relative to the embedder's calibrated similarity
        self.scope_params = (scope_params if scope_params.similarity_floor is not None
                             else scope_params.with_values(similarity_floor=embedder.answer_similarity))
        self.agreement_params = agreement_params
        # agreements numbered by clause (conventions, amending accords): they may treat one point differently
        with_clauses = {c.doc for c in index.chunks if c.kind == "clause"}  # one pass, not one per document
        self._numbered = [key for key in self._documents if key in with_clauses]

    # -- questions ---------------------------------------------------------------------

    def ask(self, question: str, docs: Sequence[str] | None = None, history: Sequence[Answer] = ()) -> Answer:
        """Answer one question, optionally within documents and after earlier turns.

        Raises QuestionError for an empty or unreadable question.
        """
        started = time.perf_counter()
        text, cut = clean_question(question)
        text = canonical_references(text)  # « la clause 6.3.04 » -> « la clause 6-3.04 »
        docs = self.check_docs(docs)
        follow_up = resolve_follow_up(text, history, self.retriever.mentioned_documents)
        query = follow_up.query(text)
        hits = self.retriever.retrieve(text, docs=follow_up.within(docs), k=self.k,
                                       query=query if follow_up.context else None, previous=follow_up.quoted)
        # the agreement the question (or, for a follow-up, the turn it follows) names or implies
        preferred = (self.retriever.preferred_documents(text, docs)
                     or (self.retriever.preferred_documents(query, docs) if follow_up.context else []))
        titles = {key: info.title for key, info in self._documents.items()}
        # ids written as no document writes them (« l'article 14 ») count only when no document holds them
        checks = self.ids.check(clause_references(text), preferred or docs) + self.ids.loose_checks(text)
        verdict = missing_id_refusal(text, checks, titles, wanted=preferred or docs or (), ticked=bool(docs))
        # code, or another employer or jurisdiction: refused before a computed answer could quote a table
        refusal = verdict.refusal or foreign_question(text, self.vocabulary)
        # a computed answer (table cell, deadline, comparison) only fires on its own patterns, so it is
        # asked before the out-of-corpus check, which would refuse a word the agreements never use ("loger")
        direct = None if refusal else self.direct.answer(text, hits, docs=docs, history=history)
        if refusal is None and direct is None:
            within = preferred or docs or ()
            # a named clause that exists is answered, unless a kind of value is asked (a tax) that no passage states
            refusal = (missing_value_refusal(text, hits, self.scope_params, within=within) if any(c.exists for c in checks)
                       else out_of_corpus(text, hits, self.vocabulary, self.scope_params, within=within))
        if refusal is not None:
            answer = refused(text, refusal, hits)
        else:
            answer = (direct
                      or self._each_agreement(text, hits, docs, preferred, follow_up.context)
                      or self.answerer.answer(text, hits, context_question=follow_up.context))
            if verdict.note:
                answer = replace(answer, text=f"{verdict.note}\n\n{answer.text}")
        answer = replace(answer, question=question if isinstance(question, str) else text,
                         resolved_question=query, latency_ms=(time.perf_counter() - started) * 1000)
        if cut:
            answer.flags.append(f"question coupée à {MAX_QUESTION_CHARS} caractères")
        return answer

    def _each_agreement(self, text: str, hits: Sequence[Hit], docs: Sequence[str] | None,
                        preferred: Sequence[str], context: str) -> Answer | None:
        """An answer per agreement, each labelled, when nothing says which agreement the question
        is about and the best passages come from several: a clause number they share ("la
        clause 5-2.01"), or a point each treats (the grievance delay). None otherwise."""
        if preferred or not hits:
            return None
        p = self.agreement_params
        if "route" in hits[0].why:
            routed = [h for h in hits if "route" in h.why]
            agreements = list(dict.fromkeys(h.chunk.doc for h in routed))
            if len(agreements) < 2:
                return None
            scoped = {doc: [h for h in routed if h.chunk.doc == doc] for doc in agreements}
            named = id_phrase(self.ids.check(clause_references(text)[:1])[0], text)
            intro = (f"{named} existe dans plusieurs documents ; voici ce que prévoit chacun "
                     "(cochez votre entente pour n'en voir qu'une) :")
        else:
            top = hits[0]
            if top.chunk.doc not in self._numbered:
                return None
            rivals = [h for h in hits[: p.compare_depth] if h.chunk.doc != top.chunk.doc
                      and h.chunk.doc in self._numbered and h.score >= p.compare_ratio * top.score]
            if not rivals:
                return None
            agreements = [top.chunk.doc, rivals[0].chunk.doc]
            query = f"{context} {text}".strip() if context else None
            scoped = {doc: self.retriever.retrieve(text, docs=[doc], k=self.k, query=query) for doc in agreements}
            intro = ("Votre question ne précise pas l'entente, et chacune en traite à sa façon ; voici ce que "
                     "prévoit chacune (cochez votre entente pour n'en voir qu'une) :")
        answers = [(self._documents[doc].title, self.answerer.answer(text, scoped[doc], context_question=context))
                   for doc in agreements]
        answers = [(title, a) for title, a in answers if not a.abstained]
        if len(answers) < 2:
            return answers[0][1] if answers else None
        return per_agreement(answers, intro)

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
