"""Amounts in wordings the gold had little of (assistant/tables.py, assistant/amount_answers.py,
assistant/pay_arithmetic.py): counts each told with its own date, summed at the rate in force on each date; rows of an
allowance table each counted (« 3 dîners pis 2 soupers »); a short follow-up naming another month or day; a fraction a
clause takes of an amount the question states (8-16.04's 1/20 of the pay of the last four weeks); a span of school
years whose amounts each year gets add up (Cris Annexe XXII, DEV Q1642: the span's middle year was left out); a case
told first with the échelon started at, then the one now (the one asked).

A16's DEV items Q2184 (« 2 nuits à la fin de mars 2014 pis 3 nuits en avril 2014 »: one night's rate for all) and Q2188
(1/20 of a stated 4 weeks' pay: refused) missed; each reading is tested here on paraphrases: other tables (Cris 13-2.03
hours, 6-7.03 full days, Annexe P B) and C), Annexe N hours), other dates, counts, units and sentence orders."""

from __future__ import annotations

import pytest

from assistant.lookups import DirectAnswers
from assistant.tables import dated_counts, merge_follow_up, parse_amount_question, school_years_spanned
from assistant.types import Hit

from .inline_answers import table_answers
from .test_amount_placement import DOCUMENTS

# Bourget Annexe P B), C) and E), copied from the corpus (rates by date, one column; the supply rate of scale classes)
SUPPLY = """Annexe P Taux horaire des salariés éducateurs suppléants à court terme ou occasionnels

B) Surveillance de classe

Durée de remplacement dans une journée Périodes concernées\t60 minutes
À compter du 1 ^{er} avril 2011\t24,78 \\$
À compter du 1 ^{er} avril 2012\t25,22 \\$
À compter du 1 ^{er} avril 2013\t25,66 \\$
À compter du 1 ^{er} avril 2014\t26,17 \\$

C) Surveillance de nuit

Durée Périodes concernées\tPériode de nuit selon la clause 8-13.13
À compter du 1 ^{er} avril 2011\t59,91 \\$
À compter du 1 ^{er} avril 2012\t60,94 \\$
À compter du 1 ^{er} avril 2013\t61,87 \\$
À compter du 1 ^{er} avril 2014\t63,11 \\$

E) Autres classes d'emploi

Pour les classes d'emploi d'appariteur, de technicien en éducation spécialisée et de technicien de travaux pratique, le taux horaire de la suppléance (court terme ou occasionnel) correspond au taux horaire, selon l'expérience et la scolarité reconnues, majoré de quatre pour cent (4 %) aux fins des vacances annuelles.
"""

# Cris 13-2.03 A), copied from the corpus (rates by working day of a school year)
HOURLY = """13-2.03

- A) L'enseignante ou l'enseignant à taux horaire est rémunéré sur la base des taux horaires fixés ci-après :

Période\tTaux
Jusqu'au 140 ^e jour de travail de l'année scolaire 2005-2006\t42,98 \\$
À compter du 141 ^e jour de travail de l'année scolaire 2005-2006\t43,84 \\$
À compter du 141 ^e jour de travail de l'année scolaire 2006-2007\t44,72 \\$
À compter du 141 ^e jour de travail de l'année scolaire 2007-2008\t45,61 \\$
À compter du 141 ^e jour de travail de l'année scolaire 2008-2009\t46,52 \\$
"""

# Cris 6-7.03 A), two rows (copied from the corpus): a replacement paid by its length in a day
REPLACEMENT = """6-7.03

A) La suppléante ou le suppléant occasionnel est rémunéré de la façon suivante :

Durée de remplacement dans une journée Périodes concernées\t60 minutes ou moins\tentre 61 minutes et 150 minutes\tentre 151 minutes et 210 minutes\tplus de 210 minutes
À compter du 141e jour de travail de l'année scolaire 2006-2007\t35,05 $\t87,63 $\t122,68 $\t175,25 $
À compter du 141e jour de travail de l'année scolaire 2007-2008\t35,75 $\t89,38 $\t125,13 $\t178,75 $
À compter du 141e jour de travail de l'année scolaire 2008-2009\t36,47 $\t91,18 $\t127,65 $\t182,35 $
"""

# Bourget Annexe W 4. (copied from the corpus): meals, each with its ceiling
MEALS = """Annexe W Politique relative aux frais de déplacement

4. Les frais de repas sont remboursés, avec pièces justificatives, selon les modalités suivantes :

Repas\tRemboursement maximum
Déjeuner\t7 \\$
Dîner\t12 \\$
Souper\t15 \\$
"""

