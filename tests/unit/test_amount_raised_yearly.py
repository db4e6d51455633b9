"""A year asked of an amount its table gives without a date, that the annex raises every year by a rule (Bourget
Annexe W: « majorer annuellement le tarif de base … selon … l'IPC transport »), assistant/amount_answers.py
``_raised_yearly``: the table gives only the base amount and no indexed text the raised one — said plainly
(abstained), the rule's line quoted; the base asked without a year, or a row the rule does not name (the meals), is
answered from the table as before."""

from __future__ import annotations

import pytest

from .inline_answers import table_answers

ANNEXE_W = """Annexe W Politique relative aux frais de déplacement

1. Conformément aux dispositions prévues au paragraphe 3 de la clause 6-11.02, les frais de déplacement sont calculés selon les règles indiquées au tableau suivant :

Tarif de base pour les premiers 200 kilomètres\t35 $
Frais pour chaque kilomètre excédant (+ de 200 km)\t0,15 $ /km

2. Les parties conviennent de majorer annuellement le tarif de base ci-dessus mentionné (rf. 35 $) selon les modalités qui suivent : le 1er février de chaque année, le Collège établit le pourcentage de l'augmentation applicable au tarif en calculant la moyenne en pourcentage des 12 derniers mois de l'indice des prix à la consommation, soit l'IPC transport publié par Statistique Canada.
4. Les frais de repas sont remboursés, avec pièces justificatives, selon les modalités suivantes :

Repas\tRemboursement maximum
Déjeuner\t7 $
Dîner\t12 $
Souper\t15 $
"""

DOCUMENTS = {"bourget": {"title": "Convention Collège Bourget", "aliases": ["Collège", "Bourget"],
                         "kind": "convention collective"}}


@pytest.fixture(scope="module")
def direct():
    return table_answers([("bourget", "Annexe W", ANNEXE_W)], DOCUMENTS)


@pytest.mark.parametrize("question, asked", [
    ("Au Collège, le tarif de base de 35 $ pour les déplacements en mandat, y est rendu à combien en 2016 avec les "
     "majorations annuelles ?", "2016"),
    ("Au Collège, le tarif de base des frais de déplacement, c'est combien en février 2018 ?", "février 2018"),
])
def test_a_year_asked_of_a_base_amount_raised_every_year_is_not_the_base(direct, question, asked):
    answer = direct.answer(question, [])
    assert answer is not None and answer.abstained, answer and answer.text
    assert answer.text.startswith("Annexe W ne donne que le montant de base, sans date : 35 $") and \
        f"aucun texte indexé ne donne le montant majoré pour {asked}" in answer.text, answer.text
    assert "**35 $**" not in answer.text
    assert any(c.quote.startswith("2. Les parties conviennent de majorer annuellement") for c in answer.citations)


@pytest.mark.parametrize("question, amount", [
    ("Au Collège, le tarif de base pour les déplacements en mandat, c'est combien ?", "**35 $**"),
    ("Au Collège, le souper en mandat est remboursé combien en 2016 ?", "**15 $**"),
])
def test_the_base_without_a_year_or_a_row_the_rule_does_not_name_is_answered(direct, question, amount):
    answer = direct.answer(question, [])
    assert answer is not None and not answer.abstained and answer.text.startswith(amount), answer and answer.text
