"""Keep the window's translations current: ``make translations``.

pyside6-lupdate collects every ``tr("…")`` and ``QT_TR_NOOP("…")`` of the code, plus the
words of shipped data files the window shows (preset names, their descriptions and
fields; catalog descriptions), into resources/translations/offline_assistant_LANG.ts;
pyside6-lrelease compiles each into the .qm the app loads. Translators edit the .ts
files (Qt Linguist: ``.venv/bin/pyside6-linguist``), then run this again.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("de", "fr", "es", "zh_CN")
# English needs only its plural forms ("1 passage", "2 passages"): the source text is the
# English text, written once with %n.
PLURALS_ONLY = ("en",)


def data_strings() -> list[str]:
    """Words of the shipped TOML files that the window shows."""
    out: list[str] = []
    for path in sorted((ROOT / "resources" / "presets").glob("*.toml")):
        preset = tomllib.loads(path.read_text(encoding="utf-8"))
        out += [preset["name"], preset.get("description", "")]
        out += [name.replace("_", " ") for name in preset.get("variables", {})]
    catalog = tomllib.loads((ROOT / "resources" / "catalog.toml").read_text(encoding="utf-8"))
    for model in catalog["model"]:
        out += [model.get("description", ""), *model.get("good_at", [])]
    return sorted({s for s in out if s})


def _tool(name: str) -> str:
    return str(Path(sys.executable).parent / f"pyside6-{name}")


def lupdate(ts_files: list[Path], plural_only: bool = False) -> None:
    """Bring ``ts_files`` up to date with the code and the data files (``plural_only``:
    only the strings with plural forms)."""
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "shipped_data.py"
        data.write_text("".join(f"QT_TR_NOOP({s!r})\n" for s in data_strings()), encoding="utf-8")
        command = [_tool("lupdate"), "-extensions", "py", "-locations", "none", "-no-obsolete"]
        command += ["-pluralonly"] if plural_only else []
        command += [str(ROOT / "assistant"), str(data), "-ts", *map(str, ts_files)]
        subprocess.run(command, check=True, capture_output=True)


def lrelease(ts: Path) -> Path:
    qm = ts.with_suffix(".qm")
    subprocess.run([_tool("lrelease"), str(ts), "-qm", str(qm)], check=True, capture_output=True)
    return qm


def main() -> int:
    files = [TRANSLATIONS / f"offline_assistant_{lang}.ts" for lang in LANGUAGES]
    lupdate(files)
    english = [TRANSLATIONS / f"offline_assistant_{lang}.ts" for lang in PLURALS_ONLY]
    lupdate(english, plural_only=True)
    for ts in files + english:
        lrelease(ts)
        print(f"{ts.name}: updated and compiled")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
