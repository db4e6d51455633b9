"""Checks of the gold Q&A set (evals/gold.jsonl) against the real corpus.

Reads the gold file, corpus/manifest.toml and the corpus text files; no index, no model.
Every evidence quote is verbatim in its document, every clause exists at a line start,
every document key is in the manifest, the set covers every type and document. The
format checks are in tests/unit/test_gold.py.
"""

from __future__ import annotations

import re
import tomllib
from collections import Counter

import pytest

from ingest.config import PROJECT_ROOT
from tests.unit.test_gold import TYPES, VALID, _ids, collapse, normalise

pytestmark = pytest.mark.integration

CORPUS = PROJECT_ROOT / "corpus"
UNNUMBERED = {"cncec", "mentorat", "mesures"}  # documents without clause numbers


def _load_manifest() -> dict[str, str]:
    data = tomllib.loads((CORPUS / "manifest.toml").read_text(encoding="utf-8"))
    return {d["key"]: d["file"] for d in data["document"]}


MANIFEST = _load_manifest()
DOC_TEXT = {key: (CORPUS / name).read_text(encoding="utf-8") for key, name in MANIFEST.items()}
DOC_COLLAPSED = {key: collapse(text) for key, text in DOC_TEXT.items()}


def _clause_pattern(clause: str) -> re.Pattern:
    if clause.lower().startswith("annexe"):
        # "Annexe M" / "ANNEXE XII" at a line start, possibly after "- ", "« " or "**".
        return re.compile(r"^[ \t\-«*]*" + re.escape(clause) + r"(?![\w-])", re.M | re.I)
    # "6-3.04", "5-4.01 A" at a line start, allowing a "- " bullet, a "« " quote, "**" bold; or a clause number set in
    # bold after its heading on the same line, as the Cris text prints some (« Section 4 Congés de maladie**5-10.37** »,
    # indexed as clause 5-10.37).
    return re.compile(r"^(?:- )?(?:« ?)?(?:\*\*)?" + re.escape(clause) + r"(?![\w.-])"
                      r"|\*\*" + re.escape(clause) + r"\*\*", re.M)


def test_doc_null_iff_unanswerable():
    errors = []
    for it in VALID:
        if (it["doc"] is None) != (it["type"] == "unanswerable"):
            errors.append((it["id"], it["doc"], it["type"]))
        if it["doc"] is not None and it["doc"] not in MANIFEST:
            errors.append((it["id"], "unknown doc", it["doc"]))
        if it["doc"] is None and (it["clauses"] or it["evidence"] or it["key_facts"]):
            errors.append((it["id"], "unanswerable item with clauses/evidence/key_facts"))
    assert not errors, errors


# --------------------------------------------------------------------------
# Per-item checks against the corpus
# --------------------------------------------------------------------------
ANSWERABLE = [it for it in VALID if it.get("doc") in MANIFEST]


@pytest.mark.parametrize("item", ANSWERABLE, ids=_ids(ANSWERABLE))
def test_evidence_quotes_are_verbatim(item):
    assert 1 <= len(item["evidence"]) <= 3
    text = DOC_COLLAPSED[item["doc"]]
    for quote in item["evidence"]:
        q = collapse(quote)
        assert 40 <= len(q) <= 250, f"quote length {len(q)}: {quote!r}"
        assert q in text, f"not found in {item['doc']}: {quote!r}"
        assert not re.search(r"\*\*|\^\{|<[a-z/]|\t|\\\$|[¹²³⁴⁵⁶⁷⁸⁹⁰]", quote), f"artefact in {quote!r}"


@pytest.mark.parametrize("item", ANSWERABLE, ids=_ids(ANSWERABLE))
def test_key_facts_occur_in_evidence(item):
    assert 1 <= len(item["key_facts"]) <= 3
    evidence = [normalise(q) for q in item["evidence"] + [e for o in item.get("also", []) for e in o.get("evidence", [])]]
    for fact in item["key_facts"]:
        assert any(normalise(fact) in q for q in evidence), f"key fact {fact!r} not in evidence"


@pytest.mark.parametrize("item", ANSWERABLE, ids=_ids(ANSWERABLE))
def test_clauses_exist_at_line_start(item):
    if item["doc"] in UNNUMBERED:
        assert item["clauses"] == []
        return
    assert item["clauses"], "numbered document but no clause"
    text = DOC_TEXT[item["doc"]]
    for clause in item["clauses"]:
        assert _clause_pattern(clause).search(text), f"clause {clause!r} not found in {item['doc']}"


# --------------------------------------------------------------------------
# Coverage
# --------------------------------------------------------------------------
def test_counts_and_coverage():
    assert len(VALID) >= 120
    types = Counter(it["type"] for it in VALID)
    assert set(types) == TYPES, f"missing types: {TYPES - set(types)}"
    assert sum(1 for it in VALID if it["follows"] is not None) >= 10
    assert types["unanswerable"] >= 8
    assert set(MANIFEST) <= {it["doc"] for it in VALID}
