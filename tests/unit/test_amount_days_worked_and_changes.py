"""Amounts read in general on tiny inline texts in the corpus's format, each asked in wordings unlike those of the gold
item it came from (A12's Q1136: « engagé … en janvier 2015, à l'échelon 3 … j'aurai fait 90 jours »): the salary
paid pro rata of the days worked by a clause giving a fraction for each day (7-7.06), the fraction of the cell's staff;
a day's pay asked as « ma journée »; the change a named day brought, read from the column before the one starting that
day; two calendar years set against each other, each year's scale; a workload share said « de charge » beside tables of
workload minutes (assistant/pay_arithmetic.py, assistant/amount_answers.py)."""

from __future__ import annotations

import pytest

from assistant.lookups import DirectAnswers
from assistant.types import Hit

from .inline_answers import table_answers
from .test_pay_other_periods import cris  # noqa: F401  (fixture)

TEACHERS = """Annexe M Échelles annuelles de traitement des enseignants à temps complet ¹³

Échelons\tTraitement - 1er avril 2012\tTraitement - 1er avril 2013\tTraitement - 1er avril 2014
3\t40 738\t41 451\t42 280
9\t52 298\t53 213\t54 277
10\t54 521\t55 475\t56 585

¹³ Il est à noter qu'il faut lire au tableau le taux de traitement à compter du 141e jour de travail de l'année scolaire concernée au lieu du 1er avril d'une année visée.
"""

PROFESSIONALS = """Annexe N Échelles annuelles et taux horaire du personnel salarié éducateur non-enseignant

B) Échelles annuelles, salarié éducateur professionnel à temps complet

<i>Psychoéducateur (37,5 heures/semaine)</i>
Échelons\tÉchelle annuelle au 01-04-2010\tÉchelle annuelle au 31-12-2010\tÉchelle annuelle au 01-04-2011
3\t41 055\t41 437\t41 748
5\t43 959\t44 368\t44 701
"""

DAY_PAY = ("1-2.74 Traitement d'un jour ouvrable\n\nDans le cas d'un salarié éducateur (enseignant et animateur) à temps "
           "complet ou à temps partiel, c'est le un deux-centième (1/200e) du traitement annuel.\n\nPour le personnel "
           "non-enseignant (PNE) et le personnel de soutien technique, c'est le un deux cent soixantième (1/260e) du "
           "traitement annuel.")

PRORATA = ("7-7.06 Le salarié éducateur rémunéré selon les échelles annuelles de traitement qui entre au service du "
           "Collège après le début de l'année de travail voit son traitement applicable calculé au prorata à raison "
           "d'un deux-centième (1/200e) ou un deux-cent-soixantième (1/260e) du traitement pour chaque jour de travail "
           "effectué.\n\nLe salarié éducateur qui quitte son emploi pendant l'année de travail reçoit le traitement qui "
           "lui est dû à cette date et qui est égal au traitement annuel déterminé selon la présente convention, "
           "multiplié par le rapport du nombre de jours effectifs de travail au départ sur le nombre de jours effectifs "
           "de travail que comprend l'année de travail (1/200e ou 1/260e) ; le montant ainsi obtenu inclut l'indemnité "
           "de vacances annuelles pour tout salarié éducateur.")

# a deduction per day absent: a fraction for each day too, but no pay for days worked
DEDUCTION = ("6-4.42 Pendant le congé, le Collège déduit 1/260e de son traitement total annuel par jour ouvrable "
             "d'absence.")

WORKLOAD = """8-5.02 Charge éducative de l'enseignant du niveau primaire et préscolaire

La charge éducative maximale de l'enseignant des niveaux primaire et préscolaire à temps complet est celle indiquée selon les modalités prévues aux tableaux suivants :

Charge éducative maximale au niveau primaire en minutes/cycle de 9 jours\t
Charge d'enseignement\t2165
Charge complémentaire\t445
Tâche de nature personnelle\t306
Total de la charge éducative\t2916 (= 48,6 heures)
"""

SHARE = ("6-10.08 Le salarié éducateur a droit à un pourcentage du traitement égal au pourcentage de la charge "
         "professionnelle qu'il assume par rapport à la tâche d'un salarié éducateur à temps complet de sa catégorie "
         "d'emplois.")

DOCUMENTS = {"bourget": {"title": "Convention Collège Bourget", "aliases": ["Collège", "Bourget"],
                         "kind": "convention collective"}}


@pytest.fixture(scope="module")
def direct() -> DirectAnswers:
    return table_answers([("bourget", "1-2.74", DAY_PAY), ("bourget", "6-4.42", DEDUCTION),
                          ("bourget", "6-10.08", SHARE), ("bourget", "7-7.06", PRORATA),
                          ("bourget", "8-5.02", WORKLOAD), ("bourget", "Annexe M", TEACHERS),
                          ("bourget", "Annexe N", PROFESSIONALS)], DOCUMENTS)


