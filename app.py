"""The web page: teachers ask in French, union representatives check the cited clauses.

    python app.py        # builds the index the first time, then serves http://127.0.0.1:7860

This file only starts the page: :func:`build_app` builds it (the :mod:`web` package:
layout, handlers, rendering) around an :class:`~assistant.service.Assistant` and a
:class:`~assistant.feedback.FeedbackStore` without launching it (tests build it around a
small index); :func:`serve` launches it; :func:`main` reads the settings, brings the
index up to date (built the first time, with progress bars) and serves the page on the
loopback interface.

Every browser session keeps its own conversation in a ``gr.State``; the Assistant is
shared (it only reads the index). Nothing on the page ever shows a traceback.
Importing this module does no work (gradio, the index and the models load on use).
"""

from __future__ import annotations

import logging
import os
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import gradio as gr

    from assistant.feedback import FeedbackStore
    from assistant.service import Assistant
    from ingest.config import Settings

DEFAULT_PORT = 7860


def build_app(assistant: "Assistant", feedback_store: "FeedbackStore", stream_delay: float = 0.03,
              staff_password: str | None = None) -> "gr.Blocks":
    """The page around ``assistant`` (shared) and ``feedback_store``; built, not launched.

    ``staff_password``: what the union staff type to export the feedback (None: no export).
    """
    from web.layout import build_page

    return build_page(assistant, feedback_store, stream_delay=stream_delay, staff_password=staff_password)


def serve(app: "gr.Blocks", port: int = DEFAULT_PORT, prevent_thread_lock: bool = False, quiet: bool = False):
    """Launch the page on 127.0.0.1:``port``: no share link, no analytics."""
    from web.assets import page_css
    from web.layout import theme

    return app.launch(server_name="127.0.0.1", server_port=port, share=False, css=page_css(), theme=theme(),
                      prevent_thread_lock=prevent_thread_lock, quiet=quiet, show_error=False,
                      footer_links=[], enable_monitoring=False, mcp_server=False, ssr_mode=False)


def build_index_with_progress(settings: "Settings", first_time: bool = True) -> None:
    """Bring the index up to date with corpus/ (built the first time, incremental after:
    a document added to the manifest is indexed at the next start), with progress bars."""
    from ingest.embeddings import get_embedder
    from ingest.pipeline import ingest
    from ingest.progress import progress_bars

    if first_time:
        print("Indexation du corpus (première fois, environ 10 minutes)…", flush=True)
    labels = {"embedding": "Calcul des vecteurs (passages et phrases)", "storing": "Enregistrement de l'index"}
    with progress_bars(labels=labels, unit=" textes") as on_progress:
        report = ingest(settings.corpus_dir, settings.data_dir, get_embedder(settings.embedder),
                        chroma_url=settings.chroma_url, cache_path=settings.cache_path, on_progress=on_progress)
    for failure in report.failures:
        print(f"  {failure.file} : non indexé ({failure.error})", file=sys.stderr)
    if report.changed:
        print(f"Index prêt ({report.seconds:.0f} s).", flush=True)


def server_port() -> int | None:
    """The port from GRADIO_SERVER_PORT (default 7860); None, with a French message, when it is not a number."""
    try:
        return int(os.environ.get("GRADIO_SERVER_PORT", DEFAULT_PORT))
    except ValueError:
        print(f"GRADIO_SERVER_PORT doit être un numéro de port, pas « {os.environ['GRADIO_SERVER_PORT']} ».",
              file=sys.stderr)
        return None


def main() -> int:
    """Read the settings, bring the index up to date, serve the page until Ctrl+C."""
    os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    logging.getLogger("httpx").setLevel(logging.WARNING)
    from assistant.config import AssistantSettings
    from assistant.feedback import FeedbackStore
    from assistant.service import load_assistant
    from common.errors import AssistantError
    from ingest.config import Settings
    from ingest.index import current_generation

    settings = Settings.from_env()
    port = server_port()
    if port is None:
        return 2
    try:
        build_index_with_progress(settings, first_time=current_generation(settings.data_dir) is None)
        assistant = load_assistant(settings, build_index=False, assistant_settings=AssistantSettings.from_env())
    except AssistantError as exc:
        print(f"Erreur : {exc}", file=sys.stderr)
        return 1
    store = FeedbackStore(settings.data_dir / "feedback" / "feedback.jsonl")
    staff_password = os.environ.get("ASSISTANT_STAFF_PASSWORD") or None
    if staff_password is None:
        logging.getLogger(__name__).info("no ASSISTANT_STAFF_PASSWORD: the feedback export is off")
    demo = build_app(assistant, store, staff_password=staff_password)
    serve(demo, port, prevent_thread_lock=True, quiet=True)
    print(f"Page prête : http://127.0.0.1:{port}  (Ctrl+C pour arrêter)", flush=True)
    try:
        demo.block_thread()
    except KeyboardInterrupt:
        pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
