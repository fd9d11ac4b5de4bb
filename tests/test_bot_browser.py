"""The organisers' forms of the static site driven in Chromium against a running bot, in
fi, sv and en, with and without JavaScript: errors next to their fields in the page's
language, a receipt after confirming, and axe-core with no violations."""

from __future__ import annotations

import io
import re
from urllib.parse import urlencode

import pytest

pytest.importorskip("playwright")
from PIL import Image  # noqa: E402

from tests.bot.helpers import submission_id  # noqa: E402
from tests.browser_support import axe_violations, open_page  # noqa: E402
from tests.site_helpers import sample_content  # noqa: E402
from tukena.bot.reminders import stop_token  # noqa: E402
from tukena.status import Status  # noqa: E402

pytestmark = pytest.mark.browser
# ``browser``: one Chromium for the session (Playwright's sync API allows one at a time)
pytest_plugins = ["tests.browser_fixtures", "tests.bot_browser_fixtures"]

PREFIX = {"fi": "", "sv": "sv/", "en": "en/"}
#: What the bot says when a localised text is missing, by page language.
LOCALISED = {
    "fi": "Kirjoita ainakin yhdellä kielellä.",
    "sv": "Skriv på minst ett språk.",
    "en": "Write it in at least one language.",
}
#: a list or a set of options left unchosen: not "fill in"
CHOICE = {
    "fi": "Valitse jokin vaihtoehdoista.",
    "sv": "Välj ett av alternativen.",
    "en": "Choose one of the options.",
}
YES_OR_NO = {"fi": "Valitse kyllä tai ei.", "sv": "Välj ja eller nej.", "en": "Choose yes or no."}


def _axe(browser, page) -> list[dict]:
    """axe-core on what a page without JavaScript shows: the same HTML, with the same
    stylesheets (a <base> at its address), in a page that runs axe."""
    html = page.content().replace("<head>", f'<head><base href="{page.url}">', 1)
    context = browser.new_context(bypass_csp=True)
    try:
        copy = context.new_page()
        copy.set_content(html, wait_until="load")
        return axe_violations(copy)
    finally:
        context.close()


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_without_javascript_the_bot_answers_with_errors_next_to_fields(browser, running, lang):
    site, bot_url, _app = running
    context, page = open_page(browser, f"{site}/{PREFIX[lang]}submit/organisation-new/", False)
    try:
        assert page.locator("html").get_attribute("lang") == lang
        assert _axe(browser, page) == []
        page.select_option("#f-kind", index=1)
        page.check("#f-level-2")  # national: no municipalities needed
        page.locator("button.send").click()
        page.wait_for_load_state()
        assert page.url.startswith(bot_url)
        name = page.locator("fieldset#f-name")
        assert name.locator(".field-error").inner_text().strip() == LOCALISED[lang]
        summary = page.locator(".error-summary")
        assert LOCALISED[lang] in summary.inner_text()
        # the values are kept
        assert page.locator("#f-level-2").is_checked()
        assert _axe(browser, page) == []
    finally:
        context.close()


def test_without_javascript_a_complete_form_gets_a_receipt(browser, running):
    site, bot_url, app = running
    context, page = open_page(browser, f"{site}/en/submit/organisation-new/", False)
    try:
        page.fill("#f-name-en", "Browser Test Association")
        page.select_option("#f-kind", index=1)
        page.check("#f-level-2")
        page.locator("button.send").click()
        page.wait_for_load_state()
        # a form from the static site has no token yet: the bot shows the answers to send
        assert page.url.startswith(bot_url)
        assert page.locator("form.check-form").is_visible()
        assert "Browser Test Association" in page.locator("main").inner_text()
        page.locator("button.send").click()
        page.wait_for_load_state()
        stored = app.state.bot.store.get(submission_id(page.content()))
        assert stored is not None and stored.state == "queued"
        assert stored.data["name"]["en"] == "Browser Test Association"
        assert _axe(browser, page) == []
    finally:
        context.close()


