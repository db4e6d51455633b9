"""Amounts read from tables of named rows (assistant/tables.py, assistant/amount_answers.py) and the amount
lists ingest/tables.py turns into tables, on tiny inline texts in the corpus's format: the column by the
duration asked, the rows by the school year asked, the table by the question's topic, lists of amounts
written as prose, footnotes tied to their column, job classes by their initials, Annexe M's 141st-day note."""

from __future__ import annotations

from assistant.lookups import DirectAnswers
from assistant.tables import (asked_duration, duration_columns, duration_range, footnote_columns, lookup,
                              merge_follow_up, parse_amount_question, row_lookup)
from assistant.types import Answer
from ingest.tables import clause_tables, find_tables
from ingest.types import Clause

from .table_texts import ANNEXE_P, CRIS_13_2_03
from .inline_answers import table_answers

SUPPLY = """6-7.03

A) La suppléante ou le suppléant occasionnel est rémunéré de la façon suivante :

Durée de remplacement dans une journée\t60 minutes ou moins\tentre 61 minutes et 150 minutes\tplus de 150 minutes
Jusqu'au 140e jour de travail de l'année scolaire 2005-2006\t10,00 $\t25,00 $\t50,00 $
À compter du 141e jour de travail de l'année scolaire 2005-2006\t12,00 $\t30,00 $\t60,00 $
À compter du 141e jour de travail de l'année scolaire 2006-2007\t14,00 $\t35,00 $\t70,00 $

¹ Les taux pour cette durée de remplacement sont obtenus en effectuant le produit par 2,5 du taux prévu ci-haut, pour 60 minutes ou moins.

² Les taux pour cette durée de remplacement sont obtenus en effectuant le produit par 5,0 du taux prévu ci-haut, pour 60 minutes ou moins.
"""

RESPONSIBLE = """6-6.01

L'enseignante ou l'enseignant qui agit en tant que responsable dans une école reçoit, pour ses responsabilités additionnelles :

- un supplément annuel de 1 000 $ jusqu'au 140e jour de travail de l'année scolaire 2005-2006;
- un supplément annuel de 1 100 $ à compter du 141e jour de travail de l'année scolaire 2005-2006;
- un supplément annuel de 1 200 $ à compter du 141e jour de travail de l'année scolaire 2006-2007.

L'enseignante ou l'enseignant à qui la Commission confie certaines responsabilités reçoit aussi ce supplément.
"""

EXCESS = """Annexe XII Compensation pour dépassement

- C) La compensation annuelle à laquelle l'enseignante ou l'enseignant a droit est limitée à :
- 1 752 $ pour la première ou le premier élève excédentaire;
 - 2 190 $ pour la ou le deuxième élève excédentaire;
 - 2 628 $ pour chaque autre élève excédentaire. »
"""

TRAVEL = """Annexe W Politique relative aux frais de déplacement

1. Les frais de déplacement sont calculés selon les règles indiquées au tableau suivant :

Tarif de base pour les premiers 200 kilomètres\t35 $
Le coût réel du litre d'essence divisé par 10\t_____ $

4. Les frais de repas sont remboursés, avec pièces justificatives, selon les modalités suivantes :

Repas\tRemboursement maximum
Déjeuner\t7 $
Dîner\t12 $
Souper\t15 $

²⁸ Le coût du litre de l'essence ordinaire en vigueur dans la région immédiate du Collège.
"""

SCALES = """Annexe N Taux horaire

<i>Technicien de travaux pratiques (37,5 heures/semaine)</i>
Échelon\tTaux horaire au 01-04-2013\tTaux horaire au 01-04-2014
1\t18,82\t19,20
2\t19,39\t19,78

<i>Technicien en éducation spécialisée (37,5 heures/semaine)</i>
Échelon\tTaux horaire au 01-04-2013\tTaux horaire au 01-04-2014
1\t21,66\t22,09
2\t22,31\t22,76
"""


