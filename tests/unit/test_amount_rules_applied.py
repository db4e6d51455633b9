"""A rule of a clause applied to the teacher's own numbers, and several amounts asked together (assistant/amount_answers.py,
assistant/tables.py, assistant/placement.py): a trip's fuel at « 1,60 $ le litre » by Bourget Annexe W's « coût réel du
litre d'essence divisé par 10 … multiplié … par le nombre de kilomètres » (104,20 $ for 320 km; before, « non calculé
ici »: DEV Q1637); several days told apart at Cris 6-7.03's rates by duration, « combien en tout ? »: each day's cell
and their total, leading (Q1639: 262,88 $; before, the first day's cell only); a diploma with its years of schooling in
brackets (« bac de 4 ans (16 ans) ») places by those years (Q1629; before, « Votre scolarité n'est pas indiquée »)."""

from __future__ import annotations

import pytest

from .inline_answers import table_answers
from .table_texts import CRIS_13_2_03
from .test_amount_placement import DOCUMENTS, EXPERIENCE_ECHELON, TEACHERS

# copied from the corpus: Bourget Annexe W's first table
TRAVEL = """Annexe W Politique relative aux frais de déplacement

1. Conformément aux dispositions prévues au paragraphe 3 de la clause 6-11.02, les frais de déplacement sont calculés selon les règles indiquées au tableau suivant :

Tarif de base pour les premiers 200 kilomètres\t35 $
Frais pour chaque kilomètre excédant (+ de 200 km)\t0,15 $ /km
Le coût réel du litre d'essence divisé par 10 ; le quotient étant multiplié par la suite par le nombre de kilomètres effectivement parcourus\t_____ $
La somme des 3 opérations = Total des frais de déplacement
"""


@pytest.fixture(scope="module")
def direct():
    return table_answers([("bourget", "Annexe W", TRAVEL), ("cris", "13-2.03", CRIS_13_2_03)], DOCUMENTS)


def test_a_trips_fuel_priced_by_the_litre_is_added(direct):
    answer = direct.answer("Au Collège, on m'envoie en mandat avec mon auto : 320 km aller-retour, pis l'essence "
                           "ordinaire est à 1,60 $ le litre dans le coin. On me rembourse combien ?", [])
    assert answer is not None and answer.text.startswith("**104,20 $** pour 320 km — Annexe W"), answer and answer.text
    assert "1,60 $ le litre ÷ 10 × 320 km = 51,20 $" in answer.text and "non calculé" not in answer.text


def test_a_trip_without_a_fuel_price_leaves_the_fuel_uncomputed(direct):
    answer = direct.answer("Au Collège, j'ai fait 320 km aller-retour pour un mandat, on me rembourse combien ?", [])
    assert answer is not None and answer.text.startswith("**53 $** pour 320 km"), answer and answer.text
    assert "S'y ajoute (non calculé ici)" in answer.text


# Cris 6-7.03 A), its 2006-2007 row (copied from the corpus): a replacement paid by its length in a day
SUPPLY = """6-7.03

A) La suppléante ou le suppléant occasionnel est rémunéré de la façon suivante :

Durée de remplacement dans une journée Périodes concernées\t60 minutes ou moins\tentre 61 minutes et 150 minutes\tentre 151 minutes et 210 minutes\tplus de 210 minutes
À compter du 141e jour de travail de l'année scolaire 2006-2007\t35,05 $\t87,63 $\t122,68 $\t175,25 $
À compter du 141e jour de travail de l'année scolaire 2007-2008\t35,75 $\t89,38 $\t125,13 $\t178,75 $
"""


@pytest.fixture(scope="module")
def supply():
    return table_answers([("cris", "6-7.03", SUPPLY)], DOCUMENTS)


def test_several_days_told_apart_get_each_cell_and_their_total_first(supply):
    answer = supply.answer("Chez les Cris, en mai 2007, j'ai fait de la suppléance occasionnelle deux jours : le lundi "
                           "deux périodes (120 minutes en tout), le mardi une journée complète (plus de 210 minutes). Ça "
                           "m'a fait combien en tout ?", [])
    assert answer is not None and answer.text.startswith("**262,88 $** en tout — 6-7.03"), answer and answer.text
    first = answer.text.split("\n")[0]
    assert "87,63 $ (120 minutes : colonne « entre 61 minutes et 150 minutes »)" in first
    assert "175,25 $ (plus de 210 minutes : colonne « plus de 210 minutes »)" in first


@pytest.mark.parametrize("question", [
    "Chez les Cris, en mai 2008, j'ai remplacé 2 heures (120 minutes) en suppléance occasionnelle, ça fait combien en "
    "tout ?",  # one duration said twice
    "Chez les Cris, en mai 2008, suppléance occasionnelle : lundi 90 minutes, mercredi 45 minutes. Combien ?",  # no total
])
def test_one_duration_or_no_total_asked_sums_nothing(supply, question):
    answer = supply.answer(question, [])
    assert answer is not None and "en tout —" not in answer.text, answer and answer.text


@pytest.fixture(scope="module")
def placed():
    return table_answers([("bourget", "Annexe M", TEACHERS), ("bourget", "1-2.28", EXPERIENCE_ECHELON)], DOCUMENTS)


@pytest.mark.parametrize("schooling, years", [("bac de 4 ans (17 ans)", "17"), ("une maîtrise (18 ans)", "18")])
def test_a_diploma_with_its_years_of_schooling_in_brackets_places(placed, schooling, years):
    answer = placed.answer(f"Au Collège, j'ai {schooling} et 5 ans d'expérience, combien je gagne en avril 2014 ?", [])
    assert answer is not None and answer.kind == "placement", answer and answer.text
    assert f"Scolarité de {years} ans" in answer.text and "Votre scolarité n'est pas indiquée" not in answer.text


def test_a_diploma_without_its_years_of_schooling_is_not_guessed(placed):
    answer = placed.answer("Au Collège, j'ai un bac de 4 ans et 5 ans d'expérience, combien je gagne en avril 2014 ?", [])
    assert answer is not None and "Votre scolarité n'est pas indiquée" in answer.text, answer and answer.text
