"""Amounts a case tells in counts the tables do not multiply themselves (assistant/amount_answers.py, assistant/tables.py):
classes of one length counted (Cris 13-2.03 B: « mes cours durent 100 minutes … j'en ai donné 3 » -> 300 ÷ 50 ×
46,52 $), several trips each priced from the base (Annexe W: 150 km and 265 km -> 35 $ + 44,75 $), a week's pay at an
hourly rate (« ma paie brute d'une semaine », 37,5 h × the rate), pupils over a group's maximum by Cris Annexe XII B's
formula (C = 27 × N / Y × D × 1,20 $, each term read from the annex), and a working day named after the school year
(« pour l'année scolaire 2013-2014, à partir du 141e jour de travail » -> the column of 1 April 2014)."""

from __future__ import annotations

from datetime import date

from assistant.pay_arithmetic import spelled_echelons
from assistant.tables import lookup, overage_compensation, parse_amount_question, trip_totals
from ingest.tables import find_tables

from .inline_answers import table_answers
from .table_texts import CRIS_13_2_03
from .test_amount_placement import DOCUMENTS
from .test_amount_rows_total import MEALS

TRAVEL = """Annexe W Politique relative aux frais de déplacement

1. Les frais de déplacement sont calculés selon les règles indiquées au tableau suivant :

Tarif de base pour les premiers 200 kilomètres\t35 $
Frais pour chaque kilomètre excédant (+ de 200 km)\t0,15 $ /km
Le coût réel du litre d'essence divisé par 10\t_____ $
"""

OVERAGE = """Annexe XII Compensation pour dépassement des maxima d'élèves par groupe

- B) Pour chaque groupe dont le nombre d'élèves dépasse le maximum, l'enseignante ou l'enseignant concerné a droit au montant de compensation C défini comme suit :

C = 27 × N / Y × D × 1,20 $

où N est le nombre d'élèves excédant le maximum prévu pour ce groupe, ce nombre étant pondéré selon la formule suivante : la première ou le premier élève excédentaire vaut 1, la ou le deuxième élève excédentaire vaut 1,25 et les autres élèves excédentaires valent 1,5 chacune ou chacun.

Y équivaut au chiffre suivant, selon le cas :

- Pour les groupes du niveau préscolaire :\t18
- Pour les groupes du niveau primaire de la première année :\t23
- Pour les groupes du niveau primaire de la deuxième et de la troisième année :\t25
- Pour les groupes du niveau primaire des autres années :\t27
- Pour les groupes du niveau secondaire :\t30

Cette durée s'exprime en nombre d'heures au préscolaire et au primaire et en nombre de périodes de 50 minutes ou l'équivalent au secondaire multiplié par le nombre de jours d'enseignement prévu au calendrier scolaire pour lesquels la situation de dépassement existe, divisé par 5.

- C) La compensation annuelle à laquelle l'enseignante ou l'enseignant a droit est limitée à :
- 1 752 $ pour la première ou le premier élève excédentaire;
 - 2 190 $ pour la ou le deuxième élève excédentaire;
 - 2 628 $ pour chaque autre élève excédentaire. »
"""

HOURLY = """Annexe N Échelles annuelles et taux horaire du personnel salarié éducateur non-enseignant

A) Taux horaire, salarié éducateur de soutien technique

Technicien de travaux pratiques (37,5 heures/semaine)

Échelons\t01-04-2013\t01-04-2014
1\t18,82\t19,20
2\t19,37\t19,76
"""

TEACHERS = """Annexe M Échelles annuelles de traitement des enseignants à temps complet

Échelons\t1er avril 2012\t1er avril 2013\t1er avril 2014
11\t56 839\t57 834\t58 991

¹³ Il est à noter qu'il faut lire au tableau le taux de traitement à compter du 141e jour de travail de l'année scolaire concernée au lieu du 1er avril d'une année visée.
"""


def _text(direct, question: str) -> str:
    answer = direct.answer(question, [])
    assert answer is not None, question
    return answer.text


def test_classes_of_one_length_counted_are_paid_together():
    direct = table_answers([("cris", "13-2.03", CRIS_13_2_03)], DOCUMENTS)
    for question in ("Chez les Cris, j'enseigne à taux horaire en formation professionnelle pis mes cours durent 100 "
                     "minutes chacun. En mai 2009, j'en ai donné 3. Ça me fait combien pour les trois ?",
                     "Chez les Cris, j'enseigne à taux horaire; mes périodes durent 100 minutes. En mai 2009 j'ai donné "
                     "trois cours. Ça me fait combien ?"):
        text = _text(direct, question)
        assert "- **93,04 $** la période" in text, text
        assert "- **279,12 $** pour 3 périodes de 100 minutes : 300 (3 × 100) ÷ 50 × 46,52 $" in text, text


