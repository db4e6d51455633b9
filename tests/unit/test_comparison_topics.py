"""How a comparison reads its topic in everyday wordings (assistant/comparisons.py): what is asked cut off the topic
(« à quelle heure », « c'est qui qui la fixe », « les deux conventions disent quoi »), a noun and its verb read as one
word (« choix » and « choisit »), and two things asked at once (« … ou … »), each found on its side; inline passages
and a word-overlap retriever, no index."""

from __future__ import annotations

from dataclasses import replace

import pytest

from assistant.comparisons import SidePick, _pay_asked, _share, asked_text, topic_of, topic_parts, topic_words
from assistant.lookups import DirectAnswers
from assistant.types import Hit
from ingest.types import Chunk
from tests.unit.test_comparisons import clause as _clause

NAMES = ["Collège", "Collège Bourget", "Bourget", "Cris", "CS crie", "crie", "entente autre", "autre"]


@pytest.mark.parametrize("question, topic", [
    # « quelle » inside a run asks what is said of the topic, as « combien » does
    ("Ma journée de travail, elle commence pis finit à quelle heure : les deux conventions disent quoi, au Collège "
     "Bourget pis chez les Cris ?", "journée de travail"),
    # a run opening by asking who (« c'est qui qui la fixe ») is no topic when another is left
    ("Pis la date de l'audition, c'est qui qui la fixe ?", "date de l'audition"),
    # « les deux ententes disent quoi » names the two sides, not what is compared
    ("Les vacances d'été : les deux ententes disent quoi, au Collège Bourget pis à la CS crie ?", "vacances d'été"),
])
def test_what_is_asked_is_cut_off_the_topic(question, topic):
    assert topic_of(question, NAMES) == topic


@pytest.mark.parametrize("topic, sentence", [
    ("choisit l'arbitre", "les parties tentent de s'entendre sur le choix d'un arbitre"),
    ("impression de la convention", "Le texte de la convention est imprimé aux frais du comité."),
    ("nomination du représentant", "Le syndicat nomme son représentant."),
])
def test_a_noun_and_its_verb_are_one_word(topic, sentence):
    assert _share(frozenset(topic_words(topic)), sentence) == 1.0


@pytest.mark.parametrize("topic, parts", [
    ("Coacher un nouveau prof ou accompagner un stagiaire", ["Coacher un nouveau prof", "accompagner un stagiaire"]),
    ("congé de maladie", []),
    ("leur transport pis leur salaire pendant les réunions", []),  # « leur transport »: one word
    ("syndicat peut faire mettre un vendredi pis un lundi de congé au calendrier pour son congrès", []),  # a sentence
])
def test_two_things_asked_at_once(topic, parts):
    assert topic_parts(topic) == parts


CHUNKS = [
    _clause("conv", "8-8.06", "8-8.06 À la demande de la direction, l'enseignant qui accepte d'accompagner un stagiaire "
                              "reçoit soixante-six pour cent (66 %) de l'enveloppe versée pour ce stagiaire.", 1),
    _clause("conv", "8-9.03", "8-9.03 Le nouvel enseignant reçoit le calendrier des réunions du prof titulaire.", 2),
    _clause("conv", "5-1.01", "5-1.01 Le Collège engage le personnel.", 3),
    _clause("autre", "2-1.01", "2-1.01 L'enseignant libéré est coach à 20 % pour les nouveaux enseignants ; sa "
                               "rémunération prévue au contrat demeure.", 1),
    _clause("autre", "2-1.02", "2-1.02 Les parties peuvent modifier l'entente.", 2),
]


DOCUMENTS = {"conv": {"title": "Convention de test", "aliases": ["Collège"]},
             "autre": {"title": "Entente autre", "aliases": ["entente autre"]}}


def _in_order(chunks: list[Chunk]):
    """A retriever giving a document's passages in the order of ``chunks`` (as the real retriever ranks them)."""
    def retrieve(topic, docs):
        return [Hit(c, 1.0 / (rank + 1), ("bm25",)) for rank, c in enumerate(c for c in chunks if c.doc == docs[0])]
    return retrieve


