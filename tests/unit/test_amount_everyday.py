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
from ingest.tables import find_tables
from ingest.types import Chunk

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


@pytest.fixture(scope="module")
def direct() -> DirectAnswers:
    tables, chunks = [], []
    for n, (clause, text) in enumerate((("Annexe M", TEACHERS), ("Annexe N", SUPPORT)), 1):
        tables += find_tables(text, "bourget", clause)
        chunks.append(Chunk(chunk_id=f"bourget:{n:05d}:1", doc="bourget", clause_id=clause, kind="clause", text=text,
                            indexed_text=text, doc_title=DOCUMENTS["bourget"]["title"], ordinal=n))
    return DirectAnswers(tables, chunks, DOCUMENTS)


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
