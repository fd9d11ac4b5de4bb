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
