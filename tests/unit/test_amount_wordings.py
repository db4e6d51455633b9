"""Amount questions in teachers' own wordings (assistant/amount_answers.py, assistant/tables.py), on tiny inline texts
in the corpus's format: supply work said in everyday words (« je fais du remplacement », « j'ai pas mon brevet »,
« ça donne combien »), an échelon step counted in words (« deux échelons plus haut »), the next échelon after a
stated pay, the difference of two échelons in each column a year holds, a period length said with a verb (« mes
périodes durent 75 minutes »)."""

from __future__ import annotations

from assistant.tables import parse_amount_question
from assistant.types import Answer
from tests.unit.table_texts import ANNEXE_P, CRIS_13_2_03
from tests.unit.test_amount_everyday import SUPPORT, TEACHERS, _bourget, _cris

ANIMATORS = """Annexe O Échelles annuelles des animateurs à temps complet

<i>Animateur et « Sauveteur aquatique » (40 heures/semaine)</i>
Échelon\tÉchelle annuelle au 01-04-2012\tÉchelle annuelle au 01-04-2013
6\t34 612\t35 218
7\t36 045\t36 676
8\t37 322\t37 975
"""


def test_supply_work_in_everyday_words_finds_the_rates_by_date_and_the_class():
    direct = _bourget([("Annexe P", ANNEXE_P)])
    unqualified = direct.answer("J'ai pas mon brevet pis je fais du remplacement au Collège. Pour 4 heures en octobre "
                                "2012, je reçois combien ?", [])
    assert unqualified is not None and unqualified.kind == "amount", unqualified and unqualified.text
    assert "**29,42 $** l'heure — Annexe P, A) Taux horaire de l'enseignant suppléant à court terme ou occasionnel, Enseignant non qualifié" in unqualified.text, unqualified.text
    assert "37,47" not in unqualified.text.split("Autres")[0]
    qualified = direct.answer("Ma paye de suppléante au Collège pour 3 heures en novembre 2013, ça donne combien ? Chu "
                              "légalement qualifiée.", [])
    assert qualified is not None and "**38,13 $** l'heure — Annexe P, A) Taux horaire de l'enseignant suppléant à court terme ou occasionnel, Enseignant qualifié" in qualified.text, \
        qualified and qualified.text
    # « pas qualifié » is the unqualified class, not the qualified one
    assert "Enseignant non qualifié" in direct.answer("Je suis suppléante pas qualifiée au Collège, combien de l'heure "
                                                      "en 2013 ?", []).text.split("\n")[0]


def test_an_echelon_step_counted_in_words_moves_a_follow_up_by_that_many():
    assert parse_amount_question("Pis deux échelons plus haut ?").echelon_step == 2
    assert parse_amount_question("Et 3 échelons de plus ?").echelon_step == 3
    assert parse_amount_question("Et deux échelons plus bas ?").echelon_step == -2
    assert parse_amount_question("Si je monte de deux échelons à l'échelon 6 ?").other_echelon == 8
    direct = _bourget([("Annexe O", ANIMATORS)])
    history = []
    for question, expected in (("Je suis sauveteur au Collège, échelon 6. Mon salaire annuel en septembre 2012 ?",
                                "**34 612 $**"),
                               ("Pis deux échelons plus haut ?", "**37 322 $** par année — Annexe O")):
        answer = direct.answer(question, [], history=history)
        assert answer is not None and expected in answer.text, (question, answer and answer.text)
        history.append(Answer(question=question, text=answer.text, citations=answer.citations, kind=answer.kind))


def test_the_next_echelon_after_a_stated_pay_is_set_beside_it():
    direct = _bourget([("Annexe M", TEACHERS), ("Annexe N", SUPPORT)])
    answer = direct.answer("Je suis éducatrice spécialisée au Collège, je fais 24,21 $ de l'heure depuis avril 2014. "
                           "Chu à quel échelon, pis je vais faire combien à l'échelon d'après ?", [])
    assert "vous êtes à l'échelon 4" in answer.text, answer.text
    assert "**25,00 $** l'heure — Annexe N" in answer.text and "échelon 5" in answer.text, answer.text


