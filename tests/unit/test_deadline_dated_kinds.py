"""Dated deadlines of kinds that recur (assistant/deadline_answers.py ``_LENGTH_OF``, ``_MOMENT_AFTER``,
``_EXTRA_BEFORE``, ``_PLANNED``, ``without_hearsay``, ``_leave_length`` / ``_leave_end``, ``_late_prolongation``,
``_MISSED_TOLD``, ``_RULE_NAMED``; assistant/deadlines.py ``_PRECEDING_DAY``, ``_HELD_AFTER``, ``_HAS_UNTIL``), on tiny
inline clauses:

- a length the question gives its leave, however many words name the leave, is no delay to count, nor is a lateness
  it tells (« une semaine en retard ») or a length added (« rallongé d'une semaine »), nor years of studies;
- a notice asked before a date the question gives is counted back on its clause (6-4.35);
- a leave's last day from the length and first day the question gives, its first day counted (6-4.05), the article's
  sentence prolonging such a leave said after it (6-4.13);
- what a colleague claims (« Une collègue dit que … le 1er août ») is neither the event nor the delay asked;
- « le jour ouvrable suivant la demande » is one working day after it;
- a yearly date the question says will be missed leads with its clause's exception (« hors de son contrôle … jusqu'au
  1er octobre »); passed, that exception for a cause leads only when the question tells the cause, else next year's
  date leads with the exception said under it;
- a grievance delay already run out is said with the chapter's « de rigueur … entente écrite » sentence (10-1.06).

Weekdays checked by hand: 2027-06-01 Tuesday, 2029-01-15 Monday, 2027-07-23 Friday, 2030-04-22 Monday,
2027-10-01 Friday, 2028-04-06 Thursday, 2028-08-15 Tuesday."""

from __future__ import annotations

from assistant.deadline_answers import _asked_delay, _leave_length, without_hearsay
from assistant.deadlines import find_delays, find_fixed_dates, is_duration

from .inline_answers import answered, direct_answers, last_day

EARLY_RETURN = ("6-4.35 La salariée éducatrice ou le salarié éducateur qui s'est prévalu de l'option b) du congé parental "
                "sans traitement prévu à la clause 6-4.27 peut mettre fin à son congé après avoir donné au Collège un avis "
                "écrit d'au moins trois (3) semaines de la nouvelle date de son retour au travail.")
MATERNITY = ("6-4.05 La salariée éducatrice enceinte a droit à un congé de maternité d'une durée de vingt et une (21) "
             "semaines qui, sous réserve de la clause 6-4.07, doivent être consécutives.")
LATE_BIRTH = ("6-4.13 Si la naissance a lieu après la date prévue, la salariée éducatrice a droit à une prolongation de son "
              "congé de maternité égale à la période de retard, sauf si elle dispose déjà d'une période d'au moins deux "
              "(2) semaines de congé de maternité après la naissance.")
OFFER = ("5-3.21 E) Le défaut ou le refus d'accepter une offre écrite d'engagement à temps plein de la part d'une "
         "commission, dans les 10 jours de la réception de cette offre écrite d'engagement, entraîne la perte de tous les "
         "droits que cette enseignante ou cet enseignant peut avoir en vertu de la présente clause.")
SPECIAL_MEETING = ("4-1.07 Dans le cas d'une demande de réunion spéciale, le directeur des services pédagogiques transmet "
                   "à tous les membres l'avis de convocation et l'ordre du jour le jour ouvrable suivant la demande.")
RECLASSING = ("7-2.02 L'enseignant qui veut être reclassé doit transmettre au Collège, au plus tard le 15 août de chaque "
              "année, toutes les informations et pièces justificatives attestant le fait qu'il ait acquis de la "
              "scolarité additionnelle.\n\nDans l'éventualité où l'enseignant, pour des motifs hors de son contrôle, "
              "n'était pas en mesure de fournir au Collège les pièces justificatives appropriées dans le délai précité, "
              "il aura alors jusqu'au 1er octobre pour les fournir au Collège.")
GRIEVANCE = ("10-1.02 Dans les quarante (40) jours ouvrables de la connaissance des faits donnant naissance au grief, "
             "l'Association soumet le grief au Collège par écrit.")
RIGOUR = ("10-1.06 Les délais prévus au présent chapitre pour soumettre un grief au Collège ou le déférer à l'arbitre sont "
          "de rigueur à moins d'une entente écrite entre l'Association et le Collège pour les prolonger.")


def test_lengths_latenesses_and_studies_are_no_delay_asked():
    assert _asked_delay("Je suis en congé parental sans traitement à temps complet de 52 semaines, jusqu'à quand ?") is None
    assert _asked_delay("Mon bébé est né le 27 janvier, une semaine en retard. Mon congé est-tu rallongé d'une "
                        "semaine ?") is None
    assert _asked_delay("J'ai réussi une année d'études additionnelle. Jusqu'à quand ?") is None
    assert _asked_delay("On m'a donné 10 jours ouvrables pour répondre, jusqu'à quand ?") is not None
    sentence = "De même, une (1) année d'études au deuxième cycle équivaut à une (1) année d'expérience."
    assert all(is_duration(sentence, delay) for delay in find_delays(sentence))


