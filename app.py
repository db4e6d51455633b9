"""The web page: teachers ask in French, union representatives check the cited clauses.

    python app.py        # builds the index the first time, then serves http://127.0.0.1:7860

:func:`build_app` builds the page around an :class:`~assistant.service.Assistant` and a
:class:`~assistant.feedback.FeedbackStore` without launching it (tests build it around
a small index); :func:`serve` launches it; :func:`main` reads the settings, builds the
index when there is none yet, and serves the page on the loopback interface.

Every browser session keeps its own conversation in a ``gr.State``; the Assistant is
shared (it only reads the index). Nothing on the page ever shows a traceback: a
question the assistant cannot take gets its French explanation, anything else a short
French message, with the traceback in the server log.
"""

# No ``from __future__ import annotations`` here: Gradio reads the ``gr.EventData``
# annotations of the click handlers at run time.
import html
import logging
import os
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Iterator, Sequence

if TYPE_CHECKING:  # imported lazily: importing this module does no work
    import gradio as gr

    from assistant.chat import Conversation
    from assistant.feedback import FeedbackStore
    from assistant.service import Assistant
    from assistant.types import Answer
    from ingest.config import Settings

log = logging.getLogger("app")

TITLE = "Assistant des conventions collectives"
INTRO = (
    "Posez votre question en français : l'assistant répond en citant mot pour mot les clauses "
    "de votre convention ou entente. Vérifiez chaque réponse d'un clic dans le texte de la clause."
)
EXAMPLES = (
    "J'ai combien de temps pour déposer un grief ?",
    "Les jours de maladie que je n'ai pas pris, est-ce qu'ils me sont payés ?",
    "Que dit la clause 5-3.01 ?",
    "Qu'est-ce qui remplace la clause 5-2.01 dans l'entente des Cris ?",
)
GENERIC_ERROR = "Une erreur est survenue; réessayez ou reformulez la question."
UNSUPPORTED = "Non appuyée par les passages"
NO_ANSWER_YET = "Posez une question : les clauses citées dans la réponse s'afficheront ici, en entier."
NO_VERIFICATION_YET = "Posez une question : chaque phrase de la réponse sera mise en regard du passage qui l'appuie."
ASK_FIRST = "Posez d'abord une question : votre avis porte sur la dernière réponse."
DEFAULT_PORT = 7860
#: Questions answered at once (the Assistant is shared and only reads the index).
CONCURRENCY = 8

#: Runs in every panel showing clauses: a click on a link naming a clause (``data-chunk``)
#: triggers the panel's Python click handler with that chunk id; after each update, the
#: clause shown in a list, and the first highlighted quote of each clause, are scrolled into view.
_PANEL_JS = """
element.addEventListener('click', (event) => {
  const link = event.target.closest('[data-chunk]');
  if (!link) return;
  event.preventDefault();
  trigger('click', {chunk: link.dataset.chunk});
});
const scroller = () => {  // the panel's own scrolling box (gr.HTML with max_height), never the page
  const box = element.closest('.html-container') || element.parentElement;
  const overflow = box ? getComputedStyle(box).overflowY : '';
  return (overflow === 'auto' || overflow === 'scroll') && box.scrollHeight > box.clientHeight ? box : null;
};
const reveal = () => requestAnimationFrame(() => {
  element.querySelectorAll('.clause-text').forEach((box) => {
    const mark = box.querySelector('mark');
    box.scrollTop = mark ? Math.max(0, mark.offsetTop - 24) : 0;
  });
  const current = element.querySelector('li.current');
  const box = scroller();
  if (!box) return;
  box.scrollTop = 0;
  if (!current) return;
  const below = current.getBoundingClientRect().bottom - box.getBoundingClientRect().bottom;
  if (below > 0) box.scrollTop = below + box.clientHeight / 3;
});
watch('value', reveal);
reveal();
"""

