"""A scale's column named by the raise it brought, a per-day rate over the days a question counts, a week's pay led,
and a result asked in everyday words (assistant/tables.py, assistant/lookups.py,
assistant/amount_answers.py, assistant/pay_arithmetic.py).

Batch Q2025–Q2084's misses: « la colonne du 1er avril 2012 (1 % + 0,5 %) » (Q2034) and « l'échelle du 1er avril 2014
(la colonne du 2 %) » (Q2041) dumped the whole annex (the « % » read as a percentage of the salary); « deux journées
complètes (plus de 210 minutes chaque fois) » (Q2040) got one day's rate; « une semaine régulière complète » (Q2029) led
with the hourly rate; « ça donne quoi par année ? » (Q977) was no amount asked. Each case is
tested here on paraphrases: other percentages, columns, job classes, counts of days and wordings."""

from __future__ import annotations

import pytest

from assistant.pay_arithmetic import _HOW_MUCH_PAY
from assistant.tables import column_percents, without_column_percents
from ingest.tables import find_tables

from .inline_answers import table_answers
from .test_amount_placement import DOCUMENTS

# copied from the corpus (Bourget Annexe M, three columns of six, four rows), with its raises row
TEACHERS = """Annexe M Échelles annuelles de traitement des enseignants à temps complet (rf. clause 7-6.02)

Échelons\tTraitement enseignants secteur public - 1er avril 2012\tTraitement enseignants secteur public - 1er avril 2013\tTraitement enseignants secteur public - 1er avril 2014
\t1 % (+ 0,5 %)\t1,75 %\t2 %
9\t52 298\t53 213\t54 277
10\t54 521\t55 475\t56 585
16\t69 991\t71 216\t72 640
17\t72 967\t74 244\t75 729
"""

# copied from the corpus (Bourget Annexe N): an annual class with its raises row, an hourly class with its week
PROFESSIONALS = """Annexe N Échelles annuelles et taux horaire du personnel salarié éducateur non-enseignant

A) Taux horaire, salarié éducateur de soutien technique

<i>Technicien de en éducation spécialisée (37,5 heures/semaine) (rf. #4207)</i>
Échelon\tTaux horaire au 01-04-2012\tTaux horaire au 01-04-2013\tTaux horaire au 01-04-2014
3\t22,63\t23,03\t23,49
5\t24,09\t24,51\t25,00

B) Échelles annuelles, salarié éducateur professionnel à temps complet

<i>Psychoéducateur (37,5 heures/semaine) (rf. #2150)</i>
Échelons\tÉchelle annuelle au 01-04-2012\tÉchelle annuelle au 01-04-2013\tÉchelle annuelle au 01-04-2014
\t1 % (+ 0,5 %)\t1,75 %\t2 %
6\t46 946\t47 768\t48 723
7\t48 462\t49 310\t50 296
"""

WEEK = "- 8-15.02 La semaine régulière de travail du salarié éducateur non-enseignant est de trente-sept virgule cinq (37,5) heures."

# Cris 6-7.03 A), two rows (copied from the corpus): a replacement paid by its length in a day
SUPPLY = """6-7.03

A) La suppléante ou le suppléant occasionnel est rémunéré de la façon suivante :

Durée de remplacement dans une journée Périodes concernées\t60 minutes ou moins\tentre 61 minutes et 150 minutes\tentre 151 minutes et 210 minutes\tplus de 210 minutes
À compter du 141e jour de travail de l'année scolaire 2007-2008\t35,75 $\t89,38 $\t125,13 $\t178,75 $
À compter du 141e jour de travail de l'année scolaire 2008-2009\t36,47 $\t91,18 $\t127,65 $\t182,35 $
"""


@pytest.fixture(scope="module")
def direct():
    return table_answers([("bourget", "Annexe M", TEACHERS), ("bourget", "Annexe N", PROFESSIONALS),
                          ("bourget", "8-15.02", WEEK), ("cris", "6-7.03", SUPPLY)], DOCUMENTS)


def _text(direct, question: str) -> str:
    answer = direct.answer(question, [])
    assert answer is not None, question
    return answer.text


# --- a column named by its raise ------------------------------------------------------------


@pytest.mark.parametrize("question, lead", [
    ("Enseignant à temps complet au Collège, échelon 16 : c'est quoi le traitement annuel de l'annexe M dans la colonne "
     "du 1er avril 2012 (1 % + 0,5 %)?", "**69 991 $** par année — Annexe M, échelon 16"),
    ("Prof au Collège, échelon 10 : mon salaire annuel au 1er avril 2013 (la colonne de 1,75 %), c'est combien ?",
     "**55 475 $** par année — Annexe M, échelon 10"),
    ("Au Collège, échelon 9, combien je gagne par année dans la colonne du 2 % ?", "**54 277 $** par année — Annexe M, échelon 9"),
    ("Enseignante au Collège à l'échelon 17 : quel est mon traitement selon l'échelle à 1,75 % ?",
     "**74 244 $** par année — Annexe M, échelon 17"),
    ("Psychoéducateur, échelon 6, au Collège : combien par année avec l'échelle du 1er avril 2014 (la colonne du 2 %)?",
     "**48 723 $** par année — Annexe N"),
    ("Psychoéducatrice au Collège, échelon 7 : je gagne combien par année dans la colonne du 1 % + 0,5 % ?",
     "**48 462 $** par année — Annexe N"),
])
def test_a_column_named_by_its_raise_gives_the_cell(direct, question, lead):
    text = _text(direct, question)
    assert text.startswith(lead), text
    assert text.count(" $ |") <= 3 * 2, text  # the asked row shown, not the whole annex


