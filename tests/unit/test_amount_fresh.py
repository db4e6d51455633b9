"""Amount questions in wordings and tables the earlier tests never met (assistant/amount_answers.py,
assistant/tables.py), found by fresh DEV items Q756–Q775 written before any run: a total asked in everyday words
(« ça me donne combien en tout ? », « ça m'a rapporté combien ? »), periods counted (« 5 périodes de 60 minutes »)
that name no table, a replacement given by the clock (« de 8 h 30 à 11 h 45 »), a period longer than an hour paid by
the clause's formula (Cris 6-7.03 B), a season among rows changing on the 141st working day, a substitute's rate of a
class paid on a scale (Bourget Annexe P E), and a week's pay at an hourly rate for the hours the question states.
Excerpts copied from corpus/*.txt in the tests' inline format."""

from __future__ import annotations

import pytest

from assistant.lookups import DirectAnswers
from assistant.tables import asked_duration
from assistant.types import Hit

from .inline_answers import table_answers
from .table_texts import ANNEXE_P, CRIS_13_2_03

DOCUMENTS = {"bourget": {"title": "Convention Collège Bourget", "aliases": ["Collège", "Bourget"],
                         "kind": "convention collective"},
             "cris": {"title": "Accord crie", "aliases": ["Cris"], "kind": "accord"}}

SUPPLY_PRORATA = """7-6.05 Salarié éducateur suppléant de courte durée ou occasionnel

Le salarié éducateur suppléant de courte durée ou occasionnel qui se voit confier des périodes de travail de plus de soixante (60) minutes est rémunéré au prorata sur la base du taux horaire fixé.
"""

#: Cris 6-7.03 A) and B) as the index stores them (the B) formula's LaTeX read as text)
CRIS_6_7_03 = """« 6-7.03

A) La suppléante ou le suppléant occasionnel est rémunéré de la façon suivante :

Durée de remplacement dans une journée Périodes concernées\t60 minutes ou moins\tentre 61 minutes et 150 minutes\tentre 151 minutes et 210 minutes\tplus de 210 minutes
Jusqu'au 140e jour de travail de l'année scolaire 2005-2006\t33,69 $\t84,23 $\t117,92 $\t168,45 $
À compter du 141e jour de travail de l'année scolaire 2005-2006\t34,36 $\t85,90 $\t120,26 $\t171,80 $
À compter du 141e jour de travail de l'année scolaire 2006-2007\t35,05 $\t87,63 $\t122,68 $\t175,25 $
À compter du 141e jour de travail de l'année scolaire 2007-2008\t35,75 $\t89,38 $\t125,13 $\t178,75 $
À compter du 141e jour de travail de l'année scolaire 2008-2009\t36,47 $\t91,18 $\t127,65 $\t182,35 $

B) Malgré ce qui précède, la suppléante ou le suppléant occasionnel au secondaire qui se voit confier des périodes de plus de 60 minutes est rémunéré sur la base d'un taux à la période calculé de la façon suivante :

taux prévu pour / 60 minutes ou moins × nombre de minutes / 50 de la période en cause
"""

#: Bourget Annexe N, two of its scales (rows cut), and Annexe P E)
SCALES = """Annexe N Échelles annuelles et taux horaire du personnel salarié éducateur non-enseignant

A) Taux horaire, salarié éducateur de soutien technique

<i>Appariteur (37,5 heures/semaine) (rf. #4218)</i>
Échelon\tTaux horaire au 01-04-2013\tTaux horaire au 01-04-2014
4\t17,28\t17,63
5\t17,68\t18,03

<i>Technicien de en éducation spécialisée (37,5 heures/semaine) (rf. #4207)</i>
Échelon\tTaux horaire au 01-04-2013\tTaux horaire au 01-04-2014
2\t22,31\t22,76
3\t23,03\t23,49

B) Échelles annuelles, salarié éducateur professionnel à temps complet

<i>Psychoéducateur (37,5 heures/semaine) (rf. #2150)</i>
Échelons\tÉchelle annuelle au 01-04-2013\tÉchelle annuelle au 01-04-2014
3\t43 116\t43 978
4\t44 614\t45 506
"""

