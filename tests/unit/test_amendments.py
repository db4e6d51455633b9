"""Amending agreements: items, actions, targets, records of the new text (the real "cris"
agreement: tests/integration/test_amendments_real.py)."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from ingest.amendments import (
    amendment_action,
    clause_range,
    find_items,
    instruction_targets,
    is_amending_agreement,
    missing_item_numbers,
    parse_amendments,
)
from ingest.normalise import normalise
from ingest.lines import split_lines
from ingest.numbering import ClauseNumber
from ingest.types import Clause, Document, Page

AMENDING = """\
ACCORD EN VERTU DE LA CLAUSE 10-7.01

LES PARTIES CONVIENNENT DE CE QUI SUIT :

CHAPITRE 1

1) L'article 1-1.00 est remplacé par ce qui suit :

« 1-1.00 DÉFINITIONS

À moins que le contexte ne s'y oppose, les mots suivants ont le sens ci-après.

1-1.01 Centrale

La Centrale des syndicats du Québec (CSQ).

1-1.02 Commission

La Commission scolaire Crie. »

CHAPITRE 5

2) La clause 5-2.01 est remplacée par ce qui suit :

« **5-2.01**

L'enseignante conserve l'ancienneté déjà acquise. »

3) Les clauses 5-2.07 à 5-2.09 sont remplacées par ce qui suit :

« 5-2.07

L'ancienneté ne se perd que pour les raisons suivantes :

1) la démission;
2) le renvoi;
3) Les dispositions de la clause 5-2.07 sont modifiées selon l'entente locale.

5-2.08

La Commission établit la liste d'ancienneté.

5-2.09

Le Syndicat peut contester la liste. »

4) Le chapitre 9-0.00 est remplacé par ce qui suit :

« CHAPITRE 9-0.00 RÈGLEMENT DES GRIEFS

9-1.00 PROCÉDURE

9-1.01

Le Syndicat et la Commission conviennent d'une procédure.

9-2.00 ARBITRAGE**9-2.01**

Tout grief est décidé par un arbitre choisi parmi les personnes suivantes :

1) Jean-Guy Ménard, arbitre en chef
2) Toute autre personne nommée par les parties. »

5) Les clauses 12-8.02 à 12-8.04 de la convention collective 2000-2003 sont abrogées.

6) Le titre de l'article 3-2.00 est remplacé par ce qui suit :

« 3-2.00 UTILISATION DES LOCAUX »

7) Les annexes III-e et III-f sont remplacées par ce qui suit :

« ANNEXE III-e CONTRAT À TEMPS PARTIEL

Texte du contrat e.

ANNEXE III-f

CONTRAT À LA LEÇON

Texte du contrat f. »

8) L'annexe IX qui suit est ajoutée :

« ANNEXE IX MOBILITÉ VOLONTAIRE

La Commission favorise la mobilité.

EN FOI DE QUOI, les parties ont signé. »

EN FOI DE QUOI, les parties ont signé à Montréal.

