"""Hugging Face Hub metadata: search, repo files, download URLs. The only module that
imports huggingface_hub. Bytes are transferred by models/transfer.py, not here."""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, Literal

import huggingface_hub as hf
from huggingface_hub import errors as hf_errors
from huggingface_hub.utils import build_hf_headers  # type: ignore[attr-defined]

from assistant.ground.errors import UserError
from assistant.models.quant import quant_of, split_info

Sort = Literal["downloads", "likes", "recent"]
_SORT_KEYS: dict[str, Literal["downloads", "likes", "last_modified"]] = {
    "downloads": "downloads",
    "likes": "likes",
    "recent": "last_modified",
}


def is_offline() -> bool:
    return os.environ.get("HF_HUB_OFFLINE", "").strip().lower() in ("1", "true", "yes", "on")


@dataclass(frozen=True)
class RepoSummary:
    repo_id: str
    downloads: int
    likes: int
    last_modified: str


@dataclass(frozen=True)
class HubFile:
    """One downloadable model: a GGUF file, or all parts of a split GGUF."""

    name: str  # the file to load (first part of a split model)
    parts: tuple[str, ...]
    size: int  # all parts together
    part_sizes: tuple[int, ...]
    sha256: tuple[str | None, ...]
    quant: str


@dataclass(frozen=True)
class ResolvedFile:
    url: str
    size: int
    etag: str | None
    commit: str | None
    headers: dict[str, str] = field(default_factory=dict)


def safe_filename(name: str) -> str:
    """Refuse Hub file names that would escape the models folder."""
    if not name or name.startswith(("/", "\\")) or ".." in name.replace("\\", "/").split("/"):
        raise UserError(
            f"Refusing a file name from the Hub that leaves the models folder: {name!r}"
        )
    if "/" in name or "\\" in name or os.path.isabs(name) or ":" in name:
        raise UserError(f"Refusing a file name from the Hub with a folder in it: {name!r}")
    return name


@contextmanager
def _hub_errors(what: str) -> Iterator[None]:
    try:
        yield
    except hf_errors.GatedRepoError as exc:
        raise UserError(
            f"{what}: this model is gated. Accept its license on huggingface.co, then log in "
            "with `hf auth login` (or set HF_TOKEN) and try again."
        ) from exc
    except hf_errors.RepositoryNotFoundError as exc:
        raise UserError(
            f"{what}: the repository does not exist, or it is private and you are not logged "
            "in (`hf auth login` or HF_TOKEN)."
        ) from exc
    except (hf_errors.EntryNotFoundError, hf_errors.RemoteEntryNotFoundError) as exc:
        raise UserError(f"{what}: the file is not in that repository.") from exc
    except hf_errors.HfHubHTTPError as exc:
        status = getattr(getattr(exc, "response", None), "status_code", None)
        if status in (401, 403):
            raise UserError(
                f"{what}: the Hub refused access ({status}). Log in with `hf auth login` or "
                "set HF_TOKEN to a token that can read this repository."
            ) from exc
        raise UserError(f"{what}: the Hub answered with an error ({status}).") from exc
    except hf_errors.OfflineModeIsEnabled as exc:
        raise UserError(f"{what}: offline mode is on (HF_HUB_OFFLINE).") from exc
    except OSError as exc:
        raise UserError(
            f"{what}: cannot reach the Hugging Face Hub. Check your internet connection."
        ) from exc
    except Exception as exc:
        if type(exc).__module__.startswith("httpx"):
            raise UserError(
                f"{what}: cannot reach the Hugging Face Hub. Check your internet connection."
            ) from exc
        raise


