"""Script injection: content can't run code on the site, and the site can live under a strict
Content-Security-Policy (``default-src 'self'``).

A tiny site whose every free-text field carries injection attempts (tests/xss_corpus.py) is
built with Pelican; every file in its output, and in the sample site's, must be inert: no
script other than JSON data blocks and same-site files, no ``<style>``, no ``style`` or
``on*`` attribute, no ``javascript:`` or ``data:`` address, well-formed feeds and JSON,
JSON-LD that can't close its ``<script>``, calendars without injected properties.
"""

from __future__ import annotations

import csv
import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from tests import xss_corpus
from tests.site_helpers import REPO, html_files, page, parse, pelican, url_of
from tests.site_helpers import sample_site as _sample_site
from tukena.exceptions import ConfigurationError
from tukena.site import headers, render
from tukena.site.markup import to_html

BOT_URL = xss_corpus.BOT_URL
DATA_SCRIPTS = {"application/ld+json", "application/json"}
FORBIDDEN_TAGS = {"style", "iframe", "frame", "frameset", "object", "embed", "applet", "base"}
URL_ATTRIBUTES = {
    "href",
    "src",
    "action",
    "formaction",
    "poster",
    "data",
    "cite",
    "background",
    "xlink:href",
    "srcset",
    "ping",
}
SAFE_SCHEMES = {"", "http", "https", "mailto", "tel"}
CONTROL = re.compile(r"[\x00-\x20]")
FORMULA = ("=", "+", "@")
#: A plain number, such as a phone number: digits with spaces, +, - and parentheses only,
#: which a spreadsheet can at most read as arithmetic (no function, no reference).
PLAIN_NUMBER = re.compile(r"[-+() ]*[0-9][-+() 0-9]*")


@pytest.fixture(scope="session")
def xss_site(tmp_path_factory) -> Path:
    return xss_corpus.site(tmp_path_factory)


@pytest.fixture(scope="session")
def sample(tmp_path_factory) -> Path:
    return _sample_site(tmp_path_factory).check().output


def html_problems(doc, where: str) -> list[str]:
    """Everything in a parsed page that a strict CSP would block or that could run code."""
    found = []
    for node in doc.iter():
        tag = f"{where}:{node.line}: <{node.tag}>"
        if node.tag in FORBIDDEN_TAGS:
            found.append(f"{tag} element")
        if node.tag == "script":
            kind = (node.get("type") or "").lower()
            src = node.get("src")
            if src is None and kind not in DATA_SCRIPTS:
                found.append(f"{tag} inline script")
            if src is not None and urlsplit(src).netloc:
                found.append(f"{tag} script from another site")
            if kind == "application/ld+json":
                found += _json_ld_problems(node.text, tag)
        if node.tag == "meta" and (node.get("http-equiv") or "").lower() == "refresh":
            found.append(f"{tag} meta refresh")
        for name, value in node.attrs.items():
            if name.startswith("on") or name in ("style", "srcdoc"):
                found.append(f"{tag} attribute {name}")
            if name in URL_ATTRIBUTES and value:
                scheme = urlsplit(CONTROL.sub("", value).lower()).scheme
                if scheme not in SAFE_SCHEMES:
                    found.append(f"{tag} {name}={value!r}")
    return found


def _json_ld_problems(text: str, tag: str) -> list[str]:
    if "<" in text:
        return [f"{tag} JSON-LD holds a raw '<'"]
    try:
        json.loads(text)
    except ValueError as exc:
        return [f"{tag} JSON-LD is not JSON: {exc}"]
    return []


def _xml_problems(path: Path, where: str) -> list[str]:
    root = ET.parse(path).getroot()  # noqa: S314 - our own output; raises when malformed
    found = []
    for element in root.iter():
        name = element.tag.rpartition("}")[2]
        if name == "script" or any(a.rpartition("}")[2].startswith("on") for a in element.attrib):
            found.append(f"{where}: <{name}> in XML")
        if element.get("type") == "html" and element.text:
            found += html_problems(parse(element.text), f"{where} <{name}>")
        if element.get("type") == "xhtml":
            inner = "".join(ET.tostring(child, "unicode") for child in element)
            found += html_problems(parse(inner), f"{where} <{name}>")
    return found


