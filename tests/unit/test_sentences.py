"""Sentence units: what is embedded sentence by sentence, stored beside the passages,
and used to rank passages, choose the quoted sentences and decide to abstain."""

from __future__ import annotations

import numpy as np
import pytest

from assistant import load_assistant
from assistant.answer import ExtractiveAnswerer
from assistant.types import Hit
from ingest.config import Settings
from ingest.index import SentenceVectors, open_index
from ingest.pipeline import sentence_units
from ingest.sentences import MIN_UNIT_CHARS, split_sentences, unit_text, units
from ingest.types import Chunk
from tests.corpus_fixtures import tiny_assistant

TEXT = (
    "Congé de paternité\n\n"
    "6-4.20 a) Le salarié a droit à un congé payé de cinq (5) jours ouvrables à la naissance de son enfant. "
    "Ce congé peut être discontinu.\n"
    "b) Il a aussi droit à un congé de paternité d'au plus cinq (5) semaines."
)


def chunk(text: str = TEXT, **fields) -> Chunk:
    base = dict(chunk_id="t:00001:1", doc="t", clause_id="6-4.20", kind="clause", text=text,
                indexed_text=text, doc_title="Convention de test", article="6-4.00",
                article_title="Droits parentaux")
    return Chunk(**{**base, **fields})


def test_units_are_verbatim_spans_covering_every_sentence():
    spans = units(TEXT)
    assert spans and all(TEXT[s:e] == TEXT[s:e].strip() for s, e in spans)
    # every sentence lies inside exactly one unit: its vector is that unit's
    for s, e in split_sentences(TEXT):
        assert sum(us <= s and e <= ue for us, ue in spans) == 1
    # the heading alone is too short to mean anything: it is embedded with the next sentence
    assert TEXT[spans[0][0] : spans[0][1]].startswith("Congé de paternité")
    assert all(e - s >= MIN_UNIT_CHARS for s, e in spans)


def test_short_text_is_one_unit_and_empty_text_none():
    assert units("Voir l'annexe B.") == [(0, 16)]
    assert units("") == [] and units("   \n ") == []


def test_unit_text_carries_the_article_title():
    c = chunk()
    s, e = units(c.text)[1]
    assert unit_text(c, s, e) == "Droits parentaux : " + " ".join(c.text[s:e].split())
    untitled = chunk(article_title=None, title="", heading_path=("Chapitre 12", "6-4.20"))
    assert unit_text(untitled, s, e).startswith("Chapitre 12 : ")


def test_sentence_units_follow_chunk_order():
    chunks = [chunk(), chunk("Deuxième passage, avec une seule phrase assez longue pour compter.", chunk_id="t:00002:1")]
    positions, spans, texts = sentence_units(chunks)
    assert positions == sorted(positions) and positions[-1] == 1
    assert len(positions) == len(spans) == len(texts)


def test_sentence_vectors_round_trip(tmp_path):
    vectors = np.random.default_rng(0).normal(size=(3, 8)).astype(np.float32)
    saved = SentenceVectors(vectors, np.array([0, 0, 2], np.int32), np.array([0, 5, 0], np.int32),
                            np.array([4, 9, 7], np.int32))
    saved.save(tmp_path / "s.npz")
    loaded = SentenceVectors.load(tmp_path / "s.npz")
    assert len(loaded) == 3 and loaded.chunk_pos.tolist() == [0, 0, 2]
    assert np.allclose(loaded.vectors, vectors, atol=1e-2)  # stored as float16


@pytest.fixture(scope="module")
def tiny(tmp_path_factory):
    return tiny_assistant(tmp_path_factory.mktemp("tiny-sentences"))


def test_ingest_stores_one_vector_per_unit(tiny):
    settings, _ = tiny
    index = open_index(settings.data_dir)
    assert index.sentences is not None
    expected = sum(len(units(c.text)) for c in index.chunks)
    assert len(index.sentences) == expected == index.meta["sentence_units"]
    for row in (0, len(index.sentences) - 1):
        c = index.chunks[index.sentences.chunk_pos[row]]
        assert 0 <= index.sentences.starts[row] < index.sentences.ends[row] <= len(c.text)


def test_hits_carry_their_sentence_similarities(tiny):
    _, assistant = tiny
    hits = assistant.retrieve("Combien de jours pour soumettre un grief après la connaissance du fait ?")
    assert hits[0].unit_similarities
    for start, end, similarity in hits[0].unit_similarities:
        assert hits[0].chunk.text[start:end].strip() and -1.0 <= similarity <= 1.0001
    assert any("sentence" in h.why for h in hits)


def test_index_without_sentence_vectors_still_answers(tiny, tmp_path):
    """An index written before sentence vectors existed keeps working (passage vectors only)."""
    import shutil

    settings, _ = tiny
    copy = tmp_path / "data"
    shutil.copytree(settings.data_dir, copy)
    generation = (copy / "CURRENT").read_text().strip()
    (copy / generation / "sentences.npz").unlink()
    old = load_assistant(Settings(corpus_dir=settings.corpus_dir, data_dir=copy, embedder="fake"), build_index=False)
    assert old.index.sentences is None
    answer = old.ask("Combien de jours pour soumettre un grief après la connaissance du fait ?")
    assert not answer.abstained and answer.citations and not answer.hits[0].unit_similarities