@pytest.mark.parametrize("form", ["activity-new", "organisation-new"])
def test_a_site_form_with_errors_is_readable_in_the_dark_and_reflows_at_320_px(
    browser, running, form
):
    """The site's pages follow the device's dark mode: the form's help and errors too
    (WCAG 1.4.3), and no part of the form widens a 320 px page (1.4.10)."""
    site, _bot_url, _app = running
    context = browser.new_context(
        color_scheme="dark", viewport={"width": 320, "height": 640}, bypass_csp=True
    )
    try:
        page = context.new_page()
        page.goto(f"{site}/en/submit/{form}/")
        page.locator("button.send").click()
        page.locator(".error-summary").wait_for()
        assert page.locator(".field-error").count() > 0 and page.locator(".help").count() > 0
        assert page.evaluate("document.documentElement.scrollWidth") <= 320
        assert axe_violations(page) == []
    finally:
        context.close()


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_with_javascript_the_bots_answer_lists_the_errors(browser, running, lang):
    """The script does not stop the form (a check of its own would know only part of the
    rules): the bot answers with every error, and the script puts the focus on them."""
    site, bot_url, app = running
    before = app.state.bot.store.counts()
    url = f"{site}/{PREFIX[lang]}submit/organisation-new/"
    context, page = open_page(browser, url, True)
    try:
        assert axe_violations(page) == []
        page.locator("button.send").click()
        summary = page.locator(".error-summary")
        summary.wait_for()
        assert page.url == f"{bot_url}/submit"
        assert CHOICE[lang] in summary.inner_text()
        kind = page.locator("#f-kind")
        assert kind.get_attribute("aria-invalid") == "true"
        error_id = kind.get_attribute("aria-describedby").split()[-1]
        assert page.locator(f"#{error_id}").inner_text() == CHOICE[lang]
        # each field once by its name, without "(required)", which the heading says of all
        labels = page.locator(".error-summary li").all_inner_texts()
        assert labels and not [text for text in labels if "(" in text.split(":")[0]]
        assert page.evaluate("document.activeElement.id") == "error-summary"
        assert axe_violations(page) == []
        assert app.state.bot.store.counts() == before  # nothing stored
        # fixing the fields in the bot's answer (which has the form's token) sends it
        page.select_option("#f-kind", index=1)
        page.check("#f-level-2")
        page.fill(f"#f-name-{lang}", "Yhdistys")
        with page.expect_navigation():
            page.locator("button.send").click()
        stored = app.state.bot.store.get(submission_id(page.content()))
        assert stored is not None and stored.data["name"][lang] == "Yhdistys"
    finally:
        context.close()


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_a_question_of_yes_or_no_left_unanswered_says_so(browser, running, lang):
    site, _bot_url, _app = running
    url = f"{site}/{PREFIX[lang]}submit/activity-new/"
    context, page = open_page(browser, url, True)
    try:
        page.locator("button.send").click()
        page.locator(".error-summary").wait_for()
        free = page.locator("fieldset#f-cost-free")
        assert free.locator(".field-error").inner_text() == YES_OR_NO[lang]
    finally:
        context.close()


@pytest.mark.parametrize("form", ["activity-new", "report"])
def test_other_forms_render_and_pass_axe(browser, running, form):
    site, bot_url, _app = running
    context, page = open_page(browser, f"{site}/sv/submit/{form}/", True)
    try:
        assert page.locator("form.tukena-form").get_attribute("action") == f"{bot_url}/submit"
        assert axe_violations(page) == []
    finally:
        context.close()


@pytest.mark.parametrize("link", ["Update this listing", "Copy as a new listing"])
def test_an_activity_page_leads_to_its_prefilled_form(browser, running, link):
    site, bot_url, _ = running
    slug = "kielikahvila-tapiola"
    context, page = open_page(browser, f"{site}/en/activities/{slug}.html", javascript=True)
    try:
        page.get_by_role("navigation", name="Keep this listing current").get_by_role(
            "link", name=link
        ).click()
        kind = "update" if link.startswith("Update") else "copy"
        assert page.url == f"{bot_url}/en/activity/{slug}/{kind}"
        # pre-filled from the bot's copy of the content: the listing's own title is there
        assert page.locator('input[value="Kielikahvila Tapiolassa"]').count() == 1
        assert axe_violations(page) == []
    finally:
        context.close()


