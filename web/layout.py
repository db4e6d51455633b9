"""The page's Gradio blocks and their wiring: :func:`build_page`.

The page has two tabs. "Poser une question": the documents to search, the chat, the
examples and the feedback box on the left; on the right, the cited clauses and the
verification view (each sentence of the answer beside its passage, the clause in full,
its neighbours and, only when the operator configured a staff password, the union staff's
export of the feedback). "Parcourir les clauses": a document's outline and the clause chosen in it.

Each tab is built by a small function returning its components (a dataclass); the
``_wire_*`` functions connect them to :class:`~web.handlers.PageHandlers`, converting
the handlers' named panels into the tuples Gradio wants (:func:`clause_outputs`...).
Gradio is imported inside the functions: importing this module does no work.
"""

# No ``from __future__ import annotations`` here: Gradio reads the ``gr.EventData``
# annotations of the click handlers at run time.
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Callable

from .assets import chat_js, panel_js
from .handlers import PageHandlers
from .panels import AnswerPanels, BrowsePanels, ChatUpdate, ClausePanel
from .render import note
from .texts import BROWSE_PLACEHOLDER, CHAT_PLACEHOLDER, CLAUSE_PLACEHOLDER, EXAMPLES, INTRO, NO_ANSWER_YET, \
    NO_VERIFICATION_YET, TITLE

if TYPE_CHECKING:
    import gradio as gr

    from assistant.feedback import FeedbackStore
    from assistant.service import Assistant

#: Questions answered at once (the Assistant is shared and only reads the index).
CONCURRENCY = 8
#: Seconds between two refreshes of the index build's progress line (hand-set).
PROGRESS_SECONDS = 2.0
#: Seconds between two looks, by each open page, at the documents served, so an agreement indexed
#: while the page is open is offered without a reload (hand-set: the index watcher looks every 5 s).
DOCUMENTS_SECONDS = 10.0
#: Least height of the chat (hand-set); web/static/page.css grows it with the window (what is left once
#: the documents, the question box and the examples show: 450 px at 1400×1000, checked in
#: tests/integration/test_app_browser.py), so a taller window shows more of an answer.
CHAT_HEIGHT = 380
PRIVATE = dict(api_visibility="private")
#: (every, older than) seconds: the files the page hands out (the staff's exports of everyone's
#: feedback) are deleted from Gradio's cache an hour or two after (hand-set).
DELETE_FILES_AFTER = (3600, 3600)


# -- from named panels to Gradio outputs -------------------------------------------------------


def clause_outputs(panel: ClausePanel) -> tuple:
    """(clause, siblings, previous button, next button, chunk id shown)."""
    import gradio as gr

    return (panel.html, panel.siblings, gr.update(interactive=panel.has_previous),
            gr.update(interactive=panel.has_next), panel.chunk_id)


def answer_outputs(panels: AnswerPanels) -> tuple:
    """(cited, verification, *clause outputs, feedback note)."""
    return (panels.cited, panels.verification, *clause_outputs(panels.clause), panels.feedback_note)


def browse_outputs(panels: BrowsePanels) -> tuple:
    """(outline, *clause outputs); the jump note is added by the one event that shows it."""
    return (panels.outline, *clause_outputs(panels.clause))


def chat_outputs(update: ChatUpdate) -> tuple:
    """(chat messages, question box, session)."""
    return update.messages, update.question, update.session


def _event_chunk(event) -> str | None:
    """The chunk id a clicked link carried (``data-chunk``), if any."""
    data = getattr(event, "_data", None)
    return data.get("chunk") if isinstance(data, dict) else None


def clickable(value: str = "", script: str | None = None, **options) -> "gr.HTML":
    """A panel whose clause links trigger its click event (``web/static/page.js``, or ``script``)."""
    import gradio as gr

    return gr.HTML(value, js_on_load=script or panel_js(), **options)


# -- components ------------------------------------------------------------------------------


@dataclass
class ChatColumn:
    """The left of the question tab: documents, chat, question, examples, feedback."""

    docs: Any
    chatbot: Any
    question: Any
    send: Any
    reset: Any
    examples: list
    useful: Any
    wrong: Any
    comment: Any
    feedback_note: Any
    links: Any = None  # the bar under the chat whose script opens the clauses cited in messages


@dataclass
class StaffBox:
    """The union staff's export of the feedback: password, button, note, file (absent without a password)."""

    password: Any
    export: Any
    note: Any
    file: Any


