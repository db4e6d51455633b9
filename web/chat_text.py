"""The chat's Markdown: answers with their numbered cited clauses, scopes, streamed prefixes.

The chat shows Markdown, so every text from a teacher or from the corpus goes through
:func:`esc_md`: no HTML tag or entity gets through, yet the text stays itself (the chat
uses a message's text as its accessible label, so an entity would be read out as
"&lt;"). The cited clauses are numbered as :func:`assistant.citations.cited_clauses`
numbers them: once per clause, as the CLI does; each label is a link (``#clause=<chunk
id>``) that ``web/static/chat.js`` turns into opening the clause in the side panel.
An answer with a short answer (``Answer.short``) shows it first, then the clause text
(unless its text already places it: under its heading, or once per agreement).

Two things Markdown would otherwise do to an answer (:func:`answer_text`): a line of a quote
(« … ») that starts like a list item or a heading (« - b) », « 2) », « # ») is escaped, so
the quote shows verbatim instead of as a nested list; in a table row, the spaces of an amount
(« 60 293 $ ») are non-breaking, so a narrow column never leaves « $ » alone on a line.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Iterator, Sequence
from urllib.parse import quote

from assistant.citations import cited_clauses

from .texts import REFUSED, REPHRASE_HINT, SCOPE_NOTICE, SHORT_ANSWER, SUPPORTING_TEXT

if TYPE_CHECKING:
    from assistant.service import Assistant
    from assistant.types import Answer

#: Invisible, and breaks what would open an HTML tag ("<b", "</", "<!") or an entity ("&amp;").
WORD_JOINER = "\u2060"
_TAG_OPENING = re.compile(r"<(?=[A-Za-z/!?])")
_ENTITY = re.compile(r"&(?=#?[A-Za-z0-9]+;)")
NO_BREAK_SPACE = "\u00a0"
#: A Markdown block marker at a line's start: a list item (« - », « * », « + », « 2. », « 2) »),
#: a heading (« # »), a block quote (« > »), or a rule / setext underline (« --- », « === »).
_BLOCK_MARKER = re.compile(r"^([ \t]*)(?:([-+*](?=[ \t]|$)|#{1,6}(?=[ \t]|$)|>|\d{1,9}(?=[.)](?:[ \t]|$)))"
                           r"|(?=(?:-{2,}|={2,}|\*{3,}|_{3,})[ \t]*$))")
#: The space inside an amount (« 60 293 », « 23,49 $ », « 75 % ») in a table row.
_AMOUNT_SPACE = re.compile(r"(?<=\d) (?=\d{3}(?!\d))|(?<=\d) (?=[$%])")
#: What a chat link to a clause looks like (``web/static/chat.js`` opens it).
CLAUSE_LINK_PREFIX = "#clause="


def esc_md(text: object) -> str:
    """Text for the chat's Markdown: no HTML tag or entity gets through, the text stays itself.

    A ``<`` that would open a tag and a ``&`` that would start an entity are followed by an
    invisible word joiner: Markdown shows them as typed, and the message's accessible label
    (its raw text) holds no ``&lt;`` escape. Markdown itself (bold, tables) is kept.
    """
    text = str(text if text is not None else "")
    return _ENTITY.sub("&" + WORD_JOINER, _TAG_OPENING.sub("<" + WORD_JOINER, text))


def _escape_marker(match: re.Match) -> str:
    """A line start's block marker, backslash-escaped (« 2) » → « 2\\) »): shown as typed."""
    indent, marker = match.group(1), match.group(2)
    if marker is None:  # a rule or underline: escape its first character
        return indent + "\\"
    if marker[0].isdigit():
        return indent + marker + "\\"
    return indent + "\\" + marker


def quotes_verbatim(text: str) -> str:
    """``text`` with every line that starts inside a quote (« … », nested or not) kept from
    becoming a list item, a heading or a rule: its marker is escaped, so it shows as typed."""
    depth, lines = 0, []
    for line in text.split("\n"):
        lines.append(_BLOCK_MARKER.sub(_escape_marker, line, count=1) if depth > 0 else line)
        depth = max(0, depth + line.count("«") - line.count("»"))
    return "\n".join(lines)


def amounts_whole(text: str) -> str:
    """``text`` with the spaces of amounts in table rows (lines starting with « | ») made
    non-breaking: « 60 293 $ » never wraps in a narrow column."""
    return "\n".join(_AMOUNT_SPACE.sub(NO_BREAK_SPACE, line) if line.lstrip().startswith("|") else line
                     for line in text.split("\n"))


