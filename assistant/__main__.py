"""python -m assistant ask "question" [--doc KEY] [--json] | python -m assistant chat"""

from __future__ import annotations

import argparse
import json
import logging
import sys

from assistant.config import ANSWERERS, AssistantSettings
from ingest.config import Settings
from common.errors import AssistantError

EXAMPLE = "J'ai combien de temps pour déposer un grief ?"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m assistant",
        description="Ask questions about the indexed agreements; answers quote and cite the clauses.",
    )
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--doc", action="append", metavar="KEY",
                        help="restrict to a document key (repeatable), e.g. --doc bourget")
    common.add_argument("--data", help="index folder (default: data/; env ASSISTANT_DATA_DIR)")
    common.add_argument("--embedder", help="'e5' (default), 'fake' or 'st:<model>'")
    common.add_argument("--answerer", choices=ANSWERERS,
                        help="extractive (default, no LLM) or an LLM backend")
    common.add_argument("--llm-url", help="OpenAI-compatible base URL, e.g. http://127.0.0.1:8080/v1")
    common.add_argument("--llm-model", help="model name sent to the LLM server")
    sub = parser.add_subparsers(dest="command", required=True)
    ask = sub.add_parser("ask", parents=[common], help="answer one question",
                         description=f'Answer one question, e.g. python -m assistant ask "{EXAMPLE}"')
    ask.add_argument("question")
    ask.add_argument("--json", action="store_true", help="print the answer in the answer-dump format (EVALS.md)")
    sub.add_parser("chat", parents=[common], help="interactive conversation in the terminal (follow-ups work)")
    sub.add_parser("docs", parents=[common], help="list the indexed documents and their keys")
    return parser


def render(answer) -> str:
    """The answer as the terminal shows it: its text, grounding flags, numbered sources."""
    from assistant.citations import cited_clauses

    lines = [answer.text]
    if answer.flags:
        lines.append("⚠ " + "; ".join(answer.flags))
    cited = cited_clauses(answer)
    if cited:
        lines.append("")
        lines.append("Sources:")
        lines.extend(f"  {clause.number}. {clause.label}" for clause in cited)
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s: %(message)s")
    settings = Settings.from_env(data_dir=args.data, embedder=args.embedder)
    assistant_settings = AssistantSettings.from_env(answerer=args.answerer, llm_url=args.llm_url,
                                                    llm_model=args.llm_model)
    from assistant import load_assistant

    try:
        assistant = load_assistant(settings, assistant_settings=assistant_settings)
        if args.command == "docs":
            for key, doc in assistant.documents.items():
                print(f"{key:<10} {doc.title} ({doc.kind}, {doc.period})")
            return 0
        conversation = assistant.conversation(docs=args.doc)
        if args.command == "ask":
            answer = conversation.ask(args.question)
            print(json.dumps(answer.to_record(), ensure_ascii=False, indent=2) if args.json else render(answer))
            return 0
        print("Posez vos questions (Ctrl-D pour quitter, /nouveau pour une nouvelle conversation).", file=sys.stderr)
        while True:
            try:
                question = input("> ")
            except (EOFError, KeyboardInterrupt):
                print(file=sys.stderr)
                return 0
            if question.strip() in ("/nouveau", "/new"):
                conversation.reset()
                continue
            if not question.strip():
                continue
            try:
                print(render(conversation.ask(question)) + "\n")
            except AssistantError as exc:
                print(f"error: {exc}", file=sys.stderr)
    except AssistantError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
