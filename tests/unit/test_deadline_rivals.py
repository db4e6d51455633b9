"""Which delay sentence answers a deadline question when several retrieved clauses set one
(assistant/deadline_answers.py, assistant/deadlines.py), on tiny inline clauses: the party that acts is the subject
of the delay's own verb (9-2.17 « … la Commission et le Syndicat peuvent s'entendre …, l'arbitre doit rendre sa
décision dans les 45 jours »); a question asking what must be done « d'avance » takes a delay counted back from its
event (5-10.15 « au moins 60 jours avant son entrée en vigueur ») over one counted forward; a notice « d'au moins
45 jours de son retour » is counted back from that return; the question's everyday words are read with the
agreements' own (« élu conseiller municipal » : « charge publique », « sans solde » : « sans traitement »); a
teacher's event verb meets the noun a delay runs from (« revenir » : « retour »). Weekdays checked by hand:
2026-11-20 Friday, 2026-11-02 Monday."""

from __future__ import annotations

from assistant.deadline_answers import _roots, asked_actor, sentence_actor
from assistant.deadlines import find_delays, is_duration, starting_point
from assistant.lookups import DirectAnswers
from assistant.types import Hit
from ingest.types import Chunk

from .inline_answers import answered, direct_answers, last_day

ARBITRATOR = ("9-2.17 Sauf dans le cas de production de notes écrites, auquel cas la Commission et le Syndicat peuvent "
              "s'entendre pour prolonger le délai, l'arbitre doit rendre sa décision dans les 45 jours de la fin de "
              "l'audition.")
PUBLIC_OFFICE = ("6-5.15 Le salarié éducateur qui bénéficie d'un congé sans traitement pour remplir une charge publique "
                 "doit donner au Collège un préavis écrit d'au moins quarante-cinq (45) jours de son retour au service "
                 "au Collège.")
ABSENCE = ("7-8.01 Lors d'absences prévisibles, le salarié éducateur doit aviser la personne mandatée par la direction "
           "du Collège dès que possible, au plus tard vingt-quatre (24) heures à l'avance de son absence.")
EARLY_END = ("6-5.12 Le salarié éducateur visé par la clause 6-5.11 peut mettre fin à son congé avant la date prévue, "
             "pour un motif raisonnable, sur avis écrit transmis au moins quarante-cinq (45) jours avant son retour.")
SENIORITY = ("5-2.09 Si le Syndicat prétend que la Commission n'a pas établi l'ancienneté d'une enseignante ou d'un "
             "enseignant, le Syndicat doit procéder à l'arbitrage dans les 60 jours de la réception de la liste.")
INSURANCE = ("5-10.15 Le Syndicat peut choisir de remplacer tous les régimes locaux existants par les régimes "
             "complémentaires nationaux. Dans ce cas, un avis de modification doit être transmis à la Commission au "
             "moins 60 jours avant son entrée en vigueur.")


def test_the_party_acting_is_the_subject_of_the_delays_own_verb():
    delay = find_delays(ARBITRATOR)[0]
    assert sentence_actor(ARBITRATOR, delay.phrase) == "arbitre"
    assert sentence_actor(ARBITRATOR) == "arbitre"  # without the phrase: the last subject named


def test_a_notice_of_so_many_days_of_an_event_is_counted_back_from_it():
    delay = find_delays(PUBLIC_OFFICE)[0]
    assert delay.direction == "before"
    assert starting_point(PUBLIC_OFFICE, delay) == "son retour au service au Collège"


def test_an_event_verb_meets_the_noun_a_delay_runs_from():
    assert "retou" in _roots("je veux revenir travailler") & _roots("son retour au service")
    assert "debut" in _roots("je pars le 3 mars") & _roots("la date projetée de son départ")
    assert "debut" in _roots("mon congé commence le 1er mars") & _roots("avant la date du départ")


def test_asked_d_avance_a_delay_counted_back_leads():
    direct, hits = direct_answers({"5-2.09": SENIORITY, "5-10.15": INSURANCE}, doc="cris")  # 5-2.09 ranked first
    answer = answered(direct, "Chez les Cris, le syndicat veut remplacer nos régimes d'assurance locaux par les régimes "
                              "nationaux à partir du vendredi 1er janvier 2027. Faut-tu qu'il avertisse la Commission "
                              "d'avance, pis au plus tard quand ?", hits)
    assert answer.text.startswith("**Au plus tard le lundi 2 novembre 2026**")
    assert [c.clause for c in answer.citations][:1] == ["5-10.15"]


