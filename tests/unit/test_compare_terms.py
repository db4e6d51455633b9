"""A term a comparison sets in quotes (« Être « régulier », ça veut dire quoi … ? ») is answered on each side by the
clause of its article of definitions defining it (assistant/comparisons.py: ComparisonAnswers._defined_terms), and a
definition giving every staff a status is no other staff's rule for one sentence of it (_for_all_staff); inline
passages, no index."""

from __future__ import annotations

import pytest

from assistant.comparisons import SidePick, _other_staff, topic_words
from assistant.questions import quoted_terms
from ingest.types import Chunk
from tests.unit.test_comparison_topics import _answers, _in_order


def _defined(doc: str, clause_id: str, title: str, text: str, ordinal: int) -> Chunk:
    """A clause of a document's article of definitions (« 1-2.00 Définitions »), its title the term it defines."""
    article = clause_id.split(".")[0] + ".00"
    return Chunk(chunk_id=f"{doc}:{ordinal:05d}:1", doc=doc, clause_id=clause_id, kind="clause",
                 text=f"{clause_id} {title}\n\n{text}", indexed_text=text, doc_title=doc, article=article,
                 article_title="Définitions", title=title, ordinal=ordinal)


def _rule(doc: str, clause_id: str, text: str, ordinal: int) -> Chunk:
    article = clause_id.split(".")[0] + ".00"
    return Chunk(chunk_id=f"{doc}:{ordinal:05d}:1", doc=doc, clause_id=clause_id, kind="clause", text=text,
                 indexed_text=text, doc_title=doc, article=article, article_title="Conditions de travail",
                 ordinal=ordinal)


# the retriever finds the rules naming the word first, as the real one did (DEV Q1400, Q1403)
CHUNKS = [
    _rule("conv", "8-11.02", "8-11.02 La semaine régulière de travail de l'animateur régulier est de quarante (40) "
                             "heures.", 90),
    _rule("conv", "5-2.01", "5-2.01 Le Collège dispose d'une période de trente (30) jours pour combler le poste.", 80),
    _defined("conv", "1-2.24", "Cours (ou période)", "Le cours ou la période signifie la durée de temps pendant "
                                                     "laquelle un enseignant enseigne.", 24),
    _defined("conv", "1-2.47", "Période de probation", "Période de temps pendant laquelle le Collège évalue un nouveau "
                                                       "salarié éducateur.", 47),
    _defined("conv", "1-2.64", "Salarié éducateur régulier", "Tout salarié éducateur qui n'est pas un salarié "
                                                             "éducateur suppléant.", 64),
    _rule("autre", "11-14.01", "11-14.01 Lorsqu'une enseignante ou un enseignant régulier quitte, la Commission comble "
                               "le poste régulier.", 90),
    _rule("autre", "5-10.04", "5-10.04 Une période d'invalidité est toute période continue d'invalidité.", 80),
    _defined("autre", "1-1.27", "Enseignante ou enseignant régulier", "L'enseignante ou l'enseignant engagé par "
                                                                      "contrat annuel renouvelable tacitement.", 27),
    _defined("autre", "1-1.36", "Période", "Une unité de durée variable de la subdivision de l'horaire des élèves.", 36),
    _defined("autre", "1-1.44", "Suppléante ou suppléant régulier", "L'enseignante ou l'enseignant régulier dont la "
                                                                    "tâche consiste à remplacer les absents.", 44),
]


@pytest.mark.parametrize("question, wanted", [
    # the term's words all in the defined name, the fewest the question says nowhere (« un prof »: « enseignant »)
    ("Être « régulier », ça veut dire quoi : pour un salarié du Collège, versus un prof dans l'entente autre ?",
     {("conv", "1-2.64"), ("autre", "1-1.27")}),
    # a name given in parentheses (« Cours (ou période) »), not a longer name holding the term (« Période de probation »)
    ("Une « période », ça veut dire quoi au Collège, pis dans l'entente autre ?",
     {("conv", "1-2.24"), ("autre", "1-1.36")}),
])
def test_a_quoted_term_is_answered_by_its_definition(question, wanted):
    answer = _answers(CHUNKS, _in_order(CHUNKS)).answer(question, [])
    assert {(c.doc, c.clause) for c in answer.citations} == wanted
    assert "Aucune clause" not in answer.text


def test_a_count_asked_of_a_quoted_term_is_not_answered_by_its_definition():
    # « combien de jours »: the definition gives none, the rule counting it answers
    answer = _answers(CHUNKS, _in_order(CHUNKS)).answer(
        "La « période » pour combler un poste, c'est combien de jours au Collège comparé à l'entente autre ?", [])
    assert ("conv", "5-2.01") in {(c.doc, c.clause) for c in answer.citations}


