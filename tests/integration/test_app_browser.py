"""The page in a real browser (headless Chromium) on the real index.

A teacher asks a gold question, the answer cites the grievance clause of the Bourget
convention; a union representative opens the citation and checks it in the
verification view. The screenshot is saved to test-artifacts/app-answer.png.

At 1400×1000 the question box and the examples show without scrolling; a citation in
the chat (even an earlier answer's) opens its clause on the right; a new answer is shown
from its start; ticking an agreement keeps the conversation and says so; a question's
accessible label is the question as typed (escaped once); a Markdown table renders. The chat
grows with the window (a phone keeps 380 px); an amount read from a table is checked as its
row under the column headers, the cell highlighted; a clause that exists nowhere is said so
in the « Clauses citées » panel. A long quote opened for checking shows whole in the verification
view (at 1400×1000, 1280×720 and 390×844), a panel with more text below says so; a wide row read
scrolls to its cell by whole columns (no amount cut by the sticky row label). At the same three sizes, a
wide table's asked cell is in view (the chat's small table, the full table of the cited card and of the
verification view), and the first load leaves the page at its top, the cursor in the question box (at
1280×720 and 1400×1000 the title, the documents and the question box on the first view).

The chat's layout (a page of the chat alone, with the page's CSS and chat script): a long
question is pinned under the « Conversation » label, not under it; a table's headers wrap
between words, its amounts never wrap, its asked-for cell is highlighted; Gradio's « ↓ »
button stays in the chat's right margin; the empty chat's invitation is off its left edge.
"""

from __future__ import annotations

import re
from contextlib import contextmanager

import pytest

from tests.corpus_fixtures import serve_page


pytestmark = [pytest.mark.browser, pytest.mark.integration]

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run"]
GRIEF = "J'ai combien de temps pour déposer un grief ?"


@pytest.fixture(scope="module")
def page_url(real_assistant, tmp_path_factory):
    """The page served on a free loopback port, in this process."""
    with serve_page(real_assistant, tmp_path_factory.mktemp("feedback") / "feedback.jsonl", 0.01) as url:
        yield url


@pytest.fixture(scope="module")
def browser():
    from pathlib import Path

    if not Path(CHROMIUM).exists():
        pytest.skip(f"{CHROMIUM} is not installed (scripts/install-system-deps.sh)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield chromium
        finally:
            chromium.close()


@pytest.fixture
def page(browser, page_url):
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, locale="fr-CA")
    tab = context.new_page()
    errors: list[str] = []
    tab.on("pageerror", lambda exc: errors.append(str(exc)))
    tab.goto(page_url)
    tab.wait_for_selector("#question textarea", timeout=60_000)
    yield tab
    context.close()
    assert not errors, f"JavaScript errors on the page: {errors}"


BOTS = "#chat [data-testid='bot']"


def ask(page, question: str):
    """Type a question, send it, and return the chat's last answer once it is complete."""
    before = page.locator(BOTS).count()
    page.fill("#question textarea", question)
    page.click("#send")
    page.wait_for_function(
        "(before) => { const bots = document.querySelectorAll('#chat [data-testid=\"bot\"]');"
        " return bots.length > before && bots[bots.length - 1].innerText.trim().length > 2; }",
        arg=before, timeout=120_000)
    last, text = page.locator(BOTS).nth(page.locator(BOTS).count() - 1), ""  # stays this answer
    while text != last.inner_text():  # streamed: complete once it stops growing
        text = last.inner_text()
        page.wait_for_timeout(700)
    return last


