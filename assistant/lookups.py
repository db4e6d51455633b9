"""Direct answers computed from data, not quoted from passages: table cells, deadlines, comparisons.

:class:`DirectAnswers` is asked first by :meth:`assistant.service.Assistant.ask`, with the
retrieved hits; it returns an :class:`~assistant.types.Answer` when a deterministic
lookup answers the question (a salary cell, a computed deadline, a side-by-side
comparison) and ``None`` otherwise, in which case the extractive (or LLM) answerer answers.
"""

from __future__ import annotations

from typing import Sequence

from ingest.index import Index

from .types import Answer, Hit


class DirectAnswers:
    """The deterministic answerers over one index (none yet: every question falls through)."""

    @classmethod
    def from_index(cls, index: Index) -> "DirectAnswers":
        return cls()

    def answer(self, question: str, hits: Sequence[Hit], docs: Sequence[str] | None = None,
               history: Sequence[Answer] = ()) -> Answer | None:
        """A computed answer to ``question``, or None when no lookup applies."""
        return None
