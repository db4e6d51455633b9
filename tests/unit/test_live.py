"""The page's LiveAssistant: keywords first, the full index swapped in when it is ready."""

from __future__ import annotations

import gc
import threading

import pytest

from assistant.live import (FIRST_START, REDUCED_NOTICE, IndexProgress, LiveAssistant, ProgressTracker,
                            lexical_assistant, start_live_assistant)
from assistant.service import Assistant
from ingest.config import Settings
from ingest.embeddings import FakeEmbedder
from ingest.index import data_generations
from ingest.lock import holder_pid, in_use
from ingest.pipeline import ingest
from tests.corpus_fixtures import make_corpus

QUESTION = "Combien de jours pour soumettre un grief après la connaissance du fait ?"

NEW_DOCUMENT = """Entente locale sur le télétravail

Article 1 Télétravail

Le télétravail est permis deux jours par semaine avec l'accord de la direction.
"""


class GatedEmbedder(FakeEmbedder):
    """The fake embedder, whose passages wait for ``gate``: the build stays "running" until the test opens it."""

    def __init__(self):
        super().__init__()
        self.gate = threading.Event()

    def embed_passages(self, texts):
        assert self.gate.wait(300), "the test never opened the gate"
        return super().embed_passages(texts)


@pytest.fixture
def settings(tmp_path):
    corpus = make_corpus(tmp_path / "corpus")
    return Settings(corpus_dir=corpus, data_dir=tmp_path / "data", embedder="fake",
                    embedding_cache=tmp_path / "cache.sqlite")


def test_the_lexical_assistant_answers_by_keywords_without_any_vector(settings):
    assistant = lexical_assistant(settings, "fake:256")
    assert assistant.index.generation is None and assistant.index.sentences is None
    answer = assistant.ask(QUESTION)
    assert not answer.abstained
    assert "10-1.02" in [hit.chunk.clause_id for hit in answer.hits[:3]]
    assert all(hit.similarity is None and not hit.unit_similarities for hit in answer.hits)
    assert assistant.ask("Que dit la clause 10-2.02 ?").hits[0].why == ("route",)  # clause routing works too
    assert assistant.ask("Quelle est la politique sur les cryptomonnaies ?").abstained


def test_reduced_answers_say_so_and_full_ones_do_not(settings):
    live = LiveAssistant(lexical_assistant(settings, "fake:256"), reduced=True)
    live.progress.start()
    live.progress.on_progress("embedding", 42, 100)
    answer = live.ask(QUESTION)
    assert answer.text.endswith("Mode réduit : index en cours de construction (39 %) ; réponses par mots-clés seulement.")
    assert REDUCED_NOTICE.format(percent=39) in answer.text
    ingest(settings.corpus_dir, settings.data_dir, FakeEmbedder(), cache_path=settings.cache_path)
    from assistant.service import load_assistant

    live.swap(load_assistant(settings, build_index=False))
    assert not live.reduced and live.generation == "gen-000001"
    assert "Mode réduit" not in live.ask(QUESTION).text


def test_a_conversation_follows_the_swap(settings):
    lexical = lexical_assistant(settings, "fake:256")
    live = LiveAssistant(lexical, reduced=True)
    conversation = live.conversation()
    first = conversation.ask(QUESTION)
    ingest(settings.corpus_dir, settings.data_dir, FakeEmbedder(), cache_path=settings.cache_path)
    from assistant.service import load_assistant

    live.swap(load_assistant(settings, build_index=False))
    follow_up = conversation.ask("Et pour l'arbitrage ?")
    assert "Mode réduit" in first.text and "Mode réduit" not in follow_up.text
    assert follow_up.hits[0].similarity is not None  # answered by the full index (dense search)
    assert len(conversation.turns) == 2


def test_other_attributes_are_the_current_assistants(settings):
    live = LiveAssistant(lexical_assistant(settings, "fake:256"), reduced=True)
    assert list(live.documents) == ["conv", "rapport"]
    assert live.document_title("conv") == "Convention de test"
    view = live.find_clause("10-1.02")
    assert live.open_clause(view.chunk_id).clause_id == "10-1.02"
    assert live.outline("conv") and live.clause_heads("conv")
    public = [name for name in dir(Assistant) if not name.startswith("_")]
    assert all(hasattr(live, name) for name in public)
    with pytest.raises(AttributeError):
        live._missing  # noqa: B018 - private names are not looked up on the assistant


