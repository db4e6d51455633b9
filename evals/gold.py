"""Gold questions: load and validate a gold file (format: ../shared/EVALS.md).

Every check happens here, before any question is asked, so a malformed gold file
stops the run at once with a message naming the file and the line to fix.

Besides the fields of EVALS.md, an item comparing agreements may have the optional field
``also``: the other compared agreements, each with the clauses that answer on its side and,
optionally, verbatim evidence from it (``"also": [{"doc": "cris", "clauses": ["9-1.03"]}]``).
A citation of such a clause counts as on target, and the harness measures whether the answer
cites every compared agreement. Items without it are read as before.

An item asking for a date (« jusqu'à quand … ? ») may have the optional field ``deadline``: the
last day computed by hand on the agreement's calendar, ISO (``"deadline": "2026-01-15"``); the
harness measures whether the answer states it (« 15 janvier 2026 »). Key facts cannot hold such a
date, since they must be words of the evidence.

An item asking for an amount may have the optional field ``amounts``: the amounts a correct answer
states, as printed in the agreement (``"amounts": ["87,63 $", "89,38 $"]``); the harness measures
whether the answer states every one of them and cites a gold clause (the table).
"""

from __future__ import annotations

import json
import re
from datetime import date
from dataclasses import dataclass, field
from pathlib import Path
from typing import Collection, Iterable, Sequence

from common.errors import AssistantError

#: The question types a gold item may have.
QUESTION_TYPES = (
    "numeric",
    "definition",
    "procedure",
    "eligibility",
    "amendment",
    "clause_lookup",
    "multi_clause",
    "followup",
    "unanswerable",
)

#: Every field of a gold item, in the order of EVALS.md.
FIELDS = ("id", "question", "doc", "clauses", "evidence", "answer", "key_facts", "type", "follows")
#: Fields an item may have beyond EVALS.md's.
OPTIONAL_FIELDS = ("also", "deadline", "amounts")
#: The keys of one entry of ``also`` (``evidence`` optional).
ALSO_KEYS = ("doc", "clauses", "evidence")


class GoldError(AssistantError):
    """The gold file is missing or one of its lines is malformed."""


@dataclass(frozen=True)
class ComparedDocument:
    """Another agreement a comparison item sets beside its ``doc``: where it answers on its side."""

    doc: str
    clauses: tuple[str, ...]  # its clauses that answer the question (at least one)
    evidence: tuple[str, ...] = ()  # optional verbatim quotes from it


@dataclass(frozen=True)
class GoldItem:
    """One gold question with what a correct answer must contain."""

    id: str
    question: str
    doc: str | None  # document key; None when no document answers the question
    clauses: tuple[str, ...]
    evidence: tuple[str, ...]  # verbatim quotes from the source (white space may differ)
    answer: str
    key_facts: tuple[str, ...]
    type: str
    follows: str | None = None  # id of an earlier item asked first, in the same conversation
    also: tuple[ComparedDocument, ...] = ()  # the other agreements a comparison sets beside ``doc``
    deadline: date | None = None  # the last day a deadline question must get, computed by hand
    amounts: tuple[str, ...] = ()  # the amounts an amount question's answer must state ("60 293 $")
    line: int = field(default=0, compare=False)  # line number in the gold file (for messages)

    @property
    def answerable(self) -> bool:
        return self.doc is not None

    @property
    def compared_docs(self) -> tuple[str, ...]:
        """Every agreement the item compares (``doc`` first); empty for an item comparing none."""
        return (self.doc,) + tuple(other.doc for other in self.also) if self.also and self.doc else ()


# -- field checks -----------------------------------------------------------------------


def _string(value, name: str, *, nullable: bool = False, empty: bool = False) -> str | None:
    if value is None and nullable:
        return None
    if not isinstance(value, str):
        expected = "a string or null" if nullable else "a string"
        raise ValueError(f"'{name}' must be {expected}, not {json.dumps(value, ensure_ascii=False)}")
    if not empty and not value.strip():
        raise ValueError(f"'{name}' must not be empty")
    return value


