"""Grounding of model replies and the LLM answerer, on a three-clause inline corpus.

The chat model is a LangChain fake passed to LLMAnswerer exactly where the real
ChatOpenAI goes; no test here starts a server or reaches the network.
"""

from __future__ import annotations

import socket

import pytest
from langchain_core.language_models.fake_chat_models import FakeListChatModel

from assistant.answer import NOT_FOUND, ExtractiveAnswerer
from assistant.config import AssistantSettings
from assistant.grounding import ground, is_not_found, numbers_in, reply_sentences
from assistant.llm import UNAVAILABLE_FLAG, UNGROUNDED_FLAG, LLMAnswerer, chat_model, llm_answerer
from assistant.types import Hit
from common.errors import AssistantError
from ingest.types import Chunk

GRIEF = (
    "Dans les quarante (40) jours ouvrables de la connaissance des faits donnant naissance au grief, "
    "l'Association soumet le grief au Collège par écrit, sous pli recommandé, par poste certifiée, "
    "par remise de main à main ou par huissier.\n\n"
    "L'avis de grief doit contenir les faits qui sont à son origine, l'information disponible "
    "nécessaire à sa compréhension et, à titre indicatif, les articles ou clauses impliqués et le correctif requis."
)
MALADIE = (
    "La banque annuelle de congés de maladie de dix (10) jours ouvrables d'absences, prévue à la "
    "clause 6-3.02, est monnayable, le ou vers le 30 juin de chaque année, à raison de soixante pour "
    "cent (60 %) de l'échelle de traitement applicable lorsqu'un ou ces jours sont non utilisés."
)
CRT = "Le comité de relations du travail (CRT) se réunit dans les quinze (15) jours ouvrables suivant la soumission du grief pour tenter de le régler."

GRIEF_LABEL = "[Convention Collège Bourget, 10-1.02]"
MALADIE_LABEL = "[Convention Collège Bourget, 6-3.04]"
QUESTION = "Quel est le délai pour déposer un grief ?"


def make_chunk(ordinal: int, clause_id: str, text: str, heading: str) -> Chunk:
    return Chunk(
        chunk_id=f"bourget:{ordinal:05d}:1", doc="bourget", clause_id=clause_id, kind="clause", text=text,
        indexed_text=f"{heading}\n{text}", doc_title="Convention Collège Bourget", ordinal=ordinal,
    )


CHUNKS = [
    make_chunk(1, "10-1.02", GRIEF, "10-1.00 Procédure de règlement des griefs"),
    make_chunk(2, "6-3.04", MALADIE, "6-3.00 Congés de maladie"),
    make_chunk(3, "10-1.03", CRT, "10-1.00 Procédure de règlement des griefs"),
]


@pytest.fixture
def hits() -> list[Hit]:
    return [Hit(chunk, score=1.0 / (rank + 1), similarity=0.9) for rank, chunk in enumerate(CHUNKS[:2])]


def passage(hits: list[Hit], chunk_id: str) -> str:
    return next(h.chunk.text for h in hits if h.chunk.chunk_id == chunk_id)


def assert_quotes_verbatim(answer, hits) -> None:
    for citation in answer.citations:
        assert citation.quote in passage(hits, citation.chunk_id)
    for support in answer.support:
        if support.chunk_id is not None:
            assert support.quote in passage(hits, support.chunk_id)


# -- ground() -----------------------------------------------------------------------


def test_good_answer_passes_with_verbatim_quotes(hits):
    reply = (
        f"L'Association soumet le grief « dans les quarante (40) jours ouvrables de la connaissance des faits » {GRIEF_LABEL}. "
        f"Les jours de maladie non utilisés sont payés à 60 % de l'échelle de traitement {MALADIE_LABEL}."
    )
    answer = ground(reply, QUESTION, hits)
    assert answer.flags == []
    assert answer.text == reply
    assert not answer.abstained and answer.answerer == "llm"
    assert [(c.doc, c.clause) for c in answer.citations] == [("bourget", "10-1.02"), ("bourget", "6-3.04")]
    assert answer.citations[0].quote.startswith("Dans les quarante (40) jours ouvrables")
    assert answer.citations[1].label == MALADIE_LABEL
    assert [s.chunk_id for s in answer.support] == ["bourget:00001:1", "bourget:00002:1"]
    assert_quotes_verbatim(answer, hits)


