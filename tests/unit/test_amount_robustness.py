"""Amount questions written the way teachers ask them (assistant/tables.py, assistant/amount_answers.py), on tiny
inline texts in the corpus's format: a month without its day (« en avril 2013 ») is the column in force that month,
not the calendar year's; a month names no table; a heading naming two classes (« Animateur et « Sauveteur
aquatique » ») is named whole by either, and a longer class fully named (« animateur de pastorale ») stays its own."""

from __future__ import annotations

from datetime import date

from assistant.lookups import DirectAnswers
from assistant.tables import class_match, lookup, month_end, parse_amount_question
from assistant.types import Answer
from ingest.tables import find_tables

from .table_texts import ANNEXE_P, CRIS_13_2_03
from .inline_answers import table_answers

PROFESSIONALS = """Annexe N Échelles annuelles

<i>Animateur de pastorale (37,5 heures/semaine)</i>
Échelon\tÉchelle annuelle au 01-04-2012\tÉchelle annuelle au 01-04-2013\tÉchelle annuelle au 01-04-2014
1\t37 747\t38 408\t39 176
2\t39 005\t39 688\t40 482

<i>Conseiller en information scolaire et professionnelle (37,5 heures/semaine)</i>
Échelon\tÉchelle annuelle au 01-04-2012\tÉchelle annuelle au 01-04-2013\tÉchelle annuelle au 01-04-2014
1\t37 747\t38 408\t39 176
2\t39 005\t39 688\t40 482
"""

ANIMATORS = """Annexe O Échelles annuelles des animateurs à temps complet

<i>Animateur et « Sauveteur aquatique » (40 heures/semaine)</i>
Échelon\tÉchelle annuelle au 01-04-2012\tÉchelle annuelle au 01-04-2013\tÉchelle annuelle au 01-04-2014
1\t25 899\t26 352\t26 879
2\t27 731\t28 216\t28 782
"""

TEACHERS_NOTED = """Annexe M Échelles annuelles de traitement des enseignants

Échelons\tTraitement - 1er avril 2013\tTraitement - 1er avril 2014
1\t38 139\t38 902
2\t39 760\t40 555

¹³ Il est à noter qu'il faut lire au tableau le taux de traitement à compter du 141e jour de travail de l'année scolaire concernée au lieu du 1er avril d'une année visée.
"""


def values(cells) -> list[str]:
    return [c.value for c in cells]


def bourget_tables():
    return find_tables(PROFESSIONALS, "bourget", "Annexe N") + find_tables(ANIMATORS, "bourget", "Annexe O")


def direct_answers(texts: dict[str, str]) -> DirectAnswers:
    return table_answers([("bourget", clause, text) for clause, text in texts.items()],
                         {"bourget": {"title": "Convention de test", "aliases": ["bourget"]}})


# --- a month without its day ----------------------------------------------------------------------


def test_a_month_asked_is_read_as_that_month():
    query = parse_amount_question("Ça fait combien par année à l'échelon 2 en avril 2013 ?")
    assert (query.month, query.year, query.when, query.date_or_year) == (date(2013, 4, 1), None, None, "avril 2013")
    assert parse_amount_question("au mois de décembre 2013, combien ?").month == date(2013, 12, 1)
    assert parse_amount_question("combien en 2013-2014 ?").month is None  # a school year, not a month
    assert parse_amount_question("combien au 15 avril 2013 ?").month is None  # a day: the exact date
    assert month_end(date(2013, 12, 1)) == date(2013, 12, 31) and month_end(date(2024, 2, 1)) == date(2024, 2, 29)


def test_a_month_gives_the_column_in_force_that_month_not_the_calendar_years():
    tables = bourget_tables()
    classes = [t.job_class for t in tables]
    april = lookup(tables, parse_amount_question("Orthopédagogue... non : animateur de pastorale, échelon 2, "
                                                 "combien en avril 2013 ?", classes))
    assert values(april) == ["39 688"]  # was 39 005 and 39 688: the whole of 2013
    march = lookup(tables, parse_amount_question("animateur de pastorale échelon 2 combien en mars 2013 ?", classes))
    assert values(march) == ["39 005"]
    whole_year = lookup(tables, parse_amount_question("animateur de pastorale échelon 2 combien en 2013 ?", classes))
    assert values(whole_year) == ["39 005", "39 688"]


