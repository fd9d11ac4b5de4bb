"""scripts/vendor_js.py, the benchmark, and search over the repository's own content."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from tests.test_search_fixtures import TODAY, content, url_for
from tukena import loader, search
from tukena.search import documents, node, pipeline

ROOT = Path(__file__).resolve().parents[1]
needs_node = pytest.mark.skipif(node.missing() is not None, reason=str(node.missing()))


def _vendor_module():
    spec = importlib.util.spec_from_file_location("vendor_js", ROOT / "scripts" / "vendor_js.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@needs_node
def test_vendor_js_copies_the_pinned_files_with_their_licences(tmp_path: Path) -> None:
    vendor = _vendor_module()
    assert vendor.main(["--dest", str(tmp_path)]) == 0
    for package, _, name in vendor.FILES:
        assert (tmp_path / package / name).is_file()
    assert (tmp_path / "lunr" / "LICENSE").read_text().startswith("Copyright")
    assert "MOZILLA PUBLIC LICENSE" in (tmp_path / "lunr-languages" / "LICENSE").read_text()
    assert json.loads((tmp_path / "versions.json").read_text()) == {
        **vendor.EXPECTED,
        **vendor.PINNED,
    }


@needs_node
def test_the_wrapped_qr_library_defines_one_global_and_makes_readable_codes(tmp_path):
    zxingcpp = pytest.importorskip("zxingcpp")
    from PIL import Image

    vendor = _vendor_module()
    vendor.main(["--dest", str(tmp_path)])
    script = tmp_path / "lean-qr" / "lean-qr.js"
    assert script.read_text("ascii").startswith("var leanQR = (function () {")
    text = "https://tukena.example/sv/list/?a=språkcafe-i-vasa,läxhjälp"
    out = node.run(ROOT / "tests" / "js" / "qr_global.js", {"file": str(script), "text": text})
    assert out["globals"] == ["leanQR"]  # no "exports" or helpers left on window
    size, quiet, scale = len(out["rows"]), 4, 4
    picture = Image.new("L", ((size + 2 * quiet) * scale,) * 2, 255)
    for y, row in enumerate(out["rows"]):
        for x, dark in enumerate(row):
            if dark == "1":
                box = ((x + quiet) * scale, (y + quiet) * scale)
                picture.paste(0, (*box, box[0] + scale, box[1] + scale))
    assert [found.text for found in zxingcpp.read_barcodes(picture)] == [text]


@needs_node
def test_the_vendored_ascii_scripts_give_the_same_tokens(tmp_path: Path) -> None:
    vendor = _vendor_module()
    vendor.main(["--dest", str(tmp_path)])
    words = {
        "fi": ["kielikahvilaan ryhmät äiti-lapsiryhmään eivät että työnhakuun ÅÄÖ"],
        "sv": ["språkcaféet grupperna läxhjälpen därför också"],
        "en": ["language cafés peer groups"],
    }
    script = ROOT / "tests" / "js" / "pipeline.js"
    assert node.run(script, words, env={"TUKENA_VENDOR": str(tmp_path)}) == node.run(script, words)
    assert vendor.ascii_only("'é😀'") == "'\\u00e9\\ud83d\\ude00'"


def test_vendor_js_refuses_other_versions(tmp_path: Path) -> None:
    vendor = _vendor_module()
    for package in ("lunr", "lunr-languages"):
        (tmp_path / package).mkdir()
        (tmp_path / package / "package.json").write_text('{"version": "0.0.1"}')
    with pytest.raises(SystemExit, match="0.0.1"):
        vendor.vendor(tmp_path, tmp_path / "out")


def test_vendor_js_refuses_another_version_of_a_pinned_library(tmp_path: Path) -> None:
    vendor = _vendor_module()
    for package, version in {**vendor.EXPECTED, **vendor.PINNED}.items():
        (tmp_path / package).mkdir()
        found = "9.9.9" if package == "lean-qr" else version
        (tmp_path / package / "package.json").write_text(json.dumps({"version": found}))
    with pytest.raises(SystemExit, match="lean-qr is 9.9.9, not 2.7.4"):
        vendor.vendor(tmp_path, tmp_path / "out")
    assert not (tmp_path / "out").exists()  # nothing copied


@needs_node
def test_benchmark_measures_one_language(tmp_path: Path) -> None:
    from benchmarks import search as bench

    figures = bench.measure_language(content(), "fi", tmp_path)
    for key in ("build_s", "index.json_gz", "facets.json_gz", "more.json_gz", "first_result_gz",
                "first_page_gz", "node_load_ms", "node_query_median_ms"):  # fmt: skip
        assert figures[key] > 0, key
    assert figures["first_result_gz"] <= figures["first_page_gz"]
    assert figures["first_result_gz"] > figures["index.json_gz"] + figures["facets.json_gz"]


@needs_node
def test_the_repository_content_finds_its_language_cafes(tmp_path: Path) -> None:
    repo, _ = loader.check(ROOT, today=TODAY)
    cafes = {s for s, a in repo.activities.items() if "language-cafe" in a.forms}
    if not cafes:
        pytest.skip("content/ has no language café yet")
    for name, data in search.build(repo, "fi", TODAY, url_for("fi")).items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_bytes(data)
    slugs = [item.slug for item in documents.listings(repo, TODAY)]
    out = node.run(
        ROOT / "tests" / "js" / "search.js",
        {"dir": str(tmp_path / "search" / "fi"), "queries": [{"q": "kielikahvilaan"}]},
    )
    found = {slugs[ref] for ref in out["results"][0]["refs"]}
    assert cafes & set(slugs) <= found
    stem = pipeline.query_terms("kielikahvila", "fi")[0]
    for slug in found - cafes:  # anything else names a language café
        a = repo.activities[slug]
        text = " ".join([*a.title.values(), *a.keywords])
        assert any(stem in t for t in pipeline.tokens(text, "fi")), slug
