"""The weak-evidence check (ExtractiveAnswerer.is_weak) and inflected words: a form of a corpus word
differing only by its last letter is no unknown word (AnswerParams.unknown_last_letter: « reçois » /
« reçoit »), a word the corpus lacks still is (« tablette » beside « tableau »); an unknown word is a circumstance,
not a refusal, when the first passages are clauses of one article (AnswerParams.unknown_article_hits)."""

from __future__ import annotations

from assistant.answer import ExtractiveAnswerer
from assistant.types import Hit
from ingest.bm25 import tokenize
from ingest.types import Chunk


def chunk(text: str, clause_id: str, ordinal: int) -> Chunk:
    return Chunk(chunk_id=f"t:{ordinal:05d}:1", doc="t", clause_id=clause_id, kind="clause", text=text,
                 indexed_text=text, doc_title="Convention de test", article=clause_id[:4] + "00", ordinal=ordinal)


BENEFIT = chunk("5-10.31 L'enseignante ou l'enseignant en invalidité reçoit une prestation, sauf en juillet et août.",
                "5-10.31", 31)
TABLE = chunk("8-10.01 Le Collège fournit le tableau et les manuels exigés.", "8-10.01", 81)
OTHERS = [chunk(f"2-{n}.01 Le comité paritaire se réunit au besoin pour la période {n}.", f"2-{n}.01", 20 + n)
          for n in range(1, 9)]
CORPUS = [BENEFIT, TABLE, *OTHERS]


def found(passage: Chunk, similarity: float) -> list[Hit]:
    return [Hit(passage, 1.0, ("dense", "bm25"), unit_similarities=((0, 60, similarity),))]


def test_an_inflected_form_of_a_corpus_word_is_no_unknown_word():
    answerer = ExtractiveAnswerer.from_chunks(CORPUS, similarity_floor=0.87)
    question = "Si je suis en invalidité, est-ce que je reçois des prestations pour mes manuels en juillet ?"
    # the best sentence just above the floor, under floor + unknown_margin: enough unless a word is unknown
    assert not answerer.is_weak(question, found(BENEFIT, 0.875))  # « reçois » / « reçoit »
    strict = ExtractiveAnswerer.from_chunks(CORPUS, similarity_floor=0.87, unknown_last_letter=False)
    assert strict.is_weak(question, found(BENEFIT, 0.875))
    assert answerer.knows(tokenize("reçois")[0]) and not strict.knows(tokenize("reçois")[0])
    assert answerer.knows("prestats") and answerer.knows("presta")  # a letter more or less at the end


def test_a_word_the_corpus_lacks_stays_unknown():
    answerer = ExtractiveAnswerer.from_chunks(CORPUS, similarity_floor=0.87)
    assert not answerer.knows(tokenize("tablette")[0])  # « tableau » shares only « table »: not one ending
    question = "Le Collège me fournit-tu une tablette pendant mon invalidité ?"
    assert answerer.is_weak(question, found(TABLE, 0.875))


INJURY = [chunk("9-2.01 Le salarié éducateur doit aviser le Collège des circonstances entourant un accident du travail.",
                "9-2.01", 91),
          chunk("9-2.05 Le Collège verse le traitement pendant l'absence due à un accident du travail.", "9-2.05", 95),
          chunk("9-2.06 Le salarié éducateur victime d'un accident du travail fournit une attestation médicale.",
                "9-2.06", 96)]


def passages(chunks: list[Chunk], similarity: float) -> list[Hit]:
    return [Hit(c, 1.0, ("dense", "bm25"), unit_similarities=((0, 60, similarity),)) for c in chunks]


def test_an_unknown_word_beside_passages_of_one_article_is_a_circumstance():
    answerer = ExtractiveAnswerer.from_chunks([*CORPUS, *INJURY], similarity_floor=0.87)
    question = ("Je me suis blessée en tombant dans l'escalier pendant la réunion du comité paritaire : je dois aviser "
                "le Collège ?")
    assert not answerer.knows(tokenize("escalier")[0])
    assert not answerer.is_weak(question, passages(INJURY, 0.875))  # 9-2.01, 9-2.05, 9-2.06: one article
    off = ExtractiveAnswerer.from_chunks([*CORPUS, *INJURY], similarity_floor=0.87, unknown_article_hits=0)
    assert off.is_weak(question, passages(INJURY, 0.875))
    # passages of several articles: the unknown word may be the thing asked, and the rule refuses
    assert answerer.is_weak(question, passages([INJURY[0], TABLE, INJURY[1]], 0.875))
    # the first passage's best sentence under the similarity floor: refused too
    assert answerer.is_weak(question, passages(INJURY, 0.865))
