"""What the page's handlers return: named panels instead of positional tuples.

Each value names the parts of the page one event updates. Gradio wants a tuple of
outputs: :mod:`web.layout` converts these values at the edge (and turns the
``has_previous``/``has_next`` flags into button updates).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .session import ChatSession


@dataclass(frozen=True)
class ChatUpdate:
    """One step of an answer: the chat's messages, the question box, the session."""

    messages: list[dict]
    question: str
    session: "ChatSession"


@dataclass(frozen=True)
class NewChat:
    """A fresh conversation: the chat's messages (maybe a notice) and its session."""

    messages: list[dict]
    session: "ChatSession"


@dataclass(frozen=True)
class ClausePanel:
    """One clause shown in full, with the clauses of its article and where one can move."""

    html: str  # the clause card, or a note
    siblings: str  # the clauses of the same article, as links ("" when none)
    has_previous: bool
    has_next: bool
    chunk_id: str | None  # the clause shown (its first stored part), None when none


@dataclass(frozen=True)
class AnswerPanels:
    """The panels of the last answer: cited clauses, verification, the clause checked."""

    cited: str
    verification: str
    clause: ClausePanel
    feedback_note: str = ""


@dataclass(frozen=True)
class BrowsePanels:
    """The browse tab: the document's outline (the clause shown marked) and that clause."""

    outline: str
    clause: ClausePanel
    note: str = ""  # e.g. no clause with the number asked for


@dataclass(frozen=True)
class FeedbackResult:
    """After a verdict: the note shown, and what the comment box now holds."""

    note: str
    comment: str


@dataclass(frozen=True)
class ExportResult:
    """The exported gold candidates: the file to download (None when nothing), and a note."""

    path: str | None
    note: str


@dataclass(frozen=True)
class DocumentChoices:
    """The documents a page offers, after the index served changed (a new agreement indexed)."""

    choices: list[tuple[str, str]]  # (label, key) of every indexed document
    ticked: list[str]  # the ticked documents still indexed
    unticked: bool  # True when a ticked document is no longer indexed (the ticks must be set)