def test_progress_percent_time_left_and_lines():
    now = [100.0]
    tracker = ProgressTracker(clock=lambda: now[0])
    assert tracker.snapshot().line() == ""
    tracker.start()
    assert tracker.snapshot().line() == "Indexation : 0 % (calcul du temps restant…)"
    tracker.on_progress("embedding", 100, 1000)  # texts found in the cache: no rate yet
    now[0] = 160.0
    tracker.on_progress("embedding", 400, 1000)  # 300 texts in 60 s: 600 left, 120 s
    progress = tracker.snapshot()
    assert (progress.percent, progress.seconds_left) == (38, 120.0)
    assert progress.line() == "Indexation : 38 % (environ 2 min restantes)"
    tracker.on_progress("storing", 50, 100)
    assert tracker.snapshot().percent == 97
    tracker.on_wait(4242)
    assert tracker.snapshot().line() == "Indexation : en attente d'une autre indexation en cours (pid 4242)"
    tracker.finish(ok=True)
    assert tracker.snapshot() == IndexProgress("ready", 100) and tracker.snapshot().line() == ""
    assert IndexProgress("building", 99, 30.0).line() == "Indexation : 99 % (moins d'une minute restante)"


def test_no_estimate_before_a_few_seconds_of_embedding_then_wait_for_it():
    now = [0.0]
    tracker = ProgressTracker(clock=lambda: now[0], estimate_after=5.0)
    tracker.start()
    assert tracker.wait_for_estimate(0.01).seconds_left is None  # nothing yet: the timeout
    tracker.on_progress("embedding", 16, 1000)
    now[0] = 2.0
    tracker.on_progress("embedding", 32, 1000)  # 2 s measured: too early to announce
    assert tracker.snapshot().seconds_left is None and "calcul du temps restant" in tracker.snapshot().line()
    waiter = threading.Thread(target=lambda: found.append(tracker.wait_for_estimate(30)))
    found: list[IndexProgress] = []
    waiter.start()
    now[0] = 6.0
    tracker.on_progress("embedding", 64, 1000)  # 48 texts in 6 s: 936 left, 117 s
    waiter.join(10)
    assert found and found[0].seconds_left == pytest.approx(117.0)
    tracker.finish(ok=True)
    assert tracker.wait_for_estimate(30).state == "ready"  # an ended build does not make anyone wait


def test_the_first_start_announces_the_measured_time_left(settings):
    live = LiveAssistant(lexical_assistant(settings, "fake:256"), reduced=True)
    now = [0.0]
    live.progress = ProgressTracker(clock=lambda: now[0])
    live.progress.start()
    assert live.first_estimate(0.01) == ""  # nothing measured yet
    live.progress.on_progress("embedding", 10, 5000)
    now[0] = 20.0
    live.progress.on_progress("embedding", 210, 5000)  # 10 texts/s: 479 s left
    assert live.first_estimate(0.01) == "Indexation : 3 % (environ 8 min restantes, d'après le débit mesuré)."
    live.progress.finish(ok=True)
    assert live.first_estimate(0.01) == ""
    assert "minutes" not in FIRST_START and "le temps restant" in FIRST_START  # no fixed figure any more


class SimulatedE5(FakeEmbedder):
    """Fake vectors at the in-process e5's speed on 2 cores, on a simulated clock: a passage of
    ~800 characters 0.30 s, a sentence unit of ~200 characters 0.05 s (measured: 3.3 and 20.5
    texts/s, loaded machine)."""

    def __init__(self, clock: list[float]):
        super().__init__(8)
        self.clock = clock

    def embed_passages(self, texts):
        self.clock[0] += sum(0.30 if len(text) > 500 else 0.05 for text in texts)
        return super().embed_passages(texts)


def test_the_time_left_is_right_early_in_a_cold_build():
    """A cold build of the bundled corpus's shape (1,107 passages then 4,138 sentence units, as
    ingest hands them over): texts are embedded in a fixed shuffle, so the first estimate is
    close to the real time left (in input order, passages first, it was 3x too long)."""
    from ingest.embeddings import embed_with_cache

    texts = [f"passage {i} " + "mot " * 200 for i in range(1107)]
    texts += [f"phrase {i} " + "mot " * 50 for i in range(4138)]
    now = [0.0]
    tracker = ProgressTracker(clock=lambda: now[0])
    tracker.start()
    done, estimates = [0], []

    def progress(count: int) -> None:
        done[0] += count
        tracker.on_progress("embedding", done[0], len(texts))
        estimates.append((done[0] / len(texts), now[0], tracker.snapshot().seconds_left))

    embed_with_cache(SimulatedE5(now), texts, None, progress=progress)
    total = now[0]
    announced = [(share, at, left) for share, at, left in estimates if left is not None]
    first_share, first_at, first_left = announced[0]
    assert first_at < 10 and abs(first_left - (total - first_at)) / (total - first_at) < 0.35
    for share, at, left in announced:
        if share >= 0.05:
            assert abs(left - (total - at)) / (total - at) < 0.15, (share, left, total - at)
        if share >= 0.5:
            break