OTHER_CLASSES = """E) Autres classes d'emploi

Pour les classes d'emploi d'appariteur, de technicien en éducation spécialisée et de technicien de travaux pratique, le taux horaire de la suppléance (court terme ou occasionnel) correspond au taux horaire, selon l'expérience et la scolarité reconnues, majoré de quatre pour cent (4 %) aux fins des vacances annuelles. Pour les classes d'emploi de salarié éducateur professionnel (PNE), le taux horaire de la suppléance (court terme ou occasionnel) correspond à l'échelle annuelle de traitement applicable (selon l'expérience et la scolarité reconnues) divisée par mille neuf cent cinquante (1950), majoré de quatre pour cent (4 %) aux fins des vacances annuelles.
"""


@pytest.fixture(scope="module")
def direct() -> DirectAnswers:
    return table_answers([("bourget", "Annexe N", SCALES), ("bourget", "Annexe P", ANNEXE_P + "\n" + OTHER_CLASSES),
                          ("bourget", "7-6.05", SUPPLY_PRORATA), ("cris", "6-7.03", CRIS_6_7_03),
                          ("cris", "13-2.03", CRIS_13_2_03)], DOCUMENTS)


def _lead(direct: DirectAnswers, question: str) -> str:
    answer = direct.answer(question, [])
    assert answer is not None and answer.kind == "amount", answer and answer.text
    return answer.text


def test_a_total_asked_in_everyday_words_is_the_rate_times_the_hours(direct):
    text = _lead(direct, "J'ai fait 3 heures de surveillance de classe au Collège le 12 mai 2014. Ça me donne "
                         "combien en tout ?")
    assert text.startswith("**26,17 $** l'heure — Annexe P, B) Surveillance de classe"), text
    assert "- **78,51 $** : 3 h × 26,17 $" in text
    assert _lead(direct, "J'ai fait 2 heures de surveillance de classe au Collège en mai 2013. Ça m'a rapporté "
                         "combien ?").startswith("**25,66 $** l'heure")


def test_periods_counted_name_no_table(direct):
    text = _lead(direct, "Je suis suppléant au Collège, pas encore légalement qualifié. J'ai fait 5 périodes de 60 "
                         "minutes en décembre 2011. Ça fait combien en tout ?")
    assert text.startswith("**28,92 $** l'heure — Annexe P, A) Taux horaire de l'enseignant suppléant à court terme ou occasionnel, Enseignant non qualifié"), text
    assert "- **144,60 $** : 5 h × 28,92 $" in text


def test_a_replacement_given_by_the_clock_lasts_from_start_to_end(direct):
    assert asked_duration("de 8 h 30 à 11 h 45") == 195
    assert asked_duration("entre 13 h et 15 h 30") == 150
    assert asked_duration("un remplacement de 2 h 30") == 150
    text = _lead(direct, "Chez les Cris, en novembre 2007, j'ai remplacé de 8 h 30 à 11 h 45 comme suppléant "
                         "occasionnel. Je devais être payé combien ?")
    assert text.startswith("Durée demandée — de 8 h 30 à 11 h 45 = 195 minutes : colonne « entre 151 minutes et 210 "
                           "minutes »."), text
    assert "**122,68 $**" in text and "**175,25 $**" not in text


def test_a_period_longer_than_an_hour_is_paid_by_the_clauses_formula(direct):
    text = _lead(direct, "Je suis suppléante occasionnelle au secondaire chez les Cris. En mai 2009, on m'a donné "
                         "une période de 75 minutes. Elle est payée combien ?")
    assert "**36,47 $** — 6-7.03" in text and "91,18" not in text.split("\n\n| ")[0], text
    assert "- **54,71 $** la période : 36,47 $ × 75 ÷ 50" in text
    assert "taux prévu pour / 60 minutes ou moins × nombre de minutes / 50" in text
    # two periods of 50 minutes are a replacement time, not a period longer than an hour
    assert "la période :" not in _lead(direct, "Chez les Cris, je fais de la suppléance 2 périodes de 50 minutes au "
                                               "secondaire en 2008-2009, combien je reçois ?")


