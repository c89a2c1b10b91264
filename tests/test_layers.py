"""The house rules, read from the code itself (ARCHITECTURE.md "Layers"): the core never
imports Qt or a face, the ground imports nothing above it, each third-party library has
its one importer, and no two modules import each other, even for type checks only."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "assistant"
# The core: no Qt, no web stack, nothing of the faces (command line, window, API).
CORE = ("ground", "services", "engine", "models", "presets", "store", "documents")
# This round's capabilities, each a core package of its own (ARCHITECTURE.md).
CAPABILITIES = ("speech", "tools", "vision", "personal")
FACES = ("assistant.cli.main", "assistant.gui", "assistant.server")
# library → the modules (or folders) allowed to import it
OWNERS = {
    "llama_cpp": ("engine/llama/",),
    "platformdirs": ("ground/paths.py",),
    "huggingface_hub": ("models/hub.py",),
    "uvicorn": ("server/run.py",),
    "starlette": ("server/",),
    "openai": ("engine/remote.py",),
    "filelock": ("ground/file_lock.py",),
    "gguf": ("models/bert_gguf.py",),
    "av": ("speech/audio.py",),
    "faster_whisper": ("speech/whisper.py",),
    "sherpa_onnx": ("speech/synth.py",),
    "sounddevice": ("speech/sound_io.py",),
    # Never: its Linux wheels carry a telemetry client (speech/vad.py says why).
    "onnxruntime": (),
    "httpx2": ("engine/peer_limits.py", "models/"),
    # SQL only in the store; the indexer names sqlite3's error type only.
    "sqlite3": ("store/", "documents/indexer.py"),
    # The window; the command line loads Qt's translator for another language; the
    # self-test opens the window.
    "PySide6": ("gui/", "cli/i18n.py", "selftest.py"),
}


def modules() -> dict[str, Path]:
    out = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        if parts[-1] == "__init__":
            parts = parts[:-1]
        out[".".join(parts)] = path
    return out


def imports(path: Path, name: str, known: dict[str, Path]) -> Iterator[str]:
    """Every module ``path`` imports, at the top, inside functions or for type checks."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            yield from (a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                up = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*up, base] if base else up)
            for alias in node.names:
                full = f"{base}.{alias.name}"
                yield full if full in known else base


def graph() -> dict[str, set[str]]:
    known = modules()
    return {name: set(imports(path, name, known)) for name, path in known.items()}


def relative(name: str) -> str:
    path = modules()[name].relative_to(PACKAGE)
    return path.as_posix()


def test_the_core_never_imports_qt_or_a_face() -> None:
    for name, targets in graph().items():
        if name.split(".")[1:2] and name.split(".")[1] in CORE + CAPABILITIES:
            bad = {
                t
                for t in targets
                if t.split(".")[0] in ("PySide6", "starlette", "uvicorn") or t.startswith(FACES)
            }
            assert not bad, f"{name} imports {bad}"


def test_the_core_stands_below_the_services_and_the_composition_root() -> None:
    below = ("engine", "models", "presets", "store", "documents", *CAPABILITIES)
    for name, targets in graph().items():
        if name.split(".")[1:2] and name.split(".")[1] in below:
            bad = {t for t in targets if t.startswith(("assistant.services", "assistant.app"))}
            assert not bad, f"{name} imports {bad}"


def test_the_ground_stands_on_nothing_of_the_app() -> None:
    for name, targets in graph().items():
        if name.startswith("assistant.ground"):
            mine = {t for t in targets if t.startswith("assistant.")}
            assert all(t.startswith("assistant.ground") for t in mine), f"{name}: {mine}"


def test_each_library_has_its_one_importer() -> None:
    for name, targets in graph().items():
        where = relative(name)
        for library, owners in OWNERS.items():
            if any(t == library or t.startswith(library + ".") for t in targets):
                assert where.startswith(owners), f"{where} imports {library}"


def test_no_import_circles_type_checks_included() -> None:
    g = {n: {t for t in ts if t in modules()} for n, ts in graph().items()}
    # Tarjan's strongly connected components, iteratively.
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    circles: list[list[str]] = []
    counter = 0
    for root in g:
        if root in index:
            continue
        work = [(root, iter(sorted(g[root])))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, edges = work[-1]
            for nxt in edges:
                if nxt not in index:
                    index[nxt] = low[nxt] = counter
                    counter += 1
                    stack.append(nxt)
                    on_stack.add(nxt)
                    work.append((nxt, iter(sorted(g[nxt]))))
                    break
                if nxt in on_stack:
                    low[node] = min(low[node], index[nxt])
            else:
                work.pop()
                if work:
                    low[work[-1][0]] = min(low[work[-1][0]], low[node])
                if low[node] == index[node]:
                    component = []
                    while True:
                        top = stack.pop()
                        on_stack.discard(top)
                        component.append(top)
                        if top == node:
                            break
                    if len(component) > 1:
                        circles.append(sorted(component))
    assert circles == []
