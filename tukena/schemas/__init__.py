"""The content models: the single source of truth for the shape of tukena's content."""

from tukena.schemas.activity import Activity
from tukena.schemas.news import NewsItem
from tukena.schemas.organisation import Organisation

__all__ = ["Activity", "NewsItem", "Organisation"]
