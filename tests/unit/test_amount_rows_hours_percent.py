"""Amount questions of the held-out batch Q1905–Q1964 read in general (assistant/amount_answers.py): a change asked
between two periods named by their working day and school year, among more rows shown (« entre le début (jusqu'au
140e jour 2005-2006) pis la dernière (141e jour 2008-2009) »), is read from those two rows only; whole hours the
question counts at an hourly rate (« j'ai enseigné 10 heures à taux horaire ») give the rate times the hours; a
percentage the question adds to the rate asked (« avec le 4 % de vacances ») does not turn the amount question away.
Paraphrases with other words, rows, counts and tables than the gold's; excerpts in the corpus's format (some rows made
up for the paraphrases)."""

from __future__ import annotations

import pytest

from assistant.lookups import DirectAnswers

from .inline_answers import table_answers
from .table_texts import ANNEXE_P, CRIS_13_2_03, CRIS_6_6_01

DOCUMENTS = {"bourget": {"title": "Convention Collège Bourget", "aliases": ["Collège", "Bourget"],
                         "kind": "convention collective"},
             "cris": {"title": "Accord crie", "aliases": ["Cris"], "kind": "accord"}}

SUPPLEMENT = CRIS_6_6_01  # Cris 6-6.01's supplement list (corpus)

#: Bourget Annexe N A), the appariteur's hourly scale (rows cut), and Annexe P E)
SCALES = """Annexe N Échelles annuelles et taux horaire du personnel salarié éducateur non-enseignant

A) Taux horaire, salarié éducateur de soutien technique

<i>Appariteur (37,5 heures/semaine) (rf. #4218)</i>
Échelon\tTaux horaire au 01-04-2013\tTaux horaire au 01-04-2014
4\t17,28\t17,63
5\t17,68\t18,03
"""

OTHER_CLASSES = """E) Autres classes d'emploi

Pour les classes d'emploi d'appariteur, de technicien en éducation spécialisée et de technicien de travaux pratique, le taux horaire de la suppléance (court terme ou occasionnel) correspond au taux horaire, selon l'expérience et la scolarité reconnues, majoré de quatre pour cent (4 %) aux fins des vacances annuelles.
"""


@pytest.fixture(scope="module")
def direct() -> DirectAnswers:
    return table_answers([("cris", "13-2.03", CRIS_13_2_03), ("cris", "6-6.01", SUPPLEMENT),
                          ("bourget", "Annexe N", SCALES), ("bourget", "Annexe P", ANNEXE_P + "\n" + OTHER_CLASSES)],
                         DOCUMENTS)


def _text(direct: DirectAnswers, question: str) -> str:
    answer = direct.answer(question, [])
    assert answer is not None and answer.kind == "amount", answer and answer.text
    return answer.text


@pytest.mark.parametrize("question, gap, first, second", [
    ("Chez les Cris, le supplément du responsable d'école a grimpé de combien entre le tout premier (jusqu'au 140e "
     "jour 2005-2006) et celui du 141e jour de 2007-2008 ?", "79 $", "1 277 $", "1 356 $"),
    ("Cris, responsable d'école : quelle hausse du supplément annuel entre le 141e jour de 2005-2006 pis le 141e "
     "jour de 2008-2009 ?", "80 $", "1 303 $", "1 383 $"),
])
def test_the_change_between_two_periods_named_by_day_and_year(direct, question, gap, first, second):
    text = _text(direct, question)
    assert f"Écart : **{gap}** de plus par année : {first} (ligne « " in text, text
    assert f"→ {second} (ligne « " in text, text


def test_no_change_read_without_two_periods_named(direct):
    text = _text(direct, "Chez les Cris, le supplément du responsable d'école a monté de combien depuis 2005-2006 ?")
    assert "Écart : **106 $**" not in text and "Écart : **26 $**" not in text, text


@pytest.mark.parametrize("question, total, rate", [
    ("Chez les Cris, à taux horaire, j'ai donné douze heures de cours en octobre 2006 (après le 141e jour de "
     "2005-2006). Combien je reçois ?", "526,08 $", "43,84 $"),
    ("Cris : enseignant à taux horaire, 8 heures faites en avril 2009, à compter du 141e jour de 2008-2009. Ça me "
     "rapporte combien ?", "372,16 $", "46,52 $"),
])
def test_hours_counted_at_an_hourly_rate(direct, question, total, rate):
    text = _text(direct, question)
    assert text.startswith(f"**{rate}** l'heure"), text
    assert f"- **{total}** : " in text and f" × {rate} (ligne « " in text, text


@pytest.mark.parametrize("question", [
    "Chez les Cris, à taux horaire je fais 20 heures par semaine, au 141e jour de 2008-2009 c'est combien de l'heure ?",
    "Chez les Cris, le taux horaire à compter du 141e jour de 2008-2009, c'est combien ?",
])
def test_no_hours_total_without_hours_counted(direct, question):
    text = _text(direct, question)
    assert "le nombre de votre question, au taux horaire" not in text, text


@pytest.mark.parametrize("question, rate, raised", [
    ("Au Collège, appariteur échelon 4, en suppléance occasionnelle en mai 2014 : mon taux horaire en comptant les "
     "4 % pour les vacances ?", "17,63 $", "18,34 $"),
    ("Je suis appariteur au Collège (échelon 5) et je fais de la suppléance en juin 2013, c'est quoi mon taux "
     "horaire majoré de 4 % ?", "17,68 $", "18,39 $"),
])
def test_a_percentage_added_to_the_rate_asked_keeps_the_amount_lookup(direct, question, rate, raised):
    text = _text(direct, question)
    assert text.startswith(f"**{raised}** l'heure en suppléance : {rate} majoré de 4 %"), text


def test_hours_counted_at_a_scale_hourly_rate(direct):
    text = _text(direct, "Appariteur au Collège, échelon 5 : j'ai travaillé 12 heures en mai 2014, ça me donne "
                         "combien ?")
    assert text.startswith("**18,03 $** l'heure — Annexe N"), text
    assert "- **216,36 $** : 12 × 18,03 $ (échelon 5, colonne « 01-04-2014 »)" in text, text


def test_no_second_total_when_the_periods_already_give_it(direct):
    text = _text(direct, "Chez les Cris, au printemps 2009 (après le 141e jour de 2008-2009) j'ai enseigné 6 heures à "
                         "taux horaire, des périodes de 60 minutes. Ça fait combien au total ?")
    assert text.count("279,12 $") == 1, text
