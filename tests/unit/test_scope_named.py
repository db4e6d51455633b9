"""Refusals of a thing the passages do not name, round 3 (DEV Q715-Q719, fresh DEV Q930-Q944): a death said with a verb,
a year outside every year the passages give an amount for, a length asked of a thing no passage names, a right named
only off topic, a benefit asked of the employer by name, and the checks reading only the document the question names."""

from __future__ import annotations

import pytest

from assistant.scope import (ScopeParams, Vocabulary, amount_of_another_year, benefit_off_topic, missing_benefit,
                             missing_measured, missing_relative, out_of_corpus)
from assistant.types import Hit
from ingest.types import Chunk


def _passages(*texts: str, doc: str = "doc", heading: tuple[str, ...] = ()) -> list[Hit]:
    return [Hit(Chunk(chunk_id=f"{doc}:{i}", doc=doc, clause_id=f"8-8.0{i}", kind="clause", text=t, indexed_text=t,
                      heading_path=heading), score=1.0 - i / 10, why=("dense",)) for i, t in enumerate(texts, start=1)]


FUNERAL = _passages("A) En cas de décès de sa conjointe ou son conjoint, de son enfant : 7 jours consécutifs.",
                    "C) En cas de décès de ses beaux-parents, de son grand-père, de sa grand-mère : 3 jours consécutifs.")


@pytest.mark.parametrize("question", ["Mon oncle vient de mourir : combien de jours de congé ?",
                                      "Ma tante est morte hier, j'ai congé ?"])
def test_a_death_said_with_a_verb_is_a_death(question):
    # DEV Q715: « mourir » named no event, and 5-14.02's list (no uncle) was not read
    gap = missing_relative(question, FUNERAL)
    assert gap is not None and gap.event == "décès"
    assert missing_relative("Mon grand-père est mort, combien de jours ?", FUNERAL) is None


def test_a_remarriage_is_a_wedding():
    wedding = _passages("e) le mariage ou l'union civile de son père, de sa mère, de son frère, de sa sœur : le jour.")
    gap = missing_relative("Mon grand-père se remarie samedi : j'ai congé ?", wedding)
    assert gap is not None and gap.event == "mariage"


ANNEX = _passages("Le Ministère accorde à la Commission les sommes suivantes pour le perfectionnement du personnel :\n"
                  "- 24 900 $ pour l'année scolaire 2006-2007;\n- 30 500 $ pour l'année scolaire 2007-2008;\n"
                  "- 36 850 $ pour l'année scolaire 2008-2009.")


def test_an_amount_asked_by_what_is_given_for_a_year_outside_the_passages_is_refused():
    # DEV Q716: « donne combien » names no money word; the annex covers 2006-2007 to 2008-2009 only
    question = "Pour 2009-2010, le Ministère donne combien pour le perfectionnement ?"
    assert amount_of_another_year(question, ANNEX) == "2006-2007 à 2008-2009"
    assert amount_of_another_year("Pour 2007-2008, le Ministère donne combien pour le perfectionnement ?", ANNEX) == ""
    # a count is no amount (« donne combien de jours »)
    assert amount_of_another_year("En 2009-2010, le Collège me donne combien de jours de congé ?", ANNEX) == ""


def test_a_year_between_the_years_given_or_after_a_start_is_answered():
    scales = _passages("L'échelle au 01-04-2014 est de 40 000 $. L'échelle au 01-04-2018 est de 44 000 $.")
    assert amount_of_another_year("Quel est le montant en 2016-2017 ?", scales) == ""
    assert amount_of_another_year("Quel est le montant en 2021-2022 ?", scales) != ""
    since = _passages("À compter de l'année scolaire 2014-2015, le Collège octroie une réduction de 1 400,00 $.")
    assert amount_of_another_year("En 2016-2017, le Collège donne combien de réduction ?", since) == ""


MEAL = _passages("8-4.03 L'enseignant a droit à une période ininterrompue d'au moins soixante (60) minutes pour prendre "
                 "son repas.")


def test_a_length_asked_of_a_thing_no_document_names_is_refused():
    # DEV Q717: the passages' 60 minutes are a meal's, not a pause's
    assert missing_measured("Le surveillant a droit à combien de minutes de pause ?", MEAL) == "pause"
    assert missing_measured("Le surveillant a droit à combien de minutes de pause ?", MEAL,
                            vocabulary=Vocabulary(["repas", "minutes"])) == "pause"
    # a thing some document names may be in the passages in other words (« libération » / « dégagées »)
    assert missing_measured("Les mentores avaient combien de jours de libération par cycle ?", MEAL,
                            vocabulary=Vocabulary(["repas", "minutes", "liberation"])) == ""
    assert missing_measured("J'ai droit à combien de minutes de repas ?", MEAL) == ""
    # words that say how a length is counted measure nothing
    assert missing_measured("J'ai droit à combien de minutes de suite pour manger ?", MEAL) == ""
    assert missing_measured("Je dois l'aviser combien de jours d'avance ?", MEAL) == ""
    assert missing_measured("Combien de minutes de pause ?", MEAL, ScopeParams(value_hits=0)) == ""


