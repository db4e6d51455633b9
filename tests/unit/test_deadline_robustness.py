"""Deadline questions written the way teachers ask them (assistant/deadline_answers.py, assistant/deadlines.py), on
tiny inline clauses: « je dois donner mon avis quand ? » asks for a deadline; a period someone « dispose » of to act
(« le Collège dispose d'une période de trente (30) jours pour décider ») is a time limit, not a length of time; a
notice asked for an event the question dates ahead prefers the delay counted back from that event."""

from __future__ import annotations

from datetime import date

from assistant.deadline_answers import _DEADLINE_CUE, _NOTICE_ASKED, _PLANNED
from assistant.deadlines import find_delays, is_duration

from .inline_answers import answered, direct_answers, last_day

VACANCY = ("5-2.01 Sous réserve des dispositions de la clause 5-2.06, lorsqu'un poste devient définitivement vacant en "
           "cours d'année scolaire, le Collège dispose d'une période de trente (30) jours pour décider de combler, "
           "d'abolir ou de modifier le poste. Une fois sa décision prise, il la communique à l'Association dans les cinq "
           "(5) jours ouvrables.")
PATERNITY = ("6-4.20 b) À l'occasion de la naissance de son enfant, le salarié éducateur a aussi droit à un congé de "
             "paternité d'au plus cinq (5) semaines qui doivent être consécutives.\n\nCe congé est accordé à la suite "
             "d'une demande écrite présentée au moins trois (3) semaines à l'avance.")
PARENTAL = ("6-4.27 Le congé parental sans traitement commence au moment décidé par le salarié éducateur et se termine "
            "au plus tard un (1) an après la naissance ou l'arrivée de l'enfant.")


def test_when_must_i_is_a_deadline_question():
    for question in ("Je dois donner mon avis quand ?", "Quand dois-je faire ma demande ?",
                     "Quand faut-il remettre le formulaire ?", "Jusqu'à quand pour le grief ?",
                     "L'ordre du jour doit être envoyé quand si la réunion est le 14 octobre 2026 ?",
                     "Je dois le remettre quand au juste ?"):
        assert _DEADLINE_CUE.search(question), question
    for question in ("Quand je suis malade, je dois aviser qui ?", "C'est quoi un jour ouvrable ?",
                     "Je dois aviser quand je suis malade ?", "Il faut faire quoi quand le Collège refuse ?"):
        assert not _DEADLINE_CUE.search(question), question


def test_a_period_one_disposes_of_to_act_is_a_time_limit():
    first = find_delays(VACANCY)[0]
    assert (first.amount, first.unit) == (30, "calendar_days")
    assert not is_duration(VACANCY, first)
    leave = "réputée en congé sans traitement pour une période n'excédant pas quatre (4) semaines"
    assert is_duration(leave, find_delays(leave)[0])  # still a length of time


def test_the_period_to_decide_is_counted_not_the_delay_to_communicate():
    direct, hits = direct_answers({"5-2.01": VACANCY})
    answer = answered(direct, "Un poste est devenu vacant le 4 décembre 2026. Le Collège a jusqu'à quand pour décider "
                              "s'il le comble ?", hits)
    assert answer.kind == "deadline"
    # 30 calendar days: Sunday 3 January 2027, moved to Monday 4 January (as every calendar-day count)
    assert answer.text.startswith("**Au plus tard le lundi 4 janvier 2027**")


def test_a_notice_for_an_event_dated_ahead_prefers_the_delay_counted_back_from_it():
    question = "Quand dois-je faire ma demande de congé de paternité si je veux le commencer le 1er mars 2027 ?"
    assert _NOTICE_ASKED.search(question) and _PLANNED.search(question)
    direct, hits = direct_answers({"6-4.27": PARENTAL, "6-4.20": PATERNITY})  # 6-4.27 ranked first
    answer = answered(direct, question, hits)
    assert answer.text.startswith("**Au plus tard le lundi 8 février 2027**")
    assert {c.clause for c in answer.citations} == {"6-4.20"}
    assert date(2027, 3, 1).toordinal() - date(2027, 2, 8).toordinal() == 21
    # a grievance notice (« avis de grief ») dated in the past is no notice asked
    assert not _NOTICE_ASKED.search("Le Collège a reçu notre avis de grief le 2 mars 2026")


AGENDA = ("4-2.08 L'ordre du jour est envoyé à tous les membres du comité par le Collège cinq (5) jours ouvrables avant "
          "la date prévue de la réunion.")


def test_a_notice_due_working_days_before_a_meeting_asked_with_doit_quand():
    direct, hits = direct_answers({"4-2.08": AGENDA})
    # Oct 13, 9, 8, 7, 6 (Monday 12 October, Thanksgiving, a Québec holiday, left out): Tuesday 6 October
    assert last_day(direct, "L'ordre du jour du CRT doit être envoyé quand si la réunion est le mercredi 14 octobre "
                            "2026 ?", hits) == "mardi 6 octobre 2026"


RECALL_FIRST = ("13-3.01 La Commission dresse une première liste de rappel dans les 120 jours de l'entrée en vigueur de ce "
                "chapitre et remet une copie au Syndicat.")
RECALL_NEXT = ("13-3.02 Dans les 20 jours ouvrables suivant la remise de la liste au Syndicat, ce dernier fait part à la "
               "Commission, par écrit, de ses observations à l'égard de cette liste.")


def test_the_delay_that_runs_from_the_event_the_question_dates_is_preferred():
    """« la Commission a remis au syndicat la liste … le 18 décembre 2026 » is what 13-3.02's 20 working days run
    from (« suivant la remise de la liste au Syndicat »), not 13-3.01's 120 days (« de l'entrée en vigueur … »), though
    13-3.01 is the first hit and shares as many words."""
    direct, hits = direct_answers({"13-3.01": RECALL_FIRST, "13-3.02": RECALL_NEXT})
    answer = answered(direct, "La Commission a remis au syndicat la liste le 18 décembre 2026. Jusqu'à quand le "
                              "syndicat peut-il faire ses observations ?", hits)
    assert {c.clause for c in answer.citations} >= {"13-3.02"}
    assert "13-3.01" not in {c.clause for c in answer.citations}
    assert "20 jours ouvrables" in answer.text
