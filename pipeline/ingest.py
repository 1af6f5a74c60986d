"""Ingest: read article files into `Source` models.

Reads plain text and Markdown (`.txt`, `.md`, `.markdown`), HTML (`.html`, `.htm`; the main
text is extracted with the stdlib `html.parser`) and JSONL (`.jsonl`, one article per line),
from files or from directories walked recursively. Produces one frozen `Source` per article:
`sha256` hashes the text and `id` the text and the year it was published, if the source says
(HTML meta `article:published_time`, JSONL `published`), since that year dates the race when
the text does not; `text` is the text as read after decoding (HTML: the extracted
text), so every character offset downstream refers to `Source.text`.

Decoding: UTF-8 (a BOM is removed and recorded as "utf-8-sig"); text that is not UTF-8 and holds
no valid multi-byte UTF-8 sequence is read as cp1252, or latin-1 where cp1252 cannot decode it.
Broken UTF-8 (valid sequences mixed with invalid bytes) is an error. Nothing else in the text is
changed: line endings stay as they are.

Size: an article larger than `MAX_ARTICLE_BYTES` is refused with "article is N MB; the limit is
M MB": a text or Markdown file by its size, before it is read; an HTML page by the size of the
text extracted from it (the page itself may be up to `MAX_HTML_BYTES`, scripts and styles
included); a JSONL file line by line, each line being one article (a JSONL file is read one
line at a time, its encoding decided over the whole file first, so it may be of any size). `source_from_text` (text
already in memory, the Python API) has no limit.

Problems with an input are `InputError`s naming the path (and line, for JSONL). `iter_sources`
passes each to `on_error` and carries on; `read_source` and `source_from_text` raise them.
"""

from __future__ import annotations

import codecs
import hashlib
import json
import logging
import os
import re
import stat
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

from pipeline import patterns as P
from pipeline.errors import InputError
from pipeline.models import Source

logger = logging.getLogger(__name__)