def _text(direct: DirectAnswers, question: str) -> str:
    answer = direct.answer(question, [])
    assert answer is not None, question
    return answer.text


# --- days worked, paid pro rata --------------------------------------------------------------------------------


@pytest.mark.parametrize("question, paid", [
    ("Je suis rentrée au Collège en cours d'année comme enseignante, à l'échelon 10. J'ai travaillé 120 jours en "
     "2014-2015 : combien je vais toucher pour l'année ?", "33 951 $"),  # 56 585 × 120 / 200
    ("Enseignant engagé au Collège en février 2015 à l'échelon 9, ça va me faire 45 jours de travail d'ici la fin de "
     "l'année. On me paie combien en tout ?", "12 212,33 $"),  # 54 277 × 45 / 200
    ("Prof au Collège depuis mars 2015 seulement, échelon 3 : pour mes 30 jours travaillés, mon traitement c'est "
     "combien ?", "6 342 $"),  # 42 280 × 30 / 200
])
def test_days_worked_are_paid_pro_rata_first(direct, question, paid):
    text = _text(direct, question)
    assert text.startswith("Traitement au prorata des jours de travail (clause 7-7.06")
    assert f"**{paid}**" in text.split("\n\n")[1]


def test_a_non_teaching_class_takes_its_own_fraction_of_the_two(direct):
    text = _text(direct, "Embauchée à l'automne 2010 comme psychoéducatrice au Collège, échelon 5, je vais avoir "
                         "travaillé 150 jours au 1er avril 2011. Mon salaire au prorata ?")
    assert "**25 789,04 $** pour 150 jours de travail : 44 701 $ × 150 ÷ 260" in text  # 1-2.74's 1/260e of the PNE
    assert "1/260e" in text and "clause 1-2.74" in text


def test_a_teacher_leaving_is_quoted_the_paragraph_on_leaving(direct):
    text = _text(direct, "Je quitte le Collège pendant l'année 2014-2015 après avoir fait 110 jours. Enseignant à "
                         "l'échelon 10 : on me doit combien ?")
    assert "qui quitte son emploi pendant l'année de travail" in text.split("\n")[0]
    assert "**31 121,75 $** pour 110 jours de travail" in text  # 56 585 × 110 / 200


@pytest.mark.parametrize("question", [
    "J'ai été absent 3 jours au Collège, enseignant à l'échelon 10 en 2014-2015 : on me coupe combien ?",  # absent
    "Enseignant au Collège, échelon 10 : combien de jours de travail dans l'année ?",  # a count asked
    "Enseignant au Collège à l'échelon 10, j'ai fait 120 jours : combien je gagne par jour en 2014-2015 ?",  # a day
    "Au Collège, j'enseigne 4 jours sur 5 à l'échelon 10. Mon salaire en 2014-2015, c'est combien ?",  # a workload
    "Enseignante au Collège, je travaille 3 jours/semaine à l'échelon 9 : combien par année en 2014-2015 ?",
    "Suppléant au Collège, après 21 jours de travail consécutifs à l'échelon 9, je gagne combien en 2014-2015 ?",
])
def test_no_days_worked_pay_for_days_absent_counted_or_a_day_asked(direct, question):
    answer = direct.answer(question, [])
    assert answer is None or "Traitement au prorata des jours de travail" not in answer.text


# --- a day's pay asked in other words -----------------------------------------------------------------------------


@pytest.mark.parametrize("question", [
    "Enseignant au Collège à l'échelon 9, ma journée de travail vaut combien au 1er avril 2013 ?",
    "Prof au Collège, échelon 9 : une de mes journées, ça vaut combien au 1er avril 2013 ?",
    "Au Collège, échelon 9, combien pour une journée de salaire d'enseignant au 1er avril 2013 ?",
])
def test_a_day_asked_as_mine_gets_the_day_pay(direct, question):
    assert "**266,07 $** pour une journée de travail : 53 213 $ ÷ 200" in _text(direct, question)


def test_half_a_day_of_salary_is_not_answered_as_a_day(direct):
    text = _text(direct, "Enseignant au Collège, échelon 9 : une demi-journée de salaire au 1er avril 2013, c'est combien ?")
    assert "pour une journée de travail" not in text


# --- the change a named day brought -----------------------------------------------------------------------------


