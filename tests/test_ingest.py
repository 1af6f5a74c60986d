"""Tests for pipeline.ingest: files and directories in, `Source` models (or `InputError`s) out."""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

import pytest

from pipeline.errors import InputError
from pipeline.ingest import count_articles, extract_html, file_stamp, iter_sources, read_source, source_from_text
from pipeline.models import Source


def write(path: Path, content: bytes | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        content = content.encode("utf-8")
    path.write_bytes(content)
    return path


def collect(paths: list[Path | str]) -> tuple[list[Source], list[InputError]]:
    errors: list[InputError] = []
    sources = list(iter_sources(paths, on_error=errors.append))
    return sources, errors


def html_source(tmp_path: Path, html: str) -> Source:
    return read_source(write(tmp_path / "page.html", html))


# ---- decoding ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "text", "encoding"),
    [
        ("Kerr ran 3:45.34 – a record".encode(), "Kerr ran 3:45.34 – a record", "utf-8"),
        (b"\xef\xbb\xbfKerr \xe2\x80\x93 3:45.34", "Kerr – 3:45.34", "utf-8-sig"),
        (b"\x93Hello\x94 said Kerr", "“Hello” said Kerr", "cp1252"),
        (b"Jos\xe9 \x96 Ch\xe2teau", "José – Château", "cp1252"),
        (b"Malm\xf6 \x81 G\xf6teborg", "Malmö \x81 Göteborg", "latin-1"),
        (b"line one\r\nline two\r\n", "line one\r\nline two\r\n", "utf-8"),
        (b"  indented\n\ttabbed  \n\n", "  indented\n\ttabbed  \n\n", "utf-8"),
    ],
    ids=[
        "utf-8", "bom", "cp1252-smart-quotes", "cp1252-accents", "latin-1", "crlf-kept",
        "whitespace-kept",
    ],
)
def test_ingest_decodes_text_files(tmp_path: Path, data: bytes, text: str, encoding: str) -> None:
    source = read_source(write(tmp_path / "article.txt", data))
    assert source.text == text
    assert source.encoding == encoding


@pytest.mark.parametrize(
    ("data", "byte", "line"),
    [
        ("Kerr – 3:45\n".encode() + b"line two \xff\n", len("Kerr – 3:45\nline two ".encode()),
         2),
        ("a – b\nc\nd".encode() + b"\xe2\x80", len("a – b\nc\nd".encode()), 3),  # truncated
        (b"\xef\xbb\xbfok\n\x93quoted\x94", 6, 2),  # a BOM says UTF-8, so cp1252 bytes are damage
    ],
    ids=["invalid-byte", "truncated-sequence", "bom-then-cp1252"],
)
def test_ingest_broken_utf8_names_byte_and_line(
    tmp_path: Path, data: bytes, byte: int, line: int
) -> None:
    path = write(tmp_path / "broken.txt", data)
    with pytest.raises(InputError) as caught:
        read_source(path)
    assert caught.value.message == f"invalid UTF-8 at byte {byte}"
    assert caught.value.line == line
    assert caught.value.path == str(path)


# ---- unreadable inputs ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty file"),
        (b"  \n\t\r\n  ", "empty file"),
        (b"\xef\xbb\xbf\n", "empty file"),
        (b"One NUL byte\x00 in a long enough line of text", "binary file, not an article"),
        (bytes(range(1, 9)) * 50 + b"some text", "binary file, not an article"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file, not an article"),
    ],
    ids=["empty", "whitespace-only", "bom-only", "nul-byte", "control-characters", "png"],
)
def test_ingest_rejects_unreadable_content(tmp_path: Path, data: bytes, message: str) -> None:
    path = write(tmp_path / "article.txt", data)
    with pytest.raises(InputError) as caught:
        read_source(path)
    assert caught.value.message == message
    assert caught.value.path == str(path)


def test_ingest_missing_path_is_an_error(tmp_path: Path) -> None:
    missing = tmp_path / "nope.txt"
    sources, errors = collect([missing])
    assert sources == []
    assert [(e.path, e.message) for e in errors] == [(str(missing), "no such file or directory")]


@pytest.mark.parametrize(
    "files",
    [[], ["notes.pdf", "data.csv"], [".hidden.txt", ".git/article.txt"]],
    ids=["empty-dir", "other-suffixes", "only-hidden"],
)
def test_ingest_directory_without_articles_is_an_error(tmp_path: Path, files: list[str]) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name in files:
        write(corpus / name, "Kerr won.")
    sources, errors = collect([corpus])
    assert sources == []
    assert [(e.path, e.message) for e in errors] == [
        (str(corpus), "no articles found (.txt, .md, .html, .jsonl)")
    ]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs POSIX FIFOs")