CSS = """
.app-header h1 { margin-bottom: 0.2rem; }
.app-header p { margin-top: 0; color: var(--body-text-color-subdued); font-size: 1.02rem; }
.clause-card { border: 1px solid var(--border-color-primary); border-radius: 8px; padding: 10px 12px;
  margin: 0 0 12px 0; background: var(--background-fill-primary); }
.clause-card h4 { margin: 0 0 4px 0; font-size: 1rem; }
.clause-card .num { display: inline-block; min-width: 1.5em; height: 1.5em; line-height: 1.5em; text-align: center;
  border-radius: 50%; background: var(--color-accent); color: white; font-size: 0.85rem; margin-right: 6px; }
.clause-path { color: var(--body-text-color-subdued); font-size: 0.88rem; margin-bottom: 4px; }
.clause-meta { font-size: 0.88rem; margin-bottom: 6px; }
.clause-amends { background: var(--background-fill-secondary); border-left: 3px solid var(--color-accent);
  padding: 4px 8px; margin: 4px 0 8px 0; font-size: 0.9rem; }
.clause-text { white-space: pre-wrap; line-height: 1.55; font-size: 0.95rem; position: relative; }
.clause-card.capped .clause-text { max-height: 26em; overflow-y: auto; }
#docs label { padding: 4px 10px; }
.clause-text mark, .support-passage mark { background: #ffe98f; color: #1f1f1f; padding: 0 2px; border-radius: 2px; }
.clause-actions { margin-top: 6px; font-size: 0.9rem; }
a.clause-link { cursor: pointer; color: var(--link-text-color, var(--color-accent)); text-decoration: none; }
a.clause-link:hover { text-decoration: underline; }
a.clause-link .num { color: var(--body-text-color); font-weight: 600; }
.feedback-row button { border: 1px solid var(--border-color-primary); }
.empty-note { color: var(--body-text-color-subdued); font-style: italic; padding: 8px 2px; }
.error-note { color: #b42318; padding: 8px 2px; }
.flags { border: 1px solid #f5c26b; background: #fff8e6; color: #5c3b00; border-radius: 8px; padding: 6px 10px;
  margin-bottom: 10px; }
.support-head, .support-row { display: grid; grid-template-columns: 1fr 1fr; gap: 10px; }
.support-head { font-weight: 600; font-size: 0.85rem; color: var(--body-text-color-subdued); margin-bottom: 4px; }
.support-row { border-top: 1px solid var(--border-color-primary); padding: 8px 0; font-size: 0.93rem; line-height: 1.45; }
.support-passage .source { display: block; font-size: 0.85rem; margin-bottom: 2px; }
.unsupported { color: #b42318; font-weight: 600; }
.support-row.missing .support-sentence { border-left: 3px solid #b42318; padding-left: 6px; }
.siblings ul, .outline ul { list-style: none; padding-left: 0; margin: 4px 0; }
.siblings li, .outline li { padding: 2px 0; font-size: 0.92rem; }
.examples-box, .feedback-box { padding: 6px 10px; }
.box-title p { margin: 2px 0 4px 0; }
.examples button { white-space: normal; }
.siblings li.current a, .outline li.current a { font-weight: 700; text-decoration: none; color: inherit; }
.outline .lvl-0 { font-weight: 700; margin-top: 8px; }
.outline .lvl-1 { padding-left: 12px; }
.outline .lvl-2 { padding-left: 28px; font-size: 0.92rem; }
.outline .num, .siblings .num { font-variant-numeric: tabular-nums; margin-right: 4px; }
"""


# -- value helpers (no gradio) -------------------------------------------------------------


def esc(text: object) -> str:
    """HTML-escape corpus text (and anything else shown) for an element's content."""
    return html.escape(str(text if text is not None else ""), quote=False)


def attr(text: object) -> str:
    """HTML-escape a value for an attribute (quotes too)."""
    return html.escape(str(text if text is not None else ""), quote=True)


def esc_md(text: object) -> str:
    """Escape text for the chat's Markdown: no HTML tag gets through, apostrophes stay."""
    return html.escape(str(text if text is not None else ""), quote=False)


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

    def transcript(self) -> list[dict]:
        """A copy of the messages for the chat (the session keeps changing its own)."""
        return [dict(message) for message in self.messages]


@dataclass(frozen=True)
class CitedClause:
    """A clause an answer cites, numbered as in the answer, with the sentences quoted from it."""

    number: int
    chunk_id: str
    label: str
    quotes: tuple[str, ...]


def cited_clauses(answer: "Answer | None") -> list[CitedClause]:
    """The answer's citations grouped by passage, numbered 1, 2… in order of citation."""
    if answer is None:
        return []
    groups: dict[str, list] = {}
    for citation in answer.citations:
        groups.setdefault(citation.chunk_id, []).append(citation)
    return [
        CitedClause(number, chunk_id, citations[0].label or f"[{citations[0].doc_title or citations[0].doc}, "
                    f"{citations[0].clause}]", tuple(dict.fromkeys(c.quote for c in citations)))
        for number, (chunk_id, citations) in enumerate(groups.items(), start=1)
    ]


def normalise_docs(docs: Sequence[str] | None) -> list[str] | None:
    return sorted(docs) if docs else None


def scope_phrase(assistant: "Assistant", docs: Sequence[str] | None) -> str:
    if not docs:
        return "tous les documents"
    return ", ".join(f"« {assistant.document_title(d)} »" for d in docs)


def answer_markdown(assistant: "Assistant", answer: "Answer") -> str:
    """The answer as shown in the chat: its text, then its numbered cited clauses."""
    text = esc_md(answer.text)
    if answer.abstained:
        text += "\n\n*Reformulez la question, ou cochez un autre document au-dessus de la conversation.*"
    cited = cited_clauses(answer)
    if cited:
        lines = []
        for clause in cited:
            chunk = assistant.index.by_id.get(clause.chunk_id)
            where = ""
            if chunk is not None and chunk.article_title and chunk.kind == "clause":
                where = f" — {esc_md(chunk.article)} {esc_md(chunk.article_title)}"
            if chunk is not None and chunk.page:
                where += f", p. {chunk.page}"
            lines.append(f"{clause.number}. {esc_md(clause.label)}{where}")
        text += "\n\n**Clauses citées**\n\n" + "\n".join(lines)
    return text


def word_groups(text: str, size: int = 4) -> Iterator[str]:
    """Growing prefixes of ``text``, ``size`` words more each time (for streaming)."""
    words = text.split(" ")
    for end in range(size, len(words) + size, size):
        yield " ".join(words[:end])