def test_a_month_just_before_a_column_read_from_the_141st_working_day_gives_it_on_condition():
    (table,) = find_tables(TEACHERS_NOTED, "bourget", "Annexe M")
    march = lookup([table], parse_amount_question("Combien gagne un enseignant à l'échelon 2 en mars 2014 ?"))
    assert values(march) == ["39 760", "40 555"]
    assert march[1].note.endswith("; si le 141e jour de travail de l'année scolaire 2013-2014 est passé à cette date")
    december = lookup([table], parse_amount_question("Combien gagne un enseignant à l'échelon 2 en décembre 2013 ?"))
    assert values(december) == ["39 760"]


def test_a_month_names_no_table_a_rate_by_its_heading_is_still_found():
    direct = direct_answers({"Annexe P": ANNEXE_P})
    answer = direct.answer("La surveillance de classe, ça paie combien de l'heure en avril 2013 ?", [])
    assert answer is not None and answer.kind == "amount"
    assert answer.text.startswith("**25,66 $** l'heure — Annexe P, B) Surveillance de classe, ligne « À compter du 1er avril 2013 »")
    assert "25,22" not in answer.text.split("\n")[0]


def test_a_follow_up_keeps_the_month_and_changes_the_echelon():
    direct = direct_answers({"Annexe N": PROFESSIONALS})
    first_question = "Je suis animateur de pastorale à l'échelon 1. Ça fait combien par année en avril 2013 ?"
    first = direct.answer(first_question, [])
    assert first.text.startswith("**38 408 $** par année")
    history = [Answer(question=first_question, text=first.text, citations=first.citations, kind=first.kind)]
    second = direct.answer("Pis à l'échelon 2 ?", [], history=history)
    assert second is not None and second.text.startswith("**39 688 $** par année")


# --- two classes in one heading -------------------------------------------------------------------


def test_a_heading_naming_two_classes_is_named_whole_by_either():
    asked = {"animateur"}
    assert class_match("Animateur et « Sauveteur aquatique » (40 heures/semaine)", asked) == 1.0
    assert class_match("Animateur de pastorale (37,5 heures/semaine)", asked) == 0.5
    assert class_match("Animateur et « Sauveteur aquatique » (40 heures/semaine)", {"sauveteur", "aquatique"}) == 1.0
    # « et » between lower-case words is one class name, not two
    assert class_match("Conseiller en information scolaire et professionnelle", {"conseiller"}) < 1.0


def test_animateur_gets_annex_o_and_animateur_de_pastorale_annex_n():
    tables = bourget_tables()
    classes = [t.job_class for t in tables]
    plain = lookup(tables, parse_amount_question("Je suis animateur, échelon 2, combien au 1er avril 2014 ?", classes))
    assert [(a.table.annex_or_clause, a.value) for a in plain] == [("Annexe O", "28 782")]
    pastoral = lookup(tables, parse_amount_question("Je suis animateur de pastorale, échelon 2, combien au 1er avril "
                                                    "2014 ?", classes))
    assert [(a.table.annex_or_clause, a.value) for a in pastoral] == [("Annexe N", "40 482")]
    lifeguard = lookup(tables, parse_amount_question("Un sauveteur aquatique à l'échelon 1 gagne combien au 1er avril "
                                                     "2013 ?", classes))
    assert values(lifeguard) == ["26 352"]


# --- a footnote that repeats another --------------------------------------------------------------

SUPPLY_NOTES = """Annexe P Taux horaire des salariés éducateurs suppléants²⁰

A) Taux horaire de l'enseignant suppléant

Enseignant qualifié

Durée Périodes concernées\t60 minutes
À compter du 1er avril 2013\t38,13 $
À compter du 1er avril 2014\t38,89 $

²⁰ Les taux horaires indiqués à la présente annexe incluent l'ensemble des avantages sociaux prévus à la convention collective.

Annexe P Taux horaire des salariés éducateurs suppléants²¹ (suite)

B) Surveillance de classe

Durée de remplacement dans une journée Périodes concernées\t60 minutes
À compter du 1er avril 2013\t25,66 $
À compter du 1er avril 2014\t26,17 $

²¹ Idem note de bas de page # 20.
"""


def test_a_footnote_saying_idem_note_20_is_given_with_note_20s_text():
    direct = direct_answers({"Annexe P": SUPPLY_NOTES})
    answer = direct.answer("La surveillance de classe, ça paie combien de l'heure en avril 2013 ?", [])
    assert answer is not None and answer.text.startswith("**25,66 $** l'heure")
    assert "Idem note de bas de page # 20." in answer.text
    assert "— note 20 : Les taux horaires indiqués à la présente annexe incluent l'ensemble des avantages" in answer.text
    assert any(c.quote.startswith("²⁰ Les taux horaires") for c in answer.citations)


