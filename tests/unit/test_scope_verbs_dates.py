"""Refusals lifted or kept, round 22: a verb in -ir the documents write in another form (« finir » / « finissants »),
a date asked that counts for the delays (no act), and a value asked of a named clause that exists (a tax)."""

from __future__ import annotations

import pytest

from assistant.scope import ScopeParams, Vocabulary, missing_date_act, missing_value_refusal
from assistant.types import Hit
from ingest.types import Chunk


def _passages(*texts: str, doc: str = "doc") -> list[Hit]:
    return [Hit(Chunk(chunk_id=f"{doc}:{i}", doc=doc, clause_id=f"9-1.0{i}", kind="clause", text=t, indexed_text=t),
                score=1.0 - i / 10, why=("dense",)) for i, t in enumerate(texts, start=1)]


@pytest.mark.parametrize("word", ["finir", "fini", "finie", "finira", "finissait", "choisir", "choisissent", "remplit"])
def test_a_verb_in_ir_is_known_by_its_participle_or_its_iss_forms(word):
    # fresh DEV Q1282 (« mon contrat peut-il finir avant la date prévue ? ») was refused for « finir » alone
    vocabulary = Vocabulary(["finissants", "choisi", "remplis", "fin"])
    assert vocabulary.knows(word, ScopeParams())


@pytest.mark.parametrize("word", ["punir", "garderie", "ami", "lit", "dit"])
def test_other_words_ending_like_a_verb_in_ir_stay_unknown(word):
    vocabulary = Vocabulary(["finissants", "choisi", "garder", "amiante", "litige", "dix"])
    assert not vocabulary.knows(word, ScopeParams())


GRIEF = _passages("Le Syndicat avise la Commission de la naissance d'un grief en expédiant un avis par courrier recommandé. "
                  "L'avis de grief doit être posté dans les 120 jours de la date de l'événement.",
                  "La date du récépissé constatant le dépôt à la poste des documents expédiés par courrier recommandé fait "
                  "preuve de leur expédition.")


@pytest.mark.parametrize("question", [
    "Chez les Cris, si j'envoie mes papiers de grief par courrier recommandé, c'est quelle date qui compte pour les délais ?",
    "Chez les Cris, c'est quoi la date limite pour les délais ?",
    "Chez les Cris, pour mon grief envoyé par télécopieur, quelle date fait foi pour le calcul ?",
])
def test_a_date_that_counts_for_the_delays_is_no_act_dated(question):
    # fresh DEV Q1283 was refused: « ne fixent aucune date ni aucun délai pour « les délais » »
    assert missing_date_act(question, GRIEF) == ""


def test_an_act_no_passage_dates_is_still_refused():
    question = "Chez les Cris, c'est quoi la date limite pour poser ma candidature comme personne mentore ?"
    assert missing_date_act(question, GRIEF) == "poser ma candidature"


EXPENSES = _passages("Les frais de déplacement sont calculés selon les règles indiquées au tableau suivant : tarif de base "
                     "pour les premiers 200 kilomètres 35 $.", doc="bourget")


def test_a_tax_no_passage_speaks_of_is_refused_even_of_a_named_clause():
    # DEV Q1200: « mon remboursement de kilométrage de l'annexe W … je paie-tu de l'impôt là-dessus ? »
    question = "Au Collège, mon remboursement de kilométrage de l'annexe W, je paie-tu de l'impôt là-dessus ?"
    refusal = missing_value_refusal(question, EXPENSES, within=["bourget"])
    assert refusal is not None and refusal.reason == "absent_value" and "impôt" in refusal.text
    taxed = _passages("Le remboursement de kilométrage versé par le Collège constitue un avantage imposable.", doc="bourget")
    assert missing_value_refusal(question, taxed + EXPENSES, within=["bourget"]) is None
    assert missing_value_refusal("Que dit l'annexe W ?", EXPENSES, within=["bourget"]) is None