def _strings(value, name: str) -> tuple[str, ...]:
    if not isinstance(value, list):
        raise ValueError(f"'{name}' must be a list of strings, not {json.dumps(value, ensure_ascii=False)}")
    for element in value:
        if not isinstance(element, str) or not element.strip():
            raise ValueError(f"'{name}' must hold non-empty strings, not {json.dumps(element, ensure_ascii=False)}")
    return tuple(value)


def _also(value, doc: str | None) -> tuple[ComparedDocument, ...]:
    """The ``also`` field: a non-empty list of {"doc", "clauses"[, "evidence"]} objects naming other documents."""
    if not isinstance(value, list) or not value:
        raise ValueError(f"'also' must be a non-empty list of objects, not {json.dumps(value, ensure_ascii=False)}")
    if doc is None:
        raise ValueError("'also' needs 'doc' set: it lists the agreements compared with it")
    compared: list[ComparedDocument] = []
    for entry in value:
        if not isinstance(entry, dict) or not {"doc", "clauses"} <= set(entry) or set(entry) - set(ALSO_KEYS):
            raise ValueError("each entry of 'also' must be an object with 'doc', 'clauses' and optionally "
                             f"'evidence', not {json.dumps(entry, ensure_ascii=False)}")
        other = ComparedDocument(doc=_string(entry["doc"], "also.doc"), clauses=_strings(entry["clauses"], "also.clauses"),
                                 evidence=_strings(entry.get("evidence", []), "also.evidence"))
        if not other.clauses:
            raise ValueError(f"'also' entry for '{other.doc}' must list the clauses that answer in it")
        if other.doc in (doc, *(c.doc for c in compared)):
            raise ValueError(f"'also' names '{other.doc}' twice (or the item's own doc)")
        compared.append(other)
    return tuple(compared)


def _deadline(value, doc: str | None) -> date:
    """The ``deadline`` field: an ISO date ("2026-01-15") on an answerable item."""
    if doc is None:
        raise ValueError("'deadline' needs 'doc' set: it is the date the agreement's delay gives")
    try:
        return date.fromisoformat(value) if isinstance(value, str) and len(value) == 10 else date.fromisoformat("")
    except ValueError:
        raise ValueError(f"'deadline' must be a date written YYYY-MM-DD, not {json.dumps(value, ensure_ascii=False)}") from None


def _amounts(value, doc: str | None) -> tuple[str, ...]:
    """The ``amounts`` field: a non-empty list of amounts with their unit ("60 293 $", "0,15 $")."""
    if doc is None:
        raise ValueError("'amounts' needs 'doc' set: they are amounts the agreement's tables give")
    amounts = _strings(value, "amounts")
    if not amounts or not all(re.fullmatch(r"\d{1,3}(?:[ \u00a0\u202f]\d{3})*(?:,\d+)? ?\$", a) for a in amounts):
        raise ValueError(f"'amounts' must list amounts written like \"60 293 $\" or \"0,15 $\", not "
                         f"{json.dumps(value, ensure_ascii=False)}")
    return amounts


def item_from_dict(data, line: int = 0) -> GoldItem:
    """A GoldItem from one decoded line; raises ValueError saying what is wrong."""
    if not isinstance(data, dict):
        raise ValueError("a line must hold one JSON object")
    missing = [name for name in FIELDS if name not in data]
    if missing:
        raise ValueError(f"missing field{'s' if len(missing) > 1 else ''} {', '.join(repr(m) for m in missing)}")
    item = GoldItem(
        id=_string(data["id"], "id").strip(),
        question=_string(data["question"], "question"),
        doc=_string(data["doc"], "doc", nullable=True),
        clauses=_strings(data["clauses"], "clauses"),
        evidence=_strings(data["evidence"], "evidence"),
        answer=_string(data["answer"], "answer", empty=True),
        key_facts=_strings(data["key_facts"], "key_facts"),
        type=_string(data["type"], "type"),
        follows=_string(data["follows"], "follows", nullable=True),
        also=_also(data["also"], data.get("doc")) if "also" in data else (),
        deadline=_deadline(data["deadline"], data.get("doc")) if "deadline" in data else None,
        amounts=_amounts(data["amounts"], data.get("doc")) if "amounts" in data else (),
        line=line,
    )
    if item.type not in QUESTION_TYPES:
        raise ValueError(f"unknown type '{item.type}': use one of {', '.join(QUESTION_TYPES)}")
    if item.type == "unanswerable" and item.doc is not None:
        raise ValueError(f"an 'unanswerable' item must have \"doc\": null, not '{item.doc}'")
    if item.answerable and not item.evidence:
        raise ValueError("'evidence' must hold 1-3 verbatim quotes from the document when 'doc' is set")
    return item


