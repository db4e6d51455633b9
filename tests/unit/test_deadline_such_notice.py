"""A notice delay whose subject a sentence names back by « une telle … » and a notice asked in everyday words, on tiny
inline Bourget clauses (assistant/deadline_answers.py ``_sentence_words``, ``_NOTICE_WORDS``): 3-5.07's « Le Collège
doit être avisé d'une telle absence au moins trois (3) jours à l'avance » is read with the sentence before it (the
absence « pour remplir toute mission d'ordre syndical »), so a mission syndicale takes its 3 days, not 3-5.07 A's 48
hours before an arbitration hearing, which a question about the hearing keeps; « on doit me le dire au plus tard quand
? » asks for 8-15.08's notice of a schedule change.
Dates checked by hand: 2027-04-15 is a Thursday (3 days before: Monday 2027-04-12); 2027-03-10 a Wednesday (48 hours
before: Monday 2027-03-08); 2027-10-06 a Wednesday (7 days before: Wednesday 2027-09-29)."""

from __future__ import annotations

from .inline_answers import direct_answers, first_line

MISSION = ("3-5.07\n\nL'ensemble des salariés éducateurs dispose d'un maximum de quinze (15) jours d'absence par année "
           "de travail pour remplir toute mission d'ordre syndical, sans perte de traitement, mais avec remboursement par "
           "l'Association. Le Collège doit être avisé d'une telle absence au moins trois (3) jours à l'avance. Un maximum "
           "de trois (3) salariés éducateurs à la fois peut être libéré en vertu de la présente clause.")
HEARING = ("3-5.07 A Tout salarié éducateur requérant d'un grief (et un représentant syndical) lors d'un arbitrage peut "
           "s'absenter de son travail, après avis au Collège dans un délai d'au moins quarante-huit (48) heures "
           "précédant l'audition, sans perte de traitement et avec remboursement par l'Association, pour la durée de "
           "temps jugée nécessaire par le tribunal.")
SCHEDULE = ("8-15.08 Le Collège ne peut modifier l'horaire de travail d'un salarié éducateur non-enseignant sans un "
            "préavis de sept (7) jours de calendrier, à moins du consentement du salarié éducateur non-enseignant "
            "concerné ou en raison de mesures exceptionnelles.")


def test_a_sentence_naming_its_subject_back_by_such_is_read_with_the_one_before():
    direct, hits = direct_answers({"3-5.07": MISSION, "3-5.07 A": HEARING})
    question = ("Au Collège, je dois m'absenter pour une mission syndicale le jeudi 15 avril 2027. Je dois aviser le "
                "Collège au plus tard quand ?")
    assert first_line(direct, question, hits).startswith("**Au plus tard le lundi 12 avril 2027** [Convention de test, 3-5.07]")


def test_the_hearing_keeps_its_48_hours():
    direct, hits = direct_answers({"3-5.07": MISSION, "3-5.07 A": HEARING})
    question = ("Au Collège, j'ai déposé un grief et l'audition d'arbitrage est fixée au mercredi 10 mars 2027. Pour "
                "m'absenter et y assister, je dois aviser le Collège au plus tard quand ?")
    assert "3-5.07 A" in first_line(direct, question, hits)
    assert "lundi 8 mars 2027" in first_line(direct, question, hits)


def test_being_told_is_a_notice_asked():
    direct, hits = direct_answers({"8-15.08": SCHEDULE})
    question = ("Je travaille au Collège comme employée de soutien, pas comme enseignante. On m'annonce un nouvel horaire "
                "de travail qui commencerait le mercredi 6 octobre 2027 : on doit me le dire au plus tard quand ?")
    assert first_line(direct, question, hits).startswith("**Au plus tard le mercredi 29 septembre 2027**")


def test_a_rule_for_a_role_the_question_does_not_name_yields():
    """3-5.07 A, retrieved first, is for « requérant d'un grief »: a mission syndicale, no grievance named, takes
    3-5.07's 3 days; the hearing question, naming the grievance, keeps 3-5.07 A."""
    direct, hits = direct_answers({"3-5.07 A": HEARING, "3-5.07": MISSION})
    question = ("Au Collège, je dois m'absenter pour une mission syndicale le jeudi 15 avril 2027. Je dois aviser le "
                "Collège au plus tard quand ?")
    assert first_line(direct, question, hits).startswith("**Au plus tard le lundi 12 avril 2027** [Convention de test, 3-5.07]")
    question = ("Au Collège, j'ai déposé un grief et l'audition d'arbitrage est fixée au mercredi 10 mars 2027. Pour "
                "m'absenter et y assister, je dois aviser le Collège au plus tard quand ?")
    assert "3-5.07 A" in first_line(direct, question, hits)