def _hit(c: Chunk, similarity: float) -> Hit:
    return Hit(c, score=1.0, why=("dense",), unit_similarities=tuple((s, e, similarity) for s, e in units(c.text)))


def test_sentence_similarity_floor_decides_abstention():
    c = chunk()
    other = chunk("Le stationnement du Collège est gratuit avec une vignette remise en septembre.",
                  chunk_id="t:00002:1", clause_id="9-9.01")
    # the rule is off by default (AnswerParams.weak_overlap = 0, chosen by CV); its mechanism, switched on:
    answerer = ExtractiveAnswerer.from_chunks([c, other], similarity_floor=0.87, weak_overlap=0.6)
    question = "Combien de semaines de congé de paternité ?"
    assert not answerer.answer(question, [_hit(c, 0.90)]).abstained
    # a few words in common, but no sentence close to the question: abstain
    weak = "Est-ce que le congé de paternité donne droit à une vignette de stationnement gratuite au Collège ?"
    assert answerer.answer(weak, [_hit(c, 0.85)]).abstained
    assert not answerer.answer(weak, [_hit(c, 0.95)]).abstained
    # an uncalibrated embedder (floor None) falls back on word overlap only
    lexical = ExtractiveAnswerer.from_chunks([c, other])
    assert not lexical.answer(question, [_hit(c, 0.10)]).abstained


def test_sentence_similarity_chooses_the_quoted_sentence():
    c = chunk()
    spans = units(c.text)
    answerer = ExtractiveAnswerer.from_chunks([c], whole_clause_chars=0, max_sentences=1, short_max_sentences=1,
                                              dense_weight=2.0, qualifier_follows=False)  # the vectors' choice alone
    question = "Le salarié a droit à quel congé ?"  # words of both sentences: the vectors decide
    for favourite in spans:
        sims = tuple((s, e, 0.95 if (s, e) == favourite else 0.80) for s, e in spans)
        answer = answerer.answer(question, [Hit(c, 1.0, ("dense",), unit_similarities=sims)])
        quote = answer.citations[0].quote
        start = c.text.index(quote)
        assert favourite[0] <= start and start + len(quote) <= favourite[1]


def test_sentence_vectors_are_float16_memory_mapped_and_old_files_still_read(tmp_path):
    rng = np.random.default_rng(0)
    vectors = rng.normal(size=(5, 8)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    units = SentenceVectors(vectors, np.array([0, 0, 2, 2, 2], np.int32), np.arange(5, dtype=np.int32),
                            np.arange(5, dtype=np.int32) + 1)
    units.save(tmp_path / "sentences.npz")
    loaded = SentenceVectors.load(tmp_path / "sentences.npz")
    assert loaded.vectors.dtype == np.float16 and isinstance(loaded.vectors, np.memmap)
    assert np.allclose(loaded.vectors, vectors, atol=1e-3)
    with open(tmp_path / "old.npz", "wb") as out:  # the format before sentence-vectors.npy
        np.savez(out, vectors=vectors.astype(np.float16), chunk_pos=units.chunk_pos, starts=units.starts, ends=units.ends)
    assert np.allclose(SentenceVectors.load(tmp_path / "old.npz").vectors, vectors, atol=1e-3)


def test_unit_similarities_score_only_the_passages_asked_for():
    rng = np.random.default_rng(1)
    vectors = rng.normal(size=(6, 4)).astype(np.float32)
    units = SentenceVectors(vectors, np.array([0, 0, 2, 2, 2, 3], np.int32), np.zeros(6, np.int32), np.ones(6, np.int32))
    query = rng.normal(size=4).astype(np.float32)
    full = vectors @ query
    sims = units.similarities(query)
    best = sims.best(np.array([0, 1, 2]))
    assert best[0] == np.float32(full[:2].max()) and best[1] == -np.inf and np.isclose(best[2], full[2:5].max())
    assert 3 not in sims._done  # passage 3 was never scored
    assert np.allclose(sims[2:5], full[2:5]) and np.isclose(sims[5], full[5])


def test_top_is_a_stable_descending_argsort_prefix():
    from assistant.retrieval import _top

    values = np.array([0.5, 2.0, 0.5, 0.0, 2.0, 1.0, 0.5], dtype=np.float32)
    for n in (1, 2, 3, 4, 7, 10):
        assert list(_top(values, n)) == list(np.argsort(-values, kind="stable")[:n])


def test_abbreviation_periods_end_no_sentence():
    text = ("6-3.01 Tout salarié excluant les cas prévus à la Loi sur les accidents du travail "
            "(L.R.Q., c. A-3.001), bénéficie d'un congé de maladie. Selon l'art. 12 de la Loi, "
            "voir chap. C-27. Voir l'annexe C. Le salarié part.")
    pieces = [text[s:e] for s, e in split_sentences(text)]
    assert pieces == [
        "6-3.01 Tout salarié excluant les cas prévus à la Loi sur les accidents du travail "
        "(L.R.Q., c. A-3.001), bénéficie d'un congé de maladie.",
        "Selon l'art. 12 de la Loi, voir chap. C-27.",
        "Voir l'annexe C.",
        "Le salarié part.",
    ]