# Bourget 8-16.04 (copied from the corpus): a part-time worker's holiday, a fraction of a pay the worker can state
HOLIDAY = ("8-16.04 Le salarié éducateur non-enseignant à temps partiel a droit aux congés fériés, chômés et payés prévus "
           "aux clauses 8-16.01 et 8-16.02 et reçoit, pour chaque jour de congé, une rémunération égale à un vingtième "
           "(1/20e) du traitement gagné au cours des quatre (4) dernières semaines complètes de paie précédant la "
           "semaine du jour du congé, et ce, sans tenir compte des heures excédant la semaine régulière de travail du "
           "salarié éducateur non-enseignant visé (rf. article 62 de la Loi sur les normes du travail (L.R.Q., c. "
           "N-1.1)).")

# Bourget 7-7.02 (copied from the corpus): a fraction of the annual salary, never of an amount the question states
INSTALMENT = ("7-7.02 Chaque versement est au montant d'un vingt-sixième (1/26e) du traitement annuel moins les retenues "
              "prévues par la loi et par la présente convention.")

# Bourget Annexe N A), two rows of one hourly class (copied from the corpus)
TECHNICIANS = """Annexe N Échelles annuelles et taux horaire du personnel salarié éducateur non-enseignant

A) Taux horaire, salarié éducateur de soutien technique

<i>Technicien de travaux pratiques (37,5 heures/semaine) (rf. #4209)</i>
Échelon\tTaux horaire au 01-04-2012\tTaux horaire au 01-04-2013\tTaux horaire au 01-04-2014
9\t23,61\t24,02\t24,50
10\t24,35\t24,78\t25,28
"""


@pytest.fixture(scope="module")
def direct() -> DirectAnswers:
    return table_answers([("bourget", "Annexe P", SUPPLY), ("cris", "13-2.03", HOURLY), ("cris", "6-7.03", REPLACEMENT),
                          ("bourget", "Annexe W", MEALS), ("bourget", "8-16.04", HOLIDAY),
                          ("bourget", "7-7.02", INSTALMENT), ("bourget", "Annexe N", TECHNICIANS)], DOCUMENTS)


def _hits(direct: DirectAnswers, *clauses: str) -> list[Hit]:
    chunks = {c.clause_id: c for c in direct.chunks}
    return [Hit(chunks[clause], 1.0 - 0.1 * n) for n, clause in enumerate(clauses)]


def _text(direct: DirectAnswers, question: str, hits: list[Hit] | None = None) -> str:
    answer = direct.answer(question, hits or [])
    assert answer is not None, question
    return answer.text


# --- counts each told with its own date ------------------------------------------------------------------------


@pytest.mark.parametrize("question, counts", [
    ("J'ai fait 2 nuits à la fin de mars 2014 pis 3 nuits en avril 2014. Combien ?", [(2, "mars 2014"), (3, "avril 2014")]),
    ("En octobre 2007, j'ai fait 12 heures, pis en mai 2008, 20 heures. Combien en tout ?",
     [(12, "octobre 2007"), (20, "mai 2008")]),
    ("Trois journées en février 2008 et deux journées en mai 2009, ça donne quoi ?",
     [(3, "février 2008"), (2, "mai 2009")]),
    ("J'ai surveillé 1 nuit le 15 mars 2013, 4 nuits en mai 2013 pis 2 nuits à l'automne 2013. Combien ?",
     [(1, "15 mars 2013"), (4, "mai 2013"), (2, "automne 2013")]),
    ("Surveillance de nuit : 2 nuits en mars 2014, 3 en avril 2014. Ça fait combien ?",  # the unit said once
     [(2, "mars 2014"), (3, "avril 2014")]),
])
def test_counts_each_with_its_date(question, counts):
    found = dated_counts(question)
    assert [(int(c.number), c.when) for c in found] == counts


@pytest.mark.parametrize("question", [
    "J'ai fait 3 nuits en mai 2013. Combien ?",  # one count
    "J'ai fait 3 nuits pis 2 nuits en mai 2013. Combien ?",  # one date for all
    "J'ai fait 3 nuits en mai 2013 pis 2 heures en juin 2013. Combien ?",  # two units
    "J'ai fait 3 nuits en mai 2013. Ensuite 2 nuits en juin 2013. Combien ?",  # two sentences: not one telling
    "Je fais 20 heures par semaine depuis mars 2014 pis 10 heures en mai 2014.",  # hours a week: a workload
])
def test_no_dated_counts(question):
    assert dated_counts(question) == []


