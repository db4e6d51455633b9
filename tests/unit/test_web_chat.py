"""The chat's text and the off-topic check, without an index or a browser.

* :func:`web.chat_text.esc_md` lets no HTML tag or entity through, yet leaves the text
  itself (the chat's accessible label is the message's raw text: no "&lt;", no "&#x27;"),
  and leaves Markdown (bold, tables) to render;
* an answer shows its short answer first, and every cited label is a link opening its clause;
* a quote's line that starts like a list item (« - b) », « 2) ») shows as typed, not as a
  nested list; a table row's amounts keep their spaces unbroken (« 60 293 $ »);
* :mod:`assistant.relevance` flags quotes sharing little with the question, and the
  verification view shows it.
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from assistant.relevance import OFF_TOPIC_FLAG, RelevanceParams, off_topic, topic_overlap
from assistant.types import Answer, Citation
from web.chat_text import NO_BREAK_SPACE, WORD_JOINER, amounts_whole, answer_body, answer_markdown, \
    answer_text, clause_link, esc_md, quotes_verbatim
from assistant.types import Hit
from web.render import render_cited, render_verification
from web.texts import REFUSED, REPHRASE_HINT, SHORT_ANSWER, SUPPORTING_TEXT

LABEL = "[Convention Collège Bourget, 10-1.02]"
QUOTE = "Dans les quarante (40) jours ouvrables de la connaissance des faits donnant naissance au grief"


class Index:
    """What the chat and the verification view ask of the Assistant: a chunk by id."""

    def chunk(self, chunk_id):
        if chunk_id != "bourget:00100:1":
            return None
        return SimpleNamespace(chunk_id=chunk_id, article="10-1.00", article_title="Procédure de règlement des griefs",
                               kind="clause", page=41, doc="bourget", doc_title="Convention Collège Bourget",
                               clause_id="10-1.02")


def grievance_answer(short: str = "", **changes) -> Answer:
    """The grievance answer; ``short`` set as an attribute (``Answer.short`` is newer than this test)."""
    fields = dict(question="J'ai combien de temps pour déposer un grief ?",
                  text=f"Selon la clause 10-1.02 : « {QUOTE}. » {LABEL}",
                  citations=[Citation("bourget", "10-1.02", QUOTE, "bourget:00100:1", "Convention Collège Bourget", LABEL)])
    fields.update(changes)
    answer = Answer(**fields)
    answer.short = short
    return answer


# -- escaping once -------------------------------------------------------------------------------


def test_apostrophes_and_guillemets_stay_as_typed():
    text = "Est-ce que l'enseignante « à temps partiel » y a droit ?"
    assert esc_md(text) == text


def test_no_tag_and_no_entity_gets_through_but_nothing_is_escaped_twice():
    shown = esc_md('<b>gras</b> <script>alert("x")</script> <!-- c --> R&amp;D &#x27; 3 < 4 & 5 > 2')
    assert "<b>" not in shown and "<script" not in shown and "<!--" not in shown
    assert "&amp;" not in shown and "&#x27;" not in shown and "&lt;" not in shown
    assert shown.replace(WORD_JOINER, "") == '<b>gras</b> <script>alert("x")</script> <!-- c --> R&amp;D &#x27; 3 < 4 & 5 > 2'
    assert "3 < 4 & 5 > 2" in shown  # what is not markup is left alone


def test_markdown_bold_and_tables_are_left_to_render():
    table = "| Échelon | Salaire |\n|---|---|\n| 1 | **45 000 $** |"
    assert esc_md(table) == table
    assert esc_md("**quarante (40) jours**") == "**quarante (40) jours**"


#: The Cree part of the sick-days answer (issue 10): the answerer's list of clauses, and in the
#: second item a quote whose second line starts with « - 2) » (shown as a nested « 2. » list).
CREE_ITEMS = ("- Selon la clause 5-10.37 : « - C) Les jours de congé **crédités** sont cumulatifs. » [L1]\n"
              "- Selon la clause 5-10.28 : « - 1) **jusqu'à concurrence de 5 jours ouvrables** : au paiement;\n"
              "- 2) **à compter de l'arrêt du paiement**, le cas échéant : 75 % de son traitement; » [L2]")
BOURGET_SUPPORT = ("« Cette prestation n'est pas imputable à la banque annuelle prévue à la clause 6-3.02 ;\n"
                   "- b) à compter du premier jour suivant le délai de carence. » [L3]")


def html(markdown: str) -> str:
    """``markdown`` rendered as CommonMark (the chat's renderer follows it for lists)."""
    markdown_it = pytest.importorskip("markdown_it")
    return markdown_it.MarkdownIt("commonmark").render(markdown)


def test_a_quoted_line_starting_like_a_list_item_shows_as_typed():
    shown = html(quotes_verbatim(CREE_ITEMS))
    assert shown.count("<li>") == 2 and "<ol" not in shown  # the answerer's two items, no nested « 2. » list
    assert "- 2) <strong>à compter de l'arrêt du paiement</strong>" in shown  # verbatim, bold kept
    assert "<li>" not in html(quotes_verbatim(BOURGET_SUPPORT))
    assert "- b) à compter du premier jour" in html(quotes_verbatim(BOURGET_SUPPORT))
    assert "<li>" in html(BOURGET_SUPPORT)  # what the chat did before


def test_only_lines_inside_a_quote_are_escaped():
    text = "« premier ;\n2. deuxième ;\n# titre\n---\n**gras** » fin\n- une liste\n2) hors citation"
    assert quotes_verbatim(text) == "« premier ;\n2\\. deuxième ;\n\\# titre\n\\---\n**gras** » fin\n- une liste\n2) hors citation"
    nested = "« « 5-2.01 texte ;\n- a) premier » »\n- b) liste"
    assert quotes_verbatim(nested) == "« « 5-2.01 texte ;\n\\- a) premier » »\n- b) liste"
    assert quotes_verbatim("» sans ouverture\n- item") == "» sans ouverture\n- item"


def test_table_amounts_keep_their_spaces_unbroken():
    row = "| **12** | 57 314 $ | **60 293 $** | 23,49 $ | 1er avril 2013 | 75 % |"
    assert amounts_whole(row) == row.replace("57 314 $", "57\u00a0314\u00a0$").replace(
        "60 293 $", "60\u00a0293\u00a0$").replace("23,49 $", "23,49\u00a0$").replace("75 %", "75\u00a0%")
    assert amounts_whole("Le traitement est de 60 293 $ par année.") == "Le traitement est de 60 293 $ par année."
    assert "1er avril 2013" in amounts_whole(row)  # dates keep their ordinary spaces


def test_the_chat_shows_answers_through_answer_text():
    table = "Annexe M :\n\n| Échelons | 1er avril 2013 |\n|---|---:|\n| **12** | **60 293 $** |"
    answer = grievance_answer(text=f"{table}\n\n{BOURGET_SUPPORT.replace('[L3]', LABEL)}")
    body = answer_body(answer)
    assert body == answer_text(answer.text) and f"60{NO_BREAK_SPACE}293{NO_BREAK_SPACE}$" in body
    assert "\\- b) à compter" in answer_markdown(Index(), answer)


def test_clause_link_keeps_the_label_and_names_the_chunk():
    assert clause_link(LABEL, "bourget:00100:1") == r"[\[Convention Collège Bourget, 10-1.02\]](#clause=bourget:00100:1)"


# -- the answer in the chat ------------------------------------------------------------------------


def test_every_cited_label_opens_its_clause():
    text = answer_markdown(Index(), grievance_answer())
    link = clause_link(LABEL, "bourget:00100:1")
    body, listed = text.split("**Clauses citées**")
    assert body.count(link) == 1 and LABEL not in body.replace(link, "")  # the label in the text
    assert listed.strip() == f"1. {link} — 10-1.00 Procédure de règlement des griefs, p. 41"


def test_the_short_answer_comes_first():
    short = "« Dans les **quarante (40) jours ouvrables** de la connaissance des faits » " + LABEL
    text = answer_body(grievance_answer(short=short))
    assert text.startswith(f"{SHORT_ANSWER}\n\n« Dans les **quarante (40) jours ouvrables**")
    assert text.index(SUPPORTING_TEXT) > text.index("quarante") and text.endswith(LABEL)


def test_a_text_that_leads_with_its_short_answer_is_not_repeated():
    short = "« Dans les **quarante (40) jours ouvrables** » " + LABEL
    answer = grievance_answer(short=short, text=f"{SHORT_ANSWER}\n\n{short}\n\n{SUPPORTING_TEXT}\n\n« {QUOTE} » {LABEL}")
    assert answer_body(answer) == esc_md(answer.text)
    per_agreement = f"Les conventions diffèrent :\n\n▸ Convention Collège Bourget :\n{SHORT_ANSWER}\n\n{short}"
    assert answer_body(grievance_answer(short=short, text=per_agreement)) == per_agreement
    answer = grievance_answer(short=short, text=f"{short}\n\n« {QUOTE} » {LABEL}")
    assert answer_body(answer) == f"{SHORT_ANSWER}\n\n{answer.text}"


def test_without_a_short_answer_the_text_is_shown():
    answer = grievance_answer()
    assert answer_body(answer) == answer.text


def test_a_plain_no_offers_no_closest_passage_and_no_hint():
    hits = [Hit(SimpleNamespace(chunk_id="cris:00007:1", doc="cris", doc_title="Accord cri", clause_id="7-2.01"), 1.0)]
    weak = grievance_answer(text="Je ne trouve pas cette information.", citations=[], abstained=True, hits=hits)
    assert answer_markdown(Index(), weak).endswith(REPHRASE_HINT) and "7-2.01" in render_cited(Index(), weak)
    weak.kind = REFUSED
    no = "La clause 42-7.77 n'existe dans aucun des documents indexés."
    weak.text = no
    assert answer_markdown(Index(), weak) == no and "7-2.01" not in render_cited(Index(), weak)


def test_a_refusal_citing_clauses_shows_them_to_verify_and_a_bare_one_says_there_is_nothing():
    cited = grievance_answer(abstained=True)  # « no scale here », quoting the agreement's definition that says where
    assert render_verification(Index(), cited) == render_verification(Index(), grievance_answer())
    bare = grievance_answer(text="Je ne trouve pas cette information.", citations=[], abstained=True)
    assert "aucune phrase à vérifier" in render_verification(Index(), bare)


# -- off-topic quotes ------------------------------------------------------------------------------------


def test_topic_overlap_counts_the_question_words_found_in_the_quotes():
    overlap = topic_overlap("Le Collège doit-il me fournir une place de garderie ?",
                            ["L'Association a droit à un local pour ses réunions."])
    assert overlap.shared == frozenset() and overlap.share == 0.0 and len(overlap.question_words) >= 2
    assert topic_overlap("Combien de jours pour un grief ?", [QUOTE]).share >= 0.5


def test_off_topic_answers_are_flagged_and_the_verification_view_says_so():
    daycare = grievance_answer(question="Le Collège doit-il me fournir une place de garderie ?")
    assert off_topic(daycare) and not off_topic(grievance_answer())
    assert not off_topic(daycare, RelevanceParams(min_share=0.0))
    assert not off_topic(grievance_answer(question="Garderie ?"))  # one content word: too little to judge
    assert not off_topic(grievance_answer(question="Garderie fournie ?", abstained=True, citations=[]))
    assert OFF_TOPIC_FLAG.startswith("Hors sujet ?")
    assert "Hors sujet ?" in render_verification(Index(), daycare)
    assert "Hors sujet ?" not in render_verification(Index(), grievance_answer())


def test_streaming_takes_a_bounded_number_of_steps():
    from web.chat_text import STREAM_STEPS, word_groups

    long = " ".join(f"mot{i}" for i in range(300))
    steps = list(word_groups(long))
    assert len(steps) <= STREAM_STEPS and steps[-1] == long
    assert list(word_groups("a b c d e f g")) == ["a b c d", "a b c d e f g"]  # short texts: 4 words a step
