"""Amount questions said with a situation (assistant/amount_answers.py, assistant/placement.py, assistant/tables.py), on
tiny inline texts in the corpus's format: a placement with no experience at all (« zéro expérience »); a replacement
paid by the supply rates' section it names (« j'ai remplacé l'animateur des activités sportives »), not by the scale of
the class replaced; how a class's supply rate is computed (« calculé comment ? »), its rule quoted; a yes/no
entitlement whose amount clause denies it in the situation told (its sentence first), while « j'ai droit à combien ? »
still gets the amounts alone; a column named by a verb (« le Ministère ajoutait combien au total »)."""

from __future__ import annotations

import pytest

from assistant.lookups import DirectAnswers

from .inline_answers import table_answers
from .table_texts import ANNEXE_P, ANNEXE_P_ANIMATION
from .test_amount_placement import DOCUMENTS, EXPERIENCE_ECHELON, TEACHERS

# Annexe P's D) and E), copied from the corpus (Bourget): the animation rates and the other classes' supply rule
ANIMATION_AND_OTHERS = ANNEXE_P_ANIMATION + """
E) Autres classes d'emploi

Pour les classes d'emploi d'appariteur, de technicien en éducation spécialisée et de technicien de travaux pratique, le taux horaire de la suppléance (court terme ou occasionnel) correspond au taux horaire, selon l'expérience et la scolarité reconnues, majoré de quatre pour cent (4 %) aux fins des vacances annuelles. Pour les classes d'emploi de salarié éducateur professionnel (PNE), le taux horaire de la suppléance (court terme ou occasionnel) correspond à l'échelle annuelle de traitement applicable (selon l'expérience et la scolarité reconnues) divisée par mille neuf cent cinquante (1950), majoré de quatre pour cent (4 %) aux fins des vacances annuelles.
"""

SUPPLY_PAY = """7-6.05 Salarié éducateur suppléant de courte durée ou occasionnel

Le salarié éducateur suppléant de courte durée ou occasionnel est rémunéré sur la base des taux horaire, selon les fonctions effectuées apparaissant à l'annexe P et des modifications prévues à la clause 7-6.08.

Le salarié éducateur suppléant de courte durée ou occasionnel qui se voit confier des périodes de travail de plus de soixante (60) minutes est rémunéré au prorata sur la base du taux horaire fixé.
"""

ANIMATORS = """Annexe O Échelles annuelles des animateurs à temps complet

<i>Animateur (40 heures/semaine)</i>
Échelon\tÉchelle annuelle au 01-04-2013\tÉchelle annuelle au 01-04-2014
1\t26 352\t26 879
2\t27 717\t28 271
"""

PROFESSIONALS = """Annexe N Échelles annuelles et taux horaire du personnel salarié éducateur non-enseignant

B) Échelles annuelles, salarié éducateur professionnel à temps complet

<i>Psychoéducateur (35 heures/semaine)</i>
Échelon\tÉchelle annuelle au 01-04-2013\tÉchelle annuelle au 01-04-2014
1\t39 955\t40 754
2\t41 288\t42 114
"""

# Cris Annexe XII (its A) and C)) and Annexe XXII's table, copied from the corpus
OVER_THE_MAXIMUM = """ANNEXE XII COMPENSATION POUR DÉPASSEMENT DES MAXIMA D'ÉLÈVES PAR GROUPE (8-8.03)

- A) Aux fins de l'application de la présente annexe :
- 1) le nombre d'élèves dont on tient compte est celui des élèves inscrits et présents pour au moins la moitié des jours de classe d'un mois donné;
 - 2) aucune compensation n'est due si un dépassement constaté au début de l'année scolaire n'existe plus au 15 octobre;
 - 3) la suppléante ou le suppléant occasionnel n'a droit à aucune compensation.

- C) La compensation annuelle à laquelle l'enseignante ou l'enseignant a droit est limitée à :
- 1 752 $ pour la première ou le premier élève excédentaire;
 - 2 190 $ pour la ou le deuxième élève excédentaire;
 - 2 628 $ pour chaque autre élève excédentaire.
"""

