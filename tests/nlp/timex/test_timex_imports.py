"""The timex modules import each other without a circle (so any of them can be imported and read on its own).

The graph is read from the source with `ast`: every import counts, also those inside functions and under
`TYPE_CHECKING`, since a circle hidden in a function is still a circle.
"""

from __future__ import annotations

import ast
from pathlib import Path

import dateline.nlp.timex as timex_pkg

PKG = "dateline.nlp.timex"
ROOT = Path(timex_pkg.__file__).parent


def _module(path: Path) -> str:
    return PKG if path.stem == "__init__" else f"{PKG}.{path.stem}"


def _targets(node: ast.Import | ast.ImportFrom) -> set[str]:
    """The timex modules one import statement loads (`from dateline.nlp.timex import x` names submodule x)."""
    if isinstance(node, ast.Import):
        return {a.name for a in node.names if a.name == PKG or a.name.startswith(PKG + ".")}
    if node.level:  # relative: resolve against this module's package
        base = PKG.rsplit(".", node.level - 1)[0] if node.level > 1 else PKG
        name = f"{base}.{node.module}" if node.module else base
    else:
        name = node.module or ""
    if name == PKG:
        return {f"{PKG}.{a.name}" if (ROOT / f"{a.name}.py").is_file() else PKG for a in node.names}
    return {name} if name.startswith(PKG + ".") else set()


def import_graph() -> dict[str, set[str]]:
    """Module -> the timex modules it imports anywhere in its source."""
    graph: dict[str, set[str]] = {}
    for path in sorted(ROOT.glob("*.py")):
        here = _module(path)
        deps: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import | ast.ImportFrom):
                deps |= _targets(node)
        graph[here] = deps - {here}
    return graph


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One import circle as a path (first module repeated at the end), or None."""
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    path: list[str] = []

    def visit(mod: str) -> list[str] | None:
        state[mod] = 1
        path.append(mod)
        for dep in sorted(graph.get(mod, ())):
            if state.get(dep) == 1:
                return [*path[path.index(dep) :], dep]
            if dep not in state and dep in graph:
                found = visit(dep)
                if found:
                    return found
        path.pop()
        state[mod] = 2
        return None

    for mod in sorted(graph):
        if mod not in state:
            found = visit(mod)
            if found:
                return found
    return None


def test_timex_modules_import_each_other_without_a_circle() -> None:
    graph = import_graph()
    assert len(graph) > 15  # the package was found and read
    cycle = find_cycle(graph)
    assert cycle is None, "import circle: " + " -> ".join(m.rsplit(".", 1)[-1] for m in cycle or [])


def test_the_normalizer_registry_imports_nothing_of_timex() -> None:
    assert import_graph()[f"{PKG}.registry"] == set()


def test_the_cycle_finder_sees_a_circle_through_a_function_level_import() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert find_cycle(graph) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b"}, "b": set()}) is None
