"""General rules of the deadline answers drawn from a fresh batch of DEV deadlines (Q776–Q790, written before any run),
on tiny inline clauses quoted from the corpus (assistant/deadline_answers.py, assistant/deadlines.py): a right exercised
« par grief » with no delay of its own (Bourget 5-6.11) runs on the grievance delay (10-1.02), but a clause with a
grievance delay of its own (5-3.04) keeps it; the delay sentence stating the act asked (10-2.03 « s'entendre sur le
choix d'un arbitre ») wins over one sharing only the event (10-1.04 « réception de l'avis de grief »); an event that
must precede the act asked (Cris 5-15.02 « le décès … est survenu dans les 30 jours précédant cette demande ») gives the
act's last day after the event; a sentence cut off by a blank line (« … discontinu⏎⏎et ne peut … ») is read with the
one before; « le 12 du mois passé » is a date; « à midi » tells nothing done. Weekdays and counts
checked by hand (/tmp/dl/hand.py, holidays library): 2026-12-10 Thursday, 2027-07-22 Thursday, 2027-04-02 Friday,
2027-02-02 Tuesday."""

from __future__ import annotations

from datetime import date

from assistant.deadlines import parse_date, parse_dates, told_in_past

from .inline_answers import answered, direct_answers, first_line, last_day

WORKING_DAY = ("1-2.38 Jour ouvrable Du lundi au vendredi inclusivement à l'exception des jours fériés et chômés prévus "
               "au calendrier et déterminés par le Collège pour une année d'engagement.")
HOLIDAYS = ("8-16.01 Le salarié éducateur non-enseignant bénéficie, au cours de chaque année de travail, des jours de "
            "congés fériés, chômés et payés suivants : fête du Travail ; Action de grâces ; Vendredi saint ; lundi de "
            "Pâques ; journée nationale des Patriotes ; fête nationale du Québec ; Confédération.")
GRIEVANCE = ("10-1.02 Dans les quarante (40) jours ouvrables de la connaissance des faits donnant naissance au grief, "
             "l'Association soumet le grief au Collège par écrit, sous pli recommandé, par poste certifiée, par remise "
             "de main à main ou par huissier.")
CONTEST = ("5-6.11 L'Association peut, à la demande du salarié éducateur, contester par grief et par arbitrage, le "
           "bien-fondé de toute mesure disciplinaire adressée au salarié éducateur ainsi que la façon dont les "
           "formalités d'administration de ces mesures ont été suivies.")
IMPOSED = ("5-6.06 Toute mesure disciplinaire imposée après soixante (60) jours, excluant la période estivale du 1er "
           "juillet au 21 août suivant, de l'incident qui y donne lieu, ou de la connaissance que le Collège en a eue, "
           "est nulle, non valide et illégale aux fins de la présente convention.")
SENIORITY_LIST = ("5-3.04 À la date de signature de la convention et le 15 novembre de chaque année, le Collège transmet "
                  "à l'Association la liste d'ancienneté acquise au 30 juin de l'année de travail précédente. À "
                  "l'expiration du délai de vingt (20) jours ouvrables, la liste devient officielle, sous réserve d'un "
                  "grief contestant le contenu de la liste d'ancienneté pendant la période d'affichage.")
DECISION = ("10-1.04 À défaut d'entente entre les parties au comité de relations du travail (CRT), le Collège fournit à "
            "l'Association sa décision écrite dans les vingt-cinq (25) jours ouvrables de la réception de l'avis de "
            "grief.")
ARBITRATOR = ("10-2.03 Dans les trente (30) jours ouvrables suivant la réception de l'avis écrit prévu à la clause "
              "10-2.02, les parties tentent de s'entendre sur le choix d'un arbitre.")
BEREAVEMENT = ("5-15.02 La Commission accorde à l'enseignante ou l'enseignant un congé sans traitement pour une période "
               "n'excédant pas la fin de l'année scolaire, lorsque la demande d'obtention de congé indique la date "
               "projetée de son départ et si : - a) le décès de sa conjointe ou son conjoint ou de son enfant à charge "
               "est survenu dans les 30 jours précédant cette demande;")
