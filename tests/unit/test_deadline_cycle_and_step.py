"""Which rule answers a dated deadline question (assistant/deadline_answers.py), on tiny inline clauses: a yearly date
whose sentence names the question's day as a later day of its cycle (Bourget 5-1.14 « … un avis écrit donné au
Collège avant le 1er avril et sa démission devient effective le 1er juillet suivant ») answers before the clause's
other delay (« trente (30) jours ouvrables avant la date projetée de son départ »), in the cycle ending on that day
(DEV Q1883); a clause whose step prolongs another clause's delay (Cris 9-1.01 « … prolonge le délai prévu à la clause
9-1.03 de 60 jours ») brings that clause in, and a question stating the step is about that delay (DEV Q1862).
Weekdays checked with ``datetime``: 2028-03-31 Friday, 2029-03-31 Saturday, 2027-02-28 Sunday,
2027-08-09 Monday."""

from __future__ import annotations

from .inline_answers import answered, direct_answers, last_day
from .test_deadline_stated_prolongation import LOCAL, NOTICE

RESIGNATION = ("5-1.14 Tout salarié éducateur permanent peut démissionner moyennant un avis écrit donné au Collège avant "
               "le 1er avril et sa démission devient effective le 1er juillet suivant.\n\nTout salarié éducateur peut "
               "démissionner durant l'année de travail pour des motifs valables, moyennant un avis écrit d'au moins "
               "trente (30) jours ouvrables avant la date projetée de son départ.")
# a made-up clause of the same shape: another date, another act, « qui suit »
TRANSFER = ("4-2.07 L'employé qui désire changer de pavillon en fait la demande écrite avant le 1er mars et sa "
            "mutation prend effet le 15 août qui suit.\n\nEn cours d'année, l'employé peut demander une mutation "
            "temporaire moyennant un avis écrit d'au moins dix (10) jours ouvrables avant la date de la mutation.")
SENIORITY = ("5-2.09 Si le Syndicat prétend que la Commission n'a pas établi l'ancienneté d'une enseignante ou d'un "
             "enseignant, il doit procéder directement à l'arbitrage dans les 60 jours de la réception par le Syndicat "
             "de la liste d'ancienneté.")


def test_a_yearly_date_whose_cycle_ends_on_the_day_asked_answers():
    direct, hits = direct_answers({"5-1.14": RESIGNATION})
    assert last_day(direct, "Chu permanente au Collège pis je veux que ma démission prenne effet le 1er juillet 2028. "
                            "C'est quoi le dernier jour pour donner mon avis écrit ?", hits) == "vendredi 31 mars 2028"
    assert last_day(direct, "Je suis enseignante permanente et je veux quitter le Collège : que ma démission compte à "
                            "partir du 1er juillet 2029. Le dernier jour pour aviser, c'est quand ?", hits
                    ) == "samedi 31 mars 2029"
    direct, hits = direct_answers({"4-2.07": TRANSFER})
    assert last_day(direct, "Ma mutation au nouveau pavillon devrait prendre effet le 15 août 2027. Ma demande doit "
                            "être faite au plus tard quand ?", hits) == "dimanche 28 février 2027"


def test_another_day_keeps_the_delay_counted_back():
    direct, hits = direct_answers({"5-1.14": RESIGNATION})
    answer = answered(direct, "Je dois démissionner pour des motifs valables ; mon départ est prévu le mercredi 14 juin "
                              "2028. Mon avis écrit doit être remis au plus tard quand ?", hits)
    assert "30 jours ouvrables" in answer.text
    assert not answer.text.startswith("**Au plus tard le vendredi 31 mars")


def test_a_clause_prolonging_another_delay_brings_that_delay_in():
    direct, hits = direct_answers({"5-2.09": SENIORITY, "9-1.01": LOCAL, "9-1.03": NOTICE}, doc="cris")
    hits = hits[:2]  # 9-1.03 not retrieved: 9-1.01 names it
    question = ("Chez les Cris, ma mésentente du 10 février 2027 passe d'abord par la procédure locale de règlement "
                "convenue entre le syndicat pis la Commission. Avec cette étape-là, le grief peut être déposé jusqu'à "
                "quand ?")
    answer = answered(direct, question, hits)
    assert answer.text.startswith("**Au plus tard le lundi 9 août 2027**")
    assert {c.clause for c in answer.citations} >= {"9-1.03", "9-1.01"}
    # other words: the step told as the parties' agreed local procedure, the act as sending the notice
    assert last_day(direct, "Côté Cris : le problème est survenu le 10 février 2027 et, comme prévu, on doit d'abord "
                            "passer par la procédure de règlement de mésentente au niveau local. Jusqu'à quand pour "
                            "envoyer l'avis de grief ?", hits) == "lundi 9 août 2027"
