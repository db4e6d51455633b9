"""An amount question naming two agreements (assistant/lookups.py, DirectAnswers.answer): each agreement's amount from
its own part of the question, side by side, each side labelled with its agreement's title, every citation kept; a side
without an amount says so beside the other's (inline Cris and Collège tables, no index)."""

from __future__ import annotations

import pytest

from assistant.lookups import DirectAnswers

from .inline_answers import table_answers
from .table_texts import ANNEXE_P, CRIS_13_2_03
from .test_amount_fresh import CRIS_6_7_03, DOCUMENTS, SUPPLY_PRORATA

MAXIMA = """8-7.03 Ratio d'élèves au niveau secondaire

Le nombre maximum d'élèves par groupe ou par classe au niveau secondaire est de trente-cinq (35).
"""


@pytest.fixture(scope="module")
def direct() -> DirectAnswers:
    return table_answers([("bourget", "Annexe P", ANNEXE_P), ("bourget", "7-6.05", SUPPLY_PRORATA),
                          ("bourget", "8-7.03", MAXIMA), ("cris", "6-7.03", CRIS_6_7_03),
                          ("cris", "13-2.03", CRIS_13_2_03)], DOCUMENTS)


def _sides(text: str) -> list[str]:
    """The labels of the answer's sides, in order."""
    return [line[2:line.index(" :")] for line in text.split("\n") if line.startswith("▸ ")]


def test_each_agreement_named_gets_its_own_amount_side_by_side(direct):
    # the Cris part asks the hourly-paid teacher (13-2.03), the Collège part a qualified substitute (Annexe P): the
    # whole question's words sent the Cris side to 6-7.03, the substitutes' table, and the Collège got nothing
    answer = direct.answer("Un enseignant à taux horaire, ça gagne combien de l'heure chez les Cris, pis un enseignant "
                           "qualifié en suppléance au Collège ? Le dernier taux de chaque côté.", [])
    assert answer is not None and answer.kind == "amount", answer and answer.text
    assert _sides(answer.text) == ["Accord crie", "Convention Collège Bourget"], answer.text
    cris, bourget = answer.text.split("▸ ")[1:]
    assert "13-2.03" in cris and "46,52 $" in cris and "6-7.03" not in cris, cris
    assert "38,89 $" in bourget, bourget
    assert {c.doc for c in answer.citations} == {"cris", "bourget"}
    assert all(c.quote in next(ch.text for ch in direct.chunks if ch.chunk_id == c.chunk_id) for c in answer.citations)


def test_a_side_asked_without_its_own_amount_words_borrows_them(direct):
    # « Et chez les Cris, en formation professionnelle ? » asks « combien de l'heure » through the first sentence
    sides = direct._sides("Un enseignant qualifié en suppléance, c'est payé combien de l'heure au Collège ? Et chez "
                          "les Cris, en formation professionnelle ?", None)
    assert sides is not None and list(sides) == ["bourget", "cris"]
    assert sides["cris"].startswith("combien de l'heure : Et chez les Cris"), sides
    assert "Collège" not in sides["cris"] and "Cris" not in sides["bourget"]


def test_words_naming_no_agreement_are_shared_and_versus_splits_a_sentence(direct):
    sides = direct._sides("Si j'ai trop d'élèves dans mon groupe, est-ce que j'ai droit à une compensation ? Cris "
                          "versus Collège Bourget", None)
    assert sides == {"cris": "Si j'ai trop d'élèves dans mon groupe, est-ce que j'ai droit à une compensation ? Cris",
                     "bourget": "Si j'ai trop d'élèves dans mon groupe, est-ce que j'ai droit à une compensation ? "
                                "Collège Bourget"}
    assert direct._sides("Un enseignant qualifié en suppléance, c'est combien de l'heure au Collège ?", None) is None
    assert direct._sides("Combien de l'heure chez les Cris, pis au Collège ?", ["cris"]) is None  # docs allow one


