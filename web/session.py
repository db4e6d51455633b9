"""One browser session's conversation: :class:`ChatSession`, kept in a ``gr.State``.

The :class:`~assistant.service.Assistant` is shared by every session (it only reads the
index); each session has its own :class:`~assistant.chat.Conversation` (its turns, its
documents), the transcript its chat shows, and a lock so that it answers one question
at a time. Choosing other documents rescopes the conversation (:meth:`ChatSession.rescope`):
its earlier answers stay, with their citations.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Iterable, Sequence

from assistant.citations import clause_quotes

if TYPE_CHECKING:
    from assistant.chat import Conversation
    from assistant.types import Answer


def normalise_docs(docs: Sequence[str] | None) -> list[str] | None:
    """The chosen documents, sorted; None for "all documents" (nothing checked)."""
    return sorted(docs) if docs else None


@dataclass
class ChatSession:
    """One browser session's conversation and the transcript shown in its chat."""

    conversation: "Conversation"
    messages: list[dict] = field(default_factory=list)
    #: held while a question of this session is answered (one at a time per session)
    busy: threading.Lock = field(default_factory=threading.Lock, repr=False, compare=False)

    @property
    def docs(self) -> list[str] | None:
        return self.conversation.docs

    @property
    def last_answer(self) -> "Answer | None":
        return self.conversation.turns[-1] if self.conversation.turns else None

    def rescope(self, docs: Sequence[str] | None) -> None:
        """The next questions search ``docs`` (None: all); the earlier turns are kept."""
        docs = normalise_docs(docs)
        self.conversation.docs = list(docs) if docs else None

    def quotes_for(self, chunk_ids: Iterable[str]) -> tuple[str, ...]:
        """The quotes taken from these stored passages by the latest answer quoting them ("" none)."""
        ids = tuple(chunk_ids)
        for answer in reversed(self.conversation.turns):
            quotes = clause_quotes(answer, ids)
            if quotes:
                return quotes
        return ()

    def transcript(self) -> list[dict]:
        """A copy of the messages for the chat (the session keeps changing its own)."""
        return [dict(message) for message in self.messages]
