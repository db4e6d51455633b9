"""A comparison side said to have no clause only on evidence about its own question (assistant/comparisons.py): filler
(« comment chaque entente le définit ») is no topic, a case one agreement alone is named with (« pis dans l'entente
autre pour un prof avec un contrat de 1 280 heures ») is asked of that agreement only, a side asked its own case is read
on its own question's words, a weak first clause gives way to one holding more of the topic and of the question;
inline passages and a word-overlap retriever, no index."""

from __future__ import annotations

from dataclasses import replace

import pytest

from assistant.comparisons import SidePick, _shown_instead, topic_of, topic_words
from assistant.lookups import DirectAnswers
from assistant.questions import asks_itself
from assistant.types import Hit
from ingest.types import Chunk
from tests.unit.test_comparison_topics import DOCUMENTS, NAMES, _answers as _answers_over, _by_overlap, _clause

SENIORITY = [
    _clause("conv", "5-3.02", "5-3.02 En aucun cas le salarié éducateur ne peut accumuler plus d'une année "
                              "d'ancienneté par année d'engagement.", 1),
    _clause("conv", "6-3.02", "6-3.02 Au début de chaque année, le Collège crédite sept (7) jours de congés de "
                              "maladie.", 2),
    _clause("autre", "13-14.01", "13-14.01 Pour l'enseignant dont le contrat est de 1 280 heures, une année "
                                 "d'ancienneté est reconnue pour chaque année scolaire sous contrat à temps plein de "
                                 "200 jours de travail.", 1),
    _clause("autre", "5-3.13", "5-3.13 L'enseignant qui refuse son affectation est présumé avoir démissionné.", 2),
]


def _answers(chunks: list[Chunk] = SENIORITY) -> DirectAnswers:
    return _answers_over(chunks, _by_overlap(chunks))


@pytest.mark.parametrize("question, topic", [
    # « comment chaque entente le définit » says each side is asked, not what (DEV Q1337's topic was « chaque entente le
    # définit », the Collège said to have no clause on it)
    ("Pis un prof à temps plein, comment chaque entente le définit : chez les Cris comparé au Collège Bourget ?",
     "prof à temps plein"),
    # « année scolaire » is a term both agreements define, not a unit then a connector
    ("Pis une année scolaire, comment chaque entente la définit : au Collège Bourget comparé aux Cris ?",
     "année scolaire"),
    ("La voie rapide pour régler un grief : c'est quoi les limites en jours dans chaque cas, au Collège Bourget pis "
     "chez les Cris ?", "voie rapide pour régler un grief"),
])
def test_words_saying_each_side_is_asked_are_no_topic(question, topic):
    assert topic_of(question, NAMES) == topic


def test_a_piece_says_of_whom_without_asking():
    assert not asks_itself("chez les Cris pour une prof qui a dû le reporter ?")  # « qui » of a relative clause
    assert asks_itself("En une année, on peut accumuler combien d'ancienneté au maximum")
    assert asks_itself("Qui choisit l'arbitre") and asks_itself("je peux-tu le prendre")


QUALIFIED = ("En une année, on peut accumuler combien d'ancienneté au maximum : au Collège, pis dans l'entente autre "
             "pour un prof avec un contrat de 1 280 heures ?")


def test_a_case_one_agreement_alone_is_named_with_is_asked_of_that_agreement_only():
    asked = _answers()._side_questions(QUALIFIED, ["conv", "autre"])
    assert "1 280" not in asked["conv"].question and "ancienneté" in asked["conv"].question
    assert "1 280" in asked["autre"].question and "ancienneté" in asked["autre"].question
    assert {"contrat", "280"} <= asked["conv"].others  # another side's case: no evidence against the Collège
    # the agreement named after what both are asked, or a piece asking itself: the whole question to each
    assert _answers()._side_questions("Le congé de paternité dans l'entente autre, combien de semaines, comparé au "
                                      "Collège ?", ["conv", "autre"]) == {}
    assert _answers()._side_questions("Les réunions : au Collège, pis dans l'entente autre, les profs à temps partiel "
                                      "sont-tu payés ?", ["conv", "autre"]) == {}


def test_a_side_is_not_absent_on_another_sides_case():
    answer = _answers().answer(QUALIFIED, [])
    cited = {(c.doc, c.clause) for c in answer.citations}
    assert ("conv", "5-3.02") in cited and ("autre", "13-14.01") in cited, cited
    assert "Aucune clause" not in answer.text


def test_a_side_asked_its_own_case_is_read_on_its_own_question():
    direct = _answers()
    what = frozenset(topic_words("perds mon poste faute de travail"))
    weak = SidePick(SENIORITY[0], "le salarié doit accepter le poste dans les 48 heures", 0.25, True, asked=0.41)
    strong = SidePick(SENIORITY[2], "demeure inscrit sur les listes jusqu'à concurrence de 3 ans", 0.78, True)
    picks = {"conv": [weak], "autre": [strong]}
    assert direct._absent(picks, what) == {"conv"}  # its shares beside another side's, read on other words
    assert direct._absent(picks, what, own_case={"conv": frozenset(), "autre": frozenset()}) == set()
    assert direct._absent({"conv": [SidePick(SENIORITY[0], "la paie", 0.0, True, asked=0.1)], "autre": [strong]},
                          what, own_case={"conv": frozenset(), "autre": frozenset()}) == {"conv"}


