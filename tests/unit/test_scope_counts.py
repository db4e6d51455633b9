"""Refusals of values the passages do not state: a count of people or places, an amount for another year."""

from __future__ import annotations

import pytest

from assistant.scope import ScopeParams, Vocabulary, missing_body_delay, missing_value, out_of_corpus
from assistant.types import Hit
from ingest.types import Chunk


def _passages(*texts: str) -> list[Hit]:
    return [Hit(Chunk(chunk_id=f"doc:{i}", doc="doc", clause_id=f"4-1.0{i}", kind="clause", text=t, indexed_text=t),
                score=1.0 - i / 10, why=("dense",)) for i, t in enumerate(texts, start=1)]


#: percentages, a clause id and a list mark before a counted word, but no count of people
TASK = _passages("La direction libère un enseignant afin de lui assigner une tâche à 50% d'aide directe aux enseignants "
                 "du programme 5220, coach à 20% pour les nouveaux enseignants et 30% mentor pour les accompagnateurs.",
                 "1-1.21 Enseignante ou enseignant : toute personne employée par la Commission.",
                 "L'enseignant est affecté : c) d'une école à l'autre selon les besoins.")
VOCABULARY = Vocabulary.from_chunks([h.chunk for h in TASK], {"doc": {"title": "Entente de test"}})


@pytest.mark.parametrize("question", [
    "Au Centre, il y a combien d'enseignants en tout dans le programme 5220 ?",
    "Chez les Cris, combien d'écoles la Commission a-t-elle en tout ?",
])
def test_a_count_of_people_or_places_no_passage_states_is_refused(question):
    refusal = out_of_corpus(question, TASK, VOCABULARY)
    assert refusal is not None and refusal.reason == "absent_value"
    assert "aucun nombre de personnes" in refusal.text and "4-1.01" in refusal.text


@pytest.mark.parametrize("question, stated", [
    # another word of the class counts: « profs » by « enseignants », « membres » by « personnes »
    ("On peut être combien de profs en même temps en congé ?", "au plus deux (2) enseignants en congé au même moment"),
    ("Le comité sur le logement a combien de membres ?", "un comité composé de 6 personnes"),
    ("Combien de personnes mentores ont répondu ?", "34 sur 41 personnes mentores ont répondu au questionnaire"),
])
def test_a_count_a_passage_states_is_answered(question, stated):
    assert missing_value(question, TASK + _passages(stated)) == ""
    assert missing_value(question, _passages(stated) + TASK, ScopeParams(value_hits=1)) == ""


MEASURE = _passages("L'enveloppe est répartie selon un montant de base par organisme scolaire.",
                    "À titre indicatif, le montant de base par organisme scolaire est de 21 989 $ pour l'année scolaire "
                    "2024-2025.", "La Stratégie visant à valoriser le personnel scolaire 2022-2026 compte 16 actions.")


def test_an_amount_asked_for_a_year_the_passages_do_not_give_it_for_is_refused():
    question = "Pour la mesure 15158, le montant de base versé à chaque centre va être de combien en 2026-2027 ?"
    refusal = out_of_corpus(question, MEASURE, VOCABULARY)
    assert refusal is not None and refusal.reason == "absent_value"
    assert "pour 2024-2025, pas pour 2026-2027" in refusal.text  # « 2022-2026 » names no 2026-2027


@pytest.mark.parametrize("question", [
    "Pour la mesure 15158, le montant de base est de combien en 2024-2025 ?",  # the year the passage gives
    "Pour l'année scolaire 2024-2025, le montant de base, c'est combien ?",
    "On est en 2027 : le montant de base est de combien ?",  # today's date, no year asked for the amount
    "Le montant de base est de combien ?",  # no year
    "En 2026-2027, la mesure a combien de volets ?",  # no amount asked
])
def test_an_amount_of_the_year_given_or_no_year_asked_goes_on(question):
    refusal = out_of_corpus(question, MEASURE, VOCABULARY)
    assert refusal is None or "pas pour" not in refusal.text, refusal



DISCIPLINE = _passages("Toute mesure disciplinaire imposée après soixante (60) jours de l'incident est nulle. Toutefois, "
                       "dans des cas où le Collège l'estime nécessaire pour faire enquête, celui-ci dispose d'un délai de "
                       "quatre-vingt-dix (90) jours.",
                       "Le Collège doit prendre les moyens raisonnables pour prévenir le harcèlement psychologique.")


def test_a_body_delay_sharing_one_word_of_a_longer_act_is_refused():
    question = "J'ai porté plainte pour harcèlement. Le Collège a combien de jours pour terminer son enquête sur ma plainte ?"
    assert missing_body_delay(question, DISCIPLINE) == "Collège"  # « enquête » only: 1 of terminer, enquête, plainte
    assert missing_body_delay(question, DISCIPLINE, ScopeParams(act_share=0)) == ""  # the former rule: one word
    refusal = out_of_corpus(question, DISCIPLINE, VOCABULARY)
    assert refusal is not None and refusal.reason == "absent_value" and "« Collège »" in refusal.text


@pytest.mark.parametrize("question", [
    "Le Collège a combien de jours pour faire enquête ?",  # the act's one word
    "Le Collège a combien de jours pour faire enquête sur un incident ?",  # 2 of 2: enquête, incident
])
def test_a_body_delay_sharing_half_the_act_goes_on(question):
    assert missing_body_delay(question, DISCIPLINE) == ""