@pytest.mark.parametrize("question, lead", [
    ("J'ai fait de la surveillance de nuit en remplacement au Collège : 2 nuits à la fin de mars 2014 pis 3 nuits en "
     "avril 2014. Je devrais recevoir combien en tout ?", "**313,07 $** en tout — Annexe P : 2 × 61,87 $"),
    ("Comme suppléant au Collège, j'ai surveillé le dortoir 1 nuit en février 2013 et 4 nuits en mai 2013. Combien pour "
     "tout ça ?", "**308,42 $** en tout — Annexe P : 1 × 60,94 $"),
    ("En mars 2012, j'ai fait 3 heures de surveillance de classe au Collège, pis en mai 2012, 5 heures. Combien ?",
     "**200,44 $** en tout — Annexe P : 3 × 24,78 $"),
    ("Chez les Cris, à taux horaire en formation professionnelle, j'ai enseigné 12 heures en octobre 2007 pis 20 heures "
     "en mai 2008. Ça fait combien en tout ?", "**1 448,84 $** en tout — 13-2.03 : 12 × 44,72 $"),
    ("Suppléant occasionnel chez les Cris : deux journées complètes (plus de 210 minutes) en février 2008 pis trois "
     "journées complètes en mai 2008. Combien en tout ?", "**886,75 $** en tout — 6-7.03 : 2 × 175,25 $"),
    ("Technicien de travaux pratiques au Collège, échelon 10 : j'ai fait 10 heures en mars 2013 pis 8 heures en avril "
     "2013. Ça me donne combien ?", "**441,74 $** en tout — Annexe N : 10 × 24,35 $"),
])
def test_dated_counts_total_leads(direct, question, lead):
    assert _text(direct, question).startswith(lead)


def test_one_dated_count_keeps_its_own_total(direct):
    text = _text(direct, "J'ai fait 3 nuits de surveillance au Collège en mai 2013. Combien ?")
    assert text.startswith("**61,87 $** par période") and "**185,61 $** : 3 × 61,87 $" in text


def test_a_substitute_of_a_scale_class_gets_no_cell_total(direct):
    # a substitute of a class paid on a scale is paid its cell raised by Annexe P E): the bare cells are no total
    text = _text(direct, "Technicien de travaux pratiques au Collège, échelon 9 : j'ai fait 10 heures en mars 2013 pis "
                         "8 heures en avril 2013 en suppléance. Ça me donne combien ?")
    assert "en tout — Annexe N" not in text


# --- rows of an allowance table each counted -------------------------------------------------------------------


@pytest.mark.parametrize("question, lead", [
    ("Le Collège m'envoie en formation trois jours : on me rembourse 3 dîners pis 2 soupers. Ça monte à combien au "
     "maximum ?", "**66 $** au maximum — Annexe W : 3 × 12 $ (« Dîner ») + 2 × 15 $ (« Souper »)"),
    ("Au Collège, pour 4 soupers en mandat, on me rembourse jusqu'à combien ?", "**60 $** au maximum — Annexe W : 4 × 15 $"),
    ("Deux déjeuners pis un dîner pendant un mandat du Collège, c'est remboursé combien au max ?",
     "**26 $** au maximum — Annexe W : 2 × 7 $ (« Déjeuner ») + 1 × 12 $ (« Dîner »)"),
])
def test_counted_rows_total(direct, question, lead):
    assert _text(direct, question).startswith(lead)


def test_one_of_each_row_is_no_total(direct):
    text = _text(direct, "Au Collège, je pars en mandat pour la journée : déjeuner sur la route pis souper avant de "
                         "revenir. On me rembourse jusqu'à combien pour ces deux repas-là ?")
    assert "au maximum — Annexe W" not in text and text.startswith("- **7 $**")


# --- a short follow-up naming another date ---------------------------------------------------------------------

FIRST = "Chez les Cris, suppléante occasionnelle, j'ai remplacé 45 minutes en octobre 2008. Combien ?"


@pytest.mark.parametrize("follow, said, gone", [
    ("Pis si ça avait été en mai 2009 ?", "en mai 2009", "octobre 2008"),
    ("Et au 01-04-2014 ?", "en 01-04-2014", "octobre 2008"),
    ("Pis à l'automne 2006 ?", "en automne 2006", "octobre 2008"),
    ("Et le 15 mars 2007 ?", "en 15 mars 2007", "octobre 2008"),
    ("Et en 2006-2007 ?", "2006-2007", "octobre 2008"),
])
def test_follow_up_date_replaces_the_first(follow, said, gone):
    merged = merge_follow_up(FIRST, follow)
    assert merged is not None and said in merged and gone not in merged and "45 minutes" in merged


