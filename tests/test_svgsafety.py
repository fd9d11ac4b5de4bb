"""SVG files that could run a script when their address is opened (tukena.svgsafety): each
refused file does run its script in Chromium, opened on its own without a CSP (as GitHub
Pages serves it), and what editors write (metadata, gradients, embedded photos) passes."""

from __future__ import annotations

from pathlib import Path

import pytest

from tukena import images, svgsafety

pytest_plugins = ["tests.browser_fixtures"]

REPO = Path(__file__).resolve().parent.parent
NS = 'xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"'
#: SVGs that run ``alert`` when opened, or when their link is followed: the first three got
#: through a check that searched the text for words
RUNS = {
    "a '>' in an attribute before the handler": f'<svg {NS} data-x=">" onload="alert(1)"/>',
    "a prefixed script element": (
        '<svg xmlns="http://www.w3.org/2000/svg" xmlns:s="http://www.w3.org/2000/svg">'
        "<s:script>alert(1)</s:script></svg>"
    ),
    "an entity in a javascript: link": (
        f'<svg {NS}><a href="&#106;avascript:alert(1)"><rect id="r" width="50" height="50"/>'
        "</a></svg>"
    ),
    "a script": f"<svg {NS}><script>alert(1)</script></svg>",
    "a handler on a shape": f'<svg {NS}><rect id="r" width="50" height="50" onclick="alert(1)"/></svg>',
    "an xlink:href link": (
        f'<svg {NS}><a xlink:href="javascript:alert(1)"><rect id="r" width="50" height="50"/>'
        "</a></svg>"
    ),
    "an animation that sets a link": (
        f'<svg {NS}><a><set attributeName="href" to="javascript:alert(1)"/>'
        '<rect id="r" width="50" height="50"/></a></svg>'
    ),
    "an HTML element": (
        f'<svg {NS}><foreignObject width="9" height="9"><img xmlns="http://www.w3.org/1999/xhtml"'
        ' src="x" onerror="alert(1)"/></foreignObject></svg>'
    ),
    "an HTML iframe": (
        f'<svg {NS}><h:iframe xmlns:h="http://www.w3.org/1999/xhtml"'
        ' src="javascript:alert(1)"/></svg>'
    ),
}
#: refused although they run nothing in Chromium: they reach outside the file, hide what they
#: hold, or might run in another browser
REACHES = {
    "an upper-case handler": f'<svg {NS}><rect width="9" height="9" ONLOAD="alert(1)"/></svg>',
    "an image elsewhere": f'<svg {NS}><image href="https://example.com/x.png"/></svg>',
    "a style that imports": f"<svg {NS}><style>@import 'https://example.com/x.css';</style></svg>",
    "a style url()": f'<svg {NS}><rect style="fill: url(https://example.com/p.svg#a)"/></svg>',
    "an entity declaration": (f'<!DOCTYPE svg [<!ENTITY a "x">]><svg {NS}><text>&a;</text></svg>'),
    "declarations of its own": (
        '<!DOCTYPE svg [<!ATTLIST svg class CDATA "x">]>'
        f'<svg {NS}><rect width="9" height="9"/></svg>'
    ),
    "an HTML element": (
        f'<svg {NS}><h:meta xmlns:h="http://www.w3.org/1999/xhtml" http-equiv="refresh"'
        ' content="0;url=https://example.com/"/></svg>'
    ),
    "a style sheet instruction": (
        '<?xml-stylesheet href="https://example.com/x.css"?>'
        f'<svg {NS}><rect width="9" height="9"/></svg>'
    ),
    "broken XML": f'<svg {NS}><rect width="9"></svg>',
}
#: what drawing programs write
FINE = {
    "declaration, DOCTYPE, comment": (
        '<?xml version="1.0" encoding="UTF-8"?>\n<!-- Generator: a drawing program -->\n'
        '<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN"'
        ' "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">'
        f'<svg {NS} width="40" height="20"><rect width="4" height="4"/></svg>'
    ),
    "editor metadata": (
        f'<svg {NS} xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape"'
        ' xmlns:sodipodi="http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd"'
        ' xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" viewBox="0 0 40 20">'
        '<sodipodi:namedview inkscape:zoom="1"/><metadata><rdf:RDF/></metadata>'
        '<g inkscape:label="Layer 1"><text x="1" y="9">come on = online</text></g></svg>'
    ),
    "gradients, uses and styles of its own": (
        f'<svg {NS} viewBox="0 0 40 20"><defs><linearGradient id="g"><stop offset="0"/>'
        '</linearGradient><style>.a { fill: url(#g); } .b { fill: url("#g") }</style></defs>'
        '<rect id="r" class="a" width="9" height="9" style="fill:url(#g)"/>'
        '<use xlink:href="#r" x="10"/><use href="#r" x="20"/>'
        '<animate attributeName="opacity" from="0" to="1" dur="1s"/></svg>'
    ),
    "an embedded photo": (
        f'<svg {NS} viewBox="0 0 40 20"><image width="4" height="4"'
        ' xlink:href="data:image/png;base64,iVBORw0KGgo="/></svg>'
    ),
}


@pytest.mark.parametrize("svg", RUNS.values(), ids=RUNS.keys())
def test_an_svg_that_runs_a_script_is_refused(svg: str) -> None:
    with pytest.raises(svgsafety.UnsafeSVG, match="an SVG image may not contain"):
        svgsafety.check(svg.encode())


@pytest.mark.parametrize("svg", REACHES.values(), ids=REACHES.keys())
def test_an_svg_that_reaches_outside_itself_is_refused(svg: str) -> None:
    with pytest.raises(svgsafety.UnsafeSVG):
        svgsafety.check(svg.encode())


@pytest.mark.parametrize("svg", FINE.values(), ids=FINE.keys())
def test_what_drawing_programs_write_passes(svg: str) -> None:
    svgsafety.check(svg.encode())


def test_the_shipped_svgs_pass() -> None:
    found = sorted((REPO / "content" / "images").glob("*.svg"))
    assert found
    for path in found:
        svgsafety.check(path.read_bytes())


def test_the_build_says_why_and_what_to_do(tmp_path: Path) -> None:
    path = tmp_path / "logo.svg"
    path.write_text(RUNS["a prefixed script element"], "utf-8")
    assert images.problem(path) == (
        "an SVG image may not contain <script> (scripts, embedded documents or HTML): save it"
        " again as a plain SVG, or as a PNG"
    )


@pytest.mark.browser
@pytest.mark.parametrize("name", sorted(RUNS))
def test_each_refused_svg_does_run_its_script_in_chromium(tmp_path, browser, name) -> None:
    """The refusals are not of harmless files: opened without a CSP, each runs its alert
    (a link's after a click on it)."""
    path = tmp_path / "x.svg"
    path.write_text(RUNS[name], "utf-8")
    context = browser.new_context()
    try:
        page = context.new_page()
        said: list[str] = []
        page.on("dialog", lambda dialog: (said.append(dialog.message), dialog.dismiss()))
        page.goto(path.as_uri())
        if not said and page.locator("#r").count():
            page.locator("#r").click()
        page.wait_for_timeout(100)
        assert said == ["1"]
    finally:
        context.close()
