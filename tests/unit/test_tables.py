"""ingest.tables and assistant.tables on small inline texts in the corpus's format (tab-separated rows)."""

from __future__ import annotations

from datetime import date

from assistant.tables import (
    format_cell_answer,
    format_cell_answers,
    lookup,
    parse_amount_question,
    placement,
    row_lookup,
)
from ingest.tables import Table, check_table, find_tables, parse_date, read_jsonl, row_text, write_jsonl

ANNEXE_M = """Annexe M Échelles annuelles de traitement des enseignants à temps complet (rf. clause 7-6.02)

Échelons\tTraitement enseignants secteur public - 1er avril 2012\tTraitement enseignants secteur public - 1er avril 2013\tTraitement enseignants secteur public - 1er avril 2014
\t1 % (+ 0,5 %)\t1,75 %\t2 %
1\t37 483\t38 139\t38 902
2\t39 076\t39 760\t40 555
12\t59 256\t60 293\t61 499
17\t72 967\t74 244\t75 729

¹³ Il est à noter qu'il faut lire au tableau le taux de traitement à compter du 141e jour de travail de l'année scolaire concernée au lieu du 1er avril d'une année visée.

¹⁴ L'enseignant se voit attribuer l'échelon correspondant à son expérience, augmenté de :

- 2 échelons dans le cas de celui dont la scolarité est évaluée à 17 ans ;
- 4 échelons dans le cas de celui dont la scolarité est évaluée à 18 ans ;
- 6 échelons dans le cas de celui dont la scolarité est évaluée à 19 ans ou plus sans doctorat de 3e cycle ;
- 8 échelons dans le cas de celui dont la scolarité est évaluée à 19 ans ou plus avec doctorat de 3e cycle.
"""

# Annexe N: two job classes, the second continued on the next page ("(suite)"), a footnote there.
ANNEXE_N = """Annexe N Échelles annuelles et taux horaire du personnel salarié éducateur non-enseignant

A) Taux horaire, salarié éducateur de soutien technique

Appariteur (37,5 heures/semaine) (rf. #4218)
Échelon\tTaux horaire au 01-04-2012\tTaux horaire au 01-04-2013\tTaux horaire au 01-04-2014
1\t15,83\t16,11\t16,43
2\t16,22\t16,50\t16,83

Technicien de travaux pratiques (37,5 heures/semaine) (rf. #4209)
Échelon\tTaux horaire au 01-04-2012\tTaux horaire au 01-04-2013\tTaux horaire au 01-04-2014
1\t18,50\t18,82\t19,20
2\t19,06\t19,39\t19,78

Annexe N Échelles annuelles et taux horaire du personnel salarié éducateur non-enseignant (suite)

A) Taux horaire, salarié éducateur de soutien technique

Échelon\tTaux horaire au 01-04-2012\tTaux horaire au 01-04-2013\tTaux horaire au 01-04-2014
3\t19,66\t20,00\t20,40
4\t20,28\t20,63\t21,04

¹⁵ Note de la page suivante.

Annexe N Échelles annuelles et taux horaire du personnel salarié éducateur non-enseignant (suite)

B) Échelles annuelles, salarié éducateur professionnel à temps complet

Orthopédagogue (37,5 heures/semaine) (rf. #2123)

Échelons\tÉchelle annuelle au 01-04-2012\tÉchelle annuelle au 01-04-2013
1\t39 634\t40 328
2\t40 954\t41 671
"""

# Raw corpus form (before ingest.normalise): markup, ^{er}, footnote markers, trailing tabs.
RAW = """Annexe L Paramètres salariaux

\tAugmentations fixes\tAugmentations liées à la croissance économique\tAugmentation liée à l'inflation
1 ^{er} avril 2012\t1 %\t0,50 %\t
1 ^{er} avril 2013\t1,75 %\t1,50 %\t
31 mars 2015\t\t\t1 %

<i>Appariteur (37,5 heures/semaine) (rf. #4218)</i>\t\t\t
Échelon ¹⁴\tTaux horaire au 01-04-2013\tTaux horaire au 01-04-2014
1\t16,11\t16,43
2\t16,50\t16,83
"""

