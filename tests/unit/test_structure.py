"""Structure parsing: conventions, headed documents, dispatch on content, tables of contents."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from ingest.normalise import normalise
from ingest.convention import has_numbered_clauses, longest_increasing
from ingest.lines import clean_title, is_title_like, numbered_line
from ingest.numbering import ClauseNumber
from ingest.structure import parse
from ingest.toc import table_of_contents
from ingest.types import Clause, Document, NormalisedText, Page

CONVENTION = """\
Convention collective entre le Collège et l'Association

TABLE DES MATIÈRES

\tPages
Chapitre 1-0.00\tDéfinitions 3
1-1.00\tBut de la convention 3
1-2.00\tDéfinitions.... 3
Chapitre 2-0.00\tCongés 5
2-1.00\tCongés de maladie\t5
Annexe A\tCertificat d'accréditation..... 9
\tLettre d'entente n° 1 relative au congé 10

Chapitre 1-0.00 Définitions

1-1.00 But de la convention

1-1.01 La présente convention a pour but d'établir des relations ordonnées.

1-2.00 Définitions

À moins que le contexte ne s'y oppose, les mots suivants ont le sens ci-après.

1-2.01 Ancienneté

Temps à l'emploi du Collège tel que défini à l'article 2-1.00.

1-2.02

Grief

Toute mésentente relative à l'interprétation de la convention.

Chapitre 2-0.00 Congés

2-1.00 Congés de maladie

Section I Dispositions générales

2-1.01 Le salarié a droit à dix (10) jours de congé de maladie ; les journées visées à la clause
2-1.04 sont réputées travaillées, conformément à la clause
2-1.02 et aux dispositions qui suivent.

2-1.02 Les jours non utilisés sont monnayables le 30 juin, à raison de soixante pour cent (60 %).

Congé de paternité

2-1.03 Le salarié a droit à cinq (5) jours, selon la clause 2-1.01.

2-1.03 A Mesures de transition

Malgré la clause 2-1.03, le salarié à temps partiel conserve ses droits.

En foi de quoi, les parties ont signé.

Annexe A Certificat d'accréditation

Texte du certificat.

Annexe A Certificat d'accréditation (suite)

Suite du certificat.

Annexe B Formulaire

2-1.02 Les jours non utilisés (texte reproduit).

Lettre d'entente n° 1 relative au congé

Les parties conviennent de ce qui suit.
"""

HEADED = """\
Guide des mesures

Table des matières

Introduction ........................ 1
Volet 1 : Soutien aux actions de valorisation du personnel
scolaire ........ 2
Conclusion ......... 3

Introduction

Le ministère annonce des investissements pour valoriser le personnel scolaire dans les écoles.

Volet 1 : Soutien aux actions de valorisation du

personnel scolaire

Ce volet soutient les organismes scolaires dans leurs actions de valorisation du personnel.

Quelques définitions

Partenariat

Le partenariat se définit comme une entente entre des parties qui partagent un objectif commun.

Formule d'allocation

L'enveloppe est répartie au prorata du nombre de postes d'enseignants du réseau scolaire.

Conclusion

Les mesures permettront de reconnaître la contribution du personnel scolaire du Québec.

Formule d'allocation

