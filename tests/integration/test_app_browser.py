"""The page in a real browser (headless Chromium) on the real index.

A teacher asks a gold question, the answer cites the grievance clause of the Bourget
convention; a union representative opens the citation and checks it in the
verification view. The screenshot is saved to test-artifacts/app-answer.png.
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
    context = browser.new_context(viewport={"width": 1440, "height": 1000}, locale="fr-CA")
    tab = context.new_page()
    errors: list[str] = []
    tab.on("pageerror", lambda exc: errors.append(str(exc)))
    tab.goto(page_url)
    tab.wait_for_selector("#question textarea", timeout=60_000)
    yield tab
    context.close()
    assert not errors, f"JavaScript errors on the page: {errors}"


def ask(page, question: str):
    """Type a question, send it, and return the chat's last answer once it is complete."""
    page.fill("#question textarea", question)
    page.click("#send")
    page.wait_for_function(
        "() => { const bots = document.querySelectorAll('#chat .bot, #chat [data-testid=\"bot\"]');"
        " if (!bots.length) return false; const t = bots[bots.length - 1].innerText;"
        " return t.includes('Clauses citées') || t.includes('Je ne trouve pas') || t.includes('erreur'); }",
        timeout=120_000,
    )
    return page.locator("#chat .bot, #chat [data-testid='bot']").last


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


def test_document_choice_starts_a_new_conversation(page):
    ask(page, GRIEF)
    page.locator("#docs label", has_text="Convention Collège Bourget").click()
    page.wait_for_function(
        "() => document.querySelector('#chat').innerText.includes('Nouvelle conversation')", timeout=30_000)
    chat = page.locator("#chat").inner_text()
    assert GRIEF not in chat and "Convention Collège Bourget" in chat
    answer = ask(page, "Les jours de maladie que je n'ai pas pris, est-ce qu'ils me sont payés ?").inner_text()
    assert "[Convention Collège Bourget, 6-3." in answer


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
