"""What the page's events call: :class:`PageHandlers`, plain Python (tests call it without a browser).

Handlers take and return plain values (strings, lists of chat messages, a
:class:`~web.session.ChatSession`) and return named panels (:mod:`web.panels`);
:mod:`web.layout` wires them to the Gradio components. They never raise to the page:
a question the assistant cannot take gets its French explanation, anything else
:data:`~web.texts.GENERIC_ERROR` with the traceback in the server log.
"""

from __future__ import annotations

import hmac
import logging
import shutil
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING, Iterator, Sequence

from assistant.browse import ClauseNotFoundError
from assistant.citations import cited_clauses

from .chat_text import answer_body, answer_markdown, esc_md, scope_notice, word_groups
from .panels import (AnswerPanels, BrowsePanels, ChatUpdate, ClausePanel, DocumentChoices, ExportResult,
                     FeedbackResult, NewChat)
from .render import attr, clause_card, note, render_cited, render_outline, render_siblings, render_verification
from .session import ChatSession, normalise_docs
from .texts import (ASK_FIRST, CHOOSE_DOCUMENT, CLAUSE_GONE, CLAUSE_PLACEHOLDER, EXPORT_FAILED, FEEDBACK_FAILED,
                    GENERIC_ERROR, NOTHING_TO_EXPORT, STAFF_ONLY, WRONG_STAFF_PASSWORD)

if TYPE_CHECKING:
    from assistant.feedback import FeedbackStore
    from assistant.service import Assistant
    from assistant.types import Answer

log = logging.getLogger(__name__)


#: Seconds a wrong staff password waits before its refusal (the export event runs one at a
#: time, so this bounds guessing to about one password a second). Hand-set.
STAFF_REFUSAL_DELAY = 1.0


def is_staff(given: str | None, staff_password: str | None) -> bool:
    """True when ``given`` is the configured staff password (constant-time comparison).

    No password configured (None or empty) means nobody is staff.
    """
    if not staff_password or not given:
        return False
    return hmac.compare_digest(given.encode("utf-8"), staff_password.encode("utf-8"))


def _no_clause(html: str) -> ClausePanel:
    return ClausePanel(html, "", False, False, None)


def shown_clause(card: str, chunk_ids: Sequence[str]) -> str:
    """A clause card in a ``data-chunks`` box naming every stored part of the clause (space-separated).

    Opened for checking, the verification view's rows whose passages come from one of those
    parts are brought into view and outlined (``web/static/page.js``, ``alignChecked``).
    """
    return f'<div class="shown-clause" data-chunks="{attr(" ".join(chunk_ids))}">{card}</div>'


