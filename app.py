"""The web page: teachers ask in French, union representatives check the cited clauses.

    python app.py        # serves http://127.0.0.1:7860 within seconds; the index builds behind it

This file only starts the page: :func:`build_app` builds it (the :mod:`web` package:
layout, handlers, rendering) around an :class:`~assistant.service.Assistant` and a
:class:`~assistant.feedback.FeedbackStore` without launching it (tests build it around a
small index); :func:`serve` launches it; :func:`main` reads the settings and serves the
page on the loopback interface at once, around a :class:`~assistant.live.LiveAssistant`:
the current index when there is one, else the corpus indexed by keywords in memory
(reduced mode, said in every answer) while the full index builds in the background (its
progress on the page); the new index is then served without a restart, and so is any
later one (``python -m ingest`` run beside the page).

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
    from typing import Callable

    import gradio as gr

    from assistant.feedback import FeedbackStore
    from assistant.service import Assistant

DEFAULT_PORT = 7860


def build_app(assistant: "Assistant", feedback_store: "FeedbackStore", stream_delay: float = 0.03,
              staff_password: str | None = None, index_status: "Callable[[], str] | None" = None) -> "gr.Blocks":
    """The page around ``assistant`` (shared) and ``feedback_store``; built, not launched.

    ``staff_password``: what the union staff type to export the feedback (None: no export).
    ``index_status()``: the background index build's progress line ("" when none runs).
    """
    from web.layout import build_page

    return build_page(assistant, feedback_store, stream_delay=stream_delay, staff_password=staff_password,
                      index_status=index_status)


def serve(app: "gr.Blocks", port: int = DEFAULT_PORT, prevent_thread_lock: bool = False, quiet: bool = False):
    """Launch the page on 127.0.0.1:``port``: no share link, no analytics."""
    from web.assets import page_css
    from web.layout import theme

    return app.launch(server_name="127.0.0.1", server_port=port, share=False, css=page_css(), theme=theme(),
                      prevent_thread_lock=prevent_thread_lock, quiet=quiet, show_error=False,
                      footer_links=[], enable_monitoring=False, mcp_server=False, ssr_mode=False)


def server_port() -> int | None:
    """The port from GRADIO_SERVER_PORT (default 7860); None, with a French message, when it is not a number."""
    try:
        return int(os.environ.get("GRADIO_SERVER_PORT", DEFAULT_PORT))
    except ValueError:
        print(f"GRADIO_SERVER_PORT doit être un numéro de port, pas « {os.environ['GRADIO_SERVER_PORT']} ».",
              file=sys.stderr)
        return None


def main() -> int:
    """Read the settings, serve the page (the index builds or updates behind it) until Ctrl+C."""
    os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    logging.getLogger("httpx").setLevel(logging.WARNING)
    from assistant.config import AssistantSettings
    from assistant.feedback import FeedbackStore
    from assistant.live import FIRST_START, start_live_assistant
    from common.errors import AssistantError
    from ingest.config import Settings

    settings = Settings.from_env()
    port = server_port()
    if port is None:
        return 2
    try:
        assistant = start_live_assistant(settings, AssistantSettings.from_env(), build=False)
    except AssistantError as exc:
        print(f"Erreur : {exc}", file=sys.stderr)
        return 1
    if assistant.reduced:
        print(FIRST_START, flush=True)
    store = FeedbackStore(settings.data_dir / "feedback" / "feedback.jsonl")
    staff_password = os.environ.get("ASSISTANT_STAFF_PASSWORD") or None
    if staff_password is None:
        logging.getLogger(__name__).info("no ASSISTANT_STAFF_PASSWORD: the feedback export is off")
    demo = build_app(assistant, store, staff_password=staff_password, index_status=assistant.status_line)
    serve(demo, port, prevent_thread_lock=True, quiet=True)
    assistant.start_build()  # the page first: the index builds (or is checked) once it is served
    print(f"Page prête : http://127.0.0.1:{port}  (Ctrl+C pour arrêter)", flush=True)
    try:
        if assistant.reduced and (estimate := assistant.first_estimate()):
            print(estimate, flush=True)  # the first build's time left, from its measured throughput
        demo.block_thread()
    except KeyboardInterrupt:
        pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