def test_teacher_asks_and_union_rep_checks_the_clause(page, artifacts_dir):
    body = page.inner_text("body")
    assert "Assistant des conventions collectives" in body and "Ma convention / mon entente" in body
    page.screenshot(path=str(artifacts_dir / "app-start.png"), full_page=True)  # what a first-time user sees
    message = ask(page, GRIEF)
    answer = message.inner_text()
    assert "Traceback" not in page.inner_text("body")
    # The answer cites a grievance clause of the Bourget convention, and lists it first.
    assert re.search(r"\[Convention Collège Bourget, 10-1\.0\d\]", answer), answer
    assert "quarante (40) jours" in answer
    numbered = message.locator("ol li").first.inner_text()
    assert re.match(r"\[Convention Collège Bourget, 10-1\.0\d\]", numbered), numbered
    labels = [item.split(" — ")[0].strip() for item in message.locator("ol li").all_inner_texts()]
    assert len(labels) == len(set(labels)), labels  # a clause is numbered once, even quoted from two parts

    # "Clauses citées": the cited clause in full, its quoted sentence highlighted.
    page.wait_for_selector("#cited .clause-card")
    card = page.locator("#cited .clause-card").first
    assert re.search(r"Convention Collège Bourget — clause 10-1\.0\d", card.inner_text())
    assert card.locator("mark").count() >= 1
    assert "›" in card.locator(".clause-path").inner_text()
    headings = [re.sub(r"^\d+", "", h) for h in page.locator("#cited .clause-card h4").all_inner_texts()]
    assert len(headings) == len(set(headings)), headings  # one card per cited clause

    # One click opens it in the verification view.
    card.get_by_text("Vérifier cette clause").click()
    page.wait_for_selector("#verify-clause .clause-card")
    verification = page.locator("#verification")
    verification.wait_for(state="visible")
    assert "Passage qui l'appuie" in verification.inner_text()
    assert verification.locator(".support-row").count() >= 1
    clause = page.locator("#verify-clause .clause-card").inner_text()
    assert re.search(r"clause 10-1\.0\d", clause) and "quarante (40) jours" in clause
    siblings = page.locator("#verify-siblings").inner_text()
    assert "10-1.01" in siblings and "10-1.03" in siblings
    page.screenshot(path=str(artifacts_dir / "app-answer.png"), full_page=True)

    # Neighbouring clauses of the same article: next, then one picked from the list.
    before = page.locator("#verify-clause .clause-card h4").inner_text()
    page.get_by_role("button", name="Clause suivante ▶").first.click()
    page.wait_for_function(
        "(before) => { const h = document.querySelector('#verify-clause .clause-card h4');"
        " return h && h.innerText !== before; }", arg=before, timeout=30_000)
    page.locator("#verify-siblings a.clause-link", has_text="10-1.01").first.click()
    page.wait_for_function(
        "() => (document.querySelector('#verify-clause .clause-card h4') || {}).innerText?.includes('10-1.01')",
        timeout=30_000)


def test_document_choice_keeps_the_conversation_and_says_so(page, artifacts_dir):
    ask(page, GRIEF)
    page.locator("#docs label", has_text="Convention Collège Bourget").click()
    page.wait_for_function(
        "() => document.querySelector('#chat').innerText.includes('Les prochaines réponses viendront de')",
        timeout=30_000)
    chat = page.locator("#chat").inner_text()
    assert GRIEF in chat and "« Convention Collège Bourget »" in chat and "Nouvelle conversation" in chat
    answer = ask(page, "Les jours de maladie que je n'ai pas pris, est-ce qu'ils me sont payés ?").inner_text()
    assert "[Convention Collège Bourget, 6-3." in answer
    assert GRIEF in page.locator("#chat").inner_text()
    page.screenshot(path=str(artifacts_dir / "app-rescoped.png"))


def in_viewport(page, selector: str) -> bool:
    box = page.locator(selector).bounding_box()
    return box is not None and box["y"] >= 0 and box["y"] + box["height"] <= 1000


def test_question_box_and_examples_show_without_scrolling(page, artifacts_dir):
    page.screenshot(path=str(artifacts_dir / "app-1400x1000.png"))
    assert page.evaluate("() => window.scrollY") == 0
    assert in_viewport(page, "#question textarea") and in_viewport(page, "#send")
    examples = page.locator(".examples button")
    assert examples.count() >= 4
    for index in range(examples.count()):
        box = examples.nth(index).bounding_box()
        assert box["y"] + box["height"] <= 1000, (index, box)


def test_the_chat_grows_with_the_window(page, browser, page_url):
    """At 1400×1000 the chat is taller than its least 380 px (the examples still show: the test
    above); a taller window gives it more; a phone keeps the least height."""
    assert page.locator("#chat").bounding_box()["height"] >= 440
    for size, least, most in (({"width": 1400, "height": 1300}, 700, 10_000), ({"width": 390, "height": 844}, 370, 400)):
        tab = browser.new_page(viewport=size)
        tab.goto(page_url)
        tab.wait_for_selector("#question textarea", timeout=60_000)
        height = tab.locator("#chat").bounding_box()["height"]
        tab.close()
        assert least <= height <= most, (size, height)