def test_one_class_of_a_length_is_not_multiplied():
    direct = table_answers([("cris", "13-2.03", CRIS_13_2_03)], DOCUMENTS)
    text = _text(direct, "Chez les Cris, j'enseigne à taux horaire, mes cours durent 75 minutes chacun. Au taux en "
                         "vigueur depuis le 141e jour de 2008-2009, un cours me rapporte combien ?")
    assert "**69,78 $** la période" in text and "pour 1 périodes" not in text and "périodes de 75 minutes :" not in text


def test_several_trips_are_each_priced_from_the_base():
    tables = find_tables(TRAVEL, "bourget", "Annexe W")
    trips = trip_totals(tables, "Le Collège m'a envoyée en mandat deux fois : une fois 150 km aller-retour, pis une autre "
                                "fois 265 km aller-retour. On me rembourse combien ?")
    assert [(t.distance, t.total) for t in trips] == [(150, 35.0), (265, 44.75)]
    direct = table_answers([("bourget", "Annexe W", TRAVEL)], DOCUMENTS)
    text = _text(direct, "Ce mois-ci le Collège m'a envoyée en mandat deux fois avec mon auto : une fois 150 km "
                         "aller-retour, pis une autre fois 265 km aller-retour. Sans compter l'essence, on me rembourse "
                         "combien pour les deux ?")
    assert text.startswith("**79,75 $** en tout pour 2 trajets (150 km et 265 km) — Annexe W : tarif de base de 35 $ "
                           "pour les premiers 200 km de chaque trajet ; 150 km : 35 $ ; 265 km : 35 $ + 65 km × 0,15 $ "
                           "= 44,75 $."), text


def test_one_trip_told_twice_or_without_a_second_trip_is_one_trip():
    tables = find_tables(TRAVEL, "bourget", "Annexe W")
    assert trip_totals(tables, "Je vais à 130 km (260 km aller-retour) pour un mandat, combien ?") == []
    assert trip_totals(tables, "Un mandat à 260 km aller-retour, combien on me rembourse ?") == []
    assert trip_totals(tables, "Deux fois, combien par km au-delà de 200 km ?") == []
    direct = table_answers([("bourget", "Annexe W", TRAVEL)], DOCUMENTS)
    text = _text(direct, "Je dois me rendre à un mandat pour le Collège avec mon auto : 260 km aller-retour. Combien on "
                         "me rembourse, sans compter l'essence ?")
    assert text.startswith("**44 $** pour 260 km — Annexe W : tarif de base de 35 $ pour les premiers 200 km, plus 60 km "
                           "× 0,15 $ = 9 $ au-delà de 200 km."), text


def test_a_weeks_pay_asked_of_an_hourly_scale():
    direct = table_answers([("bourget", "Annexe N", HOURLY)], DOCUMENTS)
    text = _text(direct, "Nouveau technicien de travaux pratiques au Collège, échelon 1, temps plein à 37,5 h/semaine. Au "
                         "taux du 01-04-2014, ma paie brute d'une semaine ça donne combien?")
    assert "- **720 $** par semaine : 37,5 h × 19,20 $" in text, text


def test_pupils_over_the_maximum_by_the_annex_formula():
    tables = find_tables(OVERAGE, "cris", "Annexe XII")
    primary = overage_compensation(tables, OVERAGE, "J'enseigne en 4e année du primaire. J'ai eu un élève de trop "
                                                    "pendant 50 jours de classe, je leur enseigne 20 heures par semaine.")
    assert primary is not None and (primary.weighted, primary.divisor, primary.duration, primary.total) == \
        (1.0, 27.0, 200.0, 240.0)
    secondary = overage_compensation(tables, OVERAGE, "Au secondaire, 3 élèves de trop pendant 40 jours, 22 périodes "
                                                      "de 45 minutes par semaine.")
    assert secondary is not None and (secondary.weighted, secondary.weekly, secondary.total) == (3.75, 19.8, 641.52)
    assert [value for _, value in secondary.caps] == [1752.0, 2190.0, 2628.0]
    first = overage_compensation(tables, OVERAGE, "En première année, deux élèves de plus pendant 10 jours, 25 heures "
                                                  "par semaine.")
    assert first is not None and first.divisor == 23.0
    # a term missing: nothing computed (no level, no days, no weekly teaching)
    for question in ("Un élève de trop pendant 50 jours, 20 heures par semaine.",
                     "Au secondaire, un élève de trop, 20 périodes de 50 minutes par semaine.",
                     "Au secondaire, un élève de trop pendant 50 jours."):
        assert overage_compensation(tables, OVERAGE, question) is None, question
    direct = table_answers([("cris", "Annexe XII", OVERAGE)], DOCUMENTS)
    text = _text(direct, "Chez les Cris j'enseigne en 4e année du primaire. J'ai eu un élève de trop dans mon groupe "
                         "pendant 50 jours de classe, pis je leur enseigne 20 heures par semaine. Ma compensation pour "
                         "le dépassement, ça donne combien ?")
    assert text.startswith("**240 $** de compensation — Annexe XII : « C = 27 × N / Y × D × 1,20 $ » ; N = 1 (1 élève "
                           "excédentaire) ; Y = 27 (« Pour les groupes du niveau primaire des autres années ») ; D = 20 "
                           "heures par semaine × 50 jours ÷ 5 = 200 ; C = 27 × 1 ÷ 27 × 200 × 1,20 $ = 240 $."), text
    assert "Compensation annuelle limitée à 1 752 $ pour 1 élève" in text
    assert "N (Annexe XII) : « la première ou le premier élève excédentaire vaut 1, la ou le deuxième" in text
    assert "D (Annexe XII) : « Cette durée s'exprime en nombre d'heures" in text and "divisé par 5. »" in text