def test_a_side_does_not_lack_a_word_of_another_sides_case():
    # « 280 » rare: held by 1 passage of 24 (TopicParams.rare_share of them at most)
    filler = [_clause("conv", f"7-1.{n:02d}", f"7-1.{n:02d} Le Collège verse la paie.", 10 + n) for n in range(20)]
    direct = _answers(SENIORITY + filler)
    wanted = frozenset(topic_words("accumuler ancienneté contrat 1 280 heures"))
    conv = SidePick(SENIORITY[0], "ne peut accumuler plus d'une année", 0.2, False)
    autre = SidePick(SENIORITY[2], "dont le contrat est de 1 280 heures", 0.6, False)
    picks = {"conv": [conv], "autre": [autre]}
    assert direct._lacking(picks, wanted) == {"conv"}  # « 1 280 », the rarest words, quoted by the other side only
    foreign = {"conv": frozenset(topic_words("contrat 1 280 heures")), "autre": frozenset()}
    assert direct._lacking(picks, wanted, foreign=foreign) == set()


BENEFITS = [
    _clause("conv", "Annexe P", "Annexe P Les taux horaires du suppléant incluent l'ensemble des avantages sociaux, "
                                "incluant l'indemnité de vacances annuelles.", 1),
    _clause("autre", "5-10.12", "5-10.12 ¹ Lire « 8 jours » au lieu de « 35 jours » pour le droit au retour.", 1),
    _clause("autre", "6-7.03", "6-7.03 G) Le suppléant occasionnel n'a droit à aucun avantage sauf ceux prévus.", 2),
]


def test_a_side_about_to_be_said_absent_shows_a_better_held_clause_instead():
    # its first clause a footnote holding 1 word of 5, behind it one holding 2 and more of the question's own words
    footnote, rule = (SidePick(BENEFITS[1], "¹ Lire « 8 jours » au lieu de « 35 jours » pour le droit au retour.",
                               0.2, False, asked=0.13),
                      SidePick(BENEFITS[2], "Le suppléant occasionnel n'a droit à aucun avantage", 0.4, False,
                               asked=0.47))
    annex = SidePick(BENEFITS[0], "incluent l'ensemble des avantages sociaux", 0.6, False, asked=0.67)
    picks = {"conv": [annex], "autre": [replace(footnote, alternative=rule)]}
    assert _shown_instead(picks, {"autre"}) == {"autre"} and picks["autre"] == [rule]
    assert _shown_instead({"autre": [footnote]}, {"autre"}) == set()  # none: absent as before
    # a retriever putting the footnote first, as the index's does for the Cris side (DEV Q1335)
    direct = DirectAnswers([], BENEFITS, DOCUMENTS, lambda query, docs: [
        Hit(c, 1.0 / c.ordinal, ("bm25",)) for c in BENEFITS if c.doc == docs[0]])
    answer = direct.answer("Comme suppléant occasionnel, j'ai-tu droit aux avantages sociaux pis aux vacances ? Dans "
                           "l'entente autre comparé au Collège ?", [])
    assert ("autre", "6-7.03") in {(c.doc, c.clause) for c in answer.citations}, answer.text
    assert "Aucune clause" not in answer.text


def test_a_terms_definition_is_quoted_without_its_neighbours():
    direct = _answers()
    term, neighbour, elsewhere = (replace(_clause("conv", cid, text, n), article_title="Définitions") for cid, text, n in (
        ("1-2.07", "1-2.07 Année scolaire La période du 1er juillet au 30 juin de l'année suivante.", 1),
        ("1-2.06", "1-2.06 Année de scolarité Toute année d'études reconnue.", 2),
        ("1-2.08", "1-2.08 Année d'expérience Toute année reconnue.", 3)))
    first = SidePick(term, term.text, 1.0, False)
    # a neighbour of the definitions' article holding half the topic, another clause holding it all (DEV Q1420)
    others = [SidePick(neighbour, neighbour.text, 0.5, False),
              SidePick(replace(SENIORITY[1], article_title="Année de travail"), "l'année scolaire compte 200 jours",
                       1.0, False)]
    wanted = frozenset(topic_words("année scolaire"))
    assert direct._chosen([first, *others], False, wanted=wanted) == [first]
    # another definition of the same term is kept (Bourget 1-2.61 and 1-2.33 « à temps partiel », DEV Q1336)
    part_time = [replace(_clause("conv", cid, text, n), article_title="Définitions") for cid, text, n in (
        ("1-2.61", "1-2.61 Salarié éducateur à temps partiel\n\nCelui qui travaille moins d'heures.", 4),
        ("1-2.33", "1-2.33 Enseignant à temps partiel (ou chargé de cours)\n\nCelui dont la charge est moindre.", 5),
        ("1-2.63", "1-2.63 Salarié éducateur permanent\n\nCelui, à temps partiel ou non, qui a sa permanence.", 6))]
    picks = [SidePick(c, c.text, 1.0, False) for c in part_time]
    assert [p.chunk.clause_id for p in direct._chosen(picks, False, wanted=frozenset(topic_words("temps partiel")))] \
        == ["1-2.61", "1-2.33"]
    # a first clause of another article keeps its on-topic neighbours
    rule = SidePick(replace(SENIORITY[1], article_title="Congés de maladie"), SENIORITY[1].text, 1.0, False)
    assert len(direct._chosen([rule, SidePick(elsewhere, elsewhere.text, 1.0, False)], False)) == 2
