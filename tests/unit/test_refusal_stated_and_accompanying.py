"""Refusals of task R2: a later year refused though the asker states the amount a clause's rule is put through
(scope.later_period, DEV Q2303), a trip to accompany a relative read as the work's outing (scope._work_trip, DEV Q2336),
a group the question excludes heading the best passage (scope.excluded_group, DEV Q2333), a move of one's own
(scope.unpaid_trip, DEV Q1454) and a further benefit asked with « aussi » (scope._BENEFIT, DEV Q2155). Tiny inline
documents, no index."""

from __future__ import annotations

import pytest

from assistant.scope import Vocabulary, excluded_group, later_period, missing_benefit, unpaid_trip
from assistant.types import Hit
from ingest.types import Chunk
from tests.unit.builders import chunk

DOCUMENTS = {
    "conv": {"title": "Convention Collège Test", "kind": "convention collective", "period": "2014-2019",
             "aliases": ["Collège Test", "Collège"], "parties": ["Collège Test"]},
    "accord": {"title": "Accord Nordique", "kind": "accord modifiant une convention", "period": "2006",
               "aliases": ["Cris", "CS crie"], "parties": ["Commission scolaire crie"]},
}
CHUNKS = [
    chunk("La convention se termine le 30 juin 2019. Les taux de l'année scolaire 2015-2016 sont de 40 $.", "11-2.02", 1,
          doc="conv"),
    chunk("Une indemnité additionnelle égale à 66 % du montant des dépenses encourues pour le transport de nourriture de "
          "l'année civile précédente. Un supplément de 1 383 $ pour l'année scolaire 2008-2009.", "12-8.01", 2,
          doc="accord"),
]


def _vocabulary() -> Vocabulary:
    return Vocabulary.from_chunks(CHUNKS, DOCUMENTS)


def test_a_stated_amount_put_through_a_rule_in_a_later_year_is_answered():
    vocabulary = _vocabulary()
    for question in (
            "J'enseigne à Waskaganish pour la CS crie. En 2027, le transport de ma nourriture m'a coûté 1 840 $ en tout. "
            "L'indemnité additionnelle qu'on me verse au 1er mars 2028, c'est combien ?",
            "Chez les Cris, mon traitement annuel est de 72 000 $ en 2025-2026 : la compensation pour 10 périodes "
            "excédentaires, c'est combien ?"):
        assert later_period(question, vocabulary) is None, question


def test_a_figure_of_the_later_year_is_still_refused():
    vocabulary = _vocabulary()
    for question in ("Au Collège, je suis à l'échelon 12. Mon salaire annuel pour l'année 2023-2024, c'est combien ?",
                     "Chez les Cris, en 2012-2013, le supplément annuel est rendu à combien ?",
                     # a later agreement, whatever the question states
                     "Chez les Cris, avec la nouvelle entente signée en 2023, un suppléant payé 250 $ par jour reçoit "
                     "combien ?"):
        assert later_period(question, vocabulary) is not None, question


INJURY = ("5-10.51 B) Les frais de transport de la victime d'une lésion professionnelle, le billet d'avion et l'essence "
          "de l'enseignante ou l'enseignant sont assumés par la Commission, le cas échéant.")
SURPLUS = ("5-3.16 Dans ce cas, l'enseignante ou l'enseignant a droit au remboursement de ses frais de déplacement. "
           "Lors d'un déplacement par avion, la Commission assume directement le coût du billet d'avion pour l'entrevue.")


def _trip_vocabulary() -> Vocabulary:
    chunks = [Chunk(chunk_id=f"x:{i}", doc="accord", clause_id=f"c{i}", kind="clause", text=t, indexed_text=t)
              for i, t in enumerate((INJURY, SURPLUS))]
    return Vocabulary.from_chunks(chunks, {"accord": {"title": "Accord Nordique", "aliases": ["Cris"]}})


def test_accompanying_a_relative_is_the_askers_own_trip():
    question = ("Chez les Cris, ma blonde doit aller accoucher à Montréal pis je veux l'accompagner. La Commission me "
                "paie-tu mon billet d'avion comme accompagnateur ?")
    found = unpaid_trip(question, _trip_vocabulary())
    assert found is not None and "accoucher" in found.occasion


@pytest.mark.parametrize("question", [
    # accompanying pupils is the work's outing, a relative named or not
    "Chez les Cris, j'accompagne mes élèves à Montréal pour un tournoi. La Commission me paie-tu mon billet d'avion ?",
    "Chez les Cris, ma fille est dans ma classe ; j'accompagne le groupe à Québec. La Commission me paie-tu mon billet "
    "d'avion ?",
    "Chez les Cris, je suis accompagnateur d'une sortie à Ottawa. La Commission me paie-tu mon billet d'avion ?",
])
def test_accompanying_pupils_stays_the_works(question):
    assert unpaid_trip(question, _trip_vocabulary()) is None, question


