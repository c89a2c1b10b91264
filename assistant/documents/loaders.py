"""Text out of documents, streamed in paragraphs so memory stays bounded.

One module per library: charset-normalizer (encodings), pypdf (PDF text layers),
python-docx (Word files); HTML uses the standard library's parser.
"""

from __future__ import annotations

import codecs
import hashlib
import logging
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from typing import TYPE_CHECKING

from assistant.ground.errors import UserError

if TYPE_CHECKING:
    from pypdf import PdfReader

log = logging.getLogger(__name__)

# Plain text read as it is: notes, markup, tables as text, configuration and source code.
TEXT_KINDS = frozenset(
    ".txt .text .md .markdown .rst .org .tex .csv .tsv .log .json .jsonl .yaml .yml .toml "
    ".ini .cfg .conf .xml .py .js .ts .tsx .jsx .java .kt .scala .c .h .cc .cpp .hpp .cs "
    ".go .rs .rb .php .swift .sh .bash .zsh .ps1 .sql .r .lua .pl .css .scss".split()
)
SUPPORTED = TEXT_KINDS | {".pdf", ".docx", ".html", ".htm"}
_READ = 1 << 20
_HEADING_MARK = "\x01"  # starts a paragraph that was an HTML heading


@dataclass(frozen=True)
class Block:
    """A paragraph with where it is: its PDF page and the heading it sits under."""

    text: str
    page: int | None = None
    heading: str = ""


@dataclass
class DocumentInfo:
    name: str
    size: int
    sha256: str
    pages: int | None


def document_info(path: Path, pages: int | None = None) -> DocumentInfo:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(_READ), b""):
            h.update(block)
    return DocumentInfo(path.name, path.stat().st_size, h.hexdigest(), pages)


def check_document(path: Path) -> None:
    """Refuse missing, empty and unsupported files before any work starts."""
    if not path.exists():
        raise UserError(f"File not found: {path}")
    if not path.is_file():
        raise UserError(f"{path} is not a file.")
    if path.stat().st_size == 0:
        raise UserError(f"{path.name} is empty.")
    ext = path.suffix.lower()
    if ext not in SUPPORTED:
        raise UserError(
            f"{path.name}: this kind of file is not supported. Use text, Markdown, PDF, "
            "Word (.docx), HTML or source code files."
        )


def paragraphs(path: Path) -> Iterator[str]:
    """Yield the document's text paragraph by paragraph (PDF pages page by page)."""
    for block in blocks(path):
        yield block.text


def looks_like_text(path: Path) -> bool:
    """Whether a file of no known kind (README, LICENSE, NEWS…) is plain text."""
    try:
        detect_encoding(path)
    except (UserError, OSError):
        return False
    return True


def blocks(path: Path, any_text: bool = False) -> Iterator[Block]:
    """The document's paragraphs with their page (PDF) and section heading;
    ``any_text``: read a file of no known kind as text if it is text."""
    ext = path.suffix.lower()
    if any_text and ext not in SUPPORTED and path.is_file() and looks_like_text(path):
        yield from (Block(p) for p in _text(path))
        return
    check_document(path)
    if ext == ".pdf":
        yield from _pdf(path)
    elif ext == ".docx":
        yield from _docx(path)
    elif ext in (".html", ".htm"):
        yield from _headed(_split(_html_text(path)), _html_heading)
    elif ext in (".md", ".markdown"):
        yield from _headed(_text(path), _markdown_heading)
    elif ext == ".rst":
        yield from _headed(_text(path), _rst_heading)
    else:
        yield from (Block(p) for p in _text(path))


def _headed(paras: Iterator[str], heading_of: Callable[[str], str | None]) -> Iterator[Block]:
    heading = ""
    for para in paras:
        found = heading_of(para)
        if found is not None:
            heading = found
            para = para.lstrip(_HEADING_MARK)
        if para:
            yield Block(para, heading=heading)


def _markdown_heading(para: str) -> str | None:
    first = para.split("\n", 1)[0]
    m = re.match(r"#{1,6}\s+(.+?)\s*#*\s*$", first)
    return m.group(1) if m else None


def _rst_heading(para: str) -> str | None:
    lines = para.split("\n")
    for i in range(len(lines) - 1):
        under = lines[i + 1].strip()
        if lines[i].strip() and len(under) >= 3 and len(set(under)) == 1 and under[0] in "=-~^*#+":
            return lines[i].strip()
    return None


def _html_heading(para: str) -> str | None:
    return " ".join(para[1:].split()) if para.startswith(_HEADING_MARK) else None


def _split(text: str) -> Iterator[str]:
    for para in re.split(r"\n\s*\n", text):
        para = para.strip()
        if para:
            yield para


def detect_encoding(path: Path) -> str:
    """The text encoding from the first 256 KiB; binary files are refused."""
    with path.open("rb") as f:
        head = f.read(256 * 1024)
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    try:
        head.decode("utf-8")
        encoding = "utf-8"
    except UnicodeDecodeError as exc:
        # A character cut at the end of the sample is still UTF-8.
        encoding = _guess_legacy(head) if exc.start < len(head) - 4 else "utf-8"
    sample = head[:65536].decode(encoding, "replace")
    # Control characters other than whitespace mean this is not text, whatever its name.
    if re.search(r"[\x00-\x08\x0e-\x1f]", sample):
        raise UserError(f"{path.name} does not look like a text file (binary content).")
    return encoding


