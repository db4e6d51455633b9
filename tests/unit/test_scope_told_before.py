"""What a question tells before it asks, and leaves asked in other words than « congé ».

A payment asked by its kind alone (« y a-tu une allocation … ? ») is for what the question told first (« Je viens
travailler en vélo tous les jours. »): a lower-case word of that no document uses names a thing none pays for (DEV
Q2000). A day away asked without « congé » (« je peux-tu prendre la journée payée ? », « être absente ») is a leave asked,
whose occasion the leave passages must name (the « c'est ma fête » lead of note31)."""

from __future__ import annotations

import pytest

from assistant.scope import ScopeParams, Vocabulary, missing_leave_occasion, told_before, unnamed_benefit
from assistant.types import Hit
from ingest.types import Chunk

VOCABULARY = Vocabulary("je travailler tous jours trois allocation remboursement prevu transport actif prime enseigne depuis ans "
                        "communaute eloignee isolement nourriture avion ceux font conge journee payee paye absente "
                        "mariage deces demenagement jour force majeure feu fete travail".split(),
                        names={"college", "bourget", "cris"})


@pytest.mark.parametrize("question, words", [
    ("Je viens travailler en vélo tous les jours. Y a-tu une allocation ou un remboursement prévu pour ceux qui font du "
     "transport actif ?", ("vélo",)),
    ("Moi, je me rends à l'école en trottinette. Le Collège me donne-tu une allocation pour ça ?", ("trottinette",)),
    ("L'hiver, je viens au travail en raquettes : y a-tu une prime pour ceux qui font ça ?", ("raquettes",)),
])
def test_a_payment_asked_by_its_kind_is_for_the_unknown_thing_told_before(question, words):
    found = unnamed_benefit(question, VOCABULARY)
    assert found is not None and set(words) <= set(found.words), question


@pytest.mark.parametrize("question", [
    # a place is written with a capital: where the asker works, not a thing paid for
    "J'enseigne à Chisasibi depuis trois ans. Y a-tu une prime pour ça ?",
    # the thing asked named in the question itself, in the documents' words
    "Chez les Cris, j'enseigne dans une communauté éloignée. Y a-tu une prime d'isolement ?",
    # no case told before the question
    "Y a-tu une allocation pour le transport actif ?",
    # a thing asked, not a payment by its kind (« le reste »: a share of it)
    "On m'a volé mon portable. Mon assurance m'a remboursé une partie : le Collège peut-tu me donner le reste ?",
])
def test_a_payment_for_a_known_thing_a_place_or_nothing_told_is_left_alone(question):
    assert unnamed_benefit(question, VOCABULARY) is None, question


def test_a_verb_or_a_time_of_day_told_is_no_thing_paid_for():
    found = unnamed_benefit("Je viens travailler en vélo tous les matins. Y a-tu une allocation pour ça ?", VOCABULARY)
    assert found is not None and found.words == ("vélo",)  # not « viens », nor « matins »
    # only a verb no document uses told: nothing named to refuse
    assert unnamed_benefit("Je pédale tous les jours. Y a-tu une allocation pour ça ?", VOCABULARY) is None


def test_told_before_is_what_precedes_the_first_asking_sentence():
    assert told_before("Je viens en vélo. Y a-tu une allocation ? Pis c'est combien ?") == "Je viens en vélo."
    assert told_before("Mon gars déménage : je peux-tu prendre la journée ?") == "Mon gars déménage :"
    assert told_before("Y a-tu une allocation pour le vélo ?") == ""
    assert told_before("Je viens en vélo. Je veux une allocation.") == ""  # asks nowhere with « ? »


LEAVES = ("6-1.02 Le salarié éducateur a droit aux congés suivants sans perte de traitement : a) le décès ; e) le "
          "mariage ; f) le jour du déménagement ; h) un jour pour un événement de force majeure tel qu'un feu.")


def _hits() -> list[Hit]:
    chunk = Chunk(chunk_id="bourget:1", doc="bourget", clause_id="6-1.02", kind="clause", text=LEAVES,
                  indexed_text=LEAVES, heading_path=("6-1.00 Congés spéciaux",))
    return [Hit(chunk, score=1.0, why=("dense",))]


@pytest.mark.parametrize("question, occasion", [
    ("Au Collège, c'est ma fête jeudi : je peux-tu prendre la journée payée ?", "anniversaire"),
    ("Mon gars gradue du secondaire en juin. Je peux-tu avoir la journée payée pour sa cérémonie ?", "cérémonie"),
    ("Je dois être absente une journée pour aller voter, c'est-tu payé ?", "voter"),
    ("Je veux manquer une journée payée pour le tournoi de hockey de mon gars.", "tournoi"),
])
def test_a_day_away_asked_without_conge_is_a_leave_asked(question, occasion):
    assert occasion in missing_leave_occasion(question, _hits(), ScopeParams(), VOCABULARY)[0], question


@pytest.mark.parametrize("question", [
    # an occasion the leave passages name
    "Au Collège, je déménage lundi. Je peux-tu prendre la journée sans perdre de salaire ?",
    "Ma maison a passé au feu. Je peux-tu prendre la journée payée pour m'en occuper ?",
    # a day told, not taken (« une journée pédagogique », « ma journée de travail »)
    "Je peux-tu prendre une journée pédagogique pour corriger ?",
    "Si je suis absente, qui corrige mes examens ?",
])
def test_a_day_away_for_an_occasion_the_passages_name_or_a_day_told_is_left_alone(question):
    assert missing_leave_occasion(question, _hits(), ScopeParams(), VOCABULARY) == ("", ()), question
