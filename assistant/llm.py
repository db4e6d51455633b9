"""The language-model answerer: a chat model writes the answer, grounding checks it.

:class:`LLMAnswerer` takes any LangChain chat model (``BaseChatModel``): an
OpenAI-compatible server (``llama_cpp.server`` serving a local GGUF, vLLM, OpenAI...),
Ollama, or a fake in tests. The model sees the top passages, each with its label
``[Convention Collège Bourget, 10-1.02]``; its reply goes through
:func:`assistant.grounding.ground`, and when nothing grounded remains, or when the model
cannot be reached, the extractive answer is given instead (``answerer="llm→extractive"``),
with flags saying why. Answering never raises because of the model.

:func:`llm_answerer` builds one from :class:`~assistant.config.AssistantSettings`.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from typing import TYPE_CHECKING, Iterator, Sequence

from common.errors import AssistantError

from .answer import NOT_FOUND, Answerer, ExtractiveAnswerer, abstention, citation_label
from .config import ANSWERERS, AssistantSettings
from .grounding import ground, is_not_found, normalise
from .types import Answer, Hit

if TYPE_CHECKING:
    from langchain_core.language_models import BaseChatModel
    from langchain_core.messages import BaseMessage

    from ingest.index import Index

log = logging.getLogger(__name__)

OLLAMA_URL = "http://127.0.0.1:11434/v1"
FALLBACK = "llm→extractive"
UNAVAILABLE_FLAG = "LLM indisponible : réponse extractive"
UNGROUNDED_FLAG = "aucune phrase de la réponse du modèle n'est appuyée par une clause citée : réponse extractive"

SYSTEM_PROMPT = f"""Tu es un assistant qui répond aux questions des enseignantes et enseignants du Québec sur leurs conventions collectives.
Règles :
1. Réponds UNIQUEMENT à partir des passages numérotés fournis, jamais de mémoire.
2. Réponds en français, en une à trois phrases courtes.
3. Termine chaque phrase par l'étiquette du passage qui l'appuie, recopiée exactement telle qu'elle est donnée, par exemple [Convention Collège Bourget, 10-1.02].
4. Quand tu cites un passage, recopie ses mots exactement, entre « ».
5. N'écris aucun nombre, aucune date ni aucun numéro de clause qui ne figure pas dans les passages.
6. Si les passages ne répondent pas à la question, réponds exactement : {NOT_FOUND}"""


class LLMError(AssistantError):
    """The language model could not be reached or failed (only :meth:`LLMAnswerer.stream` raises it)."""


class LLMAnswerer(Answerer):
    """Asks a chat model for a cited answer and keeps only what the passages support.

    ``fallback`` (the extractive answerer) answers when the model fails or writes nothing
    grounded. ``max_passages`` passages are shown, each cut to ``passage_chars``.
    ``system_role=False`` puts the rules at the top of the user message instead of in a
    system message, for models without a system role (Gemma: llama.cpp's ``gemma``
    chat format drops system messages).
    """

    name = "llm"

    def __init__(self, chat_model: "BaseChatModel", fallback: Answerer, max_passages: int = 5,
                 passage_chars: int = 1200, system_role: bool = True):
        self.chat_model = chat_model
        self.fallback = fallback
        self.max_passages = max_passages
        self.passage_chars = passage_chars
        self.system_role = system_role

    # -- prompt ------------------------------------------------------------------------

    def passages(self, hits: Sequence[Hit]) -> list[Hit]:
        """The hits shown to the model."""
        return list(hits[: self.max_passages])

    def messages(self, question: str, hits: Sequence[Hit], context_question: str = "") -> list["BaseMessage"]:
        """The system rules, then the numbered, labelled passages and the question."""
        from langchain_core.messages import HumanMessage, SystemMessage

        blocks = []
        for number, hit in enumerate(self.passages(hits), start=1):
            text = hit.chunk.text
            if len(text) > self.passage_chars:
                text = text[: self.passage_chars].rsplit(" ", 1)[0] + " […]"
            blocks.append(f"Passage {number} {citation_label(hit.chunk)}\n{text}")
        parts = ["Passages :", "\n\n".join(blocks)]
        if context_question:
            parts.append(f"Question précédente (contexte) : {context_question}")
        parts.append(f"Question : {question}")
        parts.append("Réponse (courte, en français, chaque phrase suivie de son étiquette) :")
        if not self.system_role:
            return [HumanMessage("\n\n".join([SYSTEM_PROMPT, *parts]))]
        return [SystemMessage(SYSTEM_PROMPT), HumanMessage("\n\n".join(parts))]

    # -- answering ---------------------------------------------------------------------

    def answer(self, question: str, hits: Sequence[Hit], context_question: str = "") -> Answer:
        hits = list(hits)
        if not hits:
            return abstention(question, hits)
        try:
            reply = self.chat_model.invoke(self.messages(question, hits, context_question))
        except Exception as error:  # any failure of the model must leave the teacher an answer
            log.warning("language model failed (%s: %s): extractive answer instead", type(error).__name__, error)
            return self._fallback(question, hits, context_question, [UNAVAILABLE_FLAG])
        return self.answer_from_reply(question, hits, _reply_text(reply), context_question)

    def answer_from_reply(self, question: str, hits: Sequence[Hit], reply: str, context_question: str = "") -> Answer:
        """Ground a reply the model wrote for these hits (e.g. after :meth:`stream`)."""
        hits = list(hits)
        log.debug("model reply: %r", reply)
        reply, echoed = self.strip_echo(reply, question, hits, context_question)
        answer = ground(reply, question, self.passages(hits))
        answer.hits = hits
        if echoed:
            answer.flags.insert(0, f"la réponse du modèle recopiait les consignes : {echoed} ligne(s) retirée(s)")
        if answer.abstained or answer.citations:
            return answer
        return self._fallback(question, hits, context_question, [*answer.flags, UNGROUNDED_FLAG])

    def strip_echo(self, reply: str, question: str, hits: Sequence[Hit], context_question: str = "") -> tuple[str, int]:
        """The reply without the lines that copy the prompt's instructions; how many were removed.

        Small models often repeat the rules or the "Passage 2 [...]" headers (a label in
        the rules would then pass for a citation). Lines copied from a passage's own text
        stay: quoting the passages is what the model should do.
        """
        passage_lines = {normalise(line).casefold() for hit in self.passages(hits) for line in hit.chunk.text.splitlines()}
        instruction_lines = [
            line for message in self.messages(question, hits, context_question)
            for line in (normalise(l).casefold() for l in str(message.content).splitlines())
            if line and line not in passage_lines
        ]
        kept, echoed = [], 0
        for line in reply.splitlines():
            wanted = normalise(line).casefold()
            says_not_found = is_not_found(line) and len(wanted) <= len(NOT_FOUND) + 12  # not the rule itself
            if len(wanted) >= 8 and not says_not_found and any(wanted in instruction for instruction in instruction_lines):
                echoed += 1
            else:
                kept.append(line)
        return "\n".join(kept), echoed

    def stream(self, question: str, hits: Sequence[Hit], context_question: str = "") -> Iterator[str]:
        """The model's raw reply, piece by piece, NOT yet grounded.

        Show it as a draft only, then replace it with
        ``answer_from_reply(question, hits, "".join(pieces))``. Raises LLMError when the
        model fails; :meth:`answer` is the path that never raises.
        """
        try:
            for piece in self.chat_model.stream(self.messages(question, hits, context_question)):
                text = _reply_text(piece)
                if text:
                    yield text
        except Exception as error:
            raise LLMError(f"the language model failed: {type(error).__name__}: {error}") from error

    def _fallback(self, question: str, hits: Sequence[Hit], context_question: str, flags: list[str]) -> Answer:
        answer = self.fallback.answer(question, hits, context_question=context_question)
        return replace(answer, answerer=FALLBACK, flags=[*answer.flags, *flags])


def _reply_text(message) -> str:
    """Text of a chat model's message (its content may be a list of blocks)."""
    content = getattr(message, "content", message)
    if isinstance(content, str):
        return content
    return "".join(block if isinstance(block, str) else str(block.get("text", "")) for block in content or ())