SALARY = "Combien gagne un enseignant à l'échelon 12 au 1er avril 2013 ?"


def test_a_table_row_is_checked_under_its_column_headers(page, artifacts_dir):
    """An amount read from Annexe M: the cited card and the verification view show the row under
    its column headers, the cell read highlighted; the clause's table has its header row."""
    ask(page, SALARY)
    page.wait_for_selector("#cited .clause-card .row-table")
    card = page.locator("#cited .clause-card").first
    headers = card.locator(".row-table th").all_inner_texts()
    assert headers[0].startswith("Échelon") and any("1er avril 2013" in h for h in headers), headers
    assert card.locator(".row-table mark").inner_text().replace("\u00a0", " ") == "60 293 $"
    assert card.locator(".clause-table th").count() >= 7  # the annex's own table, under its header
    assert card.locator(".clause-table mark", has_text="60 293").count() == 1  # the row quoted
    card.get_by_text("Vérifier cette clause").click()
    page.wait_for_selector("#verification .support-table .row-table")
    asked = page.locator("#verification .row-table mark")
    assert asked.inner_text().replace("\u00a0", " ") == "60 293 $"
    assert asked.evaluate("(e) => getComputedStyle(e).backgroundColor") == "rgb(255, 233, 143)"
    # the highlighted cell is in view in its scrolling box (a wide table scrolls to it)
    inside = asked.evaluate("""(e) => { const box = e.closest('.table-box').getBoundingClientRect(),
                                        cell = e.getBoundingClientRect();
                                        return cell.left >= box.left - 1 && cell.right <= box.right + 1; }""")
    assert inside
    page.screenshot(path=str(artifacts_dir / "app-table-row-verify.png"), full_page=True)


HIRED = ("J'ai été engagée comme enseignante au Collège le mardi 24 août 2027. Le Collège doit transmettre "
         "mon dossier au CADRE au plus tard quand ?")
#: Where the verification view's row quoting ``clause`` stands: its highlighted passage's top and bottom,
#: the view's visible box (under its sticky column titles), whether the row is outlined as the clause checked.
ROW_QUOTE = """(clause) => {
  const view = document.querySelector('#verification'), box = view.querySelector(':scope > .html-container');
  const frame = box.getBoundingClientRect(), head = view.querySelector('.support-head').getBoundingClientRect();
  const row = [...view.querySelectorAll('.support-row')].find((r) => r.querySelector('.source').innerText.includes(clause));
  const mark = row.querySelector('mark').getBoundingClientRect();
  return {top: mark.top, bottom: mark.bottom, boxTop: Math.max(frame.top, head.bottom), boxBottom: frame.bottom,
          checked: row.classList.contains('checked')};
}"""


#: Whether a scrolling box says « ▼ Suite plus bas » (page.css .more-below::after), and whether it should:
#: more than a few pixels of it below its visible part.
MORE_BELOW = """(box) => [box.classList.contains('more-below') && getComputedStyle(box, '::after').content.includes('Suite'),
                       box.scrollHeight - box.scrollTop - box.clientHeight > 6]"""


@contextmanager
def sized_tab(browser, page_url, size):
    """A fresh page at ``size`` (width, height), loaded up to its question box; closed after."""
    context = browser.new_context(viewport={"width": size[0], "height": size[1]}, locale="fr-CA")
    tab = context.new_page()
    try:
        tab.goto(page_url)
        tab.wait_for_selector("#question textarea", timeout=60_000)
        yield tab
    finally:
        context.close()