ADDED_RESOURCES = """ANNEXE XXII AJOUTS DE RESSOURCES AUX ÉLÈVES À RISQUE ET AUX ÉLÈVES HANDICAPÉS OU EN DIFFICULTÉ D'ADAPTATION OU D'APPRENTISSAGE

Le Ministère accorde à la Commission pour chacune des années scolaires 2006-2007 à 2008-2009, des ressources budgétaires additionnelles afin d'améliorer les services aux élèves à risque et aux élèves handicapés ou en difficulté d'adaptation ou d'apprentissage.

La répartition des sommes pour ces ajouts de ressources s'établit de la façon suivante :

Année scolaire\tMontant additionnel\tAjout total
2006-2007\t390 000 $\t390 000 $
2007-2008\t195 000 $\t585 000 $
2008-2009\t195 000 $\t780 000 $
"""


@pytest.fixture(scope="module")
def direct() -> DirectAnswers:
    return table_answers([("bourget", "Annexe M", TEACHERS), ("bourget", "1-2.28", EXPERIENCE_ECHELON),
                          ("bourget", "Annexe P", ANNEXE_P + "\n" + ANIMATION_AND_OTHERS),
                          ("bourget", "7-6.05", SUPPLY_PAY), ("bourget", "Annexe O", ANIMATORS), ("bourget", "Annexe N", PROFESSIONALS),
                          ("cris", "Annexe XII", OVER_THE_MAXIMUM), ("cris", "Annexe XXII", ADDED_RESOURCES)],
                         DOCUMENTS)


@pytest.mark.parametrize("no_experience", ["zéro expérience", "sans expérience", "aucune expérience",
                                           "pas encore d'expérience", "je n'ai jamais enseigné"])
def test_a_placement_with_no_experience_is_the_first_experience_echelon(direct, no_experience):
    answer = direct.answer(f"Ma scolarité est évaluée à 17 ans, {no_experience}. Si je commence au Collège en avril "
                           "2014, ma paye annuelle va être de combien ?", [])
    assert answer is not None and answer.kind == "placement", answer and answer.text
    assert "échelon d'expérience 1" in answer.text and "+ 2 échelons" in answer.text
    assert "**Traitement à l'échelon 3**" in answer.text and "**42 280 $**" in answer.text


def test_no_experience_without_a_schooling_is_no_placement(direct):
    answer = direct.answer("Au Collège, un suppléant sans expérience, c'est payé combien de l'heure ?", [])
    assert answer is None or answer.kind != "placement"


@pytest.mark.parametrize("question, rate, total", [
    ("J'ai remplacé pour de l'animation sportive au Collège, 3 heures en novembre 2012. Je devrais recevoir combien ?",
     "**17,87 $**", "**53,61 $**"),
    ("J'ai remplacé l'animateur des activités sportives au Collège pendant 2 heures en février 2013. Ça m'a rapporté "
     "combien ?", "**17,87 $**", "**35,74 $**"),
])
def test_a_replacement_is_paid_by_the_supply_section_it_names(direct, question, rate, total):
    answer = direct.answer(question, [])
    assert answer is not None and answer.kind == "amount"
    assert answer.text.startswith(f"{rate} l'heure — Annexe P, D) Animation sportive, culturelle et autres")
    assert total in answer.text and "Annexe O" not in answer.text


def test_the_animators_scale_is_still_theirs(direct):
    answer = direct.answer("Combien gagne un animateur au Collège à l'échelon 2 ?", [])
    assert answer is not None and answer.text.startswith("**28 271 $** par année — Annexe O")


@pytest.mark.parametrize("how", ["est calculé comment", "est établi comment", "se calcule comment",
                                 "on le fixe comment", "c'est quoi la formule"])
def test_how_a_supply_rate_is_computed_quotes_the_classes_rule(direct, how):
    answer = direct.answer(f"Au Collège, une psychoéducatrice qui fait du remplacement occasionnel, son taux horaire "
                           f"{how} ?", [])
    assert answer is not None and answer.kind == "amount"
    assert answer.text.startswith("Taux de suppléance de cette classe d'emploi (Annexe P) : « Pour les classes d'emploi "
                                  "de salarié éducateur professionnel (PNE)")
    assert "(1950)" in answer.text and "(4 %)" in answer.text
    assert {c.clause for c in answer.citations} == {"Annexe P"}


