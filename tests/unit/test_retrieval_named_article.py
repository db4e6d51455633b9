"""assistant.retrieval: a whole article the question names (« l'article 5-3.00 ») is routed first whole when it is what
the question asks about; when a passage outside it scores higher (the article is the background of what is asked, DEV
Q1850: « notre grief porte sur l'article 5-3.00 … au plus tard quand ? »), only its few best-scored passages lead, those
of the preferred documents, and the rest keep their fused rank. A question saying no more than the id keeps it whole."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from assistant.retrieval import _ARTICLE_ROUTED, Retriever, _says_more
from tests.corpus_fixtures import tiny_assistant
from tests.unit.builders import chunk


def _article(doc: str, n: int, start: int = 0) -> list:
    """``n`` passages of article 5-3.00 of ``doc`` (clauses 5-3.01, 5-3.02, …)."""
    return [chunk(f"texte {i}", f"5-3.{i + 1:02d}", start + i, "5-3.00", doc=doc) for i in range(n)]


def _best(chunks: list, found: list[int], scores: dict[int, float], preferred: list[str]) -> list[str]:
    """The clauses (doc:clause) Retriever._best_of_article keeps of ``found``, over a stand-in index of ``chunks``."""
    fake = SimpleNamespace(index=SimpleNamespace(chunks=chunks))
    kept = Retriever._best_of_article(fake, found, scores, preferred)
    return [f"{chunks[p].doc}:{chunks[p].clause_id}" for p in kept]


def test_an_article_outscored_from_outside_routes_only_its_best_passages_in_passage_order():
    chunks = _article("cris", 8) + [chunk("9-1.03 L'avis de grief …", "9-1.03", 8, "9-1.00", doc="cris")]
    scores = {0: 0.10, 2: 0.30, 5: 0.20, 6: 0.05, 7: 0.25, 8: 0.80}
    kept = _best(chunks, list(range(8)), scores, ["cris"])
    assert len(kept) == _ARTICLE_ROUTED == 3
    assert kept == ["cris:5-3.03", "cris:5-3.06", "cris:5-3.08"]


def test_an_article_scoring_highest_is_routed_whole():
    chunks = _article("cris", 6) + [chunk("autre", "9-1.03", 6, "9-1.00", doc="cris")]
    scores = {1: 0.9, 6: 0.4}
    assert _best(chunks, list(range(6)), scores, ["cris"]) == [f"cris:5-3.0{i}" for i in range(1, 7)]


def test_without_scores_the_article_is_routed_whole():
    chunks = _article("bourget", 5)
    assert len(_best(chunks, list(range(5)), {}, [])) == 5


def test_an_outscored_article_of_another_document_than_the_preferred_one_is_not_routed():
    chunks = _article("cris", 4) + _article("bourget", 4, start=4) + [chunk("autre", "9-1.03", 8, doc="cris")]
    scores = {0: 0.2, 1: 0.1, 4: 0.3, 8: 0.9}
    kept = _best(chunks, list(range(8)), scores, ["cris"])
    assert all(k.startswith("cris:") for k in kept) and len(kept) == 3


@pytest.mark.parametrize("question", [
    "CS crie : notre grief porte sur l'article 5-3.00, pas de procédure locale. Le syndicat doit poster son avis quand ?",
    "Mon grief conteste une décision prise en vertu de l'article 6-3.00 du Collège ; j'ai combien de temps pour le déposer ?",
    "Le litige touche l'article 8-6.00 sur la répartition des tâches : qui paie les frais de l'arbitre ?",
])
def test_a_question_with_words_of_its_own_says_more_than_the_article(question):
    assert _says_more(question)


@pytest.mark.parametrize("question", [
    "Que dit l'article 6-3.00 ?",
    "C'est quoi l'article 6-3.00 de la convention du Collège ?",
    "Résume-moi l'article 8-6.00",
])
def test_a_question_naming_only_the_article_does_not(question):
    assert not _says_more(question)


@pytest.fixture(scope="module")
def tiny(tmp_path_factory):
    return tiny_assistant(tmp_path_factory.mktemp("tiny-article"))


def test_an_article_asked_by_its_id_alone_still_leads_whole(tiny):
    _, assistant = tiny
    hits = assistant.retriever.retrieve("Que dit l'article 10-1.00 ?", k=6)
    routed = [h.chunk.clause_id for h in hits if "route" in h.why]
    assert {"10-1.01", "10-1.02", "10-1.03"} <= set(routed)
    assert all("route" in h.why for h in hits[:len(routed)])
