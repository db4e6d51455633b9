"""A delay clause the hits miss, found by the agreements' words for the question's everyday ones, on tiny inline
Bourget clauses (assistant/deadline_answers.py ``_with_mapped``, assistant/colloquial.py ``agreement_phrases``): « la
direction veut changer mon horaire », « personnel de soutien » are 8-15.08's « modifier l'horaire de travail d'un
salarié éducateur non-enseignant sans un préavis de sept (7) jours de calendrier », searched in the agreement's clauses
when the retrieved passages hold only 8-4.02's 24 working hours before a teacher's meeting; 8-11.08 (the same notice
for an « animateur ») writes one of the two wordings only. Dates checked by hand: 2027-03-15 is a Monday (7 days
before: Monday 2027-03-08)."""

from __future__ import annotations

from assistant.colloquial import agreement_phrases

from .inline_answers import direct_answers, first_line

MEETING = ("8-4.02 - c) à moins d'une situation d'urgence, les rencontres ou les réunions prévues aux paragraphes qui "
           "précèdent doivent être convoquées et signifiées à l'enseignant visé au moins vingt-quatre (24) heures "
           "ouvrables à l'avance.")
ANIMATOR = ("8-11.08 Le Collège ne peut modifier l'horaire de travail d'un animateur sans un préavis de sept (7) jours de "
            "calendrier, à moins du consentement de l'animateur concerné ou en raison de mesures exceptionnelles.")
SUPPORT = ("8-15.08 Le Collège ne peut modifier l'horaire de travail d'un salarié éducateur non-enseignant sans un "
           "préavis de sept (7) jours de calendrier, à moins du consentement du salarié éducateur non-enseignant "
           "concerné ou en raison de mesures exceptionnelles.")
QUESTION = ("Je suis technicienne au Collège (personnel de soutien). La direction veut changer mon horaire à partir du "
            "lundi 15 mars 2027. Elle doit me prévenir au plus tard quand ?")


def test_each_wording_gives_its_agreement_words():
    assert {"modifier l'horaire de travail", "non-enseignant"} <= set(agreement_phrases(QUESTION))


def test_the_clause_writing_the_question_in_the_agreement_words_is_searched_beyond_the_hits():
    direct, hits = direct_answers({"8-4.02": MEETING, "8-11.08": ANIMATOR, "8-15.08": SUPPORT})
    line = first_line(direct, QUESTION, hits[:1], docs=["bourget"])  # retrieval found 8-4.02 only
    assert line.startswith("**Au plus tard le lundi 8 mars 2027** [Convention de test, 8-15.08]")


def test_a_question_of_no_named_agreement_is_left_to_its_hits():
    direct, hits = direct_answers({"8-4.02": MEETING, "8-11.08": ANIMATOR, "8-15.08": SUPPORT})
    assert "8-4.02" in first_line(direct, QUESTION.replace(" au Collège", ""), hits[:1])