def check_the_long_quote(tab) -> dict:
    """HIRED asked, its 7-1.02 citation opened for checking: where that row's quote stands. The cited
    panel, at its top after the answer, says whether more is below, until scrolled to its end."""
    ask(tab, HIRED)
    tab.wait_for_timeout(500)  # the cited panel settles (page.js scrolls its cards) before the click
    cited = tab.locator("#cited > .html-container")
    said, more = cited.evaluate(MORE_BELOW)
    assert said == more, (said, more)
    if more:  # (at 1280×720 and 390×844: two cards in 470 or 594 px)
        cited.evaluate("(box) => { box.scrollTop = box.scrollHeight; }")
        tab.wait_for_timeout(300)
        assert cited.evaluate(MORE_BELOW) == [False, False]
    card = tab.locator("#cited .clause-card").filter(has=tab.locator("h4", has_text="clause 7-1.02")).first
    card.get_by_text("Vérifier cette clause").click()
    tab.wait_for_function(
        "() => (document.querySelector('#verify-clause .clause-card h4') || {}).innerText?.includes('7-1.02')",
        timeout=30_000)
    tab.wait_for_timeout(600)  # page.js aligns the view on the next frame
    return tab.evaluate(ROW_QUOTE, "7-1.02")


@pytest.mark.parametrize("size", [(1400, 1000), (1280, 720), (390, 844)])
def test_a_long_quote_shows_whole_in_the_verification_view(browser, page_url, artifacts_dir, size):
    """7-1.02's quote (ten lines) was cut at « trente (30) » by the view's fixed 420 px, nothing saying
    more was below: opened for checking, its row is outlined and its whole quote in the view's visible
    box; on a desktop the view ends above the fold, beside the chat; a box with more below says so."""
    width, height = size
    with sized_tab(browser, page_url, size) as tab:
        where = check_the_long_quote(tab)
        tab.screenshot(path=str(artifacts_dir / f"app-long-quote-{width}x{height}.png"), full_page=True)
        assert where["boxTop"] - 1 <= where["top"] and where["bottom"] <= where["boxBottom"] + 1, where
        assert where["checked"], where
        if width >= 1000:  # side by side: the view's bottom and the chat on screen, the page at its top
            tab.evaluate("() => window.scrollTo(0, 0)")
            assert tab.locator("#verification").bounding_box()["y"] + \
                tab.locator("#verification").bounding_box()["height"] <= height
            assert tab.locator("#chat").bounding_box()["y"] < height - 150


PLACEMENT = "17 ans de scolarité et 5 ans d'expérience, combien je gagne au 1er avril 2014 ?"
#: The amounts of a read row's cells cut by its sticky row label (partly under it, partly beside it).
CUT_BY_LABEL = """(box) => {
  const cells = [...box.querySelector('.row-table mark').closest('tr').cells];
  const edge = cells[0].getBoundingClientRect().right;
  return cells.slice(1).filter((c) => { const r = c.getBoundingClientRect(); return r.left < edge - 1 && r.right > edge + 1; })
    .map((c) => c.innerText);
}"""


def test_a_wide_row_scrolls_to_its_cell_by_whole_columns(page, artifacts_dir):
    """The row read for échelon 8 (seven columns, wider than the card at 1400×1000) scrolls sideways to
    the cell read, 1er avril 2014: the sticky échelon label covered the start of 48 454 $, which read
    « 8 454 $ »; now a column is hidden whole or shown whole."""
    ask(page, PLACEMENT)
    page.wait_for_selector("#cited .clause-lead .row-table mark")
    page.wait_for_timeout(600)  # page.js scrolls the table on the next frame
    box = page.locator("#cited .clause-lead .table-box").first
    assert box.evaluate("(b) => b.scrollLeft > 0")  # it had to scroll: the case this test is about
    assert box.evaluate(CUT_BY_LABEL) == []
    inside = box.evaluate("""(b) => { const frame = b.getBoundingClientRect(),
                                     cell = b.querySelector('.row-table mark').getBoundingClientRect();
                                     return cell.right <= frame.right + 1; }""")
    assert inside
    page.screenshot(path=str(artifacts_dir / "app-row-whole-columns.png"), full_page=True)


def test_a_missing_clause_is_said_missing_in_the_cited_panel(page):
    ask(page, "Que dit la clause 99-9.99 ?")
    page.wait_for_function(
        "() => document.querySelector('#cited').innerText.includes('99-9.99')", timeout=30_000)
    cited = page.locator("#cited").inner_text()
    assert "« 99-9.99 » n'existe dans aucun des documents indexés" in cited
    assert "n'a pas trouvé la réponse" not in cited


