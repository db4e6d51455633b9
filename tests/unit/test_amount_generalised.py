"""Amount lookups read in general, on tiny inline texts in the corpus's format, each with wordings unlike those of the
gold items it came from (Q1703, Q1705, Q1706, Q1707): a class named by the class whose scale a note says it has,
though its first word names another class; the end of a scale said in other words; a working day of a school year
read through a table's « 141e jour … au lieu du 1er avril » note; a column of what was added rather than the running
total; unused days of a bank paid at a percentage of the scale (assistant/tables.py, assistant/amount_answers.py,
assistant/pay_arithmetic.py)."""

from __future__ import annotations

import pytest

from assistant.lookups import DirectAnswers
from assistant.tables import parse_amount_question

from .inline_answers import table_answers

TEACHERS = """Annexe M Échelles annuelles de traitement des enseignants à temps complet ¹³

Échelons\tTraitement - 1er avril 2012\tTraitement - 1er avril 2013\tTraitement - 1er avril 2014
8\t50 165\t51 043\t52 064
9\t52 298\t53 213\t54 277
10\t54 521\t55 475\t56 585

¹³ Il est à noter qu'il faut lire au tableau le taux de traitement à compter du 141e jour de travail de l'année scolaire concernée au lieu du 1er avril d'une année visée.
"""

PROFESSIONALS = """Annexe N Échelles annuelles et taux horaire du personnel salarié éducateur non-enseignant

B) Échelles annuelles, salarié éducateur professionnel à temps complet

<i>Animateur de pastorale (37,5 heures/semaine)¹⁵</i>
Échelon\tÉchelle annuelle au 01-04-2012\tÉchelle annuelle au 01-04-2013
3\t40 358\t41 064
4\t41 759\t42 490

¹⁵ Aux fins de la présente convention, les échelles annuelles de traitement de la classe d'emploi « *d'animateur de pastorale* » applicables au Collège sont celles de la classe d'emploi « *animateur de vie spirituelle et d'engagement communautaire* » (#2141) en vigueur dans les commissions scolaires du secteur public.
"""

ANIMATORS = """Annexe O Échelles annuelles des animateurs à temps complet

<i>Animateur et « Sauveteur aquatique » (40 heures/semaine)</i>
Échelon\tÉchelle annuelle au 01-04-2012\tÉchelle annuelle au 01-04-2013
3\t29 830\t30 352
4\t31 917\t32 476
"""

SICK_DAYS = """6-3.04 La banque annuelle de congés de maladie de dix (10) jours ouvrables d'absences, prévue à la clause 6-3.02, est monnayable, le ou vers le 30 juin de chaque année, à raison de soixante pour cent (60 %) de l'échelle de traitement applicable lorsqu'un ou ces jours sont non utilisés."""

DAY_PAY = ("1-2.74 Traitement d'un jour ouvrable\n\nDans le cas d'un salarié éducateur (enseignant et animateur) à temps "
           "complet ou à temps partiel, c'est le un deux-centième (1/200e) du traitement annuel.\n\nPour le personnel "
           "non-enseignant (PNE) et le personnel de soutien technique, c'est le un deux cent soixantième (1/260e) du "
           "traitement annuel.")

RESOURCES = """Annexe XXII Ajouts de ressources aux élèves à risque

La répartition des sommes pour ces ajouts de ressources s'établit de la façon suivante :

Année scolaire\tMontant additionnel\tAjout total
2010-2011\t250 000 $\t250 000 $
2011-2012\t120 000 $\t370 000 $
2012-2013\t80 000 $\t450 000 $
"""

DOCUMENTS = {"bourget": {"title": "Convention Collège Bourget", "aliases": ["Collège", "Bourget"],
                         "kind": "convention collective"},
             "cris": {"title": "Accord crie", "aliases": ["Cris"], "kind": "accord"}}