def test_ingest_fifo_is_reported_not_read(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)  # reading it would block forever
    sources, errors = collect([fifo])
    assert sources == []
    assert [e.message for e in errors] == ["cannot read: is a FIFO"]


def test_ingest_permission_denied_is_reported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write(tmp_path / "secret.txt", "Kerr won.")

    def denied(self: Path) -> bytes:  # chmod 0 does not stop root, so fake the refusal
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "read_bytes", denied)
    sources, errors = collect([path])
    assert sources == []
    assert [(e.path, e.message) for e in errors] == [(str(path), "cannot read: permission denied")]


def test_ingest_read_source_rejects_directory_and_jsonl(tmp_path: Path) -> None:
    jsonl = write(tmp_path / "articles.jsonl", '{"text": "Kerr won."}\n')
    with pytest.raises(InputError, match="is a directory"):
        read_source(tmp_path)
    with pytest.raises(InputError, match="iter_sources"):
        read_source(jsonl)


# ---- error handling ------------------------------------------------------------------------


def test_ingest_errors_do_not_stop_iteration(tmp_path: Path) -> None:
    first = write(tmp_path / "a.txt", "First article.")
    empty = write(tmp_path / "b.txt", "")
    last = write(tmp_path / "c.txt", "Last article.")
    no_articles = tmp_path / "empty_dir"
    no_articles.mkdir()
    sources, errors = collect([first, tmp_path / "missing.txt", no_articles, empty, last])
    assert [s.text for s in sources] == ["First article.", "Last article."]
    assert [e.message for e in errors] == [
        "no such file or directory",
        "no articles found (.txt, .md, .html, .jsonl)",
        "empty file",
    ]


def test_ingest_without_on_error_raises(tmp_path: Path) -> None:
    good = write(tmp_path / "a.txt", "Kerr won.")
    iterator = iter_sources([good, tmp_path / "missing.txt"])
    assert next(iterator).text == "Kerr won."
    with pytest.raises(InputError) as caught:
        next(iterator)
    assert caught.value.message == "no such file or directory"


def test_ingest_single_path_string_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", "Kerr won.")
    with pytest.raises(TypeError, match="sequence of paths"):
        list(iter_sources(str(path)))  # type: ignore[arg-type]


# ---- files and directories -----------------------------------------------------------------