def test_the_next_echelon_in_a_year_of_two_columns_gives_each_columns_difference():
    direct = _bourget([("Annexe M", TEACHERS)])
    answer = direct.answer("Au Collège, chu prof à l'échelon 9. Si je monte d'un échelon en 2014, ça me fait combien "
                           "de plus par année ?", [])
    assert "53 213 $ (échelon 9, colonne « 1er avril 2013 ») → 55 475 $ (échelon 10, colonne « 1er avril 2013 »)" \
        in answer.text, answer.text
    assert "**2 262 $** de plus" in answer.text and "**2 308 $** de plus" in answer.text, answer.text
    # two dates of one échelon beside two of another that is not one column each: no difference made up
    assert "Écart" not in direct.answer("Au Collège, prof à l'échelon 9 en 2014, c'est combien ?", []).text


def test_a_period_length_said_with_a_verb_is_paid_by_the_minutes_rule():
    direct = _cris([("13-2.03", CRIS_13_2_03)])
    answer = direct.answer("Je donne des cours à taux horaire chez les Cris. Mes périodes durent 75 minutes. Une période "
                           "me rapporte combien à compter du 141e jour de travail de 2007-2008 ?", [])
    assert "- **68,42 $** la période : 75 ÷ 50 × 45,61 $" in answer.text, answer.text


def test_half_time_said_in_words_is_prorated_as_50_percent():
    from tests.unit.test_amount_everyday import WORKLOAD_RULE
    direct = _bourget([("Annexe M", TEACHERS), ("6-10.08", WORKLOAD_RULE)])
    for question in ("Je suis enseignante à mi-temps au Collège, échelon 10, combien je gagne au 1er avril 2014 ?",
                     "Prof au Collège à demi-temps, échelon 10 : c'est quoi mon salaire au 1er avril 2014 ?"):
        answer = direct.answer(question, [])
        assert answer is not None and "**28 292,50 $** par année : 50 % de 56 585 $" in answer.text, \
            answer and answer.text
    full = direct.answer("Prof au Collège à temps plein, échelon 10, combien au 1er avril 2014 ?", [])
    assert "50 %" not in full.text


def test_two_job_classes_set_against_each_other_give_both_cells_and_their_difference():
    from assistant.tables import compared_classes
    psycho = """Annexe N Échelles annuelles et taux horaire du personnel salarié éducateur non-enseignant

<i>Psychoéducateur (37,5 heures/semaine) (rf. #2150)</i>
Échelons\tÉchelle annuelle au 01-04-2013\tÉchelle annuelle au 01-04-2014
9\t53 905\t54 983
"""
    direct = _bourget([("Annexe M", TEACHERS), ("Annexe N", psycho)])
    answer = direct.answer("Un psychoéducateur au Collège à l'échelon 9 gagne combien de plus qu'un enseignant au même "
                           "échelon au 1er avril 2014 ?", [])
    assert answer is not None and answer.text.startswith("**54 983 $** par année — Annexe N, Psychoéducateur"), \
        answer and answer.text
    assert "Comparaison avec **enseignant** (Annexe M) :\n\n- **54 277 $** par année — Annexe M, échelon 9" in answer.text
    assert "- **706 $** de plus par année : 54 277 $ (colonne « 1er avril 2014 ») → 54 983 $ (colonne « 1er avril " \
        "2014 »)." in answer.text, answer.text
    classes = ["Psychoéducateur", "enseignant"]
    assert compared_classes("Je gagne plus qu'un psychoéducateur, moi, prof ?", classes) is None  # one side unnamed
    assert compared_classes("Un psychoéducateur à l'échelon 9, combien de plus en 2014 qu'en 2013 ?", classes) is None


def test_a_feminine_in_eure_names_the_class_or_the_teacher():
    classes = ["Appariteur", "Technicien de travaux pratiques", "enseignant"]
    assert parse_amount_question("Je suis appariteure au Collège, échelon 3, combien de l'heure en 2013 ?",
                                 classes).job_class == "Appariteur"
    assert parse_amount_question("Je suis professeure au Collège, échelon 3, combien en 2013 ?", classes).job_class \
        == "enseignant"
    assert parse_amount_question("Combien de l'heure en 2013, échelon 3 ?", classes).job_class is None  # « heure »