def test_a_season_among_rows_changing_on_the_141st_working_day(direct):
    autumn = _lead(direct, "Je donnais des cours en formation pro à taux horaire chez les Cris à l'automne 2006. "
                           "J'étais payé combien de l'heure ?")
    assert autumn.startswith("**43,84 $** l'heure — 13-2.03"), autumn
    assert "42,98" not in autumn and "44,72 $** l'heure" not in autumn
    spring = _lead(direct, "Chez les Cris, j'étais payé à taux horaire au printemps 2008. C'était combien de l'heure ?")
    assert "**44,72 $**" in spring and "**45,61 $**" in spring  # March may fall either side of the 141st day


def test_a_substitutes_rate_of_a_class_on_a_scale_is_raised_as_the_agreement_says(direct):
    text = _lead(direct, "Je fais de la suppléance comme technicienne en éducation spécialisée au Collège, échelon 3, "
                         "en janvier 2014. C'est quoi mon taux horaire de suppléance ?")
    assert text.startswith("**23,95 $** l'heure en suppléance : 23,03 $ majoré de 4 % (colonne « 01-04-2013 »)"), text
    assert "**23,03 $** l'heure — Annexe N" in text
    pne = _lead(direct, "Je remplace une psychoéducatrice au Collège, je suis à l'échelon 4. Je suis payée combien de "
                        "l'heure au 1er avril 2014 ?")
    assert pne.startswith("**24,27 $** l'heure en suppléance : 45 506 $ ÷ 1950 h majoré de 4 %"), pne
    plain = _lead(direct, "Je suis technicienne en éducation spécialisée au Collège, échelon 3. Mon taux horaire au "
                          "1er avril 2013 ?")
    assert "suppléance" not in plain  # no substitute asked: the scale's rate alone


def test_a_weeks_pay_at_an_hourly_rate_for_the_hours_the_question_states(direct):
    text = _lead(direct, "Je suis appariteur au Collège, échelon 5, pis je fais 20 heures par semaine. Combien je "
                         "gagne par semaine depuis avril 2014 ?")
    assert "- **360,60 $** par semaine : 20 h × 18,03 $" in text, text
    rate = _lead(direct, "Je suis appariteur au Collège, échelon 5, à 20 heures par semaine. Mon taux horaire au 1er "
                         "avril 2014, c'est combien ?")
    assert "par semaine :" not in rate  # the rate asked, the hours only said


def test_a_replacement_said_with_remplacer_finds_the_substitutes_table_by_its_rows(direct):
    text = _lead(direct, "Chez les Cris, je remplace de 13 h à 15 h 30 en janvier 2009, je suis payée combien ?")
    assert text.startswith("Durée demandée — de 13 h à 15 h 30 = 150 minutes : colonne « entre 61 minutes et 150 "
                           "minutes »."), text
    assert "**89,38 $** — 6-7.03, ligne « À compter du 141e jour de travail de l'année scolaire 2007-2008 »" in text


WORKLOAD_RULE = """6-10.08 Le salarié éducateur a droit à un pourcentage du traitement égal au pourcentage de la charge professionnelle qu'il assume par rapport à la tâche d'un salarié éducateur à temps complet de sa catégorie d'emplois.
"""


