"""Pelican settings for development builds (``make html``, ``make serve``)."""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

SITENAME = "tukena"
SITEURL = ""
PATH = "content"
THEME = "theme"
TIMEZONE = "Europe/Helsinki"
DEFAULT_LANG = "fi"

PLUGIN_PATHS = ["plugins"]
PLUGINS = ["tukena_site"]

# The tukena plugin reads and renders all content itself: Pelican's readers and its own
# pages (index, tags, categories, archives, feeds) are switched off.
ARTICLE_PATHS: list[str] = []
PAGE_PATHS: list[str] = []
STATIC_PATHS = ["images"]
DIRECT_TEMPLATES: list[str] = []
PAGINATED_TEMPLATES: dict = {}
ARTICLE_SAVE_AS = PAGE_SAVE_AS = ""
TAG_SAVE_AS = TAGS_SAVE_AS = CATEGORY_SAVE_AS = CATEGORIES_SAVE_AS = ""
AUTHOR_SAVE_AS = AUTHORS_SAVE_AS = ARCHIVES_SAVE_AS = ""
DRAFT_SAVE_AS = DRAFT_PAGE_SAVE_AS = ""
ARTICLE_TRANSLATION_ID = None
PAGE_TRANSLATION_ID = None
FEED_ALL_ATOM = FEED_ALL_RSS = CATEGORY_FEED_ATOM = TRANSLATION_FEED_ATOM = None
AUTHOR_FEED_ATOM = AUTHOR_FEED_RSS = None
DISPLAY_PAGES_ON_MENU = False
CACHE_CONTENT = False
LOAD_CONTENT_CACHE = False

# tukena settings
TUKENA_LANGUAGES = ("fi", "sv", "en")
TUKENA_STALE_AFTER_MONTHS = 12
TUKENA_DATA_LICENCE = "CC BY 4.0"
TUKENA_DATA_LICENCE_URL = "https://creativecommons.org/licenses/by/4.0/"
TUKENA_BOT_URL = os.environ.get("TUKENA_BOT_URL", "")
TUKENA_REPOSITORY_URL = os.environ.get("TUKENA_REPOSITORY_URL", "")
# the maintainers' address, given where the site tells how to send a listing without forms
TUKENA_CONTACT_EMAIL = os.environ.get("TUKENA_CONTACT_EMAIL", "tukena@tukena.example")
TUKENA_FEEDS = True
TUKENA_MINIFY_CSS = False
# Activities on a page of a long list (an activity form's, a target group's); 0: one page.
TUKENA_PAGE_SIZE = os.environ.get("TUKENA_PAGE_SIZE", "48")
# Activities of each form a municipality's page shows, the rest in a list of their own; 0: all.
TUKENA_GROUP_SIZE = os.environ.get("TUKENA_GROUP_SIZE", "8")
# Organisations on a page of the organisation directory, by name; 0: one page.
TUKENA_DIRECTORY_PAGE_SIZE = os.environ.get("TUKENA_DIRECTORY_PAGE_SIZE", "100")
# Strict Content-Security-Policy and referrer policy as <meta> tags in every page, plus
# _headers (Netlify, Cloudflare Pages) and .htaccess (Apache) in the output root; see
# tukena/site/headers.py and "Deploying" in README.md. On in development too, so that the
# browser tests see the same policy as production.
TUKENA_SECURITY_HEADERS = True
