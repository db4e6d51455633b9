"""assistant/signals.py: the sparse latent-term signal (fake encoder), clause titles and
question kinds, and their fusion into the Retriever on the tiny fake-embedder corpus."""

from __future__ import annotations

import zlib
from dataclasses import replace

import numpy as np
import pytest

from assistant.retrieval import RetrievalWeights, Retriever
from assistant.questions import question_kind, sentence_fits
from assistant.signals import SPARSE_FILE, SparseSignal, TitleField
from ingest.bm25 import tokenize
from ingest.types import Chunk
from tests.corpus_fixtures import tiny_assistant


class FakeSparse:
    """Each word is a term (hashed into 16,384 dimensions); counts every text it encodes."""

    def __init__(self):
        self.encoded: list[str] = []

    def __call__(self, texts):
        out = []
        for text in texts:
            self.encoded.append(text)
            terms = sorted({zlib.crc32(t.encode()) % 16384 for t in tokenize(text)})
            out.append((np.array(terms, dtype=np.int32), np.ones(len(terms), dtype=np.float32)))
        return out


def chunk(n, text, title=""):
    return Chunk(f"conv:{n:05d}:1", "conv", f"10-1.0{n}", "clause", text, text, title=title)


@pytest.mark.parametrize("question, kind", [
    ("J'ai combien de jours pour déposer un grief ?", "amount"),
    ("Jusqu'à quand je peux contester ?", "when"),
    ("J'ai combien de temps pour loger un grief ?", "amount"),
    ("Est-ce que je peux prendre une journée perso ?", "permission"),
    ("Est-ce que j'ai droit à l'assurance ?", "entitlement"),
    ("C'est quoi le harcèlement psychologique ?", "definition"),
    ("Qui paie l'arbitre ?", "entitlement"),  # who pays: the answerer's entitlement kind (one definition)
    ("Qui préside le comité ?", None),
])
def test_question_kind(question, kind):
    assert question_kind(question) == kind


def test_sentence_fits_what_the_question_asks_for():
    assert sentence_fits("amount", "à raison de soixante pour cent (60 %) du traitement")
    assert not sentence_fits("amount", "Le grief est soumis par écrit.")
    assert sentence_fits("when", "dans les quarante (40) jours ouvrables qui suivent")
    assert sentence_fits("entitlement", "Le salarié a droit à dix jours.")
    assert sentence_fits("definition", "on entend par « harcèlement psychologique » une conduite")
    assert sentence_fits("permission", "Le salarié peut s'absenter avec l'autorisation du Collège.")


def test_sparse_signal_scores_and_keeps_its_vectors_beside_the_generation(tmp_path):
    chunks = [chunk(1, "grief soumis par écrit"), chunk(2, "arbitre décision"), chunk(3, "grief arbitre")]
    encode = FakeSparse()
    signal = SparseSignal.for_chunks(chunks, encode, tmp_path / SPARSE_FILE)
    scores = signal.scores("le grief et l'arbitre")
    assert scores.shape == (3,) and scores[2] > scores[0] > 0 and scores[2] > scores[1] > 0
    signal.scores("le grief et l'arbitre")
    assert encode.encoded.count("le grief et l'arbitre") == 1  # memoised
    again = FakeSparse()
    reread = SparseSignal.for_chunks(chunks, again, tmp_path / SPARSE_FILE)
    assert again.encoded == [] and (reread.matrix != signal.matrix).nnz == 0  # read back, not recomputed
    other = SparseSignal.for_chunks(chunks[:2], again, tmp_path / SPARSE_FILE)
    assert len(again.encoded) == 2 and other.matrix.shape[0] == 2  # other passages: computed again


def test_title_field_scores_only_titled_passages():
    chunks = [chunk(1, "texte", title="Congés de maladie"), chunk(2, "maladie maladie"), chunk(3, "x", "Grief")]
    scores = TitleField(chunks).scores("mes congés de maladie")
    assert scores[0] > 0 and scores[1] == 0 and scores[2] == 0


@pytest.fixture(scope="module")
def tiny(tmp_path_factory):
    return tiny_assistant(tmp_path_factory.mktemp("signals"))[1]


def test_dropped_signals_are_off_by_default_and_fused_when_weighted(tiny):
    encode = FakeSparse()
    plain = Retriever(tiny.index, tiny.embedder, RetrievalWeights(), sparse_encoder=encode)
    hits = plain.retrieve("Dans quel délai soumettre un grief à l'arbitrage ?")
    assert encode.encoded == [] and not any({"sparse", "title", "pseudo"} & set(h.why) for h in hits)
    assert RetrievalWeights().question_kind == 0  # off: it helped in DEV cross-validation, not on TEST
    weights = replace(RetrievalWeights(), sparse=1.0, question_kind=0.2)
    fused = Retriever(tiny.index, tiny.embedder, weights, sparse_encoder=encode)
    hits = fused.retrieve("Dans combien de jours aller à l'arbitrage ?")
    assert any("sparse" in h.why for h in hits)
    assert any("kind" in h.why for h in hits)  # a passage whose best sentence holds a number
    assert (tiny.index.generation / SPARSE_FILE).is_file()


def test_pseudo_questions_score_a_passage_by_its_best_sentence():
    from assistant.signals import PseudoQuestions

    texts = ["Le grief est soumis par écrit. Le grief mentionne les faits. Le grief vise une clause.",
             "Le grief est soumis dans les quarante (40) jours ouvrables."]
    chunks = [chunk(1, texts[0]), chunk(2, texts[1])]
    units = [(0, 0, 30), (0, 31, 58), (0, 59, len(texts[0])), (1, 0, len(texts[1]))]
    pos, starts, ends = (np.array(column) for column in zip(*units))
    pseudo = PseudoQuestions(chunks, pos, starts, ends)
    scores = pseudo.scores("Combien de jours pour soumettre un grief ?")  # "combien": the number marker
    assert scores[1] > scores[0] > 0
    assert pseudo.scores("xyzzy").tolist() == [0.0, 0.0]


def test_pseudo_questions_are_fused_when_weighted(tiny):
    weights = replace(RetrievalWeights(), pseudo=1.0)
    hits = Retriever(tiny.index, tiny.embedder, weights).retrieve("Dans combien de jours aller à l'arbitrage ?")
    assert any("pseudo" in h.why for h in hits)


def test_an_interrupted_sparse_build_resumes_where_it_stopped(tmp_path, monkeypatch):
    import assistant.signals as signals

    monkeypatch.setattr(signals, "SPARSE_BATCH", 2)
    chunks = [chunk(n, f"texte {n} grief") for n in range(1, 6)]

    class Interrupted(Exception):
        pass

    calls = []

    def failing(texts):
        calls.append(list(texts))
        if len(calls) == 2:
            raise Interrupted
        return FakeSparse()(texts)

    with pytest.raises(Interrupted):
        SparseSignal.for_chunks(chunks, failing, tmp_path / SPARSE_FILE)
    assert (tmp_path / "sparse-latent.partial.npz").is_file() and not (tmp_path / SPARSE_FILE).exists()
    encode = FakeSparse()
    resumed = SparseSignal.for_chunks(chunks, encode, tmp_path / SPARSE_FILE)
    assert encode.encoded == [c.indexed_text for c in chunks[2:]]  # the first batch was kept
    whole = SparseSignal.for_chunks(chunks, FakeSparse(), None)
    assert (resumed.matrix != whole.matrix).nnz == 0
    assert (tmp_path / SPARSE_FILE).is_file() and not (tmp_path / "sparse-latent.partial.npz").exists()