def test_a_workload_share_in_parentheses_is_prorated_not_read_as_a_percentage_question():
    direct = table_answers([("bourget", "Annexe N", SCALES), ("bourget", "6-10.08", WORKLOAD_RULE)], DOCUMENTS)
    text = _lead(direct, "Je suis psychoéducatrice à temps partiel (80 %) au Collège, échelon 4. Je gagne combien par "
                         "année depuis avril 2013 ?")
    assert text.startswith("**44 614 $** par année — Annexe N, B) Échelles annuelles, salarié éducateur professionnel à temps complet, Psychoéducateur"), text
    assert "- **35 691,20 $** par année : 80 % de 44 614 $" in text


def test_i_replaced_someone_is_supply_work(direct):
    text = _lead(direct, "Chez les Cris, j'ai remplacé un avant-midi de 3 heures en mai 2008. Je reçois combien ?")
    assert text.startswith("Durée demandée — 3 heures = 180 minutes : colonne « entre 151 minutes et 210 minutes »."), text
    assert "**125,13 $** — 6-7.03" in text


NIGHT_RULE = """8-13.13 Conditions particulières de travail régissant la surveillance de nuit effectuée prioritairement par un animateur

Tout contrat de surveillance de nuit est annuel et, à moins d'avis contraire du Collège ou de l'animateur, prend fin au 30 juin de chaque année.

La rémunération en vigueur pour la surveillance de nuit au secondaire est le montant forfaitaire applicable à la surveillance de nuit prévue à l'annexe P, tableau C) (rf. clause 7-6.07, 2^e paragraphe).

Le salaire versé par le Collège est alloué sur la base d'une période de nuit complète et augmente selon le même pourcentage que le salaire des animateurs.

Le surveillant de nuit a droit à trois (3) nuits par année en cas de maladie ou de raison personnelle sans perte de traitement au prorata de la tâche.
"""


def test_periods_counted_at_an_amount_per_period_are_multiplied(direct):
    text = _lead(direct, "Au Collège, j'ai fait 3 nuits de surveillance en octobre 2012. Ça m'a rapporté combien ?")
    assert text.startswith("**60,94 $** par période — Annexe P, C) Surveillance de nuit"), text
    assert "- **182,82 $** : 3 × 60,94 $" in text
    words = _lead(direct, "Au Collège, j'ai fait deux périodes de surveillance de nuit en mai 2013, je suis payé "
                          "combien ?")
    assert "- **123,74 $** : 2 × 61,87 $" in words, words


def test_a_clause_sending_to_the_table_cited_does_not_take_the_answer_over():
    direct = table_answers([("bourget", "8-13.13", NIGHT_RULE), ("bourget", "Annexe P", ANNEXE_P)], DOCUMENTS)
    hits = [Hit(chunk, 1.0 - 0.1 * n) for n, chunk in enumerate(direct.chunks)]  # the clause of prose first
    answer = direct.answer("Au Collège, j'ai fait deux périodes de surveillance de nuit en mai 2013, je suis payé "
                           "combien ?", hits)
    assert answer is not None and answer.text.startswith("**61,87 $** par période"), answer and answer.text


DAY_PAY = """1-2.74 Traitement d'un jour ouvrable

Dans le cas d'un salarié éducateur (enseignant et animateur) à temps complet ou à temps partiel, c'est le un deux-centième (1/200e) du traitement annuel ; dans le cas d'un salarié éducateur (enseignant et animateur) suppléant ou occasionnel, c'est le traitement auquel il a droit pour un (1) jour déterminé de travail.

Pour le personnel non-enseignant (PNE) et le personnel de soutien technique, c'est le un deux cent soixantième (1/260e) du traitement annuel.
"""

TEACHERS = """Annexe M Échelles annuelles de traitement des enseignants à temps complet

Échelons\tTraitement - 1er avril 2012\tTraitement - 1er avril 2013\tTraitement - 1er avril 2014
9\t52 298\t53 213\t54 277
10\t54 521\t55 475\t56 585
"""


