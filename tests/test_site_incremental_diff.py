"""An incremental rebuild leaves exactly the output a clean build of the same content makes.

A small copy of the sample content is built once with a cache folder; then, step after
step, its files, the build date or a setting change, the site is built again into the same
output folder with the same cache (as ``make html`` and ``make serve`` do, in one process),
and the whole output tree, every file's name and bytes, is compared with a clean build of
the same content into a fresh output folder with a fresh cache. No file may differ: the
build writes no timestamp of its own (a feed's or the sitemap's dates come from the
content or the build date, a calendar's DTSTAMP from the listing's ``verified``), so two
builds of the same inputs are the same bytes. (The search files' version, ``?v=`` on the
search page, is made of the content files' sizes and modification times: two checkouts of
the same content give two versions, but both builds here read the same files.)

The steps follow one another (the content keeps every earlier edit), which also makes
each step's build the second, third... incremental build in a row. The edits of one step
touch different activities, organisations and municipalities, so that no edit gets its
pages rendered again only because another edit of the step reached them.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import shutil
from collections.abc import Callable
from pathlib import Path

from tukena.site import build
from tukena.site.config import SiteConfig

REPO = Path(__file__).resolve().parent.parent
SAMPLE = REPO / "content"
DAY = dt.date(2026, 11, 22)

ACTIVITIES = (
    "arabian-kielen-kerho-lapsille-turku",  # Turku, al-manara
    "familjeklubb-vasa",  # Vasa, vasa-mangkulturella-forening
    "kielikahvila-jyvaskyla",  # Jyväskylä, sinivuoren-kansanopisto (logo); an SVG image
    "kielikahvila-kallio",  # Helsinki, helsingin-kotoutumistiimi and tukiverkko-suomi
    "kielikahvila-karkkila",  # Karkkila, karkkilan-kotoseutu
    "kielikahvila-kuopio",  # Kuopio, kuopion-kotoutumisverkosto and its partner
    "kielikahvila-tapiola",  # Espoo, monikulttuurinen-olohuone
    "laksykerho-kerava",  # Kerava, keravan-seurakunta-kansainvalinen-tyo; a JPEG photo
    "sprakcafe-borga",  # Borgå, borga-motesplats
)
ORGANISATIONS = (
    "al-manara",
    "borga-motesplats",
    "helsingin-kotoutumistiimi",
    "karkkilan-kotoseutu",
    "keravan-seurakunta-kansainvalinen-tyo",
    "kuopion-kotoutumisverkosto",
    "monikulttuurinen-olohuone",
    "nuori-polku-saatio",
    "pohjois-savon-hyvinvointialue-kotoutuminen",
    "sinivuoren-kansanopisto",
    "tukiverkko-suomi",
    "vasa-mangkulturella-forening",
)
NEWS = (
    "kotoutumislaki-jarjestojen-rooli",  # news
    "lediga-jobb-verksamhetsledare-vasa",  # a job ad; employer vasa-mangkulturella-forening
    "monikulttuurinen-joulujuhla-mantsala",  # an event in Mäntsälä
    "mother-language-day-espoo",  # an event in Espoo
    "tyopaikka-nuorisotyontekija-nuori-polku",  # a job ad; employer nuori-polku-saatio
)
#: an organisation no activity names, for deleting
LONE = "name:\n  fi: Yksinäinen yhdistys\nkind: association\nlevel: local\n"
LONE += "municipalities: [Turku]\nlanguages: [fi]\nverified: 2026-08-01\n"


def _file(root: Path, folder: str, slug: str) -> Path:
    return next((root / "content" / folder).glob(f"{slug}.*"))


def _replace(path: Path, old: str, new: str, count: int = 1) -> None:
    text = path.read_text("utf-8")
    assert old in text, f"{old!r} not in {path.name}"
    path.write_text(text.replace(old, new, count), "utf-8")


def _edit(root: Path, folder: str, slug: str, old: str, new: str, count: int = 1) -> None:
    _replace(_file(root, folder, slug), old, new, count)


def _small_site(root: Path) -> None:
    """The files above, with dates at the edges that the build date's steps cross."""
    content = root / "content"
    for folder, slugs in (
        ("activities", ACTIVITIES),
        ("organisations", ORGANISATIONS),
        ("news", NEWS),
    ):
        (content / folder).mkdir(parents=True)
        for slug in slugs:
            source = next((SAMPLE / folder).glob(f"{slug}.*"))
            shutil.copy2(source, content / folder / source.name)
    shutil.copytree(SAMPLE / "pages", content / "pages")
    shutil.copytree(SAMPLE / "images", content / "images")
    (content / "organisations" / "yksinainen-yhdistys.yaml").write_text(LONE, "utf-8")
    # stale from 2026-11-26 (verified more than 12 months before)
    _edit(
        root, "activities", "kielikahvila-karkkila", "verified: 2026-09-01", "verified: 2025-11-25"
    )
    # ended from 2026-11-26, though its sessions go on
    _edit(
        root, "activities", "kielikahvila-kuopio", "verified:", "valid_until: 2026-11-25\nverified:"
    )
    # applications close on 2026-11-26; the event is on 2026-11-27
    _edit(root, "news", "tyopaikka-nuorisotyontekija-nuori-polku", "2026-12-14", "2026-11-26")
    _edit(root, "news", "mother-language-day-espoo", "2027-02-21", "2026-11-27", 2)


