"""Answerers: turn retrieved passages into a short French answer with cited clauses.

The extractive answerer (the default, no LLM) quotes, verbatim, the sentences of the
retrieved clauses that best answer the question, most useful first, each followed by
its citation ``[Convention Collège Bourget, 10-1.02]``. It never writes a number or a
clause id that is not in a passage.
"""

from __future__ import annotations

import math
import re
from abc import ABC, abstractmethod
from dataclasses import dataclass, fields, replace
from typing import Sequence

from ingest.bm25 import tokenize
from ingest.sentences import split_sentences
from ingest.types import Chunk

from .citations import citation_label
from .types import Answer, Citation, Hit, SentenceSupport

NOT_FOUND = "Je ne trouve pas cette information dans les documents indexés."
CLOSEST_SHOWN = 3  # passages an abstention names, to check by hand

_NUMERIC_QUESTION = re.compile(
    r"\b(combien|quel(?:le)?s? (?:est le |est la )?(?:délai|montant|pourcentage|nombre|durée|taux|date)|"
    r"délai|quand|jusqu'à quand|à partir de quand|pourcentage|montant|taux|heures?|jours?|semaines?|mois|ans?)\b",
    re.IGNORECASE,
)
_HAS_NUMBER = re.compile(r"\d|\b(un|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|trente|quarante|cinquante|soixante|cent)\b", re.IGNORECASE)


@dataclass(frozen=True)
class ScoredSentence:
    hit_rank: int
    chunk: Chunk
    start: int
    end: int
    score: float

    @property
    def text(self) -> str:
        return self.chunk.text[self.start : self.end]


class Answerer(ABC):
    """Builds an Answer from a question and the retrieved passages."""

    name = "answerer"

    @abstractmethod
    def answer(self, question: str, hits: Sequence[Hit], context_question: str = "") -> Answer:
        """``context_question``: earlier turns' wording, for follow-ups."""


@dataclass(frozen=True)
class AnswerParams:
    """The extractive answerer's numbers: when it abstains, how it scores and picks sentences.

    Provenance of each value: "tuned: <command, metric>" when it was chosen by measuring
    on evals/gold.jsonl, "hand-set" otherwise. ``python -m evals.tune --answer name=v1,v2``
    varies any of them.
    """

    # -- abstention (is_weak) -------------------------------------------------------
    evidence_hits: int = 5  # hand-set: the best passages whose overlap/similarity decide abstention
    #: without sentence vectors (or an uncalibrated embedder): abstain under this weighted overlap
    min_overlap: float = 0.25  # tuned: python -m evals --gold evals/gold.jsonl, abstention vs false abstention (112a07a)
    #: ... or when a key term is unknown to the corpus and the overlap is under this
    unknown_overlap: float = 0.55  # tuned: python -m evals, abstention vs false abstention (112a07a)
    unknown_min_len: int = 6  # tuned: python -m evals, abstention (112a07a): shorter unknown words are typos/inflections
    #: with sentence vectors: the floor (Embedder.answer_similarity) is lowered this much for a follow-up
    follow_up_relief: float = 0.01  # tuned: python -m evals, false abstention on follow-ups (04d09e9)
    min_overlap_with_vectors: float = 0.2  # tuned: python -m evals, abstention vs false abstention (04d09e9)
    weak_overlap: float = 0.6  # tuned: python -m evals, abstention vs false abstention (04d09e9)
    unknown_margin: float = 0.01  # tuned: python -m evals, abstention vs false abstention (04d09e9)
    unknown_overlap_with_vectors: float = 0.9  # tuned: python -m evals, abstention vs false abstention (04d09e9)

    # -- scoring sentences (score_sentences) ------------------------------------------
    scored_hits: int = 4  # hand-set: sentences come from the best passages only
    rank_decay: float = 0.6  # hand-set: a sentence of the passage ranked r weighs 1 / (1 + rank_decay * r)
    context_weight: float = 0.5  # hand-set: weight of the earlier turn's words (follow-ups)
    near_match_weight: float = 0.4  # hand-set: weight of a near match ("décède" / "décès")
    near_match_prefix: int = 3  # hand-set: letters a near match shares (and the shortest word that counts)
    long_sentence_tokens: int = 25  # hand-set: longer sentences are damped...
    long_sentence_damping: float = 0.02  # hand-set: ... by 1 / (1 + damping * extra tokens)
    numeric_bonus: float = 1.3  # hand-set: a sentence with a number, for a "combien / délai" question
    short_sentence_chars: int = 25  # hand-set: a shorter sentence is a bare heading or clause number...
    short_sentence_factor: float = 0.3  # hand-set: ... and weighs this much
    dense_weight: float = 0.5  # hand-set: weight of the sentence-vector similarity beside word overlap (04d09e9)

    # -- choosing what to quote (answer) -----------------------------------------------
    whole_clause_chars: int = 1300  # hand-set: a best clause up to this long is quoted whole (04d09e9; was 900)
    max_sentences: int = 6  # hand-set: sentences quoted from a longer clause (01d3db9; was 4)
    max_chars: int = 1100  # hand-set: characters quoted from a longer clause (112a07a)
    second_clause_ratio: float = 0.8  # hand-set: another clause is quoted when its best sentence scores this share...
    second_clause_max_rank: int = 2  # hand-set: ... and its passage is among the first (rank 0, 1, 2)

    @classmethod
    def names(cls) -> tuple[str, ...]:
        return tuple(f.name for f in fields(cls))

    def with_values(self, **values) -> "AnswerParams":
        """A copy with some fields changed; an unknown name raises ValueError listing the valid ones."""
        unknown = [name for name in values if name not in self.names()]
        if unknown:
            raise ValueError(f"unknown answer parameter(s) {', '.join(unknown)}; valid: {', '.join(self.names())}")
        return replace(self, **values)


