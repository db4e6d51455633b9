"""Docs that cannot drift: the README's two commands, CI, and every documented CLI's help."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from ingest.config import PROJECT_ROOT

README = (PROJECT_ROOT / "README.md").read_text(encoding="utf-8")


def test_readme_opens_with_the_two_commands_and_ci_runs_the_test_one():
    first_block = README.split("```bash", 1)[1].split("```", 1)[0]
    commands = [line.split("#")[0].strip() for line in first_block.strip().splitlines()]
    assert commands == ["make app", "make test"]
    ci = (PROJECT_ROOT / ".ci" / "run").read_text()
    assert re.search(r"^make test$", ci, re.MULTILINE)


@pytest.mark.parametrize("module", sorted(set(re.findall(r"python -m ([a-z_.]+)", README))))
def test_documented_command_has_help(module):
    proc = subprocess.run([sys.executable, "-m", module, "--help"], capture_output=True, text=True,
                          cwd=PROJECT_ROOT, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert "usage:" in proc.stdout


def test_every_cli_option_is_documented_in_its_help():
    from assistant.__main__ import build_parser as assistant_parser
    from ingest.__main__ import build_parser as ingest_parser

    ingest_help = ingest_parser().format_help()
    for option in ("--stats", "--json", "--rebuild", "--chroma-url", "--embedder", "--data"):
        assert option in ingest_help
    assistant_help = assistant_parser().format_help()
    for command in ("ask", "chat", "docs"):
        assert command in assistant_help