# -- HTML rendering (corpus text always escaped) ----------------------------------------------


def _marked(text: str, quotes: Sequence[str]) -> str:
    from assistant.browse import quote_spans

    out, position = [], 0
    for start, end in quote_spans(text, quotes):
        out.append(esc(text[position:start]))
        out.append(f"<mark>{esc(text[start:end])}</mark>")
        position = end
    out.append(esc(text[position:]))
    return "".join(out)


def _event_chunk(event) -> str | None:
    """The chunk id a clicked link carried (``data-chunk``), if any."""
    data = getattr(event, "_data", None)
    return data.get("chunk") if isinstance(data, dict) else None


def _note(text: str, kind: str = "empty-note") -> str:
    return f'<div class="{kind}">{esc(text)}</div>'


def _link(chunk_id: str, text: str) -> str:
    return f'<a href="#" class="clause-link" data-chunk="{attr(chunk_id)}">{text}</a>'


def clause_card(view, quotes: Sequence[str] = (), number: int | None = None, action: str = "",
                capped: bool = True) -> str:
    """One clause in full: document, number, heading path, page, amendment, text.

    ``capped``: a long text scrolls inside the card (to its first quote) instead of
    stretching the panel.
    """
    badge = f'<span class="num">{number}</span>' if number is not None else ""
    kind = {"clause": "clause", "article": "article", "chapter": "chapitre"}.get(view.kind, "")
    name = f"{kind} {view.clause_id}".strip() if kind else view.clause_id
    css = "clause-card capped" if capped else "clause-card"
    parts = [f'<article class="{css}" data-clause="{attr(view.clause_id)}">',
             f"<h4>{badge}{esc(view.doc_title)} — {esc(name)}</h4>"]
    if view.heading_path:
        parts.append(f'<div class="clause-path">{" › ".join(esc(h) for h in view.heading_path)}</div>')
    meta = []
    if view.page:
        meta.append(f"page {esc(view.page)}")
    if meta:
        parts.append(f'<div class="clause-meta">{" · ".join(meta)}</div>')
    if view.amends:
        amendment = esc(view.amends.describe())
        instruction = f"<br>{esc(view.amends.instruction)}" if view.amends.instruction else ""
        parts.append(f'<div class="clause-amends">Modification : {amendment}{instruction}</div>')
    parts.append(f'<div class="clause-text">{_marked(view.text, quotes)}</div>')
    if action:
        parts.append(f'<div class="clause-actions">{action}</div>')
    parts.append("</article>")
    return "".join(parts)


def render_cited(assistant: "Assistant", answer: "Answer | None") -> str:
    """The "Clauses citées" panel: every clause the answer cites, in full, quotes marked."""
    from assistant.browse import ClauseNotFoundError, open_clause

    if answer is None:
        return _note(NO_ANSWER_YET)
    cited = cited_clauses(answer)
    if not cited:
        html_parts = [_note("Aucune clause citée : l'assistant n'a pas trouvé la réponse dans les documents.")]
        closest = [h.chunk for h in answer.hits[:3]]
        if closest:
            items = "".join(
                f"<li>{_link(c.chunk_id, esc(f'[{c.doc_title or c.doc}, {c.clause_id}]'))}</li>" for c in closest)
            html_parts.append(f'<div class="siblings">Passages les plus proches, à vérifier :<ul>{items}</ul></div>')
        return "".join(html_parts)
    cards = []
    for clause in cited:
        try:
            view = open_clause(assistant.index, clause.chunk_id)
        except ClauseNotFoundError:
            cards.append(_note(f"{clause.number}. {clause.label} : passage introuvable dans l'index.", "error-note"))
            continue
        action = _link(view.chunk_id, "Vérifier cette clause ›")
        cards.append(clause_card(view, clause.quotes, clause.number, action))
    return "".join(cards)


def render_verification(assistant: "Assistant", answer: "Answer | None") -> str:
    """Each sentence of the answer beside the passage that supports it; grounding flags."""
    from assistant.answer import citation_label

    if answer is None:
        return _note(NO_VERIFICATION_YET)
    parts = []
    if answer.flags:
        items = "".join(f"<li>{esc(flag)}</li>" for flag in answer.flags)
        parts.append(f'<div class="flags"><b>Problèmes relevés par la vérification :</b><ul>{items}</ul></div>')
    if answer.abstained:
        parts.append(_note("L'assistant n'a pas répondu (information introuvable) : aucune phrase à vérifier."))
        return "".join(parts)
    support = list(answer.support)
    if not support:  # an answerer that gives no sentence-level support: its quotes stand for it
        from assistant.types import SentenceSupport

        support = [SentenceSupport(c.quote, c.chunk_id, c.quote) for c in answer.citations]
    if not support:
        parts.append(_note("Cette réponse ne cite aucun passage.", "error-note"))
        return "".join(parts)
    numbers = {c.chunk_id: c.number for c in cited_clauses(answer)}
    rows = ['<div class="support-head"><div>Phrase de la réponse</div><div>Passage qui l\'appuie</div></div>']
    for item in support:
        chunk = assistant.index.by_id.get(item.chunk_id) if item.chunk_id else None
        if chunk is None or not item.quote:
            rows.append(f'<div class="support-row missing"><div class="support-sentence">{esc(item.sentence)}</div>'
                        f'<div class="support-passage unsupported">{UNSUPPORTED}</div></div>')
            continue
        number = numbers.get(chunk.chunk_id)
        source = _link(chunk.chunk_id, esc(f"{number}. " if number else "") + esc(citation_label(chunk)))
        rows.append(f'<div class="support-row ok"><div class="support-sentence">{esc(item.sentence)}</div>'
                    f'<div class="support-passage"><span class="source">{source}</span>'
                    f"<mark>{esc(item.quote)}</mark></div></div>")
    parts.append(f'<div class="support">{"".join(rows)}</div>')
    return "".join(parts)


