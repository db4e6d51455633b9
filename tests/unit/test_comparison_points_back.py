"""What a comparison sets side by side when a long question says more than what is asked
(assistant/comparisons.py ``_POINTS_BACK``, ``_VAGUE``, ``_THAN_PERSON``):

- a piece naming one agreement that asks it what the other is asked (« Ma sœur est au Collège Bourget pis elle se
  demande la même affaire. ») names whom, not a case of its own: both sides are asked the question (blind16 Q2078:
  the Bourget side was searched for « sœur » alone and quoted 6-1.02's « décès … de sa sœur »);
- « Chez les Cris d'abord, pis au Collège ? » says in which order the sides are asked, it is no topic (blind16
  Q2079's topic was « d'abord »);
- « quelqu'un qui a moins d'heures que moi » sets a person's count against another's, it asks no count of the
  agreements (blind16 Q2084 quoted Cris 13-3.01's « 720 heures » over 13-8.10 on whom the board may hire); « lequel
  donne le plus de jours » still counts in days.

Inline questions, no index."""

from __future__ import annotations

import pytest

from assistant.comparisons import asked_unit, topic_of
from tests.unit.test_comparison_cases import _answers

NAMES = ["Collège Bourget", "Collège", "Bourget", "Cris", "CS crie", "Commission scolaire crie", "crie"]


@pytest.mark.parametrize("question", [
    "Mon congé sabbatique commence en septembre dans l'entente autre. Si je me casse une jambe en novembre, ça "
    "change-tu ma paie ? Ma sœur est au Collège pis elle se demande la même affaire.",
    "Mon année de congé différé débute en août dans l'entente autre. Une maladie pendant le congé, ça change quoi à "
    "mon traitement ? Mon chum travaille au Collège pis il se pose la même question.",
    "Je suis en congé de maternité dans l'entente autre depuis mars. Mes vacances sont-tu reportées ? Pis au Collège, "
    "ma voisine enseignante vit la même situation.",
])
def test_a_piece_asking_one_agreement_the_same_thing_is_no_case_of_its_own(question):
    assert _answers()._side_questions(question, ["conv", "autre"]) == {}


def test_each_agreement_named_with_its_own_case_still_has_its_own_question():
    asked = _answers()._side_questions("Au Collège, c'est mon beau-frère qui est décédé ; dans l'entente autre, ma "
                                       "collègue a perdu son père. Combien de jours de congé on a chacun ?",
                                       ["conv", "autre"])
    assert set(asked) == {"conv", "autre"}


@pytest.mark.parametrize("question, topic", [
    ("Si un prof se fait renvoyer pendant son contrat de sabbatique, l'argent qu'on lui a coupé, il le revoit-tu ? "
     "Chez les Cris d'abord, pis au Collège ?", "sabbatique"),
    ("Au Collège d'abord, ensuite chez les Cris : le congé de maternité, il dure combien de semaines ?",
     "congé de maternité"),
    ("Chez les Cris d’abord : les frais de déménagement, qui les rembourse ? Pis au Collège Bourget ?",
     "frais de déménagement"),
])
def test_the_order_the_sides_are_asked_in_is_no_topic(question, topic):
    found = topic_of(question, NAMES)
    assert topic in found and "abord" not in found


@pytest.mark.parametrize("question", [
    "La Commission peut-tu engager quelqu'un qui a moins d'heures que moi sur la liste ? Pis au Collège ?",
    "Mon collègue a plus d'heures que moi, c'est lui qui passe en premier chez les Cris comparé au Collège ?",
    "Si une prof a moins de jours d'ancienneté que lui, elle est mise à pied avant ? Collège vs Cris.",
])
def test_a_persons_count_set_against_anothers_asks_no_count(question):
    assert asked_unit(question) is None


@pytest.mark.parametrize("question", [
    "Lequel donne le plus de jours pour un déménagement, le Collège ou les Cris ?",
    "Est-ce qu'on a moins de jours de maladie que les profs des Cris ?",
    "Au Collège, on a-tu plus d'heures de libération syndicale qu'à la CS crie ?",
])
def test_a_count_asked_of_the_agreements_still_counts(question):
    assert asked_unit(question) is not None
