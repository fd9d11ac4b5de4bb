"""The sample site served by a real Apache 2.4 (Debian's apache2) configured with nothing but
the .htaccess the build writes, as on a shared host: the security headers on every response,
the theme's versioned files cached for a year and pages not, the service worker asked for
again at every check, the 404 page for a missing address, calendars as text/calendar."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from tests.browser_support import free_port
from tests.site_helpers import sample_site
from tukena.site import headers

APACHE = Path("/usr/sbin/apache2")
MODULES = Path("/usr/lib/apache2/modules")
CONFIG = """ServerRoot "{root}"
ServerName localhost
Listen 127.0.0.1:{port}
PidFile "{root}/httpd.pid"
ErrorLog "{root}/error.log"
{user}
LoadModule mpm_event_module {modules}/mod_mpm_event.so
LoadModule authz_core_module {modules}/mod_authz_core.so
LoadModule headers_module {modules}/mod_headers.so
LoadModule mime_module {modules}/mod_mime.so
LoadModule dir_module {modules}/mod_dir.so
TypesConfig /etc/mime.types
DocumentRoot "{docs}"
DirectoryIndex index.html
<Directory "{docs}">
  AllowOverride FileInfo
  Require all granted
</Directory>
"""


@pytest.fixture(scope="module")
def apache(tmp_path_factory):
    """The sample site's output folder, copied where Apache's user may read it, served."""
    output = sample_site(tmp_path_factory).check().output
    root = Path(tempfile.mkdtemp(prefix="tukena-apache-"))
    try:
        root.chmod(0o755)
        docs = root / "docs"
        shutil.copytree(output, docs)
        port = free_port()
        user = "User www-data\nGroup www-data" if os.geteuid() == 0 else ""
        (root / "httpd.conf").write_text(
            CONFIG.format(root=root, port=port, user=user, modules=MODULES, docs=docs), "utf-8"
        )
        server = subprocess.Popen([APACHE, "-f", str(root / "httpd.conf"), "-DFOREGROUND"])
        base = f"http://127.0.0.1:{port}"
        for _ in range(100):
            try:
                urllib.request.urlopen(base + "/", timeout=1).close()
                break
            except OSError:
                time.sleep(0.05)
        yield base, docs
        server.terminate()
        server.wait(10)
    finally:
        shutil.rmtree(root, ignore_errors=True)


def _get(url: str) -> tuple[int, dict[str, str], bytes]:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


def test_every_response_carries_the_security_headers(apache):
    base, docs = apache
    page = next((docs / "activities").glob("*.html")).name
    for path in ("/", f"/activities/{page}", "/theme/css/site.css?v=x", "/no-such-page"):
        status, got, _ = _get(base + path)
        assert got["Content-Security-Policy"] == headers.policy(), path
        assert got["Referrer-Policy"] == headers.REFERRER_POLICY, path
        assert got["X-Content-Type-Options"] == "nosniff", path


def test_theme_files_are_kept_for_a_year_and_pages_are_not(apache):
    base, docs = apache
    home = (docs / "index.html").read_text("utf-8")
    theme = sorted({part.split('"')[0] for part in home.split('"/theme/')[1:]})
    assert any(t.startswith("css/site.css?v=") for t in theme)
    for path in theme:
        status, got, _ = _get(f"{base}/theme/{path}")
        assert status == 200 and got["Cache-Control"] == headers.THEME_CACHE, path
    for path in ("/", "/search/", "/data/activities.json", "/municipalities/outlines.json"):
        status, got, _ = _get(base + path)
        assert status == 200 and "Cache-Control" not in got, path


def test_the_service_worker_is_asked_for_again_at_every_check(apache):
    base, docs = apache
    status, got, body = _get(base + "/sw.js")
    assert status == 200 and body == (docs / "sw.js").read_bytes()
    assert got["Cache-Control"] == headers.WORKER_CACHE == "no-cache"
    assert got["Content-Type"].split(";")[0] in ("text/javascript", "application/javascript")


def test_open_data_schemas_and_feeds_may_be_read_by_other_sites(apache):
    base, docs = apache
    feed = next((docs / "en" / "feeds").rglob("*.xml")).relative_to(docs).as_posix()
    schema = next((docs / "schemas").glob("*.json")).name
    for path in ("/data/activities.json", "/data/activities.csv", f"/schemas/{schema}", f"/{feed}"):
        status, got, _ = _get(base + path)
        assert status == 200 and got["Access-Control-Allow-Origin"] == "*", path
    page = next((docs / "activities").glob("*.html")).name
    for path in ("/", f"/activities/{page}", "/theme/css/site.css?v=x", "/en/"):
        status, got, _ = _get(base + path)
        assert status == 200 and "Access-Control-Allow-Origin" not in got, path


def test_a_missing_page_gets_the_404_page_and_calendars_their_type(apache):
    base, docs = apache
    status, _, body = _get(base + "/activities/no-such-activity.html")
    assert status == 404 and body == (docs / "404.html").read_bytes()
    for folder in ("sv", "en"):  # in the language of the address
        status, _, body = _get(f"{base}/{folder}/activities/no-such-activity.html")
        assert status == 404 and body == (docs / folder / "404.html").read_bytes(), folder
    assert (docs / "sv" / "404.html").read_bytes() != (docs / "404.html").read_bytes()
    calendar = next((docs / "activities").glob("*.ics")).name
    status, got, body = _get(f"{base}/activities/{calendar}")
    assert status == 200 and got["Content-Type"].startswith("text/calendar")
    assert body.startswith(b"BEGIN:VCALENDAR")
