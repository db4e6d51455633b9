"""Deadline answers on the real index: delays counted backwards, a period the delay's own sentence
leaves out, what a delay runs from (said, and set against a question that dates when the teacher
learned of the event), and a clause that prolongs the delay, each cited and quoted verbatim.

The questions are worded apart from the gold items Q257–Q266; every date is worked out by hand
in the comments (weekdays from ``python -m calendar 2026``)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.integration


def cited(answer) -> set[tuple[str, str]]:
    return {(c.doc, c.clause) for c in answer.citations}


def assert_verbatim(assistant, answer) -> None:
    assert answer.citations and not answer.abstained
    for citation in answer.citations:
        chunk = assistant.chunk(citation.chunk_id)
        assert chunk is not None and citation.quote in chunk.text, citation


def test_a_notice_due_before_a_date_is_counted_backwards_in_working_days(real_assistant):
    answer = real_assistant.ask("Au Collège, je pars pour un motif valable le 4 décembre 2026 en pleine année. "
                                "Quelle est la date limite pour remettre mon avis de démission ?")
    # 5-1.14: 30 working days before Friday 4 December 2026 (not counted): Dec 3-1 (3), Nov 30 (4),
    # Nov 27-23 (9), 20-16 (14), 13-9 (19; 11 November is a working day), 6-2 (24), Oct 30-26 (29),
    # Friday 23 October (30).
    assert answer.kind == "deadline"
    assert answer.text.startswith("**Au plus tard le vendredi 23 octobre 2026**")
    assert "comptés à rebours" in answer.text and "« la date projetée de son départ »" in answer.text
    assert cited(answer) == {("bourget", "5-1.14"), ("bourget", "1-2.38")}  # no holiday in the count
    assert_verbatim(real_assistant, answer)


def test_the_summer_left_out_of_a_disciplinary_delay(real_assistant):
    answer = real_assistant.ask("Au Collège, une mesure disciplinaire pour un incident du 19 juin 2026 : "
                                "le Collège a jusqu'à quand pour me l'imposer ?")
    # 5-6.06: 60 days excluding 1 July - 21 August: Jun 20-30 (11), Aug 22-31 (21), Sep 1-30 (51),
    # Oct 1-9 (60): Friday 9 October 2026.
    assert answer.text.startswith("**Au plus tard le vendredi 9 octobre 2026**")
    assert "période estivale du 1er juillet au 21 août, exclue du délai (5-6.06)" in answer.text
    assert "« de l'incident qui y donne lieu, ou de la connaissance que le Collège en a eue »" in answer.text
    assert cited(answer) == {("bourget", "5-6.06")}
    assert_verbatim(real_assistant, answer)


def test_a_delay_from_the_event_asked_from_the_day_the_teacher_learned_of_it(real_assistant):
    answer = real_assistant.ask("À la commission scolaire crie, on a su le 3 mars 2026 qu'une enseignante avait "
                                "été déplacée. Quelle est la date limite pour l'avis de grief ?")
    # 9-1.03: 120 days from 3 March 2026: Mar 4-31 (28), Apr (58), May (89), Jun (119), Wednesday 1 July,
    # Fête du Canada, carried to Thursday 2 July 2026. 9-1.01 prolongs it by 60 days: 180 days,
    # Jul 2-31 (150), Aug 1-30 (180): Sunday 30 August, carried to Monday 31 August 2026.
    assert answer.text.startswith("**Au plus tard le jeudi 2 juillet 2026**")
    assert "« de la date de l'événement qui a donné naissance au grief »" in answer.text
    assert "non du jour où vous l'avez appris" in answer.text
    assert "180 jours (de calendrier)) : au plus tard le lundi 31 août 2026" in answer.text
    assert cited(answer) == {("cris", "9-1.03"), ("cris", "9-1.01")}
    assert_verbatim(real_assistant, answer)


def test_a_delay_from_the_knowledge_of_the_facts_says_so(real_assistant):
    answer = real_assistant.ask("Au Collège, l'événement à l'origine de notre grief a eu lieu le 9 mars 2026. "
                                "Jusqu'à quand l'Association peut-elle soumettre le grief ?")
    # 10-1.02 counts from the knowledge of the facts: the date asked is taken as that knowledge, said.
    # 40 working days from Monday 9 March 2026: Mar 10-13 (4), 16-20 (9), 23-27 (14), Mar 30 - Apr 2 (18),
    # Good Friday 3 and Easter Monday 6 April skipped, Apr 7-10 (22), 13-17 (27), 20-24 (32), 27 - May 1 (37),
    # May 4, 5, 6 (40): Wednesday 6 May 2026.
    assert answer.text.startswith("**Au plus tard le mercredi 6 mai 2026**")
    assert "Le délai court de la connaissance des faits" in answer.text
    assert ("bourget", "10-1.02") in cited(answer) and ("bourget", "10-1.07") not in cited(answer)
    assert_verbatim(real_assistant, answer)


def test_today_and_an_event_in_one_question(real_assistant):
    # « on est le … » is today; the delay runs from the other date. 6-4.33: 3 weeks before Monday
    # 12 April 2027 is Monday 22 March 2027 (not from 10 March, today).
    answer = real_assistant.ask("Au Collège, on est le 10 mars 2027 et mon congé parental sans traitement commence "
                                "le 12 avril 2027. Au plus tard quand dois-je faire ma demande écrite ?")
    assert answer.text.startswith("**Au plus tard le lundi 22 mars 2027**")
    assert cited(answer) == {("bourget", "6-4.33")}
    # 10-1.02 from Tuesday 10 March 2026: Mar 11-13 (3), 16-20 (8), 23-27 (13), Mar 30 - Apr 2 (17), Good Friday
    # and Easter Monday skipped, Apr 7-10 (21), 13-17 (26), 20-24 (31), Apr 27 - May 1 (36), May 4-7 (40):
    # Thursday 7 May 2026, already past on 1 June 2026, said.
    late = real_assistant.ask("Au Collège, on est le 1er juin 2026. J'ai pris connaissance des faits le 10 mars 2026, "
                              "jusqu'à quand pour déposer le grief ?")
    assert late.text.startswith("**Au plus tard le jeudi 7 mai 2026**")
    assert "au 1er juin 2026 (date d'aujourd'hui selon votre question), ce délai est déjà expiré" in late.text


def test_a_note_of_the_clause_takes_july_out_of_its_delay(real_assistant):
    # Cris 6-3.01 C): 30 days, note 1 « Sont exclus de ce délai, le mois de juillet ainsi que les jours compris
    # entre le 20 décembre et le 5 janvier »: from 15 June 2026, Jun 16-30 (15), July left out, Aug 1-15 (30):
    # Saturday 15 August, carried to Monday 17 August 2026.
    answer = real_assistant.ask("À la commission scolaire crie, la Commission a reçu le 15 juin 2026 les documents "
                                "pour réévaluer ma scolarité. Elle a jusqu'à quand pour faire la réévaluation ?")
    assert answer.text.startswith("**Au plus tard le lundi 17 août 2026**")
    assert "mois de juillet, exclu du délai (6-3.01)" in answer.text
    assert any(c.quote.startswith("Sont exclus de ce délai") for c in answer.citations)
    assert cited(answer) == {("cris", "6-3.01")}
    assert_verbatim(real_assistant, answer)


def test_an_offer_received_in_july_runs_from_1_august(real_assistant):
    # Cris 5-3.19 B): 10 days from the reception of the offer, « reçue en juillet, les 10 jours courent à compter du
    # 1er août »: received 20 July 2026, Aug 1 is the first day, Monday 10 August 2026 the last.
    answer = real_assistant.ask("À la commission scolaire crie, je suis en disponibilité et la Commission m'a fait le "
                                "20 juillet 2026 une offre d'engagement à temps plein. Quelle est ma date limite "
                                "pour l'accepter ?")
    assert answer.text.startswith("**Au plus tard le lundi 10 août 2026**")
    assert "« reçue en juillet, les 10 jours courent à compter du 1er août »" in answer.text
    assert cited(answer) == {("cris", "5-3.19")}


def test_the_period_to_decide_on_a_vacant_post(real_assistant):
    # Bourget 5-2.01: « le Collège dispose d'une période de trente (30) jours pour décider » (read as a length of time
    # before, so the « cinq (5) jours ouvrables » to communicate the decision were counted): from 4 December 2026,
    # 30 days: Sunday 3 January 2027, carried to Monday 4 January.
    answer = real_assistant.ask("Au Collège, un poste est devenu vacant le 4 décembre 2026. Le Collège a jusqu'à quand "
                                "pour décider s'il le comble ?")
    assert answer.text.startswith("**Au plus tard le lundi 4 janvier 2027**")
    assert cited(answer) == {("bourget", "5-2.01")}
    assert_verbatim(real_assistant, answer)


def test_when_must_i_give_my_notice_for_a_date_ahead(real_assistant):
    # « je dois donner mon avis quand ? » was no deadline question; a request for a leave starting on a date ahead is
    # counted back from it (6-4.20 b) « au moins trois (3) semaines à l'avance »), not from 6-4.27's birth date.
    back = real_assistant.ask("Je veux mettre fin à mon congé parental au Collège et revenir le lundi 10 août 2026. Je "
                              "dois donner mon avis quand ?")
    assert back.text.startswith("**Au plus tard le lundi 20 juillet 2026**")
    assert cited(back) == {("bourget", "6-4.35")}
    paternity = real_assistant.ask("Quand dois-je faire ma demande de congé de paternité au Collège si je veux le "
                                   "commencer le 1er mars 2027 ?")
    assert paternity.text.startswith("**Au plus tard le lundi 8 février 2027**")
    assert cited(paternity) == {("bourget", "6-4.20")}
    for answer in (back, paternity):
        assert_verbatim(real_assistant, answer)


def test_the_delay_that_runs_from_the_event_the_question_dates(real_assistant):
    # Cris 13-3.02 « Dans les 20 jours ouvrables suivant la remise de la liste au Syndicat » (was 13-3.01's « 120
    # jours de l'entrée en vigueur de ce chapitre », the first hit): from 18 December 2026, 25 December and 1 January
    # left out: Tuesday 19 January 2027.
    answer = real_assistant.ask("À la CS crie, la Commission a remis au syndicat la liste de rappel de la formation "
                                "professionnelle le 18 décembre 2026. Jusqu'à quand le syndicat peut-il faire ses "
                                "commentaires ?")
    assert answer.text.startswith("**Au plus tard le mardi 19 janvier 2027**")
    assert ("cris", "13-3.02") in cited(answer) and ("cris", "13-3.01") not in cited(answer)
    assert_verbatim(real_assistant, answer)


def test_the_pay_of_a_substitute_ranked_seventh_is_the_delay(real_assistant):
    answer = real_assistant.ask("j'ai fait de la suppléance au Collège le 15 juin 2026, on doit me payer quand ?")
    # 7-7.03: 21 days after Monday 15 June 2026: Monday 6 July 2026 (6-4.11's maternity weeks are no such delay)
    assert answer.kind == "deadline" and answer.text.startswith("**Au plus tard le lundi 6 juillet 2026**")
    assert ("bourget", "7-7.03") in cited(answer)
    assert_verbatim(real_assistant, answer)


def test_a_return_notice_asked_d_avance_and_two_arbitration_procedures(real_assistant):
    office = real_assistant.ask("Chu en congé sans solde au Collège depuis que j'ai été élu conseiller municipal. Je "
                                "veux revenir travailler le lundi 4 janvier 2027 : faut-tu que j'avertisse le Collège "
                                "d'avance, pis au plus tard quand ?")
    # 6-5.15: 45 days before Monday 4 January 2027: Friday 20 November 2026
    assert office.text.startswith("**Au plus tard le vendredi 20 novembre 2026**")
    assert ("bourget", "6-5.15") in cited(office)
    arbitration = real_assistant.ask("Chez les Cris, l'arbitre a combien de temps pour rendre sa décision si "
                                     "l'audition a fini le jeudi 7 mai 2026 ?")
    # 9-2.17: 45 days after 7 May 2026: Sunday 21 June -> Monday 22 June; Annexe XXIII's 15 days: Friday 22 May
    assert arbitration.text.startswith("**Au plus tard le lundi 22 juin 2026**")
    assert "Autre délai possible — Annexe XXIII" in arbitration.text and "au plus tard le vendredi 22 mai 2026" in \
        arbitration.text
    assert_verbatim(real_assistant, arbitration)
