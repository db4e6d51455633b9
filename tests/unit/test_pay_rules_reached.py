"""Pay rules (assistant/pay_arithmetic.py) reached by the wordings of the blind batch Q1716–Q1775, on tiny inline
texts in the corpus's format: « chacune de mes paies brutes » is a pay; an échelon placed from schooling and
experience gets the rule asked after its cell (« … une journée sans solde, ça valait combien ? »); an unpaid day's
deduction (« une journée d'absence sans traitement, on me coupait combien ? ») reads the scale's cell and the
non-teaching share; a count, or an unpaid leave asked without an amount, computes nothing."""

from __future__ import annotations

import pytest

from assistant.lookups import DirectAnswers
from assistant.pay_arithmetic import unpaid_absence_asked

from .inline_answers import table_answers
from .test_amount_placement import EXPERIENCE_ECHELON, TEACHERS as PLACED_TEACHERS
from .test_pay_arithmetic import DAY_PAY, DEDUCTION, DOCUMENTS, INSTALMENT, SUPPORT, TEACHERS


@pytest.fixture(scope="module")
def direct() -> DirectAnswers:
    return table_answers([("bourget", clause, text) for clause, text in (
        ("Annexe M", TEACHERS), ("Annexe N", SUPPORT), ("7-7.02", INSTALMENT), ("7-8.04", DEDUCTION),
        ("1-2.74", DAY_PAY))], DOCUMENTS)


@pytest.fixture(scope="module")
def placed() -> DirectAnswers:
    return table_answers([("bourget", clause, text) for clause, text in (
        ("Annexe M", PLACED_TEACHERS), ("1-2.28", EXPERIENCE_ECHELON), ("7-8.04", DEDUCTION), ("1-2.74", DAY_PAY))],
        DOCUMENTS)


def test_each_of_my_gross_pays_is_a_pay(direct):
    answer = direct.answer("Chu prof à temps plein au Collège, échelon 15. En novembre 2014, chacune de mes paies "
                           "brutes (avant les retenues) était de combien ?", [])
    assert answer is not None and "**2 679,92 $** par paie, avant les retenues : 69 678 $ ÷ 26" in answer.text, \
        answer and answer.text


def test_an_unpaid_days_deduction_reads_the_non_teaching_scale(direct):
    answer = direct.answer("Psychoéducatrice à temps plein au Collège, échelon 5. En septembre 2013, une journée "
                           "d'absence sans traitement, on me coupait combien ?", [])
    assert answer is not None and "**177,56 $** déduits pour une journée d'absence : 46 166 $ ÷ 260" in answer.text, \
        answer and answer.text
    assert {"Annexe N", "1-2.74"} <= {c.clause for c in answer.citations}


def test_the_rule_asked_follows_a_placement(placed):
    answer = placed.answer("Au Collège, 17 ans de scolarité pis 2 ans d'expérience, prof à temps plein. En mai 2013, "
                           "une journée de travail, ça valait combien (genre pour une journée sans solde) ?", [])
    assert answer is not None and answer.kind == "placement", answer and answer.text
    text = answer.text
    assert text.index("**Classement (échelon)**") < text.index("**45 050 $** par année") < \
        text.index("**225,25 $** déduits pour une journée d'absence : 45 050 $ ÷ 200"), text
    assert "1-2.74" in {c.clause for c in answer.citations}
    plain = placed.answer("Au Collège, 17 ans de scolarité pis 2 ans d'expérience, prof à temps plein. En mai 2013, "
                          "combien je gagne ?", [])
    assert plain is not None and "÷" not in plain.text, plain and plain.text


def test_no_unpaid_absence_is_read_as_a_cell_without_a_length_and_an_amount():
    for unchanged in ("Au Collège, combien de jours sans traitement je peux prendre ?",
                      "Un congé sans traitement, ça compte pour l'ancienneté ?",
                      "Une journée sans traitement, est-ce que ça compte pour l'ancienneté ?",
                      "Un congé sans traitement d'un an, on me coupe combien ?"):
        assert unpaid_absence_asked(unchanged) == unchanged
    assert unpaid_absence_asked("échelon 9, une journée d'absence sans traitement, on me coupe combien ?") == \
        "échelon 9, une journée d'absence , on me coupe combien ?"


def test_two_peoples_placements_and_their_gap(placed):
    answer = placed.answer("Ma collègue pis moi, on a chacune 1 an d'expérience au Collège. Moi j'ai un bac de 4 ans (16 "
                           "ans de scolarité), elle a 17 ans de scolarité. En mai 2013, y avait combien d'écart entre nos "
                           "salaires annuels à temps plein ?", [])
    assert answer is not None and answer.kind == "placement", answer and answer.text
    text = answer.text
    assert "**39 760 $** par année" in text and "**43 212 $** par année" in text, text
    assert "+ 2 échelons" in text and "Écart : **3 452 $** par année : 39 760 $ (échelon 2, scolarité de 16 ans) → " \
        "43 212 $ (échelon 4, scolarité de 17 ans)" in text, text
    one = placed.answer("Au Collège, 17 ans de scolarité pis 1 an d'expérience, prof à temps plein. En mai 2013, combien "
                        "d'écart avec l'an passé ?", [])
    assert one is None or "scolarité de 16 ans" not in one.text