def test_the_raise_beside_a_date_is_blanked_and_alone_is_read_as_its_columns_date():
    tables = find_tables(TEACHERS, "bourget", "Annexe M")
    assert without_column_percents("échelon 16, colonne du 1er avril 2012 (1 % + 0,5 %) ?", tables) == \
        "échelon 16, colonne du 1er avril 2012 ?"
    assert without_column_percents("échelon 9, la colonne du 1,75 % ?", tables) == "échelon 9, la colonne du 1er avril 2013 ?"
    assert without_column_percents("échelon 9, l'échelle à 2 %, combien ?", tables) == \
        "échelon 9, l'échelle du 1er avril 2014, combien ?"
    assert without_column_percents("échelon 9, la colonne du 5 % ?", tables) == "échelon 9, la ?"  # no such column


@pytest.mark.parametrize("question", [
    "Je travaille à 80 % à l'échelon 5, combien je gagne ?",
    "On me verse 75 % de mon traitement pendant mon congé, ça fait combien ?",
    "Avec le 4 % de vacances, c'est combien de l'heure ?",
])
def test_a_percentage_of_the_salary_is_no_columns_name(question):
    assert column_percents(question) == [] and without_column_percents(question) == question


# --- a per-day rate over the days counted ------------------------------------------------------


@pytest.mark.parametrize("question, lead", [
    ("Suppléant occasionnel chez les Cris en mai 2009, j'ai fait deux journées complètes (plus de 210 minutes chaque "
     "fois). Ça me donne combien pour les deux jours?", "**364,70 $** en tout — 6-7.03"),
    ("Chez les Cris, en octobre 2008, j'ai remplacé 3 jours, 120 minutes par jour, comme suppléante occasionnelle. "
     "Combien je vais recevoir ?", "**268,14 $** en tout — 6-7.03"),
    ("Cris, avril 2009 : quatre journées de suppléance occasionnelle de 180 minutes, on me paie combien ?",
     "**510,60 $** en tout — 6-7.03"),
])
def test_days_counted_at_one_length_each_are_the_days_rate_times_their_count(direct, question, lead):
    assert _text(direct, question).startswith(lead)


def test_one_day_of_several_periods_is_one_length_not_days(direct):
    text = _text(direct, "Chez les Cris en mai 2009, suppléance occasionnelle : 4 périodes de 50 minutes dans la même "
                         "journée, combien ?")
    assert "en tout" not in text.split("\n")[0]


# --- a week's pay, led ------------------------------------------


@pytest.mark.parametrize("question, lead", [
    ("TES échelon 5 au Collège, payée au taux du 01-04-2014. Pour une semaine régulière complète, ça donne combien brut?",
     "937,50 $"),
    ("Technicienne en éducation spécialisée au Collège, échelon 3, en avril 2013 : je gagne combien pour une semaine "
     "normale de travail ?", "863,63 $"),
])
def test_a_weeks_pay_is_led(direct, question, lead):
    answer = direct.answer(question, [])
    assert answer is not None
    # the week's length as 8-15.02 sets it, the clause cited beside the class's title (the DEV week items list it
    # since gold commit cbbed6b)
    assert answer.text.startswith("Semaine régulière de travail : 37,5 heures (clause 8-15.02 : « La semaine "
                                  "régulière de travail du salarié éducateur non-enseignant"), answer.text
    first_amount = answer.text.split("**")[1]
    assert first_amount == lead, answer.text
    assert {c.clause for c in answer.citations} == {"Annexe N", "8-15.02"}


# --- a result asked in everyday words ----------------------------------------------------------


@pytest.mark.parametrize("question", [
    "Sur l'échelle de 2014, mon salaire réduit, ça donne quoi par année ?",
    "Pis avec un contrat de quatre ans, ça me ferait quoi ?",
    "ça revient à quoi sur l'année ?",
    "Quel serait mon salaire pendant le contrat ?",
    "C'est quoi mon traitement pendant les années du régime ?",
])
def test_a_result_asked_in_everyday_words_asks_an_amount(question):
    assert _HOW_MUCH_PAY.search(question)


@pytest.mark.parametrize("question", [
    "Le congé à traitement différé, ça marche comment ?",
    "Qu'est-ce que ça fait si je tombe malade pendant mon congé ?",
])
def test_a_question_on_how_a_leave_works_asks_no_amount(question):
    assert not _HOW_MUCH_PAY.search(question)
