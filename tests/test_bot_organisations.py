"""Updating an organisation's details through the form: its own file, changed in place."""

from __future__ import annotations

import io
import json

from PIL import Image, ImageDraw

from tests.bot.helpers import (
    ORGANISATION,
    TODAY,
    form_pairs,
    git,
    make_client,
    make_settings,
    submission_id,
    submit,
)
from tukena import documents, loader

pytest_plugins = ["tests.bot.fixtures"]

SLUG = "monikulttuurinen-olohuone"
PATH = f"content/organisations/{SLUG}.yaml"
LOGO = "logo:\n  src: olohuone.svg\n  alt: {fi: Olohuoneen logo}\n"
SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"><rect width="40" height="20"/></svg>'


def with_logo(repo) -> None:
    (repo.site / PATH).write_text(ORGANISATION + LOGO)
    (repo.site / "content" / "images").mkdir()
    (repo.site / "content" / "images" / "olohuone.svg").write_text(SVG)
    git(repo.site, "add", ".")
    git(repo.site, "commit", "--quiet", "-m", "logo")
    git(repo.site, "push", "--quiet", "origin", "main")


def test_an_organisations_details_are_updated_in_its_own_file(tmp_path, repo, clock):
    with_logo(repo)
    with make_client(make_settings(tmp_path, repo), clock) as client:
        page = client.get(f"/en/organisation/{SLUG}/update")
        assert page.status_code == 200
        assert "<h1>Suggest changes: Multicultural Living Room Association</h1>" in page.text
        pairs, _ = form_pairs(page.text)
        values = dict(pairs)
        assert values["name.fi"] == "Monikulttuurinen Olohuone ry"
        assert values["email"] == "info@olohuone.example" and values["_target"] == SLUG
        pairs = [(n, "uusi@olohuone.example" if n == "email" else v) for n, v in pairs]
        clock.advance(60)
        response = submit(client, pairs)
        assert response.status_code == 200, response.text[:3000]
        sid = submission_id(response.text)
        bot = client.app.state.bot
        assert bot.worker.drain() == ["delivered", "idle"]
        branch = f"tukena-bot/{sid}"
        assert repo.files_changed(branch) == [PATH]
        text = repo.show(branch, PATH)  # read with the same loader as CI
        item, problems = loader.validate(documents.parse(text, False), loader.ORGANISATIONS, PATH)
        assert problems == [] and item.email == "uusi@olohuone.example"
        assert item.logo is not None and item.logo.src == "olohuone.svg"  # kept by the form
        # whoever sends the form confirms the details: today is their date of confirmation
        assert item.verified == TODAY
        changes = bot.store.get(sid).report["changes"]
        assert changes == [
            {"field": "email", "before": "info@olohuone.example", "after": "uusi@olohuone.example"},
            {"field": "verified", "before": None, "after": TODAY.isoformat()},
        ]
        pull = json.loads((repo.bare / "tukena-bot" / "forge.json").read_text())["pulls"][0]
        assert pull["title"] == "Update organisation: Monikulttuurinen Olohuone ry"


def test_the_form_comes_back_with_its_heading_and_an_unknown_one_is_not_found(client, clock):
    page = client.get(f"/fi/organisation/{SLUG}/update")
    pairs = [(n, "" if n.startswith("name.") else v) for n, v in form_pairs(page.text)[0]]
    clock.advance(60)
    response = submit(client, pairs)
    assert response.status_code == 422
    assert "<h1>Ehdota muutoksia: Monikulttuurinen Olohuone ry</h1>" in response.text
    assert client.app.state.bot.store.queued_count() == 0
    assert client.get("/fi/organisation/ei-ole/update").status_code == 404
    other = [(n, "ei-ole" if n == "_target" else v) for n, v in form_pairs(page.text)[0]]
    assert submit(client, other).status_code == 404


def test_a_new_organisation_sends_its_logo_with_the_form(client, clock, repo):
    logo = Image.new("RGBA", (600, 200), (0, 0, 0, 0))
    ImageDraw.Draw(logo).rectangle((10, 10, 590, 190), fill=(0, 90, 160, 255))
    sent = io.BytesIO()
    logo.save(sent, "PNG")
    page = client.get("/fi/organisation/new")
    fields = {"name.fi": "Uusi Yhdistys ry", "kind": "association", "level": "national",
              "logo.alt.fi": "Uusi Yhdistys"}  # fmt: skip
    data: dict[str, list[str]] = {}
    for name, value in form_pairs(page.text)[0]:
        data.setdefault(name, []).append(fields.pop(name, value))
    for name, value in fields.items():
        data[name] = [value]
    clock.advance(60)
    response = client.post(
        "/submit", data=data, files=[("logo.src", ("logo.png", sent.getvalue(), "image/png"))]
    )
    assert response.status_code == 200, response.text[:3000]
    sid = submission_id(response.text)
    bot = client.app.state.bot
    assert bot.worker.drain() == ["delivered", "idle"]
    branch = f"tukena-bot/{sid}"
    picture, listing = repo.files_changed(branch)  # in the order git lists them
    assert listing == "content/organisations/uusi-yhdistys-ry.yaml"
    assert picture.startswith("content/images/uploads/") and picture.endswith(".png")
    item, problems = loader.validate(
        documents.parse(repo.show(branch, listing), False), loader.ORGANISATIONS, listing
    )
    assert problems == [] and f"content/{item.logo.src}" == picture
    assert item.logo.alt == {"fi": "Uusi Yhdistys"} and item.verified == TODAY
