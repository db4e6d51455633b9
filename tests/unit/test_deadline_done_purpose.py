"""Of a clause's two delays, the one after the act the question tells done (assistant/deadline_answers.py
``_purpose_done``, assistant/deadlines.py ``starting_point``'s « Une fois … , »), on the tiny inline Bourget 5-2.01:
its 30 days « pour décider de combler, d'abolir ou de modifier le poste » are over for a question saying the decision
was taken on its date (« la direction a pris sa décision de l'abolir le jeudi 8 octobre 2026 »): the 5 working days
« Une fois sa décision prise » to tell the Association are asked (DEV Q1521). A vacancy dated, the decision still to
take, keeps the 30 days. Dates checked by hand: 2026-10-08 is a Thursday, 2026-11-07 a Saturday (9 November, Monday)."""

from __future__ import annotations

from assistant.deadlines import find_delays, starting_point

from .inline_answers import answered, direct_answers, last_day

VACANCY = ("5-2.01 Sous réserve des dispositions de la clause 5-2.06, lorsqu'un poste devient définitivement vacant en "
           "cours d'année scolaire, le Collège dispose d'une période de trente (30) jours pour décider de combler, "
           "d'abolir ou de modifier le poste. Une fois sa décision prise, il la communique à l'Association dans les "
           "cinq (5) jours ouvrables.")
TAKEN = ("Un poste est devenu vacant au Collège pis la direction a pris sa décision de l'abolir le jeudi 8 octobre 2026. "
         "Elle doit l'annoncer à l'Association au plus tard quand ?")


def test_a_delay_after_a_step_runs_from_that_step():
    sentence = "Une fois sa décision prise, il la communique à l'Association dans les cinq (5) jours ouvrables."
    [delay] = find_delays(sentence)
    assert starting_point(sentence, delay) == "Une fois sa décision prise"


def test_a_decision_told_taken_asks_the_delay_after_it():
    direct, hits = direct_answers({"5-2.01": VACANCY})
    text = answered(direct, TAKEN, hits).text
    assert "5 jours ouvrables" in text and "novembre" not in last_day(direct, TAKEN, hits)
    decided = ("Au Collège, la direction a décidé le lundi 2 novembre 2026 de combler un poste devenu vacant. Elle a "
               "jusqu'à quand pour communiquer sa décision à l'Association ?")
    assert last_day(direct, decided, hits) == "lundi 9 novembre 2026"


def test_a_decision_still_to_take_keeps_its_delay():
    direct, hits = direct_answers({"5-2.01": VACANCY})
    question = "Un poste est devenu vacant au Collège le jeudi 8 octobre 2026. Le Collège a jusqu'à quand pour décider s'il l'abolit ?"
    assert last_day(direct, question, hits) == "lundi 9 novembre 2026"
    assert "30 jours" in answered(direct, question, hits).text