class PageHandlers:
    """What the page's events call; plain Python, so tests call them without a browser."""

    def __init__(self, assistant: "Assistant", feedback_store: "FeedbackStore", stream_delay: float = 0.03,
                 staff_password: str | None = None, refusal_delay: float = STAFF_REFUSAL_DELAY):
        self.assistant = assistant
        self.feedback_store = feedback_store
        self.stream_delay = stream_delay
        self._staff_password = staff_password or None
        self.refusal_delay = refusal_delay
        self._last_export: Path | None = None  # removed at the next export (Gradio serves its own copy)

    @property
    def staff_enabled(self) -> bool:
        """Whether the operator configured a staff password (else the page has no staff box)."""
        return self._staff_password is not None

    # -- sessions ---------------------------------------------------------------------

    def document_choices(self) -> list[tuple[str, str]]:
        """(label, key) of every indexed document, for "Ma convention / mon entente"."""
        return [(info.display_name, key) for key, info in self.assistant.documents.items()]

    def refresh_documents(self, shown: Sequence[Sequence[str]] | None, ticked: Sequence[str] | None
                          ) -> DocumentChoices | None:
        """The documents to offer when they are no longer the ``shown`` (label, key) pairs (a new
        index generation was swapped in while the page was open); None when nothing changed.

        The ticked documents stay ticked; one no longer indexed is unticked.
        """
        current = self.document_choices()
        if shown is not None and [tuple(choice) for choice in shown] == current:
            return None
        keys = {key for _, key in current}
        kept = [doc for doc in ticked or () if doc in keys]
        return DocumentChoices(current, kept, unticked=len(kept) != len(ticked or ()))

    def new_session(self, docs: Sequence[str] | None = None) -> ChatSession:
        return ChatSession(self.assistant.conversation(normalise_docs(docs)))

    def _session(self, session: ChatSession | None, docs: Sequence[str] | None) -> ChatSession:
        docs = normalise_docs(docs)
        if session is None:
            return self.new_session(docs)
        if normalise_docs(session.docs) != docs:  # documents changed without the choice's event
            session.rescope(docs)
            session.messages.append(scope_notice(self.assistant, docs))
        return session

    # -- questions --------------------------------------------------------------------

    def respond(self, question: str, docs: Sequence[str] | None, session: ChatSession | None
                ) -> Iterator[ChatUpdate]:
        """Answer one question, streaming the answer (several updates of the chat)."""
        session = self._session(session, docs)
        text = (question or "").strip()
        if not text:
            yield ChatUpdate(session.transcript(), "", session)
            return
        if not session.busy.acquire(blocking=False):  # the previous answer is still coming
            yield ChatUpdate(session.transcript(), question, session)
            return
        try:
            yield from self._answer(text, session)
        finally:
            session.busy.release()

    def _answer(self, text: str, session: ChatSession) -> Iterator[ChatUpdate]:
        from assistant.service import QuestionError

        session.messages.append({"role": "user", "content": esc_md(text)})
        reply = {"role": "assistant", "content": "…"}  # kept: a scope notice may follow it meanwhile
        session.messages.append(reply)
        yield ChatUpdate(session.transcript(), "", session)
        try:
            answer = session.conversation.ask(text)
        except QuestionError as exc:
            reply["content"] = esc_md(exc.french)
            yield ChatUpdate(session.transcript(), "", session)
            return
        except Exception:
            log.exception("question failed: %r (documents: %s)", text, session.docs)
            reply["content"] = GENERIC_ERROR
            yield ChatUpdate(session.transcript(), "", session)
            return
        try:
            final = answer_markdown(self.assistant, answer)
            plain = answer_body(answer)
        except Exception:
            log.exception("could not show the answer to %r", text)
            final = plain = esc_md(answer.text)
        for partial in word_groups(plain):
            reply["content"] = partial
            yield ChatUpdate(session.transcript(), "", session)
            if self.stream_delay:
                time.sleep(self.stream_delay)
        reply["content"] = final
        yield ChatUpdate(session.transcript(), "", session)

    def change_documents(self, docs: Sequence[str] | None, session: ChatSession | None) -> NewChat:
        """A new document choice scopes the next questions; the conversation stays, and the chat says so."""
        if session is None:
            session = self.new_session(docs)
        elif normalise_docs(session.docs) == normalise_docs(docs):
            return NewChat(session.transcript(), session)
        else:
            session.rescope(docs)
        session.messages.append(scope_notice(self.assistant, session.docs))
        return NewChat(session.transcript(), session)

    def new_conversation(self, docs: Sequence[str] | None) -> NewChat:
        fresh = self.new_session(docs)
        return NewChat(fresh.transcript(), fresh)

    # -- panels of the last answer ---------------------------------------------------------

    def answer_panels(self, session: ChatSession | None) -> AnswerPanels:
        """The cited clauses, the verification, and the first cited clause opened for checking."""
        answer = session.last_answer if session is not None else None
        try:
            cited = render_cited(self.assistant, answer)
            verification = render_verification(self.assistant, answer)
        except Exception:
            log.exception("could not show the cited clauses")
            cited = verification = note(GENERIC_ERROR, "error-note")
        return AnswerPanels(cited, verification, self.clause_panel(_first_to_check(answer), session), "")

    def clause_panel(self, chunk_id: str | None, session: ChatSession | None = None,
                     empty: str = CLAUSE_PLACEHOLDER, capped: bool = True) -> ClausePanel:
        """The whole clause holding ``chunk_id``, its siblings, and whether one can move.

        The quotes taken from this clause (from any of its stored parts) by the session's
        latest answer quoting it are highlighted: an earlier answer's citation opens with its quotes.
        """
        if not chunk_id:
            return _no_clause(note(empty))
        try:
            view = self.assistant.open_clause(chunk_id)
            around = self.assistant.neighbours(view.chunk_id)
            quotes = session.quotes_for(view.chunk_ids) if session is not None else ()
            card = shown_clause(clause_card(view, quotes, capped=capped), view.chunk_ids)
            return ClausePanel(card, render_siblings(around, view.chunk_id), around.previous is not None,
                               around.next is not None, view.chunk_id)
        except ClauseNotFoundError:
            return _no_clause(note(CLAUSE_GONE, "error-note"))
        except Exception:
            log.exception("could not open %s", chunk_id)
            return _no_clause(note(GENERIC_ERROR, "error-note"))

    def step(self, chunk_id: str | None, direction: int, session: ChatSession | None = None,
             capped: bool = True) -> ClausePanel:
        """The clause before (-1) or after (+1) the one shown."""
        if not chunk_id:
            return self.clause_panel(None, session, capped=capped)
        try:
            around = self.assistant.neighbours(chunk_id)
        except Exception:
            log.exception("could not move from %s", chunk_id)
            return self.clause_panel(None, session, capped=capped)
        target = around.previous if direction < 0 else around.next
        return self.clause_panel(target or chunk_id, session, capped=capped)

    # -- browsing -----------------------------------------------------------------------

    def outline_panel(self, doc: str | None, current: str | None = None) -> str:
        """The outline of ``doc``, the clause ``current`` marked."""
        if not doc:
            return note(CHOOSE_DOCUMENT)
        try:
            return render_outline(self.assistant.outline(doc), current)
        except Exception:
            log.exception("could not show the outline of %s", doc)
            return note(GENERIC_ERROR, "error-note")

    def open_document(self, doc: str | None) -> BrowsePanels:
        """A newly chosen document: its outline, its first clause shown."""
        heads = self.assistant.clause_heads(doc) if doc else []
        first = heads[0].chunk_id if heads else None
        return BrowsePanels(self.outline_panel(doc, first), self.clause_panel(first, capped=False))

    def browse_to(self, chunk_id: str | None, doc: str | None) -> BrowsePanels:
        """The clause ``chunk_id`` shown, and marked in the outline of ``doc``."""
        panel = self.clause_panel(chunk_id, capped=False)
        return BrowsePanels(self.outline_panel(doc, panel.chunk_id), panel)

    def browse_step(self, chunk_id: str | None, doc: str | None, direction: int) -> BrowsePanels:
        """The clause before (-1) or after (+1) the one shown in the browse tab."""
        panel = self.step(chunk_id, direction, capped=False)
        return BrowsePanels(self.outline_panel(doc, panel.chunk_id), panel)

    def find_in_document(self, number: str, doc: str | None, current: str | None) -> BrowsePanels:
        """Open the clause numbered ``number`` ("10-1.02", "Annexe M") in the chosen document."""
        number = " ".join((number or "").split())
        if not number:
            return BrowsePanels(self.outline_panel(doc, current), self.clause_panel(current, capped=False))
        try:
            view = self.assistant.find_clause(number, [doc] if doc else None)
        except ClauseNotFoundError:
            title = self.assistant.document_title(doc) if doc else "les documents"
            message = f"Aucune clause « {number} » dans {title}."
            return BrowsePanels(self.outline_panel(doc, current), self.clause_panel(current, capped=False),
                                esc_md(message))
        return self.browse_to(view.chunk_id, view.doc)

    # -- feedback ------------------------------------------------------------------------

    def give_feedback(self, verdict: str, comment: str, session: ChatSession | None) -> FeedbackResult:
        """Store a verdict on the last answer."""
        answer = session.last_answer if session is not None else None
        if answer is None:
            return FeedbackResult(ASK_FIRST, comment)
        try:
            self.feedback_store.record(answer, verdict, comment, docs=session.docs)
        except Exception:
            log.exception("could not store feedback")
            return FeedbackResult(FEEDBACK_FAILED, comment)
        shown = "utile" if verdict == "utile" else "erronée"
        return FeedbackResult(f"Merci ! Votre avis (« {shown} ») sur la dernière réponse est enregistré.", "")

    def export_feedback(self, password: str | None) -> ExportResult:
        """The feedback as a .jsonl of gold candidates to download, for the union staff only.

        Every visitor's questions and comments are in it, so ``password`` must be the staff
        password the operator configured: checked here, since the page's events can be
        called directly. Without a configured password nobody may export.
        """
        if not self.staff_enabled:
            log.warning("feedback export refused: no staff password is configured")
            return ExportResult(None, STAFF_ONLY)
        if not is_staff(password, self._staff_password):
            log.warning("feedback export refused: wrong staff password")
            if self.refusal_delay:
                time.sleep(self.refusal_delay)
            return ExportResult(None, WRONG_STAFF_PASSWORD)
        if self._last_export is not None:
            shutil.rmtree(self._last_export, ignore_errors=True)
        try:
            folder = self._last_export = Path(tempfile.mkdtemp(prefix="candidats-"))
            path = folder / f"candidats-jeu-de-reference-{time.strftime('%Y%m%d-%H%M%S')}.jsonl"
            count = self.feedback_store.export_gold(path)
        except Exception:
            log.exception("could not export feedback")
            return ExportResult(None, EXPORT_FAILED)
        if not count:
            return ExportResult(None, NOTHING_TO_EXPORT)
        plural = "s" if count > 1 else ""
        return ExportResult(str(path), f"{count} question{plural} exportée{plural} "
                                       "au format du jeu de référence, à relire avant de les ajouter.")


def _first_to_check(answer: "Answer | None") -> str | None:
    """What the verification view opens first: the first cited clause, else the closest passage."""
    if answer is None:
        return None
    clauses = cited_clauses(answer)
    if clauses:
        return clauses[0].chunk_id
    return answer.hits[0].chunk.chunk_id if answer.hits else None
