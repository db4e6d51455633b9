"""A comparison side's further clauses when the question has several sentences (assistant/comparisons.py
``_told_apart``, ``_adds_to``): a case told and then asked, a question and then the agreements named in a sentence of
their own, two things asked in turn. Such a question's words, spread over its sentences, find beside the rule asked its
article's neighbours; a further clause stays only when it adds what the first lacks: its quoted sentence names the
first, it holds more of the question's own words, every word of the topic, or a count where the first gives none.
A question of one sentence keeps its further clauses as before. Inline passages, no index."""

from __future__ import annotations

import pytest

from assistant.comparisons import SidePick, _adds_to, _told_apart
from assistant.lookups import DirectAnswers
from assistant.types import Hit
from tests.unit.test_comparisons import cited, clause


def _pick(clause_id: str, text: str, asked: float, coverage: float = 0.5, quote: str | None = None) -> SidePick:
    return SidePick(clause("conv", clause_id, text, int(clause_id.split(".")[1])), quote or text, coverage, False,
                    asked=asked)


FIRST = _pick("7-3.06", "7-3.06 L'enseignant se voit reconnaître au plus une (1) année d'expérience par année de "
                        "travail.", 0.6)
NEIGHBOUR = _pick("7-3.03", "7-3.03 Une année de travail compte deux cents (200) jours de travail.", 0.3)


@pytest.mark.parametrize("question", [
    # a case told, then asked (DEV Q1543's shape)
    "J'ai enseigné pis travaillé dans mon métier la même année. On peut-tu me reconnaître deux années d'expérience ?",
    # the question, then the agreements in a sentence of their own (DEV Q1103's shape)
    "Une fois la sentence rendue, peut-on encore la contester ? Au Collège pis chez les Cris ?",
    # two things asked in turn, other words, another order
    "Le comité se réunit combien de fois par année ? Pis on peut-tu demander une réunion de plus ?",
    # a case told with « ! », then asked
    "Je commence au Collège en janvier! Mes années à l'école de métiers comptent-tu comme expérience?",
])
def test_a_question_of_several_sentences_leaves_out_a_neighbour_adding_nothing(question):
    assert _told_apart(question, [FIRST, NEIGHBOUR]) == [FIRST]


@pytest.mark.parametrize("question", [
    "On peut-tu me reconnaître deux années d'expérience si j'ai enseigné pis travaillé dans mon métier la même année ?",
    "Au Collège pis chez les Cris, une fois la sentence rendue, peut-on encore la contester ?",
    "Selon la clause 6-1.02, combien de jours pour un déménagement au Collège vs chez les Cris ?",  # « . » of a number
])
def test_a_question_of_one_sentence_keeps_its_further_clauses(question):
    assert _told_apart(question, [FIRST, NEIGHBOUR]) == [FIRST, NEIGHBOUR]


def test_a_further_clause_naming_the_first_in_its_quoted_sentence_adds_to_it():
    delay = _pick("7-3.08", "7-3.08 Aux fins d'application de la clause 7-3.06, le Collège informe l'enseignant.", 0.1)
    assert _adds_to(FIRST, delay)


def test_a_further_clause_holding_more_asked_words_adds_to_it():
    assert _adds_to(FIRST, _pick("7-3.05", "7-3.05 L'expérience dans un métier est reconnue par année.", 0.61))
    assert not _adds_to(FIRST, _pick("7-3.05", "7-3.05 L'expérience dans un métier est reconnue par année.", 0.6))


def test_a_further_clause_holding_every_topic_word_adds_to_it():
    manual = _pick("6-1.21", "6-1.21 Le « Manuel d'évaluation de la scolarité » est celui fait par le Ministère.", 0.2,
                   coverage=1.0)
    assert _adds_to(FIRST, manual)


def test_a_further_clause_giving_a_count_the_first_lacks_adds_to_it():
    fees = _pick("10-2.14", "10-2.14 Les honoraires de l'arbitre sont payés à cinquante pour cent (50 %) par chaque "
                            "partie.", 0.1)
    uncounted_first = _pick("10-2.12", "10-2.12 Les frais de l'arbitre sont partagés entre les parties.", 0.6)
    assert _adds_to(uncounted_first, fees)
    counted_first = _pick("10-2.12", "10-2.12 L'arbitre est payé dans les trente (30) jours.", 0.6)
    assert not _adds_to(counted_first, fees)  # both give a count: the further one's is another rule's


def test_one_clause_alone_is_left_as_it_is():
    assert _told_apart("Je me marie. Combien de jours ?", [FIRST]) == [FIRST]
    assert _told_apart("Je me marie. Combien de jours ?", []) == []


# -- through the whole comparison --------------------------------------------------------------------------

CONV = [
    clause("conv", "7-3.03", "7-3.03 Aux fins du présent article, le Collège compte deux cents (200) jours ouvrables "
                             "d'expérience.", 1),
    clause("conv", "7-3.06", "7-3.06 L'enseignant qui a enseigné et travaillé dans son métier la même année se voit "
                             "reconnaître au plus une (1) année d'expérience.", 2),
]
AUTRE = [
    clause("autre", "6-4.07", "6-4.07 En aucun temps, l'enseignante qui a enseigné et travaillé dans son métier la "
                              "même année ne se voit reconnaître plus d'une (1) année d'expérience.", 1),
]
BY_ID = {(c.doc, c.clause_id): c for c in CONV + AUTRE}
ORDER = {"conv": ["7-3.06", "7-3.03"], "autre": ["6-4.07"]}  # whatever the query: the rule asked, then its neighbour


@pytest.fixture(scope="module")
def direct() -> DirectAnswers:
    def retrieve(query, docs):
        (doc,) = docs
        return [Hit(BY_ID[(doc, c)], 1.0 / (rank + 1), ("bm25",)) for rank, c in enumerate(ORDER[doc])]

    documents = {"conv": {"title": "Convention de test", "aliases": ["Collège"]},
                 "autre": {"title": "Entente autre", "aliases": ["entente autre"]}}
    return DirectAnswers([], CONV + AUTRE, documents, retrieve)


@pytest.mark.parametrize("question", [
    "J'ai enseigné pis travaillé dans mon métier la même année. On peut-tu me reconnaître deux années d'expérience "
    "au Collège comparé à l'entente autre ?",
    "On peut-tu me reconnaître deux années d'expérience si j'ai enseigné pis travaillé dans mon métier la même année ? "
    "Au Collège pis dans l'entente autre ?",
])
def test_the_neighbour_found_by_a_question_of_several_sentences_is_not_quoted(direct, question):
    answer = direct.answer(question, [])
    assert answer.kind == "comparison"
    assert cited(answer) == {"conv": ["7-3.06"], "autre": ["6-4.07"]}



@pytest.mark.parametrize("question", [
    "L'affaire est arrivée en juin. On a combien de jours pour déposer un grief ?",
    "Combien de jours pour déposer un grief ? Je compare le Collège pis l'entente autre.",
])
def test_a_further_clause_naming_the_first_stays_in_a_question_of_several_sentences(question):
    first = _pick("10-1.02", "10-1.02 Dans les quarante (40) jours ouvrables de la connaissance des faits, "
                             "l'Association dépose le grief.", 0.8)
    summer = _pick("10-1.07", "10-1.07 Aux fins d'application de la clause 10-1.02, les délais ne courent pas du "
                              "1er juillet au 22 août.", 0.2)
    assert _told_apart(question, [first, summer]) == [first, summer]