# -- configuration ---------------------------------------------------------------------


def chat_model(settings: AssistantSettings, max_tokens: int = 400, timeout: float = 60.0) -> "BaseChatModel":
    """The chat model ``settings.answerer`` names; raises AssistantError for any other name.

    "openai": any OpenAI-compatible server at ``settings.llm_url`` (a local GGUF served by
    ``python -m llama_cpp.server --model model.gguf`` is one). "ollama": langchain_ollama
    when installed, else Ollama's OpenAI-compatible endpoint (default ``OLLAMA_URL``).
    ``timeout``: seconds to wait for a reply; the call is never retried.
    """
    if settings.answerer == "openai":
        return _chat_openai(settings.llm_url, settings, max_tokens, timeout)
    if settings.answerer == "ollama":
        url = settings.llm_url or OLLAMA_URL
        try:
            from langchain_ollama import ChatOllama
        except ImportError:
            return _chat_openai(url, settings, max_tokens, timeout)
        return ChatOllama(base_url=url.removesuffix("/").removesuffix("/v1"), model=settings.llm_model,
                          temperature=0, num_predict=max_tokens, client_kwargs={"timeout": timeout})
    if settings.answerer == "extractive":
        raise AssistantError("answerer 'extractive' uses no language model: choose 'openai' or 'ollama' for the LLM path")
    raise AssistantError(
        f"unknown answerer {settings.answerer!r}: set ASSISTANT_ANSWERER to one of {', '.join(ANSWERERS)}"
    )


def _chat_openai(url: str | None, settings: AssistantSettings, max_tokens: int, timeout: float) -> "BaseChatModel":
    from langchain_openai import ChatOpenAI

    # The reply limit goes as the classic "max_tokens" field: ChatOpenAI's own max_tokens is
    # sent as "max_completion_tokens", which llama_cpp.server ignores (it then writes until
    # its context is full, minutes on a CPU).
    return ChatOpenAI(base_url=url, api_key=settings.llm_api_key, model=settings.llm_model, temperature=0,
                      timeout=timeout, max_retries=0, extra_body={"max_tokens": max_tokens})


def llm_answerer(settings: AssistantSettings, index: "Index", max_tokens: int = 400, timeout: float = 60.0,
                 system_role: bool | None = None, fallback: ExtractiveAnswerer | None = None) -> LLMAnswerer:
    """The LLM answerer of ``settings``, falling back on the extractive answerer over ``index.chunks``.

    ``system_role`` None: True unless the model is a Gemma (no system turn in its format).
    """
    model = chat_model(settings, max_tokens=max_tokens, timeout=timeout)
    if system_role is None:
        system_role = "gemma" not in settings.llm_model.lower()
    return LLMAnswerer(model, fallback or ExtractiveAnswerer.from_chunks(index.chunks), system_role=system_role)
