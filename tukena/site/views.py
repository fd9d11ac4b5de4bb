"""What an activity page and card show, in one UI language.

Texts come as :class:`~tukena.site.texts.Text`: the string plus the language it is really
in, so templates can put ``lang`` and ``dir`` on every element whose language differs from
the page's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from markupsafe import Markup

from tukena import invites
from tukena.schemas.languages import language_name
from tukena.schemas.vocabulary import label
from tukena.site import humanize, othertexts, scheduleline, urls
from tukena.site.breaks import breaks
from tukena.site.i18n import format_day
from tukena.site.languages import linked
from tukena.site.lazy import cached_property, getters
from tukena.site.markup import to_html
from tukena.site.refs import image_ref, municipality_ref, organisation_ref, phone_display, place_ref
from tukena.site.texts import Text, localise, localise_place

if TYPE_CHECKING:
    from tukena.schemas import Activity
    from tukena.site.catalogue import Catalogue


#: What the activity page shows: :meth:`ActivityView.page` makes each once, as a dict.
PAGE_FIELDS = tuple(
    """slug status verified calendar_url missing_language_notice forms title
    summary images organisation partners schedule next_session locations online target_groups age
    phases language_links language_level support_language_links cost capacity childcare category
    description other_texts registration referrals contact""".split()
)
#: What an activity's card shows in listings: :meth:`ActivityView.card`.
CARD_FIELDS = tuple(
    """url title other_titles organisation summary status schedule_summary place municipalities
    online languages help_languages age cost capacity takes_referrals verified""".split()
)


class ActivityView:
    """An activity as one UI language shows it."""

    def __init__(self, catalogue: Catalogue, slug: str, lang: str) -> None:
        self.catalogue = catalogue
        self.slug = slug
        self.lang = lang
        self.a: Activity = catalogue.activities[slug]

    def t(self, texts: dict[str, str] | None) -> Text | None:
        return localise(texts, self.lang, self.a.language)

    def page(self) -> dict:
        """Every value the activity's page shows, each computed once. A template reads a
        dict's keys faster than properties, and the page reads some of them several times
        (``a.verified.iso``, ``a.verified.text``)."""
        return {name: get(self) for name, get in getters(ActivityView, PAGE_FIELDS)}

    def card(self) -> dict:
        """Every value the activity's card shows, each computed once (see :meth:`page`)."""
        return {name: get(self) for name, get in getters(ActivityView, CARD_FIELDS)}

    @cached_property
    def url(self) -> str:
        return urls.activity(self.lang, self.slug)

    @cached_property
    def title(self) -> Text:
        return self.t(self.a.title)

    @cached_property
    def summary(self) -> Text:
        return self.t(self.a.summary)

    @cached_property
    def description(self) -> Text | None:
        text = self.t(self.a.description)
        html = Markup(to_html(text.text, text.lang)) if text else None  # noqa: S704 - sanitised by nh3
        return Text(html, text.lang, text.fallback) if text else None

    def _languages(self) -> othertexts.Found:
        """What the pages need of the listing's languages: the same in every UI language,
        so found once a build."""
        memo, key = self.catalogue.memo, ("other texts", self.slug)
        if key not in memo:
            memo[key] = othertexts.found(self.a, self.catalogue.config.languages)
        return memo[key]

    @property
    def other_texts(self) -> list[dict]:
        """The listing's texts in the languages it has beyond the UI's, where the page
        shows another (:mod:`tukena.site.othertexts`)."""
        parts, ui = self._languages().parts, self.catalogue.config.languages
        ended = self.status == "ended"
        return othertexts.sections(parts, self.lang, self.a.language, ui, ended) if parts else []

    @property
    def other_titles(self) -> list[dict]:
        """The title in the languages it has beyond the UI's and the one shown (cards)."""
        skip = {
            *self.catalogue.config.languages,
            othertexts.shown(self.a.title, self.lang, self.a.language),
        }
        return othertexts.titles(self.a, skip)

    @property
    def images(self) -> list[dict]:
        """Each image with its text alternative in the UI language (else the listing's):
        ``local``, the path the site serves it at, or None for one at an https address."""
        content = self.catalogue.config.content
        return [image_ref(i, self.lang, self.a.language, content) for i in self.a.images]

    @property
    def missing_language_notice(self) -> str:
        """The notice of the texts the listing lacks in the UI language: all (it has no
        title in it), or some of those that describe it (:func:`othertexts.found`); "" when
        it lacks none."""
        if self.lang not in self.a.title:
            return humanize.missing_language(self.lang)
        if self.lang in self._languages().lacking:
            return humanize.missing_language(self.lang, "partly")
        return ""

    @cached_property
    def organisation(self) -> dict:
        return organisation_ref(self.catalogue, self.a.organisation, self.lang)

    @cached_property
    def partners(self) -> list[dict]:
        return [organisation_ref(self.catalogue, p, self.lang) for p in self.a.partners]

    @cached_property
    def forms(self) -> list[dict]:
        return [
            {"label": label(f, self.lang), "url": urls.form(self.lang, f), "code": f.value}
            for f in self.a.forms
        ]

    @cached_property
    def target_groups(self) -> list[dict]:
        return [
            {"label": label(g, self.lang), "url": urls.target_group(self.lang, g), "code": g.value}
            for g in self.a.target_groups
        ]

    @property
    def category(self) -> str:
        return label(self.a.category, self.lang)

    @property
    def phases(self) -> list[str]:
        return [label(p, self.lang) for p in self.a.phases]

    @property
    def age(self) -> str | None:
        """The ages it is for in words (``6–12 years``), None for any age."""
        age = self.a.age
        return humanize.ages(age.min, age.oldest, self.lang) if age else None

    @cached_property
    def languages(self) -> list[str]:
        return [language_name(code, self.lang) for code in self.a.languages]

    @property
    def help_languages(self) -> list[str]:
        """The other languages someone there helps in, named in the UI language (cards)."""
        return [language_name(code, self.lang) for code in self.a.help_languages]

    @property
    def language_links(self) -> Markup:
        return linked(self.catalogue, self.slug, self.a.languages, self.lang)

    @property
    def support_language_links(self) -> Markup:  # as the card: those it is held in are above
        return linked(self.catalogue, self.slug, self.a.help_languages, self.lang)

    @property
    def language_level(self) -> str:
        return label(self.a.language_level, self.lang)

    @cached_property
    def municipalities(self) -> list[dict]:
        seen = dict.fromkeys(p.municipality for p in self.a.locations)
        return [municipality_ref(code, self.lang) for code in seen]

    @property
    def place(self) -> Text | None:
        return localise_place(self.a.place_name(), self.lang, self.a.language)

    @cached_property
    def locations(self) -> list[dict]:
        return [place_ref(place, self.lang, self.a.language) for place in self.a.locations]

    @cached_property
    def online(self) -> dict | None:
        online = self.a.online
        return (
            {"link": online.link, "instructions": self.t(online.instructions)} if online else None
        )

    @cached_property
    def schedule_summary(self) -> str:
        """The schedule in one line and the next session, as the search page's cards say."""
        upcoming = None if self.status == "ended" else self.catalogue.upcoming(self.slug)
        return scheduleline.summary(
            self.a.schedule, self.lang, self.catalogue.config.today, upcoming
        )

    @cached_property
    def schedule(self) -> dict:
        """The schedule's parts, as the activity's own page shows them."""
        s = self.a.schedule
        today = self.catalogue.config.today
        return {
            "slots": humanize.slots(s.weekly, self.lang),  # the same times together
            "season": humanize.season(s.season, self.lang) if s.season else "",
            "breaks": breaks(s, self.lang, self.a.language, after=today),  # with reasons
            "sessions": [
                {
                    "text": humanize.session(x, self.lang),
                    "note": self.t(x.note),
                    "past": x.date < today,
                }
                for x in s.sessions
            ],
            "note": self.t(s.note),
        }

    @cached_property
    def next_session(self) -> dict | None:
        upcoming = self.catalogue.upcoming(self.slug)  # none while paused
        if upcoming is None:
            return None
        return {"iso": upcoming.isoformat(), "text": humanize.day(upcoming, self.lang)}

    @cached_property
    def cost(self) -> dict:
        return {"free": self.a.cost.free, "fee": self.t(self.a.cost.fee)}

    @cached_property
    def registration(self) -> dict:
        r = self.a.registration
        return {
            "required": r.required,
            "link": r.link,
            "email": r.email,
            "phone": r.phone,
            "phone_display": phone_display(r.phone),
            "instructions": self.t(r.instructions),
            "deadline": format_day(r.deadline, self.lang) if r.deadline else None,
            "closed": invites.registration_closed(r, self.catalogue.config.today),
        }

    @cached_property
    def capacity(self) -> dict:
        return {"code": self.a.capacity.value, "label": label(self.a.capacity, self.lang)}

    @cached_property
    def referrals(self) -> dict:
        return {
            "accepted": self.catalogue.takes_referrals(self.slug),  # not paused nor ended
            "instructions": self.t(self.a.referrals.instructions),
        }

    @property
    def takes_referrals(self) -> bool:
        return self.catalogue.takes_referrals(self.slug)

    @property
    def childcare(self) -> bool:
        return self.a.childcare

    @cached_property
    def contact(self) -> dict:
        c = self.a.contact
        return {
            "name": self.t(c.name),
            "email": c.email,
            "phone": c.phone,
            "phone_display": phone_display(c.phone),
            "link": c.link,
        }

    @property
    def verified(self) -> dict:
        return {"iso": self.a.verified.isoformat(), "text": format_day(self.a.verified, self.lang)}

    @property
    def status(self) -> str:
        return self.catalogue.status[self.slug].value

    @property
    def calendar_url(self) -> str:
        languages = self.catalogue.config.languages
        lang = urls.calendar_language(self.a.title, self.a.language, self.lang, languages)
        return urls.activity_calendar(lang, self.slug)