def cris_tables():
    return (find_tables(SUPPLY, "cris", "6-7.03") + find_tables(CRIS_13_2_03, "cris", "13-2.03")
            + find_tables(RESPONSIBLE, "cris", "6-6.01") + find_tables(EXCESS, "cris", "Annexe XII"))


def values(cells) -> list[str]:
    return [c.value for c in cells]


# --- ingest: amount lists and footnotes -------------------------------------------------------


def test_a_list_of_amounts_after_a_colon_is_a_table():
    (table,) = find_tables(RESPONSIBLE, "cris", "6-6.01")
    assert table.column_headers == ("un supplément annuel",) and table.unit == "annual"
    assert [(r.label, r.cells) for r in table.rows][:2] == [
        ("jusqu'au 140e jour de travail de l'année scolaire 2005-2006", ("1 000 $",)),
        ("à compter du 141e jour de travail de l'année scolaire 2005-2006", ("1 100 $",))]
    assert all(row.line in RESPONSIBLE for row in table.rows)  # the item, verbatim: what the answer quotes
    assert table.extra["list"] is True and table.extra["intro"].startswith("L'enseignante ou l'enseignant qui agit")
    (excess,) = find_tables(EXCESS, "cris", "Annexe XII")
    assert excess.column_headers == ("Montant",)
    assert [r.label for r in excess.rows] == ["pour la première ou le premier élève excédentaire",
                                              "pour la ou le deuxième élève excédentaire",
                                              "pour chaque autre élève excédentaire"]


def test_a_list_without_an_introducing_colon_or_of_one_item_is_not_a_table():
    assert find_tables("Texte.\n\n- 10 $ pour un repas;\n- 12 $ pour deux repas.", "d", "1-1.01") == []
    assert find_tables("Il reçoit :\n\n- un montant de 10 $ pour un repas.\n", "d", "1-1.01") == []
    assert find_tables("Il reçoit :\n\n- 10 $ et 12 $ pour un repas;\n- 14 $ pour deux.\n", "d", "1-1.01") == []


def test_clause_tables_reads_a_clause_that_has_only_an_amount_list():
    clause = Clause(doc="cris", clause_id="6-6.01", kind="clause", title="", text=RESPONSIBLE, start=100)
    (table,) = clause_tables([clause])
    assert table.table_id == "cris:6-6-01:1" and table.start > 100


def test_a_footnote_goes_to_the_table_of_its_page_that_shares_its_words():
    km, meals = find_tables(TRAVEL, "bourget", "Annexe W")
    assert km.footnotes and not meals.footnotes


def test_a_times_rule_footnote_is_tied_to_the_column_it_computes():
    (table,) = find_tables(SUPPLY, "cris", "6-7.03")
    assert [footnote_columns(table, f) for f in table.footnotes] == [{1}, {2}]
    assert footnote_columns(table, "Une note sans règle.") is None


# --- durations ----------------------------------------------------------------------------------


def test_asked_durations():
    assert asked_duration("un remplacement de 2 heures") == 120
    assert asked_duration("une suppléance de 1 h 30 hier") == 90
    assert asked_duration("une heure et demie") == 90
    assert asked_duration("100 minutes de remplacement") == 100
    assert asked_duration("payé pour plus de 210 minutes") == 211
    assert asked_duration("une journée complète") == float("inf")
    assert asked_duration("remplace dans une journée") is None
    assert asked_duration("37,5 heures/semaine au 141e jour de 2007-2008") is None


def test_duration_ranges_of_headers():
    assert duration_range("60 minutes ou moins") == (0, 60)
    assert duration_range("entre 61 minutes et 150 minutes") == (61, 150)
    assert duration_range("plus de 210 minutes") == (211, float("inf"))
    assert duration_range("1er avril 2013") is None and duration_range("Taux") is None