def test_follow_up_date_then_rows_in_force(direct):
    conversation_first = _text(direct, FIRST)
    assert conversation_first.startswith("Durée demandée") and "**35,75 $**" in conversation_first
    merged = merge_follow_up(FIRST, "Pis si ça avait été en mai 2009 ?")
    assert "**36,47 $**" in _text(direct, merged)


def test_follow_up_without_date_or_duration():
    assert merge_follow_up(FIRST, "Et pour un enseignant ?") is None


# --- a fraction of an amount the question states ---------------------------------------------------------------


@pytest.mark.parametrize("question, lead", [
    ("Je suis appariteur à temps partiel au Collège. Lundi prochain c'est un congé férié pis je travaille pas. Dans les "
     "quatre dernières semaines complètes de paie avant, j'ai gagné 1 372,40 $ en tout. On va me payer combien pour le "
     "férié ?", "**68,62 $** : 1 372,40 $ (le montant de votre question) × 1/20"),
    ("TES à temps partiel : j'ai touché 980 $ de traitement sur mes 4 dernières semaines de paie. Pour la fête du "
     "Travail, je reçois combien ?", "**49 $** : 980 $ (le montant de votre question) × 1/20"),
    ("Je suis technicienne en éducation spécialisée à temps partiel au Collège. Pour le jour de l'An, on me paie combien "
     "si j'ai gagné 2 100 $ dans les 4 semaines complètes de paie d'avant ?", "**105 $** : 2 100 $"),
])
def test_a_fraction_of_a_stated_pay(direct, question, lead):
    text = _text(direct, question, _hits(direct, "8-16.04", "7-7.02"))
    assert text.startswith(lead), text


def test_a_fraction_of_the_annual_salary_is_not_taken_of_a_stated_amount(direct):
    # 7-7.02's 1/26 is of the annual salary: an amount the question states is no base of it here
    answer = direct.answer("Le Collège m'a remboursé 520 $ de frais. On me verse combien par paie ?",
                           _hits(direct, "7-7.02"))
    assert answer is None or "× 1/26" not in answer.text


# --- a span of school years and the amounts each of its years gets ----------------------------------------------

# Cris Annexe XXII, the training money of each year (copied from the corpus)
TRAINING = """Annexe XXII

De plus, le Ministère accorde à la Commission les sommes suivantes pour le perfectionnement du personnel (enseignant, professionnel et soutien) oeuvrant auprès de ces élèves ainsi que pour le personnel enseignant affecté à des groupes à plus d'une année d'étude :

- 24 900 \\$ pour l'année scolaire 2006-2007;
- 30 500 \\$ pour l'année scolaire 2007-2008;
- 36 850 \\$ pour l'année scolaire 2008-2009.
"""


@pytest.mark.parametrize("question, years", [
    ("Combien en tout sur les trois années 2006-2007 à 2008-2009 ?", {"2006", "2007", "2008"}),
    ("De 2005-2006 jusqu'à 2007-2008, ça fait combien ?", {"2005", "2006", "2007"}),
    ("Combien au total entre 2006-2007 et 2008-2009 ?", {"2006", "2007", "2008"}),
    ("Ça a augmenté de combien entre 2006-2007 pis 2008-2009 ?", set()),  # a change: its two ends only
    ("En 2006-2007 pis en 2008-2009, c'était combien ?", set()),  # two years, no span
])
def test_school_years_spanned(question, years):
    assert {first for first, _ in school_years_spanned(question)} == years


@pytest.fixture(scope="module")
def training() -> DirectAnswers:
    return table_answers([("cris", "Annexe XXII", TRAINING)], DOCUMENTS)


@pytest.mark.parametrize("question, total", [
    ("À la CS crie, pour le perfectionnement du personnel qui travaille avec les élèves à risque, le Ministère a donné "
     "combien en tout sur les trois années 2006-2007 à 2008-2009 ?", "Total : **92 250 $**"),
    ("Chez les Cris, le perfectionnement du personnel des élèves en difficulté, ça a fait combien au total de 2007-2008 "
     "à 2008-2009 ?", "Total : **67 350 $**"),
])
def test_a_total_over_a_span_of_years(training, question, total):
    text = _text(training, question)
    assert total in text, text


def test_a_change_between_two_years_is_no_total(training):
    text = _text(training, "Chez les Cris, la somme pour le perfectionnement du personnel des élèves en difficulté, elle "
                           "a augmenté de combien entre 2006-2007 pis 2008-2009 ?")
    assert "Total" not in text and "30 500" not in text


