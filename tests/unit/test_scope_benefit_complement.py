"""A benefit asked of the employer is read with its complements (« une réduction sur les frais de scolarité au cégep »,
« l'abonnement à Internet ») and in the passive with two participles offered (« est-il fourni ou payé ? »): a complement
no document names makes a benefit no document grants, however well the passages match its head (scope.unnamed_benefit;
from DEV Q721, answered from 11-5.01's reduction for a child at the Collège, and DEV Q1091). The questions are
paraphrases, with other things, places and sentence shapes than those items'; a circumstance (« pour », « quand », « en »,
« dans ») still ends the thing, so a word no document uses there decides nothing."""

from __future__ import annotations

import pytest

from assistant.scope import ScopeParams, Vocabulary, out_of_corpus, unnamed_benefit
from tests.unit.builders import chunk, ranked_hits

VOCABULARY = Vocabulary("le college octroie une reduction des frais de scolarite pour chaque enfant qui frequente "
                        "commission rembourse transport nourriture logement fournit internet stationnement billets avion "
                        "manuels scolaires repas maison travail mandat universite cours".split())


@pytest.mark.parametrize("question, word", [
    ("Ma fille commence le cégep l'an prochain : le Collège me donne-tu une réduction sur ses frais de scolarité au cégep ?",
     "cégep"),
    ("Le Collège m'accorde-tu un rabais sur les frais de scolarité de mon gars à la polyvalente ?", "polyvalente"),
    ("Chez les Cris, mon forfait de téléphone est-il fourni ou payé par la Commission ?", "forfait"),
    ("Dans mon logement au Nord, l'abonnement au câble est-tu payé par la Commission ?", "abonnement"),
    ("La Commission me rembourse-tu le transport de ma nourriture sur le traversier ?", "traversier"),
    ("Les frais de gardiennage de mon bébé sont-tu remboursés ou payés par le Collège ?", "gardiennage"),
])
def test_a_complement_no_document_names_refuses_the_benefit(question, word):
    unnamed = unnamed_benefit(question, VOCABULARY)
    assert unnamed is not None and word in unnamed.words


@pytest.mark.parametrize("question", [
    # every word of the thing and its complement a document's
    "Le Collège me donne-tu une réduction sur les frais de scolarité de mon enfant au Collège ?",
    "Chez les Cris, l'internet du logement est-il fourni ou payé par la Commission ?",
    "La Commission me rembourse-tu le transport de ma nourriture au logement ?",
    # a word no document uses in a circumstance, not in the thing: left to the checks that read the passages
    "Le Collège me rembourse-tu mes repas quand je vais au cégep pour un mandat ?",
    "La Commission me rembourse-tu mes billets d'avion pour la chasse à l'outarde ?",
    "Le Collège me paie-tu mes cours à l'université en septembre ?",
    # a circumstance after the passive's thing (« pour mon chien ») is no part of it
    "Les billets d'avion pour mon chien sont-ils remboursés ou payés par la Commission ?",
    # no benefit asked
    "Le cégep est-il loin du Collège ?",
])
def test_a_thing_the_documents_name_or_no_benefit_asked_is_left_alone(question):
    assert unnamed_benefit(question, VOCABULARY) is None


def test_off_with_the_parameter():
    assert unnamed_benefit("Le Collège me donne-tu un rabais sur la scolarité au cégep ?", VOCABULARY,
                           ScopeParams(unnamed_benefit=False)) is None


def test_the_refusal_quotes_the_thing_and_the_word_as_written():
    hits = ranked_hits([chunk("11-5.01 Le Collège octroie une réduction des frais de scolarité pour chaque enfant qui "
                              "fréquente le Collège.", "11-5.01", 1)], "11-5.01")
    refusal = out_of_corpus("Le Collège me donne-tu une réduction sur les frais de scolarité de ma fille au cégep ?", hits,
                            VOCABULARY)
    assert refusal is not None
    assert "« une réduction sur les frais de scolarité de ma fille au cégep »" in refusal.text
    assert "« cégep »" in refusal.text
