"""python -m evals.probe FILE --out OUT.json [--against OLD.json]: ask a probe of questions, compare two runs.

A probe (``evals/probes/*.txt``) is a list of questions without expected answers, one per line (``#``
starts a comment; ``docs=bourget|question`` scopes one). It checks what gold cannot: that a change to a cue or
a threshold does not fire on ordinary wordings. Each run writes every question's answer kind, cited clauses and
the answer's start; ``--against`` an earlier run prints the questions whose kind or citations changed.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Sequence

from common.errors import AssistantError
from ingest.config import Settings


@dataclass(frozen=True)
class ProbeQuestion:
    """One line of a probe: the question, and the documents it is scoped to (None: all)."""

    question: str
    docs: tuple[str, ...] | None = None


@dataclass(frozen=True)
class ProbeAnswer:
    """What a run answered to one probe question."""

    question: str
    docs: tuple[str, ...] | None
    kind: str
    cites: tuple[str, ...]  # "doc clause", sorted, each once
    start: str  # the answer's first 400 characters


def read_probe(text: str) -> list[ProbeQuestion]:
    """The questions of a probe file's text (blank lines and ``#`` comments skipped)."""
    questions = []
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        docs = None
        if line.startswith("docs=") and "|" in line:
            scope, line = line.split("|", 1)
            docs = tuple(d for d in scope[len("docs="):].split(",") if d) or None
        questions.append(ProbeQuestion(line.strip(), docs))
    return questions


def ask_all(assistant, questions: Sequence[ProbeQuestion]) -> list[ProbeAnswer]:
    """Every probe question asked on its own (a new conversation each)."""
    answers = []
    for probe in questions:
        answer = assistant.ask(probe.question, docs=list(probe.docs) if probe.docs else None)
        cites = tuple(sorted({f"{c.doc} {c.clause}" for c in answer.citations}))
        answers.append(ProbeAnswer(probe.question, probe.docs, answer.kind, cites, answer.text[:400]))
    return answers


def differences(before: Sequence[ProbeAnswer], after: Sequence[ProbeAnswer]) -> list[str]:
    """One line per question whose answer kind or cited clauses changed between two runs (matched by question)."""
    earlier = {(a.question, a.docs): a for a in before}
    lines = []
    for new in after:
        old = earlier.get((new.question, new.docs))
        if old is None:
            lines.append(f"new question: {new.question} -> {new.kind} {', '.join(new.cites)}")
        elif (old.kind, old.cites) != (new.kind, new.cites):
            lines.append(f"{new.question}\n  before: {old.kind} {', '.join(old.cites) or '-'}"
                         f"\n  after:  {new.kind} {', '.join(new.cites) or '-'}")
    return lines


def load_answers(path: Path) -> list[ProbeAnswer]:
    """A run written by ``--out``."""
    rows = json.loads(path.read_text(encoding="utf-8"))
    return [ProbeAnswer(r["question"], tuple(r["docs"]) if r["docs"] else None, r["kind"], tuple(r["cites"]),
                        r["start"]) for r in rows]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evals.probe", description=__doc__.split("\n\n")[1])
    parser.add_argument("probe", type=Path, help="probe file (e.g. evals/probes/everyday.txt)")
    parser.add_argument("--out", type=Path, required=True, help="where to write this run (JSON)")
    parser.add_argument("--against", type=Path, help="an earlier run (JSON) to compare with")
    args = parser.parse_args(argv)
    for path in (args.probe, args.against):
        if path is not None and not path.is_file():
            print(f"error: {path}: file not found", file=sys.stderr)
            return 2
    questions = read_probe(args.probe.read_text(encoding="utf-8"))
    if not questions:
        print(f"error: {args.probe}: no question in it", file=sys.stderr)
        return 2
    from assistant import AssistantSettings, load_assistant  # the index is opened once the arguments are good

    try:
        assistant = load_assistant(Settings.from_env(), assistant_settings=AssistantSettings.from_env(),
                                   build_index=False)
        answers = ask_all(assistant, questions)
    except AssistantError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    args.out.write_text(json.dumps([asdict(a) for a in answers], ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"{len(answers)} questions asked, written to {args.out}")
    if args.against is not None:
        changed = differences(load_answers(args.against), answers)
        print("\n".join(changed) if changed else "no answer kind or citation changed")
        print(f"{len(changed)} of {len(answers)} changed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
