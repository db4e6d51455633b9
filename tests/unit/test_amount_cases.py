"""Amounts that say the case they are for, and dates of leaves counted to a ranked day (assistant/tables.py,
assistant/placement.py, assistant/deadlines.py, assistant/deadline_answers.py), on tiny inline texts in the corpus's
format: a rate's section heading is said with it (« A) Taux horaire de l'enseignant suppléant à court terme ou
occasionnel »); a rate asked by its heading with a word no heading holds (« à la résidence ») still finds its table;
a role placed at an échelon by its diplomas (« l'animateur déjà titulaire d'un DEC débute à l'échelon trois (3) … »)
gets that échelon and its pay; « le quinzième (15e) jour suivant le retour … » is a delay of 15 days."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.deadlines import compute_deadline, find_delays, starting_point
from assistant.placement import _diplomas
from assistant.tables import dated_tables_on_topic, parse_amount_question
from assistant.types import Hit

from .inline_answers import direct_answers, last_day, table_answers

SUPPLY = """Annexe P Taux horaire des salariés éducateurs suppléants à court terme ou occasionnels²⁰

A) Taux horaire de l'enseignant suppléant à court terme ou occasionnel

Enseignant qualifié

Durée Périodes concernées\t60 minutes
À compter du 1 ^{er} avril 2012\t37,47 \\$
À compter du 1 ^{er} avril 2013\t38,13 \\$

Enseignant non qualifié

Durée Périodes concernées\t60 minutes
À compter du 1 ^{er} avril 2012\t29,42 \\$
À compter du 1 ^{er} avril 2013\t30,00 \\$

B) Surveillance de classe

Durée de remplacement dans une journée Périodes concernées\t60 minutes
À compter du 1 ^{er} avril 2012\t25,22 \\$
À compter du 1 ^{er} avril 2013\t25,66 \\$

C) Surveillance de nuit

Durée Périodes concernées\tPériode de nuit selon la clause 8-13.13
À compter du 1 ^{er} avril 2012\t60,94 \\$
À compter du 1 ^{er} avril 2013\t61,87 \\$

²⁰ Les taux horaires indiqués à la présente annexe incluent l'ensemble des avantages sociaux.
"""

ANIMATORS = """Annexe O Échelles annuelles des animateurs à temps complet¹⁸

<i>Animateur et « Sauveteur aquatique » (40 heures/semaine)</i>
Échelon ¹⁹\tÉchelle annuelle au 01-04-2013\tÉchelle annuelle au 01-04-2014
1\t26 352\t26 879
2\t28 216\t28 782
3\t30 352\t30 959
4\t32 476\t33 126

¹⁸ Les échelles annuelles de traitement des animateurs sont spécifiques au Collège.

¹⁹ L'animateur se voit attribuer l'échelon correspondant à son expérience et sa scolarité selon les dispositions de l'article 7-5.00 de la présente convention collective.
"""

PASTORAL = """Annexe N Échelles annuelles

<i>Animateur de pastorale (37,5 heures/semaine)</i>
Échelon\tÉchelle annuelle au 01-04-2013\tÉchelle annuelle au 01-04-2014
1\t38 408\t39 176
2\t39 688\t40 482
3\t41 013\t41 833
4\t42 381\t43 229
"""

DIPLOMAS = """7-5.11 Un salarié éducateur de la catégorie d'emplois d'animateur ayant achevé avec succès plus d'années d'études que le minimum requis obtient un nombre d'échelons selon les modalités qui suivent :