def test_the_everyday_words_meet_the_clause_of_the_case_asked():
    # 7-8.01 (any foreseeable absence) ranked first, 6-5.12 (a leave ended early, one word of its start met) next
    direct, hits = direct_answers({"7-8.01": ABSENCE, "6-5.12": EARLY_END, "6-5.15": PUBLIC_OFFICE})
    answer = answered(direct, "Chu en congé sans solde au Collège depuis que j'ai été élu conseiller municipal. Je veux "
                              "revenir travailler le lundi 4 janvier 2027 : faut-tu que j'avertisse le Collège "
                              "d'avance, pis au plus tard quand ?", hits)
    assert answer.text.startswith("**Au plus tard le vendredi 20 novembre 2026**")
    assert [c.clause for c in answer.citations][:1] == ["6-5.15"]


MEDIATION = ("- F) Conformément aux dispositions du paragraphe E), l'arbitre doit entendre le grief en toute diligence "
             "et rendre sa sentence dans les 15 jours de la fin de l'audition.")


def test_two_procedures_for_the_same_event_the_one_the_question_names_leads_the_other_is_said():
    chunks = [Chunk(chunk_id="cris:00001:1", doc="cris", clause_id="Annexe XXIII", kind="clause", text=MEDIATION,
                    indexed_text=MEDIATION, doc_title="Accord de test", title="MÉDIATION ARBITRALE", ordinal=1),
              Chunk(chunk_id="cris:00002:1", doc="cris", clause_id="9-2.17", kind="clause", text=ARBITRATOR,
                    indexed_text=ARBITRATOR, doc_title="Accord de test", article_title="ARBITRAGE", ordinal=2)]
    direct = DirectAnswers([], chunks, {"cris": {"title": "Accord de test", "aliases": ["cris"]}})
    hits = [Hit(chunk, 1.0 - 0.1 * n) for n, chunk in enumerate(chunks)]  # the annex ranked first
    question = ("Chez les Cris, l'audition de mon grief a fini le mardi 10 mars 2026. L'arbitre a combien de temps "
                "pour rendre sa décision, pis ça tombe quand ?")
    # 45 days from 10 March 2026: 21 (March) + 24 (April) -> Friday 24 April; 15 days -> Wednesday 25 March
    answer = answered(direct, question, hits)
    assert answer.text.startswith("**Au plus tard le vendredi 24 avril 2026**")
    assert "Autre délai possible — Annexe XXIII (MÉDIATION ARBITRALE)" in answer.text
    assert "au plus tard le mercredi 25 mars 2026" in answer.text
    assert [c.clause for c in answer.citations] == ["9-2.17", "Annexe XXIII"]
    named = direct.answer(question.replace("L'arbitre", "En médiation arbitrale, l'arbitre"), hits)
    assert named is not None and named.text.startswith("**Au plus tard le mercredi 25 mars 2026**")
    assert "Autre délai possible — 9-2.17 (ARBITRAGE)" in named.text


PARENTAL_RETURN = ("6-4.34 La salariée éducatrice ou le salarié éducateur doit faire parvenir au Collège, au plus tard "
                   "pendant la quatrième (4^{e}) semaine précédant l'expiration du congé parental sans traitement, un "
                   "avis écrit indiquant la date prévue de l'expiration de son congé.")


def test_the_nth_week_preceding_a_date_ends_on_the_last_day_of_that_week():
    delay = find_delays(PARENTAL_RETURN)[0]
    assert (delay.amount, delay.unit, delay.direction, delay.ordinal_week) == (4, "weeks", "before", True)
    assert starting_point(PARENTAL_RETURN, delay) == "l'expiration du congé parental sans traitement"
    assert find_delays("à compter du début de la vingtième (20^{e}) semaine précédant la date prévue") == []
    direct, hits = direct_answers({"6-4.34": PARENTAL_RETURN})
    # weeks before 30 June 2027: 23-29, 16-22, 9-15, 2-8 June: the 4th ends on Tuesday 8 June
    answer = answered(direct, "Au Collège, mon congé parental sans traitement se termine le mercredi 30 juin 2027. Je "
                              "dois envoyer mon avis au plus tard quand ?", hits)
    assert answer.text.startswith("**Au plus tard le mardi 8 juin 2027**")
    assert "la 4e va du 2 juin 2027 au 8 juin 2027" in answer.text


PARENTAL_REQUEST = ("6-4.33 La demande de congé parental sans traitement doit être faite par écrit au Collège au moins "
                    "trois (3) semaines avant le début du congé.")