def _ics_problems(path: Path, where: str) -> list[str]:
    text = path.read_bytes().decode("utf-8")
    lines = text.split("\r\n")
    found = [f"{where}: bare line feed" for line in lines if "\n" in line]
    for number, line in enumerate(lines, 1):
        if line and line[0] not in " \t" and not re.match(r"[A-Z][A-Z0-9-]*[;:]", line):
            found.append(f"{where}:{number}: not a property line: {line[:60]!r}")
        if line.startswith("X-INJECTED"):
            found.append(f"{where}:{number}: injected property")
    return found


def _csv_problems(path: Path, where: str) -> list[str]:
    with path.open(newline="", encoding="utf-8-sig") as handle:
        return [
            f"{where}:{row_number}: cell starts a formula: {cell[:40]!r}"
            for row_number, row in enumerate(csv.reader(handle), 1)
            for cell in row
            if cell.startswith(FORMULA) and not PLAIN_NUMBER.fullmatch(cell)
        ]


def output_problems(output: Path) -> list[str]:
    found: list[str] = []
    for path in sorted(p for p in output.rglob("*") if p.is_file()):
        where = path.relative_to(output).as_posix()
        suffix = "".join(path.suffixes[-2:]) if path.name.endswith(".atom.xml") else path.suffix
        if suffix == ".html":
            found += html_problems(page(output, url_of(output, path)), where)
        elif suffix in (".xml", ".atom.xml", ".rss"):
            found += _xml_problems(path, where)
        elif suffix in (".json", ".jsonld", ".webmanifest"):
            json.loads(path.read_text("utf-8"))
        elif suffix == ".ics":
            found += _ics_problems(path, where)
        elif suffix == ".csv":
            found += _csv_problems(path, where)
    return found


def test_injection_corpus_renders_inert(xss_site):
    problems = output_problems(xss_site)
    assert not problems, "\n".join(problems[:80])


def test_sample_site_is_inert_and_csp_clean(sample):
    problems = output_problems(sample)
    assert not problems, "\n".join(problems[:80])


@pytest.mark.parametrize(
    "url",
    [
        "activities/xss-activity.html",
        "en/activities/xss-arabic.html",
        "news/xss-event.html",
        "sv/news/xss-job.html",
        "organisations/xss-org.html",
        "about/",
        "en/about/",
    ],
)
def test_text_is_shown_escaped_not_dropped(xss_site, url):
    doc = page(xss_site, url)
    h1 = doc.one("h1").text
    assert "<script>alert(" in h1 and "onerror=alert(1)>" in h1 and "{{ 7*7 }}" in h1
    assert all(img.get("src") != "x" for img in doc.find_all("img"))
    assert not doc.find_all("svg")


def test_rtl_fallback_in_corpus(xss_site):
    span = page(xss_site, "sv/activities/xss-arabic.html").one("h1").one("span")
    assert (span.get("lang"), span.get("dir")) == ("ar", "rtl")


def test_markdown_is_sanitised():
    html = to_html(xss_corpus.MARKDOWN)
    doc = parse(html)
    assert not html_problems(doc, "markdown")
    assert "javascript" not in " ".join(a.get("href") or "" for a in doc.find_all("a")).lower()
    assert not doc.find_all("img") and not doc.find_all("form") and not doc.find_all("h1")
    assert not doc.find_all("svg") and not doc.find_all("math") and not doc.find_all("meta")
    assert not doc.find_all("base") and not doc.find_all("template") and not doc.find_all("input")
    assert "md8" not in html and "md17" not in html  # scripts go with what is in them
    links = doc.find_all("a")
    assert [a.get("href") for a in links if a.get("href")] == [
        "https://ok.example/path",
        "https://ok.example",  # a raw link keeps its address, not its onclick or style
    ]
    for a in links:  # a link emptied of its href goes nowhere, and valid HTML gives it no rel
        assert set((a.get("rel") or "").split()) == (
            {"noopener", "noreferrer"} if a.get("href") else set()
        )
    assert len(links) > 1
    assert to_html('[x](javascript:alert(1) "Title")') == '<p><a title="Title">x</a></p>\n'