def answer_text(text: object) -> str:
    """An answer's text (from the answerer) for the chat: :func:`esc_md`, its quotes shown
    verbatim (:func:`quotes_verbatim`) and its table amounts kept whole (:func:`amounts_whole`)."""
    return amounts_whole(quotes_verbatim(esc_md(text)))


def clause_link(label: str, chunk_id: str) -> str:
    """A Markdown link showing ``label`` (e.g. "[Convention …, 10-1.02]") that opens ``chunk_id``."""
    shown = esc_md(label).replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]")
    return f"[{shown}]({CLAUSE_LINK_PREFIX}{quote(chunk_id, safe=':')})"


def scope_phrase(assistant: "Assistant", docs: Sequence[str] | None) -> str:
    """Where the answers come from: « Convention … », « … », or "tous les documents".

    Raises KeyError for an unknown document key.
    """
    if not docs:
        return "tous les documents"
    return ", ".join(f"« {assistant.document_title(d)} »" for d in docs)


def scope_notice(assistant: "Assistant", docs: Sequence[str] | None) -> dict:
    """The chat message saying which documents the next answers come from (the conversation stays)."""
    try:
        scope = scope_phrase(assistant, docs)
    except KeyError:
        scope = ", ".join(docs or ())
    return {"role": "assistant", "content": SCOPE_NOTICE.format(scope=esc_md(scope))}


def _where(assistant: "Assistant", chunk_id: str) -> str:
    """" — 6-3.00 Congés de maladie, p. 12" after a cited clause's label (what is known of it)."""
    chunk = assistant.chunk(chunk_id)
    where = ""
    if chunk is not None and chunk.article_title and chunk.kind == "clause":
        where = f" — {esc_md(chunk.article)} {esc_md(chunk.article_title)}"
    if chunk is not None and chunk.page:
        where += f", p. {chunk.page}"
    return where


def short_answer(answer: "Answer") -> str:
    """The answer's short answer (``Answer.short``, when the answerer gives one), else ""."""
    short = getattr(answer, "short", None)
    if isinstance(short, (list, tuple)):
        short = " ".join(str(part) for part in short if part)
    return str(short).strip() if short else ""


def answer_body(answer: "Answer") -> str:
    """The answer's text for the chat, no links yet: the short answer first, when there is one."""
    text = (answer.text or "").strip()
    short = short_answer(answer)
    if not short or answer.abstained:
        return answer_text(text)
    lead = text.find(short)
    if lead == 0:  # the text leads with its short answer: give it its heading
        return f"{SHORT_ANSWER}\n\n{answer_text(text)}"
    if lead > 0:  # under its heading, or placed by the answerer (one short answer per agreement…)
        return answer_text(text)
    body = f"{SHORT_ANSWER}\n\n{answer_text(short)}"
    return f"{body}\n\n{SUPPORTING_TEXT}\n\n{answer_text(text)}" if text else body


def _link_labels(text: str, links: dict[str, str]) -> str:
    """``text`` with every cited label (as :func:`esc_md` shows it) turned into its link."""
    if not links:
        return text
    pattern = re.compile("|".join(re.escape(label) for label in sorted(links, key=len, reverse=True)))
    return pattern.sub(lambda match: links[match.group()], text)


def answer_markdown(assistant: "Assistant", answer: "Answer") -> str:
    """The answer as shown in the chat: short answer, text, then its cited clauses, numbered
    once each; every cited label (in the text and in the list) opens its clause."""
    cited = cited_clauses(answer)
    links = {esc_md(citation.label): clause_link(citation.label, citation.chunk_id)
             for citation in answer.citations if citation.label}
    text = _link_labels(answer_body(answer), links)
    if answer.abstained and getattr(answer, "kind", "") != REFUSED:
        text += "\n\n" + REPHRASE_HINT
    if cited:
        lines = [f"{clause.number}. {clause_link(clause.label, clause.chunk_id)}{_where(assistant, clause.chunk_id)}"
                 for clause in cited]
        text += "\n\n**Clauses citées**\n\n" + "\n".join(lines)
    return text


#: At most this many streamed updates per answer (hand-set): each update holds one of the page's
#: answer slots for the stream delay, so a 300-word answer in 4-word steps kept a slot ~2.5 s and
#: 50 simultaneous conversations queued behind it (tests/integration/test_load.py: p50 ~20 s).
STREAM_STEPS = 12


def word_groups(text: str, size: int = 4, max_steps: int = STREAM_STEPS) -> Iterator[str]:
    """Growing prefixes of ``text``, ``size`` words more each time (more for a long text, so
    that there are at most ``max_steps`` of them), for streaming."""
    words = text.split(" ")
    size = max(size, -(-len(words) // max(1, max_steps)))
    for end in range(size, len(words) + size, size):
        yield " ".join(words[:end])