def test_a_delay_running_from_another_moment_than_the_one_dated_yields():
    assert {"debut", "expir"} <= _roots("je veux commencer mon congé, il se termine en juin")
    assert "debut" not in _roots("à partir du 1er janvier")  # « à partir du » : from, no departure
    # 6-4.34 (« … précédant l'expiration du congé parental sans traitement ») ranked first, sharing more words
    direct, hits = direct_answers({"6-4.34": PARENTAL_RETURN, "6-4.33": PARENTAL_REQUEST})
    # 3 weeks before Monday 11 January 2027: Monday 21 December 2026
    assert last_day(direct, "Mon congé parental sans traitement au Collège doit commencer le lundi 11 janvier 2027. Au "
                            "plus tard quand dois-je faire ma demande écrite ?", hits) == "lundi 21 décembre 2026"


PATERNITY = ("6-4.20 Congé de paternité\n\nLe salarié éducateur a droit à un congé payé d'une durée maximale de cinq (5) "
             "jours ouvrables à l'occasion de la naissance de son enfant. Ce congé est accordé à la suite d'une demande "
             "écrite présentée au moins trois (3) semaines à l'avance.")
OTHER_LEAVE = ("6-4.33 À moins que la salariée éducatrice ou le salarié éducateur l'ait précisé dans son préavis écrit "
               "prévu aux clauses 6-4.08, 6-4.20 b) ou 6-4.24 a), toute demande de congé parental sans traitement, "
               "selon les dispositions de la clause 6-4.27, doit être faite par écrit au Collège au moins trois (3) "
               "semaines avant le début du congé, sauf le congé parental sans traitement à temps partiel.")


def test_a_sentence_saying_ce_conge_is_read_with_the_clause_before_it():
    filler = {f"1-1.0{n}": f"1-1.0{n} Définition sans délai numéro {n}." for n in range(1, 6)}
    # as on the real index: 6-4.20 fifth, 6-4.33 (more words of the question, its start « le début du congé » met) eighth
    texts = {**dict(list(filler.items())[:4]), "6-4.20": PATERNITY, **dict(list(filler.items())[4:]),
             "1-1.06": "1-1.06 Autre définition.", "6-4.33": OTHER_LEAVE}
    direct, hits = direct_answers(texts)
    # 3 weeks before Monday 1 March 2027: Monday 8 February 2027
    answer = answered(direct, "Quand dois-je faire ma demande de congé de paternité au Collège si je veux le commencer "
                              "le 1er mars 2027 ?", hits)
    assert answer.text.startswith("**Au plus tard le lundi 8 février 2027**")
    assert [c.clause for c in answer.citations][:1] == ["6-4.20"]


INDEMNITY = ("6-4.11 - b) Dans le cas du régime de base, l'indemnité due pour les dix-huit (18) semaines est versée à "
             "intervalle de deux (2) semaines, le premier versement n'étant toutefois exigible que quinze (15) jours "
             "après l'obtention par le Collège d'une preuve que la salariée éducatrice reçoit des prestations du RQAP.")


def test_the_weeks_an_amount_covers_and_how_often_it_is_paid_are_no_delays():
    delays = [d for d in find_delays(INDEMNITY) if not is_duration(INDEMNITY, d)]
    assert [(d.amount, d.unit) for d in delays] == [(15, "calendar_days")]


def test_a_party_said_to_have_done_something_is_not_the_one_asked():
    assert asked_actor("Chez les Cris, la Commission a reçu mon grief le 2 mars 2026. Le syndicat a jusqu'à quand pour "
                       "aller en arbitrage ?") == "association"
    assert asked_actor("La Commission a été avisée le 3 mars ; la Commission a jusqu'à quand ?") == "commission"
    assert asked_actor("Le Collège a fini mon évaluation le 3 mars.") is None


MATERNITY_NOTICE = ("6-4.08 Préavis\n\nPour obtenir le congé de maternité, la salariée éducatrice doit donner un préavis "
                    "écrit au Collège au moins trois (3) semaines avant la date du départ.")
MATERNITY_RETURN = ("6-4.15 La salariée éducatrice doit faire parvenir au Collège, au plus tard pendant la quatrième (4e) "
                    "semaine précédant l'expiration du congé de maternité, un avis écrit indiquant la date prévue de "
                    "l'expiration de son congé (à moins que ce soit déjà fait selon le préavis prévu à la clause 6-4.08).")


def test_a_leave_that_starts_is_counted_from_its_departure_not_its_expiration():
    direct, hits = direct_answers({"6-4.15": MATERNITY_RETURN, "6-4.08": MATERNITY_NOTICE})  # the return ranked first
    # 3 weeks before Monday 1 March 2027: Monday 8 February 2027
    answer = answered(direct, "Au Collège, mon congé de maternité commence le 1er mars 2027, je dois donner mon préavis "
                              "au plus tard quand ?", hits)
    assert answer.text.startswith("**Au plus tard le lundi 8 février 2027**")
    assert [c.clause for c in answer.citations][:1] == ["6-4.08"]
