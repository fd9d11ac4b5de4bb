"""The activity and organisation forms have "Check before sending": the bot shows the
answers back read-only (an activity's schedule in the site's words, with its next
session), stores nothing, and sends them, or brings the form back to change them, from
hidden inputs (:mod:`tukena.forms.check`)."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from tests.bot.helpers import (
    activity_pairs,
    form_pairs,
    fresh_token,
    make_client,
    submission_id,
    submit,
)
from tests.site_helpers import parse
from tukena.forms import ui
from tukena.forms.labels import LABELS
from tukena.site import humanize

pytest_plugins = ["tests.bot.fixtures"]
CHECK = [("_action", "check")]


def check_page(client, clock, pairs, token: bool = True):
    response = submit(client, [*pairs, *CHECK], fresh_token(client, clock) if token else None)
    assert response.status_code == 200, response.text[:3000]
    return response


def answers(html: str) -> dict[str, list[tuple[str, str | None]]]:
    """Each answer of the check page by its label: its values' texts and ``lang`` (a text
    in a language of its own follows a note naming the language, a chosen option's name in
    another language has none; a description is its preview's text)."""
    out: dict[str, list[tuple[str, str | None]]] = {}
    for dl in parse(html).find_all("dl", cls="check-answers"):
        for row in dl.elements:
            values = out.setdefault(row.one("dt").text, [])
            for dd in row.find_all("dd"):
                spans = dd.find_all("span")
                if dd.find("div", cls="check-preview"):
                    prose = dd.one("div", cls="prose")
                    values.append((prose.text, prose.get("lang")))
                elif spans:  # a chosen name in another language has no note
                    *note, text = spans
                    assert all("check-note" in n.classes() for n in note)
                    assert text.get("dir") in ("ltr", "rtl")
                    values.append((text.text, text.get("lang")))
                else:
                    values.append((dd.text, None))
    return out


def check_form(html: str) -> list[tuple[str, str]]:
    """What the check page's own form sends with its "send" button."""
    (body,) = re.findall(r'<form class="check-form"[^>]*>(.*?)</form>', html, re.S)
    return form_pairs(body)[0]


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_the_forms_offer_the_check(client, lang):
    label = ui.text("check", lang)
    button = f'<button type="submit" class="check" name="_action" value="check">{label}</button>'
    for path in ("activity/new", "organisation/new"):
        assert button in client.get(f"/{lang}/{path}").text, path
    assert 'value="check"' not in client.get(f"/{lang}/report").text


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_the_check_page_shows_the_answers_and_stores_nothing(client, clock, lang):
    pairs = activity_pairs(_lang=lang, **{"title.ar": "نادي الواجبات", "summary.ar": "مساعدة"})
    html = check_page(client, clock, pairs).text
    assert client.app.state.bot.store.counts()["queued"] == 0
    assert f"<h1>{ui.text('check.heading', lang)}</h1>" in html
    found = answers(html)
    title = next(v for k, v in found.items() if ("Läksykerho Leppävaarassa", "fi") in v)
    assert title == [("Läksykerho Leppävaarassa", "fi"), ("نادي الواجبات", "ar")]
    assert 'lang="ar" dir="rtl"' in html
    assert ("Leppävaaran kirjasto", "fi") in sum(found.values(), [])
    # a choice shows its label, not its code; empty fields are left out
    assert not any(v == [("", None)] for v in found.values())
    assert "homework-help" not in "".join(t for v in found.values() for t, _ in v)
    # the schedule in the words of the site's cards, and the next session: the first
    # Wednesday from the bot's today on
    (box,) = re.findall(r'<div class="notice check-schedule">(.*?)</div>', html, re.S)
    season = {"fi": "1.9.2026 alkaen", "sv": "från 1.9.2026", "en": "from 1 Sep 2026"}[lang]
    words = {"fi": "Keskiviikkoisin", "sv": "Onsdagar", "en": "Wednesdays"}[lang]
    times = "15:00–17:00" if lang == "en" else "15.00–17.00"
    assert f"</strong> {words} {times}, {season}</p>" in box
    today = client.app.state.bot.intake.today()
    first = max(today, dt.date(2026, 9, 1))
    upcoming = first + dt.timedelta(days=(2 - first.weekday()) % 7)
    day = upcoming.strftime("%-d %b %Y") if lang == "en" else f"{upcoming:%-d.%-m.%Y}"
    assert box.strip().endswith(f"{day}</p>"), box


