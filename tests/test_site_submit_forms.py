"""The forms' pages of a site with the web forms, rendered in-process from the sample
content: on a published site (an absolute ``SITEURL``) every link of a form's page is an
address of its own, not a path that the browser would resolve against the form's page;
and a choice named in another language than the form's (a listing's title in Finnish
alone on the English form) says its language and direction (WCAG 3.1.2)."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest

from tests.site_helpers import LANGUAGES, PREFIX, parse, sample_catalogue, sample_content
from tukena.forms import render as form_render
from tukena.forms import sources
from tukena.forms.spec import form_spec
from tukena.schemas.languages import pick, text_direction
from tukena.site import render, submitforms
from tukena.site.routes import Job

BOT = "https://bot.tukena.example/submit"
SITE = "https://tukena.example/directory"


def _form_page(form: str, lang: str, **settings):
    job = Job("submit-form", form, lang, submitforms.url(lang, form), "submit.html")
    return parse(render.render(sample_catalogue(bot_url=BOT, **settings), job, "t"))


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("form", list(submitforms.FORMS))
def test_on_a_published_site_every_link_of_a_form_page_is_a_whole_address(form, lang):
    doc = _form_page(form, lang, siteurl=SITE)
    assert doc.find("form", cls="tukena-form") is not None
    relative = [
        f"<{node.tag} {attribute}={value}>"
        for node in doc.iter()
        for attribute in ("href", "src", "action")
        if (value := node.attrs.get(attribute))
        and not urlsplit(value).scheme
        and not value.startswith("#")
    ]
    assert relative == []
    if form == "activity-new":
        (link,) = doc.one("p", id="h-organisation").links()
        assert link == f"{SITE}/{PREFIX[lang]}submit/organisation-new/"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_listing_on_the_report_form_is_named_as_its_page_names_it(lang):
    """In the page's language, else in the listing's main language (a Russian club by its
    Russian title on the English form, as its page and the search show it), saying which."""
    content, _ = sample_content()
    options = _form_page("report", lang).one("select", id="f-target").find_all("option")
    said = {
        o.get("value"): (o.text.strip(), o.get("lang"), o.get("dir"))
        for o in options
        if o.get("value")
    }
    expected = {}
    for slug, activity in content.activities.items():
        text, code = pick(dict(activity.title), lang, activity.language)
        marks = (None, None) if code == lang else (code, text_direction(code, text))
        expected[f"activities/{slug}"] = (text, *marks)
    assert {key: said[key] for key in expected} == expected
    assert (None, None) in {tuple(v[1:]) for v in expected.values()}
    if lang != "fi":  # the sample has every kind (every listing has a Finnish title)
        assert any(d == "rtl" for *_, d in expected.values())
        assert any(code not in (None, "fi") for _, code, _ in expected.values())


@pytest.mark.parametrize("lang", LANGUAGES)
def test_an_organisation_named_only_in_arabic_reads_right_to_left_among_the_choices(lang):
    """An organisation's name in Arabic alone: its option and nothing else says ``ar``
    and ``rtl``, in the bot's forms and the site's alike (the same rendering)."""
    named = sources.named(
        [("jamia", {"ar": "الجمعية"}), ("seura", {"fi": "Seura", "sv": "Seura", "en": "Seura"})]
    )
    view = form_render.build_view(
        form_spec("activity"),
        lang=lang,
        form_id="activity-new",
        action="/submit",
        sources={**sources.static(), "organisations": named},
    )
    select = parse(form_render.render_form(view, page=False)).one("select", id="f-organisation")
    said = {o.get("value"): (o.get("lang"), o.get("dir")) for o in select.find_all("option")}
    assert said["jamia"] == ("ar", "rtl")
    assert said["seura"] == (None, None)
