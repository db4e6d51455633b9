"""An amount a clause's prose sets per unit times the units the teacher counts (assistant/amount_answers.py
``_counted_amount``): « 80 enseignants » of Cris 7-1.02's « 240 $ par enseignante ou enseignant » (19 200 $), « mes
deux enfants au primaire, chu à 25 % » of Bourget 11-5.01's « 1 400,00 $ … pour chaque enfant », reduced « au prorata
… de la charge » (700 $; not at 80 %, above its « (49,9 %) et moins »). Before, both were quoted without the total (DEV
Q1641, Q1638). The amount per unit itself asked (« combien par prof à temps plein ? ») is read in the first passages
(Q772)."""

from __future__ import annotations

import pytest

from assistant.types import Hit

from .inline_answers import table_answers
from .table_texts import CRIS_13_2_03
from .test_amount_placement import DOCUMENTS
from .test_amount_rules_applied import TRAVEL

# copied from the corpus: Cris 7-1.02 (as the accord replaces it) and Bourget 11-5.01
TRAINING = """7-1.02

- A) Aux fins du calcul des montants alloués dans le cadre de cet article, la Commission dispose, pour chaque année scolaire, par enseignante ou enseignant à temps plein ou l'équivalent à temps plein couvert par la convention de 240 $ pour chaque année scolaire à compter de l'année scolaire 2006-2007. Une partie de ce montant est consacré à de la formation se rapportant à l'adaptation scolaire.
"""

TUITION = """11-5.01 À compter de l'année scolaire 2014-2015, le Collège octroie une réduction des frais de scolarité pour chaque enfant, qui fréquente le Collège Bourget, des salariés éducateurs qui sont à l'emploi du Collège et qui ont une charge professionnelle de cinquante pour cent (50 %) et plus, et ce, selon les modalités suivantes :

- pour chaque élève fréquentant le niveau préscolaire : le même montant de réduction que celui accordé ci-dessous pour un élève de niveau secondaire ;
- pour l'élève fréquentant le niveau primaire ou secondaire : une réduction d'un montant fixe correspondant à cinquante pour cent (50 %) des frais de scolarité applicables au cours de l'année scolaire 2014-2015, soit une réduction de 1 400,00 $ au niveau primaire et de 1 927,50 $ au niveau secondaire ;
- pour les salariés éducateurs ayant une charge professionnelle de quarante-neuf virgule neuf pour cent (49,9 %) et moins d'une charge professionnelle à temps complet, cette diminution des frais de scolarité est réduite au prorata et calculée selon le pourcentage de la charge professionnelle.
"""


@pytest.fixture(scope="module")
def direct():
    # a table of the Collège's too (Annexe W), as the corpus has: the amount answers read a document with tables
    return table_answers([("cris", "7-1.02", TRAINING), ("bourget", "11-5.01", TUITION), ("bourget", "Annexe W", TRAVEL),
                          ("cris", "13-2.03", CRIS_13_2_03)], DOCUMENTS)


def _first(direct, clause):
    return [Hit(next(c for c in direct.chunks if c.clause_id == clause), 1.0)]


@pytest.mark.parametrize("question, clause, lead", [
    ("Chez les Cris, si la Commission a l'équivalent de 80 enseignants à temps plein couverts par la convention, ça "
     "lui fait quel montant pour le perfectionnement dans l'année ?", "7-1.02", "**19 200 $** en tout — 7-1.02 : 240 $"),
    ("Au Collège, chu à 25 % de tâche pis mes deux enfants sont au primaire au Collège. La réduction des frais de "
     "scolarité, ça me fait combien en tout ?", "11-5.01", "**700 $** en tout — 11-5.01 : 1 400 $ (au niveau primaire)"),
    ("Au Collège, je suis à 80 %, mes deux enfants au primaire, la réduction des frais de scolarité c'est combien en "
     "tout ?", "11-5.01", "**2 800 $** en tout — 11-5.01 : 1 400 $"),  # above 49,9 %: no prorata
    ("Au Collège, mes 3 enfants sont au secondaire. La réduction des frais de scolarité, ça fait combien ?", "11-5.01",
     "**5 782,50 $** en tout — 11-5.01 : 1 927,50 $ (au niveau secondaire)"),
])
def test_a_prose_amount_per_unit_times_the_units_counted(direct, question, clause, lead):
    answer = direct.answer(question, _first(direct, clause))
    assert answer is not None and answer.kind == "amount", answer and answer.text
    assert answer.text.startswith(lead), answer.text
    assert {c.clause for c in answer.citations} == {clause}
    assert all(c.quote in next(ch.text for ch in direct.chunks if ch.chunk_id == c.chunk_id) for c in answer.citations)


def test_the_amount_per_unit_asked_is_read_in_the_first_passages(direct):
    hits = [Hit(next(c for c in direct.chunks if c.clause_id == clause), 1.0) for clause in ("13-2.03", "7-1.02")]
    answer = direct.answer("Chez les Cris, la Commission a combien par prof à temps plein chaque année pour le "
                           "perfectionnement ?", hits)  # « prof »: its colloquial expansion, « enseignant »
    assert answer is not None and answer.text.startswith("**240 $** « par enseignante ou enseignant » — 7-1.02"), \
        answer and answer.text


@pytest.mark.parametrize("question", [
    "Au Collège, combien de jours de congé pour mes 2 enfants ?",  # a count asked, not an amount
    "Au Collège, la réduction des frais de scolarité pour un enfant au primaire, c'est combien ?",  # nothing to multiply
])
def test_no_count_of_the_unit_computes_nothing(direct, question):
    answer = direct.answer(question, _first(direct, "11-5.01"))
    assert answer is None or "en tout —" not in answer.text


def test_a_case_the_question_does_not_name_among_several_amounts_computes_nothing(direct):
    answer = direct.answer("Au Collège, je travaille à 40 % et j'ai un enfant en maternelle. La réduction des frais, "
                           "c'est combien ?", _first(direct, "11-5.01"))  # préscolaire: neither 1 400 $ nor 1 927,50 $
    assert answer is None or "1 400 $" not in answer.text