@dataclass
class SidePanels:
    """The right of the question tab: cited clauses, verification, the staff box (or None)."""

    tabs: Any
    cited: Any
    verification: Any
    clause: Any
    previous: Any
    next: Any
    siblings: Any
    staff: "StaffBox | None"


@dataclass
class BrowseTab:
    """The browse tab: document, jump to a number, outline, the clause and its neighbours."""

    doc: Any
    jump: Any
    jump_note: Any
    outline: Any
    clause: Any
    previous: Any
    next: Any
    siblings: Any


@dataclass
class States:
    """Per browser session: the conversation, the clause checked, the clause browsed, the
    documents offered ((label, key) pairs)."""

    session: Any
    verify_chunk: Any
    browse_chunk: Any
    documents: Any


def chat_box(value: list | None = None) -> "gr.Chatbot":
    """The conversation: Markdown (bold, tables) on, HTML sanitised, no LaTeX, one bubble per message.

    Autoscroll is off: ``web/static/chat.js`` keeps a new question, and the start of its
    answer, at the top while the answer arrives.
    """
    import gradio as gr

    return gr.Chatbot(
        value, label="Conversation", height=CHAT_HEIGHT, elem_id="chat", feedback_options=None,
        latex_delimiters=[], buttons=["copy"], autoscroll=False, group_consecutive_messages=False,
        placeholder=CHAT_PLACEHOLDER)


def _chat_column(choices: list[tuple[str, str]]) -> ChatColumn:
    import gradio as gr

    docs = gr.CheckboxGroup(
        choices, label="Ma convention / mon entente",
        info="Cochez votre document pour n'y chercher que lui; aucune case cochée : tous les documents.",
        elem_id="docs")
    chatbot = chat_box()
    links = clickable("", script=chat_js(), elem_id="chat-links")  # no text: only its script and click event
    with gr.Row(equal_height=True):
        question = gr.Textbox(
            show_label=False, lines=1, max_lines=4, scale=5,  # focused by chat.js, the page not scrolled
            placeholder="Écrivez votre question ici, puis Entrée ou « Envoyer »", elem_id="question")
        send = gr.Button("Envoyer", variant="primary", scale=1, min_width=100, elem_id="send")
        reset = gr.Button("Nouvelle conversation", variant="secondary", scale=1, min_width=120, elem_id="reset")
    with gr.Column(variant="panel", elem_classes="examples-box"):
        gr.Markdown("**Exemples de questions** (cliquez pour poser la question)", elem_classes="box-title")
        with gr.Row(elem_classes="examples"):
            examples = [gr.Button(text, size="sm", variant="secondary", min_width=180) for text in EXAMPLES]
    with gr.Column(variant="panel", elem_classes="feedback-box"):
        gr.Markdown("**Votre avis sur la dernière réponse**", elem_classes="box-title")
        with gr.Row(equal_height=True, elem_classes="feedback-row"):
            useful = gr.Button("✓ Utile", size="sm", min_width=90, scale=0, elem_id="useful")
            wrong = gr.Button("✗ Erronée", size="sm", min_width=90, scale=0, elem_id="wrong")
            comment = gr.Textbox(show_label=False, placeholder="Commentaire (facultatif)", scale=4, lines=1,
                                 container=False, elem_id="comment")
        feedback_note = gr.Markdown("", elem_id="feedback-note")
    return ChatColumn(docs, chatbot, question, send, reset, examples, useful, wrong, comment, feedback_note,
                      links=links)


def _staff_box() -> StaffBox:
    """Every visitor's questions and comments, exported for the union staff who give the password."""
    import gradio as gr

    with gr.Accordion("Avis recueillis (équipe syndicale)", open=False, elem_id="staff"):
        password = gr.Textbox(label="Mot de passe de l'équipe syndicale", type="password", lines=1,
                              elem_id="staff-password")
        export = gr.Button("Exporter comme candidats au jeu de référence", size="sm")
        export_note = gr.Markdown("")
        export_file = gr.File(label="Fichier à télécharger", visible=False)
    return StaffBox(password, export, export_note, export_file)