def test_a_follow_up_of_a_follow_up_keeps_what_the_first_question_named():
    """« Pis en 2014 ? » then « Et si j'étais à l'échelon 2 ? »: still the first question's class (it fell back to
    whatever class had an échelon 2, the last question read alone having none)."""
    direct = direct_answers({"Annexe N": PROFESSIONALS, "Annexe O": ANIMATORS})
    history = []
    for question in ("Je suis animateur de pastorale à l'échelon 1. Ça fait combien par année en avril 2013 ?",
                     "Pis en 2014 ?", "Et si j'étais à l'échelon 2 ?"):
        answer = direct.answer(question, [], history=history)
        assert answer is not None and answer.kind == "amount"
        history.append(Answer(question=question, text=answer.text, citations=answer.citations, kind=answer.kind))
    first, second, third = (a.text for a in history)
    assert first.startswith("**38 408 $** par année — Annexe N, Animateur de pastorale")
    assert "**38 408 $**" in second and "**39 176 $**" in second
    assert third.startswith("- **39 688 $** par année — Annexe N, Animateur de pastorale") and "**40 482 $**" in third


# --- a month asked of rows changing on the 141st working day -------------------------------------


def test_a_month_gives_the_row_in_force_that_month_around_the_141st_working_day():
    from assistant.tables import row_lookup

    tables = find_tables(CRIS_13_2_03, "cris", "13-2.03")
    ask = "Un enseignant à taux horaire gagne combien de l'heure en {} ?"
    assert values(row_lookup(tables, ask.format("septembre 2007"))) == ["44,72 $"]  # before 2007-2008's 141st day
    assert values(row_lookup(tables, ask.format("février 2008"))) == ["44,72 $"]
    assert values(row_lookup(tables, ask.format("mars 2008"))) == ["44,72 $", "45,61 $"]  # the day falls in March
    assert values(row_lookup(tables, ask.format("mai 2008"))) == ["45,61 $"]
    assert values(row_lookup(tables, ask.format("octobre 2005"))) == ["42,98 $"]
    assert values(row_lookup(tables, ask.format("2008"))) == ["44,72 $", "45,61 $"]  # a calendar year: both, as before


# --- a rate asked in the other unit ---------------------------------------------------------------

HOURLY_SCALE = """Annexe N Taux horaire

<i>Technicien en éducation spécialisée (37,5 heures/semaine)</i>
Échelon\tTaux horaire au 01-04-2013\tTaux horaire au 01-04-2014
1\t21,66\t22,09
2\t22,31\t22,76
"""


def test_a_class_asked_in_the_other_unit_gets_its_table_and_says_so():
    tables = bourget_tables() + find_tables(HOURLY_SCALE, "bourget", "Annexe N")
    classes = [t.job_class for t in tables]
    yearly = lookup(tables, parse_amount_question("Une technicienne en éducation spécialisée à l'échelon 2, ça gagne "
                                                  "combien par année au 1er avril 2014 ?", classes))
    assert values(yearly) == ["22,76"]
    assert yearly[0].note.endswith("montant annuel demandé : la convention ne donne pour cette classe d'emploi qu'un "
                                   "taux horaire par échelon (aucun montant annuel calculé)")
    hourly = lookup(tables, parse_amount_question("Un animateur de pastorale à l'échelon 2, c'est combien de l'heure "
                                                  "au 1er avril 2014 ?", classes))
    assert values(hourly) == ["40 482"] and "voici son échelle annuelle" in hourly[0].note
    # the unit asked exists for the class: no note
    plain = lookup(tables, parse_amount_question("Un animateur de pastorale à l'échelon 2, c'est combien par année "
                                                 "au 1er avril 2014 ?", classes))
    assert values(plain) == ["40 482"] and "demandé" not in plain[0].note


# --- a rate named by its column, « payée », a period that is not an hour -------------------------


def test_a_night_period_asked_with_payee_and_pendant_is_its_rows_per_period_not_per_hour():
    direct = direct_answers({"Annexe P": ANNEXE_P})
    answer = direct.answer("Combien est payée une période de surveillance de nuit pendant l'année scolaire "
                           "2013-2014 ?", [])
    assert answer is not None and answer.kind == "amount", answer and answer.text
    first, second = answer.text.split("\n")[:2]
    assert first.startswith("- **61,87 $** par période — Annexe P, C) Surveillance de nuit, ligne « À compter du 1er avril 2013 »")
    assert second.startswith("- **63,11 $** par période")
    assert "l'heure" not in answer.text.split("Annexe P :")[0] and "25,66" not in answer.text
    classes = direct.answer("La surveillance de classe, ça paie combien en avril 2013 ?", [])
    assert classes is not None and classes.text.startswith("**25,66 $** l'heure")


