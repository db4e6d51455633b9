"""Run gold questions through the assistant exactly as the web page does.

Each item gets a fresh :class:`~assistant.chat.Conversation` (``assistant.conversation``);
a follow-up item first asks the chain of questions it follows, in that same
conversation, then its own question as the next turn. Only that last turn is timed
and recorded.
"""

from __future__ import annotations

import json
import logging
import time
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Callable, Iterable, Sequence

from assistant.clock import pinned
from assistant.types import Answer

from .gold import GoldItem, chain

log = logging.getLogger(__name__)


@dataclass
class ItemResult:
    """One gold item once asked: the full Answer, its dump record and its cited passages."""

    item: GoldItem
    answer: Answer
    latency_ms: float
    record: dict  # one line of answers.jsonl (EVALS.md)
    cited_texts: list[str | None] = field(default_factory=list)  # text of each cited passage, if known
    error: str | None = None  # the exception an ask raised, if any


def record_of(item: GoldItem, answer: Answer, latency_ms: float, cited_texts: Sequence[str | None] = ()) -> dict:
    """The answer-dump record of EVALS.md for one item. Each citation also carries its cited passage's text
    (``passage``, when known) so that a dump scored alone judges the passages the answer cites beyond its ranked
    ones (a comparison side's, a deadline's holidays clause) as the harness does."""
    texts = list(cited_texts) + [None] * (len(answer.citations) - len(cited_texts))
    return {
        "id": item.id,
        "question": item.question,
        "answer": answer.text,
        "abstained": bool(answer.abstained),
        "citations": [{"doc": c.doc, "clause": c.clause, "quote": c.quote, **({"passage": t} if t is not None else {})}
                      for c, t in zip(answer.citations, texts)],
        "retrieved": [
            {"doc": h.chunk.doc, "clause": h.chunk.clause_id, "text": h.chunk.text, "score": float(h.score)}
            for h in answer.hits
        ],
        "latency_ms": round(float(latency_ms), 1),
    }


def cited_texts_of(answer: Answer, by_id: dict | None) -> list[str | None]:
    """Text of each cited passage: from the index by chunk id, else from the answer's hits."""
    from_hits = {h.chunk.chunk_id: h.chunk.text for h in answer.hits}
    texts: list[str | None] = []
    for citation in answer.citations:
        chunk = by_id.get(citation.chunk_id) if by_id else None
        texts.append(chunk.text if chunk is not None else from_hits.get(citation.chunk_id))
    return texts


def memoise_queries(assistant) -> None:
    """Embed each distinct query once for the rest of the process (tuning runs ask the
    same questions once per setting)."""
    embed_query = assistant.embedder.embed_query
    memo: dict[str, object] = {}

    def memo_query(text: str):
        if text not in memo:
            memo[text] = embed_query(text)
        return memo[text]

    assistant.embedder.embed_query = memo_query


def scope_of(item: GoldItem, doc_scoped: bool) -> list[str] | None:
    """Documents the item's conversation is scoped to (None: all documents)."""
    return [item.doc] if doc_scoped and item.doc is not None else None


def warm_up(assistant, question: str) -> None:
    """Ask one untimed question so that models and caches are loaded before timing."""
    started = time.perf_counter()
    assistant.conversation(docs=None).ask(question)
    log.info("warm-up question answered in %.0f ms", (time.perf_counter() - started) * 1000)


def ask_item(assistant, item: GoldItem, earlier: Sequence[GoldItem], docs: list[str] | None) -> tuple[Answer, float]:
    """Ask ``earlier`` then ``item`` in one fresh conversation; the last answer and its latency."""
    conversation = assistant.conversation(docs=docs)
    for previous in earlier:
        conversation.ask(previous.question)
    started = time.perf_counter()
    answer = conversation.ask(item.question)
    measured = (time.perf_counter() - started) * 1000
    return answer, (answer.latency_ms or measured)


def run(
    assistant,
    items: Sequence[GoldItem],
    doc_scoped: bool = False,
    on_result: Callable[[ItemResult], None] | None = None,
    today: date | None = None,
) -> list[ItemResult]:
    """Ask every item through ``assistant.conversation(docs=...)`` + ``Conversation.ask``.

    ``assistant`` is anything with ``conversation(docs)`` returning an object whose
    ``ask(question)`` returns an Answer (the Assistant, the baseline, a fake) and,
    optionally, ``index.by_id`` (chunk id -> Chunk) to find cited passages. An item
    whose ask raises is recorded as an empty answer with its error, and the run goes on.
    Relative dates in questions are read as of ``today`` (default: the day the run starts),
    the same for every item even when the run crosses midnight.
    """
    if not items:
        return []
    with pinned(today or date.today()):
        return _run_pinned(assistant, items, doc_scoped, on_result)


def _run_pinned(assistant, items: Sequence[GoldItem], doc_scoped: bool,
                on_result: Callable[[ItemResult], None] | None) -> list[ItemResult]:
    """:func:`run`'s loop, with today's date already pinned."""
    by_item = {item.id: item for item in items}
    index = getattr(assistant, "index", None)
    by_id = getattr(index, "by_id", None)
    warm_up(assistant, items[0].question)
    results: list[ItemResult] = []
    for item in items:
        error = None
        try:
            answer, latency = ask_item(assistant, item, chain(item, by_item), scope_of(item, doc_scoped))
        except Exception as exc:  # one failing question must not lose the whole run
            error = f"{type(exc).__name__}: {exc}"
            log.warning("%s: the assistant raised %s", item.id, error)
            answer, latency = Answer(question=item.question, text=""), 0.0
        cited = cited_texts_of(answer, by_id)
        result = ItemResult(item, answer, latency, record_of(item, answer, latency, cited), cited, error)
        results.append(result)
        if on_result:
            on_result(result)
    return results


def cited_texts_by_id(results: Iterable[ItemResult]) -> dict[str, list[str | None]]:
    """Cited passage texts per item id, as :func:`evals.metrics.score` takes them."""
    return {r.item.id: r.cited_texts for r in results}


def write_records(path: Path, records: Iterable[dict]) -> None:
    """Write dump records as UTF-8 JSON lines."""
    with open(path, "w", encoding="utf-8") as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")


def read_records(path: Path) -> list[dict]:
    """Dump records of an ``answers.jsonl`` file."""
    with open(path, encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]