def test_a_photo_chosen_in_the_browser_is_kept_through_an_error_and_a_check_and_sent(
    browser, running, tmp_path
):
    site, bot_url, app = running
    photo = tmp_path / "IMG_0001.JPG"
    picture = Image.new("RGB", (3000, 2000), (200, 120, 40))
    exif = Image.Exif()
    exif[0x0112] = 6  # shown turned a quarter: 2,000 wide, 3,000 high
    picture.save(photo, "JPEG", exif=exif.tobytes())
    context, page = open_page(browser, f"{bot_url}/en/activity/kielikahvila-tapiola/copy", False)
    try:
        page.set_input_files("#f-images-0-src", str(photo))
        page.locator("button.send").click()
        page.wait_for_load_state()
        # the text alternative is missing: the form comes back, and shows the photo it kept
        alt = page.locator("fieldset#f-images-0-alt")
        assert alt.locator(".field-error").inner_text().strip() == LOCALISED["en"]
        preview = page.locator(".photo-kept img")
        size = preview.evaluate("img => [img.complete, img.naturalWidth, img.naturalHeight]")
        assert size == [True, 1067, 1600]
        assert _axe(browser, page) == []
        page.fill("#f-images-0-alt-en", "A jug on a table")
        # checked before sending: the check page shows the photo, and sends it on
        page.locator("button.check").click()
        page.wait_for_load_state()
        shown = page.locator("img.check-photo")
        size = shown.evaluate("img => [img.complete, img.naturalWidth, img.naturalHeight]")
        assert size == [True, 1067, 1600]
        assert _axe(browser, page) == []
        page.locator(".check-form button.send").click()
        page.wait_for_load_state()
        stored = app.state.bot.store.get(submission_id(page.content()))
        [image] = stored.data["images"]
        assert image["alt"] == {"en": "A jug on a table"}
        kept = Image.open(io.BytesIO(app.state.bot.store.photo(image["src"])))
        assert kept.size == (1067, 1600) and stored.report == {"photos": [image["src"]]}
    finally:
        context.close()


def test_an_organiser_confirms_a_listing_from_its_page_in_two_steps(browser, running):
    site, bot_url, app = running
    slug = "kielikahvila-tapiola"
    context, page = open_page(browser, f"{site}/sv/activities/{slug}.html", javascript=True)
    try:
        page.get_by_role("link", name="Bekräfta att uppgifterna är aktuella").click()
        assert page.url == f"{bot_url}/sv/activity/{slug}/confirm"
        assert page.locator("h1").inner_text().startswith("Bekräfta att uppgifterna är aktuella")
        assert axe_violations(page) == []
        page.locator("button.send").click()
        page.wait_for_load_state()
        stored = app.state.bot.store.get(submission_id(page.content()))
        assert (stored.form, stored.target, stored.lang) == ("activity-confirm", slug, "sv")
        # a listing that may be out of date asks its organiser in its notice
        _, states = sample_content()
        stale = next(s for s, state in sorted(states.items()) if state == Status.STALE)
        page.goto(f"{site}/en/activities/{stale}.html")
        link = page.locator(".notice-stale a")
        assert link.inner_text() == "Are you the organiser? Confirm the details are still current"
        assert link.get_attribute("href") == f"{bot_url}/en/activity/{stale}/confirm"
        # an ended one is copied, not confirmed
        ended = next(s for s, state in sorted(states.items()) if state == Status.ENDED)
        page.goto(f"{site}/en/activities/{ended}.html")
        nav = page.get_by_role("navigation", name="Keep this listing current")
        assert nav.get_by_role("link", name="Copy as a new listing").count() == 1
        assert nav.get_by_role("link", name="Confirm the details are still current").count() == 0
    finally:
        context.close()


