"""The chat's Markdown: answers with their numbered cited clauses, scopes, streamed prefixes.

The chat shows Markdown, so every text from a teacher or from the corpus goes through
:func:`esc_md` (no HTML tag gets through). The cited clauses are numbered as
:func:`assistant.citations.cited_clauses` numbers them: once per clause, as the CLI does.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING, Iterator, Sequence

from assistant.citations import cited_clauses

from .texts import REPHRASE_HINT

if TYPE_CHECKING:
    from assistant.service import Assistant
    from assistant.types import Answer


def esc_md(text: object) -> str:
    """Escape text for the chat's Markdown: no HTML tag gets through, apostrophes stay."""
    return html.escape(str(text if text is not None else ""), quote=False)


def scope_phrase(assistant: "Assistant", docs: Sequence[str] | None) -> str:
    """Where the answers come from: « Convention … », « … », or "tous les documents".

    Raises KeyError for an unknown document key.
    """
    if not docs:
        return "tous les documents"
    return ", ".join(f"« {assistant.document_title(d)} »" for d in docs)


def scope_notice(assistant: "Assistant", docs: Sequence[str] | None) -> dict:
    """The chat message saying a new conversation starts, and on which documents."""
    try:
        scope = scope_phrase(assistant, docs)
    except KeyError:
        scope = ", ".join(docs or ())
    return {"role": "assistant", "content": f"*Nouvelle conversation : les réponses viendront de {esc_md(scope)}.*"}


def _where(assistant: "Assistant", chunk_id: str) -> str:
    """" — 6-3.00 Congés de maladie, p. 12" after a cited clause's label (what is known of it)."""
    chunk = assistant.chunk(chunk_id)
    where = ""
    if chunk is not None and chunk.article_title and chunk.kind == "clause":
        where = f" — {esc_md(chunk.article)} {esc_md(chunk.article_title)}"
    if chunk is not None and chunk.page:
        where += f", p. {chunk.page}"
    return where


def answer_markdown(assistant: "Assistant", answer: "Answer") -> str:
    """The answer as shown in the chat: its text, then its cited clauses, numbered once each."""
    text = esc_md(answer.text)
    if answer.abstained:
        text += "\n\n" + REPHRASE_HINT
    cited = cited_clauses(answer)
    if cited:
        lines = [f"{clause.number}. {esc_md(clause.label)}{_where(assistant, clause.chunk_id)}" for clause in cited]
        text += "\n\n**Clauses citées**\n\n" + "\n".join(lines)
    return text


def word_groups(text: str, size: int = 4) -> Iterator[str]:
    """Growing prefixes of ``text``, ``size`` words more each time (for streaming)."""
    words = text.split(" ")
    for end in range(size, len(words) + size, size):
        yield " ".join(words[:end])
