"""The feeds of one place or one language: the newest activities of a municipality
(``feeds/municipalities/<name>.atom.xml``) or of a language, held in it or with help in
it (``feeds/languages/<code>.atom.xml``), in every UI language.

A guidance professional follows what is new where they work; an association or a
community worker follows what is new in the language of the people they work with. Each
feed has a fingerprint of what it shows, the same in every UI language, so a rebuild
remakes only the feeds an edit reaches.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from tukena import reference
from tukena.schemas.languages import language_name
from tukena.site import languages, urls
from tukena.site.catalogue import Catalogue
from tukena.site.exports.memo import Memo
from tukena.site.i18n import gettext

_ = gettext  # ``_(lang, message)``: extracted as the UI strings are (babel.cfg)

#: Entries of a local feed: a reader that looks in now and then still sees every new
#: listing (a city the size of Helsinki has a few a week), at a fifth of the build cost of
#: 50 for 927 feeds.
LOCAL_FEED_SIZE = 20


@dataclass(frozen=True)
class LocalFeed:
    """One municipality's or language's feed: its kind (for entry ids), its newest
    activities, and, by UI language, its file, title and the page it belongs to."""

    kind: str
    slugs: list[str]
    path: Callable[[str], str]
    title: Callable[[str], str]
    page: Callable[[str], str]


def local_feeds(cat: Catalogue) -> Iterator[LocalFeed]:
    """Every municipality's feed (an empty one for a municipality with no activities yet:
    a subscriber hears of its first), then every language's with a page."""
    for code, m in reference.load().municipalities.items():
        slugs = cat.newest(LOCAL_FEED_SIZE, cat.by_municipality.get(code, []))
        yield LocalFeed(
            f"municipality-{code}",
            slugs,
            lambda lang, m=m: urls.municipality_feed(lang, m),
            lambda lang, m=m: _(lang, "New and updated activities in {place}").format(
                place=m.name(lang)
            ),
            lambda lang, m=m: urls.municipality(lang, m),
        )
    for code in languages.offered(cat):
        members = [*cat.by_language.get(code, []), *cat.by_help_language.get(code, [])]
        yield LocalFeed(
            f"language-{code}",
            cat.newest(LOCAL_FEED_SIZE, members),
            lambda lang, code=code: urls.language_feed(lang, code),
            lambda lang, code=code: _(
                lang, "New and updated activities in {language} or with help in it"
            ).format(language=language_name(code, lang)),
            lambda lang, code=code: urls.language(lang, code),
        )


def digest(cat: Catalogue, store: Memo, feed: LocalFeed) -> str:
    """A fingerprint of a feed, the same in every UI language: the files of its activities
    and of their organisers (an entry's author), or the day for a feed with no entries
    (its ``updated``)."""
    if not feed.slugs:
        return store.digest(str(cat.config.today))
    signatures = cat.content.signatures
    sources = [f"{s}:{signatures.get(('activities', s))}" for s in feed.slugs]
    orgs = dict.fromkeys(cat.activities[s].organisation for s in feed.slugs)
    sources += [f"{o}:{signatures.get(('organisations', o))}" for o in orgs]
    return store.digest(*sources)