def _headed(clause: str, text: str, chapter: str) -> Hit:
    piece = Chunk(chunk_id=f"accord:{clause}", doc="accord", clause_id=clause, kind="clause", text=text,
                  indexed_text=text, heading_path=(chapter, clause))
    return Hit(piece, score=1.0, why=("dense",))


EFFECTS = [_headed("13-13.03", "b) le coût du transport de ses effets personnels jusqu'à concurrence de 228 kilogrammes "
                   "pour chaque adulte", "Chapitre 13-0.00 FORMATION PROFESSIONNELLE"),
           _headed("12-8.01", "727 kilogrammes par année par adulte", "Chapitre 12")]


def test_the_best_passage_of_a_group_the_question_excludes_is_refused():
    question = ("Chez les Cris, j'enseigne au primaire (pas en formation professionnelle). La Commission me paie le "
                "transport de combien de kilos d'effets personnels ?")
    found = excluded_group(question, EFFECTS)
    assert found is not None and found.group == "formation professionnelle" and found.clause == "13-13.03"
    assert found.heading == "Chapitre 13-0.00 FORMATION PROFESSIONNELLE"


@pytest.mark.parametrize("question", [
    # the group is the asker's own, or one word only, or « pas encore » (not yet), no group at all
    "Chez les Cris, j'enseigne en formation professionnelle. La Commission me paie combien de kilos d'effets personnels ?",
    "Chez les Cris, je suis pas au travail depuis un mois : combien de kilos d'effets personnels ?",
    "Chez les Cris, je suis pas encore permanente : combien de kilos d'effets personnels ?",
    # a group excluded that no heading of the best passage names
    "Chez les Cris, j'enseigne au primaire (pas en adaptation scolaire) : combien de kilos d'effets personnels ?",
])
def test_no_excluded_group_heading_the_best_passage_is_left_alone(question):
    assert excluded_group(question, EFFECTS) is None, question


MOVING = ("5-3.21 D) Dans le cas où cette enseignante ou cet enseignant a été non rengagé pour surplus, elle ou il bénéficie, "
          "de la part de cette dernière, du remboursement des frais de déménagement prévus à l'annexe X.")


def test_a_move_of_ones_own_is_no_move_the_documents_pay():
    chunks = [Chunk(chunk_id=f"x:{i}", doc="accord", clause_id=f"c{i}", kind="clause", text=t, indexed_text=t)
              for i, t in enumerate((INJURY, SURPLUS, MOVING))]
    vocabulary = Vocabulary.from_chunks(chunks, {"accord": {"title": "Accord Nordique", "aliases": ["Cris"]}})
    found = unpaid_trip("Chez les Cris, je déménage dans une autre maison de ma communauté : la Commission me "
                        "rembourse-tu mes frais de déménagement ?", vocabulary)
    assert found is not None and found.thing == "mes frais de déménagement"
    assert "déménage" not in found.occasion  # the cost's own verb tells no occasion
    # a move the passage pays (a teacher in surplus) is left to the passages
    assert unpaid_trip("Chez les Cris, j'ai été non rengagé pour surplus pis une autre commission m'engage. On me "
                       "rembourse-tu mes frais de déménagement ?", vocabulary) is None


COMMITTEE = ("4-3.09 Lors de la tenue d'une réunion du comité de la Commission, la moitié des frais de transport encourus "
             "par les représentantes ou représentants des enseignantes et enseignants sont à la charge de la Commission.")
VISITS = ("12-4.05 Les sorties auxquelles l'enseignante ou l'enseignant a droit peuvent être utilisées par sa conjointe ou "
          "son conjoint ou son enfant à charge qui ne réside pas avec l'enseignant, pour lui rendre visite.")


def test_a_further_benefit_asked_with_aussi_is_read_another_persons_too():
    hits = [_headed("4-3.09", COMMITTEE, "Chapitre 4"), _headed("12-4.05", VISITS, "Chapitre 12")]
    vocabulary = Vocabulary(["repas", "transport", "sorties", "commission"], names={"cris", "commission"})
    question = ("Chez les Cris, mon chum prend une de mes sorties pour venir me voir dans ma communauté. La Commission "
                "paie-tu aussi ses repas pendant le voyage ?")
    assert missing_benefit(question, hits, vocabulary=vocabulary) == "ses repas"
    # a benefit of another person without « aussi » is no benefit asked of the employer for the asker
    assert missing_benefit("Chez les Cris, la Commission paie-tu ses repas ?", hits, vocabulary=vocabulary) == ""
