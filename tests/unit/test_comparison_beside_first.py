"""A comparison side's further clauses, whatever the question's shape (assistant/comparisons.py ``_beside_first``): a
side answers with its first clause; a further clause is set beside it only when its quoted sentence names the first
(an exception or a delay of that rule), when it gives a count the first lacks, or when it is the agreement's
definition of the topic holding every word of it. An article's neighbour or another rule sharing the question's words
is left out, so one off-target clause no longer costs a side its right first one. Inline passages, no index."""

from __future__ import annotations

from dataclasses import replace

import pytest

from assistant.comparisons import SidePick, _beside_first
from tests.unit.test_comparisons import clause


def _pick(clause_id: str, text: str, coverage: float = 0.5, title: str | None = None) -> SidePick:
    chunk = clause("conv", clause_id, text, int(clause_id.split(".")[1]))
    return SidePick(replace(chunk, article_title=title) if title else chunk, text, coverage, False)


DEATH = _pick("6-1.02", "6-1.02 a) En cas de décès de sa conjointe ou de son conjoint : sept (7) jours consécutifs.")
FEES = _pick("10-2.12", "10-2.12 Les frais et honoraires de l'arbitre sont partagés entre les parties.")


@pytest.mark.parametrize("further", [
    # the article's neighbour (DEV Q467's 6-1.05 beside 6-1.02)
    _pick("6-1.05", "6-1.05 Le salarié bénéficie des congés spéciaux seulement s'il est normalement requis au travail."),
    # another rule sharing the question's words, a count of its own beside the first's
    _pick("6-4.05", "6-4.05 La salariée a droit à un congé de maternité de vingt et une (21) semaines."),
    # a sentence naming another clause, not the first
    _pick("6-1.06", "6-1.06 Le salarié fournit une attestation des faits cités à la clause 6-1.04."),
])
def test_a_further_clause_adding_nothing_to_the_first_is_left_out(further):
    assert _beside_first([DEATH, further]) == [DEATH]


def test_a_further_clause_naming_the_first_in_its_quoted_sentence_stays():
    delay = _pick("6-1.07", "6-1.07 Aux fins d'application de la clause 6-1.02, le congé court du jour du décès.")
    assert _beside_first([DEATH, delay]) == [DEATH, delay]


def test_a_further_clause_giving_a_count_the_first_lacks_stays():
    share = _pick("10-2.14", "10-2.14 Les frais sont assumés à cinquante pour cent (50 %) par chaque partie.")
    assert _beside_first([FEES, share]) == [FEES, share]


def test_the_agreements_definition_holding_every_word_of_the_topic_stays():
    defined = _pick("1-2.08", "1-2.08 Année d'expérience : toute année reconnue selon l'article 7-3.00.", 1.0,
                    title="Définitions")
    partly = replace(defined, coverage=0.5)
    rule = _pick("7-3.07", "7-3.07 Les années additionnelles sont reconnues au début de l'année de travail.")
    assert _beside_first([rule, defined]) == [rule, defined]
    assert _beside_first([rule, partly]) == [rule]  # a definition holding part of the topic is a neighbour too
    assert _beside_first([rule, replace(defined, chunk=replace(defined.chunk, article_title="Expérience"))]) == [rule]


def test_one_clause_or_none_is_left_as_it_is():
    assert _beside_first([DEATH]) == [DEATH]
    assert _beside_first([]) == []
