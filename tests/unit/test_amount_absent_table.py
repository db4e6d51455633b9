"""An amount whose clause sets it only by a table of a clause the indexed text does not hold (assistant/amount_answers.py
``_absent_table_amount``), on inline excerpts of the corpus: Cris 13-13.01's premium « établi selon le tableau prévu à la
clause 12-2.01 » (a clause of the convention the accord amends, not reproduced) is said to be absent, the sentence quoted
(abstained); Bourget 7-6.07's « tableau C) de l'annexe P », an annex the index holds, is still answered by its table; a
question not asking how much (« calculée comment ? ») is left to the prose answer."""

from __future__ import annotations

import pytest

from assistant.types import Hit

from .inline_answers import table_answers
from .table_texts import ANNEXE_P, CRIS_13_2_03

DOCUMENTS = {"cris": {"title": "Accord Commission scolaire crie", "aliases": ["Cris", "Commission scolaire crie"],
                      "kind": "accord"},
             "bourget": {"title": "Convention Collège Bourget", "aliases": ["Collège", "Bourget"],
                         "kind": "convention collective", "period": "2014-2019"}}

PREMIUM = """13-13.01

Une enseignante ou un enseignant qui travaille dans un des secteurs mentionnés à la clause 12-1.02 reçoit une prime annuelle d'isolement et d'éloignement établi selon le tableau prévu à la clause 12-2.01.

Le montant de la prime d'isolement et d'éloignement est ajusté proportionnellement au nombre de jours de travail de l'enseignante ou l'enseignant pour la période pour laquelle elle ou il est affecté sur le territoire de la Commission compris dans l'un des secteurs mentionnés à la clause 12-1.02 par rapport à 200 jours de travail.
"""

#: the same sentence, its table now indexed (a clause 12-2.01 of the same agreement)
PREMIUM_TABLE = """12-2.01

Prime annuelle d'isolement et d'éloignement

Secteur\tAvec dépendants\tSans dépendant
Secteur I\t10 000 $\t6 000 $
Secteur II\t12 000 $\t7 000 $
"""

SUPERVISION = """7-6.07 Surveillance de classe et surveillance de nuit

L'animateur qui effectue de la surveillance de nuit dans les dortoirs du niveau secondaire reçoit, pour chaque période de nuit, le montant intégral indiqué au tableau C) de l'annexe P (rf. clause 8-13.13).
"""


@pytest.fixture(scope="module")
def direct():
    return table_answers([("cris", "13-2.03", CRIS_13_2_03), ("cris", "13-13.01", PREMIUM),
                          ("bourget", "Annexe P", ANNEXE_P), ("bourget", "7-6.07", SUPERVISION)], DOCUMENTS)


def _first(direct, clause: str) -> list[Hit]:
    return [Hit(next(c for c in direct.chunks if c.clause_id == clause), 1.0)]


@pytest.mark.parametrize("question", [
    "Chez les Cris, la prime annuelle d'isolement et d'éloignement pour un prof sans personne à charge, c'est combien "
    "exactement ?",
    "Je suis prof à la Commission scolaire crie, j'ai deux enfants à charge. Quel montant de prime d'éloignement je "
    "reçois par année ?",
])
def test_an_amount_set_by_a_table_absent_from_the_index_is_said_absent(direct, question):
    answer = direct.answer(question, _first(direct, "13-13.01"))
    assert answer is not None and answer.abstained and answer.kind == "refused", answer and answer.text
    assert answer.text.startswith("Le montant demandé ne figure pas dans les textes indexés : 13-13.01 renvoie au "
                                  "tableau de la clause 12-2.01"), answer.text
    assert "établi selon le tableau prévu à la clause 12-2.01" in answer.text
    assert [c.clause for c in answer.citations] == ["13-13.01"]


def test_a_question_not_asking_how_much_is_left_to_the_prose(direct):
    question = "Chez les Cris, ma prime d'isolement et d'éloignement est calculée comment si je travaille une partie de l'année ?"
    assert direct.answer(question, _first(direct, "13-13.01")) is None


def test_a_table_the_index_holds_still_answers():
    direct = table_answers([("cris", "13-13.01", PREMIUM), ("cris", "12-2.01", PREMIUM_TABLE)], DOCUMENTS)
    answer = direct.answer("Chez les Cris, la prime annuelle d'isolement et d'éloignement, c'est combien ?",
                           _first(direct, "13-13.01"))
    assert answer is None or not answer.abstained, answer.text


def test_an_annex_the_index_holds_is_no_absent_table(direct):
    answer = direct.answer("Au Collège, une nuit de surveillance dans les dortoirs en mai 2013, c'est combien ?",
                           _first(direct, "7-6.07"))
    assert answer is not None and not answer.abstained and "**61,87 $**" in answer.text, answer and answer.text