def test_rows_of_ranks_are_not_multiplied_by_the_count():
    # DEV Q830's wording: « deux élèves de trop … la compensation pour le deuxième »: the rank's row is the amount, no
    # « 2 × 2 190 $ » (a row is counted only by its label's first word, « Dîner », not a rank's « élève »)
    from .test_amount_conditions import OVER_THE_MAXIMUM
    direct = table_answers([("cris", "Annexe XII", OVER_THE_MAXIMUM)], DOCUMENTS)
    text = _text(direct, "J'ai deux élèves de trop dans mon groupe chez les Cris : la compensation pour le deuxième, "
                         "c'est plafonné à combien par année ?")
    assert "× 2 190 $" not in text and "**2 190 $**" in text


# --- a case told first: the échelon started at, then the one now -----------------------------------------------


@pytest.mark.parametrize("question, echelon, other", [
    ("Bon, ma situation : je suis appariteur au Collège depuis 2011, j'ai commencé à l'échelon 1 pis là je suis à "
     "l'échelon 4. Mon taux horaire au 1er avril 2014, c'est combien ?", 4, None),
    ("J'ai été engagée à l'échelon 2 en 2010, aujourd'hui je suis à l'échelon 6 comme TES. C'est quoi mon taux ?", 6, None),
    ("J'étais à l'échelon 3, rendue à l'échelon 5 cette année : combien par année comme animatrice ?", 5, None),
    # two échelons set side by side, or a change between them: both kept
    ("Je suis à l'échelon 11 ; à l'échelon 12, je gagnerais combien ?", 11, 12),
    ("J'ai commencé à l'échelon 1 pis là je suis à l'échelon 4 : ça a augmenté de combien ?", 1, 4),
])
def test_the_echelon_now_after_the_one_started_at(question, echelon, other):
    query = parse_amount_question(question)
    assert (query.echelon, query.other_echelon) == (echelon, other)


def test_the_fraction_s_sentence_is_quoted_past_its_abbreviations(direct):
    text = _text(direct, "Je suis appariteur à temps partiel au Collège. Pour le férié, on me paie combien si j'ai gagné "
                         "1 200 $ dans mes quatre dernières semaines complètes de paie ?", _hits(direct, "8-16.04"))
    assert text.startswith("**60 $** : 1 200 $"), text
    assert "non-enseignant visé (rf. article 62 de la Loi sur les normes du travail (L.R.Q., c. N-1.1)). »" in text


# --- one rank asked of amounts paid by rank --------------------------------------------------------------------


@pytest.mark.parametrize("question, lead", [
    ("J'ai 2 élèves de trop dans mon groupe à la CS crie. Pour le 2e élève excédentaire, la compensation annuelle est "
     "limitée à combien?", "**2 190 $** par année pour le 2e élève — Annexe XII"),
    ("CS crie, j'ai une classe au primaire avec plusieurs élèves de trop. La compensation pour le 3e élève excédentaire "
     "est plafonnée à combien par année ?", "**2 628 $** par année pour le 3e élève — Annexe XII"),
    ("Chez les Cris, la compensation maximale pour le cinquième élève de trop dans un groupe, c'est combien ?",
     "**2 628 $** par année pour le 5e élève — Annexe XII"),
    ("Quatre élèves de trop chez les Cris. Pour le deuxième, c'est limité à combien ?",
     "**2 190 $** par année"),  # the rank's row alone is what the lookup finds
])
def test_one_rank_asked_leads_with_its_row(question, lead):
    from .test_amount_conditions import OVER_THE_MAXIMUM
    direct = table_answers([("cris", "Annexe XII", OVER_THE_MAXIMUM)], DOCUMENTS)
    assert _text(direct, question).startswith(lead)


@pytest.mark.parametrize("question, lead", [
    ("Chez les Cris, ma fille est en 3e secondaire pis j'ai 2 élèves de trop : la compensation max ?",  # a grade
     "**3 942 $** par année au maximum pour 2 élèves"),
    ("Chez les Cris, j'ai 3 élèves de trop dans mon groupe, j'ai droit à combien de compensation ?",
     "**6 570 $** par année au maximum pour 3 élèves"),
])
def test_a_count_without_a_rank_still_sums(question, lead):
    from .test_amount_conditions import OVER_THE_MAXIMUM
    direct = table_answers([("cris", "Annexe XII", OVER_THE_MAXIMUM)], DOCUMENTS)
    assert _text(direct, question).startswith(lead)