NOT_NUMERIC = """Annexe XXX Liste

Directions régionales\tCommissions scolaires
Région 01 Du Bas-Saint-Laurent\tChic-Chocs (des) Eastern Shores
Région 02 Du Saguenay–Lac-Saint-Jean\tDe La Jonquière Lac-Saint-Jean (du)
"""


def _m() -> Table:
    (table,) = find_tables(ANNEXE_M, "bourget", "Annexe M", page=180)
    return table


def test_annex_m_headers_rows_cells_and_footnotes():
    table = _m()
    assert table.table_id == "bourget:annexe-m:1"
    assert table.title.startswith("Annexe M Échelles annuelles")
    assert table.row_header == "Échelons"
    assert table.column_caption == "Traitement enseignants secteur public"
    assert table.column_headers == ("1er avril 2012", "1er avril 2013", "1er avril 2014")
    assert table.column_notes == ("1 % (+ 0,5 %)", "1,75 %", "2 %")
    assert [r.label for r in table.rows] == ["1", "2", "12", "17"]
    assert table.rows[2].cells == ("59 256", "60 293", "61 499")
    assert table.rows[2].line == "12\t59 256\t60 293\t61 499"
    assert table.unit == "annual" and table.page == 180 and table.echelon_rows
    assert table.job_class == "enseignant"
    assert len(table.footnotes) == 2
    assert "141e jour de travail" in table.footnotes[0]
    assert table.footnotes[1].startswith("¹⁴ L'enseignant") and table.footnotes[1].endswith("3e cycle.")
    assert table.footnotes[1].count("\n- ") == 4


def test_cell_by_label_header_date_and_index():
    table = _m()
    cell = table.cell("12", "1er avril 2013")
    assert cell is not None and cell.value == "60 293" and cell.column_note == "1,75 %"
    assert table.cell(12, date(2013, 4, 1)).value == "60 293"
    assert table.cell(12, "2013-04-01").value == "60 293"
    assert table.cell(12, "Traitement enseignants secteur public - 1er avril 2013").value == "60 293"
    assert table.cell(12, 2).value == "61 499"
    assert table.cell(3, 0) is None and table.cell(12, "1er avril 2020") is None


def test_row_text_and_records_round_trip(tmp_path):
    table = _m()
    assert row_text(table, table.rows[2]) == (
        "Annexe M, échelon 12 : 1er avril 2012 : 59 256 $ ; 1er avril 2013 : 60 293 $ ; 1er avril 2014 : 61 499 $")
    assert Table.from_record(table.to_record()) == table
    records = table.to_records()
    assert len(records) == 4 and records[2]["text"].startswith("Annexe M, échelon 12 :")
    write_jsonl([table], tmp_path / "tables.jsonl")
    assert read_jsonl(tmp_path / "tables.jsonl") == [table]


def test_annex_n_job_classes_sections_and_suite_join():
    tables = find_tables(ANNEXE_N, "bourget", "Annexe N", offset=1000)
    assert [t.subtitle for t in tables] == [
        "Appariteur (37,5 heures/semaine) (rf. #4218)",
        "Technicien de travaux pratiques (37,5 heures/semaine) (rf. #4209)",
        "Orthopédagogue (37,5 heures/semaine) (rf. #2123)",
    ]
    appariteur, technicien, ortho = tables
    assert appariteur.unit == technicien.unit == "hourly" and ortho.unit == "annual"
    assert technicien.section.startswith("A) Taux horaire") and ortho.section.startswith("B) Échelles")
    # the "(suite)" page carries on the technician's table: the repeated header is not a row
    assert [r.label for r in technicien.rows] == ["1", "2", "3", "4"]
    assert technicien.cell(4, "01-04-2013").value == "20,63"
    assert technicien.footnotes == ("¹⁵ Note de la page suivante.",)
    assert appariteur.footnotes == () and ortho.footnotes == ()
    assert technicien.column_date(1) == date(2013, 4, 1)
    assert ANNEXE_N[technicien.start - 1000:technicien.end - 1000].startswith("Échelon\t")
    assert row_text(appariteur, appariteur.rows[0]).startswith(
        "Annexe N, Appariteur (37,5 heures/semaine) (rf. #4218), échelon 1 : 1er avril 2012 : 15,83 $")