RATIO = (_passages("8-7.03 Le nombre maximum d'élèves par groupe ou par classe au niveau secondaire est de trente-cinq (35).")
         + _passages("Lorsqu'un enseignant suppléant est tenu de participer à une activité spéciale; cet enseignant reçoit "
                     "une rémunération ou une compensation équivalente.", doc="doc2"))


def test_a_right_the_passages_name_only_off_topic_is_refused():
    # DEV Q718: 8-7.03 is about the pupils; the only « compensation » is a replacement's pay
    question = "J'ai 37 élèves dans mon groupe de secondaire 4. J'ai droit à quelle compensation pour les élèves en trop ?"
    found = benefit_off_topic(question, RATIO)
    assert found is not None and found.thing == "compensation"
    on_topic = RATIO + _passages("Pour chaque groupe dont le nombre d'élèves dépasse le maximum, l'enseignant a droit au "
                                 "montant de compensation C.", doc="doc3")
    assert benefit_off_topic(question, on_topic) is None
    # whether there is a right (« droit à une … ? ») is the answerer's; so is a best passage about something else
    assert benefit_off_topic("J'ai 37 élèves dans mon groupe de secondaire : j'ai droit à une compensation ?", RATIO) is None
    assert benefit_off_topic("Mon oncle est mort : j'ai droit à quelle compensation ?", RATIO) is None


def test_a_right_asked_by_what_it_is_is_read_as_a_benefit():
    assert missing_benefit("J'ai droit à quelle prime de chauffage ?", MEAL) == "prime de chauffage"
    # whether there is one is the answerer's (DEV Q464: « droit à une indemnité de départ ? », 5-3.13's prime de séparation)
    assert missing_benefit("Ai-je droit à une indemnité de départ ?", MEAL) == ""


def test_a_heading_names_what_a_sentence_leaves_implicit():
    parking = _passages("Les frais de stationnement sont remboursés sur présentation des pièces justificatives.",
                        heading=("Annexe W Politique relative aux frais de déplacement",))
    other = _passages("Le stationnement du Collège est réservé.", doc="doc2")
    question = "J'ai droit à quels frais de stationnement quand je me déplace pour un mandat du Collège ?"
    assert benefit_off_topic(question, parking + other) is None


def test_a_benefit_asked_of_the_employer_by_name_is_read():
    # DEV Q719: « Le Collège paie-tu le renouvellement de mon certificat ? » (no « me »)
    duties = _passages("k) il doit être titulaire d'un certificat de sauveteur national délivré par la Société de "
                       "sauvetage.", "Le Collège paie le renouvellement du contrat d'assurance.")
    assert missing_benefit("Le Collège paie-tu le renouvellement de mon certificat ?", duties[:1]).startswith(
        "le renouvellement")
    assert missing_benefit("Le Collège paie-tu le renouvellement de mon certificat ?", duties) == ""


def test_the_checks_read_only_the_document_the_question_names():
    # DEV Q717: « Au CNCEC … combien de minutes » met another agreement's 60-minute meal
    cncec = _passages("Pour chaque jour, la prestation de l'aide aux enseignants sera équivalente à 6,4 heures.",
                      doc="cncec")
    hits = cncec + MEAL
    vocabulary = Vocabulary(["prestation", "aide", "enseignants", "minutes", "pause", "repas", "heures", "droit"], names=["cncec"])
    question = "Au CNCEC, l'aide aux enseignants a droit à combien de minutes de pause ?"
    refusal = out_of_corpus(question, hits, vocabulary, within=("cncec",))
    assert refusal is not None and refusal.reason == "absent_value"
    # no document named: every passage is read, and the meal's minutes answer a meal's length
    assert out_of_corpus("L'aide aux enseignants a droit à combien de minutes de repas ?", hits, vocabulary) is None
    # a named document none of whose passages was retrieved: every passage is read
    assert out_of_corpus("L'aide aux enseignants a droit à combien de minutes de repas ?", hits, vocabulary,
                         within=("other",)) is None


def test_christmas_and_easter_say_when_not_what():
    # « … mon billet d'avion pour sortir à Noël ? » was refused for « noel », which no agreement uses
    from assistant.scope import content_words
    words = content_words("La Commission paie-tu mon billet d'avion pour sortir à Noël ou à Pâques ?", ScopeParams())
    assert "noel" not in words and "paques" not in words and "billet" in words