ROOM = ("3-2.01 Sur demande d'une représentante ou d'un représentant syndical, la Commission lui fournit gratuitement, "
        "dans une de ses écoles, un local disponible et convenable aux fins de la tenue d'une réunion syndicale. Sauf en "
        "cas de circonstances exceptionnelles, la demande doit parvenir à la direction de l'école 48 heures à l'avance.")
ADOPTION = ("6-4.22 Le salarié éducateur a droit à un congé payé d'une durée maximale de cinq (5) jours ouvrables à "
            "l'occasion de l'adoption d'un enfant autre que l'enfant de sa conjointe ou de son conjoint. Ce congé peut "
            "être discontinu\n\net ne peut être pris après l'expiration des quinze (15) jours qui suivent l'arrivée de "
            "l'enfant à la résidence familiale. Un de ces cinq (5) jours peut être utilisé pour le baptême ou "
            "l'enregistrement.")
SPOUSE_CHILD = ("6-4.23 Le salarié éducateur qui adopte l'enfant de sa conjointe ou de son conjoint a droit à un congé "
                "d'une durée maximale de cinq (5) jours ouvrables dont seuls les deux (2) premiers sont avec traitement. "
                "Ce congé peut être discontinu et ne peut être pris après l'expiration des quinze (15) jours suivants le "
                "dépôt de la demande d'adoption.")
UNION_LEAVE = ("3-6.06 B) Suite au préavis à la directrice ou au directeur d'école, le Syndicat doit acheminer sans "
               "retard un avis écrit au même effet à la direction du personnel de la Commission, et ce, dans les 5 jours "
               "du début de l'absence.")


def _clauses(*texts: str) -> dict[str, str]:
    return {text.split(" ", 1)[0]: text for text in texts}


def test_a_disciplinary_measure_contested_par_grief_runs_on_the_grievance_delay():
    # 40 working days from Thursday 15 October 2026: 16 Oct (1), 19-30 Oct (11), 2-27 Nov (31), 30 Nov-4 Dec (36),
    # 7-10 Dec (40); before: 5-6.06's 60 days for the Collège to impose it
    direct, hits = direct_answers(_clauses(CONTEST, IMPOSED, GRIEVANCE, WORKING_DAY, HOLIDAYS))
    question = ("Le jeudi 15 octobre 2026, le Collège m'a remis une mesure disciplinaire que je trouve injuste. "
                "L'Association a jusqu'à quand pour contester cette mesure disciplinaire ?")
    answer = answered(direct, question, hits)
    assert last_day(direct, question, hits) == "jeudi 10 décembre 2026", answer.text
    assert "par grief" in answer.text and {c.clause for c in answer.citations} >= {"10-1.02", "5-6.11"}


def test_the_grievance_delay_is_said_for_a_contest_asked_without_a_date():
    direct, hits = direct_answers(_clauses(CONTEST, IMPOSED, GRIEVANCE, WORKING_DAY))
    answer = answered(direct, "À Bourget, on a combien de temps pour contester une mesure disciplinaire ?", hits)
    assert answer.text.startswith("**Délai : 40 jours ouvrables** (selon 10-1.02)"), answer.text
    assert "5-6.11" in {c.clause for c in answer.citations}


def test_a_grievance_window_of_its_own_is_kept():
    # 5-3.04 sets its own window; no « par grief » sentence without a delay is among the hits
    direct, hits = direct_answers(_clauses(SENIORITY_LIST, GRIEVANCE, WORKING_DAY, HOLIDAYS))
    question = ("Le Collège a affiché la liste d'ancienneté le lundi 16 novembre 2026 pis la mienne est mal calculée. "
                "Jusqu'à quand l'Association peut-elle contester la liste par grief ?")
    assert "5-6.11" not in answered(direct, question, hits).text