def test_data_rows_right_after_suite_join_previous_table():
    text = ANNEXE_N.replace(
        "Échelon\tTaux horaire au 01-04-2012\tTaux horaire au 01-04-2013\tTaux horaire au 01-04-2014\n3\t",
        "3\t")
    tables = find_tables(text, "bourget", "Annexe N")
    assert [r.label for r in tables[1].rows] == ["1", "2", "3", "4"]


def test_raw_text_markup_trailing_tabs_and_empty_cells():
    percent, appariteur = find_tables(RAW, "bourget", "Annexe L")
    assert percent.unit == "percent" and percent.row_header == ""
    assert percent.column_headers[0] == "Augmentations fixes"
    assert [r.label for r in percent.rows] == ["1er avril 2012", "1er avril 2013", "31 mars 2015"]
    assert percent.rows[2].cells == ("", "", "1 %")
    assert percent.rows[0].cells == ("1 %", "0,50 %", "")
    assert appariteur.subtitle == "Appariteur (37,5 heures/semaine) (rf. #4218)"
    assert appariteur.row_header == "Échelon"
    assert appariteur.cell(2, "01-04-2014").value == "16,83"


def test_text_grids_are_not_tables():
    assert find_tables(NOT_NUMERIC, "cris", "Annexe XXX") == []
    assert find_tables("Aucun tableau ici.\n", "cris", "1-1.01") == []


def test_check_table_flags_a_value_below_the_previous_date():
    text = "Échelon\tÉchelle annuelle au 01-04-2012\tÉchelle annuelle au 01-04-2013\n18\t72 967\t72 244\n"
    (table,) = find_tables(text, "bourget", "Annexe N")
    assert check_table(table) == ["échelon 18, 01-04-2013 : 72 244 < 72 967 (01-04-2012)"]
    assert check_table(_m()) == []


def test_parse_date_forms():
    assert parse_date("1er avril 2013") == date(2013, 4, 1)
    assert parse_date("Traitement - 31 décembre 2010") == date(2010, 12, 31)
    assert parse_date("Taux horaire au 01-04-2014") == date(2014, 4, 1)
    assert parse_date("Échelons") is None


# --- assistant.tables ---------------------------------------------------------------------------


def _all() -> list[Table]:
    return [_m(), *find_tables(ANNEXE_N, "bourget", "Annexe N")]


def test_parse_amount_question():
    classes = [t.job_class for t in _all()]
    query = parse_amount_question("Combien gagne un enseignant à l'échelon 12 au 1er avril 2013 ?", classes)
    assert (query.echelon, query.job_class, query.when, query.rate) == (12, "enseignant", date(2013, 4, 1), None)
    assert query.date_or_year == "1er avril 2013" and query.is_amount_question
    query = parse_amount_question("Quel est le taux horaire d'une technicienne de travaux pratiques au 3e échelon "
                                  "en 2013-2014 ?", classes)
    assert (query.echelon, query.job_class, query.school_year, query.rate) == (
        3, "Technicien de travaux pratiques", (2013, 2014), "hourly")
    query = parse_amount_question("Salaire annuel à l'échelon 2 en 2014", classes)
    assert (query.year, query.rate, query.job_class) == (2014, "annual", None)
    assert not parse_amount_question("Quand débute le congé de maternité ?").is_amount_question


def test_lookup_exact_date_gives_the_cell_and_its_footnote():
    query = parse_amount_question("Combien gagne un enseignant à l'échelon 12 au 1er avril 2013 ?")
    (answer,) = lookup(_all(), query)
    assert answer.value == "60 293" and answer.column_label == "1er avril 2013"
    text = format_cell_answer(answer)
    assert text.startswith("**60 293 $** par année — Annexe M, échelon 12, colonne « 1er avril 2013 »")
    assert "141e jour de travail" in text and "se voit attribuer" not in text


def test_lookup_year_with_two_columns_in_force_returns_both():
    answers = lookup(_all(), parse_amount_question("Salaire d'un enseignant à l'échelon 12 en 2014"))
    assert [a.column_label for a in answers] == ["1er avril 2013", "1er avril 2014"]
    # Annexe M's note 13: the columns dated 1er avril are read from the 141st working day of the school year
    assert answers[0].note == ("en vigueur à compter du 141e jour de travail de l'année scolaire 2012-2013 jusqu'au "
                               "140e jour de travail de l'année scolaire 2013-2014 (selon la note du tableau : le 141e "
                               "jour de travail au lieu du 1er avril)")
    assert answers[1].note.startswith("en vigueur à compter du 141e jour de travail de l'année scolaire 2013-2014")
    assert "Plusieurs valeurs" in format_cell_answers(answers)