def _activity_texts_and_times(root: Path) -> None:
    _edit(root, "activities", "kielikahvila-kallio", "fi: Kallion kielikahvila", "fi: Puhekahvila")
    _edit(root, "activities", "kielikahvila-karkkila", 'start: "15:00"', 'start: "15:30"')
    _edit(root, "activities", "sprakcafe-borga", "municipality: Borgå", "municipality: Sibbo")


def _organiser_and_status(root: Path) -> None:
    slug = "arabian-kielen-kerho-lapsille-turku"
    _edit(root, "activities", slug, "organisation: al-manara", "organisation: tukiverkko-suomi")
    _edit(root, "activities", "laksykerho-kerava", "capacity: open", "capacity: paused")
    _edit(
        root, "activities", "kielikahvila-tapiola", "verified: 2026-09-01", "verified: 2025-09-01"
    )
    _edit(root, "activities", "sprakcafe-borga", "verified:", "valid_until: 2026-11-01\nverified:")


def _image_files(root: Path) -> None:
    images = root / "content" / "images"
    _replace(images / "kielikahvila.svg", 'width="320" height="180"', 'width="640" height="360"')
    shutil.copy(REPO / "tests" / "images" / "progressive.jpg", images / "laksykerho-kerava.jpg")
    _replace(images / "sinivuori-logo.svg", 'width="240" height="80"', 'width="480" height="160"')


def _organisations(root: Path) -> None:
    _edit(root, "organisations", "al-manara", "fi: Al-Manara – arabiankielisten", "fi: Al-Manara")
    _edit(root, "organisations", "vasa-mangkulturella-forening", "Vasa rf", "Vasa r.f.")
    _edit(root, "organisations", "nuori-polku-saatio", "fi: Nuori Polku -säätiö sr", "fi: Polku sr")
    kuopio = "municipalities: [Kuopio]"
    _edit(
        root,
        "organisations",
        "kuopion-kotoutumisverkosto",
        kuopio,
        "municipalities: [Kuopio, Siilinjärvi]",
    )
    regions = "regions: [Pohjois-Savo]"
    wider = "regions: [Pohjois-Savo, Pohjois-Karjala]"
    _edit(root, "organisations", "pohjois-savon-hyvinvointialue-kotoutuminen", regions, wider)
    _file(root, "organisations", "yksinainen-yhdistys").unlink()


def _add_delete_rename(root: Path) -> None:
    folder = root / "content" / "activities"
    shutil.copy(folder / "kielikahvila-tapiola.md", folder / "kielikahvila-uusi.md")
    _edit(root, "activities", "kielikahvila-uusi", "fi: ", "fi: Uusi ")
    (folder / "familjeklubb-vasa.md").unlink()
    # a photo taken off its listing and deleted
    photo = folder / "laksykerho-kerava.md"
    photo.write_text(re.sub(r"images:\n(  .*\n)+", "", photo.read_text("utf-8")), "utf-8")
    (root / "content" / "images" / "laksykerho-kerava.jpg").unlink()
    (folder / "kielikahvila-kallio.md").rename(folder / "puhekahvila-kallio.md")