def test_invented_clause_label_is_removed_and_flagged(hits):
    reply = (f"Le grief est soumis par écrit {GRIEF_LABEL}. "
             "L'arbitre est nommé par le ministre [Convention Collège Bourget, 99-9.99].")
    answer = ground(reply, QUESTION, hits)
    assert "clause 99-9.99 citée mais absente des passages" in answer.flags
    assert "99-9.99" not in answer.text
    assert all(c.clause != "99-9.99" for c in answer.citations)
    # The sentence stays, uncited: nothing in the passages says it.
    assert answer.support[-1].chunk_id is None


def test_non_verbatim_quote_drops_the_sentence(hits):
    reply = (f"Le grief doit être soumis « dans les trente jours suivant les faits » {GRIEF_LABEL}. "
             f"Il est soumis par écrit {GRIEF_LABEL}.")
    answer = ground(reply, QUESTION, hits)
    assert "trente" not in answer.text
    assert answer.text == f"Il est soumis par écrit {GRIEF_LABEL}."
    assert any("introuvable telle quelle" in flag and "trente" in flag for flag in answer.flags)
    assert_quotes_verbatim(answer, hits)


def test_quote_from_another_passage_than_the_cited_one_is_caught(hits):
    answer = ground(f"« La banque annuelle de congés de maladie » est monnayable {GRIEF_LABEL}.", QUESTION, hits)
    assert answer.text == "" and answer.citations == []
    assert any("introuvable telle quelle dans le passage cité" in flag for flag in answer.flags)


def test_quote_with_ellipsis_and_other_spacing_is_verbatim(hits):
    reply = f"« Dans les  quarante (40) jours […] l'Association soumet le grief au Collège par écrit » {GRIEF_LABEL}."
    answer = ground(reply, QUESTION, hits)
    assert answer.flags == []
    assert len(answer.citations) == 1


def test_invented_number_drops_the_sentence(hits):
    reply = (f"Le délai est de 30 jours ouvrables {GRIEF_LABEL}. "
             f"Le grief est soumis par écrit {GRIEF_LABEL}.")
    answer = ground(reply, QUESTION, hits)
    assert "30" not in answer.text
    assert any(flag.startswith("nombre 30 absent des passages cités") for flag in answer.flags)
    assert answer.text == f"Le grief est soumis par écrit {GRIEF_LABEL}."


def test_numbers_of_the_cited_passage_pass(hits):
    reply = f"Les jours non utilisés sont payés le 30 juin à 60 % {MALADIE_LABEL}."
    answer = ground(reply, "congés de maladie non utilisés", hits)
    assert answer.flags == []


def test_uncited_number_is_checked_against_all_passages(hits):
    answer = ground("Le délai est de 40 jours. Le délai est de 45 jours.", QUESTION, hits)
    assert answer.text == "Le délai est de 40 jours."
    assert any(flag.startswith("nombre 45 absent des passages") for flag in answer.flags)
    assert answer.citations == []


def test_bare_clause_number_not_in_the_passages_is_caught(hits):
    reply = (f"Le grief est soumis par écrit {GRIEF_LABEL}. Voir aussi la clause 12-3.45. "
             f"La banque est prévue à la clause 6-3.02 {MALADIE_LABEL}.")
    answer = ground(reply, QUESTION, hits)
    assert "12-3.45" not in answer.text
    assert any("clause 12-3.45 mentionnée mais absente des passages" in flag for flag in answer.flags)
    assert "6-3.02" in answer.text  # named in the text of 6-3.04


def test_loose_labels_are_resolved_and_written_exactly(hits):
    reply = "Le grief est soumis par écrit [10-1.02]. Les jours sont monnayables [2]. Le grief se règle [clause 10-1.02]."
    answer = ground(reply, QUESTION, hits)
    assert answer.flags == []
    assert answer.text == (f"Le grief est soumis par écrit {GRIEF_LABEL}. Les jours sont monnayables {MALADIE_LABEL}. "
                           f"Le grief se règle {GRIEF_LABEL}.")


def test_label_of_a_clause_not_retrieved_is_invented_even_if_real(hits):
    answer = ground("Le CRT se réunit [Convention Collège Bourget, 10-1.03].", QUESTION, hits)
    assert answer.flags[0] == "clause 10-1.03 citée mais absente des passages"
    assert answer.citations == []


def test_label_on_its_own_line_belongs_to_the_sentence_before(hits):
    answer = ground(f"Le grief est soumis par écrit.\n{GRIEF_LABEL}", QUESTION, hits)
    assert answer.text == f"Le grief est soumis par écrit. {GRIEF_LABEL}"
    assert [c.clause for c in answer.citations] == ["10-1.02"]