# --- a trip priced by a base for the first kilometres and a rate beyond ----------------------------

TRAVEL = """Annexe W Politique relative aux frais de déplacement

1. Les frais de déplacement sont calculés selon les règles indiquées au tableau suivant :

Tarif de base pour les premiers 200 kilomètres ²⁷\t35 $
Frais pour chaque kilomètre excédant (+ de 200 km)\t0,15 $ /km
Le coût réel du litre d'essence divisé par 10 ; le quotient étant multiplié par la suite par le nombre de kilomètres effectivement parcourus\t_____ $

2. Les parties conviennent de majorer annuellement le tarif de base ci-dessus mentionné (rf. 35 $) selon les modalités qui suivent : le 1er février de chaque année.

²⁷ Les kilomètres effectivement parcourus avec le véhicule personnel du salarié éducateur, aller et retour, entre le Collège et le lieu où il doit accomplir son mandat.
"""


def test_a_trip_is_priced_by_the_base_and_the_rate_beyond_its_first_kilometres():
    direct = direct_answers({"Annexe W": TRAVEL})
    answer = direct.answer("Un mandat à 260 km aller-retour avec mon auto, combien on me rembourse ?", [])
    assert answer is not None and answer.kind == "amount", answer and answer.text
    assert answer.text.startswith("**44 $** pour 260 km — Annexe W : tarif de base de 35 $ pour les premiers 200 km, "
                                  "plus 60 km × 0,15 $ = 9 $ au-delà de 200 km.")
    assert "« 2. Les parties conviennent de majorer annuellement le tarif de base" in answer.text
    assert "S'y ajoute (non calculé ici) : « Le coût réel du litre d'essence" in answer.text
    assert "aller et retour" in answer.text  # the note on the kilometres counted
    short = direct.answer("Pour un déplacement de 150 km, combien je reçois ?", [])
    assert short.text.startswith("**35 $** pour 150 km")
    rate = direct.answer("On me rembourse combien par kilomètre au-delà de 200 km ?", [])
    assert rate is not None and rate.text.startswith("**0,15 $ /km** — Annexe W")  # a rate asked, not a trip


# --- a column named whole; a daily amount asked of a yearly scale -----------------------------------

AT_RISK = """ANNEXE XXII AJOUTS DE RESSOURCES AUX ÉLÈVES À RISQUE

La répartition des sommes pour ces ajouts de ressources s'établit de la façon suivante :

Année scolaire\tMontant additionnel\tAjout total
2006-2007\t390 000 $\t390 000 $
2007-2008\t195 000 $\t585 000 $
2008-2009\t195 000 $\t780 000 $
"""


def test_a_column_named_whole_picks_the_row_of_the_year_asked():
    direct = direct_answers({"Annexe XXII": AT_RISK})
    answer = direct.answer("Quel est l'ajout total pour les élèves à risque en 2007-2008 ?", [])
    assert answer is not None and answer.kind == "amount", answer and answer.text
    assert answer.text.startswith("**585 000 $** — Annexe XXII, ligne « 2007-2008 », colonne « Ajout total »")


def test_a_daily_amount_asked_of_a_yearly_scale_is_not_divided_and_says_so():
    direct = direct_answers({"Annexe M": TEACHERS_NOTED})
    answer = direct.answer("C'est combien par jour pour un enseignant à l'échelon 2 en avril 2014 ?", [])
    assert answer is not None and answer.text.startswith("**40 555 $** par année")
    assert "montant par jour demandé : le tableau ne donne qu'un traitement annuel (aucun montant par jour calculé)" \
        in answer.text


# --- a part-time workload ----------------------------------------------------------------------------

WORKLOAD_RULE = """6-10.08 Le salarié éducateur a droit à un pourcentage du traitement égal au pourcentage de la charge professionnelle qu'il assume par rapport à la tâche d'un salarié éducateur à temps complet de sa catégorie d'emplois. Il en est de même des suppléments et des congés sociaux.
"""