def test_chat_citations_open_their_clause_even_after_later_answers(page, artifacts_dir):
    first = ask(page, GRIEF)
    grief = first.locator("a[href*='#clause=']", has_text="10-1.0").first
    label = grief.inner_text()
    assert re.match(r"\[Convention Collège Bourget, 10-1\.0\d\]", label), label
    ask(page, "Que dit la clause 5-3.01 ?")
    grief.click()  # a citation of the earlier answer
    page.wait_for_function(
        "(n) => (document.querySelector('#verify-clause .clause-card h4') || {}).innerText?.includes(n)",
        arg=label.strip("[]").split(", ")[-1], timeout=30_000)
    assert page.locator("#verify-clause mark").count() >= 1  # with the earlier answer's quotes
    assert page.get_by_role("tab", name="Vérification").get_attribute("aria-selected") == "true"
    page.screenshot(path=str(artifacts_dir / "app-chat-citation.png"))


def test_a_new_answer_is_shown_from_its_start(page, artifacts_dir):
    ask(page, GRIEF)
    answer = ask(page, "Les jours de maladie que je n'ai pas pris, est-ce qu'ils me sont payés ?")
    page.wait_for_timeout(500)
    box = page.locator("#chat .bubble-wrap").bounding_box()
    question = page.locator("#chat [data-testid='user']").last.bounding_box()
    start = answer.bounding_box()
    assert box["y"] - 2 <= question["y"] <= box["y"] + 40, (box, question)  # the question at the top
    assert start["y"] < box["y"] + box["height"]  # and the start of its answer under it
    page.screenshot(path=str(artifacts_dir / "app-answer-start.png"))


def test_the_question_label_is_escaped_once(page):
    question = "L'enseignante « à temps partiel » a-t-elle droit à la banque de congés de maladie ?"
    ask(page, question)
    label = page.locator("#chat [data-testid='user']").last.get_attribute("aria-label")
    assert question in label, label
    assert "&#x27;" not in label and "&amp;" not in label and "&lt;" not in label
    shown = page.locator("#chat [data-testid='user']").last.inner_text()
    assert question in shown


def test_markdown_tables_and_bold_render_in_the_chat(browser):
    """The chat as the page builds it (web.layout.chat_box) renders an answer's table and bold."""
    import gradio as gr

    from tests.corpus_fixtures import free_port
    from web.chat_text import esc_md
    from web.layout import chat_box

    text = esc_md("**En bref :** **45 000 $**\n\n| Échelon | Salaire |\n|---|---|\n| 1 | 45 000 $ |\n| 2 | <b>x</b> |")
    with gr.Blocks() as demo:
        chat_box([{"role": "user", "content": esc_md("<b>gras</b> & R&amp;D")},
                  {"role": "assistant", "content": text}])
    port = free_port()
    demo.launch(server_name="127.0.0.1", server_port=port, prevent_thread_lock=True, quiet=True, ssr_mode=False)
    try:
        tab = browser.new_page(viewport={"width": 1400, "height": 1000})
        tab.goto(f"http://127.0.0.1:{port}/")
        tab.wait_for_selector("#chat table", timeout=60_000)
        bot = tab.locator("#chat [data-testid='bot']").last
        assert bot.locator("table th").all_inner_texts() == ["Échelon", "Salaire"]
        assert bot.locator("strong", has_text="45 000 $").count() >= 1
        assert bot.locator("b").count() == 0 and "<b>x</b>" in bot.inner_text().replace("\u2060", "")
        user = tab.locator("#chat [data-testid='user']").last
        assert user.inner_text().replace("\u2060", "") == "<b>gras</b> & R&amp;D"
        assert "&lt;" not in user.get_attribute("aria-label")
        tab.close()
    finally:
        demo.close()


def test_feedback_and_browsing(page, artifacts_dir):
    ask(page, GRIEF)
    page.click("#useful")
    page.wait_for_function(
        "() => document.querySelector('#feedback-note').innerText.includes('Merci')", timeout=30_000)

    page.get_by_role("tab", name="Parcourir les clauses").click()
    page.wait_for_selector("#outline a.clause-link")
    outline = page.locator("#outline").inner_text()
    assert "10-1.00" in outline and "Procédure de règlement des griefs" in outline
    page.locator("#outline a.clause-link", has_text="10-1.02").first.click()
    page.wait_for_function(
        "() => (document.querySelector('#browse-clause .clause-card h4') || {}).innerText?.includes('10-1.02')",
        timeout=30_000)
    page.fill("#jump textarea, #jump input", "6-3.04")
    page.keyboard.press("Enter")
    page.wait_for_function(
        "() => (document.querySelector('#browse-clause .clause-card h4') || {}).innerText?.includes('6-3.04')",
        timeout=30_000)
    page.screenshot(path=str(artifacts_dir / "app-browse.png"), full_page=True)