- l'animateur débute à l'échelon deux (2) dans le cas où il est titulaire d'un diplôme d'études collégiales (DEC) ou, dans le cas qu'il ne détient pas de DEC, il possède trente (30) crédits universitaires (certificat) additionnés d'une expérience jugée pertinente par le Collège ;
- l'animateur déjà titulaire d'un DEC débute à l'échelon trois (3) dans le cas où il complète trente (30) crédits universitaires ;
- l'animateur débute à l'échelon quatre (4) dans le cas où il complète quatre-vingt-dix (90) crédits universitaires.
"""

DOCUMENTS = {"bourget": {"title": "Convention Collège Bourget", "aliases": ["Collège", "Bourget"],
                         "kind": "convention collective"}}


@pytest.fixture(scope="module")
def direct():
    return table_answers([("bourget", "Annexe P", SUPPLY), ("bourget", "Annexe O", ANIMATORS),
                          ("bourget", "Annexe N", PASTORAL), ("bourget", "7-5.11", DIPLOMAS)], DOCUMENTS)


def test_a_rate_says_its_section_heading_the_case_it_is_for(direct):
    answer = direct.answer("Je suis pas qualifié, j'ai remplacé un prof au Collège en octobre 2012, payé combien de "
                           "l'heure ?", [])
    assert answer is not None and answer.text.startswith(
        "**29,42 $** l'heure — Annexe P, A) Taux horaire de l'enseignant suppléant à court terme ou occasionnel, "
        "Enseignant non qualifié"), answer and answer.text


@pytest.mark.parametrize("question", [
    "J'ai fait deux nuits de surveillance en remplacement à la résidence du Collège en novembre 2013. Ça me donne "
    "combien en tout ?",
    "Au Collège, une nuit de surveillance faite en suppléance en mai 2013, c'est payé combien ?",
])
def test_a_word_no_heading_holds_does_not_keep_a_well_met_heading_out(direct, question):
    assert [t.section for t in dated_tables_on_topic(direct.tables, question)] == ["C) Surveillance de nuit"]
    answer = direct.answer(question, [])
    assert answer is not None and answer.text.startswith("**61,87 $** par période — Annexe P, C) Surveillance de nuit")


def test_a_heading_met_by_two_words_only_still_lacks_none():
    # « suppléant à long terme » shares « suppléant » and « terme » with Annexe P's title and lacks « long »
    tables = table_answers([("bourget", "Annexe P", SUPPLY)], DOCUMENTS).tables
    assert dated_tables_on_topic(tables, "Un suppléant à long terme, c'est payé combien ?") == []


@pytest.mark.parametrize("question, diplomas", [
    ("J'ai un DEC pis j'ai fini 30 crédits universitaires", {"+DEC", "30 crédits"}),
    ("Je n'ai pas de DEC mais 30 crédits", {"-DEC", "30 crédits"}),
    ("j'ai mon diplôme d'études collégiales", {"+DEC"}),
])
def test_diplomas_named(question, diplomas):
    assert _diplomas(question) == diplomas


@pytest.mark.parametrize("question, echelon, amount", [
    ("Le Collège m'engage comme animateur. J'ai un DEC pis j'ai fini 30 crédits universitaires. Je commence à quel "
     "échelon pis c'est combien par année à l'automne 2013 ?", 3, "30 352 $"),
    ("Le Collège m'engage comme animatrice : j'ai mon DEC et j'ai complété 90 crédits universitaires. À quel échelon "
     "je commence, pis combien par année au 1er avril 2014 ?", 4, "33 126 $"),
    ("Animatrice au Collège avec juste un DEC, je gagne combien au 1er avril 2014 ?", 2, "28 782 $"),
    ("Je n'ai pas de DEC mais j'ai 30 crédits universitaires, combien je gagne comme animateur au Collège au 1er "
     "avril 2013 ?", 2, "28 216 $"),
])
def test_a_role_placed_by_its_diplomas_gets_that_echelon_and_its_pay(direct, question, echelon, amount):
    hits = [Hit(chunk, 1.0) for chunk in direct._clause_chunks[("bourget", "7-5.11")]]
    answer = direct.answer(question, hits)
    assert answer is not None and answer.kind == "placement", answer and answer.text
    assert f"vous débutez à l'**échelon {echelon}**" in answer.text
    assert f"**{amount}** par année — Annexe O, Animateur et « Sauveteur aquatique »" in answer.text
    assert "pastorale" not in answer.text  # the scale whose note names article 7-5.00, not another animator's


def test_a_ranked_day_after_an_event_is_a_delay_of_that_many_days():
    sentence = ("Ce congé peut être discontinu et doit se situer entre le début du processus d'accouchement et le "
                "quinzième (15^e) jour suivant le retour de la mère ou de l'enfant à la résidence familiale.")
    delay = find_delays(sentence)[0]
    assert (delay.amount, delay.unit) == (15, "calendar_days")
    assert starting_point(sentence, delay) == "suivant le retour de la mère ou de l'enfant à la résidence familiale"
    assert compute_deadline(date(2027, 4, 20), delay).end_date == date(2027, 5, 5)
    assert find_delays("à compter du 141e jour de travail de l'année scolaire 2008-2009") == []


def test_a_leave_to_take_by_a_ranked_day_and_whose_return_it_runs_from():
    direct, hits = direct_answers({"6-4.20": "6-4.20 a) Le salarié éducateur a droit à un congé payé d'une durée "
                                   "maximale de cinq (5) jours ouvrables à l'occasion de la naissance de son enfant. "
                                   "Ce congé peut être discontinu et doit se situer entre le début du processus "
                                   "d'accouchement et le quinzième (15^e) jour suivant le retour de la mère ou de "
                                   "l'enfant à la résidence familiale."})
    question = ("Mon bébé est arrivé à la maison le 20 avril 2027 avec sa mère. Au Collège, j'ai jusqu'à quand pour "
                "prendre mes jours de congé de naissance ?")
    assert last_day(direct, question, hits) == "mercredi 5 mai 2027"
    text = direct.answer(question, hits).text
    assert "retour au travail" not in text and "Ce délai court du retour de la mère ou de l'enfant" in text


def test_a_period_ending_on_a_ranked_day_is_no_delay_for_a_request():
    texts = {"6-5.13": "6-5.13 Le salarié éducateur qui se porte candidat a droit à un congé sans traitement. Ce congé "
                       "sans traitement commence au plus tôt le jour où la déclaration de candidature est officiellement "
                       "remise et se termine au plus tard le huitième (8^e) jour suivant celui du scrutin.",
             "6-5.14": "6-5.14 Le salarié éducateur élu peut obtenir, sur demande soumise quinze (15) jours avant son "
                       "départ, un congé sans traitement. Le délai est de sept (7) jours pour celui qui s'est prévalu du "
                       "congé prévu à la clause précédente."}
    direct, hits = direct_answers(texts)
    ended = "Au Collège, le scrutin a eu lieu le dimanche 1er novembre 2026. Mon congé de candidat finit au plus tard quand ?"
    assert last_day(direct, ended, hits) == "lundi 9 novembre 2026"
    asked = ("J'ai pris le congé de candidat et j'ai été élue ; je veux partir le jeudi 7 janvier 2027 : quelle est la "
             "date limite pour soumettre ma demande de congé sans traitement ?")
    assert "6-5.13]" not in direct.answer(asked, hits).text.split("\n")[0]


HOURLY = """13-2.03

