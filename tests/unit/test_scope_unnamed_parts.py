"""Things asked that no document names, in questions the absent-topic rule let through in full mode (dense hits close to
the question's other words) while reduced mode refused them (DEV Q2097, Q2115, Q2127, Q2132):

* a question of several parts each asking a thing a word no document uses names (:func:`assistant.scope.unnamed_in_parts`):
  a benefit, a thing asked to exist (« y a-tu une température max ? »), an act asked to be required (« faut-tu que je me
  fasse vacciner ? »);
* an act the asker tells they wish to do, asked whether it is allowed or what the agreements say of it, holding such a
  word (:func:`assistant.scope.unnamed_wish`: « J'aimerais amener mon chien en classe … faut-tu une permission ? »);
* a benefit asked as « les frais de <thing> », read as that thing (:func:`assistant.scope._paid_head`), which the passages
  name and never pay (:func:`assistant.scope.benefit_unpaid`: « le Collège rembourse-tu les frais de garde ? »).

Paraphrases with other things, sentence shapes and words than the DEV items; the questions whose parts the documents name,
or whose wished act is in their words, are left alone."""

from __future__ import annotations

import pytest

from assistant.scope import (ScopeParams, Vocabulary, _paid_head, benefit_unpaid, unnamed_act, unnamed_in_parts,
                            unnamed_wish)
from assistant.types import Hit
from ingest.types import Chunk

KNOWN = ("college commission employeur fournir fourni rembourse rembourser paie payer classe classes eleves cours arreter "
         "laisser limite moyen maximum conge conges traitement sans prendre prise amener sortie sorties musee formation "
         "formations medical medicaux examen examens permission autorisation convention parents rencontres soirs enfants "
         "garde frais jours combien periode periodes faire journees pedagogiques obligatoire quitter semaines droit "
         "remplacer remplacement communaute avant enseigner monter partir nord stationnement pourcentage tache regime "
         "retraite progressive").split()
VOCABULARY = Vocabulary(KNOWN, names={"college", "commission", "cris", "bourget"})


@pytest.mark.parametrize("question, words", [
    ("Le Collège est-tu obligé de nous fournir un climatiseur quand il fait chaud ? Y a-tu une température maximale ?",
     ("climatiseur", "température")),
    ("Avant de partir dans le Nord, faut-tu que je me fasse vacciner ? Pis la Commission me rembourse-tu les vaccins ?",
     ("vacciner", "vaccins")),
    ("Est-ce qu'il y a un quota de photocopies au Collège, pis le Collège me rembourse-tu mon encre ?",
     ("quota", "encre")),
    ("Faut-tu que je passe un test de dépistage avant la rentrée, pis la Commission paie-tu le dépistage ?",
     ("dépistage",)),
])
def test_every_part_asking_a_thing_no_document_names_is_refused(question, words):
    found = unnamed_in_parts(question, VOCABULARY)
    assert found is not None, question
    assert set(words) <= set(found.words), found


@pytest.mark.parametrize("question", [
    # one part the documents name: its answer may be there
    "Le Collège est-tu obligé de nous fournir un climatiseur ? Pis j'ai droit à combien de jours de congé ?",
    # the thing asked to exist has a head the documents use (« moyen », « limite »): the unknown word is its circumstance
    "Y a-tu moyen de l'allonger ? Pis la Commission me rembourse-tu les vaccins ?",
    "Y a-tu une limite de chaleur en classe ? Pis le Collège me rembourse-tu mon ventilateur ?",
    # a single part: unnamed_benefit's, not this rule's
    "Le Collège me rembourse-tu mon ventilateur ?",
])
def test_a_question_whose_parts_the_documents_name_is_left_alone(question):
    assert unnamed_in_parts(question, VOCABULARY) is None


def test_the_rule_is_off_with_unnamed_benefit():
    question = "Faut-tu que je me fasse vacciner ? Pis la Commission rembourse-tu les vaccins ?"
    assert unnamed_in_parts(question, VOCABULARY, ScopeParams(unnamed_benefit=False)) is None


@pytest.mark.parametrize("question, word", [
    ("J'aimerais amener mon chat en classe avec mes élèves. La convention dit-tu quelque chose là-dessus ?", "chat"),
    ("Je voudrais installer un aquarium dans ma classe au Collège : faut-tu une permission ?", "aquarium"),
    ("Je veux faire du tutorat payé le soir à des élèves du Collège. Je peux-tu ?", "tutorat"),
])
def test_a_wished_act_no_document_names_asked_whether_allowed_is_refused(question, word):
    found = unnamed_wish(question, VOCABULARY)
    assert found is not None and word in found.words, question


@pytest.mark.parametrize("question", [
    # the act in the documents' words, its circumstance (« pour voyager en Asie ») not read
    "Je voudrais prendre un congé sans traitement pour voyager en Asie. Je peux-tu ?",
    "J'aimerais amener mes élèves en sortie au musée. Faut-tu une permission du Collège ?",
    # a wish told, nothing asked of it
    "J'aimerais amener mon chat en classe. Combien de jours de congé j'ai ?",
    # no wish told
    "Mon chat est malade. La convention dit-tu quelque chose là-dessus ?",
])
def test_a_wished_act_in_the_documents_words_or_not_asked_of_is_left_alone(question):
    assert unnamed_wish(question, VOCABULARY) is None