class ExtractiveAnswerer(Answerer):
    """Quotes the best sentences of the best passages; abstains when evidence is weak.

    ``similarity_floor``: the embedder's calibrated sentence similarity
    (``Embedder.answer_similarity``), None when it has none (abstention then uses word
    overlap only).
    """

    name = "extractive"

    def __init__(self, idf: dict[str, float], params: AnswerParams = AnswerParams(),
                 similarity_floor: float | None = None):
        self.idf = idf
        self.params = params
        self.similarity_floor = similarity_floor

    @classmethod
    def from_chunks(cls, chunks: Sequence[Chunk], params: AnswerParams = AnswerParams(),
                    similarity_floor: float | None = None, **values) -> "ExtractiveAnswerer":
        """An answerer with the idf of ``chunks``; ``values`` change fields of ``params``
        (an unknown name raises ValueError listing the valid ones)."""
        df: dict[str, int] = {}
        for chunk in chunks:
            for token in set(tokenize(chunk.text)):
                df[token] = df.get(token, 0) + 1
        n = max(len(chunks), 1)
        idf = {t: math.log(1 + (n - c + 0.5) / (c + 0.5)) for t, c in df.items()}
        return cls(idf, params.with_values(**values) if values else params, similarity_floor)

    # -- evidence strength -------------------------------------------------------------

    def _weight(self, token: str) -> float:
        return self.idf.get(token, 0.0)

    def overlap(self, question_tokens: set[str], text: str) -> float:
        """Share of the question's (idf-weighted) terms found in ``text``."""
        total = sum(self._weight(t) for t in question_tokens)
        if not total:
            return 0.0
        found = set(tokenize(text))
        return sum(self._weight(t) for t in question_tokens if t in found) / total

    def is_weak(self, question: str, hits: Sequence[Hit], follow_up: bool = False) -> bool:
        """True when no passage really answers: abstain rather than guess.

        Signals, calibrated on evals/gold.jsonl (see ``python -m evals.abstention``):
        the share of the question's weighted terms found in the best passage; whether a
        key term of the question is unknown to the whole corpus ("télétravail",
        "ChatGPT"); and, when the index has sentence vectors and the embedder is
        calibrated, how close the best sentence comes to the question. Passage vectors
        alone do not separate answerable from unanswerable questions; sentence vectors
        do, partly.
        """
        if not hits:
            return True
        if "route" in hits[0].why:
            return False
        p = self.params
        q_tokens = set(tokenize(question))
        evidence = hits[: p.evidence_hits]
        best_overlap = max(self.overlap(q_tokens, h.chunk.indexed_text) for h in evidence)
        unknown = [t for t in q_tokens if t not in self.idf and not t[0].isdigit() and len(t) >= p.unknown_min_len]
        sims = [u[2] for h in evidence for u in h.unit_similarities]
        if self.similarity_floor is None or not sims:
            return best_overlap < p.min_overlap or bool(unknown) and best_overlap < p.unknown_overlap
        best_sim = max(sims)
        floor = self.similarity_floor - (p.follow_up_relief if follow_up else 0.0)
        if best_overlap < p.min_overlap_with_vectors:
            return True
        if best_sim < floor and best_overlap < p.weak_overlap:
            return True
        return bool(unknown) and best_sim < floor + p.unknown_margin and best_overlap < p.unknown_overlap_with_vectors

    # -- sentences ---------------------------------------------------------------------

    def score_sentences(self, question: str, hits: Sequence[Hit], context_question: str = "") -> list[ScoredSentence]:
        """Sentences of the best passages, best first.

        A sentence's score mixes its weighted word overlap with the question and, when the
        index has sentence vectors, the similarity of its sentence unit to the question,
        both scaled to [0, 1] over the candidate sentences.
        """
        p = self.params
        q_tokens = set(tokenize(question))
        c_tokens = set(tokenize(context_question)) - q_tokens
        numeric = bool(_NUMERIC_QUESTION.search(question))
        near = p.near_match_prefix
        rows: list[tuple[int, Hit, int, int, float, float | None, float]] = []
        for rank, hit in enumerate(hits[: p.scored_hits]):
            rank_weight = 1.0 / (1 + p.rank_decay * rank)
            for start, end in split_sentences(hit.chunk.text):
                sentence = hit.chunk.text[start:end]
                tokens = set(tokenize(sentence))
                if not tokens:
                    continue
                match = sum(self._weight(t) for t in q_tokens & tokens)
                match += p.context_weight * sum(self._weight(t) for t in c_tokens & tokens)
                # Near matches ("décède" / "décès", "payées" / "paie"): same first letters.
                prefixes = {t[:near] for t in tokens if len(t) >= near}
                match += p.near_match_weight * sum(self._weight(t) for t in q_tokens - tokens
                                                   if len(t) >= near and t[:near] in prefixes)
                lexical = match / (1.0 + p.long_sentence_damping * max(len(tokens) - p.long_sentence_tokens, 0))
                modifier = rank_weight
                if numeric and _HAS_NUMBER.search(sentence):
                    modifier *= p.numeric_bonus
                if len(sentence) < p.short_sentence_chars:  # a bare heading or a clause number says nothing
                    modifier *= p.short_sentence_factor
                rows.append((rank, hit, start, end, lexical, _unit_similarity(hit, start, end), modifier))
        if not rows:
            return []
        top_lexical = max(r[4] for r in rows) or 1.0
        sims = [r[5] for r in rows if r[5] is not None]
        low, high = (min(sims), max(sims)) if sims else (0.0, 0.0)
        scored: list[ScoredSentence] = []
        for rank, hit, start, end, lexical, sim, modifier in rows:
            value = lexical / top_lexical
            if sim is not None and high > low and p.dense_weight:
                value += p.dense_weight * (sim - low) / (high - low)
            scored.append(ScoredSentence(rank, hit.chunk, start, end, value * modifier))
        scored.sort(key=lambda s: -s.score)
        return scored

    def answer(self, question: str, hits: Sequence[Hit], context_question: str = "") -> Answer:
        p = self.params
        hits = list(hits)
        probe = f"{context_question} {question}".strip() if context_question else question
        if self.is_weak(probe, hits, follow_up=bool(context_question)):
            return abstention(question, hits)
        scored = self.score_sentences(question, hits, context_question)
        top_chunk = hits[0].chunk
        # the best passage's clause: its other parts (a long clause is stored in parts) count too
        own = [x for x in scored if (x.chunk.doc, x.chunk.clause_id) == (top_chunk.doc, top_chunk.clause_id)]
        if len(top_chunk.text) <= p.whole_clause_chars or not own:
            # A short clause is quoted whole: the reader sees every condition and number.
            spans = split_sentences(top_chunk.text)
            chosen = [ScoredSentence(0, top_chunk, spans[0][0], spans[-1][1], own[0].score if own else 0.0)] if spans else []
        else:
            chosen, used = [], 0
            for sentence in own:  # best first
                if len(chosen) >= p.max_sentences or used >= p.max_chars or sentence.score <= 0:
                    break
                chosen.append(sentence)
                used += len(sentence.text)
            chosen = chosen or own[:1]
        best = max((c.score for c in chosen), default=0.0)
        extra = next((x for x in scored if (x.chunk.doc, x.chunk.clause_id) != (top_chunk.doc, top_chunk.clause_id)
                      and x.hit_rank <= p.second_clause_max_rank
                      and x.score >= p.second_clause_ratio * best and x.score > 0), None)
        if extra is not None:
            chosen.append(extra)
        if not chosen:
            return abstention(question, hits)
        return compose(question, hits, chosen)