# -- whole file ---------------------------------------------------------------------------


def parse_gold(lines: Iterable[str], source: str = "gold", known_docs: Collection[str] | None = None) -> list[GoldItem]:
    """Gold items of the JSON lines ``lines``; blank lines are skipped.

    Raises GoldError "<source> line N: ..." on the first malformed line. With
    ``known_docs``, every ``doc`` must be one of them (see :func:`check_docs`).
    """
    items: list[GoldItem] = []
    lines_of: dict[str, int] = {}
    for number, text in enumerate(lines, start=1):
        if not text.strip():
            continue
        where = f"{source} line {number}"
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise GoldError(f"{where}: not valid JSON ({exc.msg} at column {exc.colno})") from None
        try:
            item = item_from_dict(data, line=number)
        except ValueError as exc:
            raise GoldError(f"{where}: {exc}") from None
        if item.id in lines_of:
            raise GoldError(f"{where}: id {item.id} is already used on line {lines_of[item.id]}")
        if item.follows is not None and item.follows not in lines_of:
            raise GoldError(f"{where}: 'follows' names {item.follows}, which is not an earlier item")
        lines_of[item.id] = number
        items.append(item)
    if not items:
        raise GoldError(f"{source}: no gold items (expected one JSON object per line)")
    if known_docs is not None:
        check_docs(items, known_docs, source)
    return items


def load_gold(path: Path | str, known_docs: Collection[str] | None = None) -> list[GoldItem]:
    """Gold items of the file ``path`` (UTF-8 JSON lines); raises GoldError."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise GoldError(f"{path}: gold file not found (give its path with --gold)") from None
    except UnicodeDecodeError as exc:
        raise GoldError(f"{path}: not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    except OSError as exc:
        raise GoldError(f"{path}: cannot read the gold file ({exc.strerror})") from None
    return parse_gold(text.splitlines(), source=str(path), known_docs=known_docs)


def check_docs(items: Sequence[GoldItem], known_docs: Collection[str], source: str = "gold") -> None:
    """Raise GoldError for the first item whose ``doc`` is not a key of ``known_docs``."""
    known = set(known_docs)
    for item in items:
        for other in item.also:
            if other.doc not in known:
                raise GoldError(f"{source} line {item.line}: 'also' names doc '{other.doc}', which is not a "
                                f"document of the index (known keys: {', '.join(sorted(known)) or 'none'})")
        if item.doc is not None and item.doc not in known:
            raise GoldError(
                f"{source} line {item.line}: doc '{item.doc}' is not a document of the index "
                f"(known keys: {', '.join(sorted(known)) or 'none'})"
            )


# -- selections and chains ----------------------------------------------------------------


def chain(item: GoldItem, by_id: dict[str, GoldItem]) -> list[GoldItem]:
    """The items asked before ``item`` in its conversation, earliest first (``item`` excluded)."""
    earlier: list[GoldItem] = []
    current = item
    while current.follows is not None:
        current = by_id[current.follows]
        earlier.append(current)
    return earlier[::-1]


def select(items: Sequence[GoldItem], limit: int | None) -> list[GoldItem]:
    """The first ``limit`` items plus the earlier items they follow, in file order."""
    if limit is None:
        return list(items)
    by_id = {item.id: item for item in items}
    wanted = set()
    for item in items[:limit]:
        wanted.add(item.id)
        wanted.update(earlier.id for earlier in chain(item, by_id))
    return [item for item in items if item.id in wanted]
