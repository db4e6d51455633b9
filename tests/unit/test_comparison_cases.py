"""A comparison naming a case of its own for each agreement, and a side's absence read on what the question means
(assistant/comparisons.py): « mon beau-frère au Collège, son père dans l'entente autre » asks each side its own case;
« ma belle-mère » is the agreements' « beaux-parents » (assistant.colloquial); inline passages, no index."""

from __future__ import annotations

from assistant.colloquial import agreement_words
from assistant.comparisons import SidePick, _meant, topic_words
from assistant.lookups import DirectAnswers
from ingest.types import Chunk
from tests.unit.test_comparison_topics import _answers as _answers_over, _by_overlap, _clause

LEAVES = [
    _clause("conv", "6-1.02", "6-1.02 En cas de décès de son beau-frère : le jour des funérailles. En cas de feu : une "
                              "(1) journée ouvrable par année.", 1),
    _clause("conv", "7-7.04", "7-7.04 La paie est versée par dépôt direct.", 2),
    _clause("autre", "5-14.02", "5-14.02 En cas de décès de son père : 5 jours consécutifs. En cas de décès de ses "
                                "beaux-parents : 3 jours consécutifs.", 1),
    _clause("autre", "5-3.13", "5-3.13 L'enseignant qui refuse son affectation est présumé avoir démissionné.", 2),
]


def _answers(chunks: list[Chunk] = LEAVES) -> DirectAnswers:
    return _answers_over(chunks, _by_overlap(chunks))


def test_each_agreement_named_with_its_own_case_is_asked_its_own_case_and_what_both_are_asked():
    asked = _answers()._side_questions("Au Collège, c'est mon beau-frère qui est décédé ; dans l'entente autre, ma "
                                       "collègue a perdu son père. Combien de jours de congé on a chacun ?",
                                       ["conv", "autre"])
    assert "beau-frère" in asked["conv"].question and "père" not in asked["conv"].question.replace("beau-frère", "")
    assert "perdu son père" in asked["autre"].question and "beau-frère" not in asked["autre"].question
    assert all("Combien de jours de congé" in a.question for a in asked.values())  # what both are asked
    assert "beaufrer" in asked["autre"].others  # the other side's case, which its topic must not be


def test_a_question_naming_no_case_of_its_own_for_two_agreements_is_asked_whole():
    answers = _answers()
    # one word of its own (« protégé ») is no case
    assert answers._side_questions("Si je dépose un grief, est-ce qu'il peut se venger ? C'est-tu protégé pareil au "
                                   "Collège pis dans l'entente autre ?", ["conv", "autre"]) == {}
    # one agreement's case alone: what both are asked, the other agreement named after it
    assert answers._side_questions("Leur transport pis leur salaire pendant les réunions, c'est payé comment au "
                                   "Collège comparé à l'entente autre ?", ["conv", "autre"]) == {}


def test_each_side_quotes_its_own_case():
    answer = _answers().answer("Au Collège, mon logement a passé au feu ; dans l'entente autre, ma collègue a perdu son "
                               "père. A-t-on droit à un congé payé ?", [])
    cited = {(c.doc, c.clause) for c in answer.citations}
    assert ("conv", "6-1.02") in cited and ("autre", "5-14.02") in cited, cited
    assert "Aucune clause" not in answer.text


def test_a_side_holding_what_the_everyday_words_mean_is_not_absent():
    direct = _answers()
    topic = "belle-mère est décédée la semaine passée"
    # one slot per everyday wording: the word said or the agreements' words for it
    assert {frozenset({"bellemer", "beauxparent"}), frozenset({"deced", "deces"})} <= set(_meant(topic))
    bourget = SidePick(LEAVES[0], "En cas de décès de son beau-frère : le jour des funérailles.", 0.5, False)
    cris = SidePick(LEAVES[2], "De ses beaux-parents : 3 jours consécutifs.", 0.0, False)  # a clause's tail
    what = frozenset(topic_words(topic))
    picks = {"conv": [bourget], "autre": [cris]}
    assert "autre" in direct._absent(picks, what)  # read on the question's own words only
    also = {doc: [_meant(topic)] for doc in picks}
    assert "autre" not in direct._absent(picks, what, also)


def test_no_side_is_absent_beside_a_side_as_far_from_the_topic():
    direct = _answers()
    what = frozenset(topic_words("peux prendre sans perdre mon salaire"))
    near = SidePick(LEAVES[0], "un congé non rémunéré", 0.2, False)  # a fifth: not on the topic itself
    none = SidePick(LEAVES[2], "3 jours consécutifs", 0.0, False)
    assert direct._absent({"conv": [near], "autre": [none]}, what) == set()


def test_a_loss_of_any_relative_is_a_death():
    for said in ("ma collègue a perdu sa petite-fille", "j'ai perdu mon oncle", "perdu mon beau-frère"):
        assert "décès" in agreement_words(said), said