def test_lookup_date_between_columns_and_hourly_job_class():
    query = parse_amount_question("Taux horaire d'un technicien de travaux pratiques échelon 4 au 15 octobre 2013")
    (answer,) = lookup(_all(), query)
    assert answer.value == "20,63" and answer.table.subtitle.startswith("Technicien")
    assert format_cell_answer(answer).startswith(
        "**20,63 $** l'heure — Annexe N, A) Taux horaire, salarié éducateur de soutien technique, "
        "Technicien de travaux pratiques (37,5 heures/semaine) (rf. #4209), "
        "échelon 4, colonne « 01-04-2013 » (1er avril 2013)")


def test_lookup_without_job_class_lists_candidates_teachers_first():
    answers = lookup(_all(), parse_amount_question("Quel est le salaire à l'échelon 2 au 1er avril 2013 ?"))
    assert [a.table.job_class for a in answers] == [
        "enseignant", "Appariteur", "Technicien de travaux pratiques", "Orthopédagogue"]
    annual = lookup(_all(), parse_amount_question("Salaire annuel à l'échelon 2 au 1er avril 2013 ?"))
    assert [a.value for a in annual] == ["39 760", "41 671"]
    assert lookup(_all(), parse_amount_question("Quel est le salaire d'un enseignant ?")) == []


def test_placement_from_the_footnote_rule():
    table = _m()
    result = placement(19, 3, table)
    assert result.echelon == 10
    assert "6 échelons" in result.steps[1].source and "sans doctorat" in result.steps[1].source
    assert placement(19, 3, table, doctorate=True).echelon == 12
    assert placement(17, 7, table).echelon == 10
    assert placement(18, 20, table).echelon == 17  # the table stops at 17
    none = placement(17, 3, find_tables(ANNEXE_N, "bourget", "Annexe N")[0])
    assert none.echelon is None and "Aucune règle" in none.note


def test_part_of_a_class_name_lists_every_class_it_may_be():
    """"technicien" alone is two classes: both are answered, never one guessed silently."""
    text = ANNEXE_N.replace("Appariteur (37,5", "Technicien en éducation spécialisée (37,5")
    tables = find_tables(text, "bourget", "Annexe N")
    question = "Taux horaire d'un technicien à l'échelon 2 au 1er avril 2013 ?"
    answers = lookup(tables, parse_amount_question(question, [t.job_class for t in tables]))
    assert {a.table.job_class for a in answers} == {"Technicien en éducation spécialisée", "Technicien de travaux pratiques"}
    named = "Taux horaire d'un technicien de travaux pratiques à l'échelon 2 au 1er avril 2013 ?"
    (answer,) = lookup(tables, parse_amount_question(named, [t.job_class for t in tables]))
    assert answer.value == "19,39"


# --- rows named by words ------------------------------------------------------------------------

ALLOWANCES = """Annexe W Politique relative aux frais de déplacement

Tarif de base pour les premiers 200 kilomètres\t35 $
Frais pour chaque kilomètre excédant (+ de 200 km)\t0,15 $ /km
Le coût réel du litre d'essence divisé par 10\t_____ $

Repas\tRemboursement maximum
Déjeuner\t7 $
Souper\t15 $
"""

RATES = """13-2.03

- A) L'enseignante ou l'enseignant à taux horaire est rémunéré sur la base des taux horaires fixés ci-après :

Période\tTaux
Jusqu'au 140e jour de travail de l'année scolaire 2005-2006\t42,98 $
À compter du 141e jour de travail de l'année scolaire 2007-2008\t45,61 $
À compter du 141e jour de travail de l'année scolaire 2008-2009\t46,52 $
"""


def test_a_rate_per_kilometre_and_a_form_blank_make_a_table():
    km, meals = find_tables(ALLOWANCES, "bourget", "Annexe W")
    assert [(r.label[:16], r.cells) for r in km.rows] == [
        ("Tarif de base po", ("35 $",)), ("Frais pour chaqu", ("0,15 $ /km",)), ("Le coût réel du ", ("_____ $",))]
    assert [r.label for r in meals.rows] == ["Déjeuner", "Souper"]