# Short samples leave several 8-bit code pages equally plausible; Western European ones
# are by far the most common in files people have, so they win a near tie.
_PREFERRED = ("cp1252", "latin_1", "iso8859_15")


def _guess_legacy(head: bytes) -> str:
    from charset_normalizer import from_bytes

    candidates = list(from_bytes(head))
    if not candidates:
        return "latin_1"
    best = min(c.chaos for c in candidates)
    for name in _PREFERRED:
        for c in candidates:
            if c.encoding == name and c.chaos <= best + 0.1:
                return name
    return str(candidates[0].encoding)


def _text(path: Path) -> Iterator[str]:
    encoding = detect_encoding(path)
    decoder = codecs.getincrementaldecoder(encoding)("replace")
    pending = ""
    with path.open("rb") as f:
        for block in iter(lambda: f.read(_READ), b""):
            pending += decoder.decode(block)
            parts = re.split(r"\n\s*\n", pending)
            pending = parts.pop()  # may continue in the next block
            for p in parts:
                if p.strip():
                    yield p.strip()
            if len(pending) > 4 * _READ:  # one huge paragraph: cut at a line break
                cut = pending.rfind("\n", 0, 2 * _READ)
                cut = cut if cut > 0 else 2 * _READ
                yield pending[:cut].strip()
                pending = pending[cut:]
    pending += decoder.decode(b"", final=True)
    if pending.strip():
        yield pending.strip()


def pdf_pages(path: Path) -> int:
    check_document(path)
    with _damaged(path, "a readable PDF"):
        return len(_pdf_reader(path).pages)


def _pdf_reader(path: Path) -> PdfReader:
    from pypdf import PasswordType, PdfReader

    reader = PdfReader(path)
    # Most "encrypted" PDFs only restrict printing or copying (an owner password) and
    # open without asking in any viewer: read them the same way. Only a file that needs
    # a password to be opened at all is refused.
    if reader.is_encrypted and reader.decrypt("") == PasswordType.NOT_DECRYPTED:
        raise UserError(
            f"{path.name} is protected by a password; open it and save an unprotected copy."
        )
    return reader


@contextmanager
def _damaged(path: Path, what: str) -> Iterator[None]:
    """A parser's errors as a message the user can act on. A damaged PDF or Word file
    can fail deep in pypdf, python-docx or lxml with almost any exception (KeyError,
    NotImplementedError, XMLSyntaxError…), so all of them mean "not readable" here; the
    traceback goes to the log."""
    try:
        yield
    except (UserError, ImportError):
        raise  # ImportError: a broken installation, not a broken file
    except Exception as exc:
        # The parser's own words ("AttValue: ' expected, line 2…") help nobody reading
        # the window; they go to the log.
        log.info("%s is not %s", path, what, exc_info=True)
        raise UserError(f"{path.name} is not {what}; it may be damaged.") from exc


def _pdf(path: Path) -> Iterator[Block]:
    with _damaged(path, "a readable PDF"):
        reader = _pdf_reader(path)
        any_text = False
        for number, page in enumerate(reader.pages, 1):
            text = page.extract_text() or ""
            if text.strip():
                any_text = True
                yield from (Block(p, page=number) for p in _split(text))
        if not any_text:
            raise UserError(
                f"{path.name} has no text layer (it is probably scanned images). "
                "Run it through OCR first."
            )


def _docx(path: Path) -> Iterator[Block]:
    import docx

    with _damaged(path, "a readable Word document"):
        document = docx.Document(str(path))
        heading = ""
        for block in document.iter_inner_content():
            if isinstance(block, docx.table.Table):
                for row in block.rows:
                    cells = [c.text.strip() for c in row.cells]
                    if any(cells):
                        yield Block(" | ".join(cells), heading=heading)
            elif block.text.strip():
                style = (block.style.name if block.style is not None else "") or ""
                if style.startswith(("Heading", "Title")):
                    heading = block.text.strip()
                yield Block(block.text.strip(), heading=heading)


_HIDDEN = frozenset({"script", "style", "noscript", "template", "head", "svg"})
_BLOCK = frozenset("p div br li tr section article pre blockquote table ul ol".split())
_HEADINGS = frozenset("h1 h2 h3 h4 h5 h6".split())


class _Visible(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _HIDDEN:
            self._hidden += 1
        elif tag in _HEADINGS:
            self.parts.append("\n\n" + _HEADING_MARK)
        elif tag in _BLOCK:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _HIDDEN and self._hidden:
            self._hidden -= 1
        elif tag in _BLOCK or tag in _HEADINGS:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self._hidden:
            self.parts.append(data)


def _html_text(path: Path) -> str:
    parser = _Visible()
    encoding = detect_encoding(path)
    with path.open(encoding=encoding, errors="replace") as f:
        for block in iter(lambda: f.read(_READ), ""):
            parser.feed(block)
    parser.close()
    text = "".join(parser.parts)
    return re.sub(r"[ \t]+", " ", text)
