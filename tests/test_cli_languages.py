"""The command line speaks the user's language (the environment's, or the one chosen in
Settings) from the same translation files as the window; English keeps its plural forms."""

from __future__ import annotations

from pathlib import Path

from assistant.ground.paths import app_paths
from assistant.ground.settings import Settings
from tests.test_cli import run_cli


def test_help_and_errors_in_the_environment_language(app_home: Path) -> None:
    r = run_cli("--help", home=app_home, env={"LANGUAGE": "de"})
    assert r.returncode == 0 and "eine Eingabe beantworten und beenden" in r.stdout
    r = run_cli("ask", home=app_home, stdin="", env={"LANGUAGE": "fr_FR.UTF-8"})
    assert r.returncode != 0 and "Rien à demander" in r.stderr, r.stderr
    r = run_cli("history", "--help", home=app_home, env={"LANGUAGE": "", "LANG": "zh_CN.UTF-8"})
    assert "全文搜索" in r.stdout


def test_the_language_chosen_in_settings_wins(app_home: Path) -> None:
    paths = app_paths().ensure()
    settings = Settings.load(paths.settings_file)
    settings.language = "es"
    settings.save(paths.settings_file)
    r = run_cli("presets", "--help", home=app_home, env={"LANGUAGE": "de"})
    assert "todos los ajustes" in r.stdout, r.stdout


def test_english_counts_read_right(app_home: Path, tmp_path: Path) -> None:
    """One of a thing is singular in English too (the plural forms come from a file)."""
    r = run_cli("presets", "validate", home=app_home)
    assert r.returncode == 0 and "All presets are valid." in r.stdout
    r = run_cli("history", "purge", home=app_home)
    assert r.stdout.strip() == "Removed 0 deleted conversations for good."
    from assistant.cli.i18n import tr

    assert tr("%n problems.", "", 1) == "1 problem." and tr("%n problems.", "", 2) == "2 problems."
