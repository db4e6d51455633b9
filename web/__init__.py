"""The web page (Gradio): teachers ask in French, union representatives check the cited clauses.

Modules, from the bottom up (none imports gradio at import time; only :mod:`web.layout`
uses it, inside its functions):

* :mod:`web.texts` — every French text of the page (title, examples, messages);
* :mod:`web.render` — HTML of the panels: clause cards, cited clauses, verification
  rows, outline, sibling clauses (corpus text always escaped);
* :mod:`web.chat_text` — the chat's Markdown: the answer with its numbered cited
  clauses, the scope of a conversation, the growing prefixes of a streamed answer;
* :mod:`web.session` — :class:`~web.session.ChatSession`, one browser session's conversation;
* :mod:`web.panels` — what the handlers return: named panels, not positional tuples;
* :mod:`web.handlers` — :class:`~web.handlers.PageHandlers`, what the page's events
  call (plain Python, tested without a browser);
* :mod:`web.assets` — the page's CSS and JavaScript, read from ``web/static``;
* :mod:`web.layout` — :func:`~web.layout.build_page`: the Gradio blocks and their wiring.

The page reads the index only through :class:`assistant.service.Assistant` and
:mod:`assistant.citations`; the library never imports this package.
"""