def test_a_working_day_named_after_its_school_year():
    tables = find_tables(TEACHERS, "bourget", "Annexe M")
    for question, column in (("Au Collège, pour l'année scolaire 2013-2014, à partir du 141e jour de travail, un prof à "
                              "l'échelon 11 gagne combien par année?", "1er avril 2014"),
                             ("Au Collège, en 2013-2014, avant le 141e jour de travail, un prof à l'échelon 11 gagne "
                              "combien?", "1er avril 2013"),
                             ("Échelon 11, à partir du 141e jour de travail de l'année 2012-2013 ?", "1er avril 2013")):
        cells = lookup(tables, parse_amount_question(question))
        assert [c.column_label for c in cells] == [column], (question, cells)


def test_a_year_bounded_by_a_day_without_its_year():
    after = parse_amount_question("Une surveillance de nuit faite en 2012 (après le 1er avril), c'était payé combien ?")
    assert (after.span, after.year) == ((date(2012, 4, 1), date(2012, 12, 31)), None)
    before = parse_amount_question("Une surveillance de nuit en 2012, avant le 1er avril, combien ?")
    assert before.span == (date(2012, 1, 1), date(2012, 3, 31))
    whole = parse_amount_question("Une surveillance de nuit en 2012, combien ?")
    assert (whole.span, whole.year) == (None, 2012)
    dated = parse_amount_question("Mon taux après le 1er avril 2013 ?")  # the day's own year: a date, not a bound
    assert dated.span is None


def test_a_total_asked_of_named_rows_leads():
    direct = table_answers([("bourget", "Annexe W", MEALS)], DOCUMENTS)
    text = _text(direct, "Au Collège, mon souper pis mon dîner en mandat, on me rembourse combien au maximum en tout ?")
    assert text.startswith("Total : **27 $** : 12 $ (« Dîner ») + 15 $ (« Souper »)."), text
    assert text.index("Total") < text.index("- **12 $**")


def test_a_day_after_an_echelon_is_no_second_echelon():
    assert spelled_echelons("c'était quoi le traitement d'un enseignant échelon 3 au 31 décembre 2010?") == \
        "c'était quoi le traitement d'un enseignant échelon 3 au 31 décembre 2010?"
    assert spelled_echelons("de l'échelon 11 à 12 ?") == "de l'échelon 11 à échelon 12 ?"
    cells = lookup(find_tables(TEACHERS_DEC, "bourget", "Annexe M"), parse_amount_question(spelled_echelons(
        "Au Collège, c'était quoi le traitement d'un enseignant échelon 3 au 31 décembre 2010, avec l'équité salariale?")))
    assert [(c.column_label, c.value) for c in cells] == [("31 décembre 2010", "39 837")]


TEACHERS_DEC = """Annexe M Échelles annuelles de traitement des enseignants à temps complet

Échelons\t1er avril 2010\t31 décembre 2010\t1er avril 2011
3\t39 375\t39 837\t40 136
"""


def test_a_scale_named_by_its_year_without_a_preposition():
    for question in ("Animateur à temps complet au Collège, échelon 7, échelle 2014. En juin, combien ?",
                     "Échelon 7 avec l'échelle de 2014, combien ?", "Échelon 7, échelles 2014 ?"):
        query = parse_amount_question(question)
        assert (query.when, query.year) == (date(2014, 12, 31), None), question
    assert parse_amount_question("Échelon 7, échelle 2013-2014 ?").school_year == (2013, 2014)
    assert parse_amount_question("Échelon 7 en 2014 ?").year == 2014  # a year without « échelle »: its two columns
