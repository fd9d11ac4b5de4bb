"""Contact details, postal addresses and images."""

from __future__ import annotations

from pydantic import Field, field_validator, model_validator

from tukena.images import FORMATS, MAX_BYTES, kind
from tukena.schemas.common import ContentModel, Email, MunicipalityCode, Phone, PostalCode, WebUrl
from tukena.schemas.languages import LocalisedText, Text


class Contact(ContentModel):
    """A public contact: a role address, never a private person's details without consent."""

    name: LocalisedText | None = Field(None, description="Role or name, e.g. Coordinator")
    email: Email | None = Field(None, description="Public e-mail address")
    phone: Phone | None = Field(None, description="Public phone number; stored as E.164")
    link: WebUrl | None = Field(None, description="Web page for questions")

    @model_validator(mode="after")
    def _reachable(self) -> Contact:
        if not (self.email or self.phone or self.link):
            raise ValueError("a contact needs an email, a phone or a link")
        return self


class Address(ContentModel):
    """A postal or visiting address."""

    street: Text = Field(min_length=2, description="Street address")
    postal_code: PostalCode = Field(description="Five-digit postal code")
    municipality: MunicipalityCode = Field(description="Municipality: code or name")


#: the endings of images' names in any case, for the JSON Schema's pattern (for editors)
_ANY_CASE = "|".join("".join(f"[{c.upper()}{c}]" for c in suffix[1:]) for suffix in FORMATS)


class Image(ContentModel):
    """An image with its text alternative."""

    src: str = Field(
        pattern=rf"^(https://\S+|(images/)?[\w./-]+\.({_ANY_CASE}))$",
        description=f"Path under content/images/ (PNG, JPEG, WebP, AVIF or SVG, at most"
        f" {MAX_BYTES // 1_000_000} MB) or an https address",
    )
    alt: LocalisedText = Field(description="Text alternative describing the image")

    @field_validator("src", mode="before")
    @classmethod
    def _kind(cls, src: object) -> object:
        """Say what an image may be, rather than show the pattern it failed."""
        if not isinstance(src, str) or src.startswith("https://"):
            return src
        if kind(src) is None:
            heic = src.lower().endswith((".heic", ".heif"))
            hint = " (save a HEIC photo as JPEG first)" if heic else ""
            raise ValueError(
                f'"{src}" is not an image file the site shows: use a PNG, JPEG, WebP, AVIF or'
                f" SVG file in content/images/ (such as cafe.jpg) or an https address{hint}"
            )
        return src

    @field_validator("src")
    @classmethod
    def _inside(cls, src: str) -> str:
        if ".." in src.split("/") or src.startswith("/"):
            raise ValueError("an image path must stay inside content/images/")
        return src

    @property
    def local(self) -> str | None:
        """Where the site serves the image, under content/ and the output folder
        (``images/cafe.jpg``); None for an image at an https address."""
        return local_image(self.src)


def local_image(src: str) -> str | None:
    """:attr:`Image.local` of a ``src`` (validated or not: the loader checks raw files)."""
    if src.startswith("https://"):
        return None
    return src if src.startswith("images/") else f"images/{src}"
