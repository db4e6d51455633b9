"""Teachers' verdicts on answers, kept on disk, and exported as gold candidates.

Each verdict ("utile" or "erronée", with an optional comment) is one JSON line of
``feedback.jsonl``, appended under a lock so that several sessions of the web page
can write at once. :meth:`FeedbackStore.export_gold` turns the records into gold
items in the format of the evaluation harness (see ``evals/gold.py``), for a person
to review before adding them to a gold set.

The records hold every visitor's own words (questions and comments can describe a
member's health, family or discipline): the page offers the export only to the union
staff holding the password its operator configured
(:meth:`web.handlers.PageHandlers.export_feedback` checks it), and never serves the file.
"""

from __future__ import annotations

import fcntl
import json
import logging
import re
import threading
import time
from pathlib import Path
from typing import Iterable, Sequence

from common.errors import AssistantError
from ingest.numbering import CLAUSE_NUMBER

from .types import Answer

log = logging.getLogger(__name__)

#: The verdicts a person can give an answer.
VERDICTS = ("utile", "erronée")

#: Clause ids as numbered in the documents (gold ``clauses`` leaves unnumbered sections out).
_NUMBERED_CLAUSE = re.compile(rf"^({CLAUSE_NUMBER}(\s?[A-H])?|annexe\b.*|lettre\b.*)$", re.IGNORECASE)


class FeedbackError(AssistantError):
    """A verdict that cannot be recorded (unknown verdict, unwritable folder...)."""


def is_numbered(clause_id: str, kind: str | None = None) -> bool:
    """True for ids numbered in the document ("6-3.04", "Annexe M"), not section titles."""
    if kind in ("section", "preamble"):
        return False
    return bool(_NUMBERED_CLAUSE.match(clause_id.strip()))


class FeedbackStore:
    """Append-only JSON-lines file of verdicts; safe to share between threads and processes."""

    def __init__(self, path: Path | str):
        self.path = Path(path)
        self._lock = threading.Lock()

    # -- writing ---------------------------------------------------------------------

    def record(self, answer: Answer, verdict: str, comment: str = "",
               docs: Sequence[str] | None = None) -> dict:
        """Store one verdict on ``answer`` (asked within ``docs``; None: all documents)."""
        verdict = (verdict or "").strip().lower()
        if verdict not in VERDICTS:
            raise FeedbackError(f"unknown verdict '{verdict}': use one of {', '.join(VERDICTS)}")
        kinds = {hit.chunk.chunk_id: hit.chunk.kind for hit in answer.hits}
        entry = {
            "timestamp": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
            "question": answer.question,
            "answer": answer.text,
            "abstained": answer.abstained,
            "citations": [
                {"doc": c.doc, "clause": c.clause, "quote": c.quote, "chunk_id": c.chunk_id,
                 "kind": kinds.get(c.chunk_id)}
                for c in answer.citations
            ],
            "docs": list(docs) if docs else None,
            "verdict": verdict,
            "comment": " ".join((comment or "").split()),
        }
        line = json.dumps(entry, ensure_ascii=False) + "\n"
        with self._lock:
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                with open(self.path, "a", encoding="utf-8") as out:
                    fcntl.flock(out, fcntl.LOCK_EX)
                    try:
                        out.write(line)
                        out.flush()
                    finally:
                        fcntl.flock(out, fcntl.LOCK_UN)
            except OSError as exc:
                raise FeedbackError(f"cannot write {self.path}: {exc.strerror}") from exc
        log.info("feedback %s on %r", verdict, answer.question)
        return entry

    # -- reading ---------------------------------------------------------------------

    def records(self) -> list[dict]:
        """Every stored verdict, oldest first (a damaged line is skipped and logged)."""
        if not self.path.is_file():
            return []
        records = []
        with self._lock, open(self.path, encoding="utf-8") as lines:
            for number, line in enumerate(lines, start=1):
                if not line.strip():
                    continue
                try:
                    records.append(json.loads(line))
                except json.JSONDecodeError:
                    log.warning("%s line %d is not valid JSON: skipped", self.path, number)
        return records

    def __len__(self) -> int:
        return len(self.records())

    # -- export ------------------------------------------------------------------------

    def gold_candidates(self) -> list[dict]:
        """The records as gold items (EVALS.md), one per question (its latest verdict)."""
        return gold_candidates(self.records())

    def export_gold(self, path: Path | str) -> int:
        """Write the gold candidates to ``path`` (JSON lines); returns how many."""
        items = self.gold_candidates()
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path, "w", encoding="utf-8") as out:
            for item in items:
                out.write(json.dumps(item, ensure_ascii=False) + "\n")
        return len(items)


def gold_candidates(records: Iterable[dict]) -> list[dict]:
    """Gold items (EVALS.md) from feedback records, ids FB001…, in order of first asking.

    A question asked several times keeps its latest verdict. ``doc`` is the first
    citation's document (null when the assistant abstained), ``evidence`` the quotes,
    ``type`` "procedure" (or "unanswerable" when it abstained): a person reviews them.
    The verdict and comment travel along under ``feedback`` (the harness ignores it).
    """
    latest: dict[str, dict] = {}
    for record in records:
        question = " ".join(str(record.get("question", "")).split())
        if question:
            latest[question.lower()] = {**record, "question": question}
    items = []
    for number, record in enumerate(latest.values(), start=1):
        citations = record.get("citations") or []
        abstained = bool(record.get("abstained")) or not citations
        doc = None if abstained else citations[0]["doc"]
        same_doc = [c for c in citations if c["doc"] == doc]
        clauses = list(dict.fromkeys(c["clause"] for c in same_doc if is_numbered(c["clause"], c.get("kind"))))
        evidence = list(dict.fromkeys(c["quote"] for c in same_doc if c.get("quote", "").strip()))[:3]
        items.append({
            "id": f"FB{number:03d}",
            "question": record["question"],
            "doc": doc,
            "clauses": [] if abstained else clauses,
            "evidence": [] if abstained else evidence,
            "answer": record.get("answer", ""),
            "key_facts": [],
            "type": "unanswerable" if abstained else "procedure",
            "follows": None,
            "feedback": {"verdict": record.get("verdict"), "comment": record.get("comment", ""),
                         "timestamp": record.get("timestamp"), "docs": record.get("docs")},
        })
    return items