Abraham Jolly
Président
"""


def document(kind: str = "accord modifiant une convention") -> Document:
    return Document(key="accord", title="Accord test", kind=kind, path=Path("accord.txt"))


@pytest.fixture(scope="module")
def records() -> list[Clause]:
    return parse_amendments(document(), normalise([Page(1, AMENDING)]))


def of_item(records: list[Clause], item: str) -> list[Clause]:
    return [r for r in records if r.amends and r.amends.item == item]


# --- instructions --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("instruction", "action", "targets"),
    [
        ("La clause 5-2.01 est remplacée par ce qui suit :", "replace", ("5-2.01",)),
        ("Les clauses 5-2.07 à 5-2.09 sont remplacées par ce qui suit :", "replace", ("5-2.07", "5-2.08", "5-2.09")),
        ("Les clauses 6-1.21 et 6-1.22 sont remplacées par ce qui suit :", "replace", ("6-1.21", "6-1.22")),
        ("La clause 2-1.07 qui suit est ajoutée :", "add", ("2-1.07",)),
        ("L'annexe XXXII de la convention collective 2000-2003 est abrogée.", "repeal", ("Annexe XXXII",)),
        ("Le titre de l'article 3-2.00 est remplacé par ce qui suit :", "retitle", ("3-2.00",)),
        ("Le titre de l'article 10-9.00 est modifié comme suit :", "retitle", ("10-9.00",)),
        ("Le chapitre 9-0.00 est remplacé par ce qui suit :", "replace", ("9-0.00",)),
        ("Les annexes III-e et III-f sont remplacées par ce qui suit :", "replace", ("Annexe III-e", "Annexe III-f")),
        ("La section II qui suit est ajoutée après la clause 10-9.08:", "add", ("Section II",)),
        ("Le titre de section qui suit est ajouté pour les clauses 10-9.01 à 10-9.03:", "add",
         ("10-9.01", "10-9.02", "10-9.03")),
        ("La clause 8-7.04 est modifiée en ajoutant, à la fin, l'alinéa suivant :", "add", ("8-7.04",)),
        ("Le paragraphe b) de la clause 6-2.05 est modifié comme suit :", "modify", ("6-2.05",)),
        ("Les clauses 5-4.01 A et 5-4.02 sont supprimées.", "repeal", ("5-4.01 A", "5-4.02")),
    ],
)
def test_action_and_targets(instruction: str, action: str, targets: tuple[str, ...]) -> None:
    assert amendment_action(instruction) == action
    assert instruction_targets(instruction) == targets


def test_clause_range() -> None:
    assert clause_range(ClauseNumber(5, 2, 7), ClauseNumber(5, 2, 9)) == ["5-2.07", "5-2.08", "5-2.09"]
    assert clause_range(ClauseNumber(5, 2, 7), ClauseNumber(5, 3, 2)) == ["5-2.07", "5-3.02"]


def test_items_are_increasing_instructions() -> None:
    lines = split_lines(AMENDING)
    assert [(number, instruction[:11]) for _, number, instruction in find_items(lines)] == [
        (1, "L'article 1"), (2, "La clause 5"), (3, "Les clauses"), (4, "Le chapitre"), (5, "Les clauses"),
        (6, "Le titre de"), (7, "Les annexes"), (8, "L'annexe IX")]


def test_missing_item_numbers() -> None:
    assert missing_item_numbers([1, 2, 4, 7]) == [3, 5, 6]
    assert missing_item_numbers([]) == []


def test_is_amending_agreement_by_content_or_kind() -> None:
    assert is_amending_agreement(document(kind="entente locale"), AMENDING)
    assert is_amending_agreement(document(), "Texte sans modification.")
    assert not is_amending_agreement(document(kind="entente locale"), "1) Premier point.\n2) Second point.")


# --- records -----------------------------------------------------------------------------------


def test_records_are_verbatim_spans_in_order(records: list[Clause]) -> None:
    text = normalise([Page(1, AMENDING)]).text
    previous_end = 0
    for record in records:
        assert record.text == text[record.start:record.end] and record.text == record.text.strip()
        assert record.start >= previous_end
        previous_end = record.end


def test_preamble_and_closing_text_are_kept(records: list[Clause]) -> None:
    assert records[0].kind == "preamble"
    assert records[0].text == "ACCORD EN VERTU DE LA CLAUSE 10-7.01\n\nLES PARTIES CONVIENNENT DE CE QUI SUIT :"
    closing = records[-1]
    assert closing.kind == "section" and closing.amends is None
    assert closing.text.startswith("EN FOI DE QUOI, les parties ont signé à Montréal.")
    assert closing.text.endswith("Président")
    assert not any("CHAPITRE 5" in r.text for r in records)  # a heading between items


def test_replaced_article_gives_one_record_per_new_clause(records: list[Clause]) -> None:
    item = of_item(records, "1")
    assert [(r.kind, r.clause_id) for r in item] == [("article", "1-1.00"), ("clause", "1-1.01"), ("clause", "1-1.02")]
    assert item[0].text.startswith("1) L'article 1-1.00 est remplacé par ce qui suit :\n\n« 1-1.00 DÉFINITIONS")
    assert item[1].amends.action == "replace" and item[1].amends.targets == ("1-1.00",)
    assert item[1].amends.instruction == "L'article 1-1.00 est remplacé par ce qui suit :"
    assert item[1].title == "Centrale"
    assert item[1].heading_path == ("Chapitre 1", "1-1.00 DÉFINITIONS", "1-1.01")
    assert item[2].text.endswith("La Commission scolaire Crie. »")


def test_replaced_clause(records: list[Clause]) -> None:
    (record,) = of_item(records, "2")
    assert record.clause_id == "5-2.01" and record.kind == "clause"
    assert record.heading_path == ("Chapitre 5", "5-2.01")
    assert (record.chapter, record.article) == ("5-0.00", "5-2.00")
    assert record.amends.describe() == "remplace 5-2.01 (modification n° 2)"


def test_range_of_clauses_and_lists_inside_quotes(records: list[Clause]) -> None:
    item = of_item(records, "3")
    assert [r.clause_id for r in item] == ["5-2.07", "5-2.08", "5-2.09"]
    assert all(r.amends.targets == ("5-2.07", "5-2.08", "5-2.09") for r in item)
    assert "3) Les dispositions de la clause 5-2.07 sont modifiées" in item[0].text  # not an item


def test_replaced_chapter(records: list[Clause]) -> None:
    item = of_item(records, "4")
    assert [(r.kind, r.clause_id) for r in item] == [("chapter", "9-0.00"), ("clause", "9-1.01"), ("clause", "9-2.01")]
    assert item[0].text == ("4) Le chapitre 9-0.00 est remplacé par ce qui suit :\n\n"
                            "« CHAPITRE 9-0.00 RÈGLEMENT DES GRIEFS")
    assert "1) Jean-Guy Ménard, arbitre en chef" in item[2].text
    assert item[2].heading_path == ("Chapitre 9-0.00 RÈGLEMENT DES GRIEFS", "9-2.00 ARBITRAGE", "9-2.01")


def test_repeal_without_new_text(records: list[Clause]) -> None:
    (record,) = of_item(records, "5")
    assert record.text == "5) Les clauses 12-8.02 à 12-8.04 de la convention collective 2000-2003 sont abrogées."
    assert record.amends.action == "repeal" and record.amends.targets == ("12-8.02", "12-8.03", "12-8.04")
    assert record.clause_id == "12-8.02" and record.kind == "clause"


def test_retitled_article(records: list[Clause]) -> None:
    (record,) = of_item(records, "6")
    assert (record.kind, record.clause_id, record.title) == ("article", "3-2.00", "UTILISATION DES LOCAUX")
    assert record.amends.action == "retitle"


def test_replaced_annexes_are_split(records: list[Clause]) -> None:
    item = of_item(records, "7")
    assert [(r.kind, r.clause_id, r.annex) for r in item] == [
        ("annex", "Annexe III-e", "Annexe III-e"), ("annex", "Annexe III-f", "Annexe III-f")]
    assert item[1].title == "CONTRAT À LA LEÇON"
    (added,) = of_item(records, "8")
    assert added.clause_id == "Annexe IX" and added.amends.action == "add"
    assert added.text.endswith("EN FOI DE QUOI, les parties ont signé. »")  # inside the new annex


def test_signatures_after_a_last_item_without_new_text() -> None:
    text = ("1) La clause 1-1.01 est abrogée.\n\n2) L'annexe IX est abrogée.\n\n"
            "EN FOI DE QUOI, les parties ont signé.\n\nPrésident")
    found = parse_amendments(document(), normalise([Page(1, text)]))
    assert [(r.clause_id, r.kind) for r in found] == [
        ("1-1.01", "clause"), ("Annexe IX", "annex"), ("En foi de quoi", "section")]
    assert found[1].text == "2) L'annexe IX est abrogée." and found[1].amends.action == "repeal"


def test_gaps_in_the_numbering_are_reported(caplog: pytest.LogCaptureFixture) -> None:
    text = ("1) La clause 1-1.01 est remplacée par ce qui suit :\n\n« 1-1.01\n\nUn. »\n\n"
            "3) La clause 1-1.03 est abrogée.\n")
    with caplog.at_level(logging.WARNING):
        found = parse_amendments(document(), normalise([Page(1, text)]))
    assert [r.amends.item for r in found] == ["1", "3"]
    assert "[2]" in caplog.text