def _by_overlap(chunks: list[Chunk]):
    """A retriever giving a document's passages sharing most of the query's words first (a word-overlap ranking)."""
    def retrieve(topic, docs):
        wanted = set(topic_words(topic))
        mine = [c for c in chunks if c.doc == docs[0]]
        ranked = sorted(mine, key=lambda c: -len(wanted & set(topic_words(c.text))))
        return [Hit(c, 1.0 / (rank + 1), ("bm25",)) for rank, c in enumerate(ranked)]
    return retrieve


def _answers(chunks: list[Chunk], retrieve=None) -> DirectAnswers:
    """The lookups over ``chunks`` of the two test agreements (``retrieve``: by default ``_in_order``)."""
    return DirectAnswers([], chunks, DOCUMENTS, retrieve or _in_order(chunks))


def _direct() -> DirectAnswers:
    return _answers(CHUNKS, _by_overlap(CHUNKS))


def test_each_of_two_things_is_found_on_its_side():
    answer = _direct().answer("Coacher un nouveau prof ou accompagner un stagiaire, est-ce payé en plus : au Collège "
                              "comparé à l'entente autre ?", [])
    cited = {(c.doc, c.clause) for c in answer.citations}
    assert ("conv", "8-8.06") in cited and ("autre", "2-1.01") in cited  # each side answers one of the two
    assert "Aucune clause" not in answer.text


STAFF = [
    _clause("conv", "8-4.05", "8-4.05 L'enseignant ne peut modifier l'horaire des périodes sans le consentement écrit "
                              "de la direction.", 1),
    _clause("conv", "8-11.08", "8-11.08 Le Collège ne peut modifier l'horaire de travail d'un animateur sans un préavis "
                               "de sept (7) jours.", 2),
    _clause("conv", "4-1.11", "4-1.11 Le conseil peut proposer une plage horaire de travail pour les journées "
                              "pédagogiques.", 3),
    _clause("autre", "2-1.01", "2-1.01 L'amplitude peut être modifiée avec l'accord de la direction ; l'horaire de "
                               "travail est adapté.", 1),
    _clause("autre", "9-2.03", "9-2.03 A) Tout grief est décidé par un arbitre choisi parmi les personnes suivantes. "
                               "L'arbitre est assisté si la Centrale le demande dans les 15 jours qui suivent.", 2),
    _clause("conv", "10-2.03", "10-2.03 Les parties s'entendent sur le choix d'un arbitre. À défaut, le ministre du "
                               "Travail en désigne un.", 4),
]


def _staff_direct() -> DirectAnswers:
    return _answers(STAFF)  # ranked as the real retriever ranks 8-4.05 first


def test_a_teacher_asked_gets_the_teachers_rule_not_a_clause_holding_only_more_common_words():
    answer = _staff_direct().answer("Changer mon horaire de travail, ça prend l'accord de qui : pour un prof du "
                                    "Collège pis dans l'entente autre ?", [])
    conv = [c.clause for c in answer.citations if c.doc == "conv"]
    # not 8-11.08 (the animator's rule), nor 4-1.11 (« plage horaire de travail »: « travail » is everywhere)
    assert conv and conv[0] == "8-4.05", conv


def test_who_asked_quotes_the_sentence_saying_who_not_a_count():
    answer = _staff_direct().answer("Qui choisit l'arbitre, au Collège pis dans l'entente autre ?", [])
    assert "choisi parmi les personnes suivantes" in answer.text
    assert "« 15 jours »" not in answer.text


@pytest.mark.parametrize("question, topic", [
    # « propre » after a possessive says whose, not what (no agreement writes « propre mariage »)
    ("Si c'est mon propre mariage, j'ai droit à combien de jours de congé au Collège Bourget comparé à la CS crie ?",
     "mariage"),
    # a run saying only when gives way; « est-ce plus ou moins » is the comparison, not its topic
    ("Au début de l'année, on me donne combien de jours de maladie au Collège Bourget ? Et chez les Cris, est-ce plus "
     "ou moins ?", "maladie"),
    # a relative clause of the asker (« auquel j'ai droit ») says whose: the condition names what
    ("Si ma conjointe décède, le congé auquel j'ai droit chez les Cris est-il aussi long qu'au Collège Bourget ?",
     "conjointe décède"),
    # ... and the topic resumes after it (« pour le décès de mon père »)
    ("Le congé auquel j'ai droit pour le décès de mon père : Collège Bourget versus Cris ?",
     "congé pour le décès de mon père"),
])
def test_words_saying_whose_or_when_are_not_the_topic(question, topic):
    assert topic_of(question, NAMES) == topic