def _news_and_pages(root: Path) -> None:
    folder = root / "content" / "news"
    shutil.copy(folder / "kotoutumislaki-jarjestojen-rooli.md", folder / "uusi-uutinen.md")
    _edit(root, "news", "uusi-uutinen", "title: ", "title: Uusi ")
    _edit(root, "news", "monikulttuurinen-joulujuhla-mantsala", "2026-12-12", "2026-11-20", 2)
    _edit(root, "news", "lediga-jobb-verksamhetsledare-vasa", "2027-01-10", "2026-11-20")
    _edit(root, "pages", "about.fi", "tukena kokoaa", "Tukena kokoaa")
    (root / "content" / "pages" / "privacy.en.md").unlink()  # its other versions named it


#: settings of pelicanconf.py changed, a week later
LATER = {
    "today": DAY + dt.timedelta(days=8),
    "siteurl": "https://x.example",
    "security_headers": False,
}
Step = tuple[str, Callable[[Path], None] | None, dict]
STEPS: list[Step] = [
    ("nothing changed", None, {}),
    ("an activity's title, schedule and municipality", _activity_texts_and_times, {}),
    ("an organiser, paused, verified, ended", _organiser_and_status, {}),
    ("image files of another size", _image_files, {}),
    ("organisations' names, municipalities, regions; one deleted", _organisations, {}),
    ("an activity added, one deleted, one renamed; a photo deleted", _add_delete_rename, {}),
    ("news added and edited, dates into the past; pages", _news_and_pages, {}),
    ("the next day", None, {"today": DAY + dt.timedelta(days=1)}),
    ("a week later", None, {"today": DAY + dt.timedelta(days=8)}),
    ("another SITEURL; no security headers", None, LATER),
]


def _tree(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()
    }


def _differences(made: dict[str, bytes], clean: dict[str, bytes]) -> list[str]:
    return sorted(
        [f"left over: {name}" for name in made.keys() - clean.keys()]
        + [f"missing: {name}" for name in clean.keys() - made.keys()]
        + [f"differs: {name}" for name in made.keys() & clean.keys() if made[name] != clean[name]]
    )


def _build(config: SiteConfig) -> None:
    """A build as Pelican runs it: the plugin's, then the static generator's copies of the
    content's images (it copies, and never removes)."""
    build.write(build.prepare(config), config.output)
    shutil.copytree(config.content / "images", config.output / "images", dirs_exist_ok=True)


def test_every_incremental_rebuild_equals_a_clean_build(tmp_path: Path) -> None:
    root = tmp_path / "site"
    _small_site(root)
    site = SiteConfig(
        root=root,
        output=root / "output",
        theme=REPO / "theme",
        today=DAY,
        cache_dir=root / "cache",
        workers=2,  # as make html on two cores: pages, calendars and exports in forked workers
    )
    _build(site)
    before = _tree(site.output)
    found: dict[str, list[str]] = {}
    for number, (name, edit, settings) in enumerate(STEPS):
        if edit is not None:
            edit(root)
        config = dataclasses.replace(site, **settings)
        _build(config)
        clean = tmp_path / f"clean-{number}"
        _build(dataclasses.replace(config, output=clean / "output", cache_dir=clean / "cache"))
        made = _tree(config.output)
        differences = _differences(made, _tree(clean / "output"))
        if differences:
            found[name] = differences[:12]
        # each step but the first changes the site: else it would show nothing
        assert (made == before) == (edit is None and not settings), name
        before = made
        shutil.rmtree(clean)
    assert found == {}


def test_the_search_version_does_not_depend_on_the_build_folders(tmp_path: Path) -> None:
    """The search page names the search files' version: the same content and settings
    give the same bytes whichever folders the build reads and writes, but another build
    date gives another version."""
    from tests.site_helpers import sample_content
    from tukena.site import catalogue, searchfiles

    content, _ = sample_content()
    here = SiteConfig(root=REPO, output=tmp_path / "a", theme=REPO / "theme", today=DAY)
    there = dataclasses.replace(
        here, root=tmp_path, output=tmp_path / "b", cache_dir=tmp_path / "cache"
    )
    later = dataclasses.replace(here, today=DAY + dt.timedelta(days=1))
    version = {
        name: searchfiles.version(catalogue.build(content, config))
        for name, config in (("here", here), ("there", there), ("later", later))
    }
    assert version["here"] == version["there"]
    assert version["here"] != version["later"]
