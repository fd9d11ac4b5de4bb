"""What a screen reader is told of the forms' required choices, from Chromium's own
accessibility tree (over CDP): a blank form is not invalid before anything is done, though
its required selects and groups of radios still say they are required; a blank form sent
is answered with exactly its missing fields invalid, each described by its message, with
and without JavaScript; a field left wrong is said once, politely, in the form's one live
region."""

from __future__ import annotations

import pytest

pytest.importorskip("playwright")

from tests.browser_support import axe_violations, open_page  # noqa: E402

pytestmark = pytest.mark.browser
pytest_plugins = ["tests.browser_fixtures", "tests.bot_browser_fixtures"]

PREFIX = {"fi": "", "sv": "sv/", "en": "en/"}
CHOICE = {"fi": "Valitse jokin vaihtoehdoista.", "en": "Choose one of the options."}
REQUIRED = {"fi": "(pakollinen)", "sv": "(obligatorisk)", "en": "(required)"}
#: the controls of the fields the bot's answer says are wrong: each is invalid
MARKED = """() => [...document.querySelectorAll('.field.has-error')].map(field => ({
    ids: [...field.querySelectorAll('input:not([type=hidden]), select, textarea')]
        .filter(control => control.checkVisibility())  // not the boxes of a closed <details>
        .map(control => control.id),
    container: field.id,
    error: field.querySelector(':scope > .field-error').textContent.trim(),
}))"""


def _tree(context, page) -> list[dict]:
    """The accessibility tree's nodes that are invalid, required or described, each with
    the id of its element, its role, whether it is invalid and required, and its
    description."""
    cdp = context.new_cdp_session(page)
    try:
        found = []
        for node in cdp.send("Accessibility.getFullAXTree")["nodes"]:
            if node.get("ignored") or "backendDOMNodeId" not in node:
                continue
            props = {p["name"]: p["value"].get("value") for p in node.get("properties", [])}
            description = node.get("description", {}).get("value", "")
            invalid = props.get("invalid") not in (None, "false")
            role = node["role"]["value"]
            if not (invalid or props.get("required") or description or role == "combobox"):
                continue  # the many options and texts: nothing to say of them here
            element = cdp.send("DOM.describeNode", {"backendNodeId": node["backendDOMNodeId"]})
            attributes = element["node"].get("attributes", [])
            named = dict(zip(attributes[::2], attributes[1::2], strict=True))
            found.append(
                {
                    "id": named.get("id", ""),
                    "role": role,
                    "name": node.get("name", {}).get("value", ""),
                    "description": description,
                    "invalid": invalid,
                    "required": bool(props.get("required")),
                }
            )
        return found
    finally:
        cdp.detach()


@pytest.mark.parametrize("javascript", [False, True], ids=["no-js", "js"])
@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
@pytest.mark.parametrize("form", ["activity-new", "organisation-new", "report"])
def test_a_blank_form_is_not_invalid_but_says_what_it_requires(
    browser, running, form, lang, javascript
):
    site, _bot_url, _app = running
    context, page = open_page(browser, f"{site}/{PREFIX[lang]}submit/{form}/", javascript)
    try:
        tree = _tree(context, page)
        assert [(n["role"], n["name"]) for n in tree if n["invalid"]] == []
        # a required select says so in its name: Chromium takes the state of a select
        # from its native ``required`` alone, not from its aria-required
        named = [n["name"] for n in tree if n["role"] == "combobox"]
        assert any(name.endswith(REQUIRED[lang]) for name in named), named
        if form != "report":  # a group of radios to choose one of says it is required
            required = [n["name"] for n in tree if n["required"] and n["role"] == "radiogroup"]
            assert required and all(name.endswith(REQUIRED[lang]) for name in required)
    finally:
        context.close()


@pytest.mark.parametrize("javascript", [False, True], ids=["no-js", "js"])
@pytest.mark.parametrize(
    ("form", "lang"), [("activity-new", "sv"), ("organisation-new", "fi"), ("report", "en")]
)
def test_a_blank_form_sent_marks_exactly_its_missing_fields_and_describes_them(
    browser, running, form, lang, javascript
):
    site, _bot_url, _app = running
    context, page = open_page(browser, f"{site}/{PREFIX[lang]}submit/{form}/", javascript)
    try:
        page.locator(".buttons button.send").click()
        page.locator(".error-summary").wait_for()
        marked = page.evaluate(MARKED)
        tree = _tree(context, page)
        by_id = {n["id"]: n for n in tree if n["id"]}
        invalid = {n["id"] for n in tree if n["invalid"]}
        assert invalid == {i for field in marked for i in field["ids"]}
        assert invalid, marked
        for field in marked:
            # the control says its message, or (a group of radios, of texts) its fieldset
            said = [by_id[i]["description"] for i in [*field["ids"], field["container"]] if i]
            assert any(field["error"] in text for text in said), (field, said)
    finally:
        context.close()


@pytest.mark.parametrize("lang", ["fi", "en"])
def test_a_required_choice_taken_back_is_said_once_in_the_forms_live_region(browser, running, lang):
    """The script checks a select that has aria-required rather than ``required`` itself:
    taken back to "choose", it is invalid, described by its hint, and the one polite live
    region of the form says the field and the hint; put right, both go."""
    site, _bot_url, _app = running
    context, page = open_page(browser, f"{site}/{PREFIX[lang]}submit/activity-new/", True)
    try:
        organisation = page.locator("#f-organisation")
        assert organisation.get_attribute("required") is None
        assert organisation.get_attribute("aria-required") == "true"
        organisation.select_option(index=1)
        assert page.locator("[aria-invalid]").count() == 0
        organisation.select_option(index=0)
        hint = page.locator("[data-js-error]")
        assert hint.inner_text() == CHOICE[lang]
        assert organisation.get_attribute("aria-invalid") == "true"
        assert hint.get_attribute("id") in organisation.get_attribute("aria-describedby")
        live = page.locator("form.tukena-form [aria-live]")
        assert live.count() == 1
        assert live.get_attribute("aria-live") == "polite"
        label = page.locator("label[for=f-organisation]").inner_text()
        name = label.split("(")[0].strip()
        assert live.inner_text() == f"{name}: {CHOICE[lang]}"
        tree = _tree(context, page)
        (node,) = [n for n in tree if n["id"] == "f-organisation"]
        assert node["invalid"]
        assert CHOICE[lang] in node["description"]
        assert axe_violations(page) == []
        organisation.select_option(index=1)
        assert hint.count() == 0
        assert live.inner_text() == ""
        assert page.locator("[aria-invalid]").count() == 0
    finally:
        context.close()
