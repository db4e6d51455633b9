"""A notice named further back in its sentence (Cris 3-6.06 A « un préavis téléphonique soumis à la directrice ou au
directeur d'école dans un délai de 48 heures ») is counted back from the date it announces, like « un préavis de 48
heures »; an absence planned (« je veux m'absenter … le lundi 10 mai ») asks when to give it."""

import pytest

from assistant.deadline_answers import _notice_asked
from assistant.deadlines import find_delays


def _rules(text: str) -> list[tuple[int, str, str]]:
    return [(d.amount, d.unit, d.direction) for d in find_delays(text)]


@pytest.mark.parametrize("text, rule", [
    ("À moins de circonstances incontrôlables, cette autorisation de s'absenter est sujette à un préavis téléphonique "
     "soumis à la directrice ou au directeur d'école dans un délai de 48 heures.", (48, "hours", "before")),
    ("Le Collège peut autoriser un salarié éducateur à utiliser des jours de congés de maladie pour raisons personnelles "
     "moyennant un préavis à la direction du Collège d'au moins vingt-quatre (24) heures.", (24, "hours", "before")),
])
def test_a_notice_named_back_in_its_sentence_is_counted_back(text, rule):
    assert _rules(text) == [rule]


@pytest.mark.parametrize("text, rule", [
    # the written notice that follows the phone one runs from the absence's start
    ("B) Suite au préavis à la directrice ou au directeur d'école, le Syndicat doit acheminer sans retard un avis écrit "
     "au même effet à la direction du personnel de la Commission, et ce, dans les 5 jours du début de l'absence.",
     (5, "calendar_days", "after")),
    ("Sans préavis, le Collège peut suspendre dans un délai de dix (10) jours.", (10, "calendar_days", "after")),
    ("Le salarié donne un avis écrit au Collège dans un délai de trente (30) jours suivant la réception.",
     (30, "calendar_days", "after")),
])
def test_other_delays_of_a_notice_sentence_run_forward(text, rule):
    assert _rules(text) == [rule]


def test_an_absence_planned_asks_when_to_give_notice():
    assert _notice_asked("Je veux m'absenter pour des activités syndicales le lundi 10 mai 2027, je dois aviser la "
                         "Commission quand ?")
