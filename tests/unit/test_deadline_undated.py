"""Deadlines asked without a date (assistant/deadline_answers.py, DeadlineAnswers._undated), on tiny inline clauses:
the delay sentence about the event the question names, when the first hit (what the ordinary answer quotes) sets
none about it or one running from the very act asked; a notice asked of an event no delay sentence names is said to
be absent (abstained), not answered with another event's delay."""

from __future__ import annotations

from .inline_answers import answered, direct_answers

FILING = ("9-1.03 L'avis de grief doit être posté ou télécopié ou remis dans les 120 jours de la date de l'événement "
          "qui a donné naissance au grief.")
ARBITRATION = ("9-2.02 Le Syndicat qui désire déférer un grief à l'arbitrage doit, dans les 60 jours suivant la date du "
               "récépissé constatant le dépôt du grief tel que prévu à la clause 9-1.05, donner un avis écrit à cet "
               "effet à la Commission.")
CONVOCATION = ("5-6.01 Toute enseignante ou tout enseignant convoqué en vue d'une mesure disciplinaire doit recevoir un "
               "préavis écrit d'au moins un (1) jour ouvrable avant la rencontre à moins de circonstances "
               "exceptionnelles.")
MATERNITY = ("6-4.08 Pour obtenir le congé de maternité, la salariée éducatrice doit donner un préavis écrit au Collège "
             "au moins trois (3) semaines avant la date du départ.")
RESIGNATION = ("5-1.14 Tout salarié éducateur peut démissionner durant l'année de travail pour des motifs valables, "
               "moyennant un avis écrit d'au moins trente (30) jours ouvrables avant la date projetée de son départ.")


def test_the_delay_of_the_act_asked_not_the_next_steps():
    direct, hits = direct_answers({"9-2.02": ARBITRATION, "9-1.03": FILING}, doc="cris")
    answer = answered(direct, "Le syndicat a jusqu'à quand pour déposer un grief ?", hits, ["cris"])
    assert not answer.abstained
    assert answer.text.startswith("**Délai : 120 jours (de calendrier)** (selon 9-1.03)"), answer.text
    assert [c.clause for c in answer.citations] == ["9-1.03"]
    assert "donnez la date de départ" in answer.text  # no date: the rule, and how to get the last day


def test_a_first_hit_setting_the_delay_asked_is_left_to_the_ordinary_answer():
    direct, hits = direct_answers({"9-1.03": FILING, "9-2.02": ARBITRATION}, doc="cris")
    assert direct.answer("Le syndicat a jusqu'à quand pour déposer un grief ?", hits, ["cris"]) is None
    # not a deadline plainly asked (« au plus tôt à quelle date »): the ordinary answer
    direct, hits = direct_answers({"9-2.02": ARBITRATION, "9-1.03": FILING}, doc="cris")
    assert direct.answer("Le grief peut être déposé au plus tôt à quelle date ?", hits, ["cris"]) is None


def test_a_notice_for_an_event_no_delay_names_is_said_absent():
    direct, hits = direct_answers({"5-6.01": CONVOCATION, "9-1.03": FILING}, doc="cris")
    answer = answered(direct, "Je veux démissionner, je dois donner combien de préavis ?", hits, ["cris"])
    assert answer.abstained and not answer.citations
    assert answer.text.startswith("Je ne trouve pas, dans « Convention de test », de délai ni de préavis fixé pour "
                                  "« démissionner »"), answer.text


def test_the_notice_of_the_event_asked_among_the_hits():
    direct, hits = direct_answers({"6-4.08": MATERNITY, "5-1.14": RESIGNATION})
    answer = answered(direct, "Je veux démissionner, je dois donner combien de préavis ?", hits, ["bourget"])
    assert answer.text.startswith("**Délai : au moins 30 jours ouvrables avant** (selon 5-1.14)")  # counted back
    assert "Date de référence : « la date projetée de son départ »." in answer.text


def test_an_event_a_heading_names_is_left_to_the_ordinary_answer():
    from dataclasses import replace
    revision = ("7-1.09 Dans les soixante (60) jours (excluant les mois de juillet et août) de la réception par "
                "l'enseignant de l'attestation officielle de l'état de sa scolarité, ce dernier peut soumettre par écrit "
                "une demande de révision au comité de révision.")
    direct, hits = direct_answers({"6-4.08": MATERNITY, "7-1.09": revision})
    question = "C'est quoi le délai pour contester mon classement ?"
    assert direct.answer(question, hits, ["bourget"]).abstained  # no sentence, no heading names « classement »
    hits[1] = replace(hits[1], chunk=replace(hits[1].chunk, article_title="Classement de l'enseignant"))
    assert direct.answer(question, hits, ["bourget"]) is None
