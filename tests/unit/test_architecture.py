"""Rules of the code's shape that ARCHITECTURE.md states, checked on every run.

- no import circle between the project's modules (module-level, function-level and
  TYPE_CHECKING imports all count: a circle dodged by a late import is still a circle);
- the library never imports the page (``web``, ``gradio``) and ``ingest`` never imports ``assistant``;
- ``app.py`` stays thin (≤ 350 lines) and no function of the project is over 100 lines;
- every module says what it is for (a docstring).
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from ingest.config import PROJECT_ROOT

PACKAGES = ("common", "ingest", "assistant", "evals", "web")
MAX_FUNCTION_LINES = 100
MAX_APP_LINES = 350


def project_modules() -> dict[str, Path]:
    """Dotted module name -> file, for app.py and every module of the project's packages."""
    modules = {"app": PROJECT_ROOT / "app.py"}
    for package in PACKAGES:
        folder = PROJECT_ROOT / package
        for path in sorted(folder.rglob("*.py")) if folder.is_dir() else ():
            parts = path.relative_to(PROJECT_ROOT).with_suffix("").parts
            name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
            modules[name] = path
    return modules


def imported_modules(name: str, path: Path, known: set[str]) -> set[str]:
    """The project modules ``name`` imports anywhere in its file (relative imports resolved)."""
    is_package = path.name == "__init__.py"
    package = name if is_package else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        targets: list[str] = []
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")
                anchor = anchor[: len(anchor) - (node.level - 1)]
                base = ".".join(anchor + ([base] if base else []))
            targets = [base] + [f"{base}.{alias.name}" for alias in node.names]
        for target in targets:
            while target and target not in known:
                target = target.rpartition(".")[0]
            if target and target != name:
                found.add(target)
    return found


def import_graph() -> dict[str, set[str]]:
    modules = project_modules()
    known = set(modules)
    graph = {name: imported_modules(name, path, known) for name, path in modules.items()}
    # importing a.b.c runs a/__init__ and a/b/__init__ first; a package's own __init__ importing
    # its submodules is not a circle with them, so parents are not added as edges.
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    counter = [0]

    def visit(node: str) -> None:
        index[node] = low[node] = counter[0]
        counter[0] += 1
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(graph.get(node, ())):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_cycle_finder_finds_a_planted_circle():
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert cycles(graph) == [["a", "b", "c"]]
    assert cycles({"a": {"b"}, "b": set()}) == []


def test_no_import_circle_in_the_project():
    assert cycles(import_graph()) == []


def test_layers_point_one_way():
    graph = import_graph()
    wrong = []
    for name, targets in graph.items():
        top = name.split(".")[0]
        for target in targets:
            other = target.split(".")[0]
            if top in ("common", "ingest", "assistant", "evals") and other in ("web", "app"):
                wrong.append(f"{name} -> {target}")
            if top in ("common", "ingest") and other in ("assistant", "evals"):
                wrong.append(f"{name} -> {target}")
            if top == "common" and other != "common":
                wrong.append(f"{name} -> {target}")
    assert wrong == []


def test_library_never_imports_gradio():
    offenders = []
    for name, path in project_modules().items():
        if name.split(".")[0] in ("common", "ingest", "assistant", "evals"):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for node in ast.walk(tree):
                names = [a.name for a in node.names] if isinstance(node, ast.Import) else (
                    [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
                if any(n.split(".")[0] == "gradio" for n in names):
                    offenders.append(name)
    assert offenders == []


def test_app_py_is_thin():
    lines = len((PROJECT_ROOT / "app.py").read_text(encoding="utf-8").splitlines())
    assert lines <= MAX_APP_LINES, f"app.py has {lines} lines"


def test_no_function_over_100_lines():
    long = []
    for name, path in project_modules().items():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                length = node.end_lineno - node.lineno + 1
                if length > MAX_FUNCTION_LINES:
                    long.append(f"{name}.{node.name}: {length} lines")
    assert long == []


def test_no_control_character_in_the_source():
    """A backspace or form feed typed into a raw string (r"\x08date…" for r"\\bdate…") is valid Python and a regex
    that never matches: scope._DATE_COUNTED was one for months. Tabs and line ends only."""
    found = [f"{path.relative_to(PROJECT_ROOT)}:{number}: {ord(char):#04x}"
             for path in project_modules().values()
             for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
             for char in line if ord(char) < 32 and char != "\t"]
    assert found == []


@pytest.mark.parametrize("name", sorted(project_modules()))
def test_every_module_has_a_docstring(name):
    path = project_modules()[name]
    tree = ast.parse(path.read_text(encoding="utf-8"))
    assert ast.get_docstring(tree), f"{path.relative_to(PROJECT_ROOT)} has no module docstring"