@pytest.mark.parametrize(
    ("lang", "sep", "other"), [("fi", ".", ":"), ("sv", ".", ":"), ("en", ":", ".")]
)
def test_the_check_page_writes_times_as_its_schedule_line_does(client, clock, lang, sep, other):
    """In the organiser's language: 9.30 in Finnish and Swedish, 9:30 in English (which an
    English screen-reader voice would read as a decimal written 9.30), whether typed
    09:30 or 17.00."""
    typed = {"schedule.weekly.0.start": "09:30", "schedule.weekly.0.end": "17.00"}
    pairs = activity_pairs(_lang=lang, **typed)
    html = check_page(client, clock, pairs).text
    texts = [text for values in answers(html).values() for text, _ in values]
    assert f"9{sep}30" in texts and f"17{sep}00" in texts
    assert not [text for text in texts if re.fullmatch(rf"\d+{re.escape(other)}\d\d", text)]
    assert f"9{sep}30–17{sep}00" in html  # the schedule line above the answers
    shown = re.sub(r"<[^>]*>", " ", html)  # not the hidden inputs, which keep what was typed
    assert f"9{other}30" not in shown and f"17{other}00" not in shown


def test_sending_from_the_check_page_stores_what_the_form_said(client, clock):
    pairs = activity_pairs(**{"title.en": 'Homework <b>"club"</b>', "forms": "language-cafe"})
    html = check_page(client, clock, pairs).text
    assert "<b>" not in html and "&lt;b&gt;" in html  # escaped in the answers and inputs
    sent = check_form(html)
    controls = [n for n, _ in sent if n.startswith("_")]
    assert sorted(controls) == ["_form", "_lang", "_token"]  # each once, no "_action"
    clock.advance(30)
    stored = submit(client, sent)
    assert stored.status_code == 200, stored.text[:2000]
    sub = client.app.state.bot.store.get(submission_id(stored.text))
    direct = submit(client, activity_pairs(title="Toinen"), fresh_token(client, clock))
    other = client.app.state.bot.store.get(submission_id(direct.text))
    assert sub.data["title"] == {"fi": "Läksykerho Leppävaarassa", "en": 'Homework <b>"club"</b>'}
    assert sorted(sub.data["forms"]) == ["homework-help", "language-cafe"]
    same = {k: v for k, v in sub.data.items() if k not in ("title", "forms")}
    assert same == {k: v for k, v in other.data.items() if k not in ("title", "forms")}


def test_change_brings_the_form_back_with_the_answers(client, clock):
    html = check_page(client, clock, activity_pairs()).text
    back = submit(client, [*check_form(html), ("_action", "edit")])
    assert back.status_code == 200
    assert 'value="Läksykerho Leppävaarassa"' in back.text
    assert 'class="error-summary"' not in back.text and 'value="check"' in back.text
    assert client.app.state.bot.store.counts()["queued"] == 0


def test_answers_with_errors_get_the_form_with_the_errors(client, clock):
    response = submit(
        client, [*activity_pairs(**{"title.fi": ""}), *CHECK], fresh_token(client, clock)
    )
    assert response.status_code == 422
    assert 'class="error-summary"' in response.text and "check-answers" not in response.text


def test_the_site_form_without_a_token_gets_one_on_the_check_page(client, clock):
    html = check_page(client, clock, activity_pairs(), token=False).text
    sent = check_form(html)
    assert [n for n, _ in sent].count("_token") == 1
    clock.advance(30)
    stored = submit(client, sent)
    assert stored.status_code == 200 and submission_id(stored.text)


@pytest.mark.parametrize("shown", ["check", "confirm", "errors"])
def test_a_quick_send_after_the_site_form_is_asked_again_not_dropped(client, clock, shown):
    """The site's own form has no token: the check page, the form shown to confirm, or
    the form shown with its errors gets one, issued after the answers were given. A "Send"
    within the fill time after it is not taken for a bot's (whose receipt would be for
    nothing): the form comes back to confirm, nothing stored; sent again, it is stored. A
    token of a form to fill in is still judged by the fill time."""
    bot = client.app.state.bot
    pairs = activity_pairs(**({"title.fi": ""} if shown == "errors" else {}))
    first = submit(client, [*pairs, *(CHECK if shown == "check" else [])])
    assert first.status_code == (422 if shown == "errors" else 200), first.text[:2000]
    # the site's form sent valid answers: its check page, as if "check" had been pressed
    sent = check_form(first.text) if shown != "errors" else form_pairs(first.text)[0]
    if shown == "errors":  # the error put right at once
        sent = [(n, "Läksykerho" if n == "title.fi" else v) for n, v in sent]
    assert dict(sent)["_token"].startswith("v1r.")
    clock.advance(1)  # faster than min_fill_seconds
    again = submit(client, sent)
    assert again.status_code == 200 and "/status/" not in again.text
    assert ui.text("confirm_notice", dict(sent)["_lang"]) in again.text
    assert bot.store.counts() == {**bot.store.counts(), "queued": 0, "rejected": 0}
    clock.advance(5)
    stored = submit(client, form_pairs(again.text)[0])
    sid = submission_id(stored.text)
    assert bot.store.get(sid).state == "queued"
    typed = submit(client, activity_pairs(), fresh_token(client, clock, wait=1))
    assert bot.store.get(submission_id(typed.text)).reason == "filled too fast"