Une seconde section du même nom, répartie selon l'effectif scolaire de chaque organisme.
"""


def document(key: str = "test", kind: str = "convention collective", title: str = "Convention test") -> Document:
    return Document(key=key, title=title, kind=kind, path=Path(f"{key}.txt"))


def parsed(text: str, doc: Document | None = None, paged: bool = False) -> tuple[NormalisedText, list[Clause]]:
    normalised = normalise([Page(1, text)], paged=paged)
    return normalised, parse(doc or document(), normalised)


def by_id(clauses: list[Clause]) -> dict[str, Clause]:
    return {c.clause_id: c for c in clauses}


_CLAUSE_START = re.compile(r"^[ \t]*(?:«[ \t]*)?\d{1,2}-\d{1,2}\.\d{2}(?:[ \t]+[A-F])?(?=[ \t]|$)", re.MULTILINE)


def assert_well_formed(text: NormalisedText, clauses: list[Clause]) -> None:
    """Verbatim, trimmed, ordered, non-overlapping spans."""
    previous_end = 0
    for clause in clauses:
        assert clause.text == text.text[clause.start:clause.end]
        assert clause.text == clause.text.strip() and clause.text
        assert clause.start >= previous_end
        previous_end = clause.end


# --- small pure helpers -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "label", "rest"),
    [
        ("6-3.04 La banque annuelle", "6-3.04", "La banque annuelle"),
        ("5-4.01 A Mesures de transition", "5-4.01 A", "Mesures de transition"),
        ("« 5-2.01", "5-2.01", ""),
        ("1-2.00 Définitions", "1-2.00", "Définitions"),
        ("6-4.20 a) Le salarié", "6-4.20", "a) Le salarié"),
    ],
)
def test_numbered_line_accepts_unit_starts(line: str, label: str, rest: str) -> None:
    numbered = numbered_line(line)
    assert numbered is not None and numbered.number.label == label and numbered.rest == rest


@pytest.mark.parametrize(
    "line",
    ["6-4.17, les journées où elle bénéficie", "5-2.07 à 5-2.09 inclusivement", "selon la clause 5-3.01",
     "2-1.03 et aux dispositions", "2014-2019 Convention", "5-2.01.", "0-1.01 Texte"],
)
def test_numbered_line_refuses_references(line: str) -> None:
    assert numbered_line(line) is None


def test_clause_numbers_order_and_kind() -> None:
    assert ClauseNumber(5, 4, 1) < ClauseNumber(5, 4, 1, "A") < ClauseNumber(5, 4, 2) < ClauseNumber(5, 10, 1)
    assert ClauseNumber(6, 0, 0).is_chapter and ClauseNumber(6, 3, 0).is_article
    assert ClauseNumber(10, 9, 0).article_id == "10-9.00" and ClauseNumber(10, 9, 8).label == "10-9.08"


def test_longest_increasing_drops_false_starts_and_keeps_the_earlier_duplicate() -> None:
    keys = [(1,), (2,), (9,), (3,), (4,), (4,), (5,)]
    assert longest_increasing(keys) == [0, 1, 3, 4, 6]
    assert longest_increasing([]) == []


def test_title_helpers() -> None:
    assert is_title_like("Congé de paternité")
    assert not is_title_like("Le salarié a droit à un congé.")
    assert not is_title_like("- a) en cas de décès")
    assert not is_title_like("Élaboration d'actions de")
    assert clean_title("Classement de l'enseignant.....\t94") == "Classement de l'enseignant"
    assert clean_title("Certificat d'accréditation (suite)") == "Certificat d'accréditation"


# --- table of contents ------------------------------------------------------------------


def test_table_of_contents_entries() -> None:
    assert table_of_contents(normalise([Page(1, CONVENTION)]).text) == [
        ("1-0.00", "Définitions"),
        ("1-1.00", "But de la convention"),
        ("1-2.00", "Définitions"),
        ("2-0.00", "Congés"),
        ("2-1.00", "Congés de maladie"),
        ("Annexe A", "Certificat d'accréditation"),
        ("Lettre d'entente 1", "relative au congé"),
    ]


def test_table_of_contents_of_an_unnumbered_document_joins_wrapped_entries() -> None:
    assert table_of_contents(HEADED) == [
        ("", "Introduction"),
        ("", "Volet 1 : Soutien aux actions de valorisation du personnel scolaire"),
        ("", "Conclusion"),
    ]


def test_toc_like_list_without_heading_is_recognised() -> None:
    text = ("Chapitre 1-0.00 Définitions 3\n1-1.00 But 3\n1-2.00 Définitions 4\n\n"
            "Chapitre 1-0.00 Définitions\n\n1-1.00 But\n\n1-1.01 Texte.\n\n1-1.02 Texte.\n\n"
            "1-1.03 Texte.\n\n1-1.04 Texte.\n\n1-1.05 Texte.\n")
    _, clauses = parsed(text)
    assert [c.clause_id for c in clauses] == ["1-1.01", "1-1.02", "1-1.03", "1-1.04", "1-1.05"]


# --- convention parser -------------------------------------------------------------------


def test_convention_units_and_kinds() -> None:
    text, clauses = parsed(CONVENTION)
    assert_well_formed(text, clauses)
    assert [(c.kind, c.clause_id) for c in clauses] == [
        ("preamble", "Préambule"),
        ("clause", "1-1.01"),
        ("article", "1-2.00"),
        ("clause", "1-2.01"),
        ("clause", "1-2.02"),
        ("clause", "2-1.01"),
        ("clause", "2-1.02"),
        ("clause", "2-1.03"),
        ("clause", "2-1.03 A"),
        ("section", "En foi de quoi"),
        ("annex", "Annexe A"),
        ("annex", "Annexe B"),
        ("annex", "Annexe B"),
        ("letter", "Lettre d'entente 1"),
    ]


def test_table_of_contents_is_not_emitted() -> None:
    _, clauses = parsed(CONVENTION)
    assert not any("TABLE DES MATIÈRES" in c.text or "\tPages" in c.text for c in clauses)
    assert by_id(clauses)["Préambule"].text == "Convention collective entre le Collège et l'Association"


def test_clause_fields_and_heading_path() -> None:
    _, clauses = parsed(CONVENTION)
    clause = by_id(clauses)["1-1.01"]
    assert clause.heading_path == ("Chapitre 1-0.00 Définitions", "1-1.00 But de la convention", "1-1.01")
    assert (clause.chapter, clause.chapter_title, clause.article, clause.article_title) == (
        "1-0.00", "Définitions", "1-1.00", "But de la convention")
    assert clause.text == "1-1.01 La présente convention a pour but d'établir des relations ordonnées."
    assert clause.doc == "test" and clause.page is None


def test_article_text_before_its_first_clause_is_an_article_record() -> None:
    _, clauses = parsed(CONVENTION)
    article = by_id(clauses)["1-2.00"]
    assert article.kind == "article" and article.title == "Définitions"
    assert article.text == ("1-2.00 Définitions\n\nÀ moins que le contexte ne s'y oppose, "
                            "les mots suivants ont le sens ci-après.")
    assert "1-1.00" not in by_id(clauses)  # a bare heading is no record: it is in the heading paths


def test_definitions_have_titles() -> None:
    _, clauses = parsed(CONVENTION)
    assert by_id(clauses)["1-2.01"].title == "Ancienneté"
    assert by_id(clauses)["1-2.02"].title == "Grief"  # title on the line after a bare number
    assert by_id(clauses)["2-1.02"].title == ""  # a sentence is no title
    assert by_id(clauses)["2-1.03 A"].title == "Mesures de transition"


def test_wrapped_lines_starting_with_a_number_are_not_clauses() -> None:
    _, clauses = parsed(CONVENTION)
    first = by_id(clauses)["2-1.01"]
    assert "2-1.04 sont réputées travaillées" in first.text  # out of sequence: a wrapped line
    assert "2-1.02 et aux dispositions" in first.text  # a reference ("… et …")
    assert "2-1.04" not in by_id(clauses)


def test_no_clause_contains_the_start_of_another() -> None:
    _, clauses = parsed(CONVENTION)
    for clause in clauses:
        if clause.kind in ("clause", "article"):
            starts = [m.group(0).strip("« ") for m in _CLAUSE_START.finditer(clause.text)]
            assert starts[:1] in ([], [clause.clause_id]), clause.clause_id
            assert len(starts) <= 1 or clause.clause_id == "2-1.01"


def test_section_heading_starts_the_clause_and_is_in_its_path() -> None:
    _, clauses = parsed(CONVENTION)
    clause = by_id(clauses)["2-1.01"]
    assert clause.text.startswith("Section I Dispositions générales\n\n2-1.01 Le salarié")
    assert clause.heading_path == ("Chapitre 2-0.00 Congés", "2-1.00 Congés de maladie",
                                   "Section I Dispositions générales", "2-1.01")


def test_sub_heading_belongs_to_the_next_clause() -> None:
    _, clauses = parsed(CONVENTION)
    assert "Congé de paternité" not in by_id(clauses)["2-1.02"].text
    assert by_id(clauses)["2-1.03"].text.startswith("Congé de paternité\n\n2-1.03 Le salarié")


def test_annex_repeated_header_is_the_same_annex() -> None:
    _, clauses = parsed(CONVENTION)
    annexes = [c for c in clauses if c.clause_id == "Annexe A"]
    assert len(annexes) == 1
    assert annexes[0].text.endswith("Suite du certificat.") and annexes[0].annex == "Annexe A"
    assert annexes[0].title == "Certificat d'accréditation"
    assert annexes[0].heading_path == ("Annexe A Certificat d'accréditation",)
    assert annexes[0].chapter is None and annexes[0].article is None


def test_numbered_text_inside_an_annex_is_a_part_of_the_annex() -> None:
    _, clauses = parsed(CONVENTION)
    parts = [c for c in clauses if c.clause_id == "Annexe B"]
    assert parts[1].title.startswith("2-1.02") and parts[1].heading_path == ("Annexe B Formulaire", "2-1.02")
    assert parts[1].kind == "annex" and parts[1].annex == "Annexe B"
    assert by_id(clauses)["2-1.02"].kind == "clause"  # the chapter clause is not replaced


def test_letter_of_agreement() -> None:
    _, clauses = parsed(CONVENTION)
    letter = by_id(clauses)["Lettre d'entente 1"]
    assert letter.kind == "letter" and letter.title == "relative au congé"
    assert letter.text.endswith("Les parties conviennent de ce qui suit.")


def test_a_reference_wrapped_to_a_line_start_does_not_take_the_place_of_the_clause() -> None:
    text = ("2-1.01 Le salarié a droit aux congés prévus selon la clause\n2-1.02 qui suit.\n\n"
            "2-1.02 Les jours sont monnayables.\n\n2-1.03 Autre.\n\n2-1.04 Autre.\n\n2-1.05 Autre.")
    _, clauses = parsed(text)
    assert by_id(clauses)["2-1.02"].text == "2-1.02 Les jours sont monnayables."
    assert by_id(clauses)["2-1.01"].text.endswith("2-1.02 qui suit.")


def test_pages_of_clauses() -> None:
    pages = [Page(1, "Chapitre 1-0.00 Définitions\n\n1-1.00 But\n\n1-1.01 Premier texte."),
             Page(2, "1-1.02 Deuxième texte.\n\n1-1.03 Troisième."),
             Page(3, "1-1.04 Quatrième.\n\n1-1.05 Cinquième.")]
    text = normalise(pages, paged=True)
    pages_by_id = {c.clause_id: c.page for c in parse(document(), text)}
    assert pages_by_id == {"1-1.01": 1, "1-1.02": 2, "1-1.03": 2, "1-1.04": 3, "1-1.05": 3}


def test_clauses_without_chapter_headings_get_their_chapter_from_the_number() -> None:
    text = "\n\n".join(f"3-2.0{i} Texte de la clause numéro {i}." for i in range(1, 7))
    _, clauses = parsed(text)
    assert [c.clause_id for c in clauses] == [f"3-2.0{i}" for i in range(1, 7)]
    assert clauses[0].chapter == "3-0.00" and clauses[0].article == "3-2.00"
    assert clauses[0].heading_path == ("Chapitre 3", "3-2.01")


# --- headings parser -----------------------------------------------------------------------


def test_headed_document_sections() -> None:
    text, clauses = parsed(HEADED, document(kind="guide ministériel", title="Guide"))
    assert_well_formed(text, clauses)
    assert [(c.kind, c.clause_id) for c in clauses] == [
        ("preamble", "Préambule"),
        ("section", "Introduction"),
        ("section", "Volet 1 : Soutien aux actions de valorisation du personnel scolaire"),
        ("section", "Partenariat"),
        ("section", "Formule d'allocation"),
        ("section", "Conclusion"),
        ("section", "Formule d'allocation – Conclusion"),
    ]
    assert clauses[0].text == "Guide des mesures"


def test_headed_document_wrapped_heading_and_paths() -> None:
    _, clauses = parsed(HEADED, document(kind="guide ministériel"))
    sections = by_id(clauses)
    volet = sections["Volet 1 : Soutien aux actions de valorisation du personnel scolaire"]
    assert volet.text.startswith("Volet 1 : Soutien aux actions de valorisation du\n\npersonnel scolaire\n\nCe volet")
    partenariat = sections["Partenariat"]
    assert partenariat.text.startswith("Quelques définitions\n\nPartenariat")  # an empty heading joins the next
    assert partenariat.heading_path == (volet.clause_id, "Quelques définitions", "Partenariat")
    assert sections["Formule d'allocation"].heading_path == (volet.clause_id, "Formule d'allocation")


def test_headed_document_without_table_of_contents() -> None:
    text = ("Accord concernant la tâche\n\nContexte\n\nLa direction libère un enseignant de sa tâche éducative "
            "afin de lui assigner une tâche d'aide.\n\nPour le volet mentor :\nSoutenir les mentorés;\n\n"
            "Gestion des mandats\n\nUne rencontre systématique a lieu chaque lundi au bureau de la direction.\n")
    _, clauses = parsed(text, document(kind="entente locale"))
    assert [c.clause_id for c in clauses] == ["Préambule", "Contexte", "Gestion des mandats"]
    assert clauses[0].text == "Accord concernant la tâche" and clauses[0].kind == "preamble"
    assert "Soutenir les mentorés;" in by_id(clauses)["Contexte"].text


def test_a_run_of_short_lines_is_not_a_run_of_headings() -> None:
    text = ("Rapport\n\nUn rapport d'expérimentation sur le mentorat dans les écoles.\n\n"
            "Cindy Larouche\n\nSophie Marcotte\n\nAmélie Bédard\n\nMars 2023\n\n"
            "Étapes de la mise en œuvre\n\nLa réflexion a débuté dès janvier 2021 et la mise en œuvre a suivi.")
    _, clauses = parsed(text, document(kind="rapport"))
    assert [c.clause_id for c in clauses] == ["Rapport", "Étapes de la mise en œuvre"]
    assert clauses[0].kind == "section"
    assert "Amélie Bédard" in clauses[0].text


# --- dispatch on content ---------------------------------------------------------------------


def test_dispatch_ignores_the_document_key() -> None:
    _, clauses = parsed(HEADED, document(key="bourget", kind="convention collective"))
    assert {c.kind for c in clauses} == {"preamble", "section"}
    _, clauses = parsed(CONVENTION, document(key="mesures", kind="rapport"))
    assert "2-1.03 A" in by_id(clauses)


def test_dispatch_to_amendments_by_content_or_kind() -> None:
    text = ("Accord\n\n1) La clause 5-2.01 est remplacée par ce qui suit :\n\n« 5-2.01\n\nTexte. »\n\n"
            "2) L'annexe IX est abrogée.\n\n3) La clause 6-1.01 est modifiée comme suit :\n\n« Texte. »\n")
    _, clauses = parsed(text, document(kind="entente locale"))
    assert [c.amends.item for c in clauses if c.amends] == ["1", "2", "3"]
    _, few = parsed("1) La clause 5-2.01 est remplacée par ce qui suit :\n\n« 5-2.01\n\nTexte. »",
                    document(kind="accord modifiant une convention"))
    assert few[0].amends is not None


def test_has_numbered_clauses() -> None:
    assert has_numbered_clauses(CONVENTION)
    assert not has_numbered_clauses(HEADED)


def test_empty_text_gives_no_clause() -> None:
    assert parse(document(), normalise([Page(1, "  \n")])) == []