def test_start_answers_by_keywords_then_serves_the_full_index(settings):
    embedder = GatedEmbedder()
    live = start_live_assistant(settings, embedder=embedder, watch_interval=None)
    assert live.reduced and live.generation is None
    assert live.status_line().startswith("Indexation : ")
    answer = live.ask(QUESTION)
    assert "Mode réduit : index en cours de construction" in answer.text and not answer.abstained
    embedder.gate.set()
    assert live.wait_for_build(30)
    assert not live.reduced and live.generation == "gen-000001"
    assert live.status_line() == ""
    assert "Mode réduit" not in live.ask(QUESTION).text


def test_start_serves_an_existing_index_at_once(settings):
    ingest(settings.corpus_dir, settings.data_dir, FakeEmbedder(), cache_path=settings.cache_path)
    live = start_live_assistant(settings, embedder=FakeEmbedder(), watch_interval=None)
    assert not live.reduced and live.generation == "gen-000001"
    assert live.wait_for_build(30)
    assert live.generation == "gen-000001" and live.progress.snapshot().state == "ready"  # nothing changed


def test_an_agreement_added_later_is_served_after_the_next_ingest(settings):
    ingest(settings.corpus_dir, settings.data_dir, FakeEmbedder(), cache_path=settings.cache_path)
    live = start_live_assistant(settings, embedder=FakeEmbedder(), watch_interval=0.05)
    try:
        assert live.wait_for_build(30)
        (settings.corpus_dir / "teletravail.txt").write_text(NEW_DOCUMENT, encoding="utf-8")
        with open(settings.corpus_dir / "manifest.toml", "a", encoding="utf-8") as manifest:
            manifest.write('\n[[document]]\nkey = "tele"\nfile = "teletravail.txt"\ntitle = "Entente télétravail"\n'
                           'kind = "entente locale"\nperiod = "2024"\n')
        ingest(settings.corpus_dir, settings.data_dir, FakeEmbedder(), cache_path=settings.cache_path)  # another process
        for _ in range(200):
            if live.generation == "gen-000002":
                break
            threading.Event().wait(0.05)
        assert live.generation == "gen-000002" and "tele" in live.documents
        assert "tele" in [hit.chunk.doc for hit in live.ask("Combien de jours de télétravail par semaine ?").hits[:2]]
    finally:
        live.stop()
    # the generation the page reads is never pruned by later ingests, and is once the page moves on.
    # The swapped-out Assistant of gen-000001 is garbage, but in a reference cycle (Assistant.direct's
    # retrieve lambda holds it), so its lease goes at the next cyclic GC: run it now.
    gc.collect()
    for _ in range(3):
        ingest(settings.corpus_dir, settings.data_dir, FakeEmbedder(), cache_path=settings.cache_path, rebuild=True)
    assert [g.name for g in data_generations(settings.data_dir)] == ["gen-000002", "gen-000004", "gen-000005"]
    assert live.generation == "gen-000002" and live.ask(QUESTION).hits[0].similarity is not None
    assert live.refresh() and live.generation == "gen-000005"
    gc.collect()  # the old Assistant is gone: its lease with it
    assert not in_use(settings.data_dir / "gen-000002")
    ingest(settings.corpus_dir, settings.data_dir, FakeEmbedder(), cache_path=settings.cache_path, rebuild=True)
    assert [g.name for g in data_generations(settings.data_dir)] == ["gen-000005", "gen-000006"]


def test_the_build_can_wait_for_the_page(settings):
    embedder = GatedEmbedder()
    embedder.gate.set()
    live = start_live_assistant(settings, embedder=embedder, watch_interval=None, build=False)
    assert live.reduced and live.status_line().startswith("Indexation : 0 %")
    assert live.wait_for_build(0) and not (settings.data_dir / "CURRENT").exists()  # nothing started yet
    assert live.start_build() is not None and live.start_build() is None  # once
    assert live.wait_for_build(30) and not live.reduced


def test_two_pages_on_one_empty_data_folder_build_one_index(settings):
    embedder = GatedEmbedder()
    first = start_live_assistant(settings, embedder=embedder, watch_interval=None)
    for _ in range(1200):  # the first holds the lock before the second starts (a loaded machine may delay it)
        if holder_pid(settings.data_dir) is not None:
            break
        threading.Event().wait(0.05)
    second = start_live_assistant(settings, embedder=FakeEmbedder(), watch_interval=None)
    for _ in range(1200):  # the second waits for the first's ingest lock, and says so (bound: 60 s on a busy machine)
        if second.progress.snapshot().state == "waiting" and "(pid " in second.status_line():
            break
        threading.Event().wait(0.05)
    assert second.status_line().startswith("Indexation : en attente d'une autre indexation en cours (pid ")
    embedder.gate.set()
    assert first.wait_for_build(120) and second.wait_for_build(120)
    assert first.generation == second.generation == "gen-000001"  # the second found it up to date
    assert [g.name for g in data_generations(settings.data_dir)] == ["gen-000001"]