@pytest.mark.parametrize("question, terms", [
    ("Chez les Cris, un « enseignant remplaçant », c'est qui ?", ("enseignant remplaçant",)),
    ("L'« échelon d'expérience », c'est-tu défini pareil ?", ("échelon d'expérience",)),
    ("Une “période”, pis un « cours » ?", ("période", "cours")),
    ("Il m'a écrit « tu n'es pas un salarié éducateur régulier de ce collège » : c'est vrai ?", ()),  # a sentence
    ("C'est quoi un grief ?", ()),
])
def test_quoted_terms(question, terms):
    assert quoted_terms(question) == terms


SUBSTITUTE = _defined(
    "conv", "1-2.65", "Salarié éducateur suppléant",
    "Tout salarié éducateur engagé pour remplacer un salarié éducateur temporairement absent. Le suppléant à long "
    "terme remplace un autre salarié éducateur pendant vingt et un (21) jours et plus. Dans le cas où le salarié "
    "éducateur non-enseignant suppléant à long terme effectue un travail déterminé, la durée ne doit pas excéder six "
    "(6) mois.", 65)


def test_a_definition_for_all_staff_is_quoted_for_a_sentence_naming_no_other_staff():
    # DEV Q1401: 1-2.65 quoted for its sentence on the non-teaching staff was left out for « un prof », the Collège
    # side said to have no clause
    direct = _answers([SUBSTITUTE], _in_order([SUBSTITUTE]))
    wanted = frozenset(topic_words("quelqu'un qui remplace un prof absent"))
    pick = SidePick(SUBSTITUTE, SUBSTITUTE.text[SUBSTITUTE.text.index("Dans le cas"):], 0.0, False)
    assert _other_staff(pick)
    shown = direct._for_all_staff("conv", pick, wanted)
    assert not _other_staff(shown) and "temporairement absent" in shown.quote and shown.coverage > 0
    # another article's clause on another staff stays that staff's rule
    rule = SidePick(CHUNKS[0], CHUNKS[0].text, 0.0, False)
    assert direct._for_all_staff("conv", rule, wanted) is rule


def test_a_side_asked_its_own_case_shows_the_definition_holding_the_question_rather_than_no_clause():
    # DEV Q1401: the Collège side's best passage (an absence's certificate) holds nothing of « quelqu'un qui remplace
    # un prof absent pendant plusieurs semaines »; 1-2.65 holds 2 of its 7 words and a third of the question's own:
    # it is shown, not « Aucune clause »
    chunks = [_rule("conv", "7-8.02", "7-8.02 Si l'absence excède trois (3) jours consécutifs, le salarié éducateur "
                                      "fournit un certificat médical.", 80), SUBSTITUTE,
              _rule("conv", "3-1.01", "3-1.01 Le statut des parties est reconnu.", 81),
              _defined("autre", "1-1.23", "Enseignante ou enseignant remplaçant", "L'enseignante ou l'enseignant "
                       "employé pour remplacer une enseignante ou un enseignant absent.", 23)]
    answer = _answers(chunks, _in_order(chunks)).answer(
        "Dans l'entente autre, un « enseignant remplaçant », c'est qui ? Pis au Collège, quelqu'un qui remplace un "
        "prof absent pendant plusieurs semaines, il a quel statut ?", [])
    assert {(c.doc, c.clause) for c in answer.citations} == {("conv", "1-2.65"), ("autre", "1-1.23")}
    assert "Aucune clause" not in answer.text


def test_a_side_led_by_a_definition_has_the_other_agreements_definition_of_that_name_beside_it():
    # DEV Q1398: the Cris side quoted 1-1.46 « Traitement », the Collège side 8-15.01 on the non-teaching staff's days;
    # Bourget's 1-2.73 « Traitement (ou salaire) » holds more of the topic: it is quoted alone
    chunks = [_rule("conv", "8-15.01", "8-15.01 Considérant les jours de congés rémunérés du salarié éducateur "
                                       "non-enseignant et les jours fériés, chômés et payés.", 90),
              _defined("conv", "1-2.73", "Traitement (ou salaire)", "La rémunération en monnaie courante à laquelle "
                       "donne droit l'échelle, laquelle comprend les jours de travail, les jours fériés chômés et payés "
                       "et les jours de vacances annuelles.", 73),
              _defined("conv", "1-2.75", "Traitement total", "La rémunération totale en monnaie courante.", 75),
              _defined("autre", "1-1.46", "Traitement", "La rémunération en monnaie courante selon l'échelle, laquelle "
                       "comprend tous les jours de travail, les jours fériés et chômés et les jours de vacances.", 46)]
    answer = _answers(chunks, _in_order(chunks)).answer(
        "Mon salaire annuel, est-ce qu'il comprend déjà mes jours fériés pis mes vacances ? Au Collège pis dans "
        "l'entente autre ?", [])
    assert {(c.doc, c.clause) for c in answer.citations} == {("conv", "1-2.73"), ("autre", "1-1.46")}
