"""Every page of the bot links back to the public site, in the page's language, once the
bot knows the site's address (TUKENA_BOT_SITE_URL); without it, no link."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.bot.helpers import (
    activity_pairs,
    fresh_token,
    make_client,
    make_settings,
    submission_id,
    submit,
)
from tests.html_checker import errors
from tests.site_helpers import parse
from tukena.bot.reminders import stop_url
from tukena.forms import ui

pytest_plugins = ["tests.bot.fixtures"]

SITE = "https://tukena.example/hakemisto"
HOMES = {"fi": f"{SITE}/", "sv": f"{SITE}/sv/", "en": f"{SITE}/en/"}


def _pages(client, clock, settings, lang: str) -> dict[str, str]:
    """The HTML of each kind of page the bot serves, in ``lang``."""
    pages = {
        "form": client.get(f"/{lang}/activity/new").text,
        "report": client.get(f"/{lang}/report").text,
        "not-found": client.get(f"/{lang}/activity/no-such-listing/update").text,
    }
    checked = submit(
        client, activity_pairs(_lang=lang, _action="check"), fresh_token(client, clock)
    )
    pages["check"] = checked.text
    receipt = submit(client, activity_pairs(_lang=lang), fresh_token(client, clock))
    pages["receipt"] = receipt.text
    pages["status"] = client.get(f"/status/{submission_id(receipt.text)}?lang={lang}").text
    key = client.app.state.bot.signer.key
    stop = stop_url(settings, key, "ryhma@olohuone.example", lang)
    pages["stop"] = client.get(stop.removeprefix(settings.public_url)).text
    return pages


def _links(html: str) -> list[tuple[str, str]]:
    header = parse(html).find("header", cls="site-link")
    return [] if header is None else [(a.get("href"), a.text) for a in header.find_all("a")]


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_every_page_links_to_the_site_in_its_language(tmp_path: Path, repo, clock, lang):
    settings = make_settings(tmp_path, repo, site_url=SITE + "/", site_name="Hakemisto")
    with make_client(settings, clock) as client:
        pages = _pages(client, clock, settings, lang)
    for name, html in pages.items():
        assert _links(html) == [(HOMES[lang], "Hakemisto")], name
    folder = tmp_path / "pages"
    folder.mkdir()
    for name, html in pages.items():
        (folder / f"{name}.html").write_text(html, "utf-8")
    assert errors(folder) == []


def test_no_link_while_the_bot_does_not_know_the_site(client, clock, settings):
    for name, html in _pages(client, clock, settings, "sv").items():
        assert _links(html) == [], name


def _addresses(html: str, lang: str) -> list[str]:
    """The listing addresses the main part of a page links, under their label."""
    main = parse(html).find("main")
    if ui.text("site.address", lang) not in main.text:
        return []
    return [a.get("href") for a in main.find_all("a") if a.get("href").startswith(SITE)]


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_the_thank_you_and_status_pages_link_the_listings_address_on_the_site(
    tmp_path: Path, repo, clock, lang
):
    settings = make_settings(tmp_path, repo, site_url=SITE + "/", site_name="Hakemisto")
    with make_client(settings, clock) as client:
        bot = client.app.state.bot
        # a new listing's address is known once the bot has named its file
        receipt = submit(client, activity_pairs(_lang=lang), fresh_token(client, clock))
        sid = submission_id(receipt.text)
        assert _addresses(receipt.text, lang) == []
        bot.worker.drain()
        slug = bot.store.get(sid).slug
        status = client.get(f"/status/{sid}?lang={lang}").text
        # an update's is known at once
        target = "kielikahvila-tapiola"
        pairs = activity_pairs(_lang=lang, _form="activity-update", _target=target)
        update = submit(client, pairs, fresh_token(client, clock))
        # one turned down will not be there
        bot.worker.drain()  # opened
        bot.store.mark_finished(submission_id(update.text), "closed")
        closed = client.get(f"/status/{submission_id(update.text)}?lang={lang}").text
        report = submit(
            client,
            [("_form", "report"), ("_lang", lang), ("target", f"activities/{target}"),
             ("problem", "schedule"), ("details", "Nyt keskiviikkoisin")],
            fresh_token(client, clock),
        )  # fmt: skip
        report_status = client.get(f"/status/{submission_id(report.text)}?lang={lang}").text
    assert _addresses(status, lang) == [f"{HOMES[lang]}activities/{slug}.html"]
    assert _addresses(update.text, lang) == [f"{HOMES[lang]}activities/{target}.html"]
    assert _addresses(closed, lang) == []
    assert _addresses(report_status, lang) == []  # a problem report is no listing
