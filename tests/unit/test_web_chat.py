"""The chat's text and the off-topic check, without an index or a browser.

* :func:`web.chat_text.esc_md` lets no HTML tag or entity through, yet leaves the text
  itself (the chat's accessible label is the message's raw text: no "&lt;", no "&#x27;"),
  and leaves Markdown (bold, tables) to render;
* an answer shows its short answer first, and every cited label is a link opening its clause;
* :mod:`assistant.relevance` flags quotes sharing little with the question, and the
  verification view shows it.
"""

from __future__ import annotations

from types import SimpleNamespace

from assistant.relevance import OFF_TOPIC_FLAG, RelevanceParams, off_topic, topic_overlap
from assistant.types import Answer, Citation
from web.chat_text import WORD_JOINER, answer_body, answer_markdown, clause_link, esc_md
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