LONG_QUESTION = ("J'ai pris connaissance des faits le 10 novembre 2025, jusqu'à quand pour déposer le grief "
                 "selon la convention collective de mon collège ?")
SALARY_ANSWER = ("**60 293 $** par année — Annexe M, échelon 12, colonne « 1er avril 2013 »\n\nAnnexe M :\n\n"
                 "| Échelons | 1er avril 2010 | 31 décembre 2010 | 1er avril 2011 | 1er avril 2012 | **1er avril 2013** "
                 "| 1er avril 2014 |\n|---|---:|---:|---:|---:|---:|---:|\n"
                 "| **12** | 57 314 $ | 57 945 $ | 58 380 $ | 59 256 $ | **60 293 $** | 61 499 $ |\n\n"
                 + "Note (Annexe M) : il faut lire le taux à compter du 141e jour de travail. " * 12)


@pytest.fixture(scope="module")
def chat_page_url():
    """The chat alone as the page builds it (chat box, chat script, page CSS and theme), with a
    button (#add) that asks LONG_QUESTION and answers SALARY_ANSWER; no assistant behind it."""
    import gradio as gr

    from tests.corpus_fixtures import free_port
    from web.assets import chat_js, page_css
    from web.chat_text import answer_text, esc_md
    from web.layout import chat_box, clickable, theme

    turn = [{"role": "user", "content": esc_md(LONG_QUESTION)}, {"role": "assistant", "content": answer_text(SALARY_ANSWER)}]
    with gr.Blocks() as demo:
        chat = chat_box([])
        clickable("", script=chat_js(), elem_id="chat-links")
        gr.Button("add", elem_id="add").click(lambda history: [*(history or []), *turn], chat, chat)
    port = free_port()
    demo.launch(server_name="127.0.0.1", server_port=port, prevent_thread_lock=True, quiet=True, ssr_mode=False,
                css=page_css(), theme=theme())
    try:
        yield f"http://127.0.0.1:{port}/"
    finally:
        demo.close()


@pytest.fixture
def chat_page(browser, chat_page_url):
    """The chat alone, 860 px wide (the chat about as wide as on the 1400 px page)."""
    tab = browser.new_page(viewport={"width": 860, "height": 800})
    tab.goto(chat_page_url)
    tab.wait_for_selector("#chat .placeholder")
    yield tab
    tab.close()


def add_turn(page, turns: int = 1) -> None:
    for _ in range(turns):
        before = page.locator(BOTS).count()
        page.click("#add")
        page.wait_for_function("(n) => document.querySelectorAll('#chat [data-testid=\"bot\"]').length > n",
                               arg=before, timeout=30_000)
    page.wait_for_timeout(600)


def test_the_empty_chat_invitation_is_off_the_left_edge(chat_page):
    chat = chat_page.locator("#chat").bounding_box()
    text = chat_page.locator("#chat .placeholder p").bounding_box()
    assert text["x"] >= chat["x"] + 8, (chat, text)