TEXT_SUFFIXES = frozenset({".txt", ".md", ".markdown"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
JSONL_SUFFIXES = frozenset({".jsonl"})
ARTICLE_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES

NO_ARTICLES = "no articles found (.txt, .md, .html, .jsonl)"

# The largest article read, in bytes of UTF-8 text (of a text file as stored). Real articles are
# 2-60 KB (the largest in corpus/ is 8 KB), so 1 MB is over 100x any article and refuses only
# what is not one: a site dump, a log, a book, a runaway file. Why not more (measured on two
# cores, the robustness issue): spaCy refuses a text over `nlp.max_length` = 1,000,000
# characters (E088), and 1,000,000 bytes is at most that many characters whatever the encoding;
# and extraction time still grows faster than the text (1 MB takes ~3 minutes, 10 MB does not
# end within 45 minutes), with ~45 MB of memory per MB of text for the Doc alone. Raise it when
# the stages are linear and `nlp.max_length` is raised with it.
MAX_ARTICLE_BYTES = 1_000_000
# The largest HTML page read: news pages carry 0.1-2 MB of scripts, styles and markup around
# an article of a few KB; the text extracted from a page is held to MAX_ARTICLE_BYTES.
MAX_HTML_BYTES = 10 * MAX_ARTICLE_BYTES

OnError = Callable[[InputError], None]


# ---- public API ----------------------------------------------------------------------------


def iter_sources(
    paths: Sequence[str | os.PathLike[str]], *, on_error: OnError | None = None
) -> Iterator[Source]:
    """Yield a `Source` for every article under `paths`, in order.

    Files are read whatever their suffix (an unknown suffix is plain text). Directories are
    walked depth-first with entries sorted by name, taking only article suffixes (any case)
    and skipping hidden files and directories. A file reached twice (named and inside a named
    directory, say) is read once. Each problem is passed to `on_error` and the iteration goes
    on; without `on_error` the first problem is raised.
    """
    for found in iter_files(paths, on_error=on_error):
        for item in read_articles(found):
            if isinstance(item, InputError):
                _report(item, on_error)
            else:
                yield item


def iter_files(paths: Sequence[str | os.PathLike[str]], *, on_error: OnError | None = None) -> Iterator[str]:
    """The article files `iter_sources` reads under `paths`, in its order, each once, as named
    (not resolved): a directory's entries are its path joined with theirs."""
    if isinstance(paths, (str, bytes, os.PathLike)):
        raise TypeError("takes a sequence of paths; wrap a single path in a list")
    seen: set[tuple[int, int] | str] = set()
    for given in paths:
        for found in _find_articles(os.fspath(given)):
            if isinstance(found, InputError):
                _report(found, on_error)
                continue
            try:
                info = os.stat(found)
                same: tuple[int, int] | str = (info.st_dev, info.st_ino)
            except OSError:
                same = found  # left for the reader to report
            if same in seen:
                logger.debug("skipping %s: already read", found)
                continue
            seen.add(same)
            yield found


def count_articles(paths: Sequence[str | os.PathLike[str]]) -> int:
    """How many articles `iter_sources` would read under `paths`, without reading them: one per
    file, one per non-blank line of a JSONL file (an estimate for a progress bar: bad lines and
    unreadable files count)."""
    total = 0
    for path in iter_files(paths, on_error=lambda err: None):
        if _kind_of(path) != "jsonl":
            total += 1
            continue
        try:
            with open(path, "rb") as fh:
                total += sum(1 for line in fh if line.strip())
        except OSError:
            pass
    return total


def file_stamp(path: str, *, settle_ns: int = 2_000_000_000) -> str | None:
    """What tells that a file is unchanged since it was last read: its device, inode, size and
    modification time. None if it cannot be read or was modified within `settle_ns` (default 2 s):
    a file written again within its file system's timestamp resolution would keep its stamp."""
    try:
        info = os.stat(path)
    except OSError:
        return None
    if info.st_mtime_ns > time.time_ns() - settle_ns:
        return None
    return f"{info.st_dev}:{info.st_ino}:{info.st_size}:{info.st_mtime_ns}"


def read_source(path: str | os.PathLike[str]) -> Source:
    """Read one article file (text, Markdown or HTML; not JSONL) of at most `MAX_ARTICLE_BYTES`.
    Raises `InputError`."""
    shown = os.fspath(path)
    if _kind_of(shown) == "jsonl":
        raise InputError(shown, "a JSONL file holds several articles; read it with iter_sources")
    text, encoding = _read_text(shown)
    return _file_source(text, shown, encoding)


def source_from_text(
    text: str,
    *,
    path: str = "<text>",
    title: str | None = None,
    published: str | None = None,
    url: str | None = None,
) -> Source:
    """Make a `Source` from text already in memory. Raises `InputError` for empty text."""
    if not text.strip():
        raise InputError(path, "empty text")
    _check_unicode(text, path)
    return _make_source(text, path=path, title=title, published=published, url=url)


# ---- finding files -------------------------------------------------------------------------


def _report(error: InputError, on_error: OnError | None) -> None:
    if on_error is None:
        raise error
    on_error(error)


def _find_articles(shown: str) -> Iterator[str | InputError]:
    """The files to read for one given path; missing paths are left for the reader to report."""
    path = Path(shown)
    if not _is_dir(path):
        yield shown
        return
    found = False
    for item in _walk(path, visited=set()):
        found = True
        yield item
    if not found:
        yield InputError(shown, NO_ARTICLES)


def _walk(directory: Path, visited: set[tuple[int, int]]) -> Iterator[str | InputError]:
    """Article files under `directory`, depth-first, sorted by name, hidden entries skipped."""
    try:
        info = directory.stat()
        with os.scandir(directory) as it:
            entries = sorted(it, key=lambda entry: entry.name)
    except OSError as exc:
        yield InputError(str(directory), f"cannot read: {_reason(exc)}")
        return
    if (info.st_dev, info.st_ino) in visited:  # a symlink loop
        return
    visited.add((info.st_dev, info.st_ino))
    for entry in entries:
        if entry.name.startswith("."):
            continue
        try:
            is_dir = entry.is_dir()  # follows symlinks; no stat call where the directory listing tells
        except OSError:
            is_dir = False
        if is_dir:
            yield from _walk(Path(entry.path), visited)
        elif os.path.splitext(entry.name)[1].lower() in ARTICLE_SUFFIXES:
            yield entry.path


def _is_dir(path: Path) -> bool:
    try:
        return path.is_dir()
    except OSError:
        return False


def _kind_of(shown: str) -> str:
    suffix = Path(shown).suffix.lower()
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in JSONL_SUFFIXES:
        return "jsonl"
    return "text"


# ---- reading files -------------------------------------------------------------------------


def read_articles(shown: str) -> Iterator[Source | InputError]:
    """Every article in one file (any suffix but .jsonl is one article), with its problems as
    values rather than raised. A JSONL file is read line by line, never whole: an archive of a
    million articles may be one file."""
    try:
        if _kind_of(shown) == "jsonl":
            yield from _jsonl_sources(shown, _jsonl_encoding(shown))
            return
        text, encoding = _read_text(shown)
        yield _file_source(text, shown, encoding)
    except InputError as error:
        yield error


def _read_text(shown: str) -> tuple[str, str]:
    """The decoded text of a file and the encoding used; raises `InputError`."""
    data = _read_bytes(shown, _file_limit(shown))
    if _looks_binary(data):
        raise InputError(shown, "binary file, not an article")
    text, encoding = _decode(data, shown)
    if not text.strip():
        raise InputError(shown, "empty file")
    logger.debug("read %s (%s, %d characters)", shown, encoding, len(text))
    return text, encoding


def _file_limit(shown: str) -> tuple[int, str]:
    """The most bytes a file may hold, and what it is called in the error (a JSONL file's
    articles are limited line by line)."""
    return (MAX_HTML_BYTES, "HTML page") if _kind_of(shown) == "html" else (MAX_ARTICLE_BYTES, "article")


def _regular_file(shown: str) -> os.stat_result:
    """The file's status; `InputError` unless it is a regular file."""
    try:
        info = Path(shown).stat()
    except (FileNotFoundError, NotADirectoryError):
        raise InputError(shown, "no such file or directory") from None
    except OSError as exc:
        raise InputError(shown, f"cannot read: {_reason(exc)}") from None
    if stat.S_ISDIR(info.st_mode):
        raise InputError(shown, "is a directory, not an article")
    if not stat.S_ISREG(info.st_mode):  # reading a FIFO would block; a device never ends
        raise InputError(shown, f"cannot read: {_file_kind(info.st_mode)}")
    return info


def _read_bytes(shown: str, limit: tuple[int, str]) -> bytes:
    """The bytes of a regular file, refused when over `limit` (bytes, what the file is)."""
    path = Path(shown)
    info = _regular_file(shown)
    try:
        if info.st_size > limit[0]:
            raise InputError(shown, too_big(info.st_size, *limit))
        data = path.read_bytes()
        if len(data) > limit[0]:  # grew since stat
            raise InputError(shown, too_big(len(data), *limit))
        return data
    except (FileNotFoundError, NotADirectoryError):
        raise InputError(shown, "no such file or directory") from None
    except OSError as exc:
        raise InputError(shown, f"cannot read: {_reason(exc)}") from None


def too_big(size: int, limit: int | None = None, what: str = "article") -> str:
    """"article is 7.3 MB; the limit is 1 MB" (MB of 1,000,000 bytes; the size is shown with as
    many decimals as it takes to differ from the limit: one byte over 1 MB is "1.000001 MB")."""
    limit_mb = (MAX_ARTICLE_BYTES if limit is None else limit) / 1e6
    shown = f"{size / 1e6:.1f}"
    for decimals in range(2, 7):
        if float(shown) > limit_mb:
            break
        shown = f"{size / 1e6:.{decimals}f}"
    return f"{what} is {shown} MB; the limit is {limit_mb:g} MB"


def _file_kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "is a FIFO"
    if stat.S_ISSOCK(mode):
        return "is a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "is a device"
    return "not a regular file"


def _reason(exc: OSError) -> str:
    reason = exc.strerror or type(exc).__name__
    return reason[:1].lower() + reason[1:]


def _file_source(text: str, shown: str, encoding: str) -> Source:
    if _kind_of(shown) != "html":
        return _make_source(text, path=shown, encoding=encoding)
    page = extract_html(text)
    if not page.text:
        raise InputError(shown, "no text in HTML")
    if len(page.text) > MAX_ARTICLE_BYTES // 4 and (size := len(page.text.encode("utf-8"))) > MAX_ARTICLE_BYTES:
        raise InputError(shown, too_big(size))
    return _make_source(
        page.text, path=shown, encoding=encoding, title=page.title, published=page.published
    )


def _make_source(
    text: str,
    *,
    path: str,
    encoding: str = "utf-8",
    title: str | None = None,
    published: str | None = None,
    url: str | None = None,
) -> Source:
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    year = publication_year(published)
    # the id keys the store: it covers all that extraction reads, the text and the year it was
    # published (which dates the race when the text does not)
    key = digest if year is None else hashlib.sha256(f"{digest}|published {year}".encode()).hexdigest()
    return Source(
        id=key[:16],
        path=path,
        sha256=digest,
        title=title,
        published=published,
        url=url,
        encoding=encoding,
        text=text,
    )


def publication_year(published: str | None) -> int | None:
    """The year of a publication date as sources give it ("2024-07-12T19:05:00Z"), if any."""
    m = P.PUBLISHED_YEAR.search(published or "")
    return int(m.group("year")) if m else None


def _check_unicode(text: str, path: str, line: int | None = None) -> None:
    """Text must encode as UTF-8 to be hashed; a lone surrogate (from JSON "\\ud800") cannot."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        message = f"text holds a lone surrogate at character {exc.start}"
        raise InputError(path, message, line) from None


# ---- bytes to text -------------------------------------------------------------------------

# Control bytes other than tab, newline, vertical tab, form feed and carriage return.
_CONTROL_BYTES = bytes(set(range(32)) - {9, 10, 11, 12, 13}) + b"\x7f"
_BINARY_SAMPLE = 8192
_BINARY_CONTROL_SHARE = 0.10


def _looks_binary(data: bytes) -> bool:
    """NUL bytes anywhere, or more than 10% control bytes in the first 8 KiB."""
    if b"\x00" in data:
        return True
    sample = data[:_BINARY_SAMPLE]
    if not sample:
        return False
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    return controls / len(sample) > _BINARY_CONTROL_SHARE


def _decode(data: bytes, shown: str) -> tuple[str, str]:
    """Decode UTF-8 (BOM removed), else cp1252, else latin-1; broken UTF-8 is an error.

    A file with a BOM, or with any valid multi-byte UTF-8 sequence, was written as UTF-8, so
    invalid bytes in it are damage (a truncated or spliced file), not a legacy encoding.
    """
    has_bom = data.startswith(codecs.BOM_UTF8)
    body = data[len(codecs.BOM_UTF8) :] if has_bom else data
    try:
        return body.decode("utf-8"), "utf-8-sig" if has_bom else "utf-8"
    except UnicodeDecodeError as exc:
        first_bad = exc.start + (len(data) - len(body))
    if has_bom or _has_multibyte_utf8(body):
        line = data.count(b"\n", 0, first_bad) + 1
        raise InputError(shown, f"invalid UTF-8 at byte {first_bad}", line=line)
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:  # 0x81, 0x8D, 0x8F, 0x90, 0x9D are undefined in cp1252
        return data.decode("latin-1"), "latin-1"


def _has_multibyte_utf8(data: bytes) -> bool:
    """True if `data` holds a valid multi-byte UTF-8 sequence.

    With "surrogateescape" every invalid byte decodes to U+DC80..U+DCFF, a range valid UTF-8
    never produces, so any other non-ASCII character came from a valid sequence.
    """
    decoded = data.decode("utf-8", "surrogateescape")
    return any(ord(char) > 0x7F and not 0xDC80 <= ord(char) <= 0xDCFF for char in decoded)


# ---- JSONL ---------------------------------------------------------------------------------

_JSON_TYPES = {
    dict: "an object", list: "an array", str: "a string", bool: "a boolean",
    int: "a number", float: "a number", type(None): "null",
}


def _jsonl_encoding(shown: str) -> str:
    """The encoding of a JSONL file, decided over the whole file as `_decode` decides it for a
    text file, reading it line by line: UTF-8 (with or without a BOM), else cp1252, else
    latin-1; broken UTF-8 is an error naming its byte and line."""
    _regular_file(shown)
    has_bom = multibyte = nonblank = False
    invalid: tuple[int, int] | None = None  # first invalid UTF-8: byte offset, line
    cp1252 = True
    offset = 0
    try:
        with open(shown, "rb") as fh:
            if _looks_binary(fh.read(_BINARY_SAMPLE)):
                raise InputError(shown, "binary file, not an article")
            fh.seek(0)
            for lineno, raw in enumerate(fh, start=1):
                if b"\x00" in raw:
                    raise InputError(shown, "binary file, not an article")
                body = raw
                if lineno == 1 and raw.startswith(codecs.BOM_UTF8):
                    has_bom, body = True, raw[len(codecs.BOM_UTF8) :]
                nonblank = nonblank or bool(body.strip())
                try:
                    body.decode("utf-8")
                    multibyte = multibyte or not body.isascii()
                except UnicodeDecodeError as exc:
                    if invalid is None:
                        invalid = (offset + len(raw) - len(body) + exc.start, lineno)
                    multibyte = multibyte or _has_multibyte_utf8(body)
                    try:
                        body.decode("cp1252")
                    except UnicodeDecodeError:
                        cp1252 = False
                offset += len(raw)
    except OSError as exc:
        raise InputError(shown, f"cannot read: {_reason(exc)}") from None
    if not nonblank:
        raise InputError(shown, "empty file")
    if invalid is None:
        return "utf-8-sig" if has_bom else "utf-8"
    if has_bom or multibyte:
        raise InputError(shown, f"invalid UTF-8 at byte {invalid[0]}", line=invalid[1])
    return "cp1252" if cp1252 else "latin-1"


def _jsonl_sources(shown: str, encoding: str) -> Iterator[Source | InputError]:
    """One source per non-blank line, read one line at a time; a bad line is an error with its
    number, not a stop."""
    codec = "utf-8" if encoding.startswith("utf-8") else encoding
    try:
        with open(shown, "rb") as fh:
            # Split on "\n" only (a binary file's lines): str.splitlines() would also split at
            # U+2028, which JSON allows raw.
            for lineno, raw in enumerate(fh, start=1):
                if lineno == 1 and encoding == "utf-8-sig":
                    raw = raw[len(codecs.BOM_UTF8) :]
                line = raw.decode(codec)
                if not line.strip():
                    continue
                try:
                    yield _record_source(line.rstrip("\n"), lineno, shown, encoding)
                except InputError as error:
                    yield error
    except OSError as exc:
        yield InputError(shown, f"cannot read: {_reason(exc)}")


def _record_source(line: str, lineno: int, shown: str, encoding: str) -> Source:
    if len(line) > MAX_ARTICLE_BYTES // 4 and (size := len(line.encode("utf-8"))) > MAX_ARTICLE_BYTES:
        raise InputError(shown, too_big(size), lineno)  # refused before parsing it
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        message = f"line is not valid JSON: {exc.msg} (column {exc.colno})"
        raise InputError(shown, message, lineno) from None
    if not isinstance(record, dict):
        message = f"line is not a JSON object but {_JSON_TYPES[type(record)]}"
        raise InputError(shown, message, lineno)
    if record.get("text") is None:
        raise InputError(shown, "missing field 'text'", lineno)
    text, id_, url, title, published = (
        _string_field(record, name, shown, lineno)
        for name in ("text", "id", "url", "title", "published")
    )
    if not text or not text.strip():
        raise InputError(shown, "field 'text' is empty", lineno)
    _check_unicode(text, shown, lineno)
    path = f"{shown}#{id_}" if id_ else f"{shown}#L{lineno}"
    return _make_source(
        text, path=path, encoding=encoding, title=title, published=published, url=url
    )


def _string_field(record: dict[str, object], name: str, shown: str, lineno: int) -> str | None:
    value = record.get(name)
    if value is None or isinstance(value, str):
        return value
    message = f"field {name!r} must be a string, not {_JSON_TYPES[type(value)]}"
    raise InputError(shown, message, lineno)


# ---- HTML ----------------------------------------------------------------------------------

_DROPPED_TAGS = frozenset({
    "script", "style", "noscript", "template", "svg", "nav", "header", "footer", "aside",
    "form", "iframe", "button",
})
_BLOCK_TAGS = frozenset({
    "address", "article", "blockquote", "body", "br", "caption", "dd", "details", "div", "dl",
    "dt", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "li", "main", "ol",
    "p", "pre", "section", "summary", "table", "tbody", "tfoot", "thead", "tr", "ul",
})
_CELL_TAGS = frozenset({"td", "th"})
_VOID_TAGS = frozenset({
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
    "source", "track", "wbr",
})
# Where the article text is, best first; with none of them the whole page is used.
_CONTAINERS = ("article", "main", "body")
_WHITESPACE = re.compile(r"\s+")

# A piece of text and the containers it sits in; None marks a paragraph break.
_Chunk = tuple[str, frozenset[str]] | None


@dataclass(frozen=True)
class HtmlPage:
    """What `extract_html` finds: the main text (paragraphs split by blank lines) and metadata."""

    text: str
    title: str | None
    published: str | None


def extract_html(html: str) -> HtmlPage:
    """Extract the main text, title and publication time of an HTML page."""
    parser = _HtmlTextParser()
    parser.feed(html)
    parser.close()
    return HtmlPage(text=parser.main_text(), title=parser.title(), published=parser.published())


class _HtmlTextParser(HTMLParser):
    """Collects text chunks outside dropped elements, noting the containers each sits in."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.chunks: list[_Chunk] = []
        self.dropping: list[str] = []  # open dropped elements, innermost last
        self.open_containers = dict.fromkeys(_CONTAINERS, 0)
        self.seen_containers: set[str] = set()
        self.meta: dict[str, str] = {}
        self.title_parts: list[str] = []
        self.in_title = False
        self.h1_parts: list[str] = []
        self.h1_state = "before"  # "before" the first <h1>, "inside" it, "after" it
        self.time: str | None = None

    # -- parser callbacks --

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._note_metadata(tag, dict(attrs))
        if tag in _DROPPED_TAGS and tag not in _VOID_TAGS:
            self.dropping.append(tag)
        if self.dropping:
            return
        if tag == "title":
            self.in_title = True
        elif tag in self.open_containers:
            self.open_containers[tag] += 1
            self.seen_containers.add(tag)
        self._separate(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag == "h1" and self.h1_state == "inside":
            self.h1_state = "after"
        if tag in self.dropping:  # close it and anything left open inside it
            last = len(self.dropping) - 1 - self.dropping[::-1].index(tag)
            del self.dropping[last:]
            return
        if self.dropping:
            return
        if tag == "title":
            self.in_title = False
        elif tag in self.open_containers:
            self.open_containers[tag] = max(0, self.open_containers[tag] - 1)
        self._separate(tag)

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title_parts.append(data)
            return
        if self.h1_state == "inside":  # the first <h1> counts even in a dropped <header>
            self.h1_parts.append(data)
        if not self.dropping:
            self.chunks.append((data, self._containers()))

    # -- helpers --

    def _note_metadata(self, tag: str, attrs: dict[str, str | None]) -> None:
        if tag == "meta":
            key = (attrs.get("property") or attrs.get("name") or "").strip().lower()
            content = (attrs.get("content") or "").strip()
            if key and content:
                self.meta.setdefault(key, content)
        elif tag == "time" and self.time is None and (attrs.get("datetime") or "").strip():
            self.time = (attrs["datetime"] or "").strip()
        elif tag == "h1" and self.h1_state == "before":
            self.h1_state = "inside"

    def _separate(self, tag: str) -> None:
        if tag in _BLOCK_TAGS:
            self.chunks.append(None)
        elif tag in _CELL_TAGS:
            self.chunks.append((" ", self._containers()))

    def _containers(self) -> frozenset[str]:
        return frozenset(name for name, depth in self.open_containers.items() if depth)

    # -- results --

    def main_text(self) -> str:
        """The text of the best container that has any, else of the whole page."""
        for container in _CONTAINERS:
            if container in self.seen_containers:
                text = self._text_in(container)
                if text:
                    return text
        return self._text_in(None)

    def _text_in(self, container: str | None) -> str:
        paragraphs: list[str] = []
        current: list[str] = []
        for chunk in [*self.chunks, None]:
            if chunk is None:
                paragraph = _collapse("".join(current))
                if paragraph:
                    paragraphs.append(paragraph)
                current = []
            elif container is None or container in chunk[1]:
                current.append(chunk[0])
        return "\n\n".join(paragraphs)

    def title(self) -> str | None:
        candidates = (
            self.meta.get("og:title"),
            _collapse("".join(self.title_parts)),
            _collapse("".join(self.h1_parts)),
        )
        return next((title for title in candidates if title), None)

    def published(self) -> str | None:
        return self.meta.get("article:published_time") or self.meta.get("date") or self.time


def _collapse(text: str) -> str:
    return _WHITESPACE.sub(" ", text).strip()