def test_row_lookup_reads_the_row_the_question_names():
    tables = find_tables(ALLOWANCES, "bourget", "Annexe W") + find_tables(RATES, "cris", "13-2.03")
    (km,) = row_lookup(tables, "On me rembourse combien par kilomètre au-delà de 200 km ?")
    assert km.value == "0,15 $ /km"
    (supper,) = row_lookup(tables, "Combien pour un souper ?")
    assert supper.value == "15 $"
    (rate,) = row_lookup(tables, "Taux horaire à compter du 141e jour de travail de l'année scolaire 2008-2009 ?")
    assert rate.value == "46,52 $"
    # the year alone: the row in force from the 141st day and the one before it
    assert [c.value for c in row_lookup(tables, "Un enseignant à taux horaire gagne combien en 2008-2009 ?")] == [
        "45,61 $", "46,52 $"]


def test_a_rate_asked_by_the_kilometre_gives_the_base_and_the_rate_beyond():
    tables = find_tables(ALLOWANCES, "bourget", "Annexe W") + find_tables(RATES, "cris", "13-2.03")
    for question in ("Le remboursement au km, c'est combien ?", "C'est combien du kilomètre ?"):
        assert [c.value for c in row_lookup(tables, question)] == ["35 $", "0,15 $ /km"], question
    assert row_lookup(tables, "Combien de kilomètres je peux faire ?") == []  # no rate by the kilometre asked


RESOURCES = ("**ANNEXE XXII AJOUTS DE RESSOURCES AUX ÉLÈVES À RISQUE ET AUX ÉLÈVES HANDICAPÉS**\n\n"
             "La répartition des sommes s'établit de la façon suivante :\n\n"
             "Année scolaire\tMontant additionnel\tAjout total\n2006-2007\t390 000 $\t390 000 $\n"
             "2007-2008\t195 000 $\t585 000 $\n")


def test_money_given_on_top_names_the_additional_column():
    tables = find_tables(RESOURCES, "cris", "Annexe XXII")
    (extra,) = row_lookup(tables, "Le Ministère donne combien d'argent de plus pour les élèves à risque en 2007-2008 ?")
    assert extra.value == "195 000 $"
    assert len(row_lookup(tables, "Le Ministère donne combien pour les élèves à risque en 2007-2008 ?")) != 1


def test_row_lookup_needs_the_row_named():
    tables = find_tables(ALLOWANCES, "bourget", "Annexe W") + find_tables(RATES, "cris", "13-2.03")
    assert row_lookup(tables, "Est-ce que mes frais d'épicerie sont remboursés ?") == []  # one word of six
    assert row_lookup(tables, "J'ai combien de temps pour loger un grief à la commission scolaire ?") == []


def test_an_amended_annex_takes_the_heading_of_its_new_text():
    """« 73) L'annexe XXII qui suit est ajoutée : » is the amending agreement's instruction; the
    table's title is the heading of the text it adds."""
    text = ("73) L'annexe XXII qui suit est ajoutée :\n\n**« ANNEXE XXII AJOUTS DE RESSOURCES AUX ÉLÈVES À RISQUE ET AUX\n"
            "ÉLÈVES HANDICAPÉS**\n\nLa répartition des sommes s'établit de la façon suivante :\n\n"
            "Année scolaire\tMontant additionnel\tAjout total\n2006-2007\t390 000 \\$\t390 000 \\$\n"
            "2007-2008\t195 000 \\$\t585 000 \\$\n")
    (table,) = find_tables(text, "cris", "Annexe XXII")
    assert table.title == "ANNEXE XXII AJOUTS DE RESSOURCES AUX ÉLÈVES À RISQUE ET AUX ÉLÈVES HANDICAPÉS"
    plain = find_tables("72) La clause 6-7.03 est remplacée par ce qui suit :\n\nA) La suppléante est rémunérée :\n\n"
                        "Période\tTaux\n2006-2007\t33,69 \\$\n2007-2008\t34,36 \\$\n", "cris", "6-7.03")
    assert plain[0].title == "72) La clause 6-7.03 est remplacée par ce qui suit :"  # no heading follows: kept