def _side_panels(staff: bool = False) -> SidePanels:
    import gradio as gr

    # The cited clauses and the verification view are as tall as their text, up to what the window
    # leaves under the page's header (web/static/page.css: a fixed 420 px cut a long quote, 7-1.02, with
    # nothing saying more was below); the clause's own text scrolls inside its card (26 em), so its panel
    # has no cap of its own (two nested scrolling boxes hid the quote under the outer one's edge).
    with gr.Tabs(selected="cited") as tabs:
        with gr.Tab("Clauses citées", id="cited"):
            cited = clickable(note(NO_ANSWER_YET), elem_id="cited")
        with gr.Tab("Vérification", id="verify"):
            verification = clickable(note(NO_VERIFICATION_YET), elem_id="verification")
            gr.Markdown("**Texte complet de la clause**")
            clause = clickable(note(CLAUSE_PLACEHOLDER), elem_id="verify-clause")
            with gr.Row():
                previous = gr.Button("◀ Clause précédente", size="sm", interactive=False)
                following = gr.Button("Clause suivante ▶", size="sm", interactive=False)
            siblings = clickable("", max_height=260, elem_id="verify-siblings")
            staff_box = _staff_box() if staff else None
    return SidePanels(tabs, cited, verification, clause, previous, following, siblings, staff_box)


def _chat_tab(choices: list[tuple[str, str]], staff: bool = False) -> tuple[ChatColumn, SidePanels]:
    import gradio as gr

    with gr.Row(equal_height=False):
        with gr.Column(scale=3, min_width=420):
            chat = _chat_column(choices)
        with gr.Column(scale=2, min_width=360):
            side = _side_panels(staff)
    return chat, side


def _browse_tab(handlers: PageHandlers, choices: list[tuple[str, str]], first_doc: str | None) -> BrowseTab:
    import gradio as gr

    with gr.Row(equal_height=False):
        with gr.Column(scale=2, min_width=320):
            doc = gr.Dropdown([(label, key) for label, key in choices], value=first_doc, label="Document",
                              elem_id="browse-doc")
            jump = gr.Textbox(label="Aller à la clause", placeholder="ex. 10-1.02 ou Annexe M", lines=1,
                              submit_btn="Ouvrir", elem_id="jump")
            jump_note = gr.Markdown("")
            outline = clickable(handlers.outline_panel(first_doc), max_height=700, elem_id="outline")
        with gr.Column(scale=3, min_width=380):
            clause = clickable(note(BROWSE_PLACEHOLDER), elem_id="browse-clause")
            with gr.Row():
                previous = gr.Button("◀ Clause précédente", size="sm", interactive=False)
                following = gr.Button("Clause suivante ▶", size="sm", interactive=False)
            siblings = clickable("", max_height=320, elem_id="browse-siblings")
    return BrowseTab(doc, jump, jump_note, outline, clause, previous, following, siblings)


# -- wiring ----------------------------------------------------------------------------------


def _verify_outputs(side: SidePanels, states: States) -> list:
    return [side.clause, side.siblings, side.previous, side.next, states.verify_chunk]


def _wire_questions(handlers: PageHandlers, chat: ChatColumn, side: SidePanels, states: States) -> None:
    """Questions (typed, sent, examples), document choice and new conversation; then the panels."""
    panel_outputs = [side.cited, side.verification, *_verify_outputs(side, states), chat.feedback_note]

    def answer_panels(state):
        return answer_outputs(handlers.answer_panels(state))

    def ask(question, docs, session):
        """Answer one question, streaming the answer: yields (chat messages, question box, session)."""
        for update in handlers.respond(question, docs, session):
            yield chat_outputs(update)

    outputs = [chat.chatbot, chat.question, states.session]
    ask_options = dict(concurrency_limit=CONCURRENCY, concurrency_id="ask", show_progress="hidden")
    inputs = [chat.question, chat.docs, states.session]
    chat.question.submit(ask, inputs, outputs, api_name="ask", **ask_options
                         ).then(answer_panels, states.session, panel_outputs, **PRIVATE)
    chat.send.click(ask, inputs, outputs, **PRIVATE, **ask_options
                    ).then(answer_panels, states.session, panel_outputs, **PRIVATE)
    for button, text in zip(chat.examples, EXAMPLES):
        def ask_example(docs_value, state, _text=text):
            yield from ask(_text, docs_value, state)

        button.click(ask_example, [chat.docs, states.session], outputs, **PRIVATE, **ask_options
                     ).then(answer_panels, states.session, panel_outputs, **PRIVATE)

    def change_documents(docs, state):
        fresh = handlers.change_documents(docs, state)
        return fresh.messages, fresh.session

    def new_conversation(docs):
        fresh = handlers.new_conversation(docs)
        return fresh.messages, fresh.session

    chat.docs.input(change_documents, [chat.docs, states.session], [chat.chatbot, states.session], **PRIVATE
                    ).then(answer_panels, states.session, panel_outputs, **PRIVATE)
    chat.reset.click(new_conversation, chat.docs, [chat.chatbot, states.session], **PRIVATE
                     ).then(answer_panels, states.session, panel_outputs, **PRIVATE)


