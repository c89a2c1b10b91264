"""Text out of documents, streamed in paragraphs so memory stays bounded.

One module per library: charset-normalizer (encodings), pypdf (PDF text layers),
python-docx (Word files); HTML uses the standard library's parser.
"""

from __future__ import annotations

import codecs
import hashlib
import re
from collections.abc import Iterator
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

from assistant.errors import UserError

SUPPORTED = {".txt", ".md", ".markdown", ".pdf", ".docx", ".html", ".htm"}
_READ = 1 << 20


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
            f"{path.name}: this kind of file is not supported. Use .txt, .md, .pdf, .docx or .html."
        )


def paragraphs(path: Path) -> Iterator[str]:
    """Yield the document's text paragraph by paragraph (PDF pages page by page)."""
    check_document(path)
    ext = path.suffix.lower()
    if ext == ".pdf":
        yield from _pdf(path)
    elif ext == ".docx":
        yield from _docx(path)
    elif ext in (".html", ".htm"):
        yield from _split(_html_text(path))
    else:
        yield from _text(path)


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
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    check_document(path)
    try:
        reader = PdfReader(path)
        if reader.is_encrypted:
            raise UserError(f"{path.name} is encrypted; open it and save an unprotected copy.")
        return len(reader.pages)
    except PdfReadError as exc:
        raise UserError(f"{path.name} is not a readable PDF ({exc}).") from exc


def _pdf(path: Path) -> Iterator[str]:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(path)
        if reader.is_encrypted:
            raise UserError(f"{path.name} is encrypted; open it and save an unprotected copy.")
        any_text = False
        for page in reader.pages:
            text = page.extract_text() or ""
            if text.strip():
                any_text = True
                yield from _split(text)
        if not any_text:
            raise UserError(
                f"{path.name} has no text layer (it is probably scanned images). "
                "Run it through OCR first."
            )
    except PdfReadError as exc:
        raise UserError(f"{path.name} is not a readable PDF ({exc}).") from exc


def _docx(path: Path) -> Iterator[str]:
    import zipfile

    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(str(path))
    except (zipfile.BadZipFile, KeyError, ValueError, PackageNotFoundError) as exc:
        raise UserError(f"{path.name} is not a readable Word document.") from exc
    for block in document.iter_inner_content():
        if isinstance(block, docx.table.Table):
            for row in block.rows:
                cells = [c.text.strip() for c in row.cells]
                if any(cells):
                    yield " | ".join(cells)
        elif block.text.strip():
            yield block.text.strip()


_HIDDEN = frozenset({"script", "style", "noscript", "template", "head", "svg"})
_BLOCK = frozenset(
    "p div br li h1 h2 h3 h4 h5 h6 tr section article pre blockquote table ul ol".split()
)


class _Visible(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _HIDDEN:
            self._hidden += 1
        elif tag in _BLOCK:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _HIDDEN and self._hidden:
            self._hidden -= 1
        elif tag in _BLOCK:
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