def test_the_column_holding_the_duration_asked_with_why():
    (table,) = find_tables(SUPPLY, "cris", "6-7.03")
    assert duration_columns(table, "remplacement de 2 heures") == (
        [1], "2 heures = 120 minutes : colonne « entre 61 minutes et 150 minutes »")
    columns, why = duration_columns(table, "une journée complète")
    assert columns == [2] and "hypothèse : elle dépasse 150 minutes" in why
    assert duration_columns(table, "en 2006-2007") is None


# --- rows named by the question ---------------------------------------------------------------


def test_a_duration_and_a_school_year_give_one_column_of_the_rows_in_force_that_year():
    cells = row_lookup(cris_tables(), "Combien est payé un suppléant occasionnel pour 2 heures en 2006-2007 ?")
    assert values(cells) == ["30,00 $", "35,00 $"]  # the row in force until the 140th day, then the 141st day's
    assert cells[0].note == "en vigueur jusqu'au 140e jour de travail de l'année scolaire 2006-2007"
    # the day named keeps its row; both rows of a year printed twice
    assert values(row_lookup(cris_tables(), "Un suppléant occasionnel, 45 minutes, à compter du 141e jour de "
                                            "travail de 2006-2007 ?")) == ["14,00 $"]
    assert values(row_lookup(cris_tables(), "Suppléant occasionnel, journée complète, en 2005-2006 ?")) == [
        "50,00 $", "60,00 $"]
    # a duration the table's columns hold counts as its topic (« suppléante » alone would not name it)
    assert values(row_lookup(cris_tables(), "Combien on paye une suppléante pour 90 minutes en 2006-2007 ?")) == [
        "30,00 $", "35,00 $"]
    assert row_lookup(cris_tables(), "Pour 90 minutes en 2006-2007, combien ?") == []
    # words meet by their root (« suppléance » and « suppléant »), not by a shorter one
    assert values(row_lookup(cris_tables(), "Une heure et demie de suppléance en 2006-2007, combien ?")) == [
        "30,00 $", "35,00 $"]


def test_a_calendar_year_gives_the_rows_in_force_during_it():
    # rows changing on the 141st working day (February or March): 2006 is the end of 2005-2006
    assert values(row_lookup(cris_tables(), "Un suppléant occasionnel pour 2 heures en 2006, combien ?")) == [
        "25,00 $", "30,00 $"]
    assert values(row_lookup(cris_tables(), "Le taux horaire d'un enseignant à taux horaire en 2007 ?")) == [
        "43,84 $", "44,72 $"]
    assert row_lookup(cris_tables(), "Le taux horaire d'un enseignant à taux horaire en 2011 ?") == []


def test_the_table_is_the_one_on_the_questions_topic():
    # « responsable d'école » is 6-6.01's topic, not the hourly rate's, though both have a row of 2006-2007
    cells = row_lookup(cris_tables(), "Combien reçoit un enseignant responsable d'école en 2006-2007 ?")
    assert values(cells) == ["1 100 $", "1 200 $"] and cells[0].table.annex_or_clause == "6-6.01"
    assert values(row_lookup(cris_tables(), "Le taux horaire d'un enseignant à taux horaire en 2006-2007 ?")) == [
        "43,84 $", "44,72 $"]
    # words every amount question has name no table; a topic word alone does not either
    assert row_lookup(cris_tables(), "Combien gagne un enseignant en 2006-2007 ?") == []
    assert row_lookup(cris_tables(), "Y a-t-il une prime pour une école en 2006-2007 ?") == []


def test_no_year_asked_gives_the_latest_row_and_a_year_not_printed_nothing():
    cells = row_lookup(cris_tables(), "Un suppléant occasionnel qui remplace 100 minutes, c'est combien ?")
    assert values(cells) == ["35,00 $"] and "ligne la plus récente du tableau" in cells[0].note
    assert row_lookup(cris_tables(), "Un suppléant occasionnel qui remplace 100 minutes en 2010-2011 ?") == []


