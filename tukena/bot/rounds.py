"""The pages that answer a sent form without storing it: its check page, and the form
again asking to confirm it (:mod:`tukena.bot.submit`), and which of them a language
switcher's button asks for (:mod:`tukena.forms.uiswitch`)."""

from __future__ import annotations

from tukena.bot.intake import UPDATES, Checked, spec_kind
from tukena.bot.service import Bot
from tukena.forms import check, ui, uiswitch
from tukena.forms.parse import flatten
from tukena.forms.spec import form_spec


def check_page(
    bot: Bot,
    form: str,
    lang: str,
    values: dict[str, list[str]],
    pairs: list[tuple[str, str]],
    keep: dict[str, str],
    token: str,
    checked: Checked,
) -> str:
    """The check page of valid answers (:mod:`tukena.forms.check`), holding ``token``."""
    schedule, upcoming = check.schedule_words(checked.model, lang, bot.intake.today())
    copy = form == "activity-copy"
    checking = check.Checking(
        check.fields(pairs), schedule=schedule, next_session=upcoming, texts=check.texts(lang, copy)
    )
    existing = bot.intake.target(form, keep) if form in UPDATES or copy else None
    if existing is not None:  # an update: what it changes; a copy: how it differs
        spec = form_spec(spec_kind(form))
        checking.before = flatten(spec, existing[1].model_dump(mode="json", exclude_none=True))
        checking.after = flatten(spec, checked.model.model_dump(mode="json", exclude_none=True))
    return bot.form_page(form, lang, values, control=keep, token=token, checking=checking)


def confirm(
    bot: Bot, form: str, lang: str, values: dict[str, list[str]], keep: dict[str, str], token: str
) -> str:
    """The form again with its answers, asking to confirm them by sending it once more."""
    notice = ui.text("confirm_notice", lang)
    return bot.form_page(form, lang, values, control=keep, token=token, notice=notice)


def switched(action: str, kind: str, form: str) -> tuple[str | None, str]:
    """The UI language a language switcher's button asks for (None for any other button)
    and the ``_action`` that shows its page again: the check page's (only on a form that
    has one), "change" for the form as it was (nothing checked), or
    :data:`uiswitch.ERRORS` for the form with its errors."""
    switch = uiswitch.parse(action)
    if switch is None:
        return None, action
    if switch.page == uiswitch.CHECK and check.offered(kind, form):
        return switch.lang, check.CHECK
    return switch.lang, check.EDIT if switch.page == uiswitch.FORM else uiswitch.ERRORS