- A) L'enseignante ou l'enseignant à taux horaire est rémunéré sur la base des taux horaires fixés ci-après :

Période\tTaux
À compter du 141 ^e jour de travail de l'année scolaire 2007-2008\t45,61 \\$
À compter du 141 ^e jour de travail de l'année scolaire 2008-2009\t46,52 \\$

- B) Ce taux est pour 50 à 60 minutes d'enseignement. L'enseignante ou l'enseignant dont les périodes sont de durée moindre est rémunéré au prorata.
"""


def test_what_a_rate_pays_for_is_quoted_with_it():
    direct = table_answers([("cris", "13-2.03", HOURLY)],
                           {"cris": {"title": "Accord crie", "aliases": ["Cris"], "kind": "accord"}})
    answer = direct.answer("Chez les Cris, à taux horaire, c'est payé combien de l'heure au dernier taux ?", [])
    assert answer is not None and answer.text.startswith("**46,52 $** l'heure"), answer and answer.text
    assert "Ce que paie le taux (13-2.03) : « Ce taux est pour 50 à 60 minutes d'enseignement. »" in answer.text
    assert any("Ce taux est pour 50 à 60 minutes" in c.quote for c in answer.citations)


@pytest.mark.parametrize("question, lead", [
    ("Au Collège, surveillance de nuit au pavillon en suppléance, c'est combien par nuit en mai 2013 ?",
     "**61,87 $** par période — Annexe P, C) Surveillance de nuit"),
    ("Au Collège, j'ai surveillé une classe en remplacement à la bibliothèque en mai 2013, combien ?",
     "**25,66 $** l'heure — Annexe P, B) Surveillance de classe"),
])
def test_a_rate_s_heading_named_with_a_bare_combien_asks_its_pay(direct, question, lead):
    answer = direct.answer(question, [])
    assert answer is not None and answer.text.startswith(lead), answer and answer.text


def test_a_count_asked_by_a_rate_s_heading_is_no_pay(direct):
    answer = direct.answer("Combien de surveillants de nuit en suppléance au Collège ?", [])
    assert answer is None or "$" not in answer.text


@pytest.mark.parametrize("question, year", [
    ("ça paye combien avec l'échelle de 2014 ?", 2014),
    ("c'est combien avec l'échelle salariale de 2012 ?", 2012),
])
def test_a_scale_named_by_its_year_is_the_column_that_year_brought(question, year):
    query = parse_amount_question(question)
    assert (query.when, query.year) == (date(year, 12, 31), None)


def test_a_year_alone_or_a_school_year_is_still_a_period():
    assert parse_amount_question("combien en 2012 ?").year == 2012
    assert parse_amount_question("l'échelle de 2013-2014, c'est combien ?").school_year == (2013, 2014)