def test_a_list_asked_by_its_topic_is_given_whole_a_row_by_its_words():
    cells = row_lookup(cris_tables(), "Si j'ai des élèves de trop, la compensation annuelle est limitée à combien ?")
    assert values(cells) == ["1 752 $", "2 190 $", "2 628 $"]
    assert values(row_lookup(cris_tables(), "Combien pour le deuxième élève excédentaire ?")) == ["2 190 $"]


def test_a_meal_asked_by_its_time_of_day_names_its_row():
    tables = find_tables(TRAVEL, "bourget", "Annexe W")
    assert values(row_lookup(tables, "Mon repas du midi en déplacement, c'est remboursé combien ?")) == ["12 $"]
    assert values(row_lookup(tables, "Le repas du soir est remboursé jusqu'à combien ?")) == ["15 $"]
    assert values(row_lookup(tables, "Combien on me rembourse pour mes repas ?")) == ["7 $", "12 $", "15 $"]
    assert row_lookup(tables, "C'est quoi les frais de déplacement remboursés ?") == []  # two tables: not guessed


# --- scales -------------------------------------------------------------------------------------


def test_a_job_class_named_by_its_initials():
    tables = find_tables(SCALES, "bourget", "Annexe N")
    classes = [t.job_class for t in tables]
    query = parse_amount_question("Je suis TES à l'échelon 2, combien de l'heure au 1er avril 2014 ?", classes)
    assert query.job_class == "Technicien en éducation spécialisée"
    assert values(lookup(tables, query)) == ["22,76"]


TEACHERS_NOTED = """Annexe M Échelles annuelles de traitement des enseignants

Échelons\tTraitement - 1er avril 2013\tTraitement - 1er avril 2014
1\t38 139\t38 902
2\t39 760\t40 555

¹³ Il est à noter qu'il faut lire au tableau le taux de traitement à compter du 141e jour de travail de l'année scolaire concernée au lieu du 1er avril d'une année visée.
"""


def test_a_date_just_before_a_column_read_from_the_141st_working_day_gives_it_too_on_condition():
    (table,) = find_tables(TEACHERS_NOTED, "bourget", "Annexe M")
    march = lookup([table], parse_amount_question("Combien gagne un enseignant à l'échelon 2 au 15 mars 2014 ?"))
    assert values(march) == ["39 760", "40 555"]
    assert march[0].note.startswith("en vigueur à compter du 141e jour de travail de l'année scolaire 2012-2013 "
                                    "jusqu'au 140e jour de travail de l'année scolaire 2013-2014")
    assert march[1].note.endswith("; si le 141e jour de travail de l'année scolaire 2013-2014 est passé à cette date")
    january = lookup([table], parse_amount_question("Combien gagne un enseignant à l'échelon 2 au 15 janvier 2014 ?"))
    assert values(january) == ["39 760"]


# --- the answer ---------------------------------------------------------------------------------


def direct_answers(texts: dict[str, str], doc: str = "cris") -> DirectAnswers:
    return table_answers([(doc, clause, text) for clause, text in texts.items()],
                         {doc: {"title": "Accord de test", "aliases": [doc]}})


def test_the_answer_says_the_duration_gives_both_rows_the_rule_and_the_columns_footnote():
    direct = direct_answers({"6-7.03": SUPPLY, "6-6.01": RESPONSIBLE})
    answer = direct.answer("Combien est payé un suppléant occasionnel pour 2 heures en 2006-2007 ?", [])
    assert answer.kind == "amount"
    assert answer.text.startswith("Durée demandée — 2 heures = 120 minutes : colonne « entre 61 minutes et 150 minutes »")
    assert "**30,00 $**" in answer.text and "**35,00 $**" in answer.text and "**14,00 $**" not in answer.text
    assert "« A) La suppléante ou le suppléant occasionnel est rémunéré de la façon suivante »" in answer.text
    assert answer.text.count("| **À compter du 141e jour") == 2  # both rows in the small table
    assert "produit par 2,5" in answer.text and "produit par 5,0" not in answer.text
    assert {c.clause for c in answer.citations} == {"6-7.03"}
    for citation in answer.citations:
        assert citation.quote in SUPPLY


