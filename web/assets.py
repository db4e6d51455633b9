"""The page's static files, read once from ``web/static`` (shipped as package data).

* ``page.css`` — the page's styles, given to ``Blocks.launch(css=...)``;
* ``page.js`` — the script of every clickable panel (``gr.HTML(js_on_load=...)``);
* ``chat.js`` — the chat's script (clause links in messages, a new answer shown from its start);
* ``cells.js`` — put before both: a wide table scrolled sideways to its asked cell.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

STATIC = Path(__file__).resolve().parent / "static"


@cache
def static_text(name: str) -> str:
    """The text of ``web/static/<name>``."""
    return (STATIC / name).read_text(encoding="utf-8")


def page_css() -> str:
    """The page's CSS."""
    return static_text("page.css")


def panel_js() -> str:
    """The JavaScript run in each panel showing clauses (links, scrolling to the quotes)."""
    return static_text("cells.js") + static_text("page.js")


def chat_js() -> str:
    """The JavaScript of the chat's link bar: clause links in messages, scrolling to a new answer, a wide
    table's asked cell brought into view."""
    return static_text("cells.js") + static_text("chat.js")
