"""Forms derived from the models: description, parsing, errors in fi/sv/en, accessible HTML."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from tukena.forms import messages, parse, render, sources, text
from tukena.forms.describe import describe
from tukena.forms.nodes import Field, Group
from tukena.forms.spec import form_spec
from tukena.schemas import Activity
from tukena.schemas.vocabulary import LABELS, ActivityForm

ACTIVITY = {
    "language": "fi",
    "title": {"fi": "Kielikahvila", "en": "Language café"},
    "summary": {"fi": "Jutellaan suomeksi."},
    "organisation": "olohuone",
    "forms": ["language-cafe"],
    "category": "support",
    "target_groups": ["everyone"],
    "languages": ["fi", "ar"],
    "locations": [
        {
            "municipality": "091",
            "name": "Kirjasto",  # a proper name, in no language claimed
            "accessibility": {"step_free": True, "induction_loop": False},
        },
        {"municipality": "049", "coordinates": {"lat": 60.17, "lon": 24.8}},
    ],
    "schedule": {
        "season": {"start": "2026-09-01", "end": "2027-05-31"},
        "weekly": [{"weekday": "tue", "start": "17:00", "end": "19:00", "every": 2}],
        "exceptions": [{"start": "2026-12-21", "end": "2027-01-06", "reason": {"fi": "Joulu"}}],
    },
    "cost": {"free": False, "fee": {"fi": "2 € kerta"}},
    "registration": {"required": False},
    "referrals": {"accepted": True},
    "contact": {"email": "info@example.fi", "phone": "+358401234567"},
    "keywords": ["kahvi", "puhe"],
    "verified": "2026-11-22",
}


def pairs_of(values: dict[str, list[str]]) -> list[tuple[str, str]]:
    return [(name, value) for name, found in values.items() for value in found]


def validate(data: dict) -> Activity:
    return Activity.model_validate(data, context={"language": data.get("language", "fi")})


# --- the description -----------------------------------------------------------------


def test_every_model_field_but_the_excluded_has_a_form_field():
    spec = form_spec("activity")
    top = {node.key for node in spec.children}
    assert top == set(Activity.model_fields) - {"verified"}
    weekly = spec.node("schedule.weekly")
    assert isinstance(weekly, Group) and weekly.repeat
    assert weekly.name == "schedule.weekly" and weekly.max_rows == 14
    start = spec.node("schedule.weekly.start")
    assert isinstance(start, Field)
    assert start.name == "schedule.weekly.{i}.start" and start.widget == "time" and start.required
    assert not start.always  # inside a list: only required when the row is there


def test_widgets_and_requirements_follow_the_model_types():
    spec = form_spec("activity")
    widgets = {node.path: node.widget for node in spec.walk() if isinstance(node, Field)}
    assert widgets["title"] == "localised"
    assert widgets["forms"] == "checkboxes"
    assert widgets["category"] == "radio"
    assert widgets["languages"] == "multiselect"
    assert widgets["contact.email"] == "email"
    assert widgets["contact.phone"] == "tel"
    assert widgets["online.link"] == "url"
    assert widgets["schedule.season.start"] == "date"
    assert widgets["locations.municipality"] == "select"
    assert widgets["locations.postal_code"] == "text"
    assert widgets["locations.accessibility.step_free"] == "boolean"
    assert widgets["keywords"] == "lines"
    assert widgets["description"] == "localised"
    assert spec.node("description").multiline and not spec.node("title").multiline
    assert spec.node("locations.accessibility.step_free").nullable
    assert not spec.node("childcare").nullable and spec.node("childcare").default == "false"
    assert spec.node("title").always and not spec.node("description").required


def test_choices_carry_the_vocabulary_labels_in_three_languages():
    forms = form_spec("activity").node("forms")
    choice = next(c for c in forms.choices if c.value == "language-cafe")
    assert choice.label == LABELS[ActivityForm]["language-cafe"]
    assert {c.value for c in forms.choices} == {m.value for m in ActivityForm}
    for node in form_spec("activity").walk():
        assert set(node.label) == {"fi", "sv", "en"} and all(node.label.values()), node.path


def test_json_description_is_complete_and_serialisable():
    for kind in ("activity", "organisation", "report"):
        data = describe(kind)
        encoded = json.dumps(data, ensure_ascii=False)
        assert json.loads(encoded) == data
    data = describe("activity")
    names = [f["name"] for f in data["fields"]]
    assert "schedule" in names and "title" in names
    schedule = next(f for f in data["fields"] if f["name"] == "schedule")
    weekly = next(f for f in schedule["children"] if f["name"] == "schedule.weekly")
    assert weekly["repeat"] and weekly["children"][1]["name"] == "schedule.weekly.{i}.start"
    assert data["messages"]["time"]["sv"].startswith("Ange klockslaget")
    assert data["control"]["token"] == "_token"


# --- parsing ------------------------------------------------------------------------


def test_flatten_and_parse_round_trip_to_the_same_model():
    model = validate(ACTIVITY)
    spec = form_spec("activity")
    values = parse.flatten(spec, model.model_dump(mode="json"))
    assert values["schedule.weekly.0.start"] == ["17:00"]
    assert values["locations.1.coordinates.lat"] == ["60.17"]
    assert values["languages"] == ["fi", "ar"]
    assert values["keywords"] == ["kahvi\npuhe"]
    parsed = parse.parse(spec, pairs_of(values))
    assert parsed.errors == []
    again = validate({**parsed.data, "verified": "2026-11-22"})
    assert again == model


@pytest.mark.parametrize("main", ["fi", "so"])
def test_a_plain_place_name_is_shown_in_the_main_language_and_stays_plain(main):
    """A place's name written plain claims no language: the form shows it in the listing's
    main language's input, and sent back from there alone it is plain again, so an update
    sent unchanged changes nothing. Given in another language too, it keeps both."""
    model = validate({**ACTIVITY, "language": main, "languages": [main]})
    spec = form_spec("activity")
    values = parse.flatten(spec, model.model_dump(mode="json"))
    assert values[f"locations.0.name.{main}"] == ["Kirjasto"]
    assert [n for n in values if n.startswith("locations.0.name.")] == [f"locations.0.name.{main}"]
    parsed = parse.parse(spec, pairs_of(values))
    assert parsed.data["locations"][0]["name"] == "Kirjasto"
    assert validate({**parsed.data, "verified": "2026-11-22"}) == model
    both = [*pairs_of(values), ("locations.0.name.sv", "Biblioteket")]
    named = parse.parse(spec, both).data["locations"][0]["name"]
    assert named == {main: "Kirjasto", "sv": "Biblioteket"}


def test_repeated_rows_are_compacted_and_blank_rows_dropped():
    spec = form_spec("activity")
    parsed = parse.parse(
        spec,
        [
            ("schedule.weekly.0.weekday", "mon"),
            ("schedule.weekly.0.start", "9.00"),
            ("schedule.weekly.1.weekday", ""),
            ("schedule.weekly.1.start", ""),
            ("schedule.weekly.3.weekday", "fri"),
            ("schedule.weekly.3.start", "10:00"),
            ("locations.0.name.fi", ""),
            ("locations.0.municipality", ""),
            ("age.min", ""),
            ("age.max", ""),
        ],
    )
    weekly = parsed.data["schedule"]["weekly"]
    assert [row["weekday"] for row in weekly] == ["mon", "fri"]
    assert "locations" not in parsed.data and "age" not in parsed.data


def test_finnish_dates_and_decimal_commas_are_understood():
    spec = form_spec("activity")
    parsed = parse.parse(
        spec, [("schedule.season.start", "1.9.2026"), ("locations.0.coordinates.lat", "60,17")]
    )
    assert parsed.data["schedule"]["season"]["start"] == "2026-09-01"
    assert parsed.data["locations"][0]["coordinates"]["lat"] == "60.17"


@pytest.mark.parametrize(
    "name",
    [
        "nonsense",
        "title",  # a localised text needs its language
        "title.xx",  # not a language code
        "schedule.weekly.99.start",  # beyond the row limit
        "schedule.weekly.x.start",
        "schedule.weekly.0.start.extra",
        "verified",  # set by the bot, not by the form
        "images.3.src",  # beyond the photo rows
        "schedule.weekly.\u00b2.start",  # a superscript two: a digit to str.isdigit only
        "images.\u00b9.src",
        "schedule.weekly.\u0661.start",  # an Arabic-Indic one: not row 1
        "locations.0/../../etc/passwd",
        "../content/x",
        "__class__",
    ],
)
def test_unknown_names_are_refused(name):
    with pytest.raises(parse.UnknownFields) as caught:
        parse.parse(form_spec("activity"), [("title.fi", "x"), (name, "y")])
    assert caught.value.names == [name]


def test_a_row_number_in_other_digits_than_ascii_adds_no_row_to_a_form_shown():
    values = {"schedule.weekly.\u00b2.start": ["17:00"], "images.\u00b9.src": ["x.jpg"]}
    view = render.build_view(form_spec("activity"), lang="fi", form_id="activity-new",
                             action="/submit", values=values, sources=sources.static())  # fmt: skip
    html = render.render_form(view)
    assert 'name="schedule.weekly.0.start"' in html
    assert 'name="schedule.weekly.1.start"' not in html and "\u00b2" not in html


def test_the_submitters_note_loses_control_characters_and_bidi_overrides():
    osc52 = "\x1b]52;c;ZWNobyBwd25lZA==\x07"  # an escape sequence that writes the clipboard
    note = f"Hei{osc52} \u202eti\u2066ed\u2069ot\x9b\r\nrivi\tkaksi\x00"
    parsed = parse.parse(form_spec("activity"), [("_note", note), ("_lang", "fi\x1b[2J")])
    assert parsed.control == {
        "_note": "Hei]52;c;ZWNobyBwd25lZA== tiedot\nrivi\tkaksi",
        "_lang": "fi[2J",
    }
    assert parsed.errors == []


def test_control_fields_and_honeypot_are_kept_apart():
    parsed = parse.parse(
        form_spec("activity"),
        [("_token", "t"), ("_lang", "sv"), ("extra_notes", "buy pills")],
        honeypot_field="extra_notes",
    )
    assert parsed.control == {"_token": "t", "_lang": "sv"}
    assert parsed.honeypot and parsed.data == {}


# --- text ---------------------------------------------------------------------------


def test_text_is_normalised_to_nfc():
    parsed = parse.parse(form_spec("activity"), [("title.fi", "Ka\u0308sityo\u0308t")])
    assert parsed.data["title"]["fi"] == "Käsityöt"
    assert parsed.data["title"]["fi"] == "K\u00e4sity\u00f6t"


@pytest.mark.parametrize(
    "bad, kind",
    [
        ("abc\u202edcba", "bidi"),
        ("\u2066x\u2069", "bidi"),
        ("pay\u200bpal", "invisible"),
        ("\ufeffhello", "invisible"),
        ("soft\u00adhyphen", "invisible"),
        ("tag\U000e0041", "invisible"),
        ("bell\x07", "invisible"),
        ("\u200cstart", "invisible"),
        ("\u3164", "invisible"),
    ],
)
def test_invisible_tricks_are_refused(bad, kind):
    parsed = parse.parse(form_spec("activity"), [("summary.en", bad)])
    assert [(e.name, e.key) for e in parsed.errors] == [("summary.en", kind)]
    assert "summary" not in parsed.data


def test_joiners_inside_words_are_allowed():
    persian = "می\u200cخواهم"  # ZWNJ inside a Persian word
    family = "👩\u200d👧"
    assert text.problem(persian) is None
    assert text.problem(family) is None


@given(st.text(max_size=40))
def test_cleaning_never_lets_a_bidi_control_through(value):
    cleaned, problem = text.clean(value, multiline=True)
    if problem is None:
        assert not any(
            c in cleaned for c in "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
        )


# --- errors -------------------------------------------------------------------------


def errors_for(data: dict) -> dict[str, str]:
    spec = form_spec("activity")
    with pytest.raises(ValidationError) as caught:
        validate(data)
    return {e.name: e.key for e in messages.form_errors(spec, caught.value)}


def test_common_errors_map_to_their_fields():
    data = {**ACTIVITY, "contact": {"email": "not-an-address"}}
    data["schedule"] = {
        **ACTIVITY["schedule"],
        "weekly": [{"weekday": "tue", "start": "25:00", "end": "19:00"}],
        "season": {"start": "1.13.2026"},
    }
    data["locations"] = [{"municipality": "Espo"}]
    data.pop("title")
    found = errors_for(data)
    assert found["title"] == "localised"
    assert found["contact.email"] == "email"
    assert found["schedule.weekly.0.start"] == "time"
    assert found["schedule.season.start"] == "date"
    assert found["locations.0.municipality"] == "municipality_suggestion"


def test_model_rules_land_on_the_field_they_are_about():
    data = {**ACTIVITY, "locations": [], "cost": {"free": False}}
    data["schedule"] = {
        "season": {"start": "2026-09-01"},
        "weekly": [{"weekday": "tue", "start": "19:00", "end": "17:00"}],
    }
    found = errors_for(data)
    assert found["cost.fee"] == "fee_needed"
    assert found["schedule.weekly.0.end"] == "time_order"
    found = errors_for({**ACTIVITY, "schedule": {"weekly": [], "sessions": []}})
    assert found["schedule.weekly"] == "not_one_off"
    # rules of the whole listing run once its fields are valid
    assert errors_for({**ACTIVITY, "locations": []}) == {"locations": "place_or_online"}


def test_messages_exist_in_every_language():
    for key, texts in messages.MESSAGES.items():
        assert set(texts) == {"fi", "sv", "en"}, key
    error = parse.FormError(
        "locations.0.municipality", "municipality_suggestion", {"suggestion": "Espoo"}
    )
    assert messages.message(error, "fi") == "Tuntematon kunta. Tarkoititko Espoo?"
    assert messages.message(error, "sv") == "Okänd kommun. Menade du Espoo?"
    assert messages.message(error, "en") == "Unknown municipality. Did you mean Espoo?"


# --- HTML ---------------------------------------------------------------------------


class Collector(HTMLParser):
    """Inputs, labels, ids and fieldsets of a page."""

    def __init__(self) -> None:
        super().__init__()
        self.inputs: list[dict] = []
        self.labels: set[str] = set()
        self.ids: set[str] = set()
        self.fieldsets = 0
        self.legends = 0
        self.links: list[str] = []
        self.html_lang = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if "id" in a:
            self.ids.add(a["id"])
        if tag == "html":
            self.html_lang = a.get("lang")
        if tag in ("input", "select", "textarea") and a.get("type") != "hidden":
            self.inputs.append(a)
        if tag == "label" and "for" in a:
            self.labels.add(a["for"])
        if tag == "fieldset":
            self.fieldsets += 1
        if tag == "legend":
            self.legends += 1
        if tag == "a" and a.get("href", "").startswith("#"):
            self.links.append(a["href"][1:])


def page(lang="fi", values=None, errors=()):
    spec = form_spec("activity")
    view = render.build_view(
        spec,
        lang=lang,
        form_id="activity-new",
        action="/submit",
        values=values if values is not None else parse.defaults(spec),
        errors=errors,
        sources={
            **sources.static(),
            "organisations": sources.named([("olohuone", {"fi": "Olohuone"})]),
        },
        control={"_token": "tok"},
    )
    return render.render_form(view)


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_every_input_has_a_label_and_groups_have_legends(lang):
    html = page(lang)
    found = Collector()
    found.feed(html)
    assert found.html_lang == lang
    unlabelled = [
        i for i in found.inputs if i.get("id") not in found.labels and i.get("type") != "submit"
    ]
    assert unlabelled == []
    assert found.fieldsets == found.legends and found.fieldsets > 10
    ids = [m for m in re.findall(r'\sid="([^"]+)"', html)]
    assert len(ids) == len(set(ids)), "ids are unique"


def test_errors_sit_next_to_their_field_and_in_the_summary():
    errors = [
        parse.FormError("schedule.weekly.0.start", "time"),
        parse.FormError("title", "localised"),
        parse.FormError("contact.email", "email"),
    ]
    html = page("sv", values={"schedule.weekly.0.start": ["25:00"]}, errors=errors)
    found = Collector()
    found.feed(html)
    assert 'role="alert"' in html
    assert all(link in found.ids for link in found.links)
    start = next(i for i in found.inputs if i.get("name") == "schedule.weekly.0.start")
    assert start["value"] == "25:00" and start["aria-invalid"] == "true"
    assert "e-schedule-weekly-0-start" in start["aria-describedby"].split()
    assert '<p class="field-error" id="e-schedule-weekly-0-start"><span>Ange klockslaget' in html
    summary = html[html.index("error-summary") : html.index("</ul>")]
    assert summary.index("Aktivitetens namn") < summary.index("Veckotid 1: Börjar kl.")


@pytest.mark.parametrize(
    ("name", "given", "kind"),
    [
        ("schedule.weekly.0.start", "17:30", "time"),
        ("schedule.weekly.0.start", "25:00", "text"),
        ("schedule.weekly.0.start", "17.30", "text"),
        ("schedule.season.start", "2026-09-01", "date"),
        ("schedule.season.start", "2026-02-31", "text"),
        ("schedule.season.start", "1.9.2026", "text"),
    ],
)
def test_a_date_or_time_that_is_not_one_comes_back_as_written(name, given, kind):
    """A date or time input shows only a valid date or time; anything else would be shown
    empty, so it comes back in a text input, beside its error."""
    html = page("fi", values={name: [given]}, errors=[parse.FormError(name, kind)])
    found = Collector()
    found.feed(html)
    (field,) = [i for i in found.inputs if i.get("name") == name]
    assert (field["type"], field["value"]) == (kind, given)
    assert "maxlength" not in field or kind == "text"


def test_values_are_escaped():
    html = page(
        "en",
        values={
            "title.fi": ['"><script>alert(1)</script>'],
            "keywords": ["<img src=x onerror=alert(1)>"],
        },
    )
    assert "<script>alert" not in html and "<img src=x" not in html
    assert "&lt;script&gt;" in html


def test_localised_inputs_carry_their_language():
    html = page("fi")
    assert re.search(
        r'<input id="f-title-sv" name="title.sv" type="text" lang="sv" dir="auto"', html
    )
    assert '<label for="f-title-en">englanniksi</label>' in html


def test_site_form_pages_explain_pull_requests_without_a_bot():
    from types import SimpleNamespace

    from tukena.site import submitforms

    cat = SimpleNamespace(config=SimpleNamespace(bot_url=None))
    for lang in ("fi", "sv", "en"):
        page = submitforms.context(cat, "activity-new", lang)
        assert page["form_html"] is None
        assert "pull request" in page["no_bot"] and "CONTRIBUTING.md" in page["no_bot"]
    assert {o["url"] for o in page["other_forms"]} == {
        "en/submit/organisation-new/",
        "en/submit/report/",
    }
    assert submitforms.bot_base("https://bot.example/submit") == "https://bot.example"
    assert submitforms.bot_base("https://x.example/bot/") == "https://x.example/bot"


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_every_language_offered_has_a_name_and_none_is_only_of_books(lang):
    """No "sr-ME (sr-ME)": a language without a name in the UI language has its English
    one; Avestan, Church Slavic and Volapük are not offered to an organiser, nor are a
    language's regional standards ("American English"), but Dari is."""
    offered = {c.value: c.label[lang] for c in sources.languages()}
    assert offered["sr-ME"] != "sr-ME (sr-ME)"
    assert all(label.split(" (")[0] != code for code, label in offered.items())
    assert not {"ae", "cu", "vo"} & set(offered) and {"fi", "so", "fa-AF"} <= set(offered)
    assert not {"en-US", "en-GB", "fr-CA", "pt-BR"} & set(offered)
    assert not [label for label in offered.values() if "English" in label and "(en)" not in label]


