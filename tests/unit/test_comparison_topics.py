"""How a comparison reads its topic in everyday wordings (assistant/comparisons.py): what is asked cut off the topic
(« à quelle heure », « c'est qui qui la fixe », « les deux conventions disent quoi »), a noun and its verb read as one
word (« choix » and « choisit »), and two things asked at once (« … ou … »), each found on its side; inline passages
and a word-overlap retriever, no index."""

from __future__ import annotations

import pytest

from assistant.comparisons import _share, topic_of, topic_parts, topic_words
from assistant.lookups import DirectAnswers
from assistant.types import Hit
from ingest.types import Chunk

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


def _clause(doc: str, clause_id: str, text: str, ordinal: int) -> Chunk:
    return Chunk(chunk_id=f"{doc}:{ordinal:05d}:1", doc=doc, clause_id=clause_id, kind="clause", text=text,
                 indexed_text=text, doc_title=doc, article=clause_id.split(".")[0] + ".00", ordinal=ordinal)


CHUNKS = [
    _clause("conv", "8-8.06", "8-8.06 À la demande de la direction, l'enseignant qui accepte d'accompagner un stagiaire "
                              "reçoit soixante-six pour cent (66 %) de l'enveloppe versée pour ce stagiaire.", 1),
    _clause("conv", "8-9.03", "8-9.03 Le nouvel enseignant reçoit le calendrier des réunions du prof titulaire.", 2),
    _clause("conv", "5-1.01", "5-1.01 Le Collège engage le personnel.", 3),
    _clause("autre", "2-1.01", "2-1.01 L'enseignant libéré est coach à 20 % pour les nouveaux enseignants ; sa "
                               "rémunération prévue au contrat demeure.", 1),
    _clause("autre", "2-1.02", "2-1.02 Les parties peuvent modifier l'entente.", 2),
]


def _direct() -> DirectAnswers:
    def retrieve(topic, docs):  # the passages of the document sharing most of the topic's words first
        wanted = set(topic_words(topic))
        mine = [c for c in CHUNKS if c.doc == docs[0]]
        ranked = sorted(mine, key=lambda c: -len(wanted & set(topic_words(c.text))))
        return [Hit(c, 1.0 / (rank + 1), ("bm25",)) for rank, c in enumerate(ranked)]

    documents = {"conv": {"title": "Convention de test", "aliases": ["Collège"]},
                 "autre": {"title": "Entente autre", "aliases": ["entente autre"]}}
    return DirectAnswers([], CHUNKS, documents, retrieve)


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
    def retrieve(topic, docs):  # ranked as the real retriever ranks 8-4.05 first
        return [Hit(c, 1.0 / (rank + 1), ("bm25",)) for rank, c in enumerate(c for c in STAFF if c.doc == docs[0])]

    documents = {"conv": {"title": "Convention de test", "aliases": ["Collège"]},
                 "autre": {"title": "Entente autre", "aliases": ["entente autre"]}}
    return DirectAnswers([], STAFF, documents, retrieve)


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
