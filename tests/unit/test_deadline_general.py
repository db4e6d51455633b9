"""General rules of the deadline answers drawn from a fresh batch of DEV deadlines (Q776–Q790, written before any run),
on tiny inline clauses quoted from the corpus (assistant/deadline_answers.py, assistant/deadlines.py): a right exercised
« par grief » with no delay of its own (Bourget 5-6.11) runs on the grievance delay (10-1.02), but a clause with a
grievance delay of its own (5-3.04) keeps it; the delay sentence stating the act asked (10-2.03 « s'entendre sur le
choix d'un arbitre ») wins over one sharing only the event (10-1.04 « réception de l'avis de grief »); an event that
must precede the act asked (Cris 5-15.02 « le décès … est survenu dans les 30 jours précédant cette demande ») gives the
act's last day after the event; « le 12 du mois passé » is a date; « à midi » tells nothing done. Weekdays and counts
checked by hand (/tmp/dl/hand.py, holidays library): 2026-12-10 Thursday, 2027-07-22 Thursday, 2027-04-02 Friday,
2027-02-02 Tuesday."""

from __future__ import annotations

from datetime import date

from assistant.deadlines import parse_date, parse_dates, told_in_past

from .inline_answers import answered, direct_answers, last_day

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
UNION_LEAVE = ("3-6.06 B) Suite au préavis à la directrice ou au directeur d'école, le Syndicat doit acheminer sans "
               "retard un avis écrit au même effet à la direction du personnel de la Commission, et ce, dans les 5 jours "
               "du début de l'absence.")


def _clauses(*texts: str) -> dict[str, str]:
    return {text.split(" ", 1)[0]: text for text in texts}


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
