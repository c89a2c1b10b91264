"""Answers from document collections on the real chat model: the passages go into the
prompt, the sources are saved with the answer (and exported), the CLI prints them; and
the prompt logic (fitting, numbering, citations) in small unit tests."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.cli.main import main
from assistant.documents.grounding import INSTRUCTION, cited, ground, source_label
from assistant.documents.library import Documents
from assistant.documents.retrieval import Hit, fuse
from assistant.engine.backend import SamplingParams
from assistant.engine.host import EngineHost
from assistant.services.chat import ChatService, LoadedEngine
from assistant.store import Repository
from assistant.store.doc_search import Found
from assistant.store.exchange import import_json, to_json, to_markdown
from tests.test_doc_collections import write_corpus

GREEDY = SamplingParams(temperature=0.0, max_tokens=48)


def hit(n: int, text: str, page: int | None = None, heading: str = "") -> Hit:
    return Hit(Found(n, "c", f"/docs/file{n}.pdf", text, page, heading, 0, len(text)), 1 / n)


def words(texts: list[str]) -> list[int]:
    return [len(t.split()) for t in texts]


def test_passages_fit_the_budget_least_relevant_left_out_first() -> None:
    hits = [hit(i, " ".join(["word"] * 50), page=i) for i in range(1, 6)]
    g = ground("What is it?", hits, budget=180, count=words)
    assert [s["name"] for s in g.sources] == ["file1.pdf", "file2.pdf"]
    assert g.left_out == 3 and "3 less relevant passages left out" in g.note
    assert g.content.startswith("Sources:\n[1] file1.pdf, p. 1\n")
    assert "[2] file2.pdf, p. 2" in g.content and "file3" not in g.content
    assert g.content.endswith(f"Question: What is it?\n\n{INSTRUCTION}")
    nothing = ground("What is it?", hits, budget=10, count=words)
    assert nothing.content == "What is it?" and not nothing.sources and nothing.left_out == 5


def test_labels_citations_and_fusion() -> None:
    sources = ground("q", [hit(1, "a", heading="Rent"), hit(2, "b")], 1000, words).sources
    assert source_label(sources[0]) == "[1] file1.pdf, § Rent"
    assert source_label(sources[1]) == "[2] file2.pdf"
    assert cited("As [2] says, and [1][2], not [7].", sources) == [2, 1]
    # An item both searches rank well beats one only a single search found first.
    assert [i for i, _ in fuse([[1, 2, 3], [2, 3, 1]])] == [2, 1, 3]
    assert [i for i, _ in fuse([[5, 6], [6, 7]])] == [6, 5, 7]


@pytest.fixture
def papers(tmp_path: Path, minilm: Path, engine: EngineHost) -> Documents:
    repo = Repository(tmp_path / "history.db")
    docs = Documents(repo, tmp_path / "documents.db", engine, tmp_path, model_path=minilm)
    docs.add("papers", [write_corpus(tmp_path / "papers")])
    docs.sync("papers")
    return docs


def test_an_answer_from_a_collection_saves_and_exports_its_sources(
    papers: Documents, engine: EngineHost, tmp_path: Path
) -> None:
    repo = papers.collections.repo
    chat = ChatService(LoadedEngine(engine), repo, papers)
    cid = repo.create_conversation(params={"documents": ["papers"]})
    question = "How many days of paid holiday does every employee get?"
    result = chat.send(cid, question, GREEDY)
    assert result.status == "complete" and result.sources
    first = result.sources[0]
    assert (first["n"], first["name"], first["page"]) == (1, "handbook.pdf", 2)
    assert "28 days" in first["text"] and first["path"].endswith("handbook.pdf")
    # The question is saved as asked; the answer carries the sources it was given.
    assert result.user_message_id is not None
    assert repo.message(result.user_message_id).content == question
    saved = repo.message(result.answer_message_id).sources_list
    assert saved == result.sources
    # The model was given the passages (its prompt is far longer than the question).
    assert result.completion is not None and result.completion.prompt_tokens > 150
    md = to_markdown(repo, [cid])
    assert "**Sources**" in md and "1. [handbook.pdf, p. 2](<file://" in md
    exported = to_json(repo, [cid])
    answer = next(m for m in exported["conversations"][0]["messages"] if m["role"] == "assistant")
    assert answer["sources"][0]["name"] == "handbook.pdf"
    path = tmp_path / "export.json"
    path.write_text(json.dumps(exported))
    (new_id,) = import_json(repo, path)
    again = next(m for m in repo.all_messages(new_id) if m.role == "assistant")
    assert again.sources_list == saved
    # A chat without collections is not grounded.
    plain = chat.send(repo.create_conversation(), question, GREEDY)
    assert plain.sources == [] and plain.completion is not None
    assert plain.completion.prompt_tokens < 60


def test_cli_docs_commands_and_ask_with_sources(
    app_home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], starter: Path
) -> None:
    root = write_corpus(tmp_path / "papers")
    assert main(["docs", "add", "papers", str(root)]) == 0
    err = capsys.readouterr().err
    assert "papers: 7 new" in err and "passages indexed" in err
    assert main(["docs", "list"]) == 0
    assert "papers" in capsys.readouterr().out
    assert main(["docs", "show", "papers"]) == 0
    assert "indexed   " in capsys.readouterr().out
    assert main(["docs", "search", "papers", "how", "many", "vacation", "days"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("[1] ") and "handbook.pdf, p. 2" in out
    code = main(["ask", "--docs", "papers", "--max-tokens", "24", "-t", "0",
                 "How many vacation days do employees get?"])  # fmt: skip
    assert code == 0
    out = capsys.readouterr().out
    assert "\nSources:\n[1] handbook.pdf, p. 2 — " in out
    assert main(["docs", "sync"]) == 0
    assert "papers: 0 new, 0 changed, 0 removed, 7 unchanged" in capsys.readouterr().err
    assert main(["ask", "--docs", "nope", "hi"]) == 1
    assert "No document collection named 'nope'" in capsys.readouterr().err
    assert main(["docs", "rm", "papers"]) == 0
    assert main(["docs", "list"]) == 0
    assert "No collections yet" in capsys.readouterr().out


def test_embedding_models_are_kept_apart_from_chat_models(
    app_home: Path, tmp_path: Path, minilm: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import shutil

    from assistant.app import build_core
    from assistant.models.catalog import load_catalog

    core = build_core()
    try:
        shutil.copy(minilm, core.library.models_dir / "bge-mini-test.gguf")
        chat_names = [m.name for m in core.library.installed()]
        assert "bge-mini-test" not in chat_names  # not offered as a chat model
        assert [m.name for m in core.library.installed("embedding")] == ["bge-mini-test"]
        assert core.library.embedding_model("bge-mini-test").name == "bge-mini-test.gguf"
        with pytest.raises(Exception, match="No embedding model named 'nope'"):
            core.library.embedding_model("nope")
        kinds = {e.name: e.kind for e in load_catalog()}
        assert (
            kinds["EmbeddingGemma 300M"] == "embedding" and kinds["SmolLM2 360M Instruct"] == "chat"
        )
    finally:
        core.close()
    root = write_corpus(tmp_path / "papers")
    assert main(["docs", "add", "papers", str(root)]) == 0
    capsys.readouterr()
    assert main(["docs", "model"]) == 0
    out = capsys.readouterr().out
    assert "in use: all-MiniLM-L6-v2 (built-in)" in out and "bge-mini-test" in out
    assert main(["docs", "model", "bge-mini-test"]) == 0
    assert "indexed again" in capsys.readouterr().err
    assert main(["docs", "sync", "papers"]) == 0
    err = capsys.readouterr().err
    assert "papers: 7 new" in err and "embedding model changed" in err
    assert main(["docs", "model", "nope"]) == 1
    assert main(["docs", "model", "built-in"]) == 0


def test_a_chat_whose_collection_was_deleted_still_answers(
    papers: Documents, engine: EngineHost
) -> None:
    repo = papers.collections.repo
    chat = ChatService(LoadedEngine(engine), repo, papers)
    cid = repo.create_conversation(params={"documents": ["papers"]})
    papers.remove("papers")
    result = chat.send(cid, "Say hello.", GREEDY)
    assert result.status == "complete" and result.sources == []
