"""Tiny inline corpora for fast tests."""

from __future__ import annotations

import contextlib
from pathlib import Path

CONVENTION = """Convention collective de test

CHAPITRE 10-0.00 PROCÉDURE DE RÈGLEMENT DES GRIEFS

10-1.00 Procédure de règlement des griefs

10-1.01 Le salarié et l'Association peuvent soumettre un grief au Collège.

10-1.02 Le grief doit être soumis par écrit dans les quarante (40) jours ouvrables qui suivent la connaissance du fait qui y donne lieu.

10-1.03 Le Collège répond par écrit dans les dix (10) jours ouvrables de la réception du grief.

10-2.00 Arbitrage

10-2.01 Si le grief n'est pas réglé, l'Association peut le soumettre à l'arbitrage dans les trente (30) jours.

10-2.02 L'arbitre rend sa décision par écrit et la transmet aux parties.
"""

REPORT = """Rapport sur le mentorat

Introduction

Le mentorat aide les nouveaux enseignants à s'insérer dans la profession. Les mentors sont libérés deux jours par cycle.

Résultats

Les personnes novices se disent mieux soutenues après une année de mentorat.
"""

MANIFEST = """
[[document]]
key = "conv"
file = "conv.txt"
title = "Convention de test"
kind = "convention collective"
period = "2020-2025"

[[document]]
key = "rapport"
file = "rapport.txt"
title = "Rapport de test"
kind = "rapport"
period = "2023"
"""


def make_corpus(folder: Path, extra_manifest: str = "") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "conv.txt").write_text(CONVENTION, encoding="utf-8")
    (folder / "rapport.txt").write_text(REPORT, encoding="utf-8")
    (folder / "manifest.toml").write_text(MANIFEST + extra_manifest, encoding="utf-8")
    return folder


def tiny_assistant(root: Path):
    """(settings, assistant) over the test corpus, indexed with the fake embedder in ``root``."""
    from assistant import load_assistant
    from ingest.config import Settings
    from ingest.embeddings import FakeEmbedder
    from ingest.pipeline import ingest

    corpus = make_corpus(root / "corpus")
    data = root / "data"
    ingest(corpus, data, FakeEmbedder(), cache_path=data / "cache.sqlite")
    settings = Settings(corpus_dir=corpus, data_dir=data, embedder="fake")
    return settings, load_assistant(settings, build_index=False)


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def serve_page(assistant, feedback_path: Path, stream_delay: float):
    """The web page around ``assistant``, served on a free loopback port; yields its URL."""
    from app import build_app, serve
    from assistant.feedback import FeedbackStore

    demo = build_app(assistant, FeedbackStore(feedback_path), stream_delay=stream_delay)
    port = free_port()
    serve(demo, port, prevent_thread_lock=True, quiet=True)
    try:
        yield f"http://127.0.0.1:{port}/"
    finally:
        demo.close()