def test_a_part_time_workload_prorates_the_salary_by_the_agreements_rule():
    direct = direct_answers({"Annexe M": TEACHERS_NOTED, "6-10.08": WORKLOAD_RULE})
    answer = direct.answer("Enseignante à temps partiel à 60 %, échelon 2, mon salaire au 1er avril 2014 ?", [])
    assert answer is not None and answer.text.startswith("**40 555 $** par année"), answer and answer.text
    assert "- **24 333 $** par année : 60 % de 40 555 $ (colonne « 1er avril 2014 »)" in answer.text
    assert "6-10.08" in {c.clause for c in answer.citations}
    without = direct_answers({"Annexe M": TEACHERS_NOTED})
    answer = without.answer("Je travaille à 50 %, échelon 2, combien je gagne au 1er avril 2014 ?", [])
    assert answer is not None and "aucun montant au prorata calculé" in answer.text


SUPPLY_PRORATA = """7-6.05 Salarié éducateur suppléant de courte durée ou occasionnel

Le salarié éducateur suppléant de courte durée ou occasionnel qui se voit confier des périodes de travail de plus de soixante (60) minutes est rémunéré au prorata sur la base du taux horaire fixé.
"""


def test_hours_of_supply_at_an_hourly_rate_by_date_are_computed_by_the_agreements_rule():
    direct = direct_answers({"Annexe P": ANNEXE_P, "7-6.05": SUPPLY_PRORATA})
    answer = direct.answer("Une surveillance de classe de 90 minutes, combien on reçoit en avril 2013 ?", [])
    assert answer is not None and answer.kind == "amount", answer and answer.text
    parts = answer.text.split("\n\n")
    assert parts[0].startswith("**25,66 $** l'heure — Annexe P")
    assert parts[1].startswith("Pour 90 minutes (7-6.05 : « Le salarié éducateur suppléant")
    assert parts[2] == "- **38,49 $** : 1,5 h × 25,66 $ (ligne « À compter du 1er avril 2013 »)"
    assert "7-6.05" in {c.clause for c in answer.citations}
    plain = direct_answers({"Annexe P": ANNEXE_P})  # no rule in the agreement: nothing computed
    assert "38,49" not in plain.answer("Une surveillance de classe de 90 minutes, on reçoit combien en avril 2013 ?",
                                      []).text


# --- an échelon in words ---------------------------------------------------------------------------


def test_an_echelon_written_in_words_or_with_ieme():
    for question in ("Un enseignant au douzième échelon, combien ?", "Salaire échelon douze ?",
                     "Je suis au 12ième échelon, mon salaire ?", "au 12e échelon, combien ?"):
        assert parse_amount_question(question).echelon == 12, question
    assert parse_amount_question("à l'échelon dix-sept, combien ?").echelon == 17
    assert parse_amount_question("au dix-huitième échelon").echelon == 18
    assert parse_amount_question("échelon douze au 1er avril 2013").date_or_year == "1er avril 2013"


# --- a class named only in part, or not at all ---------------------------------------------------------


def test_a_class_named_only_in_part_is_answered_as_the_closest_and_said_so():
    direct = direct_answers({"Annexe N": PROFESSIONALS.replace("<i>Animateur de pastorale", "<i>Psychologue")})
    answer = direct.answer("Combien gagne un conseiller en orientation à l'échelon 2 en avril 2014 ?", [])
    assert answer is not None
    assert answer.text.startswith("Aucune classe d'emploi des tableaux ne porte exactement le nom demandé ; la plus "
                                  "proche : **Conseiller en information scolaire et professionnelle** (Annexe N)")
    assert "40 482 $" in answer.text
    whole = direct.answer("Combien gagne un conseiller en information scolaire et professionnelle à l'échelon 2 en "
                          "avril 2014 ?", [])
    assert whole is not None and whole.text.startswith("**40 482 $**")


def test_an_echelon_asked_without_any_class_says_the_class_is_not_given_not_that_several_match():
    direct = direct_answers({"Annexe M": TEACHERS_NOTED, "Annexe N": PROFESSIONALS})
    answer = direct.answer("Quel est le salaire d'un bibliothécaire à l'échelon 2 en avril 2014 ?", [])
    assert answer is not None
    assert answer.text.startswith("Aucune classe d'emploi des tableaux ne porte le nom « bibliothécaire » (la convention "
                                  "ne donne pas ce montant) ; voici, à cet échelon, chaque échelle qui existe.\n\n"
                                  "Votre question ne précise pas la classe d'emploi ; pour **enseignant** (Annexe M) :"), \
        answer.text
    assert "Plusieurs classes d'emploi correspondent" not in answer.text
