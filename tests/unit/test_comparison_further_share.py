"""A comparison side's further clause, of the first's article or naming it, stays beside the first only when it adds to
it: a count, more of the topic's words, or at least half the question's own words the first holds
(assistant/comparisons.py ``_also_asked``, ``TopicParams.further_asked_share``; DEV Q1829: Bourget 6-2.03 on premiums
beside 6-2.02 for « qui choisit notre assureur »). Inline passages, no index; clauses and wordings other than the DEV
items'."""

from __future__ import annotations

from assistant.comparisons import TOPIC, SidePick, _also_asked
from tests.unit.test_comparisons import clause


def _pick(clause_id: str, text: str, coverage: float, asked: float, ordinal: int, *, in_unit: bool = False) -> SidePick:
    return SidePick(clause("conv", clause_id, text, ordinal), text, coverage, in_unit, asked=asked)


# « Qui décide de l'horaire de mes périodes de récupération ? »: the first clause says who
FIRST = _pick("8-6.02", "8-6.02 La direction fixe l'horaire des périodes de récupération après consultation de "
                        "l'enseignant.", 0.75, 0.6, 10)


def test_a_clause_of_the_same_article_adding_nothing_is_left_out():
    neighbour = _pick("8-6.03", "8-6.03 Les locaux utilisés pour la récupération sont choisis par la direction.",
                      0.5, 0.2, 11)  # a third of the question's words the first holds, no count, less of the topic
    assert not _also_asked(FIRST, neighbour)


def test_a_clause_naming_the_first_but_adding_nothing_is_left_out_too():
    naming = _pick("8-6.05", "8-6.05 Aux fins de la clause 8-6.02, la récupération s'entend d'une aide aux élèves.",
                   0.25, 0.1, 13)
    assert not _also_asked(FIRST, naming)


def test_a_clause_giving_a_count_stays():
    counted = _pick("8-6.04", "8-6.04 L'enseignant consacre au plus quarante-cinq (45) minutes par cycle à la "
                              "récupération.", 0.25, 0.1, 12)
    assert _also_asked(FIRST, counted)


def test_a_clause_counting_in_the_unit_asked_stays():
    assert _also_asked(FIRST, _pick("8-6.04", "8-6.04 La récupération a lieu chaque semaine.", 0.25, 0.1, 12,
                                    in_unit=True))


def test_a_clause_holding_more_of_the_topic_stays():
    wider = _pick("8-6.06", "8-6.06 L'horaire de récupération de chaque enseignant est affiché par la direction.",
                  1.0, 0.1, 14)
    assert _also_asked(FIRST, wider)


def test_a_clause_holding_half_the_asked_words_stays():
    half = _pick("8-6.03", "8-6.03 L'enseignant peut demander de modifier l'horaire de ses périodes.", 0.5,
                 TOPIC.further_asked_share * FIRST.asked, 11)
    assert _also_asked(FIRST, half)


def test_with_the_question_unread_every_clause_of_the_article_stays():
    unread = _pick("8-6.02", FIRST.quote, 0.75, 0.0, 10)
    assert _also_asked(unread, _pick("8-6.03", "8-6.03 Les locaux sont choisis par la direction.", 0.5, 0.0, 11))