def test_a_long_question_is_pinned_under_the_chat_label(chat_page, artifacts_dir):
    add_turn(chat_page, 2)  # the second question is pinned at the top, its answer growing under it
    # on a loaded CI machine the pinning (chat.js, on animation frames) can lag add_turn's 600 ms: wait up to 10 s
    # for the last question to come under the label (it stayed at the chat's bottom twice in the full CI run, never
    # alone nor under CPU load or throttling here: chat.js now finds the chat and the question anew at each change)
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    try:
        chat_page.wait_for_function(
            """() => { const label = document.querySelector("#chat [data-testid='block-label']").getBoundingClientRect();
                     const users = document.querySelectorAll("#chat [data-testid='user']");
                     const top = users[users.length - 1].getBoundingClientRect().top;
                     return top >= label.bottom - 1 && top <= label.bottom + 12; }""", timeout=10_000)
    except PlaywrightTimeout:  # say where things stood: the CI machine is the only one where this was seen
        chat_page.screenshot(path=str(artifacts_dir / "chat-long-question-failed.png"))
        pytest.fail("the last question is not under the label: " + str(chat_page.evaluate(
            """() => { const chat = document.querySelector("#chat"), wrap = chat.querySelector(".bubble-wrap");
                     return {label: chat.querySelector("[data-testid='block-label']").getBoundingClientRect().bottom,
                             messages: [...chat.querySelectorAll("[data-testid='user'], [data-testid='bot']")].map(
                                 (m) => [m.dataset.testid, Math.round(m.getBoundingClientRect().top)]),
                             wrap: wrap && [wrap.scrollTop, wrap.scrollHeight, wrap.clientHeight],
                             follows: window.chatFollows === true}; }""")))
    label = chat_page.locator("#chat [data-testid='block-label']").bounding_box()
    question = chat_page.locator("#chat [data-testid='user']").last
    box = question.bounding_box()
    assert box["height"] > 40  # it wraps: two lines or more
    assert label["y"] + label["height"] <= box["y"] <= label["y"] + label["height"] + 12, (label, box)
    chat_page.screenshot(path=str(artifacts_dir / "chat-long-question.png"))


#: Each cell's words (split at ordinary spaces only: an amount's spaces are non-breaking) and
#: how many line boxes each takes: 1 when no word is broken across lines.
WORD_LINES = """(cell) => {
  const lines = [];
  const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    for (const word of node.data.matchAll(/[^ \\n]+/g)) {
      const range = document.createRange();
      range.setStart(node, word.index);
      range.setEnd(node, word.index + word[0].length);
      lines.push([word[0], new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size]);
    }
  }
  return lines;
}"""


def test_chat_tables_break_no_word_nor_amount_and_highlight_the_asked_cell(chat_page, artifacts_dir):
    add_turn(chat_page)
    table = chat_page.locator("#chat table").last
    table.scroll_into_view_if_needed()
    for cell in table.locator("th, td").all():
        words = cell.evaluate(WORD_LINES)
        assert all(count == 1 for _, count in words), words  # « Éche|lons », « 60 293 / $ » before
    asked = table.locator("td strong", has_text="60")
    assert asked.inner_text().replace("\u00a0", " ") == "60 293 $"
    assert asked.evaluate("(e) => getComputedStyle(e).backgroundColor") == "rgb(255, 233, 143)"
    row_label = table.locator("td strong", has_text="12").first
    assert row_label.evaluate("(e) => getComputedStyle(e).backgroundColor") == "rgba(0, 0, 0, 0)"
    chat_page.screenshot(path=str(artifacts_dir / "chat-table.png"))


def test_the_scroll_button_stays_in_the_chat_right_margin(chat_page):
    add_turn(chat_page, 2)  # two turns: the chat surely overflows, so scrolling up leaves its bottom
    button = chat_page.locator("#chat .scroll-down-button-container")
    wrap = chat_page.locator("#chat .bubble-wrap").bounding_box()
    chat_page.mouse.move(wrap["x"] + wrap["width"] / 2, wrap["y"] + wrap["height"] / 2)
    # scroll up as a reader does, with the wheel: a wheel ends chat.js's pinning of the question (a
    # scrollTop set by script was undone by it while the answer still grew: failed once in CI)
    # under a loaded CI machine the chat may still be settling (fonts, the answer's table): keep
    # wheeling for up to 30 s, not 10 (this wait timed out twice in fresh-clone CI runs, never alone)
    for _ in range(120):
        chat_page.mouse.wheel(0, -2000)
        if button.is_visible():
            break
        chat_page.wait_for_timeout(250)
    button.wait_for(state="visible", timeout=10_000)
    texts = chat_page.locator("#chat [data-testid='user'] p, #chat [data-testid='bot'] p, #chat [data-testid='bot'] table")
    right = max(box["x"] + box["width"] for box in (text.bounding_box() for text in texts.all()))
    assert button.bounding_box()["x"] >= right - 1, (button.bounding_box(), right)