def test_a_notice_before_a_return_is_counted_back_past_the_leave_length():
    direct, hits = direct_answers({"6-4.35": EARLY_RETURN})
    question = ("Au Collège, je suis en congé parental sans traitement à temps complet de 52 semaines (l'option b), pis "
                "je voudrais revenir plus tôt, le lundi 5 février 2029. Mon avis écrit doit être donné au plus tard "
                "quand ?")
    assert last_day(direct, question, hits) == "lundi 15 janvier 2029"


def test_a_leave_ends_its_length_after_its_first_day_counted():
    direct, hits = direct_answers({"6-4.05": MATERNITY, "6-4.13": LATE_BIRTH})
    question = ("Au Collège, mon congé de maternité de 21 semaines a commencé le mercredi 6 janvier 2027. Mon bébé est "
                "né une semaine en retard. Il finit quand ?")
    assert _leave_length(question).amount == 21
    answer = answered(direct, question, hits)
    assert answer.text.startswith("**Dernier jour du congé : le mardi 1er juin 2027**")
    assert "période de retard" in answer.text  # 6-4.13 said after the count
    assert {"6-4.05", "6-4.13"} <= {c.clause for c in answer.citations}
    assert _leave_length("Mon congé de 21 semaines, je peux le demander jusqu'à quand ?") is None  # no end asked


def test_what_a_colleague_claims_is_not_the_teachers_facts():
    question = ("J'ai reçu le mardi 13 juillet 2027 une offre écrite de contrat à temps plein. Une collègue dit que pour "
                "une offre reçue en juillet, les 10 jours partent juste le 1er août. C'est quoi ma vraie date limite ?")
    assert "1er août" not in without_hearsay(question)
    assert without_hearsay("Mon ami pense que non.") == "Mon ami pense que non."  # nothing left: kept whole
    direct, hits = direct_answers({"5-3.21": OFFER}, doc="cris")
    assert last_day(direct, question, hits) == "vendredi 23 juillet 2027"


def test_the_next_working_day_after_a_request():
    (delay,) = find_delays(SPECIAL_MEETING)
    assert (delay.amount, delay.unit, delay.direction) == (1, "working_days", "after")
    direct, hits = direct_answers({"4-1.07": SPECIAL_MEETING})
    question = ("Au Collège, trois membres ont demandé une réunion spéciale le jeudi 18 avril 2030. Le directeur doit "
                "envoyer la convocation au plus tard quand ?")
    # Good Friday (19 April 2030) is a Quebec holiday; Easter Monday is not, without an agreement clause naming it
    assert last_day(direct, question, hits) == "lundi 22 avril 2030"


def test_a_date_said_missed_leads_with_the_clauses_exception():
    assert [(d.month, d.day, d.kind) for d in find_fixed_dates(RECLASSING)] == [(8, 15, "by"), (10, 1, "by")]
    direct, hits = direct_answers({"7-2.02": RECLASSING})
    question = ("J'ai fini une année d'études, mais l'université tarde, c'est pas de ma faute : je pourrai pas donner mon "
                "relevé au Collège pour le 15 août 2027. J'ai jusqu'à quand pour le remettre ?")
    text = answered(direct, question, hits).text
    assert text.startswith("**Au plus tard le vendredi 1er octobre 2027**")
    assert "hors de son contrôle" in text


def test_a_delay_run_out_is_said_with_its_chapters_rigour():
    direct, hits = direct_answers({"10-1.02": GRIEVANCE, "10-1.06": RIGOUR})
    question = ("Au Collège, j'ai appris le jeudi 10 février 2028 que le Collège m'avait pas payé. On est le 20 avril "
                "2028. C'était quoi la date limite pour le grief, pis y a-tu encore moyen ?")
    answer = answered(direct, question, hits)
    assert "déjà expiré" in answer.text and "de rigueur" in answer.text and "entente écrite" in answer.text
    assert "10-1.06" in {c.clause for c in answer.citations}


def test_an_exception_for_a_cause_leads_a_passed_date_only_when_the_question_tells_it():
    direct, hits = direct_answers({"7-2.02": RECLASSING})
    untold = ("On est le 20 août 2027 et j'ai fini ma maîtrise cet été. Jusqu'à quand je peux envoyer mes pièces "
              "justificatives au Collège pour être reclassé ?")
    assert last_day(direct, untold, hits) == "mardi 15 août 2028"  # next year's date leads
    assert "motifs hors de votre contrôle" in answered(direct, untold, hits).text  # the exception said under it
    told = untold.replace("cet été.", "cet été, mais l'université m'a pas envoyé mon relevé, c'est pas de ma faute.")
    assert last_day(direct, told, hits) == "vendredi 1er octobre 2027"
