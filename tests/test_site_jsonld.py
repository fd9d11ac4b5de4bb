"""The JSON-LD of activity pages: what no language changes is made once per build."""

from __future__ import annotations

import copy
import json

from hypothesis import given
from hypothesis import strategies as st
from markupsafe import Markup

from tests.site_helpers import DAY, REPO, sample_content
from tukena.site import jsonld
from tukena.site.catalogue import build
from tukena.site.config import SiteConfig


def _catalogue():
    content, _ = sample_content()
    return build(content, SiteConfig(root=REPO, output=REPO, theme=REPO / "theme", today=DAY))


def test_language_free_parts_are_shared_by_the_languages():
    cat = _catalogue()
    slug = next(s for s, a in cat.activities.items() if a.schedule.season is not None)
    fi, en = jsonld.activity(cat, slug, "fi"), jsonld.activity(cat, slug, "en")
    assert fi["eventSchedule"] is en["eventSchedule"]
    assert fi["url"] != en["url"]
    assert ("jsonld", slug) in cat.memo


def test_memoised_parts_match_a_fresh_build():
    cat, again = _catalogue(), _catalogue()
    for slug, activity in cat.activities.items():
        first = [jsonld.activity(cat, slug, lang) for lang in ("fi", "sv", "en")]
        again.memo.clear()
        fresh = [jsonld.activity(again, slug, lang) for lang in ("en", "sv", "fi")][::-1]
        assert json.dumps(first, sort_keys=True) == json.dumps(fresh, sort_keys=True)
        for data in first:
            sessions = data.get("subEvent", [])
            assert len(sessions) == len(activity.schedule.sessions)
            assert "session_times" not in data


_VALUES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-2, 2),
    st.floats(allow_nan=False),
    st.text(max_size=3),
    st.text(max_size=3).map(Markup),
    st.lists(st.integers(), max_size=2),
    st.dictionaries(st.text(max_size=2), st.integers(), max_size=2),
    st.tuples(),
)


@given(st.dictionaries(st.text(max_size=4), _VALUES))
def test_compact_leaves_out_exactly_the_empty_values(data):
    plain = {k: v for k, v in data.items() if v not in (None, "", [], {})}
    assert jsonld.compact(data) == plain
    assert list(jsonld.compact(data)) == list(plain)


def test_the_typical_age_range_has_both_ends_or_an_open_top():
    cat = _catalogue()
    seen = set()
    for slug, activity in cat.activities.items():
        found = jsonld.activity(cat, slug, "en").get("typicalAgeRange")
        age = activity.age
        if age is None or (not age.min and age.max is None):
            assert found is None, slug
            continue
        youngest, oldest = found.split("-")
        assert int(youngest) == (age.min or 0), slug  # "0-6", never "-6"
        assert oldest == ("" if age.max is None else str(age.max)), slug
        seen.add(oldest == "")
    assert seen == {True, False}  # the sample has both


def test_a_paused_activity_is_a_postponed_series_and_others_have_no_status():
    """A paused activity keeps its schedule but has no session now (tukena.invites): its
    series is postponed, not cancelled; a listing that meets says nothing of its status."""
    from tukena.schemas.vocabulary import Capacity

    cat = _catalogue()
    paused = [s for s, a in cat.activities.items() if a.capacity is Capacity.PAUSED]
    assert paused  # the sample has one
    for slug in cat.activities:
        for lang in ("fi", "sv", "en"):
            status = jsonld.activity(cat, slug, lang).get("eventStatus")
            assert status == ("https://schema.org/EventPostponed" if slug in paused else None)


def test_an_organisation_serves_its_municipalities_or_else_its_regions():
    """Where it works (Organisation.area): its named municipalities; with none named, the
    whole of its regions, as AdministrativeAreas named in the page's language."""
    from tukena import reference

    cat = _catalogue()
    data = reference.load()
    slug, org = next((s, o) for s, o in cat.content.organisations.items() if o.municipalities)
    towns = jsonld.organisation(cat, slug, "sv")["areaServed"]
    assert towns == [
        {"@type": "City", "name": data.municipalities[c].name("sv")} for c in org.municipalities
    ]
    # the sample's content is shared by the tests in this process: a copy of it is changed
    cat.content = copy.copy(cat.content)
    cat.content.organisations = {
        **cat.content.organisations,
        slug: org.model_copy(update={"municipalities": [], "regions": ["01", "02"]}),
    }
    for lang, names in (
        ("fi", ["Uusimaa", "Varsinais-Suomi"]),
        ("sv", ["Nyland", "Egentliga Finland"]),
    ):
        served = jsonld.organisation(cat, slug, lang)["areaServed"]
        assert served == [{"@type": "AdministrativeArea", "name": n} for n in names]