def _wire_verification(handlers: PageHandlers, side: SidePanels, states: States, chat_links=None) -> None:
    """A cited clause opened for checking (from the cited panel or from a chat message's
    links, ``chat_links``); links and buttons moving among clauses."""
    import gradio as gr

    verify_outputs = _verify_outputs(side, states)

    def open_for_check(state, event: gr.EventData):
        chunk_id = _event_chunk(event)
        return (*clause_outputs(handlers.clause_panel(chunk_id, state)), gr.Tabs(selected="verify"))

    def open_here(state, event: gr.EventData):
        chunk_id = _event_chunk(event)
        return clause_outputs(handlers.clause_panel(chunk_id, state))

    side.cited.click(open_for_check, states.session, [*verify_outputs, side.tabs], **PRIVATE)
    if chat_links is not None:
        chat_links.click(open_for_check, states.session, [*verify_outputs, side.tabs], **PRIVATE)
    side.verification.click(open_here, states.session, verify_outputs, **PRIVATE)
    side.siblings.click(open_here, states.session, verify_outputs, **PRIVATE)
    side.previous.click(lambda c, s: clause_outputs(handlers.step(c, -1, s)), [states.verify_chunk, states.session],
                        verify_outputs, **PRIVATE)
    side.next.click(lambda c, s: clause_outputs(handlers.step(c, +1, s)), [states.verify_chunk, states.session],
                    verify_outputs, **PRIVATE)


def _wire_feedback(handlers: PageHandlers, chat: ChatColumn, side: SidePanels, states: States) -> None:
    """Verdicts on the last answer; the export of the feedback as gold candidates."""
    import gradio as gr

    def verdict(value: str):
        def give(comment, state):
            result = handlers.give_feedback(value, comment, state)
            return result.note, result.comment
        return give

    chat.useful.click(verdict("utile"), [chat.comment, states.session], [chat.feedback_note, chat.comment],
                      **PRIVATE)
    chat.wrong.click(verdict("erronée"), [chat.comment, states.session], [chat.feedback_note, chat.comment],
                     **PRIVATE)

    staff = side.staff
    if staff is None:  # no staff password: no export, not even as an API endpoint
        return

    def export(password):
        result = handlers.export_feedback(password)
        return gr.update(value=result.path, visible=result.path is not None), result.note

    # Callable by scripts (gradio_client, api_name "/export_feedback") with the password, which
    # export_feedback checks; one call at a time, a wrong password waiting before its refusal.
    staff.export.click(export, staff.password, [staff.file, staff.note], api_name="export_feedback",
                       api_visibility="undocumented", concurrency_limit=1, concurrency_id="staff")


def _wire_browse(handlers: PageHandlers, browse: BrowseTab, states: States, demo: "gr.Blocks") -> None:
    """The browse tab: a document chosen, a line of its outline clicked, moving, jumping to a number."""
    import gradio as gr

    outputs = [browse.outline, browse.clause, browse.siblings, browse.previous, browse.next, states.browse_chunk]

    def open_document(doc):
        return browse_outputs(handlers.open_document(doc))

    def browse_click(doc, event: gr.EventData):
        return browse_outputs(handlers.browse_to(_event_chunk(event), doc))

    def jump(number, doc, current):
        panels = handlers.find_in_document(number, doc, current)
        return (*browse_outputs(panels), panels.note)

    browse.doc.change(open_document, browse.doc, outputs, **PRIVATE)
    browse.outline.click(browse_click, browse.doc, outputs, **PRIVATE)
    browse.siblings.click(browse_click, browse.doc, outputs, **PRIVATE)
    browse.previous.click(lambda c, d: browse_outputs(handlers.browse_step(c, d, -1)),
                          [states.browse_chunk, browse.doc], outputs, **PRIVATE)
    browse.next.click(lambda c, d: browse_outputs(handlers.browse_step(c, d, +1)),
                      [states.browse_chunk, browse.doc], outputs, **PRIVATE)
    browse.jump.submit(jump, [browse.jump, browse.doc, states.browse_chunk], [*outputs, browse.jump_note],
                       **PRIVATE)
    demo.load(open_document, browse.doc, outputs, **PRIVATE)


