"""Checks on the gold Q&A set (evals/gold.jsonl): its format, and the key-fact normalisation.

Fast and self-contained: reads the gold file only; no corpus, no index, no model. The
format is fixed by EVALS.md. The checks against the corpus (evidence verbatim, clauses,
documents, coverage) are in tests/integration/test_gold_corpus.py.
"""

from __future__ import annotations

import json
import re
from collections import Counter

import pytest

from ingest.config import PROJECT_ROOT

GOLD = PROJECT_ROOT / "evals" / "gold.jsonl"

FIELDS = {"id", "question", "doc", "clauses", "evidence", "answer", "key_facts", "type", "follows"}
OPTIONAL = {"also", "deadline", "amounts"}  # a comparison's other agreements: [{"doc", "clauses"[, "evidence"]}]; a last day
TYPES = {
    "numeric", "definition", "procedure", "eligibility", "amendment",
    "clause_lookup", "multi_clause", "followup", "unanswerable",
}

# --------------------------------------------------------------------------
# Normalisation used to compare key facts (EVALS.md): lower-case; collapse all
# white space (NBSP included); "50%" -> "50 %"; "1^{er}" / "1er" -> "1er";
# a number in words followed by its digits in parentheses counts as the
# digits ("quarante (40) jours" -> "40 jours").
# --------------------------------------------------------------------------
_NUMBER_WORD = (
    r"(?:z[ée]ro|une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|"
    r"quatorze|quinze|seize|vingts?|trente|quarante|cinquante|soixante|cents?|mille|virgule|"
    r"premi[eè]re?|[a-zàâçéèêëîïôûùüÿœ]+i[eè]mes?)"
)
_WORDS_THEN_DIGITS = re.compile(
    rf"(?<![\w-]){_NUMBER_WORD}(?:(?:\s+|-)(?:et(?:\s+|-))?{_NUMBER_WORD})*"
    r"(?:\s+pour\s+cent)?\s*\(\s*([^()]*?\d[^()]*?)\s*\)",
    re.IGNORECASE,
)


def normalise(text: str) -> str:
    text = text.replace("\u00a0", " ").replace("\u202f", " ").lower()
    text = re.sub(r"\^\{([^}]*)\}", r"\1", text)          # 1^{er} -> 1er
    text = _WORDS_THEN_DIGITS.sub(lambda m: m.group(1), text)  # quarante (40) -> 40
    text = re.sub(r"(\d)\s*%", r"\1 %", text)              # 50% -> 50 %
    return " ".join(text.split())


def collapse(text: str) -> str:
    return " ".join(text.split())


# --------------------------------------------------------------------------
# Loading
# --------------------------------------------------------------------------
def _load_gold() -> tuple[list[str], list[dict]]:
    lines = GOLD.read_text(encoding="utf-8").splitlines()
    items = []
    for line in lines:
        try:
            items.append(json.loads(line))
        except json.JSONDecodeError:
            items.append(None)
    return lines, items


LINES, ITEMS = _load_gold()
VALID = [it for it in ITEMS if isinstance(it, dict)]
BY_ID = {it.get("id"): it for it in VALID}


def _ids(items):
    return [it["id"] for it in items]


# --------------------------------------------------------------------------
# File-level checks
# --------------------------------------------------------------------------
def test_every_line_is_a_json_object():
    assert LINES, "evals/gold.jsonl is empty"
    bad = [n for n, it in enumerate(ITEMS, 1) if not isinstance(it, dict)]
    assert not bad, f"lines that are not JSON objects: {bad}"


def test_exact_fields_and_value_types():
    errors = []
    for n, it in enumerate(VALID, 1):
        if not FIELDS <= set(it) <= FIELDS | OPTIONAL:
            errors.append((n, "fields", sorted((set(it) - OPTIONAL) ^ FIELDS)))
            continue
        if not (isinstance(it["id"], str) and re.fullmatch(r"Q\d{3,4}", it["id"])):
            errors.append((n, "id", it["id"]))
        for key in ("question", "answer", "type"):
            if not (isinstance(it[key], str) and it[key].strip()):
                errors.append((n, key, it[key]))
        if it["doc"] is not None and not isinstance(it["doc"], str):
            errors.append((n, "doc", it["doc"]))
        if it["follows"] is not None and not isinstance(it["follows"], str):
            errors.append((n, "follows", it["follows"]))
        for key in ("clauses", "evidence", "key_facts"):
            value = it[key]
            if not (isinstance(value, list) and all(isinstance(v, str) and v.strip() for v in value)):
                errors.append((n, key, value))
    assert not errors, errors


def test_also_lists_other_documents_with_their_clauses():
    errors = []
    for it in VALID:
        if "also" not in it:
            continue
        also = it["also"]
        if it["doc"] is None or not isinstance(also, list) or not also:
            errors.append((it["id"], "also", also))
            continue
        docs = [it["doc"]]
        for entry in also:
            if not (isinstance(entry, dict) and {"doc", "clauses"} <= set(entry) <= {"doc", "clauses", "evidence"}
                    and isinstance(entry["doc"], str) and entry["doc"] not in docs
                    and isinstance(entry["clauses"], list) and entry["clauses"]
                    and all(isinstance(c, str) and c.strip() for c in entry["clauses"])
                    and all(isinstance(e, str) and e.strip() for e in entry.get("evidence", []))):
                errors.append((it["id"], "also entry", entry))
                continue
            docs.append(entry["doc"])
    assert not errors, errors


def test_ids_unique():
    counts = Counter(_ids(VALID))
    assert not [i for i, c in counts.items() if c > 1], "duplicate ids"


def test_types_known():
    bad = [(it["id"], it["type"]) for it in VALID if it["type"] not in TYPES]
    assert not bad, bad


def test_follows_points_to_an_earlier_item():
    seen, errors = set(), []
    for it in VALID:
        if it["follows"] is not None and it["follows"] not in seen:
            errors.append((it["id"], it["follows"]))
        seen.add(it["id"])
    assert not errors, errors


def test_followup_type_iff_follows():
    bad = [it["id"] for it in VALID if (it["type"] == "followup") != (it["follows"] is not None)]
    assert not bad, bad


# --------------------------------------------------------------------------
# The normalisation itself
# --------------------------------------------------------------------------
@pytest.mark.parametrize(
    "raw, expected",
    [
        ("quarante (40) jours", "40 jours"),
        ("soixante pour cent (60 %)", "60 %"),
        ("vingt et un (21) jours ouvrables", "21 jours ouvrables"),
        ("trente-deux virgule cinq (32,5) périodes", "32,5 périodes"),
        ("50% d'aide", "50 % d'aide"),
        ("le 1^{er} juillet", "le 1er juillet"),
        ("Le\u00a0 30 JUIN", "le 30 juin"),
    ],
)
def test_normalise(raw, expected):
    assert normalise(raw) == expected


def test_the_harness_loads_the_gold_file():
    """The harness's own parser (``evals.gold.load_gold``) accepts every line: a format this file's checks let through
    (« 3000 $ » in ``amounts``, stop 25) would otherwise stop ``python -m evals`` at its first line."""
    from evals.gold import load_gold

    assert len(load_gold(GOLD)) == len(LINES)
