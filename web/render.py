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
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Sequence

from assistant.browse import clause_preview, quote_spans
from assistant.citations import cited_clauses, support_rows
from assistant.relevance import OFF_TOPIC_FLAG, off_topic

from .texts import (EMPTY_DOCUMENT, MISSING_ID_CITED, NO_ANSWER_YET, NO_CLAUSE_CITED, NO_PASSAGE_CITED,
                    NO_VERIFICATION_YET, NOTHING_TO_VERIFY, REFUSED, REFUSED_CITED, REFUSED_TO_VERIFY, TABLE_ROW_BELOW, TABLE_ROW_READ,
                    UNSUPPORTED)

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


def _marked_slice(text: str, spans: Sequence[tuple[int, int]], start: int, end: int) -> str:
    """``text[start:end]`` escaped, the parts inside ``spans`` (offsets in ``text``) inside ``<mark>``."""
    out, position = [], start
    for low, high in spans:
        low, high = max(low, start), min(high, end)
        if low >= high:
            continue
        out.append(esc(text[position:low]))
        out.append(f"<mark>{esc(text[low:high])}</mark>")
        position = high
    out.append(esc(text[position:end]))
    return "".join(out)


def marked(text: str, quotes: Sequence[str]) -> str:
    """``text`` escaped, with every quote found in it inside ``<mark>``."""
    return _marked_slice(text, quote_spans(text, quotes), 0, len(text))


@dataclass(frozen=True)
class TableCell:
    """One cell of a table shown in a panel: its text (HTML, already escaped), whether it is the
    cell asked for (highlighted like a quote) and whether it is bold (the row or column asked)."""

    html: str
    asked: bool = False
    bold: bool = False


def table_html(head: Sequence[TableCell], rows: Sequence[Sequence[TableCell]], css: str = "panel-table") -> str:
    """The one HTML table of the panels (a table of a clause's text, the row an amount was read
    from): a header row, then the rows; the asked-for cells in ``<mark>``, as quotes are.
    Wrapped in a box that scrolls sideways when the table is wider than the panel."""
    def cell(tag: str, c: TableCell) -> str:
        text = f"<mark>{c.html}</mark>" if c.asked else f"<strong>{c.html}</strong>" if c.bold else c.html
        return f"<{tag}>{text}</{tag}>"

    header = f'<thead><tr>{"".join(cell("th", c) for c in head)}</tr></thead>' if head else ""
    body = "".join(f'<tr>{"".join(cell("td", c) for c in row)}</tr>' for row in rows)
    return f'<div class="table-box"><table class="{css}">{header}<tbody>{body}</tbody></table></div>'


#: A run of two or more lines holding a tab: a table of the corpus text (« Échelons\t1er avril 2010… »).
_TABLE_RUN = re.compile(r"(?:^[^\n]*\t[^\n]*(?:\n|$)){2,}", re.M)


def clause_text(text: str, quotes: Sequence[str] = ()) -> str:
    """A clause's text as HTML: escaped, every quote inside ``<mark>``, and each table of it (lines
    of tab-separated cells) as an HTML table whose first line is the header, so its columns line
    up under their headers; a quoted row's cells are marked (cell by cell)."""
    spans = quote_spans(text, quotes)
    out, position = [], 0
    for run in _TABLE_RUN.finditer(text):
        out.append(_marked_slice(text, spans, position, run.start()))
        rows, offset = [], run.start()
        for line in run.group().rstrip("\n").split("\n"):
            cells, start = [], offset
            for value in line.split("\t"):
                end = start + len(value)
                asked = any(low < end and start < high for low, high in spans) and bool(value.strip())
                cells.append(TableCell(_marked_slice(text, (), start, end), asked=asked))
                start = end + 1
            rows.append(cells)
            offset += len(line) + 1
        out.append(table_html(rows[0], rows[1:], "clause-table"))
        position = run.end()
    out.append(_marked_slice(text, spans, position, len(text)))
    return "".join(out)