@pytest.fixture(scope="module")
def direct() -> DirectAnswers:
    return table_answers([("bourget", "Annexe M", TEACHERS), ("bourget", "Annexe N", PROFESSIONALS),
                          ("bourget", "Annexe O", ANIMATORS), ("bourget", "6-3.04", SICK_DAYS),
                          ("bourget", "1-2.74", DAY_PAY), ("cris", "Annexe XXII", RESOURCES)], DOCUMENTS)


def _text(direct: DirectAnswers, question: str) -> str:
    answer = direct.answer(question, [])
    assert answer is not None, question
    return answer.text


# --- a class named by the class whose scale its note gives ------------------------------------------------------


@pytest.mark.parametrize("question", [
    "Je travaille comme animateur de vie spirituelle et d'engagement communautaire au Collège, échelon 3 : combien par "
    "année au 1er avril 2013 ?",
    "Mon titre officiel au Collège, c'est animatrice de vie spirituelle et d'engagement communautaire. Au 4e échelon, "
    "mon échelle en mai 2012 ?",
])
def test_a_class_named_by_the_public_sector_class_its_note_gives_is_paid_that_scale(direct, question):
    text = _text(direct, question)
    assert text.startswith("Selon la note du tableau, la classe d'emploi **Animateur de pastorale** (Annexe N)"), text
    assert ("**41 064 $**" in text or "**41 759 $**" in text) and "Annexe O" not in text, text
    assert "la plus proche" not in text  # the note said which class it is


@pytest.mark.parametrize("question, amount", [
    ("Animateur au Collège, échelon 3 : mon salaire annuel au 1er avril 2013 ?", "**30 352 $**"),
    ("Animatrice de pastorale au Collège, échelon 3 : mon salaire annuel au 1er avril 2013 ?", "**41 064 $**"),
])
def test_a_class_named_by_its_own_name_keeps_its_scale(direct, question, amount):
    text = _text(direct, question)
    assert amount in text and "Selon la note du tableau" not in text, text


# --- the end of a scale, in other words -------------------------------------------------------------------------


@pytest.mark.parametrize("question", [
    "Je suis au bout de l'échelle des profs : combien je gagne ?",
    "Rendue à la fin de mon échelle salariale, c'est quoi mon traitement ?",
    "J'ai plus d'échelon à monter, combien par année ?",
])
def test_the_end_of_a_scale_said_otherwise_is_its_last_echelon(question):
    assert parse_amount_question(question).echelon_end == "last", question


def test_an_end_of_something_else_is_no_echelon():
    assert parse_amount_question("Au bout de trois ans, combien je gagne ?").echelon_end is None


# --- a working day of a school year, read through the table's note ---------------------------------------------


@pytest.mark.parametrize("question, amount, column", [
    ("Échelon 9 au Collège : depuis le 141e jour de travail de l'année scolaire 2012-2013, mon traitement ?",
     "**53 213 $**", "1er avril 2013"),
    ("Prof à l'échelon 10, à compter du 141e jour de travail de 2013-2014, je gagne combien par année ?",
     "**56 585 $**", "1er avril 2014"),
    ("Au Collège, échelon 8 : jusqu'au 140e jour de travail de l'année scolaire 2013-2014, j'étais payé combien ?",
     "**51 043 $**", "1er avril 2013"),
    ("Enseignante à l'échelon 8, avant le 141e jour de travail de l'année 2012-2013, mon salaire annuel ?",
     "**50 165 $**", "1er avril 2012"),
])
def test_a_working_day_of_a_school_year_names_the_column_the_note_reads_from_it(direct, question, amount, column):
    text = _text(direct, question)
    assert text.startswith(amount) and f"colonne « {column} »" in text, text
    assert text.count("par année —") == 1, text  # that column only, not both columns of the school year