@pytest.mark.parametrize("question, ruled", [
    ("Chez les Cris, j'avais 2 élèves de trop dans mon groupe en septembre, mais au 15 octobre c'était réglé. J'ai-tu "
     "droit à une compensation pour septembre ?", "- 2) aucune compensation n'est due"),
    ("Chez les Cris, je suis suppléante occasionnelle pis le groupe que je remplace dépasse le maximum d'élèves. "
     "J'ai-tu droit à la compensation ?", "- 3) la suppléante ou le suppléant occasionnel n'a droit à aucune"),
])
def test_a_yes_no_entitlement_leads_with_the_sentence_denying_it(direct, question, ruled):
    answer = direct.answer(question, [])
    assert answer is not None
    assert answer.text.startswith(f"Règle qui vise votre situation (Annexe XII) : « {ruled}")
    assert "Montants prévus lorsque cette règle ne s'applique pas" in answer.text


@pytest.mark.parametrize("question", [
    "Chez les Cris, j'ai 3 élèves de trop dans mon groupe, j'ai droit à combien de compensation ?",
    "Chez les Cris, mon groupe dépasse le maximum depuis septembre et c'est encore le cas en novembre. Ai-je droit à "
    "une compensation ?",
])
def test_how_much_or_a_situation_no_sentence_denies_gets_the_amounts(direct, question):
    answer = direct.answer(question, [])
    assert answer is not None and "- **1 752 $** par année — Annexe XII" in answer.text
    # a count of pupils asked: their total leads (DEV Q1576), else the rows
    lead = "**6 570 $** par année au maximum pour 3 élèves" if "3 élèves" in question else "- **1 752 $**"
    assert answer.text.startswith(lead), answer.text


def test_a_column_named_by_a_verb_in_the_imperfect(direct):
    answer = direct.answer("À la CS crie, pour les élèves à risque pis les élèves handicapés ou en difficulté, le "
                           "Ministère ajoutait combien de ressources au total en 2008-2009 ?", [])
    assert answer is not None and answer.text.startswith("**780 000 $** — Annexe XXII, ligne « 2008-2009 », colonne "
                                                         "« Ajout total »")


def test_a_tables_sentence_referring_back_is_quoted_with_the_paragraph_before(direct):
    answer = direct.answer("Chez les Cris, l'ajout total de ressources pour les élèves à risque en 2007-2008, c'est "
                           "combien ?", [])
    assert answer is not None and answer.text.startswith("**585 000 $** — Annexe XXII")
    assert "Texte (Annexe XXII) : « Le Ministère accorde à la Commission pour chacune des années scolaires" in answer.text
    assert "« La répartition des sommes pour ces ajouts de ressources s'établit de la façon suivante »" in answer.text


def test_the_future_said_with_an_auxiliary_names_no_table(direct):
    answer = direct.answer("Au Collège, j'ai fait de la surveillance de classe en remplacement pendant 2 heures en "
                           "octobre 2013. Combien je vais recevoir ?", [])
    assert answer is not None and answer.text.startswith("**25,66 $** l'heure — Annexe P, B) Surveillance de classe")


def test_a_replacement_of_a_class_the_supply_rates_name_keeps_that_class(direct):
    answer = direct.answer("J'ai remplacé un enseignant qualifié au Collège pendant 3 heures en mai 2013, combien je "
                           "reçois ?", [])
    assert answer is not None and answer.text.startswith("**38,13 $** l'heure — Annexe P, A) Taux horaire de l'enseignant suppléant à court terme ou occasionnel, Enseignant qualifié")


def test_a_yes_no_question_without_droit_is_ruled_too_and_on_me_doit_asks_a_pay(direct):
    ruled = direct.answer("Chez les Cris, l'excédent d'élèves dans ma classe du début d'année avait disparu le 15 "
                          "octobre. Est-ce que je reçois quand même une compensation ?", [])
    assert ruled is not None and ruled.text.startswith("Règle qui vise votre situation (Annexe XII) : « - 2) aucune")
    owed = direct.answer("J'ai fait du remplacement en animation culturelle au Collège, 4 heures en juin 2014. Combien "
                         "on me doit ?", [])
    assert owed is not None and owed.text.startswith("**18,54 $** l'heure — Annexe P, D) Animation sportive")
    assert "**74,16 $**" in owed.text
