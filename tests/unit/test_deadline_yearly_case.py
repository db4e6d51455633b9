"""Yearly dates of the last blind batch's deadline misses (DEV Q1735, Q1750), on tiny inline clauses quoted from the
corpus (assistant/deadline_answers.py): a yearly date set for a case the question names (6-5.05 « … ou avant le 15 juin
dans le cas d'une demande exceptionnelle soumise avant le 1er juin ») wins over the sentence's other dates and over a
delay the question's event does not start (6-5.01's « trois (3) ans après le retour de son premier congé »); a yearly
date whose cycle is taken on the day the question dates (Cris 5-2.08 « en date du 30 juin … avant le 30 novembre »)
reads that date as its cycle's, and a delay run from the agreement's coming into force (« Dans les 45 jours de l'entrée
en vigueur de la convention ») answers no other event. Weekdays checked by hand (python datetime): 2027-06-14 Monday,
2027-11-29 Monday, 2028-04-28 Friday."""

from __future__ import annotations

from assistant.deadline_answers import _ran_once
from assistant.deadlines import find_delays

from .inline_answers import direct_answers, last_day

REPLY = ("6-5.05 Le Collège fait parvenir une réponse au salarié éducateur qui a demandé un congé sans traitement ou un "
         "renouvellement de congé sans traitement avant le 1^{er} mai d'une année pour l'année d'engagement suivante, ou "
         "avant le 15 juin dans le cas d'une demande exceptionnelle soumise avant le 1^{er} juin.")
SECOND = ("6-5.01 Le Collège accorde à tout salarié éducateur qui en fait la demande et qui a complété cinq (5) années à "
          "titre de salarié éducateur permanent au Collège, un congé sans traitement pour une période d'une (1) année "
          "scolaire complète seulement.\n\nSi un salarié éducateur désire demander un deuxième (2e) congé sans "
          "traitement, il devra attendre un minimum de trois (3) ans après le retour de son premier congé pour en faire "
          "la demande.")
SENIORITY = ("5-2.08 Dans les 45 jours de l'entrée en vigueur de la convention, la Commission établit l'ancienneté au 30 "
             "juin 2006 de toute enseignante ou tout enseignant à son emploi et en fait parvenir une liste au Syndicat. "
             "À chaque année, la Commission établit en date du 30 juin l'ancienneté de toute enseignante ou tout "
             "enseignant à son emploi conformément au présent article et en fait parvenir une liste au Syndicat avant "
             "le 30 novembre de chaque année.")


def test_the_yearly_date_of_the_case_named_answers():
    direct, hits = direct_answers({"6-5.05": REPLY, "6-5.01": SECOND})  # in the order the real index retrieves them
    question = ("J'ai demandé au Collège un congé sans traitement pour 2027-2028, mais c'est une demande exceptionnelle "
                "que j'ai déposée le jeudi 20 mai 2027. Le Collège a jusqu'à quand pour me répondre ?")
    assert last_day(direct, question, hits) == "lundi 14 juin 2027"


def test_a_case_not_named_leaves_the_first_date():
    direct, hits = direct_answers({"6-5.05": REPLY})
    question = ("J'ai demandé au Collège un congé sans traitement le lundi 15 mars 2027. Le Collège a jusqu'à quand "
                "pour me répondre ?")
    assert last_day(direct, question, hits) == "vendredi 30 avril 2027"


def test_the_day_a_yearly_list_is_taken_at_is_no_event():
    direct, hits = direct_answers({"5-2.08": SENIORITY}, doc="cris")
    question = ("À la CS crie, la liste d'ancienneté au 30 juin 2027, la Commission doit l'envoyer au syndicat avant "
                "quelle date ? C'est quoi le dernier jour ?")
    assert last_day(direct, question, hits) == "lundi 29 novembre 2027"


def test_a_delay_from_the_coming_into_force_answers_when_asked_of_it():
    direct, hits = direct_answers({"5-2.08": SENIORITY}, doc="cris")
    question = ("La convention est entrée en vigueur le 1er septembre 2027 : la première liste d'ancienneté, la "
                "Commission doit l'envoyer au syndicat jusqu'à quand ?")
    assert last_day(direct, question, hits) == "lundi 18 octobre 2027"


COMMITTEE = ("6-1.18 Si une ou un membre du comité n'a pas été désigné dans les 60 jours de l'entrée en vigueur de la "
             "convention ou dans les 30 jours de la démission, du décès ou de l'incapacité d'agir d'une ou d'un membre "
             "désigné, cette ou ce membre est désigné par l'arbitre en chef.\n\nSi la présidente ou le président du "
             "comité n'a pas été choisi dans les 60 jours de l'entrée en vigueur de la convention ou dans les 60 jours "
             "de la démission, du décès ou de l'incapacité d'agir de la présidente ou du président, cette présidente ou "
             "ce président est nommé par l'arbitre en chef.")
INSURANCE = ("5-10.15 c) le Syndicat peut choisir de remplacer tous les régimes locaux existants par les régimes "
             "complémentaires nationaux. Dans ce cas, un avis de modification doit être transmis à la Commission au "
             "moins 60 jours avant son entrée en vigueur.")


def test_a_delay_beside_one_from_the_coming_into_force_keeps_its_score():
    # both 60-day delays of the second sentence read « l'entrée en vigueur de la convention » as their start: the
    # sentence is not set back (DEV Q1530: 30 November 2027, not the members' 30 days, 1 November)
    direct, hits = direct_answers({"6-1.18": COMMITTEE}, doc="cris")
    question = ("À la CS crie, la présidente du comité sur la scolarité a démissionné le vendredi 1er octobre 2027. On a "
                "jusqu'à quand pour choisir quelqu'un d'autre avant que l'arbitre en chef le nomme ?")
    assert last_day(direct, question, hits) == "mardi 30 novembre 2027"


def test_a_change_coming_into_force_is_no_agreement_coming_into_force():
    # 5-10.15 « au moins 60 jours avant son entrée en vigueur » (DEV Q1392): 60 days before 1 January 2028
    direct, hits = direct_answers({"5-10.15": INSURANCE}, doc="cris")
    question = ("À la CS crie, le Syndicat veut remplacer les régimes d'assurance locaux par les régimes "
                "complémentaires nationaux à partir du 1er janvier 2028. L'avis de modification doit être envoyé à la "
                "Commission au plus tard quand ?")
    assert last_day(direct, question, hits) == "mardi 2 novembre 2027"
    assert not _ran_once(question, "son entrée en vigueur", find_delays(INSURANCE))
    assert _ran_once(question, "de l'entrée en vigueur de la convention", find_delays(INSURANCE))