def test_unsupported_sentence_is_marked(hits):
    answer = ground(f"Le grief est soumis par écrit {GRIEF_LABEL}. Consultez votre syndicat régional.", QUESTION, hits)
    assert answer.support[0].chunk_id == "bourget:00001:1"
    assert answer.support[1].chunk_id is None and answer.support[1].quote is None


def test_not_found_reply_is_an_abstention(hits):
    for reply in ("NOT_FOUND", NOT_FOUND, f"  {NOT_FOUND}\n"):
        answer = ground(reply, QUESTION, hits)
        assert answer.abstained
        assert answer.citations == []
        assert answer.text.startswith(NOT_FOUND)


def test_helpers():
    assert numbers_in("60 %, 1 000 $, 1,5 jour, le 1^{er} juillet 2014") == {"60", "1000", "1.5", "1", "2014"}
    assert is_not_found("Je ne trouve pas cette information.")
    assert not is_not_found("Je ne trouve pas de délai plus court que 40 jours [1].")
    sentences = reply_sentences("Selon « A. B. » [X, 1-1.01]. Puis 2.\n- Enfin [Y, 2-2.02]")
    assert [s.text for s in sentences] == ["Selon « A. B. » [X, 1-1.01].", "Puis 2.", "Enfin [Y, 2-2.02]"]
    assert sentences[2].prefix == "- "


# -- LLMAnswerer with a fake chat model ------------------------------------------------


def answerer_with(*replies: str) -> LLMAnswerer:
    return LLMAnswerer(FakeListChatModel(responses=list(replies)), ExtractiveAnswerer.from_chunks(CHUNKS))


def test_llm_answer_is_grounded(hits):
    answerer = answerer_with(f"Dans les quarante (40) jours ouvrables de la connaissance des faits {GRIEF_LABEL}.")
    answer = answerer.answer(QUESTION, hits)
    assert answer.answerer == "llm"
    assert [c.clause for c in answer.citations] == ["10-1.02"]
    assert answer.hits == hits
    assert_quotes_verbatim(answer, hits)


def test_nothing_grounded_falls_back_to_the_extractive_answer(hits):
    answerer = answerer_with("Le délai est de 90 jours [Convention Collège Bourget, 99-9.99].")
    answer = answerer.answer(QUESTION, hits)
    assert answer.answerer == "llm→extractive"
    assert "clause 99-9.99 citée mais absente des passages" in answer.flags
    assert any(flag.startswith("nombre 90") for flag in answer.flags)
    assert UNGROUNDED_FLAG in answer.flags
    assert "quarante (40) jours" in answer.text and "90" not in answer.text
    assert answer.citations and answer.citations[0].clause == "10-1.02"
    assert_quotes_verbatim(answer, hits)


def test_llm_not_found_abstains(hits):
    answer = answerer_with(NOT_FOUND).answer(QUESTION, hits)
    assert answer.abstained and answer.answerer == "llm"


def test_no_hits_abstains_without_asking_the_model():
    answerer = answerer_with()  # an empty fake would fail if asked
    assert answerer.answer(QUESTION, []).abstained


def test_prompt_has_labelled_passages_cut_to_size(hits):
    long_chunk = make_chunk(9, "5-1.01", "mot " * 1000, "5-1.00")
    answerer = answerer_with("x")
    system, human = answerer.messages(QUESTION, [*hits, *[Hit(long_chunk, 0.1)] * 5], context_question="grief")
    assert "UNIQUEMENT" in system.content and NOT_FOUND in system.content
    assert f"Passage 1 {GRIEF_LABEL}" in human.content and f"Passage 2 {MALADIE_LABEL}" in human.content
    assert "Passage 5 " in human.content and "Passage 6 " not in human.content
    assert len(human.content) < 5 * 1300 + 1000
    assert human.content.rstrip().endswith(":") and QUESTION in human.content and "grief" in human.content


def test_stream_yields_the_raw_reply(hits):
    reply = f"Par écrit {GRIEF_LABEL}."
    answerer = answerer_with(reply)
    pieces = list(answerer.stream(QUESTION, hits))
    assert "".join(pieces) == reply
    assert answerer.answer_from_reply(QUESTION, hits, "".join(pieces)).citations[0].clause == "10-1.02"