def test_an_organisation_page_leads_to_its_prefilled_form(browser, running):
    site, bot_url, _ = running
    slug = "monikulttuurinen-olohuone"
    context, page = open_page(browser, f"{site}/organisations/{slug}.html", javascript=True)
    try:
        page.get_by_role("navigation", name="Pidä tiedot ajan tasalla").get_by_role(
            "link", name="Päivitä organisaation tiedot"
        ).click()
        assert page.url == f"{bot_url}/fi/organisation/{slug}/update"
        assert page.locator("#f-name-fi").input_value() == "Monikulttuurinen Olohuone ry"
        assert axe_violations(page) == []
    finally:
        context.close()


def test_the_bots_own_form_pages_answer_with_the_errors_under_their_csp(browser, running):
    """A form the bot serves (here a listing's update, linked from its page), with its
    script under the bot's Content-Security-Policy: the answer's errors have the focus,
    and nothing is stored."""
    _site, bot_url, app = running
    url = f"{bot_url}/sv/activity/kielikahvila-tapiola/update"
    context, page = open_page(browser, url, javascript=True, bypass_csp=False)
    try:
        before = app.state.bot.store.counts()
        page.select_option("#f-organisation", index=0)  # "Välj": no organisation
        page.locator("button.send").click()
        summary = page.locator(".error-summary")
        summary.wait_for()
        assert CHOICE["sv"] in summary.inner_text()
        assert page.locator("#f-organisation").get_attribute("aria-invalid") == "true"
        assert page.evaluate("document.activeElement.id") == "error-summary"
        assert app.state.bot.store.counts() == before
        assert axe_violations(page) == []
    finally:
        context.close()


def test_the_bots_answer_has_the_focus_and_a_field_put_right_loses_its_error(browser, running):
    """The bot's error summary, or its notice, has the focus when its page opens. A field
    the bot found wrong and the organiser put right loses the bot's message in its next
    answer (only what is still wrong is shown); the hints while filling in are in
    test_bot_browser_required."""
    _site, bot_url, app = running
    url = f"{bot_url}/en/activity/kielikahvila-tapiola/confirm"
    context, page = open_page(browser, url, javascript=True, bypass_csp=False)
    try:
        assert page.evaluate("document.activeElement.id") == "form-notice"
        page.goto(f"{bot_url}/en/activity/kielikahvila-tapiola/update")
        page.fill("#f-schedule-weekly-0-end", "10:00")  # before it starts: the bot says so
        page.locator("button.send").click()
        page.wait_for_load_state()
        assert page.locator(".error-summary").is_visible()
        assert page.evaluate("document.activeElement.id") == "error-summary"
        assert page.locator(".field-error").count() >= 1
        assert page.locator(".has-error, [aria-invalid]").count() >= 1
        before = app.state.bot.store.counts()
        page.fill("#f-schedule-weekly-0-end", "19:00")  # put right...
        page.select_option("#f-organisation", index=0)  # ...and another made wrong
        with page.expect_navigation():
            page.locator("button.send").click()
        assert page.locator(".error-summary li").all_inner_texts() == [f"Organiser: {CHOICE['en']}"]
        assert app.state.bot.store.counts() == before  # not stored
        errors = page.locator(".field-error")
        assert errors.count() == 1 and errors.inner_text() == CHOICE["en"]
        invalid = page.eval_on_selector_all("[aria-invalid]", "nodes => nodes.map(n => n.id)")
        assert invalid == ["f-organisation"]
        dangling = page.evaluate(
            """() => [...document.querySelectorAll('[aria-describedby]')].flatMap(node =>
                node.getAttribute('aria-describedby').split(' ')
                    .filter(id => !document.getElementById(id)))"""
        )
        assert dangling == []
    finally:
        context.close()