def test_a_prose_list_is_answered_and_cited_item_by_item():
    direct = direct_answers({"6-7.03": SUPPLY, "6-6.01": RESPONSIBLE})
    answer = direct.answer("Quel montant reçoit un enseignant responsable d'école chez les Cris en 2006-2007 ?", [])
    assert answer.kind == "amount"
    assert answer.text.startswith("- **1 100 $** par année — 6-6.01, ligne « à compter du 141e jour")
    assert "**1 200 $**" in answer.text
    quotes = [c.quote for c in answer.citations]
    assert "- un supplément annuel de 1 200 $ à compter du 141e jour de travail de l'année scolaire 2006-2007." in quotes
    assert all(q in RESPONSIBLE for q in quotes)


TEACHERS = """Annexe M Échelles annuelles de traitement des enseignants

Échelons\tTraitement - 1er avril 2013\tTraitement - 1er avril 2014
1\t38 139\t38 902
2\t39 760\t40 555
"""


def test_rates_by_date_asked_by_their_heading_or_by_the_longer_class_named():
    direct = direct_answers({"Annexe P": ANNEXE_P, "Annexe M": TEACHERS}, doc="bourget")
    night = direct.answer("La surveillance de nuit, c'est payé combien ?", [])
    # the annex's table named by its section heading (a short one: Annexe P's « A) … » sentence is not said)
    assert night.text.startswith("**63,11 $** par période — Annexe P, C) Surveillance de nuit, ligne « À compter du "
                                 "1er avril 2014 »")
    # asked in the past tense and by a season (« je faisais … j'étais payé », « à l'automne 2013 »): the same table
    past = direct.answer("Je faisais de la surveillance de nuit à l'automne 2013. J'étais payé combien pour une nuit ?", [])
    assert past.text.startswith("**61,87 $** par période — Annexe P, C) Surveillance de nuit")
    qualified = direct.answer("Un suppléant occasionnel qualifié est payé combien de l'heure en 2013 ?", [])
    assert qualified.text.startswith("Plusieurs classes d'emploi correspondent ; pour **Enseignant qualifié**")
    assert "**38,13 $**" in qualified.text
    # « non qualifié » holds every word of « Enseignant qualifié » too: the longer class is the one asked
    unqualified = direct.answer("Combien est payé un enseignant suppléant non qualifié ?", [])
    assert unqualified.text.startswith("**30,60 $** l'heure — Annexe P, A) Taux horaire de l'enseignant suppléant à court terme ou occasionnel, Enseignant non qualifié")
    # a word the heading lacks (« long ») or a yes/no question: not these tables
    assert direct.answer("Combien est payé un suppléant à long terme ?", []) is None
    assert direct.answer("Le suppléant est-il payé selon l'échelle ?", []) is None


def test_a_teacher_asked_without_echelon_gets_the_scale_range_prof_too():
    direct = direct_answers({"Annexe P": ANNEXE_P, "Annexe M": TEACHERS}, doc="bourget")
    for question in ("Combien gagne un enseignant ?", "C'est combien le salaire d'un prof ?"):
        answer = direct.answer(question, [])
        assert answer.text.startswith("Le montant dépend de l'échelon : de **38 902 $** (échelon 1) à **40 555 $**")
    top = direct.answer("C'est quoi le salaire max d'un prof ?", [])  # the last échelon's, not a range to narrow
    assert top.text.startswith("**40 555 $** par année — Annexe M, échelon 2, colonne « 1er avril 2014 » ; dernier")
    assert direct.answer("Est-ce que le prof passe à l'échelle salariale ?", []) is None