def test_the_delay_stating_the_act_asked_wins_over_one_sharing_its_event():
    # 30 working days from Tuesday 8 June 2027: fête nationale (24 June) and Confédération (1 July) out: 22 July
    direct, hits = direct_answers(_clauses(DECISION, ARBITRATOR, WORKING_DAY, HOLIDAYS))
    question = ("Au Collège, on a reçu l'avis écrit de l'Association qui défère notre grief à l'arbitrage le mardi "
                "8 juin 2027. Les parties ont jusqu'à quand pour s'entendre sur le choix d'un arbitre ?")
    assert last_day(direct, question, hits) == "jeudi 22 juillet 2027"


def test_an_event_that_must_precede_the_act_asked_gives_the_acts_last_day_after_it():
    # the death on Wednesday 3 March 2027, the request within 30 days after it: Friday 2 April 2027
    direct, hits = direct_answers(_clauses(BEREAVEMENT), doc="cris")
    question = ("Chez les Cris, mon conjoint est décédé le mercredi 3 mars 2027. Je voudrais un congé sans traitement "
                "jusqu'à la fin de l'année scolaire : jusqu'à quand je peux faire ma demande ?")
    assert last_day(direct, question, hits) == "vendredi 2 avril 2027"


def test_a_notice_before_a_meeting_at_noon_is_counted_back_from_it():
    # « à midi » is no « a » (has): the meeting is ahead, the request due 48 hours before it
    direct, hits = direct_answers(_clauses(ROOM, UNION_LEAVE), doc="cris")
    question = ("Chez les Cris, on veut tenir une réunion syndicale dans un local de l'école le jeudi 4 février 2027 à "
                "midi. Notre demande doit parvenir à la direction de l'école au plus tard quand ?")
    assert last_day(direct, question, hits) == "mardi 2 février 2027"


def test_told_in_past_reads_a_as_has_only():
    assert not told_in_past("on veut tenir une réunion le jeudi 4 février 2027 à midi")
    assert told_in_past("la direction a refusé ma demande le 4 février")


def test_a_day_of_the_month_before_this_one_or_the_next():
    today = date(2027, 2, 3)
    assert parse_date("J'ai signé mon contrat le 12 du mois passé.", today) == date(2027, 1, 12)
    assert parse_date("le 3 du mois dernier", today) == date(2027, 1, 3)
    assert parse_date("le 15 de ce mois", today) == date(2027, 2, 15)
    assert parse_date("le 1er du mois prochain", today) == date(2027, 3, 1)
    assert parse_date("le 30 du mois passé", date(2027, 3, 3)) is None  # no 30 February
    assert parse_dates("On est le 3 février 2027. J'ai signé le 12 du mois passé.", today) == [
        date(2027, 2, 3), date(2027, 1, 12)]


def test_a_sentence_cut_by_a_blank_line_is_read_with_the_one_before():
    # 6-4.22's « … discontinu⏎⏎et ne peut être pris … » is about the paid adoption leave its first sentence names; 15
    # days from Easter Monday, 29 March 2027: Tuesday 13 April 2027 (6-4.23's 15 days give the same day, not its clause)
    direct, hits = direct_answers(_clauses(ADOPTION, SPOUSE_CHILD))
    question = ("L'enfant qu'on adopte au Collège (pas celui de ma conjointe) arrive à la maison le lendemain de Pâques "
                "2027. Jusqu'à quand je peux prendre le congé payé de cinq jours pour l'adoption ?")
    assert first_line(direct, question, hits).startswith("**Au plus tard le mardi 13 avril 2027** [Convention de test, "
                                                         "6-4.22]")


PROBATION = ("5-4.03 Le renvoi d'un salarié éducateur en période de probation ne peut faire l'objet d'un grief, à moins "
             "qu'il ne découle de discrimination ou d'un comportement abusif.")

EXTENDED = ("5-4.01 Si un salarié éducateur à temps complet en cours de probation s'absente du travail pour un total de "
            "plus de vingt pour cent (20 %) des quatre cents (400) jours de travail consécutifs, la probation peut être "
            "prolongée par le Collège pour une (1) année de travail.")


