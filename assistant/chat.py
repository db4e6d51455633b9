"""A conversation: turns kept per user, follow-ups resolved from the previous turns."""

from __future__ import annotations

from typing import TYPE_CHECKING, Sequence

from .types import Answer

if TYPE_CHECKING:
    from .service import Assistant


class Conversation:
    """One user's conversation, scoped to some documents (None: all documents).

    The web page keeps one per browser session; the harness one per gold chain.
    """

    def __init__(self, assistant: "Assistant", docs: Sequence[str] | None = None):
        self.assistant = assistant
        self.docs = list(docs) if docs else None
        self.turns: list[Answer] = []

    def ask(self, question: str) -> Answer:
        answer = self.assistant.ask(question, docs=self.docs, history=self.turns)
        self.turns.append(answer)
        return answer

    def reset(self) -> None:
        self.turns.clear()