def render_siblings(neighbours, current: str) -> str:
    """The clauses of the same article (annex, section…), each one a link."""
    if len(neighbours.siblings) <= 1:
        return ""
    items = []
    for view in neighbours.siblings:
        from assistant.browse import clause_preview

        preview = clause_preview(view)
        label = f'<span class="num">{esc(view.clause_id)}</span> {esc(preview)}'
        css = ' class="current"' if view.chunk_id == current else ""
        items.append(f"<li{css}>{_link(view.chunk_id, label)}</li>")
    return (f'<div class="siblings"><b>Dans {esc(neighbours.group)} :</b>'
            f'<ul>{"".join(items)}</ul></div>')


def render_outline(entries, current: str | None = None) -> str:
    """A document's outline; every line opens its clause."""
    if not entries:
        return _note("Ce document ne contient aucune clause.")
    # A chapter, its first article and that article's first clause open the same passage:
    # only the deepest of them is marked as the one shown.
    shown = max((i for i, e in enumerate(entries) if e.chunk_id == current), default=None)
    items = []
    for position, entry in enumerate(entries):
        number = f"Chapitre {entry.number}" if entry.kind == "chapter" else entry.number
        number = f'<span class="num">{esc(number)}</span> ' if number else ""
        css = f"lvl-{entry.level}" + (" current" if position == shown else "")
        items.append(f'<li class="{css}">{_link(entry.chunk_id, number + esc(entry.title))}</li>')
    return f'<nav class="outline"><ul>{"".join(items)}</ul></nav>'


# -- the page's handlers --------------------------------------------------------------------------


