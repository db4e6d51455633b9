"""Amount questions in everyday situations (assistant/amount_answers.py, assistant/tables.py), on tiny inline texts
in the corpus's format: a salary the teacher states read back to its échelon (« ma paye est de 53 213 $, je suis à
quel échelon ? »), two cells set side by side with their difference (« l'échelon suivant », « augmenté entre le
1er avril 2012 et le 1er avril 2014 »), a season for a date (« à l'automne 2013 »), a job class named without its
head noun (« éducatrice spécialisée » for « Technicien en éducation spécialisée »)."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.lookups import DirectAnswers
from assistant.tables import parse_amount_question
from assistant.types import Answer

from .table_texts import ANNEXE_P, CRIS_13_2_03
from .inline_answers import table_answers

TEACHERS = """Annexe M Échelles annuelles de traitement des enseignants à temps complet ¹³

Échelons\tTraitement - 1er avril 2012\tTraitement - 1er avril 2013\tTraitement - 1er avril 2014
7\t48 119\t48 961\t49 940
8\t50 165\t51 043\t52 064
9\t52 298\t53 213\t54 277
10\t54 521\t55 475\t56 585

¹³ Il est à noter qu'il faut lire au tableau le taux de traitement à compter du 141e jour de travail de l'année scolaire concernée au lieu du 1er avril d'une année visée.
"""

SUPPORT = """Annexe N Échelles annuelles et taux horaire du personnel salarié éducateur non-enseignant

