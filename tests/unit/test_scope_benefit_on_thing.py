"""A benefit asked on a named thing (« un rabais sur l'inscription au camp de jour », « le stationnement est-tu gratuit
? ») is refused when no sentence of the best passages ties a word of that benefit to the thing: the passages may speak of
the thing (« l'uniforme du Collège ») or of the benefit (11-5.01's « réduction des frais de scolarité »), not of both
together (scope.untied_benefit; from blind DEV Q1926, DEV Q1088, Q655, Q1059, Q1619). A benefit a sentence does tie to
the thing (a reduction or a refund of it) is left to the answerer. The questions are paraphrases, with other things and
benefit words than those items'."""

from __future__ import annotations

import pytest

from assistant.scope import ScopeParams, Vocabulary, out_of_corpus, untied_benefit
from tests.unit.builders import chunk, ranked_hits

SCHOOLING = chunk("11-5.01 À compter de l'année scolaire 2014-2015, le Collège octroie une réduction des frais de scolarité "
                  "pour chaque enfant, qui fréquente le Collège, des salariés éducateurs ; pour l'élève du primaire : une "
                  "réduction de 1 400,00 $.", "11-5.01", 1)
TRAVEL = chunk("Annexe W Politique relative aux frais de déplacement. 3. Les frais de stationnement sont remboursés sur "
               "présentation des pièces justificatives.", "Annexe W", 2)
UNIFORM = chunk("6-9.01 L'élève porte l'uniforme du Collège en tout temps ; l'inscription aux activités parascolaires se fait "
                "en septembre à la cafétéria.", "6-9.01", 3)
UNION_TIME = chunk("3-5.09 L'Association peut obtenir une réduction de tâche d'un salarié éducateur pour des activités "
                   "syndicales.", "3-5.09", 4)
CHUNKS = [SCHOOLING, TRAVEL, UNIFORM, UNION_TIME]
HITS = ranked_hits(CHUNKS, "6-9.01", "11-5.01", "Annexe W", "3-5.09")
VOCABULARY = Vocabulary.from_chunks(CHUNKS)


@pytest.mark.parametrize("question, thing", [
    ("Mon gars va au camp de jour du Collège. On a-tu un rabais sur l'inscription au camp, pis c'est combien ?",
     "l'inscription"),
    ("Est-ce que le personnel bénéficie d'un escompte sur l'uniforme des élèves ?", "l'uniforme des élèves"),
    ("Les employés ont-ils une ristourne sur l'inscription aux activités parascolaires ?", "l'inscription"),
    ("La cafétéria est-elle gratuite pour les enseignants le midi ?", "La cafétéria"),
    ("Au Collège, le stationnement est-tu gratuit pour le personnel ?", "le stationnement"),
    ("J'ai-tu droit à une réduction sur l'uniforme que ma fille doit acheter ?", "l'uniforme"),
])
def test_a_benefit_no_sentence_ties_to_the_thing_is_refused(question, thing):
    untied = untied_benefit(question, HITS)
    assert untied is not None and untied.thing == thing


@pytest.mark.parametrize("question", [
    # a sentence reduces or refunds the thing itself (11-5.01, Annexe W)
    "Ai-je une réduction sur les frais de scolarité de mon fils au primaire ?",
    "J'ai-tu un rabais pour la scolarité de ma fille, pis de combien ?",
    "Ai-je droit à un remboursement pour le stationnement lors d'un déplacement ?",
    # not a benefit on a thing: a reduction of the thing itself, a thing said free in passing
    "L'Association veut une réduction de tâche pour une de nos profs l'an prochain : combien d'heures ?",
    "Le Collège offre-tu un programme d'aide, genre des séances gratuites avec un psy ?",
    # two things asked
    "Ai-je un rabais sur la scolarité ou sur l'uniforme ?",
])
def test_a_benefit_a_sentence_ties_or_no_benefit_on_a_thing_is_left_alone(question):
    assert untied_benefit(question, HITS) is None


def test_the_refusal_names_the_passages_and_the_benefit():
    refusal = out_of_corpus("Les profs ont-tu droit à un rabais sur l'inscription au camp de jour du Collège ?", HITS,
                            VOCABULARY)
    assert refusal is not None and "« rabais » pour « l'inscription »" in refusal.text


def test_off_without_benefit_hits():
    assert untied_benefit("Ai-je un rabais sur l'uniforme ?", HITS, ScopeParams().with_values(benefit_hits=0)) is None