def test_a_working_day_the_note_does_not_name_reads_the_school_years_columns(direct):
    text = _text(direct, "Échelon 9, à compter du 100e jour de travail de l'année scolaire 2012-2013, combien ?")
    assert "**52 298 $**" in text and "**53 213 $**" in text, text


# --- what was added, not the running total ---------------------------------------------------------------------


@pytest.mark.parametrize("question, amount", [
    ("Chez les Cris, les ressources supplémentaires pour les élèves à risque en 2011-2012, c'était combien ?",
     "**120 000 $**"),
    ("Pour les élèves à risque de la CS crie, on a rajouté combien en 2012-2013 par rapport à l'année d'avant ?",
     "**80 000 $**"),
    ("À la CS crie, pour les élèves à risque, l'ajout cumulé en tout atteignait combien en 2012-2013 ?",
     "**450 000 $**"),
])
def test_the_column_of_what_was_added_or_of_the_total_is_the_one_asked(direct, question, amount):
    text = _text(direct, question)
    assert text.startswith(amount), text


# --- unused days paid at a share of the scale ------------------------------------------------------------------


@pytest.mark.parametrize("question, amount", [
    ("Il me reste 4 jours de maladie pas utilisés au 30 juin 2014, je suis à l'échelon 10 au Collège : ils valent "
     "combien ?", "**679,02 $** pour 4 jours non utilisés : 56 585 $ ÷ 200 × 60 % × 4"),
    ("Prof à l'échelon 9, je n'ai utilisé aucun de mes congés de maladie en 2013-2014 : on me remet combien en juin "
     "2014 ?", "**1 628,31 $** pour 10 jours non utilisés : 54 277 $ ÷ 200 × 60 % × 10"),
])
def test_unused_sick_days_are_paid_at_the_share_of_the_scale_the_clause_sets(direct, question, amount):
    answer = direct.answer(question, [])
    assert answer is not None and answer.text.startswith("Jours non utilisés payés (clause 6-3.04"), answer and answer.text
    assert amount in answer.text, answer.text
    assert {c.clause for c in answer.citations} >= {"6-3.04", "1-2.74", "Annexe M"}


@pytest.mark.parametrize("question", [
    "Au Collège, à l'échelon 9 en juin 2014, je gagne combien ? J'ai eu aucune absence.",
    "Combien de jours de maladie j'ai par année à l'échelon 9 au Collège ?",
    "Échelon 9 au Collège en juin 2014, combien par paie ?",
])
def test_nothing_is_cashed_when_no_unused_days_of_the_bank_are_said(direct, question):
    answer = direct.answer(question, [])
    assert answer is None or "Jours non utilisés payés" not in answer.text, answer.text


def test_nothing_is_cashed_without_the_agreements_day_pay():
    bare = table_answers([("bourget", "Annexe M", TEACHERS), ("bourget", "6-3.04", SICK_DAYS)], DOCUMENTS)
    answer = bare.answer("Il me reste 4 jours de maladie non utilisés, échelon 10 au Collège en juin 2014 : combien ?", [])
    assert answer is None or "Jours non utilisés payés" not in answer.text, answer.text


# --- a rate asked as a noun phrase after what the teacher tells; a week's pay; a count past a limit -------------

SUPPLY_RATES = """Annexe P Taux horaire des salariés éducateurs suppléants à court terme ou occasionnels

A) Taux horaire de l'enseignant suppléant à court terme ou occasionnel

Enseignant non qualifié

Durée Périodes concernées\t60 minutes
À compter du 1er avril 2013\t30,00 $
À compter du 1er avril 2014\t30,60 $
"""

SUPPORT = """Annexe N Échelles annuelles et taux horaire du personnel salarié éducateur non-enseignant

<i>Technicien de travaux pratiques (37,5 heures/semaine) (rf. #4209)</i>
Échelon\tTaux horaire au 01-04-2012\tTaux horaire au 01-04-2013
4\t20,28\t20,63
5\t20,92\t21,29
"""

