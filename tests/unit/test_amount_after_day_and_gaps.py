"""Amount questions of the held-out batch Q1845–Q1904 read in general (assistant/tables.py, assistant/amount_answers.py):
a working day said as the one it follows (« après le 140e jour », « passé le 140e jour », « une fois le 140e jour
écoulé ») is the next day's row; a second date written in figures (« entre l'échelle du 01-04-2013 pis celle du
01-04-2014 ») sets its column beside the first, with the gap; a change asked between two school years of a list of
amounts by year gives both rows and the gap. Paraphrases with other words, dates, tables and clauses than the gold's;
excerpts in the corpus's format (some rows and years made up for the paraphrases)."""

from __future__ import annotations

import pytest

from assistant.lookups import DirectAnswers
from assistant.tables import parse_amount_question
from datetime import date

from .inline_answers import table_answers
from .table_texts import CRIS_13_2_03, CRIS_6_6_01

DOCUMENTS = {"bourget": {"title": "Convention Collège Bourget", "aliases": ["Collège", "Bourget"],
                         "kind": "convention collective"},
             "cris": {"title": "Accord crie", "aliases": ["Cris"], "kind": "accord"}}

SUPPLEMENT = CRIS_6_6_01  # Cris 6-6.01's supplement list (corpus)

#: Cris Annexe XXII's yearly sums (corpus)
TRAINING_SUMS = """Annexe XXII

De plus, le Ministère accorde à la Commission les sommes suivantes pour le perfectionnement du personnel (enseignant, professionnel et soutien) oeuvrant auprès de ces élèves ainsi que pour le personnel enseignant affecté à des groupes à plus d'une année d'étude :

- 24 900 \\$ pour l'année scolaire 2006-2007;
- 30 500 \\$ pour l'année scolaire 2007-2008;
- 36 850 \\$ pour l'année scolaire 2008-2009.
"""

#: Bourget Annexe N B), one scale (rows cut)
SCALE = """Annexe N Échelles annuelles et taux horaire du personnel salarié éducateur non-enseignant

B) Échelles annuelles, salarié éducateur professionnel à temps complet

<i>Psychoéducateur (37,5 heures/semaine) (rf. #2150)</i>
Échelons\tÉchelle annuelle au 01-04-2013\tÉchelle annuelle au 01-04-2014
3\t43 116\t43 978
4\t44 614\t45 506
"""


@pytest.fixture(scope="module")
def direct() -> DirectAnswers:
    return table_answers([("cris", "13-2.03", CRIS_13_2_03), ("cris", "6-6.01", SUPPLEMENT),
                          ("cris", "Annexe XXII", TRAINING_SUMS), ("bourget", "Annexe N", SCALE)], DOCUMENTS)


@pytest.mark.parametrize("question, amount", [
    ("Chez les Cris, je suis payé à l'heure en formation professionnelle. Passé le 140e jour de travail de "
     "2006-2007, mon taux horaire devient combien ?", "44,72 $"),
    ("Cris, enseignante à taux horaire : une fois le 140e jour de l'année scolaire 2007-2008 écoulé, c'est quoi "
     "le taux ?", "45,61 $"),
    ("Chez les Cris, le taux horaire en formation professionnelle au-delà du 140e jour de 2008-2009, il est de "
     "combien ?", "46,52 $"),
    ("Chez les Cris, le supplément annuel du responsable d'école, après le 140e jour de travail de 2005-2006, "
     "c'est combien ?", "1 303 $"),
])
def test_the_day_after_the_one_said(direct, question, amount):
    answer = direct.answer(question, [])
    assert answer is not None and answer.text.startswith(f"**{amount}**"), answer and answer.text


def test_a_day_said_before_keeps_its_row(direct):
    answer = direct.answer("Chez les Cris, à taux horaire en formation professionnelle, avant le 141e jour de "
                           "2005-2006 le taux était de combien ?", [])
    assert answer is not None and answer.text.startswith("**42,98 $**"), answer and answer.text


@pytest.mark.parametrize("question, later", [
    ("Psychoéducateur au Collège, échelon 4 : quel écart entre l'échelle du 01-04-2013 et celle du 01-04-2014 ?",
     date(2014, 4, 1)),
    ("Au Collège, psychoéducatrice échelon 3, de combien mon salaire augmente-t-il du 1/4/2013 au 1/4/2014 ?",
     date(2014, 4, 1)),
    ("Collège, psychoéducateur échelon 3 : la différence entre 2013-04-01 pis 2014-04-01 ?", date(2014, 4, 1)),
])
def test_a_second_date_in_figures_is_set_beside_the_first(question, later):
    assert parse_amount_question(question).other_when == later


def test_the_gap_of_two_columns_dated_in_figures(direct):
    answer = direct.answer("Psychoéducateur au Collège, échelon 4 : quel écart entre l'échelle du 01-04-2013 et "
                           "celle du 01-04-2014 ?", [])
    assert answer is not None, answer
    assert "Écart : **892 $** de plus par année : 44 614 $" in answer.text, answer.text


@pytest.mark.parametrize("question, gap, first, second", [
    ("Cris, Annexe XXII : les sommes pour la formation du personnel auprès des élèves en difficulté, c'est quoi "
     "l'écart entre 2007-2008 et 2008-2009 ?", "6 350 $", "30 500 $", "36 850 $"),
    ("Chez les Cris, de combien la somme du Ministère pour le perfectionnement du personnel a-t-elle grimpé de "
     "2006-2007 à 2007-2008 (hausse) ?", "5 600 $", "24 900 $", "30 500 $"),
])
def test_the_gap_between_two_school_years_rows(direct, question, gap, first, second):
    answer = direct.answer(question, [])
    assert answer is not None, answer
    text = answer.text
    assert f"**{first}**" in text and f"**{second}**" in text, text
    assert f"Écart : **{gap}** de plus : {first} (ligne « pour l'année scolaire" in text, text
    assert {c.clause for c in answer.citations} == {"Annexe XXII"}


def test_no_gap_without_a_change_asked(direct):
    answer = direct.answer("Chez les Cris, Annexe XXII : la somme pour le perfectionnement du personnel en 2006-2007 "
                           "pis en 2008-2009, c'est combien ?", [])
    assert answer is None or "Écart" not in answer.text, answer.text


def test_a_day_said_after_the_starting_day_itself_stays_that_day(direct):
    """« après le 141e jour » said of the day a row starts on is that row, not a 142nd day no row names."""
    answer = direct.answer("Chez les Cris, taux horaire en formation professionnelle, au printemps 2007, après le 141e "
                           "jour de travail de l'année 2006-2007, c'est combien ?", [])
    assert answer is not None and answer.text.startswith("**44,72 $**"), answer and answer.text