class PageHandlers:
    """What the page's events call; plain Python, so tests call them without a browser."""

    def __init__(self, assistant: "Assistant", feedback_store: "FeedbackStore", stream_delay: float = 0.03):
        self.assistant = assistant
        self.feedback_store = feedback_store
        self.stream_delay = stream_delay

    # -- sessions ---------------------------------------------------------------------

    def document_choices(self) -> list[tuple[str, str]]:
        """(label, key) of every indexed document, for "Ma convention / mon entente"."""
        choices = []
        for key, info in self.assistant.index.documents.items():
            label = info.get("title") or key
            if info.get("period"):
                label += f" ({info['period']})"
            choices.append((label, key))
        return choices

    def new_session(self, docs: Sequence[str] | None = None) -> ChatSession:
        return ChatSession(self.assistant.conversation(normalise_docs(docs)))

    def _session(self, session: ChatSession | None, docs: Sequence[str] | None) -> ChatSession:
        docs = normalise_docs(docs)
        if session is None:
            return self.new_session(docs)
        if normalise_docs(session.docs) != docs:
            fresh = self.new_session(docs)
            fresh.messages.append(self._scope_notice(docs))
            return fresh
        return session

    def _scope_notice(self, docs: Sequence[str] | None) -> dict:
        try:
            scope = scope_phrase(self.assistant, docs)
        except KeyError:
            scope = ", ".join(docs or ())
        return {"role": "assistant",
                "content": f"*Nouvelle conversation : les réponses viendront de {esc_md(scope)}.*"}

    # -- questions --------------------------------------------------------------------

    def respond(self, question: str, docs: Sequence[str] | None, session: ChatSession | None):
        """Answer one question, streaming the answer: yields (chat messages, question box, session)."""
        session = self._session(session, docs)
        text = (question or "").strip()
        if not text:
            yield session.transcript(), "", session
            return
        if not session.busy.acquire(blocking=False):  # the previous answer is still coming
            yield session.transcript(), question, session
            return
        try:
            yield from self._answer(text, session)
        finally:
            session.busy.release()

    def _answer(self, text: str, session: ChatSession):
        session.messages.append({"role": "user", "content": esc_md(text)})
        session.messages.append({"role": "assistant", "content": "…"})
        yield session.transcript(), "", session
        from assistant.service import QuestionError

        try:
            answer = session.conversation.ask(text)
        except QuestionError as exc:
            session.messages[-1]["content"] = esc_md(exc.french)
            yield session.transcript(), "", session
            return
        except Exception:
            log.exception("question failed: %r (documents: %s)", text, session.docs)
            session.messages[-1]["content"] = GENERIC_ERROR
            yield session.transcript(), "", session
            return
        try:
            final = answer_markdown(self.assistant, answer)
        except Exception:
            log.exception("could not show the answer to %r", text)
            final = esc_md(answer.text)
        for partial in word_groups(esc_md(answer.text)):
            session.messages[-1]["content"] = partial
            yield session.transcript(), "", session
            if self.stream_delay:
                time.sleep(self.stream_delay)
        session.messages[-1]["content"] = final
        yield session.transcript(), "", session

    def change_documents(self, docs: Sequence[str] | None, session: ChatSession | None):
        """A new document choice starts a new conversation, and the chat says so."""
        fresh = self.new_session(docs)
        fresh.messages.append(self._scope_notice(fresh.docs))
        return fresh.transcript(), fresh

    def new_conversation(self, docs: Sequence[str] | None):
        fresh = self.new_session(docs)
        return fresh.transcript(), fresh

    # -- panels of the last answer ---------------------------------------------------------

    def answer_panels(self, session: ChatSession | None):
        """(cited clauses, verification, clause view, siblings, previous?, next?, clause shown, feedback note)."""
        answer = session.last_answer if session is not None else None
        try:
            cited = render_cited(self.assistant, answer)
            verification = render_verification(self.assistant, answer)
        except Exception:
            log.exception("could not show the cited clauses")
            cited = verification = _note(GENERIC_ERROR, "error-note")
        first = None
        if answer is not None:
            clauses = cited_clauses(answer)
            first = clauses[0].chunk_id if clauses else (answer.hits[0].chunk.chunk_id if answer.hits else None)
        return (cited, verification, *self.clause_panel(first, session), "")

    def _quotes_for(self, chunk_id: str | None, session: ChatSession | None) -> tuple[str, ...]:
        from assistant.browse import clause_span

        answer = session.last_answer if session is not None else None
        if answer is None or chunk_id is None:
            return ()
        try:
            first, last = clause_span(self.assistant.index, chunk_id)
        except Exception:
            return ()
        ids = {c.chunk_id for c in self.assistant.index.chunks[first:last]}
        return tuple(c.quote for c in answer.citations if c.chunk_id in ids)

    def clause_panel(self, chunk_id: str | None, session: ChatSession | None = None,
                     empty: str = "Le texte complet de la clause s'affichera ici.", capped: bool = True) -> tuple:
        """(clause HTML, siblings HTML, previous enabled, next enabled, chunk id shown).

        The quotes of the session's last answer taken from this clause are highlighted.
        """
        from assistant.browse import ClauseNotFoundError, neighbours, open_clause

        if not chunk_id:
            return _note(empty), "", False, False, None
        try:
            view = open_clause(self.assistant.index, chunk_id)
            around = neighbours(self.assistant.index, view.chunk_id)
            card = clause_card(view, self._quotes_for(view.chunk_id, session), capped=capped)
            return card, render_siblings(around, view.chunk_id), around.previous is not None, \
                around.next is not None, view.chunk_id
        except ClauseNotFoundError:
            return _note("Cette clause n'est plus dans l'index.", "error-note"), "", False, False, None
        except Exception:
            log.exception("could not open %s", chunk_id)
            return _note(GENERIC_ERROR, "error-note"), "", False, False, None

    def step(self, chunk_id: str | None, direction: int, session: ChatSession | None = None,
             capped: bool = True) -> tuple:
        """The clause before (-1) or after (+1) the one shown."""
        from assistant.browse import neighbours

        if not chunk_id:
            return self.clause_panel(None, session, capped=capped)
        try:
            around = neighbours(self.assistant.index, chunk_id)
        except Exception:
            log.exception("could not move from %s", chunk_id)
            return self.clause_panel(None, session, capped=capped)
        target = around.previous if direction < 0 else around.next
        return self.clause_panel(target or chunk_id, session, capped=capped)

    # -- browsing -----------------------------------------------------------------------

    def outline_panel(self, doc: str | None, current: str | None = None) -> str:
        from assistant.browse import outline

        if not doc:
            return _note("Choisissez un document.")
        try:
            return render_outline(outline(self.assistant.index, doc), current)
        except Exception:
            log.exception("could not show the outline of %s", doc)
            return _note(GENERIC_ERROR, "error-note")

    def open_document(self, doc: str | None) -> tuple:
        """(outline, clause view…) for a newly chosen document: its first clause is shown."""
        from assistant.browse import clause_heads

        heads = clause_heads(self.assistant.index, doc) if doc in self.assistant.index.documents else []
        first = heads[0].chunk_id if heads else None
        return (self.outline_panel(doc, first), *self.clause_panel(first, capped=False))

    def browse_to(self, chunk_id: str | None, doc: str | None) -> tuple:
        """(outline with the clause marked, clause view…)."""
        panel = self.clause_panel(chunk_id, capped=False)
        return (self.outline_panel(doc, panel[-1]), *panel)

    def find_in_document(self, number: str, doc: str | None, current: str | None) -> tuple:
        """Open the clause numbered ``number`` ("10-1.02", "Annexe M") in the chosen document."""
        from assistant.browse import ClauseNotFoundError, find_clause

        number = " ".join((number or "").split())
        if not number:
            return (self.outline_panel(doc, current), *self.clause_panel(current, capped=False), "")
        try:
            view = find_clause(self.assistant.index, number, [doc] if doc else None)
        except ClauseNotFoundError:
            title = self.assistant.document_title(doc) if doc else "les documents"
            message = f"Aucune clause « {number} » dans {title}."
            return (self.outline_panel(doc, current), *self.clause_panel(current, capped=False), esc_md(message))
        return (*self.browse_to(view.chunk_id, view.doc), "")

    # -- feedback ------------------------------------------------------------------------

    def give_feedback(self, verdict: str, comment: str, session: ChatSession | None) -> tuple[str, str]:
        """Store a verdict on the last answer: (note shown, comment box)."""
        answer = session.last_answer if session is not None else None
        if answer is None:
            return ASK_FIRST, comment
        try:
            self.feedback_store.record(answer, verdict, comment, docs=session.docs)
        except Exception:
            log.exception("could not store feedback")
            return "Votre avis n'a pas pu être enregistré; réessayez.", comment
        shown = "utile" if verdict == "utile" else "erronée"
        return f"Merci ! Votre avis (« {shown} ») sur la dernière réponse est enregistré.", ""

    def export_feedback(self) -> tuple[str | None, str]:
        """(path of the .jsonl of gold candidates, note)."""
        try:
            folder = Path(tempfile.mkdtemp(prefix="candidats-"))
            path = folder / f"candidats-jeu-de-reference-{time.strftime('%Y%m%d-%H%M%S')}.jsonl"
            count = self.feedback_store.export_gold(path)
        except Exception:
            log.exception("could not export feedback")
            return None, "L'exportation a échoué; réessayez."
        if not count:
            return None, "Aucun avis enregistré pour le moment."
        return str(path), (f"{count} question{'s' if count > 1 else ''} exportée{'s' if count > 1 else ''} "
                           "au format du jeu de référence, à relire avant de les ajouter.")


