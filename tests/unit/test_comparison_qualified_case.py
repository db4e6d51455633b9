"""A case one agreement alone is named with only qualifies the question when it says little more than the piece
asking (assistant/comparisons.py ``ComparisonAnswers._qualified``, ``TopicParams.qualifier_words``; DEV Q1672: « Chez
les Cris, je veux me désister de mon sabbatique … ; on est en mai. Je peux-tu encore ? Pis au Collège, c'est quoi la
règle ? » asked the Collège « peux-tu encore » alone, its side led by 10-1.01 « … tout grief »). Inline passages, no
index."""

from __future__ import annotations

from tests.unit.test_comparison_case_parts import _answers
from tests.unit.test_comparisons import clause


def _sabbatical():
    return [clause("conv", "10-1.01", "10-1.01 Le salarié peut encore déposer un grief en tout temps.", 2),
            clause("conv", "6-6.16", "6-6.16 Le désistement du congé sabbatique n'est pas permis entre le 1er avril "
                                     "et la fin de l'année de travail.", 1),
            clause("autre", "5-1.01", "5-1.01 Le désistement du congé sabbatique est permis jusqu'au 1er avril.", 1)]


def test_a_case_told_for_one_agreement_is_asked_of_the_other():
    answer = _answers(_sabbatical()).answer(
        "Dans l'entente autre, je veux me désister de mon congé sabbatique qui commence en septembre ; on est en mai. "
        "Je peux-tu encore ? Pis au Collège, c'est quoi la règle ?", [])
    conv = [c.clause for c in answer.citations if c.doc == "conv"]
    assert conv[:1] == ["6-6.16"], conv
