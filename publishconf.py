"""Pelican settings for production builds (``make publish``)."""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from pelicanconf import *  # noqa: E402,F403

SITEURL = os.environ.get("SITEURL", "").rstrip("/")
if not SITEURL.startswith(("https://", "http://")):
    raise SystemExit(
        "publishconf.py: set SITEURL to the site's absolute address, e.g. "
        "SITEURL=https://tukena.example make publish"
    )
RELATIVE_URLS = False
TUKENA_FEEDS = True
TUKENA_MINIFY_CSS = True
TUKENA_SECURITY_HEADERS = True
