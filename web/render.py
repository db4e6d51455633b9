"""HTML of the page's panels: clause cards, cited clauses, verification rows, outline, siblings.

Every function returns an HTML string for a ``gr.HTML`` panel. Corpus text (and
anything else shown) is always escaped; the only markup is the page's own. A link
naming a clause carries its chunk id in ``data-chunk``: the panel's script
(``web/static/page.js``) turns a click on it into the panel's click event.

What is cited and what supports what comes from :mod:`assistant.citations` (one
definition for the page, the CLI and the harness); clauses are opened through the
:class:`~assistant.service.Assistant`, never by reading its index.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING, Sequence

from assistant.browse import clause_preview, quote_spans
from assistant.citations import cited_clauses, support_rows
from assistant.relevance import OFF_TOPIC_FLAG, off_topic

from .texts import (EMPTY_DOCUMENT, NO_ANSWER_YET, NO_CLAUSE_CITED, NO_PASSAGE_CITED, NO_VERIFICATION_YET,
                    NOTHING_TO_VERIFY, REFUSED, UNSUPPORTED)

if TYPE_CHECKING:
    from assistant.browse import ClauseView, Neighbours, OutlineEntry
    from assistant.service import Assistant
    from assistant.types import Answer

_KIND_NAMES = {"clause": "clause", "article": "article", "chapter": "chapitre"}


def esc(text: object) -> str:
    """HTML-escape corpus text (and anything else shown) for an element's content."""
    return html.escape(str(text if text is not None else ""), quote=False)


def attr(text: object) -> str:
    """HTML-escape a value for an attribute (quotes too)."""
    return html.escape(str(text if text is not None else ""), quote=True)


def note(text: str, kind: str = "empty-note") -> str:
    """A one-line note in a panel (``empty-note``: nothing to show yet; ``error-note``)."""
    return f'<div class="{kind}">{esc(text)}</div>'


def link(chunk_id: str, text: str) -> str:
    """A link opening the clause of ``chunk_id`` (``text`` is HTML, already escaped)."""
    return f'<a href="#" class="clause-link" data-chunk="{attr(chunk_id)}">{text}</a>'


def marked(text: str, quotes: Sequence[str]) -> str:
    """``text`` escaped, with every quote found in it inside ``<mark>``."""
    out, position = [], 0
    for start, end in quote_spans(text, quotes):
        out.append(esc(text[position:start]))
        out.append(f"<mark>{esc(text[start:end])}</mark>")
        position = end
    out.append(esc(text[position:]))
    return "".join(out)


def clause_card(view: "ClauseView", quotes: Sequence[str] = (), number: int | None = None, action: str = "",
                capped: bool = True) -> str:
    """One clause in full: document, number, heading path, page, amendment, text.

    ``quotes`` are highlighted wherever they are in the clause (all its stored parts are
    joined in ``view.text``). ``capped``: a long text scrolls inside the card (to its
    first quote) instead of stretching the panel.
    """
    badge = f'<span class="num">{number}</span>' if number is not None else ""
    kind = _KIND_NAMES.get(view.kind, "")
    name = f"{kind} {view.clause_id}".strip() if kind else view.clause_id
    css = "clause-card capped" if capped else "clause-card"
    parts = [f'<article class="{css}" data-clause="{attr(view.clause_id)}">',
             f"<h4>{badge}{esc(view.doc_title)} — {esc(name)}</h4>"]
    if view.heading_path:
        parts.append(f'<div class="clause-path">{" › ".join(esc(h) for h in view.heading_path)}</div>')
    if view.page:
        parts.append(f'<div class="clause-meta">page {esc(view.page)}</div>')
    if view.amends:
        amendment = esc(view.amends.describe())
        instruction = f"<br>{esc(view.amends.instruction)}" if view.amends.instruction else ""
        parts.append(f'<div class="clause-amends">Modification : {amendment}{instruction}</div>')
    parts.append(f'<div class="clause-text">{marked(view.text, quotes)}</div>')
    if action:
        parts.append(f'<div class="clause-actions">{action}</div>')
    parts.append("</article>")
    return "".join(parts)


def _closest_passages(answer: "Answer") -> str:
    """After an abstention: the closest passages retrieved, as links to check them (none after
    a plain "no", ``Answer.kind == "refused"``: a missing clause id, an absent topic)."""
    if getattr(answer, "kind", "") == REFUSED:
        return ""
    closest = [h.chunk for h in answer.hits[:3]]
    if not closest:
        return ""
    items = "".join(
        f"<li>{link(c.chunk_id, esc(f'[{c.doc_title or c.doc}, {c.clause_id}]'))}</li>" for c in closest)
    return f'<div class="siblings">Passages les plus proches, à vérifier :<ul>{items}</ul></div>'


