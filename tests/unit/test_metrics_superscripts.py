"""Evidence quotes copied from the corpus text are found in the indexed passages they come
from, whatever way the source writes a superscript (``1^{er}``, ``1 ^{er}``, ``141 ^e``):
the eval folds them as the ingest normaliser does (R8's finding: DEV Q1906, Q1922, Q1940,
Q1959 had their gold clause at rank 1 but were scored as retrieval misses)."""
from __future__ import annotations

import pytest

from evals.metrics import contains_evidence, normalise_fact, passage_form
from ingest.normalise import fix_superscripts


@pytest.mark.parametrize("source", [
    "jusqu'au 141 ^e jour de travail de l'année scolaire",
    "jusqu'au 141^e jour de travail de l'année scolaire",
    "jusqu'au 141^{e} jour de travail de l'année scolaire",
    "jusqu'au 141 ^{e} jour de travail de l'année scolaire",
])
def test_a_quote_with_a_superscript_is_found_in_the_normalised_passage(source):
    passage = "Le taux s'applique " + fix_superscripts(source) + ", puis le suivant."
    assert contains_evidence(passage, [source])


@pytest.mark.parametrize("source, folded", [
    ("le 1 ^{er} alinéa", "le 1er alinéa"),
    ("le 1^{er} juillet", "le 1er juillet"),
    ("les 3^e, 4^e et 5^e années", "les 3e, 4e et 5e années"),
    ("l’article 5-4.07", "l'article 5-4.07"),
])
def test_passage_form_writes_superscripts_and_apostrophes_as_the_index_does(source, folded):
    assert passage_form(source) == folded


def test_a_different_ordinal_is_still_not_the_evidence():
    passage = fix_superscripts("jusqu'au 140 ^e jour de travail de l'année scolaire")
    assert not contains_evidence(passage, ["jusqu'au 141 ^e jour de travail de l'année scolaire"])


@pytest.mark.parametrize("fact", ["141^e jour de travail", "141 ^e jour de travail", "141^{e} jour de travail"])
def test_a_key_fact_with_a_superscript_matches_the_answer_that_writes_it_plainly(fact):
    """DEV Q2064 (A15's finding): the gold key fact « 141^e jour de travail » never matched
    an answer saying « 141e jour de travail », as key facts folded only braced superscripts."""
    assert normalise_fact(fact) == normalise_fact("141e jour de travail") == "141e jour de travail"


def test_a_key_fact_keeps_its_caret_free_text():
    assert normalise_fact("Le 1^{er} juillet, 50%") == "le 1er juillet, 50 %"
