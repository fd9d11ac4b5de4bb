"""A content page (``content/pages/<slug>.<lang>.md``): about, privacy, accessibility, ..."""

from __future__ import annotations

from pydantic import Field

from tukena.schemas.common import ContentModel
from tukena.schemas.languages import Text


class Page(ContentModel):
    """A static page in one language; its translations share the slug."""

    title: Text = Field(min_length=2, description="Page title")
    summary: Text | None = Field(
        None, description="One sentence for search engines and link previews"
    )
    body: Text | None = Field(None, description="The Markdown body of the file")
    menu: int | None = Field(
        None, ge=1, le=9, description="Position in the footer menu; empty keeps it out of the menu"
    )