class FailingChatModel(FakeListChatModel):
    """A chat model whose server is down."""

    def _call(self, *args, **kwargs):
        raise ConnectionError("Connection refused")


def test_llm_error_falls_back_with_a_flag(hits):
    answerer = LLMAnswerer(FailingChatModel(responses=[]), ExtractiveAnswerer.from_chunks(CHUNKS))
    answer = answerer.answer(QUESTION, hits)
    assert answer.answerer == "llm→extractive"
    assert answer.flags == [UNAVAILABLE_FLAG]
    assert answer.citations[0].clause == "10-1.02"


# -- llm_answerer(): configuration -----------------------------------------------------


class StandInIndex:
    chunks = CHUNKS


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_openai_server_down_falls_back(hits):
    settings = AssistantSettings(answerer="openai", llm_url=f"http://127.0.0.1:{closed_port()}/v1", llm_model="gemma")
    answerer = llm_answerer(settings, StandInIndex())
    assert type(answerer.chat_model).__name__ == "ChatOpenAI"
    answer = answerer.answer(QUESTION, hits)
    assert answer.answerer == "llm→extractive" and UNAVAILABLE_FLAG in answer.flags


def test_ollama_uses_its_openai_compatible_endpoint_by_default():
    model = chat_model(AssistantSettings(answerer="ollama", llm_model="llama3.2"))
    base_url = str(getattr(model, "openai_api_base", None) or getattr(model, "base_url", ""))
    assert "11434" in base_url


@pytest.mark.parametrize("name", ["gpt", "", "extractive"])
def test_unknown_answerer_is_refused(name):
    with pytest.raises(AssistantError, match="openai"):
        llm_answerer(AssistantSettings(answerer=name), StandInIndex())


def test_rules_go_in_the_user_turn_for_models_without_a_system_role(hits):
    gemma = llm_answerer(AssistantSettings(answerer="openai", llm_url="http://127.0.0.1:1/v1", llm_model="gemma-3-270m"),
                         StandInIndex())
    (human,) = gemma.messages(QUESTION, hits)
    assert human.type == "human" and human.content.startswith("Tu es un assistant") and GRIEF_LABEL in human.content
    other = llm_answerer(AssistantSettings(answerer="openai", llm_url="http://127.0.0.1:1/v1", llm_model="qwen"), StandInIndex())
    assert [m.type for m in other.messages(QUESTION, hits)] == ["system", "human"]


def test_openai_request_carries_max_tokens():
    """llama_cpp.server reads "max_tokens", not ChatOpenAI's "max_completion_tokens"."""
    model = chat_model(AssistantSettings(answerer="openai", llm_url="http://127.0.0.1:1/v1"), max_tokens=123)
    payload = model._get_request_payload([("human", "Bonjour")])
    assert payload["extra_body"] == {"max_tokens": 123} or payload.get("max_tokens") == 123


def test_echoed_instructions_are_removed_before_grounding(hits):
    """A tiny model repeating the rules must not pass their example label off as a citation."""
    answerer = answerer_with("x")
    rules = answerer.messages(QUESTION, hits)[0].content
    echo = f"{rules}\n\nPassage 2 [\nLe grief est soumis par écrit {GRIEF_LABEL}."
    answer = answerer.answer_from_reply(QUESTION, hits, echo)
    assert answer.answerer == "llm"
    assert answer.text == f"Le grief est soumis par écrit {GRIEF_LABEL}."
    assert answer.flags[0].startswith("la réponse du modèle recopiait les consignes")
    only_echo = answerer.answer_from_reply(QUESTION, hits, rules)
    assert only_echo.answerer == "llm→extractive"


def test_copying_a_passage_line_is_not_an_echo(hits):
    answerer = answerer_with("x")
    reply, echoed = answerer.strip_echo(f"« {GRIEF.splitlines()[0]} » {GRIEF_LABEL}\n{CHUNKS[1].text}", QUESTION, hits)
    assert echoed == 0


def test_echo_of_the_not_found_rule_is_not_an_abstention(hits):
    answerer = answerer_with("x")
    rules = answerer.messages(QUESTION, hits)[0].content
    answer = answerer.answer_from_reply(QUESTION, hits, f"{rules}\nLe grief est soumis par écrit {GRIEF_LABEL}.")
    assert not answer.abstained and answer.answerer == "llm"
    assert answerer.answer_from_reply(QUESTION, hits, f"{NOT_FOUND}\n").abstained