@pytest.mark.parametrize("thing, head", [
    ("les frais de garde", "garde"),
    ("une partie du prix des aliments", "prix des aliments"),
    ("le coût de la passe d'autobus", "la passe d'autobus"),
    ("le renouvellement de mon certificat", "le renouvellement"),
    ("mes frais", "mes frais"),
])
def test_a_payments_own_word_names_no_thing_what_it_is_for_does(thing, head):
    assert _paid_head(thing, ScopeParams()) == head


def _hit(clause: str, text: str, heading: str = "") -> Hit:
    chunk = Chunk(chunk_id=f"bourget:{clause}", doc="bourget", clause_id=clause, kind="clause", text=text, indexed_text=text,
                  heading_path=(heading,) if heading else ())
    return Hit(chunk, score=1.0, why=("dense",))


CARE = [_hit("6-4.36", "6-4.36 Le salarié éducateur peut s'absenter de son travail jusqu'à concurrence de dix (10) journées "
                       "sans traitement par année scolaire pour rencontrer des obligations reliées à la garde, à la santé ou "
                       "à l'éducation de son enfant.", "6-4.00 Droits parentaux"),
        _hit("8-13.05", "8-13.05 Le service de garde est un service d'animation offert aux élèves du niveau primaire.",
             "8-13.00 Animateurs")]
PARKING = [_hit("Annexe W", "3. Les frais de stationnement sont remboursés sur présentation des pièces justificatives.",
                "Annexe W Politique relative aux frais de déplacement")]


def test_the_costs_of_a_thing_the_passages_name_and_never_pay_are_refused():
    found = benefit_unpaid("Les soirs de réunion, le Collège rembourse-tu les frais de garde de mes enfants ?", CARE)
    assert found is not None and found.thing == "garde de mes enfants"
    assert set(found.clauses) == {"6-4.36"}


def test_the_costs_of_a_thing_a_passage_pays_are_left_alone():
    assert benefit_unpaid("Le Collège rembourse-tu les frais de stationnement ?", PARKING) is None


@pytest.mark.parametrize("question, word", [
    # the manner of the act (« en télétravail »), its object
    ("Au Collège, je peux-tu donner mes cours en visioconférence de chez nous ?", "visioconférence"),
    ("Est-ce que je peux porter des bouchons pendant la surveillance ?", "bouchons"),
    ("Puis-je amener mon perroquet en classe ?", "perroquet"),
])
def test_a_permission_asked_for_an_act_no_document_names_is_refused(question, word):
    found = unnamed_act(question, VOCABULARY)
    assert found is not None and word in found.words, question
    assert not found.thing.endswith(" de"), found.thing


@pytest.mark.parametrize("question", [
    # the act's verb in the asker's words: the documents may say it in theirs
    "Au Collège, en retraite progressive, je peux-tu descendre jusqu'à quel pourcentage de ma tâche ?",
    "Je peux-tu embarquer dans le régime ?",
    # the unknown word in the act's circumstance
    "Je peux-tu prendre des jours de congé sans traitement pour ma fibromyalgie ?",
    "Je peux-tu prendre un congé sans traitement à cause de ma fibromyalgie ?",
    "Je peux-tu prendre mes journées pédagogiques en classe ?",
])
def test_a_permission_asked_in_the_documents_words_or_with_a_circumstance_is_left_alone(question):
    assert unnamed_act(question, VOCABULARY) is None


def test_a_benefit_asked_by_a_pronoun_is_for_the_thing_told():
    found = unnamed_act("Pendant une sortie, j'ai eu une amende de stationnement. Le Collège doit-il me la rembourser ?",
                        VOCABULARY)
    assert found is not None and found.words == ("amende",)
    # the thing told in the documents' words, its circumstance (« pendant le tournoi ») not read
    assert unnamed_act("J'ai fait des périodes de remplacement pendant le tournoi. Ils me les paient-tu ?", VOCABULARY) is None
    # nothing asked of the thing told
    assert unnamed_act("J'ai eu une amende de stationnement. Combien de jours de congé j'ai ?", VOCABULARY) is None


MOVE_DAY = [_hit("6-1.02", "6-1.02 Le salarié éducateur a droit à un congé sans perte de traitement : g) lors de son "
                           "changement de domicile : le jour du déménagement.", "6-1.00 Congés spéciaux")]
MOVE_PAID = [_hit("5-3.21", "5-3.21 D) La Commission rembourse les frais de déménagement de l'enseignant réaffecté.",
                  "5-3.00 Sécurité d'emploi")]


def test_a_thing_said_in_words_the_colloquial_mapping_reads_is_still_the_thing_asked():
    # « déménagement » is also read as « changement de domicile »: it was dropped, and nothing was left to look for
    found = benefit_unpaid("Au Collège, le Collège me rembourse-tu mes frais de déménagement ?", MOVE_DAY)
    assert found is not None and found.clauses == ("6-1.02",)
    # a passage paying the move (for whatever case) leaves the question to the answerer
    assert benefit_unpaid("La Commission me rembourse-tu mes frais de déménagement ?", MOVE_PAID) is None