# -- the page -----------------------------------------------------------------------------------


def build_app(assistant: "Assistant", feedback_store: "FeedbackStore", stream_delay: float = 0.03) -> "gr.Blocks":
    """The page around ``assistant`` (shared) and ``feedback_store``; built, not launched."""
    import gradio as gr

    handlers = PageHandlers(assistant, feedback_store, stream_delay=stream_delay)
    choices = handlers.document_choices()
    first_doc = choices[0][1] if choices else None

    def clickable(value: str = "", **options):
        return gr.HTML(value, js_on_load=_PANEL_JS, **options)

    with gr.Blocks(title=TITLE, analytics_enabled=False, fill_width=True) as demo:
        session = gr.State(None)
        verify_chunk = gr.State(None)
        browse_chunk = gr.State(None)

        gr.Markdown(f"# {TITLE}\n{INTRO}", elem_classes="app-header")
        with gr.Tabs(elem_id="main-tabs"):
            with gr.Tab("Poser une question", id="chat"):
                with gr.Row(equal_height=False):
                    with gr.Column(scale=3, min_width=420):
                        docs = gr.CheckboxGroup(
                            choices, label="Ma convention / mon entente",
                            info="Cochez votre document pour n'y chercher que lui; aucune case cochée : tous les documents.",
                            elem_id="docs")
                        chatbot = gr.Chatbot(
                            label="Conversation", height=480, elem_id="chat", feedback_options=None,
                            latex_delimiters=[], buttons=["copy"],
                            placeholder="**Posez votre question ci-dessous**, ou choisissez un exemple.")
                        with gr.Row(equal_height=True):
                            question = gr.Textbox(
                                show_label=False, lines=1, max_lines=4, scale=5, autofocus=True,
                                placeholder="Écrivez votre question ici, puis Entrée ou « Envoyer »",
                                elem_id="question")
                            send = gr.Button("Envoyer", variant="primary", scale=1, min_width=100, elem_id="send")
                            reset = gr.Button("Nouvelle conversation", variant="secondary", scale=1, min_width=120,
                                              elem_id="reset")
                        with gr.Column(variant="panel", elem_classes="examples-box"):
                            gr.Markdown("**Exemples de questions** (cliquez pour poser la question)",
                                        elem_classes="box-title")
                            with gr.Row(elem_classes="examples"):
                                example_buttons = [gr.Button(text, size="sm", variant="secondary", min_width=180)
                                                   for text in EXAMPLES]
                        with gr.Column(variant="panel", elem_classes="feedback-box"):
                            gr.Markdown("**Votre avis sur la dernière réponse**", elem_classes="box-title")
                            with gr.Row(equal_height=True, elem_classes="feedback-row"):
                                useful = gr.Button("✓ Utile", size="sm", min_width=90, scale=0, elem_id="useful")
                                wrong = gr.Button("✗ Erronée", size="sm", min_width=90, scale=0, elem_id="wrong")
                                comment = gr.Textbox(show_label=False, placeholder="Commentaire (facultatif)",
                                                     scale=4, lines=1, container=False, elem_id="comment")
                            feedback_note = gr.Markdown("", elem_id="feedback-note")
                    with gr.Column(scale=2, min_width=360):
                        with gr.Tabs(selected="cited") as side_tabs:
                            with gr.Tab("Clauses citées", id="cited"):
                                cited = clickable(_note(NO_ANSWER_YET), max_height=760, elem_id="cited")
                            with gr.Tab("Vérification", id="verify"):
                                verification = clickable(_note(NO_VERIFICATION_YET), max_height=420,
                                                         elem_id="verification")
                                gr.Markdown("**Texte complet de la clause**")
                                clause_view = clickable(_note("Le texte complet de la clause s'affichera ici."),
                                                      max_height=420, elem_id="verify-clause")
                                with gr.Row():
                                    previous_btn = gr.Button("◀ Clause précédente", size="sm", interactive=False)
                                    next_btn = gr.Button("Clause suivante ▶", size="sm", interactive=False)
                                siblings = clickable("", max_height=260, elem_id="verify-siblings")
                                with gr.Accordion("Avis recueillis (équipe syndicale)", open=False):
                                    export_btn = gr.Button("Exporter comme candidats au jeu de référence", size="sm")
                                    export_note = gr.Markdown("")
                                    export_file = gr.File(label="Fichier à télécharger", visible=False)
            with gr.Tab("Parcourir les clauses", id="browse"):
                with gr.Row(equal_height=False):
                    with gr.Column(scale=2, min_width=320):
                        browse_doc = gr.Dropdown([(label, key) for label, key in choices], value=first_doc,
                                                 label="Document", elem_id="browse-doc")
                        jump = gr.Textbox(label="Aller à la clause", placeholder="ex. 10-1.02 ou Annexe M",
                                          lines=1, submit_btn="Ouvrir", elem_id="jump")
                        jump_note = gr.Markdown("")
                        outline_view = clickable(handlers.outline_panel(first_doc), max_height=700,
                                                 elem_id="outline")
                    with gr.Column(scale=3, min_width=380):
                        browse_view = clickable(_note("Cliquez une ligne du plan pour lire la clause."),
                                              elem_id="browse-clause")
                        with gr.Row():
                            browse_previous = gr.Button("◀ Clause précédente", size="sm", interactive=False)
                            browse_next = gr.Button("Clause suivante ▶", size="sm", interactive=False)
                        browse_siblings = clickable("", max_height=320, elem_id="browse-siblings")

        # -- wiring ------------------------------------------------------------------
        def buttons(panel: tuple) -> tuple:
            html_view, around, has_previous, has_next, chunk_id = panel
            return (html_view, around, gr.update(interactive=has_previous), gr.update(interactive=has_next),
                    chunk_id)

        verify_outputs = [clause_view, siblings, previous_btn, next_btn, verify_chunk]
        panel_outputs = [cited, verification, *verify_outputs, feedback_note]

        def answer_panels(state):
            cited_html, verification_html, *panel, note = handlers.answer_panels(state)
            return (cited_html, verification_html, *buttons(tuple(panel)), note)

        chat_outputs = [chatbot, question, session]
        ask_options = dict(concurrency_limit=CONCURRENCY, concurrency_id="ask", show_progress="hidden")
        question.submit(handlers.respond, [question, docs, session], chat_outputs, api_name="ask",
                        **ask_options).then(answer_panels, session, panel_outputs, api_visibility="private")
        send.click(handlers.respond, [question, docs, session], chat_outputs, api_visibility="private",
                   **ask_options).then(answer_panels, session, panel_outputs, api_visibility="private")
        for button, text in zip(example_buttons, EXAMPLES):
            def ask_example(docs_value, state, _text=text):
                yield from handlers.respond(_text, docs_value, state)

            button.click(ask_example, [docs, session], chat_outputs, api_visibility="private",
                         **ask_options).then(answer_panels, session, panel_outputs, api_visibility="private")

        docs.input(handlers.change_documents, [docs, session], [chatbot, session], api_visibility="private"
                   ).then(answer_panels, session, panel_outputs, api_visibility="private")
        reset.click(handlers.new_conversation, docs, [chatbot, session], api_visibility="private"
                    ).then(answer_panels, session, panel_outputs, api_visibility="private")

        def open_for_check(state, event: gr.EventData):
            chunk_id = _event_chunk(event)
            return (*buttons(handlers.clause_panel(chunk_id, state)), gr.Tabs(selected="verify"))

        def open_here(state, event: gr.EventData):
            chunk_id = _event_chunk(event)
            return buttons(handlers.clause_panel(chunk_id, state))

        cited.click(open_for_check, session, [*verify_outputs, side_tabs], api_visibility="private")
        verification.click(open_here, session, verify_outputs, api_visibility="private")
        siblings.click(open_here, session, verify_outputs, api_visibility="private")
        previous_btn.click(lambda c, s: buttons(handlers.step(c, -1, s)), [verify_chunk, session], verify_outputs,
                           api_visibility="private")
        next_btn.click(lambda c, s: buttons(handlers.step(c, +1, s)), [verify_chunk, session], verify_outputs,
                       api_visibility="private")

        useful.click(lambda c, s: handlers.give_feedback("utile", c, s), [comment, session],
                     [feedback_note, comment], api_visibility="private")
        wrong.click(lambda c, s: handlers.give_feedback("erronée", c, s), [comment, session],
                    [feedback_note, comment], api_visibility="private")

        def export():
            path, note = handlers.export_feedback()
            return gr.update(value=path, visible=path is not None), note

        export_btn.click(export, None, [export_file, export_note], api_visibility="private")

        # -- browsing --------------------------------------------------------------------
        browse_outputs = [outline_view, browse_view, browse_siblings, browse_previous, browse_next, browse_chunk]

        def browse_panels(result: tuple) -> tuple:
            outline_html, *panel = result
            return (outline_html, *buttons(tuple(panel)))

        browse_doc.change(lambda d: browse_panels(handlers.open_document(d)), browse_doc, browse_outputs,
                          api_visibility="private")

        def browse_click(doc, event: gr.EventData):
            chunk_id = _event_chunk(event)
            return browse_panels(handlers.browse_to(chunk_id, doc))

        outline_view.click(browse_click, browse_doc, browse_outputs, api_visibility="private")
        browse_siblings.click(browse_click, browse_doc, browse_outputs, api_visibility="private")

        def browse_step(chunk_id, doc, direction):
            panel = handlers.step(chunk_id, direction, capped=False)
            return (handlers.outline_panel(doc, panel[-1]), *buttons(panel))

        browse_previous.click(lambda c, d: browse_step(c, d, -1), [browse_chunk, browse_doc], browse_outputs,
                              api_visibility="private")
        browse_next.click(lambda c, d: browse_step(c, d, +1), [browse_chunk, browse_doc], browse_outputs,
                          api_visibility="private")

        def browse_jump(number, doc, current):
            outline_html, *panel, note = handlers.find_in_document(number, doc, current)
            return (outline_html, *buttons(tuple(panel)), note)

        jump.submit(browse_jump, [jump, browse_doc, browse_chunk], [*browse_outputs, jump_note],
                    api_visibility="private")
        demo.load(lambda d: browse_panels(handlers.open_document(d)), browse_doc, browse_outputs,
                  api_visibility="private")
    demo.queue(default_concurrency_limit=CONCURRENCY)
    return demo