#: A row of a Markdown table (the answerer's small table, ``assistant.amount_answers.row_table``).
_MD_ROW = re.compile(r"^\|(.*)\|[ \t]*$")
_MD_RULE = re.compile(r"^\|(?:\s*:?-{3,}:?\s*\|)+\s*$")
_BOLD = re.compile(r"^\*\*(.*)\*\*$")
_NOT_DIGIT = re.compile(r"[^0-9,]")


def _md_cell(text: str) -> tuple[str, bool]:
    """A Markdown cell's text without its bold marks, and whether it was bold."""
    text = text.strip()
    bold = _BOLD.match(text)
    return (bold.group(1), True) if bold else (text, False)


def _digits(text: str) -> str:
    """The digits (and decimal commas) of a cell: « **57 314 $** » and « 57 314 » read the same."""
    return _NOT_DIGIT.sub("", text)


def _markdown_tables(text: str) -> list[tuple[list[str], list[list[str]]]]:
    """The Markdown tables of an answer's text: (header cells, body rows), cells as written."""
    tables, lines = [], text.split("\n")
    for position, line in enumerate(lines[:-1]):
        if not _MD_ROW.match(line) or not _MD_RULE.match(lines[position + 1]):
            continue
        if position and _MD_ROW.match(lines[position - 1]):
            continue
        body = []
        for row in lines[position + 2:]:
            found = _MD_ROW.match(row)
            if not found:
                break
            body.append(found.group(1).split("|"))
        tables.append((_MD_ROW.match(line).group(1).split("|"), body))
    return tables


def _shown_tables(answer: "Answer") -> list[tuple[list[tuple[str, bool]], list[list[tuple[str, bool]]]]]:
    """The small tables the answer shows, as (header cells, body rows) of (text, bold) cells: from its values
    (``Answer.tables``, ``assistant.types.ShownTable``: the asked columns bold, and every row label when some are),
    then, for answers without them (old dumps, answers merged from several), from its text's Markdown tables."""
    tables = []
    for shown in getattr(answer, "tables", ()) or ():
        header = [(text.strip(), i > 0 and i - 1 in shown.asked) for i, text in enumerate(shown.header)]
        body = [[(text.strip(), i - 1 in shown.asked if i else bool(shown.asked)) for i, text in enumerate(row)]
                for row in shown.rows]
        tables.append((header, body))
    for head, body in _markdown_tables(answer.text or ""):
        tables.append(([_md_cell(c) for c in head], [[_md_cell(c) for c in row] for row in body]))
    return tables


def read_row_table(answer: "Answer", quote: str) -> str:
    """When ``quote`` is a table row (tab-separated cells) the answer shows as a small table (an
    amount read from a table): that row under its column headers, the asked-for cell highlighted,
    as the chat shows it (the answerer's own table, ``Answer.tables``; read from the answer's text for
    an answer without it); else ""."""
    if "\t" not in quote:
        return ""
    wanted = [_digits(cell) for cell in quote.split("\t")]
    for head, body in _shown_tables(answer):
        for row in body:
            if len(row) != len(wanted) or [_digits(text) for text, _ in row] != wanted:
                continue
            header = [TableCell(esc(t), bold=b) for t, b in head]
            shown = [TableCell(esc(t), asked=b and i > 0, bold=b) for i, (t, b) in enumerate(row)]
            return table_html(header, [shown], "row-table")
    return ""


