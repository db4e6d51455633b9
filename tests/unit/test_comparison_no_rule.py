"""A comparison side of a numbered agreement quotes its rules (clauses, annexes, letters), not its filing header nor a
bare heading of an article, unless nothing else was found (assistant/comparisons.py ``_NO_RULE``; DEV Q1236: Bourget's
« Préambule » « Nombre de salariés visés : 125 » for « combien de monde de chaque bord », and Cris 10-6.00
« IMPRESSION (PROTOCOLE) » beside 10-6.01, DEV Q1232). Inline passages, no index."""

from __future__ import annotations

from dataclasses import replace

from tests.unit.test_comparison_case_parts import _answers
from tests.unit.test_comparisons import clause


def _chunks():
    header = replace(clause("conv", "Préambule", "Objet : Convention collective du comité de relations du "
                                                 "travail. Nombre de salariés visés : 125.", 1), kind="preamble", article=None)
    heading = replace(clause("conv", "4-2.00", "4-2.00 Comité de relations du travail", 2), kind="article")
    return [header, heading,
            clause("conv", "4-2.01", "4-2.01 Le comité de relations du travail étudie toute question relative aux "
                                     "conditions de travail.", 3),
            clause("autre", "2-1.01", "2-1.01 Le comité de relations du travail étudie les griefs.", 1)]


def test_a_side_quotes_a_rule_not_the_filing_header_nor_a_heading():
    answer = _answers(_chunks()).answer("Le comité de relations du travail, il étudie quoi : au Collège comparé à "
                                        "l'entente autre ?", [])
    conv = [c.clause for c in answer.citations if c.doc == "conv"]
    assert conv == ["4-2.01"], conv


def test_a_side_with_nothing_else_still_quotes_what_was_found():
    chunks = [c for c in _chunks() if c.clause_id != "4-2.01"]
    answer = _answers(chunks).answer("Le comité de relations du travail, il étudie quoi : au Collège comparé à "
                                     "l'entente autre ?", [])
    assert any(c.doc == "autre" for c in answer.citations)