def test_a_side_without_an_amount_says_so_beside_the_other(direct):
    answer = direct.answer("Un suppléant occasionnel qui fait 60 minutes de remplacement, ça touche combien chez les "
                           "Cris ? Pis au Collège, pour trop d'élèves au secondaire, y a-tu un montant ?", [])
    assert answer is not None and answer.kind == "amount", answer and answer.text
    assert _sides(answer.text)[0] == "Accord crie" and "36,47 $" in answer.text.split("▸ ")[1]
    assert "▸ Convention Collège Bourget : aucun montant de cette entente ne répond" in answer.text, answer.text


def test_a_side_answers_though_the_whole_question_finds_no_amount(direct):
    # each agreement's amount from its own part of the question (the whole one may find the Collège's table alone)
    question = ("La surveillance de classe quand on remplace au Collège, ça paie combien de l'heure au dernier taux ? "
                "Pis chez les Cris, une suppléance de 60 minutes ou moins ?")
    # (the whole question may now find Annexe P B) by its heading, « moins » named by no heading)
    answer = direct.answer(question, [])
    assert answer is not None and answer.kind == "amount", answer and answer.text
    assert "▸ Accord crie :" in answer.text and "**36,47 $**" in answer.text, answer.text
    assert "▸ Convention Collège Bourget" in answer.text and {c.doc for c in answer.citations} >= {"cris"}


def test_each_side_retrieves_its_passages_without_its_agreements_name():
    # within one agreement its name only draws the clauses saying it (« Collège »): Bourget 7-6.06, the répondant de
    # niveau's pay, was not among the first passages of « Et au Collège Bourget, le répondant de niveau … »
    asked = []
    direct = table_answers([("bourget", "Annexe P", ANNEXE_P), ("cris", "13-2.03", CRIS_13_2_03)], DOCUMENTS)
    direct.retrieve = lambda question, docs: asked.append((question, tuple(docs))) or []
    direct.answer("Un enseignant à taux horaire, ça gagne combien de l'heure chez les Cris, pis un enseignant qualifié "
                  "en suppléance au Collège ?", [])
    assert ("Un enseignant à taux horaire, ça gagne combien de l'heure chez les", ("cris",)) in asked, asked
    assert ("combien de l'heure : un enseignant qualifié en suppléance au ?", ("bourget",)) in asked, asked


def test_a_side_is_looked_up_without_its_agreements_name():
    # the side belongs to its agreement (docs=[doc]): its name only adds words the tables' headings lack (« Bourget »)
    direct = table_answers([("bourget", "Annexe P", ANNEXE_P), ("cris", "13-2.03", CRIS_13_2_03)], DOCUMENTS)
    looked_up, amount = [], direct._amount
    direct._amount = lambda question, hits, docs, history=(): looked_up.append((question, docs)) or amount(
        question, hits, docs, history)
    answer = direct.answer("Un enseignant à taux horaire, ça touche combien de l'heure chez les Cris ? Pis au Collège "
                           "Bourget, un suppléant qualifié, c'est payé combien de l'heure ?", [])
    assert ("Pis au , un suppléant qualifié, c'est payé combien de l'heure ?", ["bourget"]) in looked_up, looked_up
    assert answer is not None and "**38,89 $** l'heure" in answer.text.split("▸ Convention Collège Bourget :")[1]


@pytest.mark.parametrize("question", ["Au Collège, un suppléant qualifié, c'est combien de l'heure au dernier taux ?",
                                      "Au Collège, un suppléant qualifié, c'est combien de l'heure ? Le plus récent.",
                                      "Au Collège Bourget, un suppléant qualifié, c'est payé combien de l'heure ?"])
def test_the_latest_rate_or_the_agreements_name_said_names_no_table(direct, question):
    # a side's part often says « au dernier taux » or names its agreement: rates asked by their heading (Annexe P)
    # need every distinctive word of the question in the heading, and these are none (assistant/tables.py _GENERIC)
    draft = direct._amount(question, [], ["bourget"], ())
    assert draft is not None and "**38,89 $** l'heure" in "\n".join(draft.parts), draft and draft.parts
