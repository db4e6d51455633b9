"""Each side of a comparison cites its right clause (assistant/comparisons.py): « L'année scolaire » kept whole as the
topic, a term quoted in one side's part defined on the side asking it unquoted; inline passages, no index."""

from __future__ import annotations

from assistant.comparisons import topic_of
from tests.unit.test_compare_terms import CHUNKS as TERMS
from tests.unit.test_comparison_topics import _answers, _in_order


def test_l_annee_scolaire_is_the_topic_not_l_annee():
    # « année scolaire » is a term both agreements define (Bourget 1-2.07, Cris 1-1.05); its elided article kept
    # « scolaire » off the topic (DEV Q1538: « L'année », Bourget 8-3.01 « L'année de travail … » quoted)
    names = ["Collège", "Cris"]
    assert topic_of("L'année scolaire, ça va de quand à quand chez les Cris ? Pis au Collège ?",
                    names) == "L'année scolaire"
    assert topic_of("L'année scolaire, elle commence pis finit quand au Collège ? Chez les Cris, c'est défini selon "
                    "quelle loi ?", names) == "L'année scolaire"


def test_a_term_quoted_in_one_side_s_part_is_defined_on_the_side_asking_it_unquoted():
    # the Bourget part says « régulier » without quotes: its definition (1-2.64), not the animator's rule ranked
    # first (DEV Q1540 « à temps partiel »: Bourget 1-2.61 « Salarié éducateur à temps partiel » instead of 1-2.33)
    answer = _answers(TERMS, _in_order(TERMS)).answer(
        "Dans l'entente autre, c'est qui un enseignant « régulier » ? Pis au Collège, un salarié régulier, ça veut "
        "dire quoi ?", [])
    cited = {(c.doc, c.clause) for c in answer.citations}
    assert ("conv", "1-2.64") in cited and ("autre", "1-1.27") in cited
    assert ("conv", "8-11.02") not in cited