def test_a_language_checked_keeps_the_ones_checked_before(browser, running):
    """The languages are boxes: checking one more (in the part that opens) keeps those
    already chosen, and the update's check lists them all."""
    _site, bot_url, _app = running
    url = f"{bot_url}/en/activity/kielikahvila-tapiola/update"
    context, page = open_page(browser, url, javascript=False, bypass_csp=False)
    try:
        boxes = page.locator("#f-languages input[type=checkbox]")
        before = boxes.evaluate_all("bs => bs.filter(b => b.checked).map(b => b.value)")
        assert before, "the listing's languages are checked"
        more = page.locator("#f-languages details.more-options")
        assert not more.evaluate("d => d.open")
        more.locator("summary").click()
        page.locator("#f-languages input[value=ti]").check()  # Tigrinya, from the rest
        after = boxes.evaluate_all("bs => bs.filter(b => b.checked).map(b => b.value)")
        assert set(after) == {*before, "ti"}
        page.locator("button.check").click()
        page.wait_for_load_state()
        assert "Tigrinya" in page.locator("main").inner_text()
        assert _axe(browser, page) == []
    finally:
        context.close()


def test_a_row_added_is_where_the_form_comes_back(browser, running):
    """ "Add a row" far down a long form brings it back at the new row, its first field
    focused: not at the top of a page some 15,000 pixels tall."""
    _site, bot_url, _app = running
    url = f"{bot_url}/en/activity/kielikahvila-tapiola/update"
    context, page = open_page(browser, url, javascript=True, bypass_csp=False)
    try:
        rows = page.locator("#g-schedule-weekly > fieldset").count()
        page.locator("#g-schedule-weekly > button.add-row").click()
        page.wait_for_load_state()
        assert page.url.endswith(f"#g-schedule-weekly-{rows}")
        assert page.locator("#g-schedule-weekly > fieldset").count() == rows + 1
        page.wait_for_function(f"document.activeElement.id === 'f-schedule-weekly-{rows}-weekday'")
        assert page.evaluate("window.scrollY") > 1000
    finally:
        context.close()


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_a_reminders_stop_link_works_by_keyboard_and_passes_axe(browser, running, lang):
    """The page a reminder's stop link opens asks first; the button, reached with the
    keyboard, stops the reminders to that address and says so in the page's language."""
    site, bot_url, app = running
    address = f"kerho-{lang}@olohuone.example"
    query = urlencode(
        {"address": address, "token": stop_token(app.state.bot.signer.key, address), "lang": lang}
    )
    context, page = open_page(browser, f"{bot_url}/reminders/stop?{query}", False, bypass_csp=False)
    try:
        assert page.locator("html").get_attribute("lang") == lang
        assert address in page.locator("main").inner_text()
        assert _axe(browser, page) == []
        assert not app.state.reminders.stopped(address)
        page.keyboard.press("Tab")  # first the way back to the site, in the page's language
        home = f"{site}/{'' if lang == 'fi' else lang + '/'}"
        assert page.evaluate("document.activeElement.getAttribute('href')") == home
        page.keyboard.press("Tab")
        assert page.evaluate("document.activeElement.tagName") == "BUTTON"
        page.keyboard.press("Enter")
        page.locator("[role=status]").wait_for()
        assert address in page.locator("[role=status]").inner_text()
        assert app.state.reminders.stopped(address)
        assert _axe(browser, page) == []
    finally:
        context.close()