class Hub:
    """Read-only access to the Hub (or a mirror given by ``endpoint``/``HF_ENDPOINT``)."""

    def __init__(self, endpoint: str | None = None, token: str | None = None) -> None:
        self.endpoint = (endpoint or os.environ.get("HF_ENDPOINT") or hf.constants.ENDPOINT).rstrip(
            "/"
        )
        self.token = token
        self.api = hf.HfApi(endpoint=self.endpoint, token=token)

    def _online(self, what: str) -> None:
        if is_offline():
            raise UserError(f"{what}: offline mode is on (HF_HUB_OFFLINE=1); nothing was sent.")

    def search(self, query: str, sort: Sort = "downloads", limit: int = 20) -> list[RepoSummary]:
        """GGUF model repositories matching ``query``, best first."""
        self._online("Search")
        with _hub_errors("Search"):
            models = self.api.list_models(
                search=query or None, filter="gguf", sort=_SORT_KEYS[sort], limit=limit
            )
            return [
                RepoSummary(
                    m.id,
                    int(m.downloads or 0),
                    int(m.likes or 0),
                    str(m.last_modified or ""),
                )
                for m in models
            ]

    def files(self, repo_id: str, revision: str = "main") -> list[HubFile]:
        """Every GGUF model in a repository, split files grouped, with LFS SHA-256."""
        self._online("Listing files")
        with _hub_errors(f"Listing files of {repo_id}"):
            entries: list[Any] = list(
                self.api.list_repo_tree(repo_id, recursive=True, revision=revision)
            )
        singles: list[HubFile] = []
        groups: dict[str, list[Any]] = {}
        for e in entries:
            path = getattr(e, "path", "")
            if not path.lower().endswith(".gguf") or not hasattr(e, "size"):
                continue
            base = path.rsplit("/", 1)[-1]
            if "mmproj" in base.lower():
                continue  # vision projectors are not chat models
            sha = e.lfs.sha256 if getattr(e, "lfs", None) else None
            split = split_info(base)
            if split is None:
                singles.append(
                    HubFile(path, (path,), int(e.size), (int(e.size),), (sha,), quant_of(base))
                )
            else:
                groups.setdefault(path.rsplit("-", 3)[0], []).append(
                    (split.index, split.count, e, sha)
                )
        for parts in groups.values():
            parts.sort(key=lambda p: p[0])
            count = parts[0][1]
            if len(parts) != count:
                continue  # an incomplete split upload cannot be loaded
            names = tuple(p[2].path for p in parts)
            sizes = tuple(int(p[2].size) for p in parts)
            singles.append(
                HubFile(
                    names[0],
                    names,
                    sum(sizes),
                    sizes,
                    tuple(p[3] for p in parts),
                    quant_of(names[0]),
                )
            )
        return sorted(singles, key=lambda f: f.size)

    def bundle(
        self, repo_id: str, paths: Sequence[str], name: str, revision: str = "main"
    ) -> HubFile:
        """A model made of the files ``paths`` of a repository (a speech model's folder,
        a voice and its settings), as one download named ``name``, with each file's
        size and, for large files, its LFS SHA-256."""
        self._online("Listing files")
        with _hub_errors(f"Listing files of {repo_id}"):
            entries: dict[str, Any] = {
                getattr(e, "path", ""): e
                for e in self.api.list_repo_tree(repo_id, recursive=True, revision=revision)
                if hasattr(e, "size")
            }
        missing = [p for p in paths if p not in entries]
        if missing:
            raise UserError(f"{repo_id} lacks {', '.join(missing)}; it may have been changed.")
        found = [entries[p] for p in paths]
        sizes = tuple(int(e.size) for e in found)
        shas = tuple(e.lfs.sha256 if getattr(e, "lfs", None) else None for e in found)
        return HubFile(name, tuple(paths), sum(sizes), sizes, shas, "")

    def resolve(self, repo_id: str, filename: str, revision: str = "main") -> ResolvedFile:
        """The download URL of a file with its size, ETag and commit, and auth headers."""
        self._online("Download")
        url = hf.hf_hub_url(repo_id, filename, revision=revision, endpoint=self.endpoint)
        with _hub_errors(f"Download of {filename}"):
            meta = hf.get_hf_file_metadata(url, token=self.token, endpoint=self.endpoint)
        headers = build_hf_headers(token=self.token, library_name="offline-assistant")
        return ResolvedFile(
            url=meta.location or url,
            size=int(meta.size or 0),
            etag=meta.etag,
            commit=meta.commit_hash,
            headers=dict(headers),
        )
