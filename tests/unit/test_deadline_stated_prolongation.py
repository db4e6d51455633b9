"""A prolongation whose condition the question states leads (assistant/deadline_answers.py
``DeadlineAnswers._stated_prolongation``), on tiny inline Cris clauses: 9-1.01's « étape préalable » (the local
procedure) prolongs 9-1.03's 120 days by 60; a question saying the disagreement « doit passer par la procédure locale
de règlement » is answered with 180 days, the 120 days said after; one saying nothing of it keeps 120 days leading and
the 180 as a note (DEV Q1531). Dates checked by hand: 2028-01-13 is a Thursday, 2028-03-13 a Monday."""

from __future__ import annotations

from .inline_answers import answered, direct_answers, last_day

LOCAL = ("9-1.01 Le Syndicat et la Commission conviennent, par écrit, d'une procédure de règlement de mésentente au "
         "niveau local qui doit précéder la présente procédure. Il est entendu que cette étape préalable prolonge le "
         "délai prévu à la clause 9-1.03 de 60 jours. Les deux parties sont soumises également à cette procédure.")
NOTICE = ("9-1.03 L'avis de grief doit être posté ou télécopié ou remis dans les 120 jours de la date de l'événement qui "
          "a donné naissance au grief.")
STATED = ("Chez les Cris, une mésentente sur ma tâche est survenue le mercredi 15 septembre 2027 pis elle doit passer "
          "par la procédure locale de règlement avant le grief. Le Syndicat a jusqu'à quand pour remettre l'avis de "
          "grief ?")
PLAIN = ("Chez les Cris, une mésentente sur ma tâche est survenue le mercredi 15 septembre 2027. Le Syndicat a jusqu'à "
         "quand pour remettre l'avis de grief ?")


def test_a_prolongation_the_question_states_leads():
    direct, hits = direct_answers({"9-1.03": NOTICE, "9-1.01": LOCAL}, doc="cris")
    assert last_day(direct, STATED, hits) == "lundi 13 mars 2028"
    text = answered(direct, STATED, hits).text
    assert "Sans elle (120 jours (de calendrier)) : au plus tard le jeudi 13 janvier 2028" in text
    assert "9-1.01" in text


def test_a_question_without_the_condition_keeps_the_delay_leading():
    direct, hits = direct_answers({"9-1.03": NOTICE, "9-1.01": LOCAL}, doc="cris")
    assert last_day(direct, PLAIN, hits) == "jeudi 13 janvier 2028"
    assert "Si cette prolongation s'applique à votre cas (180 jours (de calendrier)) : au plus tard le lundi 13 mars 2028" \
        in answered(direct, PLAIN, hits).text