def theme():
    """A calm theme with the reader's own system fonts (nothing fetched from the web)."""
    import gradio as gr

    system = ("ui-sans-serif", "system-ui", "Segoe UI", "Roboto", "Helvetica Neue", "Arial", "sans-serif")
    return gr.themes.Default(primary_hue="blue", secondary_hue="blue", neutral_hue="slate",
                             font=system, font_mono=("ui-monospace", "Consolas", "monospace"))


def serve(app: "gr.Blocks", port: int = DEFAULT_PORT, prevent_thread_lock: bool = False, quiet: bool = False):
    """Launch the page on 127.0.0.1:``port``: no share link, no analytics."""
    return app.launch(server_name="127.0.0.1", server_port=port, share=False, css=CSS, theme=theme(),
                      prevent_thread_lock=prevent_thread_lock, quiet=quiet, show_error=False,
                      footer_links=[], enable_monitoring=False, mcp_server=False, ssr_mode=False)


# -- entry point --------------------------------------------------------------------------------


def build_index_with_progress(settings: "Settings", first_time: bool = True) -> None:
    """Bring the index up to date with corpus/ (built the first time, incremental after:
    a document added to the manifest is indexed at the next start), with progress bars."""
    from ingest.embeddings import get_embedder
    from ingest.pipeline import ingest
    from ingest.progress import progress_bars

    if first_time:
        print("Indexation du corpus (première fois, environ 10 minutes)…", flush=True)
    labels = {"embedding": "Calcul des vecteurs (passages et phrases)", "storing": "Enregistrement de l'index"}
    with progress_bars(labels=labels, unit=" textes") as on_progress:
        report = ingest(settings.corpus_dir, settings.data_dir, get_embedder(settings.embedder),
                        chroma_url=settings.chroma_url, cache_path=settings.cache_path, on_progress=on_progress)
    for failure in report.failures:
        print(f"  {failure.file} : non indexé ({failure.error})", file=sys.stderr)
    if report.changed:
        print(f"Index prêt ({report.seconds:.0f} s).", flush=True)


def main() -> int:
    os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    logging.getLogger("httpx").setLevel(logging.WARNING)
    from assistant.feedback import FeedbackStore
    from assistant.service import load_assistant
    from ingest.config import Settings
    from ingest.errors import AssistantError
    from ingest.index import current_generation

    settings = Settings.from_env()
    try:
        port = int(os.environ.get("GRADIO_SERVER_PORT", DEFAULT_PORT))
    except ValueError:
        print(f"GRADIO_SERVER_PORT doit être un numéro de port, pas « {os.environ['GRADIO_SERVER_PORT']} ».",
              file=sys.stderr)
        return 2
    try:
        build_index_with_progress(settings, first_time=current_generation(settings.data_dir) is None)
        assistant = load_assistant(settings, build_index=False)
    except AssistantError as exc:
        print(f"Erreur : {exc}", file=sys.stderr)
        return 1
    store = FeedbackStore(settings.data_dir / "feedback" / "feedback.jsonl")
    demo = build_app(assistant, store)
    serve(demo, port, prevent_thread_lock=True, quiet=True)
    print(f"Page prête : http://127.0.0.1:{port}  (Ctrl+C pour arrêter)", flush=True)
    try:
        demo.block_thread()
    except KeyboardInterrupt:
        pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
