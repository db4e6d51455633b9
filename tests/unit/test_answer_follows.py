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
SPLIT = chunk("Annexe XXII La Commission répartit entre les écoles les montants reçus du Ministère pour les élèves à "
              "risque. Elle informe les syndicats de cette répartition avant le 30 septembre de chaque année. Il est "
              "entendu que les montants sont\nrécurrents.\n\nLes écoles consultent le délégué syndical sur les choix "
              "organisationnels.", "Annexe XXII", 1, None)


def test_the_sentence_going_on_with_the_actor_joins_the_short_answer():
    question = "Les montants du Ministère pour les élèves à risque, comment la Commission les répartit ?"
    hits = [Hit(SPLIT, 1.0, ("bm25",)), Hit(PARKING, 0.5, ("bm25",))]
    on = ExtractiveAnswerer.from_chunks([SPLIT, PARKING], pronoun_follows=True, lead_support=False)
    short = on.answer(question, hits).short
    assert "30 septembre" in short
    off = ExtractiveAnswerer.from_chunks([SPLIT, PARKING], pronoun_follows=False, lead_support=False)
    assert "30 septembre" not in off.answer(question, hits).short


ORTHO = chunk("8-17.09 L'orthopédagogue\n\nLes attributions caractéristiques et principales de l'orthopédagogue sont :\n\n"
              "- a) dépister, évaluer et accompagner l'élève qui présente des difficultés. Il doit préparer un plan "
              "d'intervention détaillé afin d'identifier les besoins.\n"
              "- b) accompagner et conseiller les intervenants du Collège.\n"
              "- c) rédiger des rapports d'expertise.", "8-17.09", 1, "8-17.00")


def test_a_list_item_brings_the_sentence_introducing_its_list():
    question = "Quel salarié éducateur doit préparer un plan d'intervention détaillé ?"
    hits = [Hit(ORTHO, 1.0, ("bm25",)), Hit(PARKING, 0.5, ("bm25",))]
    on = ExtractiveAnswerer.from_chunks([ORTHO, PARKING], item_intro=True, lead_support=False)
    short = on.answer(question, hits).short
    assert "Les attributions caractéristiques et principales de l'orthopédagogue sont : […] Il doit préparer" in short
    assert "accompagner et conseiller" not in short  # the items between are not brought
    off = ExtractiveAnswerer.from_chunks([ORTHO, PARKING], item_intro=False, lead_support=False)
    assert "orthopédagogue" not in off.answer(question, hits).short


def test_a_sentence_on_no_list_item_brings_no_introduction():
    from assistant.answer import list_intro

    answerer = ExtractiveAnswerer.from_chunks([ORTHO, PARKING])
    scored = answerer.score_sentences("Les attributions de l'orthopédagogue ?", [Hit(ORTHO, 1.0, ("bm25",))])
    intro = next(s for s in scored if s.text.startswith("Les attributions"))
    assert list_intro(intro, scored) is None
    item_c = next(s for s in scored if "rapports" in s.text)
    assert list_intro(item_c, scored) == intro