@pytest.mark.parametrize(
    "url", ["activities/xss-activity.html", "organisations/xss-org.html", "en/about/"]
)
def test_pasted_html_shows_its_text_on_the_page(xss_site, url):
    """Raw HTML in a description, as pasted from Word or an e-mail, shows its text and the
    formatting the page allows; its scripts, styles, frames and handlers are gone (the
    whole page is checked by :func:`test_injection_corpus_renders_inert`)."""
    doc = page(xss_site, url)
    paragraphs = {p.text: p for p in doc.find_all("p")}
    pasted = paragraphs["Pasted from Word red"]
    assert pasted.one("i").text == "from Word" and not pasted.find_all("span")
    assert paragraphs["kept"].attrs == {}
    assert [d.text for d in doc.find_all("div") if d.text == "div"] == ["div"]
    assert doc.find("a", href="https://ok.example").get("rel") == "noopener noreferrer"


def test_description_headings_start_below_the_page_title():
    html = to_html("# One\n\n## Two\n\n### Three\n\n---\n\ntext <h1> and h1")
    doc = parse(html)
    assert [[h.text for h in doc.find_all(f"h{n}")] for n in (1, 2, 3, 4)] == [
        [],
        ["One", "and h1"],  # a raw heading too
        ["Two"],
        ["Three"],
    ]
    assert "<hr" in html and "&lt;h1&gt;" not in html  # raw HTML is kept, not escaped
    plain = to_html("No *headings* here, only <b>raw</b> text and a [link](https://a.example).")
    assert "<h" not in plain.replace("href", "") and "<em>headings</em>" in plain


def test_templates_autoescape():
    env = render.environment(str(REPO / "theme"), "fi", "", "tukena", "test")
    for template in sorted((REPO / "theme" / "templates").rglob("*.html")):
        name = template.relative_to(REPO / "theme" / "templates").as_posix()
        assert env.autoescape(name) if callable(env.autoescape) else env.autoescape, name
        source = template.read_text("utf-8")
        assert not re.search(r"\|\s*safe\b|autoescape\s+false|\bMarkup\(", source), name
    assert env.from_string("{{ x }}").render(x='<b onclick="y">') == "&lt;b onclick=&#34;y&#34;&gt;"


def test_policy():
    strict = (
        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
        "object-src 'none'; base-uri 'self'; form-action 'self'"
    )
    assert headers.policy() == strict + "; frame-ancestors 'none'"
    assert headers.policy(meta=True) == strict
    assert headers.policy(BOT_URL) == (strict + " https://bot.xss.example; frame-ancestors 'none'")
    for bad in ("javascript:alert(1)", "https://x.example; script-src *", "https://a b/", "x"):
        with pytest.raises(ConfigurationError):
            headers.policy(bad)


def test_pages_and_header_files_carry_the_policy(xss_site, sample):
    for output, bot in ((xss_site, BOT_URL), (sample, None)):
        for path in html_files(output)[:50] + [output / "404.html"]:
            doc = page(output, url_of(output, path))
            meta = doc.one("meta", http_equiv="Content-Security-Policy")
            assert meta.get("content") == headers.policy(bot, meta=True)
            assert (
                doc.one("meta", name="referrer").get("content") == "strict-origin-when-cross-origin"
            )
        netlify = (output / "_headers").read_text("utf-8")
        assert f"Content-Security-Policy: {headers.policy(bot)}\n" in netlify
        assert "Referrer-Policy: strict-origin-when-cross-origin" in netlify
        for folder in ("data", "schemas", "feeds", "sv/feeds", "en/feeds"):
            assert f"/{folder}/*\n  Access-Control-Allow-Origin: *\n" in netlify, folder
            assert (output / folder).is_dir(), folder
        assert netlify.count("Access-Control-Allow-Origin") == 5
        apache = (output / ".htaccess").read_text("utf-8")
        assert f'Header always set Content-Security-Policy "{headers.policy(bot)}"' in apache
        assert "ErrorDocument 404 /404.html" in apache
        # Netlify: a missing page under /sv/ or /en/ gets that language's 404 page
        rules = (output / "_redirects").read_text("utf-8").splitlines()[1:]
        assert rules == ["/sv/* /sv/404.html 404", "/en/* /en/404.html 404"]
        assert all((output / rule.split()[1].lstrip("/")).is_file() for rule in rules)


def test_a_bad_bot_url_stops_the_build(tmp_path):
    root = xss_corpus.write(tmp_path / "repo")
    build = pelican(
        root, tmp_path / "out", env={"TUKENA_BOT_URL": "https://x.example; script-src *"}
    )
    assert build.returncode != 0
    assert "TUKENA_BOT_URL must be an http(s) address" in build.log
    assert not (tmp_path / "out").exists()