def test_a_short_follow_up_changes_the_year_or_the_duration_of_a_named_row_question():
    first = "Combien est payé un suppléant occasionnel pour 2 heures en 2005-2006 ?"
    assert merge_follow_up(first, "Et en 2006-2007 ?") == \
        "combien est paye un suppleant occasionnel pour 2 heures en 2006-2007 ?"
    assert merge_follow_up(first, "Et pour 45 minutes ?") == \
        "combien est paye un suppleant occasionnel pour 45 minutes en 2005-2006 ?"
    assert merge_follow_up(first, "Et pour un enseignant ?") is None
    direct = direct_answers({"6-7.03": SUPPLY, "6-6.01": RESPONSIBLE})
    history = [direct.answer(first, [])]
    assert history[0].kind == "amount"
    assert "**25,00 $**" in history[0].text and "**30,00 $**" in history[0].text
    turns = [("Et pour l'année scolaire 2006-2007 ?", ["**30,00 $**", "**35,00 $**"]),
             ("Et pour une journée complète ?", ["**60,00 $**", "**70,00 $**"])]  # the year kept from the turn before
    for question, cells in turns:
        answer = direct.answer(question, [], history=history)
        assert answer is not None and answer.kind == "amount" and all(c in answer.text for c in cells), question
        history.append(Answer(question=question, text=answer.text, kind="amount"))
    assert direct.answer("Et pour 45 minutes ?", [], history=[Answer(question=first, text="", kind="quoted")]) is None


def test_a_part_of_a_day_the_agreement_does_not_define_gives_every_duration_column_and_says_so():
    direct = direct_answers({"6-7.03": SUPPLY})
    answer = direct.answer("Une suppléante occasionnelle qui remplace une demi-journée est payée combien à compter "
                           "du 141e jour de travail de 2006-2007 ?", [])
    assert answer is not None and answer.kind == "amount", answer and answer.text
    assert answer.text.startswith("Durée demandée — « demi-journée » : la convention ne la définit pas en minutes")
    assert all(value in answer.text for value in ("**14,00 $**", "**35,00 $**", "**70,00 $**"))


def test_a_school_year_after_the_tables_last_row_gets_that_row_said_to_be_the_latest():
    direct = direct_answers({"6-7.03": SUPPLY})
    answer = direct.answer("Une suppléante occasionnelle qui remplace 45 minutes est payée combien en 2007-2008 ?", [])
    assert answer is not None and answer.kind == "amount", answer and answer.text
    first = answer.text.split("\n\n")[1]
    assert first.startswith("**14,00 $** — 6-7.03, ligne « À compter du 141e jour de travail de l'année scolaire "
                            "2006-2007 »"), answer.text
    assert "ligne la plus récente du tableau, en vigueur au début de 2007-2008 ; il ne donne pas de montant plus " \
           "récent" in first
    later = direct.answer("Une suppléante occasionnelle qui remplace 45 minutes est payée combien en 2009-2010 ?", [])
    assert later is None or "**14,00 $**" not in later.text  # a later year: the table says nothing of it
    within = direct.answer("Une suppléante occasionnelle qui remplace 45 minutes est payée combien en 2006-2007 ?", [])
    assert "ligne la plus récente" not in within.text and "**12,00 $**" in within.text


def test_a_scale_or_rates_asked_with_c_est_quoi_or_ca_donne_quoi():
    direct = direct_answers({"Annexe P": ANNEXE_P, "Annexe M": TEACHERS}, doc="bourget")
    scale = direct.answer("C'est quoi l'échelle salariale d'un enseignant ?", [])
    assert scale is not None and scale.text.startswith("Le montant dépend de l'échelon")
    rates = direct.answer("Les taux de suppléance pour un enseignant qualifié, ça donne quoi ?", [])
    assert rates is not None and rates.kind == "amount" and "38,89" in rates.text or "38,13" in rates.text