@pytest.mark.parametrize("question, topic", [
    # a yes-or-no run naming two things or more is what is asked: a condition before it says when
    ("Si je change d'école, est-ce que mon ancienneté est transférée ? Collège Bourget versus Cris ?",
     "ancienneté est transférée"),
    # ... and so does a clause opening with « après que », « dès que », « une fois que »
    ("Après que la direction m'a donné un avertissement, est-ce que la lettre reste dans mon dossier ? Cris versus "
     "Collège Bourget ?", "lettre reste dans mon dossier"),
    # « est-ce que c'est payé » names one thing only: the run naming the topic stays it
    ("Pour les journées pédagogiques, est-ce que c'est payé ? Cris versus Collège Bourget ?", "journées pédagogiques"),
    # a condition before a run asking a count stays the topic (« combien de jours » names no topic)
    ("Après que le syndicat a déposé mon grief, combien de jours pour le régler ? Cris versus Collège Bourget ?",
     "Après que le syndicat a déposé mon grief"),
])
def test_a_yes_or_no_run_is_what_is_asked_not_its_circumstance(question, topic):
    assert topic_of(question, NAMES) == topic


HOURS = [
    _clause("conv", "8-15.03", "8-15.03 La journée normale de travail du salarié éducateur non-enseignant régulier à "
                               "temps complet est de sept virgule cinq (7,5) heures.", 1),
    _clause("autre", "2-1.01", "2-1.01 Pour chaque jour au calendrier scolaire, la prestation de la tâche assignée sera "
                               "équivalente à 6,4 heures.", 1),
]


def test_a_side_naming_no_staff_of_the_other_side_is_not_absent():
    answer = _answers(HOURS).answer(
        "La journée normale d'un salarié non-enseignant au Collège, c'est combien d'heures, comparé à l'entente "
        "autre ?", [])
    cited = {(c.doc, c.clause) for c in answer.citations}
    assert ("autre", "2-1.01") in cited and ("conv", "8-15.03") in cited  # « salarié non-enseignant » is whose
    assert "Aucune clause" not in answer.text


PAY = [
    _clause("conv", "1-2.56", "1-2.56 Répondant de niveau. Le répondant de niveau est un salarié éducateur qui "
                              "coordonne les activités d'un niveau.", 1),
    _clause("conv", "7-6.06", "7-6.06 Le salarié éducateur qui assume la tâche de répondant de niveau reçoit une "
                              "rémunération correspondant à l'échelle annuelle de traitement.", 2),
    _clause("autre", "6-6.01", "6-6.01 L'enseignant qui agit en tant que responsable d'école reçoit un supplément "
                               "annuel de 1 383 $.", 1),
]


def test_pay_asked_leads_with_the_clause_saying_how_it_is_paid_not_the_definition():
    direct = _answers(PAY)  # the definition ranked first, as the real retriever does
    picks = direct._side("Comment c'est payé, répondant de niveau au Collège ?", [], "conv", "répondant de niveau")
    assert picks[0].chunk.clause_id == "7-6.06"


@pytest.mark.parametrize("question, asked", [
    ("Si je prends une responsabilité en plus, comment c'est payé : au Collège pis chez les Cris ?", True),
    ("Le répondant de niveau, il est rémunéré comment au Collège ?", True),
    ("L'impression de la convention collective, c'est payé par qui : le Collège Bourget ou les Cris ?", False),
    ("Qui paie les frais de l'arbitre : Bourget vs Cris ?", False),
])
def test_how_it_is_paid_is_asked_not_who_pays(question, asked):
    assert _pay_asked(question) is asked