@pytest.mark.parametrize("question, change", [
    ("Je suis psychoéducatrice au Collège, échelon 3. L'équité salariale du 31 décembre 2010 m'a donné combien de "
     "plus par année ?", "**382 $** de plus par année : 41 055 $ (colonne « 1er avril 2010 ») → 41 437 $"),
    ("Psychoéducateur à l'échelon 5 : de combien mon salaire a augmenté le 1er avril 2011 ?",
     "**333 $** de plus par année : 44 368 $ (colonne « 31 décembre 2010 ») → 44 701 $"),
    ("Enseignante au Collège, échelon 10 : la hausse du 1er avril 2014, ça m'a donné combien ?",
     "**1 110 $** de plus par année : 55 475 $ (colonne « 1er avril 2013 ») → 56 585 $"),
])
def test_a_change_on_the_day_a_column_starts_is_read_from_the_column_before(direct, question, change):
    assert f"Écart : {change}" in _text(direct, question)


def test_a_day_within_a_period_gets_no_change_from_the_column_before(direct):
    text = _text(direct, "Enseignante au Collège, échelon 10 : le 15 mai 2013, je gagnais combien de plus ?")
    assert "Écart" not in text


# --- two calendar years set against each other ------------------------------------------------------------------


@pytest.mark.parametrize("question", [
    "Au Collège, à l'échelon 9, mon salaire d'enseignant de 2014 comparé à celui de 2012, c'est combien de plus ?",
    "Enseignant au Collège, échelon 9 : de combien mon traitement a augmenté entre 2012 et 2014 ?",
])
def test_two_years_compared_read_each_years_scale(direct, question):
    text = _text(direct, question)
    assert "Écart : **1 979 $** de plus par année : 52 298 $ (colonne « 1er avril 2012 ») → 54 277 $ (colonne « 1er " \
           "avril 2014 »)" in text


@pytest.mark.parametrize("question", [
    "Enseignant au Collège, échelon 9 : combien de plus je gagne en 2014-2015 qu'en 2012-2013 ?",
    "Au Collège, à l'échelon 9, mon traitement de 2014-15 comparé à celui de 2012-13, ça fait quelle différence ?",
])
def test_two_school_years_compared_read_each_years_column_at_its_start(direct, question):
    text = _text(direct, question)  # 1 September 2012: 1 April 2012's column (in force from the 141st day before)
    assert "Écart : **1 979 $** de plus par année : 52 298 $ (colonne « 1er avril 2012 ») → 54 277 $" in text


def test_a_year_no_column_gives_leaves_the_years_reading_as_it_was(direct):
    text = _text(direct, "Enseignant au Collège depuis 2002, échelon 9 : combien de plus en 2014 ?")
    assert "52 298 $" not in text.split("Annexe M :")[0]  # no 2012 column read for « depuis 2002 »


# --- a workload share said « de charge » --------------------------------------------------------------------------


@pytest.mark.parametrize("question", [
    "Je travaille à 60 % de charge au Collège, échelon 9, enseignant : combien je gagne au 1er avril 2013 ?",
    "Enseignant avec une charge de 60 % au Collège, échelon 9, combien par année au 1er avril 2013 ?",
])
def test_a_share_of_charge_reads_the_scale_not_the_workload_tables(direct, question):
    text = _text(direct, question)
    assert "**53 213 $**" in text
    assert "**31 927,80 $** par année : 60 % de 53 213 $" in text


# --- days worked at a clause's share of a stated annual salary (Cris 6-7.03 F) -------------------------------------


def test_days_replaced_at_the_substitutes_share_of_a_stated_salary(cris):  # noqa: F811
    hits = [Hit(cris.chunks[0], 1.0)]
    answer = cris.answer("Chez les Cris, ma collègue est absente depuis un mois pis je fais sa suppléance : j'ai "
                         "remplacé 24 jours en tout ; mon traitement annuel serait de 61 250 $, ça me donne combien ?",
                         hits)
    assert answer is not None and answer.text.startswith("**7 350 $** pour 24 jours de travail : 61 250 $"), \
        answer and answer.text  # 61 250 × 24 / 200


# --- two échelons, how much more or less asked ------------------------------------------------------------------------


@pytest.mark.parametrize("question, change", [
    ("Enseignant au Collège, échelon 10, au 1er avril 2013 : ça paie combien de plus que l'échelon 9 ?",
     "**2 262 $** de plus par année : 53 213 $ (échelon 9"),  # the higher échelon named first, « de plus » asked
    ("Au Collège, un enseignant à l'échelon 9 gagne combien de moins qu'à l'échelon 10 au 1er avril 2013 ?",
     "**2 262 $** de moins par année : 55 475 $ (échelon 10"),
    ("Enseignant au Collège, je passe de l'échelon 9 à l'échelon 10 au 1er avril 2013 : combien de plus ?",
     "**2 262 $** de plus par année : 53 213 $ (échelon 9"),
])
def test_two_echelons_are_set_in_the_order_the_change_is_asked(direct, question, change):
    assert f"Écart : {change}" in _text(direct, question)
