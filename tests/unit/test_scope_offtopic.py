"""Refusals of questions the best passages answer only off topic: a value per a unit none states (« par élève »), a
benefit a word of which none uses (« ma facture d'Internet »), a family event's leave for a relative none of the event's
sentences names (« ma nièce se marie »)."""

from __future__ import annotations

import pytest

from assistant.scope import (RelativeGap, ScopeParams, Vocabulary, missing_benefit, missing_rate, missing_relative,
                             out_of_corpus)
from assistant.types import Hit
from ingest.types import Chunk


def _passages(*texts: str) -> list[Hit]:
    return [Hit(Chunk(chunk_id=f"doc:{i}", doc="doc", clause_id=f"6-1.0{i}", kind="clause", text=t, indexed_text=t),
                score=1.0 - i / 10, why=("dense",)) for i, t in enumerate(texts, start=1)]


#: an envelope shared pro rata, an amount per body and for a year, a base rate and a rate per kilometre
MEASURE = _passages("L'enveloppe disponible est répartie au prorata de l'effectif scolaire.",
                    "À titre indicatif, le montant de base par organisme scolaire est de 21 989 $ pour l'année 2024-2025.",
                    "Tarif de base pour les premiers 200 kilomètres\t35 $\nFrais pour chaque kilomètre excédant\t0,15 $ /km",
                    "La banque annuelle de congés de maladie est de dix (10) jours ouvrables.")
#: the special leaves of a family event, listing the relatives they cover
LEAVES = _passages("- c) en cas de décès de son frère, de sa sœur, de son grand-père, de sa grand-mère : trois (3) jours ;\n"
                   "- e) le mariage ou l'union civile de son père, de sa mère, de son frère, de sa sœur, de son enfant : "
                   "le jour de l'événement ;\n- g) le mariage ou l'union civile du salarié éducateur : sept (7) jours ;",
                   "Le salarié a droit à un congé payé de cinq (5) jours ouvrables à l'occasion de la naissance de son enfant.")
#: the same, with a leave for any other member of the family on a death
ANY_RELATIVE = LEAVES + _passages("- i) en cas de décès d'un membre de sa famille autre que ceux visés aux paragraphes a) "
                                  "à d), le salarié a droit à un congé non rémunéré d'un (1) jour ouvrable.")
#: the documents also speak, elsewhere, of private schools, pupils, dollars, invoices, departures... (not in the best
#: passages: what those checks look for)
ELSEWHERE = _passages("La mesure 30100 vise chaque école privée ; un élève reçoit des services ; 10 dollars.",
                      "La Commission crie envoie une facture ; le réseau Internet de la maison ; le Collège surveille ; un "
                      "local gratuit ; l'indemnité de départ de quelques semaines de salaire ; une sortie ; un sarrau.")
VOCABULARY = Vocabulary.from_chunks([h.chunk for h in MEASURE + ANY_RELATIVE + ELSEWHERE], {"doc": {"title": "Convention de test"}})


@pytest.mark.parametrize("question, unit", [
    ("Pour la mesure 30100, une école privée reçoit combien de dollars par élève ?", "par élève"),
    ("Combien d'heures par mois une personne mentore passe-t-elle avec chaque personne mentorée ?", "par mois"),
    ("Le coach rencontre chaque nouvel enseignant combien de fois par semaine ?", "par semaine"),
])
def test_a_value_per_a_unit_no_passage_states_is_refused(question, unit):
    assert missing_rate(question, MEASURE) == unit
    refusal = out_of_corpus(question, MEASURE, VOCABULARY)
    assert refusal is not None and refusal.reason == "absent_value" and f"« {unit} »" in refusal.text


@pytest.mark.parametrize("question", [
    "On me rembourse combien par kilomètre au-delà de 200 km ?",  # « chaque kilomètre », « /km »
    "J'ai droit à combien de journées de maladie payées par année ?",  # « banque annuelle »
    "Le montant de base, c'est combien par organisme ?",  # no unit of the list asked
    "Combien de dollars par élève, pis c'est versé quand ?",  # two questions
    "Une école privée reçoit quel montant par élève ?",  # no « combien »: left to the other checks
])
def test_a_value_per_a_unit_a_passage_states_or_no_unit_asked_is_left_alone(question):
    assert missing_rate(question, MEASURE) == ""


def test_only_the_best_passages_count_for_a_unit_and_zero_turns_the_check_off():
    question = "J'ai droit à combien de journées de maladie par année ?"
    assert missing_rate(question, MEASURE, ScopeParams(value_hits=3)) == "par année"
    assert missing_rate(question, MEASURE[:3], ScopeParams(value_hits=0)) == ""


@pytest.mark.parametrize("question, who, event", [
    ("Au Collège, ma nièce se marie au mois de mai. J'ai-tu droit à une journée de congé payée pour ses noces ?",
     "nièce", "mariage"),
    ("Mon meilleur ami se marie en octobre. J'ai droit à combien de jours payés pour son mariage ?", "ami", "mariage"),
    ("Ma fille accouche en mars. J'ai droit à combien de jours pour la naissance de mon petit-enfant ?",
     "petit-enfant", "naissance"),
    ("Mon cousin est décédé. J'ai-tu droit à un congé ?", "cousin", "décès"),  # no leave for the family at large here
])
def test_a_family_event_of_a_relative_no_sentence_names_is_refused(question, who, event):
    gap = missing_relative(question, LEAVES)
    assert gap == RelativeGap(who, event, gap.clauses) and gap.clauses
    refusal = out_of_corpus(question, LEAVES, VOCABULARY)
    assert refusal is not None and refusal.reason == "absent_value" and f"« {who} »" in refusal.text