def _unit_similarity(hit: Hit, start: int, end: int) -> float | None:
    """Similarity of the sentence unit holding the span [start, end) of the hit's passage."""
    for unit_start, unit_end, similarity in hit.unit_similarities:
        if unit_start <= start and end <= unit_end:
            return similarity
    return None


def compose(question: str, hits: Sequence[Hit], chosen: Sequence[ScoredSentence]) -> Answer:
    """The answer text: quoted sentences grouped by clause (all parts of a long clause
    together), each group followed by its citation."""
    groups: dict[tuple[str, str], list[ScoredSentence]] = {}
    for sentence in chosen:
        groups.setdefault((sentence.chunk.doc, sentence.chunk.clause_id), []).append(sentence)
    paragraphs: list[str] = []
    citations: list[Citation] = []
    support: list[SentenceSupport] = []
    for index, sentences in enumerate(groups.values()):
        chunk = sentences[0].chunk
        label = citation_label(chunk)
        intro = _intro(chunk, first=index == 0)
        quoted = " […] ".join(s.text for s in sentences)
        paragraphs.append(f"{intro} « {quoted} » {label}")
        for s in sentences:
            citations.append(Citation(chunk.doc, chunk.clause_id, s.text, s.chunk.chunk_id, chunk.doc_title, label))
            support.append(SentenceSupport(s.text, s.chunk.chunk_id, s.text))
    return Answer(question=question, text="\n\n".join(paragraphs), citations=citations,
                  abstained=False, hits=list(hits), support=support)


def _intro(chunk: Chunk, first: bool) -> str:
    where = f"la clause {chunk.clause_id}" if chunk.kind == "clause" else (
        f"l'article {chunk.clause_id}" if chunk.kind == "article" else chunk.clause_id)
    if chunk.kind == "section":
        where = f"la section « {chunk.clause_id} »"
    text = f"Selon {where} ({chunk.doc_title})" if first else f"Voir aussi {where} ({chunk.doc_title})"
    if chunk.amends:
        text += f", texte modifié : {chunk.amends.describe()}"
    return text + " :"


def abstention(question: str, hits: Sequence[Hit]) -> Answer:
    """Say plainly that the corpus does not answer, and show the closest passages."""
    closest = "; ".join(citation_label(h.chunk) for h in hits[:CLOSEST_SHOWN])
    text = NOT_FOUND
    if closest:
        text += f" Passages les plus proches, à vérifier : {closest}."
    return Answer(question=question, text=text, citations=[], abstained=True, hits=list(hits))
