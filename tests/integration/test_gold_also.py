"""Checks of the gold items' ``also`` field (a comparison's other agreements) against the real corpus.

Every other agreement is in the manifest, each of its clauses exists at a line start of its
text (or in bold after a section title), its optional evidence quotes are verbatim there. The item's own fields are checked by
tests/integration/test_gold_corpus.py; the format by tests/unit/test_gold.py.
"""

from __future__ import annotations

import re

import pytest

from tests.integration.test_gold_corpus import DOC_COLLAPSED, DOC_TEXT, MANIFEST, _clause_pattern
from tests.unit.test_gold import VALID, _ids, collapse

pytestmark = pytest.mark.integration

COMPARISONS = [it for it in VALID if it.get("also")]


def test_some_items_compare_agreements():
    assert len(COMPARISONS) >= 4


@pytest.mark.parametrize("item", COMPARISONS, ids=_ids(COMPARISONS))
def test_other_agreements_clauses_and_evidence_are_in_the_corpus(item):
    for other in item["also"]:
        assert other["doc"] in MANIFEST, f"unknown doc {other['doc']!r}"
        for clause in other["clauses"]:  # at a line start, or bold after a section title (« Section 4 …**5-10.37** »)
            found = _clause_pattern(clause).search(DOC_TEXT[other["doc"]]) or f"**{clause}**" in DOC_TEXT[other["doc"]]
            assert found, f"clause {clause!r} not in {other['doc']}"
        for quote in other.get("evidence", []):
            q = collapse(quote)
            assert 40 <= len(q) <= 250, f"quote length {len(q)}: {quote!r}"
            assert q in DOC_COLLAPSED[other["doc"]], f"not found in {other['doc']}: {quote!r}"
            assert not re.search(r"\*\*|\^\{|<[a-z/]|\t|\\\$", quote), f"artefact in {quote!r}"