@pytest.mark.parametrize("form", ["confirm", "update", "copy"])
def test_a_quick_send_of_a_form_filled_in_with_a_listing_is_asked_again(client, clock, form):
    """The confirm, update and copy forms come filled in with the listing: a "Send" at
    once is a person's who found it right (often from a reminder), not a bot's. It is
    asked again, nothing stored; sent again after the fill time, it is stored. A form to
    fill in from nothing is still judged by the fill time (the test above)."""
    bot = client.app.state.bot
    page = client.get(f"/en/activity/kielikahvila-tapiola/{form}")
    assert page.status_code == 200
    pairs, _ = form_pairs(page.text)
    assert dict(pairs)["_token"].startswith("v1r.")
    before = bot.store.counts()
    clock.advance(0.5)  # faster than min_fill_seconds
    again = submit(client, pairs)
    assert again.status_code == 200 and "/status/" not in again.text, again.text[:3000]
    assert ui.text("confirm_notice", "en") in again.text
    assert bot.store.counts() == before
    clock.advance(5)
    stored = submit(client, form_pairs(again.text)[0])
    assert bot.store.get(submission_id(stored.text)).state == "queued"


def test_an_organisation_has_no_schedule_to_check(client, clock):
    page = client.get("/en/organisation/new")
    pairs, _ = form_pairs(page.text)
    filled = {"name.fi": "Iftiin ry", "kind": "association", "level": "national"}
    pairs = [(n, filled.pop(n, v)) for n, v in pairs if n != "_token"] + list(filled.items())
    html = check_page(client, clock, pairs).text
    assert "check-schedule" not in html
    assert ("Iftiin ry", "fi") in sum(answers(html).values(), [])


def test_a_form_without_the_check_sends_as_before(client, clock):
    """A problem report has no check page: an ``_action`` asking for one sends it."""
    pairs = [("_form", "report"), ("_lang", "en"), ("target", "activities/kielikahvila-tapiola"),
             ("problem", "schedule"), ("details", "It is on Wednesdays now")]  # fmt: skip
    response = submit(client, [*pairs, *CHECK], fresh_token(client, clock))
    assert response.status_code == 200 and "check-answers" not in response.text
    assert client.app.state.bot.store.get(submission_id(response.text)).kind == "report"


def test_each_row_of_a_repeated_group_is_shown(client, clock):
    """Two weekly times and two places: each row is a part of its own, in the form's order,
    and the schedule says both."""
    more = {
        "schedule.weekly.1.weekday": "fri",
        "schedule.weekly.1.start": "10:00",
        "schedule.weekly.1.end": "11:30",
        "schedule.weekly.1.every": "2",
        "locations.1.municipality": "091",
        "locations.1.name.fi": "Kallion kirjasto",
    }
    html = check_page(client, clock, activity_pairs(_lang="en", **more)).text
    doc = parse(html)
    assert [h.text for h in doc.find_all("h3")][:2] == ["Place 1", "Place 2"]
    assert [h.text for h in doc.find_all("h4")] == ["Weekly time 1", "Weekly time 2"]
    places = [v for k, vs in answers(html).items() for v in vs if k == "Name of the place"]
    assert places == [("Leppävaaran kirjasto", "fi"), ("Kallion kirjasto", "fi")]
    days = answers(html)["Day of the week"]
    assert days == [("Wednesday", None), ("Friday", None)]
    (box,) = re.findall(r'<div class="notice check-schedule">(.*?)</div>', html, re.S)
    assert "Wednesdays 15:00–17:00" in box and "10:00–11:30" in box


def update_check(client, clock, lang: str, change: dict[str, str], form: str = "update"):
    """The update form (or another of a listing's forms) of the bot tests'
    "kielikahvila-tapiola" with ``change`` made, checked."""
    page = client.get(f"/{lang}/activity/kielikahvila-tapiola/{form}")
    pairs, _ = form_pairs(page.text)
    pairs = [(n, change.pop(n, v)) for n, v in pairs] + list(change.items())
    clock.advance(30)
    return check_page(client, clock, pairs, token=False).text