def test_several_among_many_are_boxes_the_chosen_and_common_first():
    """The languages of an activity: the ones chosen (in their order), then the common
    ones, then the rest in the part that opens; each box once, and sent as before."""
    spec = form_spec("activity")
    values = {"languages": ["so", "ar"]}
    view = render.build_view(spec, lang="sv", form_id="activity-new", action="/submit",
                             values=values, sources=sources.static())  # fmt: skip
    html = render.render_form(view)
    (fieldset,) = re.findall(r'<fieldset class="field multichoice"[^>]*id="f-languages".*?</fieldset>', html, re.S)  # fmt: skip
    boxes = re.findall(r'<input id="[^"]+" name="languages" type="checkbox" value="([^"]+)"( checked)?>', fieldset)  # fmt: skip
    codes = [code for code, _ in boxes]
    assert codes[:2] == ["so", "ar"] and [c for c, on in boxes if on] == ["so", "ar"]
    opens = fieldset.index('<details class="more-options">')
    shown = re.findall(r'value="([^"]+)"', fieldset[:opens])
    assert shown[2:5] == ["fi", "sv", "en"]  # the common ones next
    assert len(codes) == len(set(codes)) == len(sources.languages())  # every language once
    assert "<select" not in fieldset and "Alla alternativ" in fieldset