def render_cited(assistant: "Assistant", answer: "Answer | None") -> str:
    """The "Clauses citées" panel: every clause the answer cites, in full, quotes marked.

    One card per cited clause, numbered as in the answer: a long clause quoted from two
    of its stored parts is one clause, its card showing the whole text with every quote
    marked.
    """
    from assistant.browse import ClauseNotFoundError

    if answer is None:
        return note(NO_ANSWER_YET)
    cited = cited_clauses(answer)
    if not cited:
        return note(NO_CLAUSE_CITED) + _closest_passages(answer)
    cards = []
    for clause in cited:
        try:
            view = assistant.open_clause(clause.chunk_id)
        except ClauseNotFoundError:
            cards.append(note(f"{clause.number}. {clause.label} : passage introuvable dans l'index.", "error-note"))
            continue
        action = link(view.chunk_id, "Vérifier cette clause ›")
        cards.append(clause_card(view, clause.quotes, clause.number, action))
    return "".join(cards)


def _flags(answer: "Answer") -> str:
    if not answer.flags:
        return ""
    items = "".join(f"<li>{esc(flag)}</li>" for flag in answer.flags)
    return f'<div class="flags"><b>Problèmes relevés par la vérification :</b><ul>{items}</ul></div>'


def _off_topic(answer: "Answer") -> str:
    """The "hors sujet ?" warning row when the quotes share little with the question
    (:func:`assistant.relevance.off_topic`), else ""."""
    if not off_topic(answer):
        return ""
    return f'<div class="flags off-topic" role="alert">{esc(OFF_TOPIC_FLAG)}</div>'


def render_verification(assistant: "Assistant", answer: "Answer | None") -> str:
    """Each sentence of the answer beside the passage that supports it; grounding flags, and
    a warning when the quotes look off-topic."""
    if answer is None:
        return note(NO_VERIFICATION_YET)
    flags = _off_topic(answer) + _flags(answer)
    if answer.abstained and not answer.citations:  # a refusal citing the clauses that say where the answer is
        return flags + note(NOTHING_TO_VERIFY)  # (no salary scale: the agreement's own definition) shows them
    rows = support_rows(answer, assistant)
    if not rows:
        return flags + note(NO_PASSAGE_CITED, "error-note")
    lines = ['<div class="support-head"><div>Phrase de la réponse</div><div>Passage qui l\'appuie</div></div>']
    for row in rows:
        sentence = f'<div class="support-sentence">{esc(row.sentence)}</div>'
        if not row.supported:
            lines.append(f'<div class="support-row missing">{sentence}'
                         f'<div class="support-passage unsupported">{UNSUPPORTED}</div></div>')
            continue
        source = link(row.chunk_id, esc(f"{row.number}. " if row.number else "") + esc(row.label))
        lines.append(f'<div class="support-row ok">{sentence}'
                     f'<div class="support-passage"><span class="source">{source}</span>'
                     f"<mark>{esc(row.quote)}</mark></div></div>")
    return f'{flags}<div class="support">{"".join(lines)}</div>'


def render_siblings(around: "Neighbours", current: str) -> str:
    """The clauses of the same article (annex, section…), each one a link; "" when alone."""
    if len(around.siblings) <= 1:
        return ""
    items = []
    for view in around.siblings:
        label = f'<span class="num">{esc(view.clause_id)}</span> {esc(clause_preview(view))}'
        css = ' class="current"' if view.chunk_id == current else ""
        items.append(f"<li{css}>{link(view.chunk_id, label)}</li>")
    return (f'<div class="siblings"><b>Dans {esc(around.group)} :</b>'
            f'<ul>{"".join(items)}</ul></div>')


def render_outline(entries: Sequence["OutlineEntry"], current: str | None = None) -> str:
    """A document's outline; every line opens its clause, the one shown (``current``) is marked."""
    if not entries:
        return note(EMPTY_DOCUMENT)
    # A chapter, its first article and that article's first clause open the same passage:
    # only the deepest of them is marked as the one shown.
    shown = max((i for i, e in enumerate(entries) if e.chunk_id == current), default=None)
    items = []
    for position, entry in enumerate(entries):
        number = f"Chapitre {entry.number}" if entry.kind == "chapter" else entry.number
        number = f'<span class="num">{esc(number)}</span> ' if number else ""
        css = f"lvl-{entry.level}" + (" current" if position == shown else "")
        items.append(f'<li class="{css}">{link(entry.chunk_id, number + esc(entry.title))}</li>')
    return f'<nav class="outline"><ul>{"".join(items)}</ul></nav>'