@pytest.mark.parametrize("question, hits", [
    ("Ma sœur se marie un mardi, j'ai-tu congé ?", LEAVES),
    ("Ma fille se marie, j'ai droit à quoi ?", LEAVES),  # « fille » is « son enfant »
    ("Les funérailles de mon grand-père sont samedi. J'ai combien de jours ?", LEAVES),
    ("Ma blonde accouche en mars, j'ai droit à quoi ?", _passages("Le salarié dont la conjointe accouche a droit à "
                                                                  "cinq (5) jours.")),
    ("Ma femme accouche en mai, j'ai droit à combien de jours ?", LEAVES),  # the birth of the asker's child
    ("Ma femme accouche en mai, j'ai droit à combien de jours ?",  # the teacher's own childbirth: no relative listed
     _passages("La salariée qui accouche a droit à un congé de maternité de vingt et une (21) semaines.")),
    ("Mon cousin est décédé. J'ai-tu droit à un congé ?", ANY_RELATIVE),  # « un membre de sa famille autre que … »
    ("Je me marie en juillet, j'ai droit à combien de jours ?", LEAVES),  # no relative
    ("Ma nièce a un tournoi de hockey, j'ai-tu congé ?", LEAVES),  # no family event asked
    ("Ma nièce se marie pis mon oncle est décédé, j'ai droit à quoi ?", LEAVES),  # two events
    ("Ma nièce se marie, j'ai-tu congé ?", MEASURE),  # no sentence of the event: left to the other checks
])
def test_a_relative_the_event_sentences_name_or_no_relative_event_asked_is_left_alone(question, hits):
    assert missing_relative(question, hits) is None


def test_zero_value_hits_turns_the_relative_check_off():
    assert missing_relative("Ma nièce se marie, j'ai-tu congé ?", LEAVES, ScopeParams(value_hits=0)) is None


#: the regional disparities: transport, personal effects, food; and a loss the employer pays the rest of
NORTH = _passages("La Commission rembourse les frais de transport de nourriture et des effets personnels.",
                  "Le Collège verse l'excédent de la perte réelle subie après la compensation versée par l'assureur.",
                  "L'enseignant a droit à une période d'au moins soixante (60) minutes pour prendre son repas, le dîner.",
                  "Le Collège paie le coût de l'essence selon le kilométrage.")


@pytest.mark.parametrize("question, thing", [
    ("À la CS crie, la Commission me rembourse-tu ma facture d'Internet à la maison ?", "ma facture d'Internet"),
    ("Au Collège, le Collège me fournit-tu mon dîner gratuit quand je surveille ?", "mon dîner gratuit"),
    ("Le Collège me verse-tu une indemnité de départ de quelques semaines de salaire ?",
     "une indemnité de départ de quelques semaines de salaire"),
    ("La Commission me paie-tu mes frais de sortie (voyage) une fois par année ?", "mes frais de sortie"),
])
def test_a_benefit_a_word_of_which_no_passage_uses_is_refused(question, thing):
    assert missing_benefit(question, NORTH) == thing
    refusal = out_of_corpus(question, NORTH, VOCABULARY)
    assert refusal is not None and refusal.reason == "absent_value" and f"« {thing} »" in refusal.text


@pytest.mark.parametrize("question", [
    "La Commission me rembourse-tu le transport de ma nourriture ?",  # every word is in a passage
    "Mon assurance m'a payé une partie. Le Collège doit-il me donner le reste ?",  # « le reste » names no thing
    "Le Collège me rembourse-tu l'essence ou le billet d'avion ?",  # one alternative is there
    "Qui paie le billet d'avion ?",  # no benefit asked of the employer for the asker
    "La Commission me rembourse-tu ma facture d'Internet, pis c'est quand ?",  # two questions
])
def test_a_benefit_the_passages_speak_of_or_no_benefit_asked_is_left_alone(question):
    assert missing_benefit(question, NORTH) == ""


def test_only_the_best_passages_count_for_a_benefit_and_zero_turns_the_check_off():
    question = "Le Collège me paie-tu la période de repas ?"
    assert missing_benefit(question, NORTH) == ""
    assert missing_benefit(question, NORTH, ScopeParams(benefit_hits=2)) == "la période de repas"
    assert missing_benefit("Le Collège me fournit-tu un sarrau ?", NORTH, ScopeParams(benefit_hits=0)) == ""


def test_a_word_no_document_uses_is_left_to_the_absent_topic_rule():
    # « abonnement »: no document uses it; whether the passages come close is the similarity rule's to weigh
    question = "La Commission me rembourse-tu mon abonnement au gym ?"
    assert missing_benefit(question, NORTH) == "mon abonnement"
    assert missing_benefit(question, NORTH, vocabulary=VOCABULARY) == ""
    assert missing_benefit("La Commission me rembourse-tu ma facture d'Internet ?", NORTH,
                           vocabulary=VOCABULARY) == "ma facture d'Internet"
    # a relative clause is no part of the benefit (« l'épicerie que je fais venir du Sud »)
    assert missing_benefit("La Commission me rembourse-tu la nourriture que je fais venir du Sud ?", NORTH) == ""