EXCESS = """Annexe XII Compensation pour dépassement des maxima d'élèves par groupe

C) La compensation annuelle à laquelle l'enseignante ou l'enseignant a droit est limitée à :

- 1 752 $ pour la première ou le premier élève excédentaire;
- 2 190 $ pour la ou le deuxième élève excédentaire;
- 2 628 $ pour chaque autre élève excédentaire.
"""


@pytest.fixture(scope="module")
def told() -> DirectAnswers:
    return table_answers([("bourget", "Annexe P", SUPPLY_RATES), ("bourget", "Annexe N", SUPPORT),
                          ("cris", "Annexe XII", EXCESS)], DOCUMENTS)


@pytest.mark.parametrize("question", [
    "Suppléant pas qualifié au Collège : mon taux horaire en avril 2014 ?",
    "Enseignant non qualifié en suppléance au Collège, le taux de l'heure en avril 2014 ?",
])
def test_a_rate_asked_as_a_noun_phrase_after_the_case_is_looked_up(told, question):
    assert _text(told, question).startswith("**30,60 $** l'heure"), question


def test_a_noun_phrase_asking_something_else_is_no_amount_question(told):
    answer = told.answer("Au Collège, le traitement de ma plainte se fait comment ?", [])
    assert answer is None or "$" not in answer.text, answer.text


@pytest.mark.parametrize("question", [
    "Technicien de travaux pratiques, échelon 4, 20 heures par semaine en octobre 2012 : ma paie de la semaine ?",
    "Je fais 20 h par semaine comme technicien de travaux pratiques à l'échelon 4 : payé combien pour la semaine, "
    "en novembre 2012 ?",
    "Technicien de travaux pratiques à l'échelon 4 : en mai 2012 j'ai fait 20 heures une semaine. Ça m'a donné "
    "combien pour la semaine ?",
])
def test_a_weeks_pay_said_otherwise_is_the_rate_times_the_hours_stated(told, question):
    assert "**405,60 $** par semaine : 20 h × 20,28 $" in _text(told, question), question


def test_a_week_asked_without_its_hours_computes_nothing(told):
    text = _text(told, "Technicien de travaux pratiques à l'échelon 4 en mai 2012 : ma paie de la semaine ?")
    assert "aucun montant par semaine calculé" in text and "par semaine :" not in text, text


@pytest.mark.parametrize("question, total", [
    ("Chez les Cris, un dépassement de 2 élèves dans mon groupe, la compensation annuelle max ?", "**3 942 $**"),
    ("À la CS crie, avec un surplus de trois élèves dans ma classe, la compensation annuelle peut aller jusqu'où ?",
     "**6 570 $**"),
])
def test_a_count_said_as_what_goes_past_the_limit_sums_the_tiers(told, question, total):
    assert _text(told, question).startswith(total), question


# --- the start or the end of a year ----------------------------------------------------------------------------


@pytest.mark.parametrize("question, amount, column", [
    ("Prof au Collège à l'échelon 9, à la fin de 2013, combien par année ?", "**53 213 $**", "1er avril 2013"),
    ("Au début de l'année 2013, une enseignante à l'échelon 10 gagnait combien ?", "**54 521 $**", "1er avril 2012"),
    ("Échelon 8 au Collège, fin 2012 : mon traitement annuel ?", "**50 165 $**", "1er avril 2012"),
    ("Au Collège, à l'échelon 10, à la fin de l'année scolaire 2013-2014, combien par année ?", "**56 585 $**",
     "1er avril 2014"),
    ("Échelon 9, au début de l'année scolaire 2013-2014, mon salaire de prof au Collège ?", "**53 213 $**",
     "1er avril 2013"),
])
def test_the_start_or_end_of_a_year_is_its_first_or_last_months(direct, question, amount, column):
    text = _text(direct, question)
    assert text.startswith(amount) and f"colonne « {column} »" in text and text.count("par année —") == 1, text
