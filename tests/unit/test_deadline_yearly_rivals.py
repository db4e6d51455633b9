"""Yearly dates of a named school year among rival clauses, and the second yearly date of a sentence (inline texts)."""

from __future__ import annotations

from ingest.types import Chunk

from assistant.deadline_answers import _DEADLINE_CUE, _act_words, _lead_met, _read_with
from assistant.deadlines import find_fixed_dates

SABBATICAL = ("6-6.05 Le salarié éducateur qui désire bénéficier d'un tel congé doit en adresser la demande écrite au "
              "Collège avant le 1^{er} avril et ce dernier lui répond par écrit avant le 1^{er} mai qui suit.")
LEAVE = ("6-5.05 Le Collège fait parvenir une réponse au salarié éducateur qui a demandé un congé sans traitement avant "
         "le 1^{er} mai d'une année pour l'année d'engagement suivante, ou avant le 15 juin dans le cas d'une demande "
         "exceptionnelle soumise avant le 1^{er} juin.")
DAYCARE = ("8-13.05 Le service de garde est un service d'animation offert aux élèves du niveau primaire.\n\n"
           "L'affectation au service de garde n'est pas offerte aux salariés éducateurs réguliers durant les journées "
           "suivantes : la dernière journée de classe avant le congé des Fêtes.\n\n"
           "Le service de garde est aussi offert lors de certaines journées pédagogiques. Ces journées de service de "
           "garde sont déterminées par le Collège et communiquées à l'Association au plus tard le 30 septembre de "
           "chaque année.")


def test_the_second_yearly_date_of_a_sentence_answers_the_act_its_words_state():
    first, second = find_fixed_dates(SABBATICAL)
    assert "demande ecrite" in first.lead and "repond par ecrit" in second.lead
    act = _act_words("J'ai déposé ma demande le 22 mars 2027, avant la date limite. Le Collège doit me répondre "
                     "avant quelle date ? C'est quoi le dernier jour ?")
    assert act == frozenset({"repondr"})  # the asking sentence's act, « avant » asks
    assert _lead_met(act, second, SABBATICAL) == 1.0 and _lead_met(act, first, SABBATICAL) == 0.0


def test_a_later_yearly_date_no_nearer_the_act_than_the_first_gets_nothing():
    act = _act_words("Pour mon congé sans traitement de 2027-2028, ma demande doit être faite avant quelle date ?")
    assert all(_lead_met(act, rule, LEAVE) == 0.0 for rule in find_fixed_dates(LEAVE))


def test_a_school_year_named_is_no_event_cutting_the_act_asked():
    act = _act_words("Je suis animateur. Mon affectation pour 2027-2028 doit m'être communiquée avant quelle date ?")
    assert {"affect", "communiqu"} <= act and "avant" not in act
    # a date told still is: what is dated is the event
    assert "suppleanc" not in _act_words("J'ai fait de la suppléance le 15 juin 2026, on doit me payer quand ?")


def test_a_sentence_saying_ces_is_read_with_its_paragraph_and_its_clause_s_first_sentence_only():
    chunk = Chunk(chunk_id="bourget:00001:1", doc="bourget", clause_id="8-13.05", kind="clause", text=DAYCARE,
                  indexed_text=DAYCARE)
    sentence = "Ces journées de service de garde sont déterminées"
    start = DAYCARE.index(sentence)
    end = DAYCARE.index("chaque année.") + len("chaque année.")
    read = _read_with(chunk, DAYCARE[start:end], end)
    assert "journées pédagogiques" in read and "service d'animation" in read and "affectation" not in read


def test_quand_with_its_subject_asked_again_is_a_deadline_cue():
    assert _DEADLINE_CUE.search("Quand le Collège doit-il communiquer aux animateurs leur affectation pour 2027-2028 ?")
    assert _DEADLINE_CUE.search("Quand la Commission doit-elle m'aviser ?")
    assert not _DEADLINE_CUE.search("Quand le Collège ferme, est-ce que je suis payé ?")


def test_a_notice_for_the_end_of_a_school_year_named_falls_in_that_year():
    from assistant.deadline_answers import _for_next

    sentence = ("5-1.14 Tout salarié éducateur permanent peut démissionner moyennant un avis écrit donné au Collège avant "
                "le 1er avril et sa démission devient effective le 1er juillet suivant.")
    rule = find_fixed_dates(sentence)[0]
    assert not _for_next("Je veux démissionner à la fin de 2026-2027, je dois donner mon avis avant quelle date ?",
                         sentence, rule)
    assert _for_next("Je veux démissionner pour 2027-2028, je dois donner mon avis avant quelle date ?", sentence, rule)
