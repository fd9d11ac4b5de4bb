"""The forms' pages of a site with the web forms, rendered in-process from the sample
content: on a published site (an absolute ``SITEURL``) every link of a form's page is an
address of its own, not a path that the browser would resolve against the form's page."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest

from tests.site_helpers import LANGUAGES, PREFIX, parse, sample_catalogue
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