def clause_card(view: "ClauseView", quotes: Sequence[str] = (), number: int | None = None, action: str = "",
                capped: bool = True, lead: str = "") -> str:
    """One clause in full: document, number, heading path, page, amendment, text.

    ``quotes`` are highlighted wherever they are in the clause (all its stored parts are
    joined in ``view.text``); its tables show as tables (:func:`clause_text`). ``capped``: a
    long text scrolls inside the card (to its first quote) instead of stretching the panel.
    ``lead`` (HTML): shown above the text (the table rows the answer read, under their headers).
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
    if lead:
        parts.append(f'<div class="clause-lead">{lead}</div>')
    parts.append(f'<div class="clause-text">{clause_text(view.text, quotes)}</div>')
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


def _exists(assistant: "Assistant", ref: str) -> bool:
    """Whether some indexed document holds ``ref``: a clause or annex (opened by its number), an
    article or chapter (a line of a document's outline: no stored passage bears its number)."""
    from assistant.browse import ClauseNotFoundError
    from assistant.ids import id_kind

    try:
        assistant.find_clause(ref)
        return True
    except ClauseNotFoundError:
        pass
    if id_kind(ref) not in ("article", "chapter"):
        return False
    return any(entry.number == ref for doc in assistant.documents for entry in assistant.outline(doc))


def _missing_ids(assistant: "Assistant", answer: "Answer") -> list[str]:
    """The clause, article or annex numbers the question names that no indexed document holds."""
    from assistant.ids import canonical_references
    from assistant.retrieval import clause_references

    return [ref for ref in clause_references(canonical_references(answer.question or "")) if not _exists(assistant, ref)]


def _refused_note(assistant: "Assistant", answer: "Answer", template: str, otherwise: str) -> str:
    """What a panel says after a plain "no" (``Answer.kind == "refused"``): the numbers asked that
    exist in no document (``template``), else ``otherwise`` (a topic the documents do not treat)."""
    missing = _missing_ids(assistant, answer)
    if not missing:
        return note(otherwise)
    exist = "n'existe" if len(missing) == 1 else "n'existent"
    return note(template.format(ids=", ".join(f"« {ref} »" for ref in missing), exist=exist))


def render_cited(assistant: "Assistant", answer: "Answer | None") -> str:
    """The "Clauses citées" panel: every clause the answer cites, in full, quotes marked.

    One card per cited clause, numbered as in the answer: a long clause quoted from two
    of its stored parts is one clause, its card showing the whole text with every quote
    marked. A clause an amount was read from shows, above its text, the row read under its
    column headers (the answer's small table). A plain "no" citing nothing says what it
    answered (a number that exists in no document), not that the answer was not found.
    """
    from assistant.browse import ClauseNotFoundError

    if answer is None:
        return note(NO_ANSWER_YET)
    cited = cited_clauses(answer)
    if not cited:
        if getattr(answer, "kind", "") == REFUSED:
            return _refused_note(assistant, answer, MISSING_ID_CITED, REFUSED_CITED)
        return note(NO_CLAUSE_CITED) + _closest_passages(answer)
    cards = []
    for clause in cited:
        try:
            view = assistant.open_clause(clause.chunk_id)
        except ClauseNotFoundError:
            cards.append(note(f"{clause.number}. {clause.label} : passage introuvable dans l'index.", "error-note"))
            continue
        action = link(view.chunk_id, "Vérifier cette clause ›")
        rows = "".join(read_row_table(answer, quote) for quote in dict.fromkeys(clause.quotes))
        lead = f'<div class="lead-title">{esc(TABLE_ROW_READ)}</div>{rows}' if rows else ""
        cards.append(clause_card(view, clause.quotes, clause.number, action, lead=lead))
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
    a warning when the quotes look off-topic. A passage that is a table row the answer read an
    amount from shows as that row under its column headers, the cell read highlighted
    (:func:`read_row_table`), not as bare numbers."""
    if answer is None:
        return note(NO_VERIFICATION_YET)
    flags = _off_topic(answer) + _flags(answer)
    if answer.abstained and not answer.citations:  # a refusal citing the clauses that say where the answer is
        if getattr(answer, "kind", "") == REFUSED:  # (no salary scale: the agreement's own definition) shows them
            return flags + note(REFUSED_TO_VERIFY)
        return flags + note(NOTHING_TO_VERIFY)
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
        table = read_row_table(answer, row.quote)
        if table:  # the row under its column headers, the row's whole width
            lines.append(f'<div class="support-row ok">{sentence}'
                         f'<div class="support-passage"><span class="source">{source}</span>{esc(TABLE_ROW_BELOW)}</div>'
                         f'<div class="support-table">{table}</div></div>')
            continue
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
