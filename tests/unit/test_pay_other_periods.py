"""A pay rule for another period (assistant/pay_arithmetic.py), on tiny inline texts in the corpus's format: a normal
week of an hourly scale (the rate times the hours its class's title gives, « (37,5 heures/semaine) »), and a day's pay
of an annual salary the teacher states by a clause paying a fraction of it each day (Cris 6-7.03 F) « … payé à raison
de 1/200 du traitement annuel applicable pour chaque jour de travail … »); nothing for a week of leave, hours the
question states, a deduction, or a sentence giving two fractions."""

from __future__ import annotations

import pytest

from assistant.lookups import DirectAnswers
from assistant.types import Hit

from .inline_answers import table_answers
from .test_pay_arithmetic import DOCUMENTS, SUPPORT

CRIS = {"cris": {"title": "Accord crie", "aliases": ["Cris"], "kind": "accord"}}
SUPPLY = ("6-7.03 La suppléante ou le suppléant occasionnel est rémunéré selon les taux suivants.\n\n- F) Cependant, "
          "après 20 jours ouvrables consécutifs d'absence de la part d'une enseignante ou d'un enseignant à temps plein, "
          "la Commission paie, à la suppléante ou au suppléant occasionnel qui la ou le remplace durant ces 20 jours, le "
          "traitement qu'elle ou il recevrait si elle ou il était enseignant. Ce traitement est payé à raison de 1/200 du "
          "traitement annuel applicable pour chaque jour de travail ainsi effectué. Dans ce cas, ce traitement compte à "
          "partir de la première journée de suppléance.")
MATERNITY = ("6-4.42 Le Collège déduit du traitement de la salariée éducatrice 1/260e de son traitement total annuel par "
             "journée ouvrable où elle est absente de son travail aux fins de maternité.")
PRORATA = ("7-7.06 Le salarié éducateur qui entre au service du Collège après le début de l'année de travail est payé à "
           "raison d'un deux-centième (1/200e) du traitement annuel pour chaque jour de travail effectué, ou 1/260e pour le "
           "personnel non-enseignant.")


@pytest.fixture(scope="module")
def direct() -> DirectAnswers:
    return table_answers([("bourget", "Annexe N", SUPPORT)], DOCUMENTS)


@pytest.fixture(scope="module")
def cris() -> DirectAnswers:
    return table_answers([("cris", "6-7.03", SUPPLY)], CRIS)


@pytest.fixture(scope="module")
def bourget_prose() -> DirectAnswers:
    return table_answers([("bourget", "6-4.42", MATERNITY), ("bourget", "7-7.06", PRORATA)], DOCUMENTS)


def test_a_normal_week_of_an_hourly_scale_is_the_rate_times_the_class_week(direct):
    answer = direct.answer("Technicienne en éducation spécialisée au Collège, échelon 5. En juin 2013, une semaine "
                           "normale de travail me rapportait combien brut ?", [])
    assert answer is not None, answer
    assert "**919,13 $** par semaine, avant les retenues : 24,51 $ × 37,5 h (échelon 5" in answer.text, answer.text
    assert any("(37,5 heures/semaine)" in c.quote for c in answer.citations), answer.citations
    per_week = direct.answer("TES à temps plein au Collège, échelon 4, combien par semaine au 1er avril 2014 ?", [])
    assert per_week is not None and "**907,88 $** par semaine" in per_week.text, per_week and per_week.text
    assert "aucun montant par semaine calculé" not in per_week.text, per_week.text


def test_no_normal_week_for_leave_or_stated_hours(direct):
    leave = direct.answer("TES au Collège, échelon 5 : une semaine de vacances, c'est payé combien au 1er avril 2013 ?", [])
    assert leave is not None and "× 37,5 h" not in leave.text, leave and leave.text
    stated = direct.answer("TES au Collège à l'échelon 5, je fais 20 heures par semaine, je gagne combien par semaine au "
                           "1er avril 2013 ?", [])
    assert stated is not None and "490,20 $" in stated.text and "× 37,5 h" not in stated.text, stated and stated.text


def test_a_stated_annual_salary_over_the_clauses_day_share(cris):
    hits = [Hit(cris.chunks[0], 1.0)]
    answer = cris.answer("Chez les Cris, ça fait 25 jours ouvrables de suite que je remplace la même enseignante. Si mon "
                         "traitement annuel selon l'échelle serait de 58 000 $, on doit me payer combien par jour de "
                         "travail ?", hits)
    assert answer is not None and answer.text.startswith("**290 $** par jour de travail : 58 000 $"), answer and answer.text
    assert [c.clause for c in answer.citations] == ["6-7.03"]
    assert "après 20 jours ouvrables consécutifs" in answer.citations[0].quote and \
        "1/200 du traitement annuel" in answer.citations[0].quote
    # no day asked, or a count asked: nothing computed
    for question in ("Chez les Cris, mon traitement annuel serait de 58 000 $ ; c'est quoi la règle du suppléant ?",
                     "Chez les Cris, traitement annuel de 58 000 $ : combien de jours avant d'être payé à l'échelle ?"):
        answer = cris.answer(question, hits)
        assert answer is None or "÷ 200" not in answer.text, answer.text


def test_no_day_share_from_a_deduction_or_two_fractions(bourget_prose):
    hits = [Hit(chunk, 1.0 - 0.1 * n) for n, chunk in enumerate(bourget_prose.chunks)]
    for question in ("Au Collège, je gagne 55 000 $ par année ; une journée d'absence, on me coupe combien ?",
                     "Au Collège, je gagne 55 000 $ par année et j'entre en cours d'année : payé combien par jour ?"):
        answer = bourget_prose.answer(question, hits)
        assert answer is None or "par jour de travail :" not in answer.text, answer.text
