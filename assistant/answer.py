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
from dataclasses import dataclass
from typing import Sequence

from ingest.bm25 import tokenize
from ingest.types import Chunk

from .types import Answer, Citation, Hit, SentenceSupport

NOT_FOUND = "Je ne trouve pas cette information dans les documents indexés."

# A sentence ends at . ; ! ? followed by a capital or an opening quote, or at a line break.
_SENTENCE_END = re.compile(r"(?<=[.;!?:])\s+(?=[«\"(A-ZÀ-ÖØ-Ý0-9])|\n+")
_NUMERIC_QUESTION = re.compile(
    r"\b(combien|quel(?:le)?s? (?:est le |est la )?(?:délai|montant|pourcentage|nombre|durée|taux|date)|"
    r"délai|quand|jusqu'à quand|à partir de quand|pourcentage|montant|taux|heures?|jours?|semaines?|mois|ans?)\b",
    re.IGNORECASE,
)
_HAS_NUMBER = re.compile(r"\d|\b(un|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|trente|quarante|cinquante|soixante|cent)\b", re.IGNORECASE)


def citation_label(chunk: Chunk) -> str:
    """How an answer cites a passage: ``[Convention Collège Bourget, 10-1.02]``."""
    return f"[{chunk.doc_title or chunk.doc}, {chunk.clause_id}]"


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) spans of the sentences of a passage; each is a verbatim slice."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    out = []
    for s, e in spans:
        piece = text[s:e]
        stripped = piece.strip()
        if len(stripped) < 3:
            continue
        s += len(piece) - len(piece.lstrip())
        out.append((s, s + len(stripped)))
    return out


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


class ExtractiveAnswerer(Answerer):
    """Quotes the best sentences of the best passages; abstains when evidence is weak."""

    name = "extractive"

    def __init__(self, idf: dict[str, float], max_sentences: int = 3, max_chars: int = 900,
                 min_similarity: float = 0.80, min_overlap: float = 0.34):
        self.idf = idf
        self.max_sentences = max_sentences
        self.max_chars = max_chars
        self.min_similarity = min_similarity
        self.min_overlap = min_overlap

    @classmethod
    def from_chunks(cls, chunks: Sequence[Chunk], **options) -> "ExtractiveAnswerer":
        df: dict[str, int] = {}
        for chunk in chunks:
            for token in set(tokenize(chunk.text)):
                df[token] = df.get(token, 0) + 1
        n = max(len(chunks), 1)
        idf = {t: math.log(1 + (n - c + 0.5) / (c + 0.5)) for t, c in df.items()}
        return cls(idf, **options)

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

    def is_weak(self, question: str, hits: Sequence[Hit]) -> bool:
        """True when no passage really answers: abstain rather than guess."""
        if not hits:
            return True
        if "route" in hits[0].why:
            return False
        q_tokens = set(tokenize(question))
        best_sim = max((h.similarity or 0.0) for h in hits[:5])
        best_overlap = max(self.overlap(q_tokens, h.chunk.indexed_text) for h in hits[:5])
        return best_sim < self.min_similarity and best_overlap < self.min_overlap or best_overlap < 0.15

    # -- sentences ---------------------------------------------------------------------

    def score_sentences(self, question: str, hits: Sequence[Hit], context_question: str = "") -> list[ScoredSentence]:
        q_tokens = set(tokenize(question))
        c_tokens = set(tokenize(context_question)) - q_tokens
        numeric = bool(_NUMERIC_QUESTION.search(question))
        scored: list[ScoredSentence] = []
        for rank, hit in enumerate(hits[:4]):
            rank_weight = 1.0 / (1 + 0.6 * rank)
            for start, end in split_sentences(hit.chunk.text):
                sentence = hit.chunk.text[start:end]
                tokens = set(tokenize(sentence))
                if not tokens:
                    continue
                match = sum(self._weight(t) for t in q_tokens & tokens)
                match += 0.5 * sum(self._weight(t) for t in c_tokens & tokens)
                score = match / (1.0 + 0.02 * max(len(tokens) - 25, 0))
                if numeric and _HAS_NUMBER.search(sentence):
                    score *= 1.3
                if len(sentence) < 25:  # a bare heading or a clause number says nothing
                    score *= 0.3
                scored.append(ScoredSentence(rank, hit.chunk, start, end, score * rank_weight))
        scored.sort(key=lambda s: -s.score)
        return scored

    def answer(self, question: str, hits: Sequence[Hit], context_question: str = "") -> Answer:
        hits = list(hits)
        probe = f"{context_question} {question}".strip() if context_question else question
        if self.is_weak(probe, hits):
            return abstention(question, hits)
        scored = self.score_sentences(question, hits, context_question)
        chosen: list[ScoredSentence] = []
        used = 0
        top_chunk = hits[0].chunk
        # The best passage leads: its best sentences first, then at most one from another clause.
        for sentence in scored:
            if len(chosen) >= self.max_sentences or used >= self.max_chars:
                break
            if sentence.score <= 0:
                break
            if any(c.chunk.chunk_id == sentence.chunk.chunk_id and c.start == sentence.start for c in chosen):
                continue
            others = [c for c in chosen if c.chunk.chunk_id != top_chunk.chunk_id]
            if sentence.chunk.chunk_id != top_chunk.chunk_id and (others or sentence.hit_rank > 2):
                continue
            chosen.append(sentence)
            used += len(sentence.text)
        if not any(c.chunk.chunk_id == top_chunk.chunk_id for c in chosen):
            first = next((s for s in scored if s.chunk.chunk_id == top_chunk.chunk_id), None)
            if first is None:
                spans = split_sentences(top_chunk.text)
                first = ScoredSentence(0, top_chunk, *spans[0], 0.0) if spans else None
            if first is not None:
                chosen.insert(0, first)
        if not chosen:
            return abstention(question, hits)
        return compose(question, hits, chosen)


def compose(question: str, hits: Sequence[Hit], chosen: Sequence[ScoredSentence]) -> Answer:
    """The answer text: quoted sentences grouped by clause, each group followed by its citation."""
    groups: dict[str, list[ScoredSentence]] = {}
    for sentence in chosen:
        groups.setdefault(sentence.chunk.chunk_id, []).append(sentence)
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
            citations.append(Citation(chunk.doc, chunk.clause_id, s.text, chunk.chunk_id, chunk.doc_title, label))
            support.append(SentenceSupport(s.text, chunk.chunk_id, s.text))
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
    closest = "; ".join(citation_label(h.chunk) for h in hits[:3])
    text = NOT_FOUND
    if closest:
        text += f" Passages les plus proches, à vérifier : {closest}."
    return Answer(question=question, text=text, citations=[], abstained=True, hits=list(hits))