def test_ingest_directory_is_walked_recursively_in_sorted_order(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    names = ["b.txt", "a.txt", "a/z.md", "a/c/d.MARKDOWN", "C.HTM", "e.Txt", "skip.pdf", "f.jsonl"]
    for name in names:
        body = '{"text": "f"}' if name.endswith("jsonl") else f"<p>{name}</p>"
        write(corpus / name, body)
    sources, errors = collect([corpus])
    assert errors == []
    # Depth-first, each directory's entries sorted by name ("C" < "a" < "a.txt" < "b").
    assert [s.path for s in sources] == [
        str(corpus / "C.HTM"),
        str(corpus / "a/c/d.MARKDOWN"),
        str(corpus / "a/z.md"),
        str(corpus / "a.txt"),
        str(corpus / "b.txt"),
        str(corpus / "e.Txt"),
        str(corpus / "f.jsonl") + "#L1",
    ]
    assert sources[0].text == "C.HTM"  # the .HTM file went through the HTML extractor


def test_ingest_hidden_files_and_directories_are_skipped(tmp_path: Path) -> None:
    write(tmp_path / "article.txt", "Visible.")
    write(tmp_path / ".draft.txt", "Hidden file.")
    write(tmp_path / ".cache/old.txt", "Hidden directory.")
    write(tmp_path / "sub/.git/x.md", "Hidden nested directory.")
    sources, errors = collect([tmp_path])
    assert errors == []
    assert [s.text for s in sources] == ["Visible."]


def test_ingest_named_files_are_read_whatever_their_suffix(tmp_path: Path) -> None:
    notes = write(tmp_path / "notes.rst", "<p>Kerr won.</p>")
    hidden = write(tmp_path / ".draft.txt", "Hidden but named.")
    sources, errors = collect([notes, hidden])
    assert errors == []
    assert [s.text for s in sources] == ["<p>Kerr won.</p>", "Hidden but named."]  # plain text


def test_ingest_several_paths_keep_their_order_and_files_are_read_once(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    inside = write(corpus / "a.txt", "Inside.")
    outside = write(tmp_path / "z.txt", "Outside.")
    sources, errors = collect([outside, corpus, inside])
    assert errors == []
    assert [s.path for s in sources] == [str(outside), str(inside)]


def test_ingest_a_file_reached_through_a_link_is_read_once(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    first = write(corpus / "a.txt", "Kerr won.")
    os.link(first, corpus / "b.txt")
    (corpus / "c.txt").symlink_to(first)
    sources, errors = collect([corpus])
    assert errors == [] and [s.path for s in sources] == [str(first)]


def test_ingest_file_stamp_changes_with_the_file_and_is_none_while_it_may_still_change(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", "Kerr won.")
    assert file_stamp(str(path)) is None  # written just now: a rewrite could keep its time
    os.utime(path, (1_700_000_000, 1_700_000_000))
    stamp = file_stamp(str(path))
    assert stamp is not None and stamp == file_stamp(str(path))
    path.write_text("Kerr lost.")
    os.utime(path, (1_700_000_000, 1_700_000_000))
    assert file_stamp(str(path)) != stamp  # same time, other size
    assert file_stamp(str(tmp_path / "missing.txt")) is None


def test_ingest_count_articles_counts_files_and_jsonl_lines_without_reading_articles(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", "One.")
    write(tmp_path / "sub" / "b.html", "<p>Two.</p>")
    write(tmp_path / "c.jsonl", '{"text": "3"}\n\n{"text": "4"}\n   \n{not json\n')
    write(tmp_path / ".hidden.txt", "Not counted.")
    assert count_articles([tmp_path]) == 5  # the bad line counts: an estimate, before reading
    assert count_articles([tmp_path / "missing"]) == 1  # left for the reader to report


def test_ingest_path_is_kept_as_given(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path / "a.txt", "Kerr won.")
    monkeypatch.chdir(tmp_path)
    assert read_source("./a.txt").path == "./a.txt"
    assert [s.path for s in iter_sources(["./a.txt"])] == ["./a.txt"]


def test_ingest_text_file_has_no_title_or_date(tmp_path: Path) -> None:
    source = read_source(write(tmp_path / "a.md", "# Kerr wins\n\nPublished 2024-05-25."))
    assert source.text == "# Kerr wins\n\nPublished 2024-05-25."
    assert (source.title, source.published, source.url) == (None, None, None)


# ---- JSONL ---------------------------------------------------------------------------------


def test_ingest_jsonl_reads_good_lines_and_reports_bad_ones(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "kerr", "text": "Kerr won.", "title": "Kerr", "url": "https://x/1",
                    "published": "2024-05-25", "extra": 1}),
        '{"text": "broken',
        "",
        json.dumps({"title": "no text"}),
        "   ",
        json.dumps({"text": "Hodgkinson won."}),
        json.dumps(["not", "an", "object"]),
        json.dumps({"text": "   "}),
        json.dumps({"text": "Nuguse third.", "title": 7}),
    ]
    path = write(tmp_path / "articles.jsonl", "\n".join(lines) + "\n")
    sources, errors = collect([path])
    assert [(s.path, s.text) for s in sources] == [
        (f"{path}#kerr", "Kerr won."),
        (f"{path}#L6", "Hodgkinson won."),
    ]
    first = sources[0]
    assert (first.title, first.url, first.published) == ("Kerr", "https://x/1", "2024-05-25")
    assert [(e.path, e.line) for e in errors] == [(str(path), n) for n in (2, 4, 7, 8, 9)]
    assert errors[0].message.startswith("line is not valid JSON: Unterminated string")
    assert [e.message for e in errors[1:]] == [
        "missing field 'text'",
        "line is not a JSON object but an array",
        "field 'text' is empty",
        "field 'title' must be a string, not a number",
    ]
    assert all("\n" not in str(e) for e in errors)
    assert str(errors[1]) == f"{path}:4: missing field 'text'"


def test_ingest_jsonl_keeps_line_separators_inside_strings(tmp_path: Path) -> None:
    # U+2028 is legal raw inside a JSON string; it must not split the line.
    path = write(tmp_path / "a.jsonl", '{"text": "Kerr\u2028won."}\r\n{"text": "Next."}\r\n')
    sources, errors = collect([path])
    assert errors == []
    assert [s.text for s in sources] == ["Kerr\u2028won.", "Next."]
    assert [s.path for s in sources] == [f"{path}#L1", f"{path}#L2"]


# ---- HTML ----------------------------------------------------------------------------------

PAGE = """<!doctype html>
<html><head>
  <title>Kerr wins | Athletics News</title>
  <meta property="og:title" content="Kerr breaks Cram&#39;s record">
  <meta property="article:published_time" content="2024-05-25T20:00:00Z">
  <style>p { color: red }</style>
  <script>var s = "<p>script text</p>";</script>
</head>
<body>
  <header><h1>Athletics News</h1><nav><a href="/">Home</a> <a>Results</a></nav></header>
  <main>
    <p>Main teaser outside the article.</p>
    <article>
      <h1>Kerr   breaks
          the record</h1>
      <p>Josh Kerr ran <b>3:45.34</b> &ndash; beating Cram&rsquo;s &amp; Coe&#x27;s marks.</p>
      <script>track("view")</script>
      <figure><svg><title>icon</title><path d="M0"/></svg>
        <figcaption>Kerr in Eugene</figcaption></figure>
      <p>&ldquo;It was special,&rdquo; he said.<br>Second line.</p>
      <aside>Related: other news</aside>
      <form><button>Subscribe</button></form>
    </article>
  </main>
  <footer>&copy; Athletics News</footer>
</body></html>
"""


def test_ingest_html_extracts_article_text_in_paragraphs(tmp_path: Path) -> None:
    source = html_source(tmp_path, PAGE)
    assert source.text == (
        "Kerr breaks the record\n\n"
        "Josh Kerr ran 3:45.34 – beating Cram’s & Coe's marks.\n\n"
        "Kerr in Eugene\n\n"
        "“It was special,” he said.\n\n"
        "Second line."
    )
    assert source.title == "Kerr breaks Cram's record"
    assert source.published == "2024-05-25T20:00:00Z"


@pytest.mark.parametrize(
    "dropped",
    ["script text", "track(", "color: red", "Home", "Results", "Related", "Subscribe",
     "Athletics News", "icon", "teaser"],
)
def test_ingest_html_drops_boilerplate(tmp_path: Path, dropped: str) -> None:
    assert dropped not in html_source(tmp_path, PAGE).text


@pytest.mark.parametrize(
    ("body", "text"),
    [
        ("<main><p>In main.</p></main><p>Outside.</p>", "In main."),
        ("<p>In body.</p><template><p>Template.</p></template>", "In body."),
        ("<article></article><main><p>Main, as the article is empty.</p></main>",
         "Main, as the article is empty."),
        ("<article><p>One.</p></article><div>Between.</div><article><p>Two.</p></article>",
         "One.\n\nTwo."),
        ("<table><tr><td>1</td><td>Kerr</td><td>3:45.34</td></tr>"
         "<tr><td>2</td><td>Ingebrigtsen</td></tr></table>",
         "1 Kerr 3:45.34\n\n2 Ingebrigtsen"),
        ("<ul><li>First</li><li>Second &amp; last</li></ul>", "First\n\nSecond & last"),
        ("<p>Fish &amp; chips&nbsp;&lt;3 &#8220;yes&#8221; &euro;5</p>",
         "Fish & chips <3 “yes” €5"),
        ("<nav><p>Unclosed nav<p>still nav</nav><p>Shown.</p>", "Shown."),
    ],
    ids=["main-over-body", "body", "empty-article", "several-articles", "table",
         "list", "entities", "nested-dropped"],
)
def test_ingest_html_chooses_container_and_blocks(tmp_path: Path, body: str, text: str) -> None:
    source = html_source(tmp_path, f"<html><body>{body}</body></html>")
    assert source.text == text


def test_ingest_html_fragment_without_body(tmp_path: Path) -> None:
    source = html_source(tmp_path, "<p>Just a   fragment.</p>\n<p>Two.</p>")
    assert source.text == "Just a fragment.\n\nTwo."


@pytest.mark.parametrize(
    ("head", "body", "title"),
    [
        ('<meta property="og:title" content="OG"><title>Title</title>', "<h1>H1</h1>", "OG"),
        ("<title> The\n  Title </title>", "<h1>H1</h1>", "The Title"),
        ("", "<header><h1>Site &amp; H1</h1></header><p>x</p><h1>Later</h1>", "Site & H1"),
        ("", "<p>x</p>", None),
    ],
    ids=["og-title", "title", "first-h1", "none"],
)
def test_ingest_html_title(tmp_path: Path, head: str, body: str, title: str | None) -> None:
    page = f"<html><head>{head}</head><body>{body}</body></html>"
    assert html_source(tmp_path, page).title == title


@pytest.mark.parametrize(
    ("head", "body", "published"),
    [
        ('<meta name="date" content="2024-01-01"><meta property="article:published_time" '
         'content="2024-05-25">', '<time datetime="2023-01-01">x</time>', "2024-05-25"),
        ('<meta name="date" content="2024-01-01">', '<time datetime="2023-01-01">x</time>',
         "2024-01-01"),
        ("", '<p><time>no attr</time> <time datetime="2023-06-30">x</time> '
             '<time datetime="2020-01-01">y</time></p>', "2023-06-30"),
        ("", "<p>no date</p>", None),
    ],
    ids=["published-time", "meta-date", "first-time-element", "none"],
)
def test_ingest_html_published(tmp_path: Path, head: str, body: str, published: str | None) -> None:
    page = f"<html><head>{head}</head><body>{body}</body></html>"
    assert html_source(tmp_path, page).published == published


@pytest.mark.parametrize(
    "page",
    ["<html><head><title>Only a title</title></head><body></body></html>",
     "<html><body><nav>Menu</nav><script>x()</script>\n  \n</body></html>"],
    ids=["title-only", "only-boilerplate"],
)
def test_ingest_html_without_text_is_an_error(tmp_path: Path, page: str) -> None:
    with pytest.raises(InputError) as caught:
        html_source(tmp_path, page)
    assert caught.value.message == "no text in HTML"


def test_ingest_html_cp1252_is_decoded_before_extraction(tmp_path: Path) -> None:
    source = read_source(write(tmp_path / "old.htm", b"<p>\x93Hello\x94 &amp; bye</p>"))
    assert (source.text, source.encoding) == ("“Hello” & bye", "cp1252")


def test_ingest_extract_html_returns_page() -> None:
    page = extract_html("<title>T</title><p>A</p><p>B</p>")
    assert (page.text, page.title, page.published) == ("A\n\nB", "T", None)


# ---- identity ------------------------------------------------------------------------------


def test_ingest_source_id_is_the_content_hash(tmp_path: Path) -> None:
    text = "Josh Kerr ran 3:45.34 – a British record.\r\n"
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    utf8 = read_source(write(tmp_path / "a.txt", text.encode("utf-8")))
    bom = read_source(write(tmp_path / "sub/b.txt", b"\xef\xbb\xbf" + text.encode("utf-8")))
    cp1252 = read_source(write(tmp_path / "c.txt", text.encode("cp1252")))
    in_memory = source_from_text(text)
    for source in (utf8, bom, cp1252, in_memory):
        assert source.sha256 == digest
        assert source.id == digest[:16]
    assert read_source(tmp_path / "a.txt").id == utf8.id  # stable across reads
    assert source_from_text(text + " ").id != utf8.id


def test_ingest_html_id_hashes_the_extracted_text(tmp_path: Path) -> None:
    source = html_source(tmp_path, "<html><body><p>Kerr won.</p></body></html>")
    assert source.text == "Kerr won."
    assert source.sha256 == hashlib.sha256(b"Kerr won.").hexdigest()


def test_ingest_source_from_text(tmp_path: Path) -> None:
    source = source_from_text("Kerr won.", title="T", published="2024", url="https://x")
    assert (source.path, source.title, source.published, source.url) == (
        "<text>", "T", "2024", "https://x"
    )
    assert source_from_text("Kerr won.", path="api").path == "api"
    with pytest.raises(InputError, match="empty text"):
        source_from_text(" \n ")


# ---- the publication year --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("published", "year"),
    [("2024-05-25", 2024), ("2024-05-25T20:00:00Z", 2024), ("Sat, 25 May 2024 20:00:00 +0000", 2024),
     ("25/05/2024", 2024), ("20240525", 2024), ("20240525T2000Z", 2024), ("1716667200", None), ("2016667200", None),
     ("yesterday", None), (None, None)],
)
def test_ingest_publication_year(published: str | None, year: int | None) -> None:
    from pipeline.ingest import publication_year

    assert publication_year(published) == year


def test_ingest_id_covers_the_publication_year_extraction_reads(tmp_path: Path) -> None:
    """The id keys the store: the same text published in another year may date its race
    differently, so it is another article; the same year (any day) is the same article."""
    text = "Kerr won the mile in 3:45.34."
    lines = [{"id": "a", "text": text, "published": "2023-06-01"}, {"id": "b", "text": text, "published": "2024-06-01"},
             {"id": "c", "text": text, "published": "2024-06-02T10:00:00Z"}, {"id": "d", "text": text}]
    path = write(tmp_path / "a.jsonl", "".join(json.dumps(line) + "\n" for line in lines))
    a, b, c, d = collect([path])[0]
    assert len({a.id, b.id, d.id}) == 3 and b.id == c.id
    assert a.sha256 == b.sha256 == d.sha256 == hashlib.sha256(text.encode()).hexdigest()
    assert d.id == d.sha256[:16]
