"""Deadlines read on wordings and clauses the earlier deadline items did not use (helper D8, gold Q1175-Q1229):

- a start the delay's sentence named before and takes up by a demonstrative (Cris 10-9.11 « À la demande écrite …,
  la Commission et le Syndicat constituent dans les 10 jours suivant cette demande, un comité … ») is what the delay
  runs from, so the committee's own delay wins over the next step's (10-9.12, « … qui suivent la date de sa
  constitution »);
- « pour une période de vingt-quatre (24) mois à compter de la date d'expiration du contrat » (Bourget 5-5.04) is a
  period whose end a question asks, not a length; a leave « d'une durée maximale de dix (10) semaines à compter de … »
  stays a length;
- a delay for another act from the same start (Cris 5-2.08's 45 days « de l'entrée en vigueur de la convention ») is
  no other procedure for the act asked (10-2.02's translation, six months from that start);
- an event that must precede the request asked (Cris 5-15.02 « le décès … est survenu dans les 30 jours précédant
  cette demande ») is preferred, the event told done, to a clause sharing more words with the question.

The dates of a question may be written « 2027/10/04 », « jeudi le 4 » (no month: the latest such day on or before
today, or the next one in a sentence telling what is to come) or « le vendredi 5 mars » (no year: the year nearest
today where that day is a Friday).

Weekdays checked by hand: 2027-09-13 Monday, 2027-09-23 Thursday, 2027-10-04 Monday, 2027-10-14 Thursday, 2027-01-15
Friday, 2029-01-15 Monday, 2026-11-03 Tuesday, 2026-12-03 Thursday, 2006-06-28 Wednesday, 2006-12-28 Thursday,
2006-08-12 Saturday (so 45 days end on Monday 14 August 2006 by the carry-over rule)."""

from __future__ import annotations

from assistant.deadlines import find_delays, is_duration, starting_point

from .inline_answers import answered, direct_answers, last_day

COMMITTEE = ("10-9.11 À la demande écrite de la ou des personnes plaignantes, la Commission et le Syndicat constituent "
             "dans les 10 jours suivant cette demande, un comité composé d'un membre désigné par chaque partie.")
REPORT = ("10-9.12 Le comité remet son rapport aux parties et à la ou aux personnes plaignantes et intimées dans les 30 "
          "jours qui suivent la date de sa constitution.")
RECALL = ("5-5.04 Le salarié éducateur permanent mis à pied est inscrit sur la liste de rappel pour une période de "
          "vingt-quatre (24) mois à compter de la date d'expiration du contrat d'engagement en vigueur au moment de sa "
          "mise à pied. À la date de la signature de la présente convention, les salariés éducateurs inscrits sur la "
          "liste de rappel sont ceux indiqués à l'annexe F.")
RECALL_NOTICE = ("5-5.03 Le salarié éducateur permanent qui est mis à pied en vertu du présent article reçoit du Collège "
                 "un avis écrit à cet effet. Le Collège doit transmettre à l'Association, avant le 1er mai, la liste des "
                 "salariés éducateurs qui ont reçu un tel avis.")
TRANSLATION = ("Le Ministère et la Commission conviennent de fournir une traduction en langue crie de la convention "
               "dans les 6 mois de l'entrée en vigueur de la convention. »")
SENIORITY = ("Dans les 45 jours de l'entrée en vigueur de la convention, la Commission établit l'ancienneté au 30 juin "
             "2006 de toute enseignante ou tout enseignant à son emploi et en fait parvenir une liste au Syndicat.")
UNPAID = ("« 5-15.02\n\nLa Commission accorde à l'enseignante ou l'enseignant un congé sans traitement pour une période "
          "n'excédant pas la fin de l'année scolaire, lorsque la demande d'obtention de congé indique la date projetée "
          "de son départ et si :\n\n- a) le décès de sa conjointe ou son conjoint ou de son enfant à charge est survenu "
          "dans les 30 jours précédant cette demande;\n- b) ou sa conjointe ou son conjoint ou son enfant à charge est "
          "atteint d'une maladie grave au moment de sa demande.")
SABBATICAL = ("À la fin de ces 2 années, le contrat cesse et si l'enseignante ou l'enseignant n'a pas déjà pris son "
              "congé sabbatique, le traitement non versé est remboursé sans intérêt, à la fin de l'année scolaire.")


def test_a_demonstrative_takes_up_the_start_named_before():
    delay = find_delays(COMMITTEE)[0]
    assert starting_point(COMMITTEE, delay) == "suivant cette demande"
    sentence = "La direction rencontre l'enseignante dans les cinq (5) jours ouvrables après cette plainte, à l'école."
    assert starting_point(sentence, find_delays(sentence)[0]) == "après cette plainte"
    # a clause of its own joined by « et » is no part of the start (Bourget 6-6.20)
    laid_off = ("Advenant la mise à pied du salarié éducateur, le contrat prend fin le soixantième (60e) jour suivant "
                "cette mise à pied et les dispositions de la clause 6-6.16 s'appliquent, à moins qu'entre-temps le "
                "salarié éducateur n'ait été rappelé au travail.")
    assert starting_point(laid_off, find_delays(laid_off)[0]) == "suivant cette mise à pied"


