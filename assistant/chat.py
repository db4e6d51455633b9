"""A conversation: turns kept per user, follow-ups resolved from the previous turns.

:func:`is_follow_up` tells a question that only makes sense after the previous turn
("Et pour un temps partiel ?"); :func:`resolve_follow_up` gives what the assistant
searches with then (:class:`FollowUp`: the previous question to prepend, the passages the
previous answer quoted). :class:`Conversation` keeps one user's turns and asks each new
question with them. This module knows nothing of the :class:`~assistant.service.Assistant`
beyond its ``ask`` method (:class:`Asker`), so the service can import it without a circle.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Collection, Protocol, Sequence

from ingest.bm25 import tokenize
from ingest.types import Chunk

from .retrieval import clause_references
from .types import Answer

_FOLLOW_UP_START = re.compile(
    r"^\s*(et|pis|puis|mais|pour|dans ce cas|alors|ok|d'accord|même chose|pareil|est-ce que (ça|ce|cela|il|elle)|"
    r"ça|ce délai|cette|ces|ce|celui|celle|lui|elle|il|si oui|sinon|aussi)\b",
    re.IGNORECASE,
)

# Words that point back to the previous turn wherever they stand ("Pendant cette année-là, ...").
_FOLLOW_UP_ANYWHERE = re.compile(
    r"(\b\w+-là\b|\b(ce|cet|cette|ces) (délai|congé|année|période|journée|jour|jours|montant|clause|"
    r"droit|cas|situation|mesure|règle|avis|grief|rencontre|retenue|prime|entente|annexe)s?\b|"
    r"\b(ça|cela|celle-ci|celui-ci|eux|pareil)\b|\bdans ce cas\b)",
    re.IGNORECASE,
)


#: A question of at most this many content words (BM25 tokens) only names what changes from the previous turn
#: (« Et pour mon père ? », « Pis au Collège ? »). Hand-set: the follow-up rule's length since the first version.
SHORT_QUESTION_WORDS = 3


def is_short(question: str) -> bool:
    """Whether ``question`` holds no more than :data:`SHORT_QUESTION_WORDS` content words: it re-asks the previous
    turn with one thing changed, not a question of its own."""
    return len(tokenize(question)) <= SHORT_QUESTION_WORDS


def is_follow_up(question: str, history: Sequence[Answer]) -> bool:
    """A question that only makes sense after the previous turn ("Et pour un temps partiel ?")."""
    if not history:
        return False
    if clause_references(question):
        return False
    return bool(_FOLLOW_UP_START.match(question) or _FOLLOW_UP_ANYWHERE.search(question)) or is_short(question)


@dataclass(frozen=True)
class FollowUp:
    """How a question is searched given the earlier turns.

    ``context``: the previous turn's (resolved) question, "" when the question stands alone;
    ``quoted``: the passages the previous answer quoted (a follow-up usually stays in their article);
    ``switched``: the agreements a follow-up names when the previous answer quoted none of them (« Pis au
    Collège ? » after a Cris answer): the same question, asked of them alone.
    """

    context: str = ""
    quoted: tuple[Chunk, ...] = ()
    switched: tuple[str, ...] = ()

    def query(self, question: str) -> str:
        """What retrieval searches: the context, then the question."""
        return f"{self.context} {question}".strip()

    def within(self, docs: Sequence[str] | None) -> list[str] | None:
        """The documents searched: the agreements switched to (within the ticked ones ``docs``), else ``docs``."""
        switched = [d for d in self.switched if not docs or d in docs]
        return switched or (list(docs) if docs else None)


def resolve_follow_up(question: str, history: Sequence[Answer],
                      named: Callable[[str], Collection[str]] | None = None) -> FollowUp:
    """The context of ``question`` after ``history`` (empty when it is not a follow-up); ``named`` gives the
    documents a text names (« au Collège »), to tell a follow-up switching agreements."""
    if not is_follow_up(question, history):
        return FollowUp()
    previous = history[-1]
    context = previous.resolved_question or previous.question
    cited = {c.chunk_id for c in previous.citations}
    quoted = tuple(h.chunk for h in previous.hits if h.chunk.chunk_id in cited)
    switched = tuple(named(question)) if named is not None else ()
    if switched and not set(switched) & {c.doc for c in previous.citations}:  # another agreement's passages
        return FollowUp(context, (), switched)  # would answer for the previous one
    return FollowUp(context, quoted)


class Asker(Protocol):
    """What a conversation asks: the :class:`~assistant.service.Assistant` (or a baseline, a fake)."""

    def ask(self, question: str, docs: Sequence[str] | None = None, history: Sequence[Answer] = ()) -> Answer:
        ...


class Conversation:
    """One user's conversation, scoped to some documents (None: all documents).

    The web page keeps one per browser session; the harness one per gold chain.
    """

    def __init__(self, assistant: Asker, docs: Sequence[str] | None = None):
        self.assistant = assistant
        self.docs = list(docs) if docs else None
        self.turns: list[Answer] = []

    def ask(self, question: str) -> Answer:
        answer = self.assistant.ask(question, docs=self.docs, history=self.turns)
        self.turns.append(answer)
        return answer

    def reset(self) -> None:
        self.turns.clear()
