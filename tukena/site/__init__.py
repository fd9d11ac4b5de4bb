"""The static site: views of the content in each UI language, rendered with Jinja2.

Pelican drives the build through the thin plugin in ``plugins/tukena_site.py``; everything
that decides what a page says lives here.
"""
