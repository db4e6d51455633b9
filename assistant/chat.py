"""A conversation: turns kept per user, follow-ups resolved from the previous turns.

:func:`is_follow_up` tells a question that only makes sense after the previous turn
("Et pour un temps partiel ?"); :func:`resolve_follow_up` gives what the assistant
searches with then (:class:`FollowUp`: the previous question to prepend, the passages the
previous answer quoted); :func:`redated_question` reads a short follow-up giving only another
date after a computed deadline (« Pis si j'ai su ça le 3 mars 2027 ? ») as the earlier question
with that date. :class:`Conversation` keeps one user's turns and asks each new question with them. This module knows nothing of the :class:`~assistant.service.Assistant`
beyond its ``ask`` method (:class:`Asker`), so the service can import it without a circle.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from typing import Callable, Collection, Protocol, Sequence

from ingest.bm25 import tokenize
from ingest.types import Chunk

from .deadlines import MONTHS_FR, WEEKDAYS_FR, date_spans
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


_YEAR = re.compile(r"\b\d{4}\b")
_WEEKDAY_WRITTEN = re.compile(rf"\b(?:{'|'.join(WEEKDAYS_FR)})\s*,?\s*$")


def _written(day: date) -> str:
    """``day`` as a question writes it in full (« samedi 12 juin 2027 », « lundi 1er mars 2027 »)."""
    number = "1er" if day.day == 1 else str(day.day)
    return f"{WEEKDAYS_FR[day.weekday()]} {number} {MONTHS_FR[day.month - 1]} {day.year}"


def _new_date(question: str, event: date) -> tuple[date, str] | None:
    """The one date a follow-up gives and the follow-up without it, read near ``event`` (the earlier question's): a
    day written without its year or weekday takes the year putting it nearest ``event`` (« Et si c'était le 12 juin ? »
    after 3 May 2027: 12 June 2027); None unless the follow-up gives exactly one date."""
    folded, spans = date_spans(question, today=event)
    if len(spans) != 1:
        return None
    begin, end, day = spans[0]
    if not _YEAR.search(folded[begin:end]) and not any(name in folded[begin:end] for name in WEEKDAYS_FR):
        years = [day.replace(year=event.year + shift) for shift in (-1, 0, 1)
                 if not (day.month == 2 and day.day == 29)]
        day = min(years or [day], key=lambda candidate: abs((candidate - event).days))
    return day, f"{folded[:begin]} {folded[end:]}"


#: A determiner, then the word it introduces (« pour **un congé** », « une mesure », « mon avis »); « l' » left out, a
#: pronoun as often as an article (« si je l'avais su »).
_INTRODUCED = re.compile(r"\b(?:une?|les?|la|des|du|[mtsl]es|[mts][ao]n?|notre|nos|votre|vos|leurs?|ce|cet|cette|ces)\s+"
                         r"([^\W\d_][\w'-]*)", re.IGNORECASE)


def _names_another_thing(rest: str, earlier: str) -> bool:
    """Whether a follow-up (its date taken out) introduces a thing the earlier question does not name: a determiner
    and a word of its own (« Pis pour un congé de maternité qui commence le 3 mars ? », « Et pour une mesure
    disciplinaire reçue le 3 mars ? » after a grievance's delay): it asks another delay, not the same one from
    another date (« Ok, pis pour une attestation reçue le lundi 17 mai 2027 ? » after « j'ai reçu … l'attestation »)."""
    known = set(tokenize(earlier))
    for match in _INTRODUCED.finditer(rest):
        word = match.group(1).lower()
        if word in WEEKDAYS_FR or word in MONTHS_FR:
            continue
        stems = set(tokenize(word))
        if stems and not stems & known:
            return True
    return False


@dataclass(frozen=True)
class Redated:
    """A follow-up read as an earlier deadline question with another date: ``question``, that question redated;
    ``turn``, the turn that asked it (its passages hold the clause it was answered from)."""

    question: str
    turn: Answer


def redated_question(question: str, history: Sequence[Answer], event: Callable[[str], date | None],
                     named: Callable[[str], Collection[str]] | None = None) -> Redated | None:
    """The earlier deadline question asked again with the date a short follow-up gives in its place (« Pis si j'ai
    su ça le 3 mars 2027 ? » after « J'ai appris le lundi 8 février 2027 … L'Association a jusqu'à quand pour
    soumettre le grief ? »: the same question of 3 March 2027), so its delay is counted anew from that date, its
    clause, event and agreement kept; None for any other question.

    The previous turn must be a computed deadline (``Answer.kind`` "deadline"), the question a follow-up
    (:func:`is_follow_up`) giving one date and, that date and its first word (« Pis », « Ok ») aside, no more than
    :data:`SHORT_QUESTION_WORDS` content words the earlier question lacks (« si je l'avais su juste », « pour une
    attestation reçue »). ``event`` gives the date a deadline question counts from (today's date said aside); the
    earlier question is the previous turn's own, or, when that turn was itself such a follow-up, the one it redated.
    ``named`` gives the documents a text names: a follow-up naming one the earlier question does not (« Pis au
    Collège, si c'était le 12 juin ? ») switches agreements, and is resolved as before."""
    if not history or history[-1].kind != "deadline" or not is_follow_up(question, history):
        return None
    previous = history[-1]
    before = redated_question(previous.question, history[:-1], event, named)
    earlier, turn = (before.question, before.turn) if before is not None else (previous.question, previous)
    earlier = unicodedata.normalize("NFC", earlier)
    if named is not None and set(named(question)) - set(named(earlier)):
        return None
    start = event(earlier)
    if start is None:
        return None
    found = _new_date(question, start)
    if found is None:
        return None
    day, rest = found
    rest = rest[m.end():] if (m := _FOLLOW_UP_START.match(rest)) else rest
    if len(set(tokenize(rest)) - set(tokenize(earlier))) > SHORT_QUESTION_WORDS or _names_another_thing(rest, earlier):
        return None
    folded, spans = date_spans(earlier, today=start)
    at = next(((begin, end) for begin, end, found_day in spans if found_day == start), None)
    if at is None or len(folded) != len(earlier):  # positions of the folded text are the question's own
        return None
    begin, end = at
    weekday = _WEEKDAY_WRITTEN.search(folded, 0, begin)
    begin = weekday.start() if weekday else begin
    return Redated(f"{earlier[:begin]}{_written(day)}{earlier[end:]}", turn)


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