def test_a_right_denied_par_grief_is_no_grievance_route():
    # « ne peut faire l'objet d'un grief »: no « ce recours se fait par grief » said of it
    direct, hits = direct_answers(_clauses(PROBATION, EXTENDED, GRIEVANCE, WORKING_DAY, HOLIDAYS))
    question = ("Au Collège, j'ai été renvoyé pendant ma probation le 3 mars 2027. L'Association a jusqu'à quand pour "
                "contester mon renvoi en probation ?")
    answer = direct.answer(question, hits[:2])  # 10-1.02 in the agreement, not retrieved
    assert answer is None or "5-4.03" not in {c.clause for c in answer.citations}


def test_today_said_in_everyday_words_dates_hier_and_vendredi_passe():
    # without « aujourd'hui c'est le … » read as today's date, « hier » came from the machine's clock. 40 working days
    # from Tuesday 9 March 2027, Good Friday (26 March) and Easter Monday (29 March) out: Thursday 6 May 2027; from
    # Friday 2 October 2026 (« vendredi passé », said on Monday 5 October): Monday 30 November 2026
    direct, hits = direct_answers(_clauses(GRIEVANCE, WORKING_DAY, HOLIDAYS))
    assert last_day(direct, "Aujourd'hui c'est le mercredi 10 mars 2027. Hier, la direction du Collège m'a refusé ma "
                            "demande de congé. L'Association a jusqu'à quand pour déposer un grief ?", hits) == \
        "jeudi 6 mai 2027"
    assert last_day(direct, "On est rendus le 5 octobre 2026 pis vendredi passé le Collège m'a refusé un congé. "
                            "L'Association a jusqu'à quand pour déposer un grief ?", hits) == "lundi 30 novembre 2026"


MEETING_NOTICE = ("5-6.01 Toute enseignante ou tout enseignant convoqué en vue d'une mesure ou sanction disciplinaire a le "
                  "droit d'être accompagné de sa représentante ou son représentant syndical. À cette fin, l'enseignante "
                  "ou l'enseignant doit recevoir de l'autorité compétente un préavis écrit d'au moins un (1) jour "
                  "ouvrable avant la rencontre à moins de circonstances exceptionnelles.")


def test_a_notice_received_for_a_meeting_set_ahead_is_counted_back_from_the_meeting():
    # « m'a remis un préavis … pour le mercredi 12 mai 2027 »: told in the past, but the date is the meeting's; one
    # working day before it: Tuesday 11 May 2027 (not 3-6.06's 5 days after « le début de l'absence »)
    direct, hits = direct_answers(_clauses(MEETING_NOTICE, UNION_LEAVE), doc="cris")
    question = ("Chez les Cris, la direction m'a remis un préavis de rencontre disciplinaire pour le mercredi 12 mai "
                "2027. Il devait m'être remis au plus tard quand ?")
    assert last_day(direct, question, hits) == "mardi 11 mai 2027"


SUBSTITUTE_PAY = ("7-7.03 Le Collège s'engage à rémunérer le salarié éducateur suppléant ou occasionnel à taux horaire dans "
                  "les vingt et un (21) jours suivant sa prestation de travail.")
MATERNITY_PAY = ("6-4.11 - b) Dans le cas du régime de base, l'indemnité due pour les dix-huit (18) semaines est versée à "
                 "intervalle de deux (2) semaines (selon le calendrier du versement de la paie), le premier versement "
                 "n'étant toutefois exigible que quinze (15) jours après l'obtention par le Collège d'une preuve qu'elle "
                 "reçoit des prestations.")


def test_the_act_asked_is_read_after_the_event_dated():
    # « j'ai fait de la suppléance … le 15 juin 2026, on doit me payer quand ? » asks « payer » (one word: no act
    # bonus), not « suppléance »: 7-7.03's 21 days (Monday 6 July 2026), not 6-4.11's « paie »
    direct, hits = direct_answers(_clauses(MATERNITY_PAY, SUBSTITUTE_PAY))
    assert last_day(direct, "j'ai fait de la suppléance au Collège le 15 juin 2026, on doit me payer quand ?",
                    hits) == "lundi 6 juillet 2026"
