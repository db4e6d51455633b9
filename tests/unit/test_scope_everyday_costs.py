"""A teacher's everyday words for what the travel policy reimburses (« le parking », « mon dîner au restaurant », « au
resto »: annexe W's « frais de stationnement », « frais de repas ») are no absent topic (assistant.colloquial maps them),
while a word no clause means stays one (« vignette », « mangent »); and a verb the stemmer leaves whole (« remboursent »)
is no unknown word of the answerer's weak-evidence check when the corpus has its stem (AnswerParams.unknown_verb_endings)."""

from __future__ import annotations

import pytest

from assistant.answer import ExtractiveAnswerer
from assistant.colloquial import agreement_words
from assistant.scope import ScopeParams, Vocabulary, question_features
from assistant.types import Hit
from ingest.bm25 import tokenize
from ingest.types import Chunk


def chunk(text: str, clause_id: str, ordinal: int) -> Chunk:
    return Chunk(chunk_id=f"t:{ordinal:05d}:1", doc="t", clause_id=clause_id, kind="clause", text=text,
                 indexed_text=text, doc_title="Convention de test", article=None, ordinal=ordinal)


POLICY = chunk("Annexe W Politique relative aux frais de déplacement. 3. Les frais de stationnement sont remboursés sur "
               "présentation des pièces justificatives. 4. Les frais de repas sont remboursés, avec pièces justificatives. "
               "Le Collège verse le remboursement des frais.", "Annexe W", 1)
MEAL = chunk("8-4.03 L'enseignant a droit à une période ininterrompue d'au moins soixante (60) minutes pour prendre son "
             "repas à la cafétéria.", "8-4.03", 2)
OTHERS = [chunk(f"2-{n}.01 Le comité paritaire se réunit au besoin pour la période {n}.", f"2-{n}.01", 10 + n)
          for n in range(1, 9)] + [chunk("6-8.01 Le Collège planifie la formation du personnel quand il le juge utile.",
                                         "6-8.01", 30)]
VOCABULARY = Vocabulary.from_chunks([POLICY, MEAL, *OTHERS])


@pytest.mark.parametrize("question, said, everyday", [
    ("Au Collège, quand je prends mon char pour une formation, ils me remboursent-tu le parking ?", "stationnement", "parking"),
    ("Au Collège, si je dois payer un parking pendant un mandat à l'extérieur, c'est-tu remboursé ?", "stationnement", "parking"),
    ("Au Collège, le Collège me rembourse-tu mon dîner au restaurant pendant un colloque ?", "repas", "restaurant"),
    ("Au Collège, en mandat, je soupe au resto : c'est-tu remboursé ?", "repas", "resto"),
])
def test_everyday_words_for_reimbursed_costs_are_no_absent_topic(question, said, everyday):
    assert said in agreement_words(question)
    words = question_features(question, [], VOCABULARY, ScopeParams())
    assert everyday not in words.unknown and everyday not in words.words


@pytest.mark.parametrize("question, unknown", [
    ("Au Collège, le stationnement des employés, on doit-tu payer une vignette ?", ("vignette",)),
    ("Au Collège, est-ce que les profs mangent gratuitement à la cafétéria ?", ("mangent",)),  # DEV Q1255: no free meal
])
def test_words_no_clause_means_stay_unknown(question, unknown):
    assert set(unknown) <= set(question_features(question, [], VOCABULARY, ScopeParams()).unknown)


def test_a_verb_left_whole_by_the_stemmer_is_known_by_its_stem():
    answerer = ExtractiveAnswerer.from_chunks([POLICY, MEAL, *OTHERS], similarity_floor=0.87)
    strict = ExtractiveAnswerer.from_chunks([POLICY, MEAL, *OTHERS], similarity_floor=0.87, unknown_verb_endings=())
    word = tokenize("remboursent")[0]
    assert word == "remboursent" and answerer.knows(word) and not strict.knows(word)
    assert not answerer.knows(tokenize("mangent")[0])  # no « mang » in the corpus
    question = "Au Collège, quand je prends mon char pour une formation, ils me remboursent-tu le parking ?"
    # the best sentence just under the floor, the policy holding too few of the question's words to outweigh it
    hits = [Hit(c, 1.0, ("dense", "bm25"), unit_similarities=((0, 60, 0.869),)) for c in (POLICY, MEAL, OTHERS[0])]
    assert not answerer.is_weak(question, hits)
    assert strict.is_weak(question, hits)