def _wire_documents(handlers: PageHandlers, chat: ChatColumn, browse: BrowseTab, states: States,
                    demo: "gr.Blocks", every: float) -> None:
    """An agreement indexed while the page is open is offered in both tabs: when the page loads
    and every ``every`` seconds, the document choices are renewed if the index served changed
    (the ticked boxes stay ticked; the value is sent only when a ticked document is gone)."""
    import gradio as gr

    def refresh(shown, ticked, browsed):
        fresh = handlers.refresh_documents(shown, ticked)
        if fresh is None:
            return gr.skip(), gr.skip(), gr.skip()
        docs = gr.update(choices=fresh.choices, value=fresh.ticked) if fresh.unticked else \
            gr.update(choices=fresh.choices)
        keys = [key for _, key in fresh.choices]
        doc = gr.update(choices=fresh.choices) if browsed in keys else \
            gr.update(choices=fresh.choices, value=keys[0] if keys else None)
        return docs, doc, fresh.choices

    inputs, outputs = [states.documents, chat.docs, browse.doc], [chat.docs, browse.doc, states.documents]
    options = dict(queue=False, show_progress="hidden", **PRIVATE)
    gr.Timer(every).tick(refresh, inputs, outputs, **options)
    demo.load(refresh, inputs, outputs, **options)


# -- the page --------------------------------------------------------------------------------


def _index_progress(index_status: "Callable[[], str]") -> None:
    """The background index build's progress line ("Indexation : 42 % (environ 6 min restantes)"),
    read on each page load and every PROGRESS_SECONDS while it is not empty."""
    import gradio as gr

    line = gr.Markdown(index_status, elem_id="index-progress")
    timer = gr.Timer(PROGRESS_SECONDS)

    def tick():
        text = index_status()
        return text, gr.Timer(active=bool(text))

    timer.tick(tick, None, [line, timer], queue=False, show_progress="hidden", **PRIVATE)


def build_page(assistant: "Assistant", feedback_store: "FeedbackStore", stream_delay: float = 0.03,
               staff_password: str | None = None, index_status: "Callable[[], str] | None" = None,
               documents_every: float = DOCUMENTS_SECONDS) -> "gr.Blocks":
    """The page around ``assistant`` (shared) and ``feedback_store``; built, not launched.

    ``staff_password`` (None: no staff box) is what the union staff type to export the feedback.
    ``index_status()`` (None: no line): the background index build's progress, under the title.
    ``documents_every``: seconds between two looks at the documents served (new ones are offered).
    """
    import gradio as gr

    handlers = PageHandlers(assistant, feedback_store, stream_delay=stream_delay, staff_password=staff_password)
    choices = handlers.document_choices()
    first_doc = choices[0][1] if choices else None
    with gr.Blocks(title=TITLE, analytics_enabled=False, fill_width=True, delete_cache=DELETE_FILES_AFTER) as demo:
        states = States(gr.State(None), gr.State(None), gr.State(None), gr.State(choices))
        gr.Markdown(f"# {TITLE}\n{INTRO}", elem_classes="app-header")
        if index_status is not None:
            _index_progress(index_status)
        with gr.Tabs(elem_id="main-tabs"):
            with gr.Tab("Poser une question", id="chat"):
                chat, side = _chat_tab(choices, handlers.staff_enabled)
            with gr.Tab("Parcourir les clauses", id="browse"):
                browse = _browse_tab(handlers, choices, first_doc)
        _wire_questions(handlers, chat, side, states)
        _wire_verification(handlers, side, states, chat.links)
        _wire_feedback(handlers, chat, side, states)
        _wire_browse(handlers, browse, states, demo)
        _wire_documents(handlers, chat, browse, states, demo, documents_every)
    demo.queue(default_concurrency_limit=CONCURRENCY)
    return demo


def theme() -> "gr.themes.Base":
    """A calm theme with the reader's own system fonts (nothing fetched from the web)."""
    import gradio as gr

    system = ("ui-sans-serif", "system-ui", "Segoe UI", "Roboto", "Helvetica Neue", "Arial", "sans-serif")
    return gr.themes.Default(primary_hue="blue", secondary_hue="blue", neutral_hue="slate",
                             font=system, font_mono=("ui-monospace", "Consolas", "monospace"))
