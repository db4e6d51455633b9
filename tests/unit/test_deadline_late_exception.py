"""A yearly date already passed on the day the question says it is, and a case the question says a step is excluded
from (assistant/deadline_answers.py ``_count_fixed``, ``_exception``, ``_exception_said``, ``_passed_day``,
``_told_dates``, ``_LENGTH_OF``, ``_NOT_TAKEN``; assistant/deadlines.py ``compute_date_after``, ``fixed_last_day``), on
tiny inline clauses:

- passed, with a later date its clause writes for an exceptional request (« Toutefois … avant le 1er juin »): that
  date leads, the normal one is said passed, and what the article says follows such a request is quoted (6-5.05);
- not passed: the normal date leads and the exception is said after it;
- passed, with no exception: next year's date leads and is said to be next year's at once, not only in the
  assumptions; a « Cependant » sentence of the clause about another matter is no exception;
- the limit the question quotes (« j'ai oublié de demander avant le 1er avril ») is no event, and « mon congé … d'un
  an » no delay to count;
- a grievance whose matter the question says is excluded from the local step gets no 60 more days.

Weekdays checked by hand: 2031-05-31 Saturday, 2031-03-31 Monday, 2027-08-15 Sunday, 2026-08-15 Saturday,
2027-04-15 Thursday, 2027-06-14 Monday."""

from __future__ import annotations

from datetime import date

from assistant.deadline_answers import _asked_delay, _told_dates
from assistant.deadlines import FixedDate, compute_date_after, fixed_last_day

from .inline_answers import answered, direct_answers, last_day

LEAVE_REQUEST = ("6-5.04 La demande pour l'obtention d'un congé sans traitement de même que pour le renouvellement d'un "
                 "congé sans traitement doit être adressée par écrit et soumise au Collège avant le 1er avril d'une année "
                 "pour l'année d'engagement suivante.\n\nToutefois, selon des situations particulières ou "
                 "exceptionnelles, une demande pour l'obtention d'un congé sans traitement de même que pour son "
                 "renouvellement peut être examinée à la discrétion du Collège si elle est soumise avant le 1er juin.")
LEAVE_ANSWER = ("6-5.05 Le Collège fait parvenir une réponse au salarié éducateur qui a demandé un congé sans traitement "
                "avant le 1er mai d'une année pour l'année d'engagement suivante, ou avant le 15 juin dans le cas d'une "
                "demande exceptionnelle soumise avant le 1er juin.")
RECLASSING = ("7-2.02 L'enseignant qui veut être reclassé doit transmettre au Collège, au plus tard le 15 août de chaque "
              "année, toutes les informations et pièces justificatives attestant le fait qu'il ait acquis de la "
              "scolarité additionnelle.\n\nCependant, l'enseignant qui revient d'un congé avant le 31 décembre conserve "
              "son rang.")
LOCAL_STEP = ("9-1.01 Le Syndicat et la Commission conviennent, par écrit, d'une procédure de règlement de mésentente au "
              "niveau local qui doit précéder la présente procédure. Il est entendu que cette étape préalable prolonge "
              "le délai prévu à la clause 9-1.03 de 60 jours.")
GRIEVANCE = ("9-1.03 L'avis de grief doit être posté ou télécopié ou remis dans les 120 jours de la date de l'événement "
             "qui a donné naissance au grief.")


def test_the_exception_of_a_passed_date_leads():
    direct, hits = direct_answers({"6-5.04": LEAVE_REQUEST, "6-5.05": LEAVE_ANSWER})
    question = ("J'ai oublié de demander avant le 1er avril mon congé sans traitement d'un an pour 2031-2032. On est le "
                "8 avril 2031 : y a-tu encore moyen, pis jusqu'à quand ?")
    assert last_day(direct, question, hits) == "samedi 31 mai 2031"
    text = answered(direct, question, hits).text
    assert "Le délai normal est passé" in text and "lundi 31 mars 2031" in text
    assert "discrétion du Collège" in text and "15 juin" in text  # the exception and 6-5.05's answer quoted
    assert "6-5.05" in {c.clause for c in answered(direct, question, hits).citations}


def test_a_date_still_ahead_leads_and_its_exception_follows():
    direct, hits = direct_answers({"6-5.04": LEAVE_REQUEST})
    question = "On est le 3 mars 2031. Pour 2031-2032, je veux un congé sans traitement. C'est quoi la date limite ?"
    assert last_day(direct, question, hits) == "lundi 31 mars 2031"
    assert "Si cette date est manquée" in answered(direct, question, hits).text


def test_a_passed_date_without_exception_is_said_next_years_at_once():
    direct, hits = direct_answers({"7-2.02": RECLASSING})
    question = ("On est le 20 août 2026 et je viens de finir ma maîtrise. Jusqu'à quand je peux envoyer mes pièces "
                "justificatives au Collège pour être reclassé ?")
    assert last_day(direct, question, hits) == "dimanche 15 août 2027"
    second = answered(direct, question, hits).text.split("\n\n")[1]
    assert "déjà passée" in second and "n'y prévoit pas d'exception" in second  # « Cependant … » is another matter


def test_the_limit_quoted_is_no_event_and_the_leave_length_no_delay():
    question = "J'ai oublié de demander avant le 1er avril mon congé d'un an. On est le 10 avril 2029 : jusqu'à quand ?"
    assert _told_dates(question, date(2029, 4, 10)) == [date(2029, 4, 10)]
    assert _told_dates("Ma demande avant le 1er avril 2029. On est le 10 avril 2029", date(2029, 4, 10)) == [
        date(2029, 4, 1), date(2029, 4, 10)]  # a date with its year is told
    assert _asked_delay("mon congé sans traitement d'un an pour 2029-2030") is None
    assert _asked_delay("on m'a donné 10 jours ouvrables pour répondre") is not None


def test_dates_after_a_passed_one():
    rule = FixedDate(month=6, day=1, kind="before", phrase="avant le 1er juin", source_clause="6-5.04")
    assert compute_date_after(date(2031, 3, 31), rule, date(2031, 4, 8)).end_date == date(2031, 5, 31)
    assert compute_date_after(date(2031, 6, 20), rule, date(2031, 6, 25)).end_date == date(2032, 5, 31)
    assert fixed_last_day(2026, FixedDate(month=8, day=15, kind="by")) == date(2026, 8, 15)


def test_a_matter_excluded_from_the_local_step_gets_no_prolongation():
    direct, hits = direct_answers({"9-1.03": GRIEVANCE, "9-1.01": LOCAL_STEP}, doc="cris")
    excluded = ("Chez les Cris, la Commission a cessé de me verser mes prestations d'assurance-salaire le mercredi 16 "
                "décembre 2026. C'est un sujet exclu de la procédure locale de mésentente. Le syndicat a jusqu'à quand "
                "pour envoyer l'avis de grief ?")
    assert last_day(direct, excluded, hits) == "jeudi 15 avril 2027"
    included = ("Chez les Cris, la Commission m'a lésé le mercredi 16 décembre 2026. Notre mésentente doit passer par la "
                "procédure locale de règlement de mésentente. Le syndicat a jusqu'à quand pour envoyer l'avis de grief ?")
    assert last_day(direct, included, hits) == "lundi 14 juin 2027"