def test_a_days_pay_of_an_annual_scale_is_the_fraction_the_agreement_defines_for_that_staff():
    direct = table_answers([("bourget", "1-2.74", DAY_PAY), ("bourget", "Annexe M", TEACHERS),
                            ("bourget", "Annexe N", "Annexe N Échelles annuelles et taux horaire du personnel salarié "
                                                    "éducateur non-enseignant\n\n" + SCALES.split("\n", 2)[2])],
                           DOCUMENTS)
    teacher = _lead(direct, "Je suis prof à l'échelon 10 au Collège. Combien je fais par jour depuis le 1er avril 2013 ?")
    assert "- **277,38 $** par jour : 55 475 $ ÷ 200" in teacher and "aucun montant par jour" not in teacher, teacher
    assert "1-2.74" in teacher
    pne = _lead(direct, "Je suis psychoéducatrice au Collège, échelon 4. Ça fait combien par jour au 1er avril 2014 ?")
    assert "- **175,02 $** par jour : 45 506 $ ÷ 260" in pne, pne
    plain = table_answers([("bourget", "Annexe M", TEACHERS)], DOCUMENTS)  # no definition: nothing divided
    assert "aucun montant par jour calculé" in _lead(plain, "Je suis prof à l'échelon 10 au Collège. Combien je fais "
                                                            "par jour depuis le 1er avril 2013 ?")


def test_days_of_a_five_day_week_are_a_workload_share_said_as_an_assumption():
    direct = table_answers([("bourget", "Annexe M", TEACHERS), ("bourget", "6-10.08", WORKLOAD_RULE)], DOCUMENTS)
    text = _lead(direct, "Au Collège, chu prof 4 jours par semaine, échelon 10. Je gagne combien par année au 1er "
                         "avril 2014 ?")
    assert "À 80 % d'une tâche complète, soit 4 jours sur 5 d'une semaine de cinq jours (hypothèse" in text, text
    assert "- **45 268 $** par année : 80 % de 56 585 $" in text and "montant par semaine" not in text
    three = _lead(direct, "Je suis enseignante au Collège, échelon 9, je travaille 3 jours sur 5. Mon salaire au 1er "
                          "avril 2013 ?")
    assert "- **31 927,80 $** par année : 60 % de 53 213 $" in three, three


CRIS_6_7_03_SEVERAL = CRIS_6_7_03 + """
La suppléante ou le suppléant occasionnel est rémunéré selon le taux prévu pour plus de 210 minutes si elle ou il se voit confier trois périodes ou plus de plus de 60 minutes dans une même journée.
"""


def test_long_periods_counted_are_each_paid_by_the_formula_or_at_the_rate_the_clause_sets_for_that_many():
    direct = table_answers([("cris", "6-7.03", CRIS_6_7_03_SEVERAL)], DOCUMENTS)
    two = _lead(direct, "Chez les Cris, en mai 2009, j'ai fait 2 périodes de 75 minutes au secondaire comme "
                        "suppléante occasionnelle. C'est payé combien ?")
    assert "- **109,41 $** pour 2 périodes : 36,47 $ × 150 (2 × 75) ÷ 50" in two, two  # rounded once
    three = _lead(direct, "Chez les Cris, en mai 2009, un remplacement de 3 périodes de 75 minutes au secondaire dans "
                          "la même journée, c'est payé combien ?")
    assert three.startswith("Périodes demandées — 3 périodes de 75 minutes dans une journée : colonne « plus de 210 "
                            "minutes » (6-7.03 : « La suppléante ou le suppléant occasionnel est rémunéré selon le taux "
                            "prévu pour plus de 210 minutes"), three
    assert "**182,35 $**" in three and "la période :" not in three


def test_who_asks_said_with_en_tant_que_names_no_table(direct):
    text = _lead(direct, "Au Collège, en tant que suppléante non légalement qualifiée, j'ai fait une demi-journée de "
                         "2 h 30 en septembre 2013. Ça donne combien ?")
    assert text.startswith("**30,00 $** l'heure — Annexe P, A) Taux horaire de l'enseignant suppléant à court terme ou occasionnel, Enseignant non qualifié"), text
