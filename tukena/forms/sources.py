"""Choices that come from data rather than from the models: municipalities, regions,
languages (static), and organisations or listings (from the current content)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import cache

from tukena import reference
from tukena.forms.nodes import Choice
from tukena.forms.spec import UI
from tukena.schemas.languages import LANGUAGE_CODES, language_name, pick


@cache
def municipalities() -> tuple[Choice, ...]:
    """Every municipality, by its code, named in Finnish (fi, en) and Swedish (sv)."""
    data = reference.load()
    found = [
        Choice(m.code, {lang: m.name(lang) for lang in UI}) for m in data.municipalities.values()
    ]
    return tuple(sorted(found, key=lambda c: reference.fold(c.label["fi"])))


@cache
def regions() -> tuple[Choice, ...]:
    data = reference.load()
    found = [Choice(r.code, {lang: r.name(lang) for lang in UI}) for r in data.regions.values()]
    return tuple(sorted(found, key=lambda c: reference.fold(c.label["fi"])))


#: Languages no one takes part in an activity in, left out of the forms' lists (a file
#: may still name them): ancient and liturgical ones, constructed ones of the last century
#: but Esperanto, and the regional standards of a language whose speakers all take part
#: alike ("American English", "Swiss French"), which only lengthen the list and split one
#: language's listings in two. Dari (``fa-AF``), Montenegrin, Moldavian and Congo Swahili
#: are offered: their speakers name them as languages of their own.
NOT_OFFERED = frozenset(
    {"ae", "cu", "ia", "ie", "io", "pi", "vo"}
    | {"de-AT", "de-CH", "en-AU", "en-CA", "en-GB", "en-US", "es-ES", "es-MX", "fr-CA"}
    | {"fr-CH", "nl-BE", "pt-BR", "pt-PT"}
)


def _labelled(name: str, code: str) -> str:
    """A language's name with its code, which tells apart the names people mix up (and is
    what the file will say): "somali (so)"; in the brackets of a name that has them,
    "kurdi (sorani, ckb)" rather than "kurdi (sorani) (ckb)"."""
    if name.endswith(")") and "(" in name:
        return f"{name[:-1]}, {code})"
    return f"{name} ({code})"


@cache
def languages() -> tuple[Choice, ...]:
    """Every language code but :data:`NOT_OFFERED`, named in each UI language."""
    found = [
        Choice(code, {lang: _labelled(language_name(code, lang), code) for lang in UI})
        for code in LANGUAGE_CODES - NOT_OFFERED
    ]
    return tuple(sorted(found, key=lambda c: reference.fold(c.label["en"])))


def named(
    items: Iterable[tuple[str, Mapping[str, str]] | tuple[str, Mapping[str, str], str]],
) -> tuple[Choice, ...]:
    """Choices from ``(value, localised name)`` pairs, e.g. organisations by slug, each
    with the language of the name picked for each UI language; or from ``(value, name,
    main language)``, whose name falls back on its main language, as the site's pages
    show it (a Russian club's Russian title on the English form, not its Finnish one)."""
    found = []
    for value, name, *main in items:
        picked = {lang: pick(dict(name), lang, *main) for lang in UI}
        found.append(
            Choice(
                value,
                {lang: text for lang, (text, _) in picked.items()},
                {lang: code for lang, (_, code) in picked.items()},
            )
        )
    return tuple(sorted(found, key=lambda c: reference.fold(c.label["fi"])))


def static() -> dict[str, tuple[Choice, ...]]:
    """The sources that do not depend on the content."""
    return {"municipalities": municipalities(), "regions": regions(), "languages": languages()}