#: Where an element stands against every box that clips it sideways (a scrolling table, the chat's
#: message list) and the window: null when whole in view, else the first box it is out of.
OUT_OF_VIEW = """(e) => {
  const r = e.getBoundingClientRect();
  for (let box = e.parentElement; box; box = box.parentElement) {
    if (getComputedStyle(box).overflowX === 'visible') continue;
    const b = box.getBoundingClientRect();
    if (r.left < b.left - 1 || r.right > b.right + 1)
      return {box: box.className || box.tagName, cell: [r.left, r.right], frame: [b.left, b.right]};
  }
  return r.left >= -1 && r.right <= innerWidth + 1 ? null : {box: 'window', cell: [r.left, r.right]};
}"""
#: Whether a cell's row label (the first cell of its row, stuck to the box's left) leaves it whole.
BESIDE_LABEL = """(e) => { const cell = e.closest('td'), label = cell.closest('tr').cells[0];
  return cell.getBoundingClientRect().left >= label.getBoundingClientRect().right - 1; }"""


def asked_cell_in_view(cell) -> None:
    assert cell.evaluate(OUT_OF_VIEW) is None, cell.evaluate(OUT_OF_VIEW)
    assert cell.evaluate(BESIDE_LABEL)


@pytest.mark.parametrize("size", [(1400, 1000), (1280, 720), (390, 844)])
def test_a_wide_table_shows_its_asked_cell(browser, page_url, artifacts_dir, size):
    """SALARY's amount, 60 293 $ in the column « 1er avril 2013 » of Annexe M (seven columns): the full
    table in the cited card and in the verification view cut it off (it came after the card's right edge,
    the row label visible, the amount not); the chat's small table too on a phone. Each table scrolls
    sideways to the asked cell, its row label kept; the clause's note under the table stays whole."""
    width, height = size
    with sized_tab(browser, page_url, size) as tab:
        ask(tab, SALARY)
        tab.wait_for_selector("#cited .clause-card .clause-table mark")
        tab.wait_for_timeout(1300)  # chat.js and page.js scroll the tables on the next frames (chat: up to 1.2 s)
        asked_cell_in_view(tab.locator(BOTS).last.locator("td strong", has_text="60"))
        card = tab.locator("#cited .clause-card").first
        asked_cell_in_view(card.locator(".clause-table mark", has_text="60 293"))
        note = card.locator(".clause-text > mark").last  # the note under the table: never scrolled sideways
        assert note.evaluate(OUT_OF_VIEW) is None, note.evaluate(OUT_OF_VIEW)
        card.get_by_text("Vérifier cette clause").click()
        tab.wait_for_selector("#verify-clause .clause-table mark")
        tab.wait_for_timeout(800)
        asked_cell_in_view(tab.locator("#verification .row-table mark"))
        checked = tab.locator("#verify-clause .clause-table mark", has_text="60 293")
        asked_cell_in_view(checked)
        # the table's header row stays over the rows in view: the asked row is under it, not under the rows above
        head, row = tab.locator("#verify-clause .clause-table thead").bounding_box(), checked.bounding_box()
        text = tab.locator("#verify-clause .clause-text").bounding_box()
        assert text["y"] - 1 <= head["y"] and head["y"] + head["height"] <= row["y"] + 1, (text, head, row)
        tab.screenshot(path=str(artifacts_dir / f"app-wide-table-{width}x{height}.png"), full_page=True)


@pytest.mark.parametrize("size", [(1400, 1000), (1280, 720), (390, 844)])
def test_the_first_view_shows_the_title_and_the_question_box(browser, page_url, artifacts_dir, size):
    """The page's first load: the cursor in the question box, the page left at its top (Gradio's autofocus
    scrolled it to the box: 337 px at 1280×720, the title and the documents off screen); on a desktop the
    title, the documents and the question box with its buttons all on the first view."""
    width, height = size
    with sized_tab(browser, page_url, size) as tab:
        tab.wait_for_function("() => document.activeElement && document.activeElement.closest('#question')",
                              timeout=10_000)
        tab.wait_for_timeout(300)
        tab.screenshot(path=str(artifacts_dir / f"app-first-view-{width}x{height}.png"))
        assert tab.evaluate("() => window.scrollY") == 0
        shown = ["h1"] if width < 1000 else ["h1", "#docs", "#question textarea", "#send", "#reset"]
        for selector in shown:
            box = tab.locator(selector).first.bounding_box()
            assert box["y"] >= 0 and box["y"] + box["height"] <= height, (selector, box)