def test_a_first_passage_holding_no_topic_word_gives_way_to_one_holding_half():
    context = _clause("autre", "Contexte", "L'enseignant libéré conserve ses conditions d'emploi.", 1)
    mandates = _clause("autre", "Gestion des mandats", "Le directeur adjoint peut modifier les mandats en tout temps.", 2)
    candidates = [SidePick(context, context.text, 0.0, False), SidePick(mandates, mandates.text, 0.5, False)]
    chosen = _direct()._chosen(candidates, counts=False)
    assert chosen[0].chunk.clause_id == "Gestion des mandats"


@pytest.mark.parametrize("question, asked", [
    ("Quand je reviens d'une absence, faut-tu que je remplisse un papier pour la justifier ? C'est-tu pareil au "
     "Collège Bourget pis chez les Cris ?", "reviens d'une absence, faut-tu que je remplisse un papier pour la justifier"),
    ("Plainte de harcèlement psychologique : qu'est-ce qui diffère entre les Cris et le Collège Bourget ?",
     "Plainte de harcèlement psychologique"),
])
def test_what_is_asked_of_each_side_is_the_question_without_names_nor_comparison_words(question, asked):
    assert asked_text(question, NAMES) == asked


INJURY = [
    _clause("conv", "9-2.01", "9-2.01 Le salarié doit aviser le Collège des circonstances entourant un accident du "
                              "travail avant de quitter l'établissement.", 1),
    _clause("autre", "5-10.51", "5-10.51 A) La Commission doit immédiatement donner les premiers secours à "
                                "l'enseignant victime d'une lésion professionnelle. B) Ce premier secours est donné à "
                                "l'école après un accident.", 1),
    _clause("autre", "13-3.04", "13-3.04 En tout temps, le nom d'un enseignant qui refuse un contrat est retiré de "
                                "cette liste.", 2),
]


def test_a_side_whose_clause_holds_what_is_asked_is_not_absent():
    direct = _answers(INJURY)
    first = SidePick(INJURY[1], "La Commission doit immédiatement donner les premiers secours à l'enseignant victime "
                                "d'une lésion professionnelle.", 0.0, False, asked=0.3)
    other = SidePick(INJURY[0], INJURY[0].text, 0.5, False, asked=0.5)
    wanted = frozenset(topic_words("accident à l'école"))
    # its quoted sentence holds no word of the topic, its clause (« à l'école après un accident ») all of them
    assert direct._asked_held({"conv": [other], "autre": [first]}, wanted) == {"conv", "autre"}
    # a clause holding one topic word of four (« retiré ») stays absent (« mesure disciplinaire retirée du dossier »)
    listed = SidePick(INJURY[2], INJURY[2].text, 0.25, False, asked=0.4)
    assert "autre" not in direct._asked_held({"conv": [other], "autre": [listed]},
                                             frozenset(topic_words("mesure disciplinaire retirée du dossier")))


HARASSMENT = [
    _clause("conv", "9-4.04", "9-4.04 Un salarié qui prétend être victime de harcèlement psychologique peut déposer une "
                              "plainte par grief.", 1),
    _clause("autre", "10-9.13", "10-9.13 Une plainte de harcèlement psychologique peut être soumise à la procédure de "
                                "règlement des griefs.", 1),
    _clause("autre", "10-9.12", "10-9.12 Le comité remet son rapport sur la plainte aux parties dans les 30 jours qui "
                                "suivent sa formation.", 2),
]


def test_a_side_quoting_its_count_is_not_absent_when_its_article_is_on_the_topic():
    # the days asked are in 10-9.12, holding one word of the topic of four (« plainte »), the topic in 10-9.13 of its
    # article (DEV Q635: the Cris side said « aucune clause »)
    answer = _answers(HARASSMENT).answer(
        "Si je porte plainte pour harcèlement psychologique, en combien de jours le comité fait son rapport : l'entente "
        "autre comparé au Collège ?", [])
    assert ("autre", "10-9.12") in {(c.doc, c.clause) for c in answer.citations}, answer.text
    assert "Aucune clause" not in answer.text