def test_the_committee_is_formed_within_its_own_delay_not_the_report_s():
    direct, hits = direct_answers({"10-9.12": REPORT, "10-9.11": COMMITTEE}, doc="cris")
    for question, day in (
            ("Avec une collègue, on a remis notre demande écrite pour harcèlement le 2027-09-13. D'ici quelle date le "
             "comité doit-il être mis sur pied ?", "jeudi 23 septembre 2027"),
            ("Notre demande écrite date du lundi 4 octobre 2027. Le comité doit être formé au plus tard quand ?",
             "jeudi 14 octobre 2027"),
            ("J'ai fait ma demande par écrit le 13/09/2027 ; la Commission pis le syndicat ont jusqu'à quand pour "
             "nommer leurs membres du comité ?", "jeudi 23 septembre 2027")):
        assert last_day(direct, question, hits) == day, question


def test_the_report_still_runs_from_the_constitution():
    direct, hits = direct_answers({"10-9.12": REPORT, "10-9.11": COMMITTEE}, doc="cris")
    answer = answered(direct, "Le comité a été constitué le lundi 13 septembre 2027. Il doit remettre son rapport au "
                              "plus tard quand ?", hits)
    assert answer.text.startswith("**Au plus tard le mercredi 13 octobre 2027**")
    assert {c.clause for c in answer.citations} == {"10-9.12"}


def test_a_period_from_a_named_start_ends_on_a_day_a_length_does_not():
    assert not is_duration(RECALL, find_delays(RECALL)[0])
    leave = ("Le salarié éducateur bénéficie d'un congé sans traitement d'une durée maximale de dix (10) semaines à "
             "compter de la prise en charge effective de cet enfant.")
    assert is_duration(leave, find_delays(leave)[0])
    plain = "Le congé est accordé pour une période de quatre (4) semaines."
    assert is_duration(plain, find_delays(plain)[0])


def test_the_recall_list_ends_twenty_four_months_after_the_contract():
    direct, hits = direct_answers({"5-5.04": RECALL, "5-5.03": RECALL_NOTICE})
    for question in ("J'étais permanente au Collège, j'ai été mise à pied ; mon contrat a expiré le vendredi 15 janvier "
                     "2027. Je suis sur la liste de rappel jusqu'à quand ?",
                     "Mis à pied au Collège, contrat échu le 2027-01-15 : c'est quoi la dernière journée où je reste "
                     "inscrit sur la liste de rappel ?"):
        answer = answered(direct, question, hits)
        assert answer.text.startswith("**Au plus tard le lundi 15 janvier 2029**"), question
        assert {c.clause for c in answer.citations} == {"5-5.04"}


def test_a_delay_for_another_act_from_the_same_start_is_no_other_procedure():
    direct, hits = direct_answers({"5-2.08": SENIORITY, "10-2.02": TRANSLATION}, doc="cris")
    answer = answered(direct, "Chez les Cris, l'entente est en vigueur depuis le mercredi 28 juin 2006. La traduction "
                              "en langue crie devait être fournie au plus tard quand ?", hits)
    assert answer.text.startswith("**Au plus tard le jeudi 28 décembre 2006**")
    assert {c.clause for c in answer.citations} == {"10-2.02"}
    other = answered(direct, "Chez les Cris, l'entente est en vigueur depuis le 28 juin 2006. La Commission avait "
                             "jusqu'à quand pour établir l'ancienneté et en faire parvenir la liste au Syndicat ?", hits)
    assert other.text.startswith("**Au plus tard le lundi 14 août 2006**")


def test_an_event_before_the_request_counts_the_request_s_last_day():
    direct, hits = direct_answers({"Annexe XI": SABBATICAL, "5-15.02": UNPAID}, doc="cris")
    for question, day in (
            ("Chez les Cris, ma fille, qui était à ma charge, est décédée le 2027-01-20. Je voudrais un congé sans "
             "traitement jusqu'à la fin de l'année scolaire : ma demande doit être faite au plus tard quand ?",
             "vendredi 19 février 2027"),
            ("Mon conjoint est mort le mardi 3 novembre 2026. Pour avoir un congé sans traitement jusqu'à la fin de "
             "l'année, je dois déposer ma demande avant quelle date ?", "jeudi 3 décembre 2026")):
        answer = answered(direct, question, hits)
        assert answer.text.startswith(f"**Au plus tard le {day}**"), question
        assert {c.clause for c in answer.citations} == {"5-15.02"}, question