def changes(html: str) -> list[tuple[str, list[str]]]:
    (section,) = parse(html).find_all("section", cls="check-changes")
    return [
        (row.one("dt").text, [dd.text for dd in row.find_all("dd")])
        for dl in section.find_all("dl")
        for row in dl.elements
    ]


#: the labels of the update's changed fields below, by language
START = {
    "fi": "Aikataulu › Viikoittainen aika 1 › Alkaa klo",
    "sv": "Tidtabell › Veckotid 1 › Börjar kl.",
    "en": "Schedule › Weekly time 1 › Starts at",
}


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_an_updates_check_says_what_it_changes(client, clock, lang):
    """An update's check page lists the fields it changes, labelled as in the form (with
    their group and row; a text with its language), each value before and now."""
    change = {"schedule.weekly.0.start": "18:00", "title.en": "Language café in Tapiola!"}
    html = update_check(client, clock, lang, dict(change))
    before, now = ui.text("check.before", lang), ui.text("check.after", lang)
    title = f"{LABELS['title'][lang]} ({ui.text('in_language.en', lang)})"
    assert changes(html) == [
        (title, [f"{before}: Language café in Tapiola", f"{now}: Language café in Tapiola!"]),
        (START[lang], [f"{before}: 17:00", f"{now}: 18:00"]),
    ]
    assert client.app.state.bot.store.counts()["queued"] == 0


def test_an_update_changing_a_choice_or_adding_a_row_shows_labels(client, clock):
    """A choice shows its label; a row the update adds has nothing before it."""
    html = update_check(
        client, clock, "en",
        {"capacity": "full", "schedule.weekly.1.weekday": "fri", "schedule.weekly.1.start": "10:00",
         "schedule.weekly.1.end": "11:00", "schedule.weekly.1.every": "1"},
    )  # fmt: skip
    found = dict(changes(html))
    assert found["Can new people join"] == ["Before: Open for new participants", "Now: Full"]
    row = "Schedule › Weekly time 2 › "
    assert found[row + "Day of the week"] == ["Before: –", "Now: Friday"]
    assert found[row + "Starts at"] == ["Before: –", "Now: 10:00"]
    assert found[row + "Every … weeks"] == ["Before: –", "Now: 1"]


def test_an_unchanged_update_says_it_confirms(client, clock):
    html = update_check(client, clock, "sv", {})
    section = parse(html).one("section", cls="check-changes")
    assert section.one("p").text == ui.text("check.unchanged", "sv")
    assert "check-changes" not in check_page(client, clock, activity_pairs()).text


def test_changes_label_a_text_or_row_only_the_listing_had_and_ignore_order():
    """Labels come from the form shown with each side: a language or a row the update
    drops is only in the listing's. Choices sent in another order are the same choices."""
    from tukena.forms import changes as module
    from tukena.forms.render import build_view
    from tukena.forms.spec import form_spec

    spec = form_spec("activity")

    def view(values):
        return build_view(spec, lang="en", form_id="activity-update", action="", values=values)

    before = {
        "title.fi": ["Kerho"],
        "title.ar": ["نادي"],
        "target_groups": ["women", "children"],
        "schedule.weekly.0.weekday": ["tue"],
        "schedule.weekly.1.weekday": ["fri"],
    }
    after = {
        "title.fi": ["Kerho"],
        "target_groups": ["children", "women"],
        "schedule.weekly.0.weekday": ["tue"],
    }
    found = module.changes(view(before).fields, view(after).fields, before, after)
    assert [(c.label, c.before, c.after) for c in found] == [
        ("Name of the activity (in Arabic)", [("نادي", "ar", "rtl")], []),
        ("Schedule › Weekly time 2 › Day of the week", [("Friday", "", "")], []),
    ]


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_a_copys_check_says_how_it_differs_from_the_listing_copied(client, clock, lang):
    """A copy (last season's listing for the next) lists what differs from the listing it
    copies, in words of its own: the organiser sees the dates they moved, and what they
    did not mean to change."""
    change = {"schedule.season.start": "2027-01-12", "title.en": "Language café, spring"}
    html = update_check(client, clock, lang, dict(change), form="copy")
    section = parse(html).one("section", cls="check-changes")
    assert section.one("h2").text == ui.text("check.copy.changes", lang)
    before, new = ui.text("check.copy.before", lang), ui.text("check.copy.after", lang)
    title = f"{LABELS['title'][lang]} ({ui.text('in_language.en', lang)})"
    found = dict(changes(html))
    assert found.pop(title) == [
        f"{before}: Language café in Tapiola",
        f"{new}: {change['title.en']}",
    ]
    ((label, values),) = found.items()  # the season's start, and nothing else
    days = [humanize.day(dt.date(2026, 9, 1), lang), humanize.day(dt.date(2027, 1, 12), lang)]
    assert values == [f"{before}: {days[0]}", f"{new}: {days[1]}"]  # with their weekdays
    assert days[0].split()[0] in ("tiistai", "tisdag", "Tuesday")  # 1.9.2026 is a Tuesday
    # the answers too: a date as the site writes it, not 2027-01-12
    assert f"<dd>{days[1]}</dd>" in html and "<dd>2027-01-12</dd>" not in html
    assert label.endswith(LABELS["schedule.season.start"][lang]), label
    assert client.app.state.bot.store.counts()["queued"] == 0


