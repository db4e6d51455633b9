"""Supply rates named by their section's own words amid a teacher's (assistant/tables.py ``dated_tables_on_topic``,
``_sections_named``; assistant/amount_answers.py ``_SUPPLY_ASKED``), on Bourget's Annexe P inline: « garder une
classe … je surveille » is B) Surveillance de classe, « une nuit de garde … comme occasionnel » C) Surveillance de nuit,
« le coach de basket », « j'ai animé … des activités sportives » D) Animation sportive; one own word alone (« ma
classe ») names no section."""

from __future__ import annotations

import pytest

from assistant.lookups import DirectAnswers
from assistant.tables import dated_tables_on_topic
from assistant.types import Hit

from .inline_answers import table_answers
from .table_texts import ANNEXE_P, ANNEXE_P_ANIMATION

DOCUMENTS = {"bourget": {"title": "Convention Collège Bourget", "aliases": ["Collège", "Bourget"],
                         "kind": "convention collective", "period": "2014-2019"}}

SPORTS = ANNEXE_P_ANIMATION

#: the teachers' scale: a teacher named as the one replaced (« quand un prof est absent ») is no class of Annexe P
TEACHERS = """Annexe M Échelles annuelles de traitement des enseignants à temps complet

Échelons\tTraitement - 1er avril 2012\tTraitement - 1er avril 2013\tTraitement - 1er avril 2014
9\t52 298\t53 213\t54 277
10\t54 521\t55 475\t56 585
"""


@pytest.fixture(scope="module")
def direct() -> DirectAnswers:
    return table_answers([("bourget", "Annexe M", TEACHERS), ("bourget", "Annexe P", ANNEXE_P + "\n" + SPORTS)],
                         DOCUMENTS)


def _sections(direct: DirectAnswers, question: str) -> list[str]:
    return [t.section for t in dated_tables_on_topic(direct.tables, question)]


@pytest.mark.parametrize("question, section", [
    ("Au Collège, on m'appelle pour garder une classe quand un prof est absent (je donne pas le cours, je surveille "
     "juste). C'est payé combien de l'heure ?", "B) Surveillance de classe"),
    ("Je fais une nuit de garde à la résidence du Collège comme occasionnel. On me donne combien pour la nuit ?",
     "C) Surveillance de nuit"),
    ("J'ai remplacé le coach de basket du Collège pour l'après-midi. C'est quoi le taux horaire ?",
     "D) Animation sportive, culturelle et autres"),
    ("J'ai animé 3 heures d'activités sportives au Collège en remplacement. Ça m'a donné combien ?",
     "D) Animation sportive, culturelle et autres"),
])
def test_a_section_named_by_its_own_words_amid_the_teachers(direct, question, section):
    assert _sections(direct, question)[:1] == [section]


def test_one_own_word_alone_names_no_section(direct):
    assert "B) Surveillance de classe" not in _sections(
        direct, "J'ai 30 élèves dans ma classe et je suis suppléante au Collège. Combien je gagne de l'heure ?")


@pytest.mark.parametrize("question, lead", [
    ("En décembre 2011, j'ai animé 3 heures d'activités sportives au Collège en remplacement. Ça m'a donné combien ?",
     "**17,56 $** l'heure — Annexe P, D) Animation sportive"),
    ("Je fais une nuit de garde à la résidence du Collège comme occasionnel en mai 2014. On me donne combien pour la "
     "nuit ?", "**63,11 $** par période — Annexe P, C) Surveillance de nuit"),
    ("Au Collège, on m'appelle pour garder une classe quand un prof est absent (je surveille juste). C'est payé "
     "combien de l'heure en février 2013 ?", "**25,22 $** l'heure — Annexe P, B) Surveillance de classe"),
])
def test_the_rate_of_the_month_asked_in_the_section_named(direct, question, lead):
    answer = direct.answer(question, [])
    assert answer is not None and answer.kind == "amount" and answer.text.startswith(lead), answer and answer.text


def test_a_rate_asked_in_a_sentence_of_its_own_after_what_the_teacher_tells(direct):
    answer = direct.answer("Je suis suppléante occasionnelle au Collège et légalement qualifiée. Mon taux horaire en "
                           "octobre 2012 ?", [])
    assert answer is not None and answer.kind == "amount" and "**37,47 $** l'heure" in answer.text, answer and answer.text


#: a clause of prose whose words are those a pay question's words expand to (« payé » -> « … jours suivant »), and
#: « heure » (the rate's unit): no topic of the question
ABSENCES = """7-8.04 Le Collège déduit 1/200e (enseignant et animateur) par jour de travail (lire 1/1000e pour chaque heure de travail) du traitement annuel applicable du salarié éducateur dans les cas suivants :

- a) absences autorisées sans traitement pour une durée inférieure à une année de travail ;
"""

OVERTIME = """8-11.09 Le temps supplémentaire est rémunéré à cent cinquante pour cent (150 %) du traitement régulier pour les heures de travail supplémentaires dépassant quarante (40) heures par semaine.
"""

ANIMATORS = """Annexe O Échelles de traitement des animateurs

Échelons\tTraitement - 1er avril 2012\tTraitement - 1er avril 2013
1\t38 000\t38 500
2\t39 000\t39 500
"""


def test_the_words_only_asking_the_amount_leave_the_rate_to_the_table():
    direct = table_answers([("bourget", "7-8.04", ABSENCES), ("bourget", "Annexe M", TEACHERS),
                            ("bourget", "Annexe P", ANNEXE_P + "\n" + SPORTS)], DOCUMENTS)
    hits = [Hit(chunk, 1.0 - 0.1 * n) for n, chunk in enumerate(direct.chunks)]  # the clause of prose first
    answer = direct.answer("Au Collège, on m'appelle pour garder une classe quand un prof est absent (je donne pas le "
                           "cours, je surveille juste). C'est payé combien de l'heure en février 2013 ?", hits)
    assert answer is not None and answer.text.startswith("**25,22 $** l'heure — Annexe P, B) Surveillance de classe"), \
        answer and answer.text


def test_overtime_asked_at_what_rate_is_still_the_clause_of_prose():
    direct = table_answers([("bourget", "8-11.09", OVERTIME), ("bourget", "Annexe O", ANIMATORS)], DOCUMENTS)
    hits = [Hit(chunk, 1.0 - 0.1 * n) for n, chunk in enumerate(direct.chunks)]
    answer = direct.answer("Je suis animateur au Collège pis j'ai fait plein d'heures sup pendant le tournoi. Ils me "
                           "les paient à quel taux ?", hits)
    assert answer is None or answer.kind != "amount", answer.text
