"""A request for an event the question dates ahead (assistant/deadline_answers.py, assistant/deadlines.py), on tiny
inline clauses: a yearly date (6-5.04 « avant le 1er avril d'une année pour l'année d'engagement suivante ») is the
last one before the event, not the next one after it; a delay counted after another moment (6-5.01 « dans les 3 ans
après le retour ») does not outrank it; a delay set for teachers a condition names (6-5.13 « Le salarié éducateur qui
se porte candidat à une charge publique ») yields when the question says nothing of that condition. Weekday checked
by hand: 2027-03-31 Wednesday."""

from __future__ import annotations

from datetime import date

from assistant.deadlines import FixedDate, compute_fixed_date, format_fixed_answer

from .inline_answers import direct_answers

YEARLY = ("6-5.04 La demande pour l'obtention d'un congé sans traitement de même que pour le renouvellement d'un congé "
          "sans traitement doit être adressée par écrit et soumise au Collège avant le 1er avril d'une année pour "
          "l'année d'engagement suivante.")
AFTER_RETURN = ("6-5.01 Le salarié éducateur permanent qui désire obtenir un second congé sans traitement doit attendre "
                "au moins trois (3) ans après le retour de son premier congé pour en faire la demande.")
CANDIDATE = ("6-5.13 Le salarié éducateur qui se porte candidat à une charge publique (député, maire, conseiller) "
             "obtient, sur demande soumise quinze (15) jours avant son départ, un congé sans traitement.")
QUESTION = ("Je veux prendre un congé sans traitement à partir du 1er août 2027, je dois faire ma demande au plus "
            "tard quand ?")


def test_a_yearly_date_for_an_event_dated_ahead_is_the_last_one_before_it():
    rule = FixedDate(month=4, day=1, kind="before", phrase="avant le 1er avril", source_clause="6-5.04")
    ahead = compute_fixed_date(date(2027, 8, 1), rule, ahead_of=True)
    assert ahead.end_date == date(2027, 3, 31)
    assert "(avant le 1er août 2027)" in format_fixed_answer(ahead)
    assert compute_fixed_date(date(2027, 3, 1), rule, ahead_of=True).end_date == date(2026, 3, 31)
    assert compute_fixed_date(date(2027, 8, 1), rule).end_date == date(2028, 3, 31)  # from today: the next one


def test_a_request_for_a_dated_leave_takes_the_yearly_date_over_a_delay_after_another_moment_or_for_others():
    for order in (("6-5.13", "6-5.04", "6-5.01"), ("6-5.01", "6-5.04", "6-5.13")):
        texts = {"6-5.04": YEARLY, "6-5.01": AFTER_RETURN, "6-5.13": CANDIDATE}
        direct, hits = direct_answers({clause: texts[clause] for clause in order})
        answer = direct.answer(QUESTION, hits)
        assert answer is not None and answer.text.startswith("**Au plus tard le mercredi 31 mars 2027**"), order
        assert [c.clause for c in answer.citations][:1] == ["6-5.04"]


def test_a_delay_for_teachers_a_condition_names_holds_when_the_question_names_it():
    direct, hits = direct_answers({"6-5.04": YEARLY, "6-5.13": CANDIDATE})
    answer = direct.answer("Je me porte candidat à une charge publique, je veux partir en congé sans traitement le "
                           "1er août 2027, je dois faire ma demande au plus tard quand ?", hits)
    # 15 days before Sunday 1 August 2027: Saturday 17 July 2027
    assert answer is not None and [c.clause for c in answer.citations][:1] == ["6-5.13"]


GRIEVANCE = ("9-1.03 L'avis de grief doit être posté ou télécopié ou remis dans les 120 jours de la date de l'événement "
             "qui a donné naissance au grief.")
ARBITRATION = ("9-2.02 Le Syndicat qui désire déférer un grief à l'arbitrage doit, dans les 60 jours suivant la date du "
               "récépissé constatant le dépôt du grief tel que prévu à la clause 9-1.05, donner un avis écrit à cet "
               "effet à la Commission.")


def test_a_delay_from_the_event_giving_rise_to_a_grievance_runs_from_whatever_event_is_dated():
    # as on the real index: the arbitration clause first, the grievance notice third
    direct, hits = direct_answers({"9-2.02": ARBITRATION, "9-2.06": "9-2.06 L'arbitre est choisi.",
                                   "9-1.03": GRIEVANCE}, doc="cris")
    answer = direct.answer("J'ai reçu mon avis de mise à pied le 15 avril 2026, le syndicat a jusqu'à quand pour "
                           "contester ?", hits)
    # 120 days from 15 April 2026: Thursday 13 August 2026
    assert answer is not None and answer.text.startswith("**Au plus tard le jeudi 13 août 2026**")
    assert [c.clause for c in answer.citations][:1] == ["9-1.03"]