def test_a_language_is_added_to_the_texts_with_javascript_on(browser, running):
    """The control under the description sends the form back to be shown with inputs in the
    chosen language, even with required fields still empty (the script checks a form only
    when it is sent), and the page opens at the name's inputs."""
    site, bot_url, app = running
    before = app.state.bot.store.counts()
    context, page = open_page(browser, f"{site}/en/submit/activity-new/", True)
    try:
        page.fill("#f-title-en", "Homework club")
        page.select_option("#f-_text_language", "so")
        page.locator('button[value="add-language"]').click()
        page.wait_for_url(f"{bot_url}/submit#f-title")
        title = page.locator("#f-title-so")
        assert title.get_attribute("lang") == "so"
        assert page.locator('label[for="f-title-so"]').inner_text() == "in Somali"
        assert page.locator("#f-description-so").is_visible()
        assert page.input_value("#f-title-en") == "Homework club"
        assert page.locator(".error-summary").count() == 0
        top = page.evaluate("document.getElementById('f-title').getBoundingClientRect().top")
        assert abs(top) < 5 and page.evaluate("window.scrollY") > 0
        # the keyboard is at the language added, not at the page's start
        page.wait_for_function("document.activeElement.id === 'f-title-so'")
        title.fill("Kooxda casharrada")
        assert axe_violations(page) == []
        assert app.state.bot.store.counts() == before
    finally:
        context.close()


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_check_before_sending_shows_the_answers_then_sends_them(browser, running, lang):
    """The site's organisation form, filled in Chromium with its script on: "Check before
    sending" shows the answers read-only (axe-core finds nothing, the keyboard reaches the
    buttons); "Change the details" brings the form back as it was; from the check page
    again, "Send" stores the listing."""
    site, bot_url, app = running
    before = app.state.bot.store.counts()
    context, page = open_page(browser, f"{site}/{PREFIX[lang]}submit/organisation-new/", True)
    try:
        page.fill(f"#f-name-{lang}", "Check Test Association")
        page.select_option("#f-kind", index=1)
        page.check("#f-level-2")
        page.locator("button.check").click()
        page.wait_for_url(re.compile(r"^http://127\.0\.0\.1:\d+/submit"))
        assert page.locator("html").get_attribute("lang") == lang
        answers = page.locator("dl.check-answers").first.inner_text()
        assert "Check Test Association" in answers
        assert app.state.bot.store.counts() == before  # nothing stored yet
        assert axe_violations(page) == []
        buttons = page.locator(".check-form button")
        assert buttons.count() == 2
        page.keyboard.press("Tab")  # from the page's start, the keyboard reaches "Send"
        for _ in range(40):
            if page.evaluate("document.activeElement.classList.contains('send')"):
                break
            page.keyboard.press("Tab")
        assert page.evaluate("document.activeElement.closest('.check-form') !== null")
        buttons.nth(1).click()  # change the details
        page.wait_for_load_state()
        assert page.locator(f"#f-name-{lang}").input_value() == "Check Test Association"
        assert page.locator("#f-level-2").is_checked()
        page.locator("button.check").click()
        page.wait_for_load_state()
        page.locator(".check-form button.send").click()
        page.wait_for_load_state()
        stored = app.state.bot.store.get(submission_id(page.content()))
        assert stored is not None and stored.state == "queued"
        assert stored.data["name"][lang] == "Check Test Association"
    finally:
        context.close()


def test_an_update_is_checked_with_its_schedule_in_words(browser, running):
    """An activity's update form, from its page: the check page says when it meets as the
    site's cards do, names the language of each text and shows the description as its page
    will; axe-core finds nothing."""
    _site, bot_url, _ = running
    slug = "kielikahvila-tapiola"
    context, page = open_page(browser, f"{bot_url}/en/activity/{slug}/update", javascript=True)
    try:
        page.fill("#f-description-fi", "Tule **mukaan**!\n\n- kahvi\n- kieli")
        page.locator("button.check").click()
        page.wait_for_load_state()
        box = page.locator(".check-schedule").inner_text()
        slot = sample_content()[0].activities[slug].schedule.weekly[0]
        assert f"{slot.start:%-H:%M}–{slot.end:%-H:%M}" in box and "Next session:" in box
        assert page.locator('dd .check-note + span[lang="fi"]').count() >= 1
        # the description as its page will show it, framed as a preview
        preview = page.locator('.check-preview .prose[lang="fi"]')
        assert preview.locator("strong").inner_text() == "mukaan"
        assert preview.locator("ul > li").all_inner_texts() == ["kahvi", "kieli"]
        assert axe_violations(page) == []
    finally:
        context.close()