def test_the_held_share_of_a_side_s_article_keeps_it_from_absent():
    direct = _answers(HARASSMENT)
    other = SidePick(HARASSMENT[0], HARASSMENT[0].text, 0.75, False)
    counted = SidePick(HARASSMENT[2], HARASSMENT[2].text, 0.25, True)
    wanted = frozenset(topic_words("porte plainte pour harcèlement psychologique"))
    assert direct._absent({"conv": [other], "autre": [counted]}, wanted) == {"autre"}
    assert direct._absent({"conv": [other], "autre": [replace(counted, held=0.75)]}, wanted) == set()


def test_a_side_lacks_the_topic_s_rarest_word_only_when_that_word_is_rare():
    # the topic's rarest word, « remplace », is in three passages of five: not rare (TopicParams.rare_share), so a side
    # whose sentence leaves it out is not « aucune clause » for it (DEV Q1036: Bourget 7-6.10, « remplace » 8.7 %)
    chunks = [
        _clause("conv", "7-6.10", "7-6.10 Après vingt et un (21) jours consécutifs pendant le congé, le salaire suit "
                                  "l'échelle.", 1),
        _clause("conv", "7-6.09", "7-6.09 Le suppléant qui remplace un salarié en congé reçoit son traitement.", 2),
        _clause("conv", "7-6.05", "7-6.05 Le suppléant qui remplace un collègue en congé reçoit le taux horaire.", 3),
        _clause("autre", "6-7.03", "6-7.03 La suppléante qui remplace une enseignante en congé est payée selon "
                                   "l'échelle après 20 jours.", 1),
        _clause("autre", "6-7.04", "6-7.04 La suppléante d'une enseignante en congé reçoit le taux prévu.", 2),
    ]
    direct = _answers(chunks)
    quiet = SidePick(chunks[0], chunks[0].text, 1 / 3, True)
    says = SidePick(chunks[3], chunks[3].text, 1.0, True)
    wanted = frozenset(topic_words("suppléant remplace en congé"))
    assert direct._lacking({"conv": [quiet], "autre": [says]}, wanted) == set()


def test_a_count_from_another_article_replaces_the_best_passage_only_when_it_holds_more_of_what_is_asked():
    copy = _clause("autre", "13-8.06", "13-8.06 La Commission fournit une copie du contrat et en expédie une copie au "
                                       "Syndicat.", 1)
    annex = _clause("autre", "9-9.01", "9-9.01 Une copie de ce contrat est expédiée aux syndicats dans les 30 jours.", 2)
    best = SidePick(copy, copy.text, 0.4, False, asked=0.34)
    counted = SidePick(annex, annex.text, 0.4, True, asked=0.34)
    # « une copie au syndicat, pis dans quel délai »: the agreement gives none; its best passage stays (DEV Q1239)
    assert _direct()._chosen([best, counted], counts=True)[0].chunk.clause_id == "13-8.06"
    # a counted clause holding more of the question's words gives the count asked (DEV Q1036: Cris 6-7.03)
    assert _direct()._chosen([best, replace(counted, asked=0.5)], counts=True)[0].chunk.clause_id == "9-9.01"


@pytest.mark.parametrize("question, topic", [
    # a noun phrase opening the question before a colon or a comma names what the rest asks about: it goes first
    ("Le congé sans solde d'un an : y a-tu une limite au nombre de profs qui peuvent le prendre en même temps, au "
     "Collège Bourget pis à la CS crie ?", "congé sans solde d'un an — limite au nombre de profs qui peuvent le prendre "
                                          "en même temps"),
    ("Pour la formation des profs, y a-tu de l'argent prévu chaque année, pis combien ? Chez les Cris comparé au "
     "Collège Bourget ?", "formation des profs — l'argent prévu chaque année"),
    # what opens the question alone when the rest only asks about it
    ("Les suppléants, ils ont droit à combien de jours de maladie au Collège Bourget vs les Cris ?", "suppléants"),
    # a sentence opening the question (« est ») names no topic
    ("Mon fils est malade, j'ai droit à des jours de congé au Collège Bourget pis chez les Cris ?",
     "droit à des jours de congé"),
])
def test_a_fronted_noun_phrase_goes_first_in_the_topic(question, topic):
    assert topic_of(question, NAMES) == topic
