"""Structure parsing of the real corpus files: the Bourget convention, the Mesures guide,
the CNCEC agreement and the mentoring report (moved out of tests/unit/test_structure.py)."""

from __future__ import annotations

import re

import pytest

from ingest.config import PROJECT_ROOT
from ingest.normalise import normalise
from ingest.structure import parse
from ingest.toc import table_of_contents
from ingest.types import Clause, Document, NormalisedText, Page
from tests.unit.test_structure import _CLAUSE_START, assert_well_formed, by_id

pytestmark = pytest.mark.integration

CORPUS = PROJECT_ROOT / "corpus"


# --- the real corpus ---------------------------------------------------------------------------


def load(prefix: str, kind: str, title: str) -> tuple[NormalisedText, list[Clause]]:
    path = next(CORPUS.glob(f"{prefix}-*.txt"))
    text = normalise([Page(1, path.read_text(encoding="utf-8"))])
    return text, parse(Document(key=prefix, title=title, kind=kind, path=path), text)


@pytest.fixture(scope="module")
def bourget() -> tuple[NormalisedText, list[Clause]]:
    return load("bourget", "convention collective", "Convention Collège Bourget")


def _key(text: str) -> str:
    return " ".join(re.sub(r"[^\w']+", " ", text.replace("’", "'").casefold()).split())


@pytest.mark.integration
def test_bourget_every_article_of_the_table_of_contents_is_found_with_its_title(bourget) -> None:
    text, clauses = bourget
    titles: dict[str, set[str]] = {}
    for clause in clauses:
        if clause.article:
            titles.setdefault(clause.article, set()).add(clause.article_title or "")
    articles = [(i, t) for i, t in table_of_contents(text.text) if re.fullmatch(r"\d+-[1-9]\d*\.00", i)]
    assert len(articles) == 70
    for article, title in articles:
        assert article in titles, article
        assert any(_key(title).startswith(_key(found)) and found for found in titles[article]), (article, title)


@pytest.mark.integration
def test_bourget_counts_and_spans(bourget) -> None:
    text, clauses = bourget
    assert_well_formed(text, clauses)
    clause_ids = {c.clause_id for c in clauses if c.kind == "clause"}
    assert len(clause_ids) >= 550
    expected = {"6-3.04", "10-1.02", "5-4.01 A", "4-1.01 A", "5-2.07 A", "8-13.12 A", "3-5.07 C", "6-4.44", "11-6.01"}
    assert expected <= clause_ids
    assert not any(c.kind == "clause" and ("TABLE DES MATIÈRES" in c.text) for c in clauses)


@pytest.mark.integration
def test_bourget_no_clause_text_contains_another_clause_start(bourget) -> None:
    _, clauses = bourget
    for clause in clauses:
        if clause.kind == "annex":
            continue  # an annex part starts with the clause number it reproduces (Annexe V)
        starts = [m.group(0).strip("« ") for m in _CLAUSE_START.finditer(clause.text)]
        assert starts in ([], [clause.clause_id]) or (clause.kind == "article" and not starts), (
            clause.clause_id, starts)


@pytest.mark.integration
def test_bourget_annexes(bourget) -> None:
    text, clauses = bourget
    annexes = {c.annex for c in clauses if c.annex}
    letters = "ABCDEGHIJKLMNOPQRSTUVWX"  # Annexe F is listed in the ToC but absent from the text
    assert {f"Annexe {letter}" for letter in letters} <= annexes
    assert not re.search(r"(?m)^Annexe F ", text.text)
    assert len([c for c in clauses if c.clause_id == "Annexe A"]) == 1
    assert len([c for c in clauses if c.kind == "letter"]) == 4


@pytest.mark.integration
def test_bourget_sample_clauses(bourget) -> None:
    _, clauses = bourget
    clauses_by_id = by_id([c for c in clauses if c.kind in ("clause", "article")])
    sick_days = clauses_by_id["6-3.04"]
    assert "soixante pour cent (60 %)" in sick_days.text and "30 juin" in sick_days.text
    assert sick_days.heading_path == ("Chapitre 6-0.00 Avantages sociaux", "6-3.00 Congés de maladie", "6-3.04")
    assert clauses_by_id["1-2.36"].title == "Grief"
    assert clauses_by_id["1-2.40"].text.startswith("1-2.40 Matière\nUne matière")
    assert clauses_by_id["5-4.01 A"].title.startswith("Mesures de transition")
    assert "6-4.17, les journées" in clauses_by_id["6-4.19"].text
    assert clauses_by_id["6-4.20"].text.startswith("Section IV Autres congés parentaux\n\nCongé de paternité")


@pytest.mark.integration
def test_mesures_sections_follow_its_table_of_contents() -> None:
    text, clauses = load("mesures", "guide ministériel", "Mesures 15158 et 30100")
    assert_well_formed(text, clauses)
    ids = [c.clause_id for c in clauses if c.kind == "section"]
    for title in ("Introduction", "Mise en contexte", "Éléments visés", "Conclusion", "Nous joindre"):
        assert title in ids
    assert sum(c.clause_id.startswith("Volet ") for c in clauses) == 3
    assert len(ids) == len(set(ids))
    assert not any("Table des matières" in c.text for c in clauses)


@pytest.mark.integration
def test_cncec_and_mentorat_sections() -> None:
    _, cncec = load("cncec", "entente locale", "Entente CNCEC")
    assert [c.clause_id for c in cncec if c.kind == "section"] == [
        "Contexte", "Paramètres d’encadrement de la prestation de travail",
        "Description des mandats d’aide aux enseignants", "Description des mandats de coach",
        "Description des mandats du mentor", "Gestion des mandats", "Accord entre les parties"]
    text, mentorat = load("mentorat", "rapport", "Rapport mentorat")
    assert_well_formed(text, mentorat)
    assert 8 <= len(mentorat) <= 30
    assert "Volet personnes mentores" in {c.clause_id for c in mentorat}