def test_a_field_required_only_in_a_part_left_optional_says_so():
    """ "Starts (required)" in the empty row of a weekly time read as if the row had to be
    filled in: a field required only when its part is used says "required if you fill in
    this part"; one the form always needs says "required"."""
    view = render.build_view(form_spec("activity"), lang="en", form_id="activity-new",
                             action="/submit", values={}, sources=sources.static())  # fmt: skip
    html = render.render_form(view)

    def marker(label_for: str) -> str:
        (found,) = re.findall(rf'<label for="{label_for}">[^<]*<span class="req">\(([^)]*)\)', html)
        return found

    def legend(fieldset_id: str) -> str:
        (found,) = re.findall(
            rf'id="{fieldset_id}"[^>]*>\s*<legend>[^<]*<span class="req">\(([^)]*)\)', html
        )
        return found

    assert marker("f-schedule-weekly-0-start") == "required if you fill in this part"
    assert legend("f-cost-free") == "required"
    assert "required if you fill in this part" not in legend("f-cost-free")


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_a_row_is_one_of_a_kind_and_its_button_says_what_it_adds(lang):
    from tukena.forms.labels import ROWS

    view = render.build_view(form_spec("activity"), lang=lang, form_id="activity-new",
                             action="/submit", values={"schedule.exceptions.0.start": ["2026-12-24"]})  # fmt: skip
    html = render.render_form(view, page=False)
    for name, (_one, add) in ROWS.items():
        button = re.search(
            rf'<button[^>]*value="add:{re.escape(name)}"[^>]*>([^<]*)</button>', html
        )
        assert button is not None and button[1] == add[lang], name
    assert f"<legend>{ROWS['schedule.exceptions'][0][lang]} 1</legend>" in html
    assert f"<legend>{ROWS['locations'][0][lang]} 1</legend>" in html


def test_an_error_of_a_group_of_boxes_marks_each_box_and_the_summary_leads_to_the_first():
    """The summary's link to "Languages: choose at least 1" goes to a box the keyboard can
    be on (the fieldset itself cannot take the focus), and each box says it is in error."""
    spec = form_spec("activity")
    errors = [parse.FormError("languages", "choose_at_least", {"min_length": 1}),
              parse.FormError("category", "choice")]  # fmt: skip
    view = render.build_view(spec, lang="en", form_id="activity-new", action="/submit",
                             errors=errors, sources=sources.static())  # fmt: skip
    html = render.render_form(view)
    summary = html.split('id="error-summary"', 1)[1].split("</ul>", 1)[0]
    for name, kind in (("languages", "checkbox"), ("category", "radio")):
        boxes = re.findall(rf'<input id="([^"]+)" name="{name}" type="{kind}"[^>]*>', html)
        marked = re.findall(
            rf'<input [^>]*name="{name}" type="{kind}"[^>]*aria-invalid="true"', html
        )
        assert boxes and len(marked) == len(boxes), name
        assert f'href="#{boxes[0]}"' in summary, name
