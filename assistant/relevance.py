"""Whether an answer's quotes are about the question: :func:`topic_overlap`, :func:`off_topic`.

The verification view (and the CLI) flags an answer whose quotes share little with the
question ("hors sujet ?"): a verbatim quote can still answer another question. The
measure is plain and cheap: the share of the question's content words (BM25 tokens:
French stop words and question words dropped, Snowball stems, accents stripped) found
in the quotes. Pure functions, no index, no Gradio.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

from ingest.bm25 import tokenize

from .types import Answer

__all__ = ["RelevanceParams", "TopicOverlap", "topic_overlap", "off_topic", "OFF_TOPIC_FLAG"]

#: The verification view's warning (French: shown on the page).
OFF_TOPIC_FLAG = "Hors sujet ? Les passages cités ont peu de mots en commun avec la question : vérifiez qu'ils y répondent."

#: Words of a question that say how it is asked, not what it is about (stemmed like BM25
#: tokens, so "combien", "Est-ce" and "peux" are dropped whatever their accents).
_QUESTION_WORDS = frozenset(tokenize(
    "combien quand quel quelle quels quelles comment pourquoi quoi est-ce qu'est-ce "
    "peux peut pouvons pouvez peuvent dois doit devons devez doivent faut ai avoir "
    "prévoit prévu dit dire clause article convention entente accord collège oui non "
    "mon ma mes je moi"))


@dataclass(frozen=True)
class RelevanceParams:
    """How little the quotes may share with the question before the answer is flagged.

    ``min_share`` calibrated on the DEV stand-alone items of evals/gold.jsonl (the real
    Assistant, all documents, 2026-12-01; share = question content words found in the
    answer's quotes): answers citing a gold clause share >= 0.25 (0 of 56 below 0.22),
    answers citing no gold clause: 3 of 34 share 0.17 (flagged), the others >= 0.33.
    Word overlap catches only the grossest off-topic quotes; it never blocks an answer.
    ``min_words`` (hand-set): questions with fewer content words are never flagged.
    """

    min_share: float = 0.22  # calibrated: see above (DEV only)
    min_words: int = 2


@dataclass(frozen=True)
class TopicOverlap:
    """The question's content words, and those found in the quotes."""

    question_words: frozenset[str]
    shared: frozenset[str]

    @property
    def share(self) -> float:
        """Shared words over question words (1.0 when the question has none)."""
        return len(self.shared) / len(self.question_words) if self.question_words else 1.0


def content_words(text: str) -> frozenset[str]:
    """The words a text is about: BM25 tokens without question words."""
    return frozenset(t for t in tokenize(text or "") if t not in _QUESTION_WORDS)


def topic_overlap(question: str, quotes: Iterable[str]) -> TopicOverlap:
    """The question's content words found in ``quotes`` (joined)."""
    asked = content_words(question)
    quoted = content_words(" ".join(q for q in quotes if q))
    return TopicOverlap(asked, asked & quoted)


def _judged_text(answer: Answer):
    """What a citation is judged on: its quote, or, for a quote without a content word (a
    table row of numbers read by a lookup: « 5\t20,46\t20,61 … »), the answer's text,
    which names the row's table, job class, échelon and column (« Annexe N, … Technicien
    de travaux pratiques, échelon 5 … »)."""
    def text(citation) -> str:
        worded = any(not word.replace(",", "").replace(".", "").isdigit() for word in content_words(citation.quote))
        return citation.quote if worded else (answer.text or "")
    return text


def off_topic(answer: Answer | None, params: RelevanceParams = RelevanceParams()) -> bool:
    """True when the answer quotes passages sharing too little with its question.

    No answer, an abstention, an answer quoting nothing, or a question with fewer than
    ``params.min_words`` content words: False (nothing to judge).
    """
    if answer is None or answer.abstained or not answer.citations:
        return False
    overlap = topic_overlap(answer.resolved_question or answer.question, map(_judged_text(answer), answer.citations))
    if len(overlap.question_words) < params.min_words:
        return False
    return overlap.share < params.min_share
