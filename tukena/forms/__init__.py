"""Forms generated from the content models (fi/sv/en): description, parsing, errors, HTML.

- :func:`spec.form_spec` / :func:`spec.describe`: the form of a kind, and its JSON description;
- :func:`parse_form` (``parse.parse``): a flat POSTed form to model data (unknown names are errors);
- :func:`messages.form_errors`: pydantic errors to form fields, :func:`messages.message` in a
  UI language;
- :func:`render.build_view` and :func:`render.render_form`: accessible server-side HTML.
"""

from tukena.forms.describe import describe
from tukena.forms.messages import form_errors, message
from tukena.forms.nodes import FormSpec
from tukena.forms.parse import FormError, Parsed, UnknownFields, flatten
from tukena.forms.parse import parse as parse_form
from tukena.forms.render import build_view, render_form
from tukena.forms.spec import form_spec

__all__ = [
    "FormError",
    "FormSpec",
    "Parsed",
    "UnknownFields",
    "build_view",
    "describe",
    "flatten",
    "form_errors",
    "form_spec",
    "message",
    "parse_form",
    "render_form",
]