def test_a_copy_the_same_as_its_listing_says_so(client, clock):
    section = parse(update_check(client, clock, "fi", {}, form="copy")).one(
        "section", cls="check-changes"
    )
    assert section.one("p").text == ui.text("check.copy.unchanged", "fi")
    assert ui.text("check.copy.unchanged", "fi") != ui.text("check.unchanged", "fi")


def test_the_bot_form_links_its_organisation_form_from_the_organisations_help(client):
    from tukena.forms.helptexts import LINKS

    for lang in ("fi", "sv", "en"):
        html = client.get(f"/{lang}/activity/new").text
        (help_text,) = re.findall(r'<p class="help" id="h-organisation">.*?</p>', html)
        url = f"{client.app.state.bot.settings.public_url}/{lang}/organisation/new"
        assert help_text.endswith(f'<a href="{url}">{LINKS["organisation"][lang]}</a></p>')
        assert (
            client.get(url.removeprefix(client.app.state.bot.settings.public_url)).status_code
            == 200
        )


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_a_paused_activitys_check_says_it_has_no_next_session(client, clock, lang):
    """As its page will: a group on a break has no session to go to."""
    pairs = [*activity_pairs(_lang=lang, capacity="paused"), ("schedule.weekly.1.weekday", "fri")]
    pairs += [("schedule.weekly.1.start", "15:00"), ("schedule.weekly.1.end", "17:00")]
    html = check_page(client, clock, pairs).text
    (box,) = re.findall(r'<div class="notice check-schedule">(.*?)</div>', html, re.S)
    words = {
        "fi": "Keskiviikkoisin ja perjantaisin",
        "sv": "Onsdagar och fredagar",
        "en": "Wednesdays and Fridays",
    }[lang]
    times = "15:00–17:00" if lang == "en" else "15.00–17.00"
    assert f"</strong> {words} {times}, " in box
    assert box.strip().endswith(f"{ui.text('check.paused', lang)}</p>"), box


#: an organisation whose name is in Arabic alone: every form's list offers it in Arabic
ARABIC_ORGANISATION = """\
language: ar
name:
  ar: جمعية الجسر
kind: association
level: local
municipalities: [Espoo]
email: info@jisr.example
"""


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_a_chosen_name_in_another_language_keeps_its_language_on_the_check(
    settings, clock, repo, lang
):
    """The organisation chosen from the list, its name in Arabic alone, is read as Arabic,
    right to left, on the check page as in its option on the form (WCAG 3.1.2); an option
    in the form's own language claims none."""
    (repo.site / "content" / "organisations" / "jisr.yaml").write_text(ARABIC_ORGANISATION)
    with make_client(settings, clock) as client:  # the content read with it
        form = parse(client.get(f"/{lang}/activity/new").text)
        html = check_page(client, clock, activity_pairs(_lang=lang, organisation="jisr")).text
    option = next(o for o in form.find_all("option") if o.get("value") == "jisr")
    assert (option.get("lang"), option.get("dir")) == ("ar", "rtl")
    # the answers' texts that say a language with no note naming it: the chosen name alone
    bare = [
        (span.text, span.get("lang"), span.get("dir"))
        for dl in parse(html).find_all("dl", cls="check-answers")
        for dd in dl.find_all("dd")
        if not dd.find("span", cls="check-note")
        for span in dd.find_all("span")
        if span.get("lang")
    ]
    assert bare == [(option.text, "ar", "rtl")]
    assert option.text == "جمعية الجسر"
