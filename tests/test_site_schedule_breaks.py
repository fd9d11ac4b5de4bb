"""A schedule's breaks on the built site: every break says its year (a list of breaks spans
New Year, and a printed or saved page is read after it), in Finnish, Swedish and English
alike; the organiser's reason for each break is on the activity's page, in the page's
language when the organiser gave it in it, else marked with its own ``lang`` and ``dir``,
and in the description of the activity's calendar file; cards keep to the dates."""

from __future__ import annotations

import icalendar
import pytest

from tests.site_helpers import DAY, LANGUAGES, PREFIX, main, page, sample_content
from tests.site_helpers import sample_site as _sample_site
from tukena.schemas.languages import pick, text_direction
from tukena.site.i18n import format_day


@pytest.fixture(scope="session")
def site(tmp_path_factory):
    return _sample_site(tmp_path_factory).check().output


#: a Swedish listing whose breaks have reasons in Swedish and Finnish; one is past
VASA = "sprakcafe-vasa"
VASA_PAGE = {
    "fi": "ei 15.12.2026–11.1.2027 (Joulutauko), 2.3.2027 (Hiihtoloma)",
    "sv": "inte 15.12.2026–11.1.2027 (Jullov), 2.3.2027 (Sportlov)",
    "en": "not on 15 Dec 2026 – 11 Jan 2027 (Jullov), 2 Mar 2027 (Sportlov)",
}
#: two single days either side of New Year, without reasons
KOIVUKYLA = "avoin-olohuone-koivukyla"
KOIVUKYLA_PAGE = {
    "fi": "ei 25.12.2026, 1.1.2027",
    "sv": "inte 25.12.2026, 1.1.2027",
    "en": "not on 25 Dec 2026, 1 Jan 2027",
}


def _breaks(doc):
    return main(doc).one("span", cls="exceptions")


def _marked(node) -> list[tuple[str | None, str | None, str]]:
    """The texts in ``node`` marked as another language: (lang, dir, text)."""
    return [(n.get("lang"), n.get("dir"), n.text) for n in node.iter() if n.get("lang")]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_an_activity_page_says_each_break_with_its_year_and_reason(site, lang):
    shown = _breaks(page(site, f"{PREFIX[lang]}activities/{VASA}.html"))
    assert shown.text == VASA_PAGE[lang]
    # the English page has no English reasons: the listing's own Swedish ones, marked
    other = [("sv", "ltr", "Jullov"), ("sv", "ltr", "Sportlov")] if lang == "en" else []
    assert _marked(shown) == other


@pytest.mark.parametrize("lang", LANGUAGES)
def test_breaks_either_side_of_new_year_say_their_years(site, lang):
    shown = _breaks(page(site, f"{PREFIX[lang]}activities/{KOIVUKYLA}.html"))
    assert shown.text == KOIVUKYLA_PAGE[lang]


def test_every_break_ahead_is_on_its_page_with_its_reason(site):
    """Every listing's breaks still ahead, each with the reason in the page's language, or
    in the listing's main language marked as such."""
    content, _ = sample_content()
    reasons = fallbacks = 0
    rtl = False  # an Arabic reason on a page in another language: right to left
    for slug, activity in content.activities.items():
        ahead = [e for e in activity.schedule.exceptions if e.last >= DAY]
        for lang in LANGUAGES:
            doc = main(page(site, f"{PREFIX[lang]}activities/{slug}.html"))
            said = doc.find_all("span", cls="break")
            assert len(said) == len(ahead), (slug, lang)
            for gap, item in zip(ahead, said, strict=True):
                assert format_day(gap.last, lang) in item.text, (slug, lang, item.text)
                if gap.reason is None:
                    assert "(" not in item.text and not _marked(item), (slug, lang)
                    continue
                text, code = pick(gap.reason, lang, activity.language)
                assert item.text.endswith(f" ({text})"), (slug, lang, item.text)
                marked = [(code, text_direction(code, text), text)] if code != lang else []
                assert _marked(item) == marked, (slug, lang)
                reasons += 1
                fallbacks += code != lang
                rtl = rtl or text_direction(code, text) == "rtl"
    assert reasons > 100 and fallbacks > 50 and rtl  # what the sample has to show


@pytest.mark.parametrize("lang", LANGUAGES)
def test_cards_say_break_years_but_not_reasons(site, lang):
    """A card's one line says the breaks ahead by their dates, each with its year (its last
    day's), and leaves the reasons to the activity's page."""
    content, _ = sample_content()
    checked = 0
    for municipality in ("vaasa", "espoo", "helsinki"):
        doc = main(page(site, f"{PREFIX[lang]}municipalities/{municipality}.html"))
        for card in doc.find_all("article", cls="card"):
            slug = card.one("h3").links()[0].rsplit("/", 1)[1].removesuffix(".html")
            activity = content.activities[slug]
            when = card.find_all("dd")[0].text
            for gap in activity.schedule.exceptions:
                if gap.last < DAY:
                    continue
                checked += 1
                assert format_day(gap.last, lang) in when, (slug, when)
                for reason in (gap.reason or {}).values():
                    assert reason not in when, (slug, when)
            assert not _marked(card.find_all("dd")[0]), slug
    assert checked > 10


def _descriptions(path) -> set[str]:
    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    return {str(event["description"]) for event in calendar.walk("VEVENT")}


@pytest.mark.parametrize(
    ("url", "line"),
    [
        (
            f"sv/activities/{VASA}.ics",
            "Uppehåll: 20.10.2026 (Höstlov), 15.12.2026–11.1.2027 (Jullov), 2.3.2027 (Sportlov)",
        ),
        (
            f"activities/{VASA}.ics",
            "Tauot: 20.10.2026 (Syysloma), 15.12.2026–11.1.2027 (Joulutauko), 2.3.2027 (Hiihtoloma)",
        ),
        (
            f"en/activities/{VASA}.ics",
            "Breaks: 20 Oct 2026 (Höstlov), 15 Dec 2026 – 11 Jan 2027 (Jullov), 2 Mar 2027 (Sportlov)",
        ),
        (f"en/activities/{KOIVUKYLA}.ics", "Breaks: 25 Dec 2026, 1 Jan 2027"),
    ],
)
def test_a_calendar_file_says_the_breaks_and_their_reasons(site, url, line):
    """Its EXDATEs skip the meetings; the description says why. All the breaks: a calendar
    file is rewritten only when its listing changes, not as days pass."""
    descriptions = _descriptions(site / url)
    assert descriptions
    for description in descriptions:
        assert line in description.split("\n\n"), description


def test_a_calendar_without_breaks_says_none(site):
    content, _ = sample_content()
    slug = next(
        s
        for s, a in content.activities.items()
        if not a.schedule.exceptions and a.schedule.weekly and "fi" in a.title
    )
    descriptions = _descriptions(site / f"activities/{slug}.ics")
    assert descriptions and not any("Tauot" in d for d in descriptions)
