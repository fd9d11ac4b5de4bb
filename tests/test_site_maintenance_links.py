"""What a listing's and an organisation's page offer for keeping them current on a site
without the web forms: the page on how to send a change, the item's own file in the
content repository (what a pull request changes), and, when the site has the maintainers'
address, an e-mail to them that names the item, its page and its file, so that an
organiser who does not use git need not explain which listing they mean. The forms'
pages, reached by an old link, say the same. With the forms, the add-activity page lists
them first, above its long text."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import pytest

from tests.site_helpers import LANGUAGES, REPO, parse, sample_catalogue
from tukena.site import render, submitforms, urls
from tukena.site.i18n import translations
from tukena.site.routes import Job

CONTACT = "yllapito@tukena.example"
BOT = "https://bot.tukena.example/submit"


_catalogue = sample_catalogue


def _page(job: Job, **settings):
    return parse(render.render(_catalogue(**settings), job, "t"))


def _maintenance(doc):
    return doc.one("nav", cls="listing-maintenance")


def _mail(nav) -> tuple[str, dict[str, list[str]]]:
    (mail,) = [link for link in nav.links() if link.startswith("mailto:")]
    parts = urlsplit(mail)
    return parts.path, parse_qs(parts.query)


def _an_activity(lang: str) -> tuple[str, Job]:
    slug = sorted(_catalogue().activities)[0]
    return slug, Job("activity", slug, lang, urls.activity(lang, slug), "activity.html")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_an_activity_names_its_file_and_mails_the_maintainers_about_itself(lang):
    slug, job = _an_activity(lang)
    doc = _page(job, contact_email=CONTACT)
    nav = _maintenance(doc)
    path = f"content/activities/{slug}.md"
    assert (REPO / path).is_file()
    assert nav.one("code").text == path
    to, fields = _mail(nav)
    assert to == CONTACT
    title = doc.one("h1").text.strip()
    assert fields["subject"] == [
        translations(lang).gettext("About the listing %(title)s") % {"title": title}
    ]
    (body,) = fields["body"]
    site = _catalogue(contact_email=CONTACT).config.siteurl
    assert body.split("\n") == [f"{site}/{job.url}", path]  # the page as linked
    assert nav.links()[0] == f"{site}/{urls.page(lang, 'add-activity')}"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_an_organisation_names_its_file_and_mails_the_maintainers(lang):
    slug = sorted(_catalogue().content.organisations)[0]
    job = Job("organisation", slug, lang, urls.organisation(lang, slug), "organisation.html")
    nav = _maintenance(_page(job, contact_email=CONTACT))
    (path,) = [p for p in (REPO / "content" / "organisations").glob(f"{slug}.*")]
    rel = str(path.relative_to(REPO))
    assert nav.one("code").text == rel
    to, fields = _mail(nav)
    site = _catalogue(contact_email=CONTACT).config.siteurl
    assert to == CONTACT and fields["body"] == [f"{site}/{job.url}\n{rel}"]


def test_without_an_address_there_is_no_mail_and_with_the_forms_no_file():
    _, job = _an_activity("en")
    nav = _maintenance(_page(job))
    assert not [link for link in nav.links() if link.startswith("mailto:")]
    assert nav.one("code").text.startswith("content/activities/")
    with_forms = _maintenance(_page(job, bot_url=BOT, contact_email=CONTACT))
    assert with_forms.find("code") is None
    assert not [link for link in with_forms.links() if link.startswith("mailto:")]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_forms_page_without_forms_gives_the_address_and_the_guide(lang):
    form = next(iter(submitforms.FORMS))
    job = Job("submit-form", form, lang, submitforms.url(lang, form), "submit.html")
    article = _page(job, contact_email=CONTACT).one("article")
    links = article.links()
    assert f"mailto:{CONTACT}?subject=" in " ".join(links)
    assert f"/{urls.page(lang, 'add-activity')}" in links
    assert _page(job).one("article").find(href=f"mailto:{CONTACT}") is None


@pytest.mark.parametrize("lang", LANGUAGES)
def test_with_forms_the_add_activity_page_lists_them_before_its_text(lang):
    job = Job("page", "add-activity", lang, urls.page(lang, "add-activity"), "page.html")
    article = _page(job, bot_url=BOT).one("article")
    kids = [e for e in article.elements if e.tag != "h1"]
    assert kids[0].tag == "section" and kids[0].get("aria-labelledby") == "forms-heading"
    assert "prose" in kids[1].classes()
