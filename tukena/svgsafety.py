"""Whether an SVG file could run a script or fetch something when its address is opened.

An SVG shown with ``<img>`` runs nothing, but its own address opens it as a document, and
on a host that sends no Content-Security-Policy header (GitHub Pages) a script in it would
run on the site's origin. So an SVG is parsed as XML, as a browser does, rather than
searched for words: ``<s:script>`` with a prefix, an attribute value holding ``>`` before
an ``onload``, or ``&#106;avascript:`` are what the parser sees them to be.

An SVG may hold shapes, styles, gradients, text, its editor's metadata and embedded raster
images. It may not hold: a script, a foreign object, an HTML or MathML element, an event
handler attribute (``on…``), a link or reference to anything but a part of itself (``#id``)
or an embedded PNG, JPEG, GIF or WebP image, an animation that sets a link or a handler,
a ``url()`` or ``@import`` in a style that reaches outside the file, a processing instruction
(``<?xml-stylesheet?>``), or entity declarations (a DOCTYPE's internal subset).
"""

from __future__ import annotations

import re
from xml.parsers import expat

SVG = "http://www.w3.org/2000/svg"
#: elements that run or embed other documents, by local name (any namespace, any case)
_ACTIVE = frozenset(
    {"script", "foreignobject", "iframe", "embed", "object", "handler", "listener", "audio",
     "video", "animation", "discard"}
)  # fmt: skip
_FOREIGN = frozenset({"http://www.w3.org/1999/xhtml", "http://www.w3.org/1998/Math/MathML"})
_ANIMATIONS = frozenset({"set", "animate", "animatemotion", "animatetransform", "animatecolor"})
_LINKS = frozenset({"href", "src"})
_EMBEDDED = re.compile(r"data:image/(png|jpeg|gif|webp)[;,]", re.IGNORECASE)
#: a url() or @import in a style: allowed only when it names a part of the file (#id)
_STYLE_URL = re.compile(r"@import|url\(\s*(?![\"']?\s*#)", re.IGNORECASE)
_INVISIBLE = re.compile(r"[\x00-\x20\x7f]+")


class UnsafeSVG(ValueError):
    """What an SVG holds that could run or fetch something; the message says what."""


def _local(name: str) -> tuple[str, str]:
    """(namespace, local name) of an expat name ``"uri local"`` or ``"local"``."""
    namespace, _, local = name.rpartition(" ")
    return namespace, local


def _attribute_fault(element: str, name: str, value: str) -> str | None:
    _, local = _local(name)
    local = local.lower()
    if local.startswith("on"):
        return f'an event handler ("{local}" on <{element}>)'
    if local in _LINKS:
        target = _INVISIBLE.sub("", value)
        if not (target.startswith("#") or _EMBEDDED.match(target)):
            return f'a link or reference to "{value[:60]}" on <{element}>'
    if local == "attributename" and element in _ANIMATIONS:
        target = _local(value)[1].lower().rpartition(":")[2]
        if target.startswith("on") or target in _LINKS:
            return f'an animation that sets "{value}"'
    if local == "style" and _STYLE_URL.search(value):
        return f"a style that loads something from outside the file (on <{element}>)"
    return None


def check(data: bytes) -> None:
    """Raise :class:`UnsafeSVG` when ``data`` is not well-formed XML or holds anything the
    module docstring lists."""
    parser = expat.ParserCreate(namespace_separator=" ")
    styles: list[str] = []
    in_style = [0]

    def fault(what: str) -> None:
        raise UnsafeSVG(f"an SVG image may not contain {what}")

    def start(name: str, attributes: dict[str, str]) -> None:
        namespace, local = _local(name)
        element = local.lower()
        if element in _ACTIVE or namespace in _FOREIGN:
            fault(f"<{local}> (scripts, embedded documents or HTML)")
        for key, value in attributes.items():
            problem = _attribute_fault(element, key, value)
            if problem:
                fault(problem)
        if element == "style":
            in_style[0] += 1

    def end(name: str) -> None:
        if _local(name)[1].lower() == "style":
            in_style[0] -= 1

    def text(data: str) -> None:
        if in_style[0]:
            styles.append(data)

    def doctype(name: str, system: str | None, public: str | None, subset: bool) -> None:
        del name, system, public
        if subset:
            fault("a DOCTYPE with declarations of its own")

    def entity(*_: object) -> None:
        fault("entity declarations")

    def instruction(target: str, _: str) -> None:
        fault(f"a processing instruction (<?{target}?>)")

    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = text
    parser.StartDoctypeDeclHandler = doctype
    parser.EntityDeclHandler = entity
    parser.ProcessingInstructionHandler = instruction
    try:
        parser.Parse(data, True)
    except expat.ExpatError as exc:
        raise UnsafeSVG(
            f"not a well-formed SVG file (line {exc.lineno}: {expat.ErrorString(exc.code)})"
        ) from None
    if _STYLE_URL.search("".join(styles)):
        fault("a style that loads something from outside the file")
