"""Amount questions naming a class or a row in everyday words (assistant/tables.py, assistant/lookups.py), on inline
excerpts of the agreements: « prof » is the teacher (« un prof qualifié en suppléance » is Annexe P A)'s
« Enseignant qualifié », not the teachers' scale), « pas qualifié » the « non qualifié », « payé à l'heure » the Cris
13-2.03 « à taux horaire »; a clause of the cited table's own article (13-2.01: whom 13-2.03 pays) does not take the
amount's place as the first passage; « qui paie le plus … ? » asks an amount."""

from __future__ import annotations

from assistant.tables import parse_amount_question
from assistant.types import Hit

from .inline_answers import table_answers
from .table_texts import ANNEXE_P, CRIS_13_2_03

DOCUMENTS = {"bourget": {"title": "Convention Collège Bourget", "aliases": ["Collège", "Bourget"],
                         "kind": "convention collective"},
             "cris": {"title": "Accord crie", "aliases": ["Cris"], "kind": "accord"}}

TEACHERS = """Annexe M Échelles annuelles de traitement des enseignants à temps complet

Échelons\tTraitement - 1er avril 2012\tTraitement - 1er avril 2013\tTraitement - 1er avril 2014
9\t52 298\t53 213\t54 277
10\t54 521\t55 475\t56 585
"""

CRIS_13_2_01 = """13-2.01

Seul le présent article s'applique aux enseignantes ou enseignants à taux horaire employés directement par la Commission pour enseigner aux élèves dans le cadre des cours de formation professionnelle sous la juridiction de la Commission.
"""


def _bourget():
    return table_answers([("bourget", "Annexe M", TEACHERS), ("bourget", "Annexe P", ANNEXE_P)], DOCUMENTS)


def test_a_prof_named_with_a_supply_class_s_words_is_that_class_not_the_teachers_scale():
    direct = _bourget()
    qualified = direct.answer("Au Collège, un prof suppléant occasionnel qualifié, c'est payé combien pour une heure ?", [])
    assert qualified is not None and qualified.text.startswith("**38,89 $** l'heure — Annexe P, A) Taux horaire de l'enseignant suppléant à court terme ou occasionnel, Enseignant qualifié"), \
        qualified and qualified.text
    unqualified = direct.answer("Au Collège, un prof pas qualifié en suppléance, c'est payé combien de l'heure ?", [])
    assert unqualified is not None and \
        unqualified.text.startswith("**30,60 $** l'heure — Annexe P, A) Taux horaire de l'enseignant suppléant à court terme ou occasionnel, Enseignant non qualifié"), unqualified.text
    scale = direct.answer("Au Collège, un prof à l'échelon 9 gagne combien au 1er avril 2014 ?", [])
    assert scale is not None and scale.text.startswith("**54 277 $** par année — Annexe M, échelon 9"), scale.text


def test_paid_by_the_hour_is_the_hourly_rate_of_the_teacher_paid_at_an_hourly_rate():
    direct = table_answers([("cris", "13-2.03", CRIS_13_2_03)], DOCUMENTS)
    answer = direct.answer("Chez les Cris, un prof payé à l'heure en formation professionnelle, ça gagne combien ?", [])
    assert answer is not None and answer.text.startswith("**46,52 $** l'heure — 13-2.03"), answer and answer.text


def test_a_clause_of_the_cited_table_s_own_article_does_not_take_the_amount_s_place():
    direct = table_answers([("cris", "13-2.01", CRIS_13_2_01), ("cris", "13-2.03", CRIS_13_2_03)], DOCUMENTS)
    hits = [Hit(chunk, 1.0 - 0.1 * n) for n, chunk in enumerate(direct.chunks)]  # 13-2.01 first
    answer = direct.answer("Je donne des cours en formation professionnelle à taux horaire pour la Commission chez les "
                           "Cris. C'est quoi mon taux selon le dernier montant ?", hits)
    assert answer is not None and answer.text.startswith("**46,52 $** l'heure — 13-2.03"), answer and answer.text


def test_who_pays_most_asks_an_amount_while_a_benefit_paid_does_not():
    assert parse_amount_question("Qui paie le plus un suppléant pas qualifié, le Collège Bourget ou les Cris ?")\
        .is_amount_question
    assert parse_amount_question("Qui paye le mieux une heure de suppléance, le Collège ou les Cris ?").is_amount_question
    assert not parse_amount_question("Le Collège paie-tu le renouvellement de mon certificat ?").is_amount_question


def test_a_clipped_class_name_is_the_one_class_it_begins():
    classes = ["enseignant", "Orthopédagogue", "Psychologue", "Psychoéducateur", "Technicien en travaux pratiques"]
    assert parse_amount_question("Au Collège, je suis ortho au 10e échelon. Combien par an ?",
                                 classes).job_class == "Orthopédagogue"
    # « psycho » begins two classes' names: none is guessed
    assert parse_amount_question("Au Collège, je suis psycho à l'échelon 8. Combien par an ?",
                                 classes).job_class is None
    assert parse_amount_question("Prof à l'échelon 8, combien par an ?", classes).job_class == "enseignant"


def test_a_month_abbreviated_before_a_year_is_that_month():
    assert parse_amount_question("Sauveteur, échelon 6 : mon salaire au 1er sept. 2012 ?").when.isoformat() == "2012-09-01"
    assert parse_amount_question("Prof à l'échelon 6 en janv. 2008, combien ?").month.isoformat() == "2008-01-01"
    # « sept » before no year is the number
    assert parse_amount_question("Prof à l'échelon 7 avec sept ans d'expérience, en 2013 ?").year == 2013
