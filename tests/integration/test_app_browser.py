"""The page in a real browser (headless Chromium) on the real index.

A teacher asks a gold question, the answer cites the grievance clause of the Bourget
convention; a union representative opens the citation and checks it in the
verification view. The screenshot is saved to test-artifacts/app-answer.png.

At 1400×1000 the question box and the examples show without scrolling; a citation in
the chat (even an earlier answer's) opens its clause on the right; a new answer is shown
from its start; ticking an agreement keeps the conversation and says so; a question's
accessible label is the question as typed (escaped once); a Markdown table renders.
"""

from __future__ import annotations

import re

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
