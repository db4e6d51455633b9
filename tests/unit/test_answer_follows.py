"""The sentence going on with a short-answer sentence's actor through a pronoun (« La Commission répartit … »
/ « Elle informe les syndicats … avant le 30 septembre ») joins the short answer (AnswerParams.pronoun_follows)."""

from __future__ import annotations

from assistant.answer import ExtractiveAnswerer
from assistant.types import Hit
from ingest.types import Chunk


def chunk(text: str, clause_id: str, ordinal: int, article: str) -> Chunk:
    return Chunk(chunk_id=f"t:{ordinal:05d}:1", doc="t", clause_id=clause_id, kind="clause", text=text,
                 indexed_text=text, doc_title="Convention de test", article=article, ordinal=ordinal)


PARKING = chunk("9-9.01 Le stationnement du Collège est gratuit avec une vignette remise en septembre.", "9-9.01", 3,
                "9-9.00")


def short_answer(lead: Chunk, question: str, **params) -> str:
    """The short answer to ``question`` of an answerer over ``lead`` (ranked first) and PARKING (an
    unrelated clause ranked second), without the lead's supporting text, with ``params`` set."""
    hits = [Hit(lead, 1.0, ("bm25",)), Hit(PARKING, 0.5, ("bm25",))]
    answerer = ExtractiveAnswerer.from_chunks([lead, PARKING], lead_support=False, **params)
    return answerer.answer(question, hits).short


SPLIT = chunk("Annexe XXII La Commission répartit entre les écoles les montants reçus du Ministère pour les élèves à "
              "risque. Elle informe les syndicats de cette répartition avant le 30 septembre de chaque année. Il est "
              "entendu que les montants sont\nrécurrents.\n\nLes écoles consultent le délégué syndical sur les choix "
              "organisationnels.", "Annexe XXII", 1, None)


def test_the_sentence_going_on_with_the_actor_joins_the_short_answer():
    question = "Les montants du Ministère pour les élèves à risque, comment la Commission les répartit ?"
    assert "30 septembre" in short_answer(SPLIT, question, pronoun_follows=True)
    assert "30 septembre" not in short_answer(SPLIT, question, pronoun_follows=False)


ORTHO = chunk("8-17.09 L'orthopédagogue\n\nLes attributions caractéristiques et principales de l'orthopédagogue sont :\n\n"
              "- a) dépister, évaluer et accompagner l'élève qui présente des difficultés. Il doit préparer un plan "
              "d'intervention détaillé afin d'identifier les besoins.\n"
              "- b) accompagner et conseiller les intervenants du Collège.\n"
              "- c) rédiger des rapports d'expertise.", "8-17.09", 1, "8-17.00")


def test_a_list_item_brings_the_sentence_introducing_its_list():
    question = "Quel salarié éducateur doit préparer un plan d'intervention détaillé ?"
    short = short_answer(ORTHO, question, item_intro=True)
    assert "Les attributions caractéristiques et principales de l'orthopédagogue sont : […] Il doit préparer" in short
    assert "accompagner et conseiller" not in short  # the items between are not brought
    assert "orthopédagogue" not in short_answer(ORTHO, question, item_intro=False)


def test_a_sentence_on_no_list_item_brings_no_introduction():
    from assistant.answer import list_intro

    answerer = ExtractiveAnswerer.from_chunks([ORTHO, PARKING])
    scored = answerer.score_sentences("Les attributions de l'orthopédagogue ?", [Hit(ORTHO, 1.0, ("bm25",))])
    intro = next(s for s in scored if s.text.startswith("Les attributions"))
    assert list_intro(intro, scored) is None
    item_c = next(s for s in scored if "rapports" in s.text)
    assert list_intro(item_c, scored) == intro


AVAILABLE = chunk("1-1.26 Enseignante ou enseignant en disponibilité\n\nStatut de l'enseignante ou l'enseignant en surplus "
                  "ou remplacé dans le cadre de l'article 5-3.00 et qui a sa permanence.", "1-1.26", 2, "1-1.00")


def test_a_title_brings_the_sentence_it_names():
    question = "Quand on dit « en disponibilité », ça veut dire quoi ?"
    assert "en surplus" in short_answer(AVAILABLE, question, title_follows=True)
    assert "en surplus" not in short_answer(AVAILABLE, question, title_follows=False)


def test_only_a_passage_first_line_without_sentence_end_is_a_title():
    from assistant.answer import title_body

    answerer = ExtractiveAnswerer.from_chunks([AVAILABLE, ORTHO])
    scored = answerer.score_sentences("disponibilité orthopédagogue", [Hit(AVAILABLE, 1.0, ("bm25",)),
                                                                         Hit(ORTHO, 0.5, ("bm25",))])
    title = next(s for s in scored if s.text.startswith("1-1.26"))
    assert title_body(title, scored).text.startswith("Statut de")
    body = next(s for s in scored if s.text.startswith("Statut de"))
    assert title_body(body, scored) is None  # not its passage's first sentence
    intro = next(s for s in scored if s.text.startswith("Les attributions"))
    assert title_body(intro, scored) is None  # ends with « : »
