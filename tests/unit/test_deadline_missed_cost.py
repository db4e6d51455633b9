"""What passing a delay costs, quoted with the delay (assistant/deadline_answers.py ``_with_consequence``): when the
sentence after the one that sets a delay, in the same clause, says what happens once the delay is passed (Bourget 7-1.02
« Si l'enseignant excède ce délai, son classement n'est pas rétroactif … », 5-1.14 « À défaut de respecter le délai
relatif à l'avis … une pénalité de cinq cents dollars », Cris Annexe VI « À défaut de cet avis … dans le délai imparti,
la Commission décide »), the deadline answer quotes that sentence too; a next sentence about something else, or one
after a blank line, is not quoted. Questions are paraphrases with other words, dates and clauses than blind Q2039.
Dates checked by hand: 2027-08-09 + 30 days = Wednesday 2027-09-08; 2027-03-10 + 20 days = Tuesday 2027-03-30."""

from __future__ import annotations

from assistant.deadline_answers import _with_consequence

from .inline_answers import answered, direct_answers

PAPERS = ("7-1.02 L'enseignant remet au Collège tous les documents pertinents à sa scolarité (diplômes, relevés de "
          "notes, bulletins, certificats, brevets, etc.) à son expérience d'enseignement et à son expérience "
          "professionnelle, au plus tard dans les trente (30) jours après la date d'engagement. Si l'enseignant excède "
          "ce délai, son classement n'est pas rétroactif à sa date d'engagement et il est alors applicable le jour du "
          "dépôt des documents pertinents au Collège.")
RESIGN = ("5-1.14 Tout salarié éducateur peut démissionner durant l'année de travail pour des motifs valables, moyennant "
          "un avis écrit d'au moins trente (30) jours ouvrables avant la date projetée de son départ. À défaut de "
          "respecter le délai relatif à l'avis indiqué à la présente clause, le salarié éducateur doit acquitter auprès "
          "du Collège une pénalité de cinq cents dollars (500 $) pour rupture de contrat.")
FIELD = ("Si l'enseignante ou l'enseignant ne dispense pas la partie dominante de son enseignement à un champ ou "
         "section, la Commission doit demander à l'enseignante ou l'enseignant le champ ou la section à laquelle elle ou "
         "il désire être classé aux fins du présent plan. L'enseignante ou l'enseignant doit indiquer son choix dans les "
         "20 jours de la demande de la Commission. À défaut de cet avis de la part de l'enseignante ou l'enseignant dans "
         "le délai imparti, la Commission décide.")
WORKING_DAY = ("1-2.38 Jour ouvrable\n\nDu lundi au vendredi inclusivement à l'exception des jours fériés et chômés "
               "prévus au calendrier et déterminés par le Collège pour une année d'engagement.")


def test_the_cost_of_late_papers_is_quoted_with_their_last_day():
    direct, hits = direct_answers({"7-1.02": PAPERS, "1-2.38": WORKING_DAY})
    answer = answered(direct, "Mon contrat au Collège a commencé le lundi 9 août 2027. J'ai jusqu'à quand pour déposer "
                              "mes relevés de notes et mes diplômes ?", hits)
    assert answer.text.startswith("**Au plus tard le mercredi 8 septembre 2027**"), answer.text
    assert "son classement n'est pas rétroactif à sa date d'engagement" in answer.text
    assert {c.clause for c in answer.citations} == {"7-1.02"}


def test_a_penalty_for_a_short_notice_is_quoted_with_the_notice_day():
    direct, hits = direct_answers({"5-1.14": RESIGN, "1-2.38": WORKING_DAY})
    answer = answered(direct, "Je quitte le Collège le vendredi 11 juin 2027. Je dois remettre ma lettre de démission "
                              "au plus tard quand ?", hits)
    assert answer.text.startswith("**Au plus tard le"), answer.text
    assert "pénalité de cinq cents dollars (500 $)" in answer.text


def test_who_decides_when_the_choice_comes_late_is_quoted():
    direct, hits = direct_answers({"Annexe VI": FIELD}, doc="cris")
    answer = answered(direct, "La Commission m'a demandé le 10 mars 2027 dans quelle section je veux être classée. "
                              "Jusqu'à quand pour donner mon choix ?", hits)
    assert answer.text.startswith("**Au plus tard le mardi 30 mars 2027**"), answer.text
    assert "dans le délai imparti, la Commission décide" in answer.text


def test_a_next_sentence_about_something_else_is_not_quoted():
    other = RESIGN.split(" À défaut")[0] + " Le Collège accuse réception de l'avis par écrit."
    direct, hits = direct_answers({"5-1.14": other, "1-2.38": WORKING_DAY})
    answer = answered(direct, "Je quitte le Collège le vendredi 11 juin 2027. Mon avis de démission, c'est quoi la "
                              "date limite ?", hits)
    assert "accuse réception" not in answer.text


def test_the_wordings_of_a_missed_delay():
    rule = "La demande est faite dans les dix (10) jours de l'événement."
    for after in ("Passé ce délai, la demande est irrecevable.", "Faute de quoi, le droit est perdu.",
                  "Sinon, la Commission procède seule.", "Si la salariée dépasse le délai, elle perd ce droit.",
                  "Lorsque le délai n'est pas respecté, l'avis est nul.",
                  "À défaut de réponse à l'intérieur de ce délai, l'offre est retirée.",
                  "Au-delà de ce délai, aucun remboursement n'est fait."):
        assert _with_consequence(f"{rule} {after}", rule) == f"{rule} {after}", after
    for after in ("La demande est transmise au Syndicat.", "Le Collège respecte le délai prévu à 5-1.02.",
                  "En respectant le délai, la salariée conserve son rang."):
        assert _with_consequence(f"{rule} {after}", rule) == rule, after
    assert _with_consequence(f"{rule}\n\nPassé ce délai, la demande est irrecevable.", rule) == rule
