"""A notice for a leave the question dates, on tiny inline clauses (assistant/deadline_answers.py): taking a leave on a
date is its start (« je vais prendre mon congé de maternité à partir du … »: 6-4.08's three weeks before the departure,
not 6-4.15's return notice before its expiry), while a delay set for teachers a condition names (6-5.13's candidate)
gains nothing from the start it runs from; a notice counted needs its clause to speak of the event asked (the Cris
agreement sets no maternity notice: no unrelated delay counted); a question asking only how far ahead (« il doit le
prévenir combien de temps avant ? ») is told the delay and its direction, no date computed. Weekdays checked by hand:
2027-09-02 and 2027-08-12 Thursdays."""

from __future__ import annotations

from .inline_answers import answered, direct_answers

MATERNITY = ("6-4.08 Pour obtenir le congé de maternité, la salariée éducatrice doit donner un préavis écrit au Collège "
             "au moins trois (3) semaines avant la date du départ.")
RETURN = ("6-4.15 La salariée éducatrice doit faire parvenir au Collège, au plus tard pendant la quatrième (4^e) semaine "
          "précédant l'expiration du congé de maternité, un avis écrit indiquant la date prévue de l'expiration de son "
          "congé.")
CONGRESS = ("8-3.02 Une fois aux 3 ans, sur demande écrite du Syndicat soumise à la Commission 18 mois avant la tenue de "
            "son congrès, celle-ci fera en sorte qu'un vendredi et un lundi apparaissent comme journées de congé aux "
            "calendriers scolaires.")
LAW = ("13-3.04 Le contrat n'est pas interrompu par un congé de maternité, de paternité ou d'adoption couvert par une "
       "loi en vigueur.")
ASSESSOR = ("9-2.16 L'arbitre peut délibérer en l'absence d'une assesseure ou d'un assesseur à condition de l'avoir avisé "
            "conformément à la clause 9-2.10 au moins 7 jours à l'avance.")


def test_taking_a_leave_on_a_date_is_its_start():
    for order in (("6-4.15", "6-4.08"), ("6-4.08", "6-4.15")):
        texts = {"6-4.08": MATERNITY, "6-4.15": RETURN}
        direct, hits = direct_answers({clause: texts[clause] for clause in order})
        answer = answered(direct, "Au Collège, je vais prendre mon congé de maternité à partir du jeudi 2 septembre "
                                  "2027. Quelle est la date limite pour avertir le Collège ?", hits)
        assert answer.text.startswith("**Au plus tard le jeudi 12 août 2027**"), order
        assert [c.clause for c in answer.citations][:1] == ["6-4.08"]


def test_a_notice_whose_clause_speaks_of_another_thing_is_not_counted():
    direct, hits = direct_answers({"8-3.02": CONGRESS, "13-3.04": LAW}, doc="cris")
    answer = direct.answer("Chez les Cris, je veux prendre mon congé de maternité le lundi 7 février 2028 ; je dois "
                           "aviser la Commission au plus tard quand ?", hits, ["cris"])
    assert answer is not None and answer.abstained
    assert "« maternité »" in answer.text and "13-3.04" in answer.text and "2026" not in answer.text


def test_how_far_ahead_asked_is_the_delay_and_its_direction():
    direct, hits = direct_answers({"9-2.16": ASSESSOR}, doc="cris")
    answer = answered(direct, "Chez les Cris, l'arbitre veut délibérer sans l'assesseur syndical. Il doit le prévenir "
                              "combien de temps avant ?", hits, ["cris"])
    assert answer.text.startswith("**Délai : au moins 7 jours (de calendrier) avant** (selon 9-2.16)")
    assert [c.clause for c in answer.citations] == ["9-2.16"]


ADOPTION = ("6-4.24 a) Le salarié éducateur qui adopte légalement un enfant a droit à un congé pour adoption d'une durée "
            "maximale de cinq (5) semaines.\n\nCe congé est accordé à la suite d'une demande écrite au moins trois (3) "
            "semaines à l'avance.")


def test_a_later_notice_naming_the_event_asked_is_counted():
    # 3 weeks before Monday 6 December 2027: Monday 15 November 2027 (not 6-4.15's return notice)
    direct, hits = direct_answers({"6-4.15": RETURN, "6-4.24": ADOPTION})
    answer = answered(direct, "Au Collège, je prends mon congé d'adoption le lundi 6 décembre 2027 ; je dois avertir "
                              "le Collège au plus tard quand ?", hits)
    assert answer.text.startswith("**Au plus tard le lundi 15 novembre 2027**")
    assert [c.clause for c in answer.citations][:1] == ["6-4.24"]
