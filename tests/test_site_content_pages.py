"""The content pages on a site with the web forms and on one without (``TUKENA_BOT_URL``):
what they say of the forms is shown only where there are forms, and without them "Add
your activity" gives a working way to send a listing instead (a pull request, the
maintainers' address). The parts are marked in the Markdown (tukena.site.pageparts): a
fence the build cannot read is an error of the file, in the build and in ``tukena
validate`` alike."""

from __future__ import annotations

import re
import shutil

import pytest

from tests.site_helpers import LANGUAGES, REPO, parse, sample_catalogue
from tukena.exceptions import ContentError
from tukena.site import catalogue, render, urls
from tukena.site.i18n import translations
from tukena.site.routes import Job

BOT = "https://bot.tukena.example/submit"
REPOSITORY = "https://git.example/tukena"
CONTACT = "yllapito@tukena.example"
#: what only a site with the forms may say, by language: the word for a form
FORM_WORD = {
    "fi": re.compile(r"lomak", re.IGNORECASE),
    "sv": re.compile(r"formulär", re.IGNORECASE),
    "en": re.compile(r"\bforms?\b", re.IGNORECASE),
}
#: a heading of the part about the forms, and the link a listing's page has only with them
FORMS_HEADING = {
    "fi": "Verkkolomake (helpoin)",
    "sv": "Webbformulär (enklast)",
    "en": "The web form (easiest)",
}


_catalogue = sample_catalogue


def _article(slug: str, lang: str, **settings):
    job = Job("page", slug, lang, urls.page(lang, slug), "page.html")
    return parse(render.render(_catalogue(**settings), job, "t")).one("article")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_without_forms_no_page_promises_them_and_add_your_activity_gives_a_way(lang):
    said = translations(lang).gettext("The maintainers' e-mail address:")
    for slug in ("add-activity", "about"):
        prose = _article(slug, lang, contact_email=CONTACT).one("div", cls="prose")
        assert not FORM_WORD[lang].search(prose.text), (slug, prose.text)
        assert FORMS_HEADING[lang] not in prose.text
        assert not [h for h in prose.links() if "/activity/new" in h or "/submit/" in h]
    for settings, links in (
        ({"contact_email": CONTACT}, [f"mailto:{CONTACT}"]),
        (
            {"contact_email": CONTACT, "repository_url": REPOSITORY},
            [REPOSITORY, f"mailto:{CONTACT}"],
        ),
    ):
        article = _article("add-activity", lang, **settings)
        notice = article.one(cls="notice-no-forms")
        assert notice is article.elements[1]  # first, under the heading
        assert notice.links() == links
        assert f"{said} {CONTACT}" in notice.text
        assert article.find("section") is None  # no list of forms at the end
        # the part written for a site without forms: how to send a pull request
        assert "CONTRIBUTING.md" in article.one("div", cls="prose").text


@pytest.mark.parametrize("lang", LANGUAGES)
def test_with_forms_the_pages_describe_them_and_link_the_bot(lang):
    article = _article(
        "add-activity", lang, bot_url=BOT, repository_url=REPOSITORY, contact_email=CONTACT
    )
    prose = article.one("div", cls="prose")
    assert FORMS_HEADING[lang] in [h.text for h in prose.find_all("h3")]
    assert FORM_WORD[lang].search(prose.text)
    assert article.find(cls="notice-no-forms") is None
    forms = article.one("section").links()
    base = f"https://bot.tukena.example/{lang}"  # the bot's pages, not under /submit
    assert forms == [
        f"{base}/activity/new",
        f"{base}/organisation/new",
        f"{base}/report",
        REPOSITORY,
    ]
    about = _article("about", lang, bot_url=BOT).one("div", cls="prose")
    accessibility = _article("accessibility", lang, bot_url=BOT).one("div", cls="prose")
    assert FORM_WORD[lang].search(accessibility.text)
    assert ":::" not in about.text + accessibility.text + prose.text


@pytest.mark.parametrize(
    ("fence", "said"),
    [
        ("::: form", "unknown part '::: form'"),
        ("::: forms", "'::: forms' is never closed"),
        (":::", "':::' closes nothing"),
    ],
)
def test_a_fence_the_build_cannot_read_is_an_error_of_the_file(tmp_path, fence, said):
    shutil.copytree(REPO / "content" / "pages", tmp_path / "content" / "pages")
    path = tmp_path / "content" / "pages" / "about.sv.md"
    lines = path.read_text("utf-8").split("\n")
    at = lines.index("---", 1) + 3  # a line of the body
    lines.insert(at - 1, fence)
    path.write_text("\n".join(lines), "utf-8")
    with pytest.raises(ContentError) as caught:
        catalogue.load_pages(tmp_path, LANGUAGES)
    (problem,) = caught.value.problems
    assert (problem.path, problem.line) == ("content/pages/about.sv.md", at)
    assert said in problem.message


def test_the_sample_pages_have_parts_for_both_kinds_of_site():
    pages = catalogue.load_pages(REPO, LANGUAGES)
    for lang in LANGUAGES:
        body = pages[("add-activity", lang)].body or ""
        assert "\n::: forms\n" in f"\n{body}\n" and "\n::: no-forms\n" in f"\n{body}\n"
