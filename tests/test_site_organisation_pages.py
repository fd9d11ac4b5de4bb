"""An organisation's page says when its details were last confirmed, and warns when that
was long ago, in fi, sv and en (expected values from the content files and the settings)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.site_helpers import LANGUAGES, PREFIX, TODAY, page, sample_content
from tests.site_helpers import sample_site as _sample_site
from tests.test_site_reading_order import read_first
from tukena import invites
from tukena.site.i18n import format_day, translations
from tukena.status import STALE_AFTER_MONTHS, stale_before

CONTENT, _ = sample_content()
OLDEST_CURRENT = stale_before(dt.date.fromisoformat(TODAY), STALE_AFTER_MONTHS)


@pytest.fixture(scope="session")
def site(tmp_path_factory):
    return _sample_site(tmp_path_factory).check().output


def _confirmed(doc) -> str | None:
    """The date the page gives as the details' last confirmation (its ``datetime``)."""
    facts = doc.find("dl", cls="facts")  # the organisation's: its cards' come after it
    found = [t.get("datetime") for t in facts.find_all("time")]
    assert len(found) <= 1
    return found[0] if found else None


@pytest.mark.parametrize("lang", LANGUAGES)
def test_an_organisation_page_gives_the_date_its_details_were_confirmed(site, lang):
    gettext = translations(lang).gettext
    kinds = set()
    for slug, org in sorted(CONTENT.organisations.items()):
        doc = page(site, f"{PREFIX[lang]}organisations/{slug}.html")
        notice = doc.find(cls="notice-stale")
        if org.verified is None:
            assert _confirmed(doc) is None and notice is None, slug
            kinds.add("never")
            continue
        assert _confirmed(doc) == org.verified.isoformat(), slug
        facts = doc.find("dl", cls="facts").text
        assert f"{gettext('Details last confirmed')}{format_day(org.verified, lang)}" in facts
        if org.verified < OLDEST_CURRENT:
            assert notice is not None and read_first(doc) is notice, slug
            assert gettext("These details may be out of date.") in notice.text
            assert format_day(org.verified, lang) in notice.text
            kinds.add("stale")
        else:
            assert notice is None, slug
            kinds.add("current")
    assert kinds == {"never", "stale", "current"}  # the sample has each


@pytest.mark.parametrize("lang", LANGUAGES)
def test_an_organisation_page_says_in_words_how_many_activities_take_referrals(site, lang):
    """Under "Takes participants referred by professionals": a sentence, not "3/3"."""
    from tests.site_helpers import sample_content as content_and_status
    from tukena.status import Status

    _, status = content_and_status()
    t = translations(lang)
    label = t.gettext("Takes participants referred by professionals")
    kinds = set()
    for slug in sorted(CONTENT.organisations):
        current = [
            a
            for s, a in CONTENT.activities.items()
            if status[s] is not Status.ENDED and slug in (a.organisation, *a.partners)
        ]
        facts = page(site, f"{PREFIX[lang]}organisations/{slug}.html").find("dl", cls="facts")
        rows = [row for row in facts.find_all("div") if row.one("dt").text == label]
        if not current:
            assert rows == [], slug
            continue
        (row,) = rows
        total, referred = len(current), sum(1 for a in current if invites.takes_referrals(a))
        if referred == total:
            said = t.ngettext(
                "Its current activity takes referred participants",
                "All %(num)d of its current activities take referred participants",
                total,
            ) % {"num": total}
            kinds.add("all")
        elif referred:
            said = t.ngettext(
                "%(num)d of its %(total)d current activities takes referred participants",
                "%(num)d of its %(total)d current activities take referred participants",
                referred,
            ) % {"num": referred, "total": total}
            kinds.add("some")
        else:
            said = t.gettext("Not in its current activities")
            kinds.add("none")
        assert row.one("dd").text == said, slug
        assert "/" not in said
    assert {"all", "some"} <= kinds  # the sample has both