<i>Technicien de en éducation spécialisée (37,5 heures/semaine) (rf. #4207)</i>
Échelon\tTaux horaire au 01-04-2013\tTaux horaire au 01-04-2014
4\t23,74\t24,21
5\t24,51\t25,00

<i>Psychoéducateur (37,5 heures/semaine) (rf. #2150)</i>
Échelons\tÉchelle annuelle au 01-04-2013\tÉchelle annuelle au 01-04-2014
1\t40 328\t41 135
2\t41 671\t52 298
"""

DOCUMENTS = {"bourget": {"title": "Convention Collège Bourget", "aliases": ["Collège", "Bourget"],
                         "kind": "convention collective"}}
CRIS = {"cris": {"title": "Accord crie", "aliases": ["Cris"], "kind": "accord"}}


def _bourget(texts) -> DirectAnswers:
    """DirectAnswers over Collège Bourget clauses, (clause id, text) pairs, and their tables."""
    return table_answers([("bourget", clause, text) for clause, text in texts], DOCUMENTS)


def _cris(texts) -> DirectAnswers:
    """DirectAnswers over Cris agreement clauses, (clause id, text) pairs, and their tables."""
    return table_answers([("cris", clause, text) for clause, text in texts], CRIS)


@pytest.fixture(scope="module")
def direct() -> DirectAnswers:
    return _bourget([("Annexe M", TEACHERS), ("Annexe N", SUPPORT)])


def test_a_stated_salary_is_read_back_to_its_echelon_then_answered_at_the_date_asked(direct):
    answer = direct.answer("Je suis enseignante au Collège et ma paye annuelle est de 53 213 $ depuis le 1er avril "
                           "2013. Je suis à quel échelon, et ça monte à combien au 1er avril 2014 ?", [])
    assert answer is not None and answer.kind == "amount"
    assert answer.text.startswith("53 213 $ est le montant de l'**échelon 9** (Annexe M, colonne « 1er avril 2013 ») : "
                                  "vous êtes à l'échelon 9."), answer.text
    assert "**54 277 $** par année — Annexe M, échelon 9, colonne « 1er avril 2014 »" in answer.text
    alone = direct.answer("Au Collège je gagne 53 213 $ par année, je suis à quel échelon ?", [])
    assert "vous êtes à l'échelon 9" in alone.text and "**53 213 $** par année — Annexe M, échelon 9, colonne « 1er " \
        "avril 2013 »" in alone.text, alone.text  # no other date: the very cell


def test_a_stated_amount_of_two_echelons_is_listed_and_the_class_asked_back(direct):
    # 52 298 $: teachers' échelon 9 on 1 April 2012 and the psychoéducateur's échelon 2 on 1 April 2014
    answer = direct.answer("Au Collège, je gagne 52 298 $ par année : c'est quel échelon ?", [])
    assert answer.text.startswith("Ce montant figure à plus d'un endroit des échelles ; précisez votre classe "
                                  "d'emploi :"), answer.text
    assert "Annexe M, échelon 9" in answer.text and "Psychoéducateur (37,5 heures/semaine) (rf. #2150), échelon 2" \
        in answer.text
    named = direct.answer("Je suis enseignant au Collège, je gagne 52 298 $ par année : c'est quel échelon ?", [])
    assert "vous êtes à l'échelon 9" in named.text, named.text  # the class named: its scale only


def test_the_next_echelon_is_set_beside_with_the_difference(direct):
    answer = direct.answer("Je suis enseignant à l'échelon 9 au Collège. Si je passe à l'échelon suivant, ça me donne "
                           "combien de plus au 1er avril 2014 ?", [])
    assert "**54 277 $** par année — Annexe M, échelon 9" in answer.text
    assert "**56 585 $** par année — Annexe M, échelon 10" in answer.text, answer.text
    assert "**52 064 $**" not in answer.text  # échelon 8 is not the next one
    assert "Écart : **2 308 $** de plus par année : 54 277 $ (échelon 9, colonne « 1er avril 2014 ») → 56 585 $ " \
        "(échelon 10, colonne « 1er avril 2014 »)." in answer.text, answer.text
    assert "| **9** |" in answer.text and "| **10** |" in answer.text  # both rows shown


def test_two_dates_of_a_raise_give_both_columns_and_the_difference(direct):
    answer = direct.answer("Pour un prof du Collège à l'échelon 7, de combien son salaire a augmenté entre le 1er avril "
                           "2012 et le 1er avril 2014 ?", [])
    assert "**48 119 $** par année — Annexe M, échelon 7, colonne « 1er avril 2012 »" in answer.text
    assert "**49 940 $** par année — Annexe M, échelon 7, colonne « 1er avril 2014 »" in answer.text
    assert "Écart : **1 821 $** de plus par année : 48 119 $ (colonne « 1er avril 2012 ») → 49 940 $ (colonne « 1er " \
        "avril 2014 »)." in answer.text, answer.text


def test_the_next_echelon_difference_is_exact(direct):
    answer = direct.answer("Enseignant au Collège, échelon 9 : si je monte d'un échelon, combien de plus au 1er avril "
                           "2014 ?", [])
    assert "Écart : **2 308 $** de plus par année : 54 277 $ (échelon 9, colonne « 1er avril 2014 ») → 56 585 $ " \
           "(échelon 10, colonne « 1er avril 2014 »)." in answer.text, answer.text


def test_a_season_is_read_as_its_days():
    autumn = parse_amount_question("Nouvelle prof à l'automne 2013, échelon 9")
    assert autumn.span == (date(2013, 9, 22), date(2013, 12, 20)) and autumn.date_or_year == "automne 2013"
    assert parse_amount_question("à l'hiver 2014").span == (date(2013, 12, 21), date(2014, 3, 20))
    assert parse_amount_question("à la rentrée 2015").span == (date(2015, 8, 20), date(2015, 9, 30))


def test_a_season_gives_the_column_in_force_then_only(direct):
    answer = direct.answer("Enseignante au Collège à l'échelon 8, je gagnais combien à l'automne 2013 ?", [])
    assert "**51 043 $** par année — Annexe M, échelon 8, colonne « 1er avril 2013 »" in answer.text, answer.text
    assert "**50 165 $**" not in answer.text and "**52 064 $**" not in answer.text  # not the whole calendar year


def test_a_class_named_without_its_head_noun_is_the_closest_and_a_yearly_amount_is_not_made_up(direct):
    answer = direct.answer("Je suis éducatrice spécialisée au Collège, échelon 5. Combien je gagne par année depuis le "
                           "1er avril 2014 ?", [])
    assert answer.text.startswith("Aucune classe d'emploi des tableaux ne porte exactement le nom demandé ; la plus "
                                  "proche : **Technicien de en éducation spécialisée**"), answer.text
    assert "**25,00 $** l'heure" in answer.text and "aucun montant annuel calculé" in answer.text
    assert "Annexe M" not in answer.text  # not the teachers' scale


def test_a_head_noun_alone_or_one_word_of_a_class_is_not_a_class_without_its_head():
    assert parse_amount_question("Je suis spécialisée, échelon 5, combien ?", ["Technicien de en éducation spécialisée "
                                                                             "(37,5 heures/semaine)"]).job_class is None


# --- more everyday wordings ----------------------------------------------------------------------------

PSYCHO = """Annexe N Échelles annuelles et taux horaire du personnel salarié éducateur non-enseignant

<i>Psychopédagogue (37,5 heures/semaine)¹⁷</i>
Échelons\tÉchelle annuelle au 01-04-2012\tÉchelle annuelle au 01-04-2013
9\t58 948\t59 980
10\t61 280\t62 352

¹⁷ Aux fins de la présente convention, les échelles annuelles de traitement de la classe d'emploi de « psychopédagogue » applicables au Collège sont celles de la classe d'emploi de « psychologue » (# 2113) en vigueur dans les commissions scolaires.
"""

WORKLOAD_RULE = """6-10.08 Le salarié éducateur a droit à un pourcentage du traitement égal au pourcentage de la charge professionnelle qu'il assume par rapport à la tâche d'un salarié éducateur à temps complet de sa catégorie d'emplois.
"""

SUPPLY = """6-7.03

A) La suppléante ou le suppléant occasionnel est rémunéré de la façon suivante :

Durée de remplacement dans une journée\t60 minutes ou moins\tentre 61 minutes et 150 minutes\tplus de 150 minutes
À compter du 141e jour de travail de l'année scolaire 2007-2008\t35,75 $\t89,38 $\t178,75 $
À compter du 141e jour de travail de l'année scolaire 2008-2009\t36,47 $\t91,18 $\t182,35 $
"""


@pytest.fixture(scope="module")
def more() -> DirectAnswers:
    return table_answers([("bourget", "Annexe M", TEACHERS), ("bourget", "Annexe N", SUPPORT + "\n" + PSYCHO),
                          ("bourget", "6-10.08", WORKLOAD_RULE), ("cris", "6-7.03", SUPPLY)], {**DOCUMENTS, **CRIS})


def test_a_class_paid_on_another_classs_scale_is_found_by_that_class_and_said(more):
    answer = more.answer("Le psychologue du Collège à l'échelon 10 gagne combien au 1er avril 2013 ?", [])
    assert answer.text.startswith("Selon la note du tableau, la classe d'emploi **Psychopédagogue** (Annexe N) "
                                  "est payée selon l'échelle de la classe « psychologue » : voici la sienne."), \
        answer.text
    assert "**62 352 $** par année — Annexe N, Psychopédagogue" in answer.text and "Annexe M" not in answer.text


def test_a_salary_stated_in_everyday_money_words_without_a_salary_cue_is_read_back(more):
    answer = more.answer("Je fais 54 277 piasses par année au Collège, c'est quel échelon ?", [])
    assert answer is not None and "vous êtes à l'échelon 9" in answer.text, answer and answer.text
    meal = more.answer("J'ai payé 24,21 $ pour mon dîner, on me rembourse combien au Collège ?", [])
    assert meal is None or "vous êtes à l'échelon" not in meal.text  # « payé 24,21 $ » for a meal is no salary


def test_a_teacher_at_a_workload_share_named_after_other_words_is_prorated(more):
    answer = more.answer("Je suis prof au Collège à 50 %, échelon 10, combien je fais par année au 1er avril 2014 ?", [])
    assert answer is not None and "**28 292,50 $** par année : 50 % de 56 585 $" in answer.text, answer and answer.text


def test_a_weekly_pay_of_an_hourly_scale_is_not_multiplied_and_says_so(more):
    answer = more.answer("C'est combien par semaine pour une technicienne en éducation spécialisée à l'échelon 5 au "
                         "Collège au 1er avril 2014 ?", [])
    assert "**25,00 $** l'heure" in answer.text and "montant par semaine demandé : le tableau ne donne qu'un taux " \
        "horaire (aucun montant par semaine calculé)" in answer.text, answer.text


def test_periods_of_an_hour_or_less_in_a_day_add_up_to_the_replacement_time(more):
    answer = more.answer("Chez les Cris, je fais de la suppléance 2 périodes de 50 minutes au secondaire en 2008-2009, "
                         "combien je reçois ?", [])
    assert answer.text.startswith("Durée demandée — 2 périodes de 50 minutes = 100 minutes : colonne « entre 61 minutes "
                                  "et 150 minutes »."), answer.text
    assert "**89,38 $**" in answer.text and "**91,18 $**" in answer.text and "**36,47 $**" not in answer.text


SALARY_DEFINITION = """1-1.46 Traitement

La rémunération en monnaie courante à laquelle l'échelon attribué à l'enseignante ou l'enseignant lui donne droit selon l'échelle de traitement prévue à l'article 6-5.00, laquelle comprend tous les jours de travail.
"""


def test_the_pay_of_a_job_no_table_names_is_said_absent_and_the_classes_listed(more):
    answer = more.answer("Combien gagne la secrétaire de l'école au Collège ?", [])
    assert answer is not None and answer.text.startswith(
        "Aucune échelle de traitement ni aucun taux des tableaux ne vise « secrétaire » : le texte ne donne pas ce "
        "montant."), answer and answer.text
    assert "- Enseignant (Annexe M)" in answer.text and "- Psychopédagogue (Annexe N)" in answer.text
    assert "$" not in answer.text  # no other job's pay given for it
    for known in ("Combien gagne un prof au Collège à l'échelon 9 ?", "Combien gagne le psychologue du Collège à "
                  "l'échelon 9 ?", "Combien gagne une technicienne en éducation spécialisée au Collège à l'échelon 4 ?"):
        assert "Aucune" not in more.answer(known, []).text.split("\n")[0], known


def test_a_salary_at_an_echelon_of_an_agreement_without_scales_is_said_absent():
    direct = _cris([("6-7.03", SUPPLY), ("1-1.46", SALARY_DEFINITION)])
    answer = direct.answer("Chez les Cris, combien gagne un enseignant à l'échelon 10 ?", [])
    assert answer is not None and answer.text.startswith(
        "Le texte indexé de **Accord crie** ne contient aucune échelle de traitement : je ne peux pas donner le salaire "
        "de cet échelon."), answer and answer.text
    assert answer.abstained
    assert "l'échelle de traitement prévue à l'article 6-5.00" in answer.text


def test_a_raise_within_a_year_sets_the_years_two_columns_apart(direct):
    answer = direct.answer("Combien de plus je vais gagner au Collège en 2014 par rapport à 2013, enseignant à "
                           "l'échelon 8 ?", [])
    assert "Écart : **1 021 $** de plus par année : 51 043 $ (colonne « 1er avril 2013 ») → 52 064 $ (colonne « 1er " \
        "avril 2014 »)." in answer.text, answer.text
    plain = direct.answer("Combien je gagne au Collège en 2014, enseignant à l'échelon 8 ?", [])
    assert "Écart" not in plain.text  # no change asked: both columns, no difference


def test_a_difference_survives_a_per_period_note_and_one_class_amount_at_two_dates_asks_the_date(more):
    answer = more.answer("Enseignant au Collège à l'échelon 9 : si je passe à l'échelon suivant, ça fait combien de plus "
                         "par mois au 1er avril 2014 ?", [])
    assert "Écart : **2 308 $** de plus par année" in answer.text and "aucun montant par mois calculé" in answer.text, \
        answer.text
    # 24,21 $: the TES's échelon 4 on 1 April 2014 only; a made-up table repeating a rate at two dates asks the date
    assert "vous êtes à l'échelon 4" in more.answer("Je gagne 24,21 $ de l'heure au Collège, quel échelon ?", []).text


def test_a_period_length_is_paid_by_the_clauses_minutes_rule_or_said_paid_at_the_rate():
    direct = _cris([("13-2.03", CRIS_13_2_03)])
    short = direct.answer("Chez les Cris, j'enseigne à taux horaire 45 minutes par période à compter du 141e jour de "
                          "travail de l'année scolaire 2008-2009, je suis payé combien la période ?", [])
    assert "- **41,87 $** la période : 45 ÷ 50 × 46,52 $" in short.text, short.text
    assert "divisé par 50 et multiplié par le taux applicable" in short.text
    usual = direct.answer("Chez les Cris, taux horaire, des périodes de 55 minutes à compter du 141e jour de travail de "
                          "l'année scolaire 2008-2009, combien ?", [])
    assert "Une période de 55 minutes est payée au taux (13-2.03 : « - B) Ce taux est pour 50 à 60 minutes " \
        "d'enseignement. »)" in usual.text and "÷" not in usual.text, usual.text


def test_the_next_or_previous_echelon_asked_as_a_follow_up_moves_from_the_last_one(direct):
    history = []
    for question, expected in (("Combien gagne un enseignant au Collège à l'échelon 8 au 1er avril 2013 ?", "**51 043 $**"),
                               ("Et à l'échelon suivant ?", "**53 213 $** par année — Annexe M, échelon 9"),
                               ("Pis à l'automne 2014 ?", "**54 277 $** par année — Annexe M, échelon 9"),
                               ("Et l'échelon précédent ?", "**52 064 $** par année — Annexe M, échelon 8")):
        answer = direct.answer(question, [], history=history)
        assert answer is not None and answer.text.startswith(expected), (question, answer and answer.text)
        history.append(Answer(question=question, text=answer.text, citations=answer.citations, kind=answer.kind))


def test_today_asked_gets_the_last_column_said_not_to_be_todays_amount(direct):
    answer = direct.answer("Combien je gagne cette année au Collège, enseignant à l'échelon 8 ?", [])
    assert answer.text.startswith("**52 064 $** par année — Annexe M, échelon 8, colonne « 1er avril 2014 »")
    assert "(dernière colonne du tableau : la convention ne donne pas les montants d'aujourd'hui ; les hausses qui ont " \
        "pu suivre n'y figurent pas, à vérifier auprès du syndicat)" in answer.text, answer.text
    assert parse_amount_question("Je fais combien présentement, échelon 3 ?").now
    assert not parse_amount_question("Combien en 2014 cette année-là, échelon 3 ?").now  # a year written: that year


def test_a_rate_table_named_by_its_section_is_listed_among_the_paid_classes():
    direct = _bourget([("Annexe M", TEACHERS), ("Annexe P", ANNEXE_P)])
    answer = direct.answer("Combien est payé un entraîneur de basket au Collège ?", [])
    assert "« entraîneur »" in answer.text and "- Surveillance de classe (Annexe P)" in answer.text, answer.text


def test_a_full_day_at_an_hourly_rate_by_date_is_not_made_into_hours():
    answer = _bourget([("Annexe P", ANNEXE_P)]).answer(
        "Combien on me paie pour une journée complète de suppléance au Collège au 1er mai 2014, je suis qualifiée ?", [])
    assert answer is not None and "**38,89 $** l'heure" in answer.text, answer and answer.text
    assert "Journée complète demandée : le tableau donne un taux horaire et ne dit pas combien d'heures compte une " \
        "journée ; aucun montant par jour calculé (précisez les heures)." in answer.text


def test_the_last_echelon_asked_by_its_number_is_said_the_last(direct):
    answer = direct.answer("Enseignant au Collège à l'échelon 10, est-ce que je peux encore monter ? Combien au 1er "
                           "avril 2014 ?", [])
    assert "**56 585 $** par année — Annexe M, échelon 10, colonne « 1er avril 2014 » ; en vigueur à compter du 141e " \
        "jour de travail de l'année scolaire 2013-2014 (selon la note du tableau : le 141e jour de travail au lieu du " \
        "1er avril) ; dernier échelon de cette échelle" in answer.text, answer.text
    assert "dernier échelon" not in direct.answer("Enseignant au Collège à l'échelon 9, combien au 1er avril 2014 ?",
                                                  []).text


def test_next_or_previous_year_asked_as_a_follow_up_moves_the_date_asked_before(direct):
    history = []
    for question, expected in (("Combien gagne un enseignant au Collège à l'échelon 8 au 1er avril 2012 ?", "**50 165 $**"),
                               ("Et l'an prochain ?", "**51 043 $** par année — Annexe M, échelon 8, colonne « 1er avril 2013 »"),
                               ("Pis l'année suivante ?", "**52 064 $** par année — Annexe M, échelon 8, colonne « 1er avril "
                                                         "2014 »"),
                               ("Et l'année d'avant ?", "**51 043 $** par année — Annexe M, échelon 8, colonne « 1er avril "
                                                       "2013 »")):
        answer = direct.answer(question, [], history=history)
        assert answer is not None and answer.text.startswith(expected), (question, answer and answer.text)
        history.append(Answer(question=question, text=answer.text, citations=answer.citations, kind=answer.kind))
    assert parse_amount_question("Combien en 2014, l'an prochain ?").year_step == 0  # a year written: that year