def test_a_weekday_written_before_a_day_without_year_chooses_its_year():
    from datetime import date

    from assistant.deadlines import parse_dates

    today = date(2027, 2, 24)  # a Wednesday
    assert parse_dates("la rencontre est le vendredi 5 mars", today) == [date(2027, 3, 5)]  # 5 March 2026: a Thursday
    assert parse_dates("vendredi le 5 mars", today) == [date(2027, 3, 5)]
    assert parse_dates("j'ai reçu l'avis le jeudi 5 mars", today) == [date(2026, 3, 5)]  # already that weekday
    assert parse_dates("le 5 mars", today) == [date(2026, 3, 5)]  # no weekday: the latest on or before today
    assert parse_dates("En 2028, le vendredi 5 mars", today) == [date(2028, 3, 5)]  # a year stated wins


def test_a_weekday_and_a_day_without_month_and_a_year_first_with_slashes():
    from datetime import date

    from assistant.deadlines import parse_dates

    today = date(2027, 2, 24)
    assert parse_dates("Le Collège a reçu notre grief jeudi le 4.", today) == [date(2027, 2, 4)]
    assert parse_dates("La rencontre aura lieu le lundi 8.", today) == [date(2027, 3, 8)]  # told ahead: the next one
    assert parse_dates("J'ai remis ma demande le mardi 30.", today) == [date(2026, 6, 30)]
    assert parse_dates("lundi à 8 h 30, du lundi au vendredi 5 jours", today) == []
    assert parse_dates("déposée le 2027/10/04", today) == [date(2027, 10, 4)]


def test_dates_written_other_ways_reach_the_count():
    direct, hits = direct_answers({"10-9.12": REPORT, "10-9.11": COMMITTEE}, doc="cris")
    assert last_day(direct, "On est le 24 février 2027. Notre demande écrite a été remise jeudi le 4. Le comité doit "
                            "être formé au plus tard quand ?", hits) == "lundi 15 février 2027"  # Sunday 14th carried
    assert last_day(direct, "On est le 1er mars 2027. Notre demande écrite sera remise le mardi 6 avril. Le comité "
                            "devra être formé au plus tard quand ?", hits) == "vendredi 16 avril 2027"


CRT_MEETING = ("4-2.07 Une réunion du comité de relations du travail (CRT) se tient dans les dix (10) jours ouvrables de "
               "la date de la demande par l'une ou l'autre des parties.")
CRT_DECISION = ("10-1.04 À défaut d'entente entre les parties au comité de relations du travail (CRT), le Collège "
                "fournit à l'Association sa décision écrite dans les vingt-cinq (25) jours ouvrables de la réception de "
                "l'avis de grief.")


def test_the_day_and_the_maker_of_a_request_are_no_part_of_the_event_it_runs_from():
    # « de la date de la demande par l'une ou l'autre des parties » is « la demande », met whole by « a demandé »
    from assistant.deadline_answers import _origin_met, _roots
    from assistant.drafts import LookupParams

    params = LookupParams()
    event = _roots("L'Association a demandé par écrit une réunion du CRT")
    assert _origin_met("de la date de la demande par l'une ou l'autre des parties", event, params) == 0.5
    assert _origin_met("de la réception de l'avis de grief", event, params) == 0.0
    # the day alone is no event: « la date du départ » keeps its one word, as before
    assert _origin_met("la date du départ", _roots("mon départ est prévu"), params) == 0.5
    direct, hits = direct_answers({"4-2.07": CRT_MEETING, "10-1.04": CRT_DECISION})
    answer = answered(direct, "L'Association a demandé une réunion du CRT le 2027/02/03. Le comité doit se réunir au "
                              "plus tard quand ?", hits)
    assert answer.text.startswith("**Au plus tard le mercredi 17 février 2027**")


def test_what_is_read_around_a_delay_stays_narrow():
    from assistant.deadline_answers import _OCCURRED_WITHIN, _list_lead, _origin_met, _roots
    from assistant.drafts import LookupParams

    # a notice due before a meeting is no event that must have occurred before the act asked
    assert not _OCCURRED_WITHIN.search("Tout salarié éducateur … doit être convoqué par un préavis écrit d'au moins "
                                       "deux (2) jours ouvrables avant la rencontre disciplinaire.")
    assert _OCCURRED_WITHIN.search("le décès de son enfant à charge est survenu dans les 30 jours précédant cette "
                                   "demande")
    # a list of ways (« les modalités qui suivent : ») lends its items no words; a list of conditions (« si : ») does
    ways = "L'enseignant demeure disponible selon les modalités qui suivent :\n\n- c) les rencontres sont convoquées."
    assert _list_lead(ways, ways.index("- c)")) == ""
    assert _list_lead(UNPAID, UNPAID.index("- b)")).endswith("et si : ")
    # a long complement after « par » is what the start is about, not who makes it
    event = _roots("j'ai remis mon relevé de prestations du RQAP")
    assert _origin_met("après l'obtention par le Collège d'une preuve qu'elle reçoit des prestations du RQAP", event,
                       LookupParams()) == 0.25  # « prestations », « RQAP »: 2 of its 8 roots, none stripped
