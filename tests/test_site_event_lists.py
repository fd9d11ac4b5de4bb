"""The lists of events and trainings say for each where it is (its venue when short, its
municipality, online) and whether it costs anything, so that a newcomer can choose without
opening each; a venue named in another language than the page's says which. Expected
values come from the news files and the reference data."""

from __future__ import annotations

import pytest

from tests.site_helpers import LANGUAGES, NEWS_LINK, PREFIX, main, page, sample_content
from tests.site_helpers import sample_site as _sample_site
from tukena import reference
from tukena.schemas.location import place_name_in
from tukena.schemas.vocabulary import NewsKind
from tukena.site.i18n import translations
from tukena.site.refs import SHORT_VENUE

CONTENT, _ = sample_content()
DATA = reference.load()
LISTS = {"events/": NewsKind.EVENT, "trainings/": NewsKind.TRAINING}


@pytest.fixture(scope="session")
def site(tmp_path_factory):
    return _sample_site(tmp_path_factory).check().output


def test_the_sample_has_events_free_paid_unknown_online_and_in_other_languages():
    dated = [i for i in CONTENT.news.values() if i.kind in LISTS.values()]
    assert {i.cost.free if i.cost else None for i in dated} == {True, False, None}
    assert any(i.online and i.place for i in dated) and any(not i.place for i in dated)
    assert {i.language for i in dated} >= {"fi", "en"}


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("url", LISTS)
def test_each_row_says_where_and_whether_it_is_free(site, lang, url):
    _ = translations(lang).gettext
    rows = main(page(site, PREFIX[lang] + url)).find_all("li", cls="news-item")
    assert rows
    for row in rows:
        slug = NEWS_LINK.match(row.one("h3").one("a").get("href"))[1]
        item = CONTENT.news[slug]
        assert item.kind is LISTS[url]
        facts = row.one("p", cls="news-facts")
        where = []
        if item.place:
            name = item.place.name
            text, said = place_name_in(name, lang, item.language) if name else ("", lang)
            if text and len(text) <= SHORT_VENUE:
                where.append(text)
                tagged = [s.text for s in facts.find_all("span", lang=said)]
                assert (text in tagged) == (said != lang), (slug, lang)
            where.append(DATA.municipalities[item.place.municipality].name(lang))
        if item.online:
            where.append(_("online"))
        said = [f"{_('Where')}: {', '.join(where)}"]
        if item.cost:
            said.append(f"{_('Cost')}: {_('Free') if item.cost.free else _('Fee')}")
        assert facts.text == " · ".join(said), slug


@pytest.mark.parametrize("lang", LANGUAGES)
def test_an_events_page_says_what_it_costs(site, lang):
    """Its fee in the item's words, marked with their language, or that it is free."""
    _ = translations(lang).gettext
    for slug, item in CONTENT.news.items():
        if item.kind not in LISTS.values():
            continue
        facts = {
            row.one("dt").text: row.one("dd")
            for row in main(page(site, f"{PREFIX[lang]}news/{slug}.html")).one("dl").elements
        }
        if item.cost is None:
            assert _("Cost") not in facts, slug
        elif item.cost.free:
            assert facts[_("Cost")].text == _("Free"), slug
        else:
            fee = item.cost.fee[item.language]
            assert facts[_("Cost")].text == fee, slug
            assert bool(facts[_("Cost")].find("span", lang=item.language)) == (
                item.language != lang
            )
