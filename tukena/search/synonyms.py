"""Everyday words for activity types and target groups, searchable beside their labels.

A label is the name the site gives a value ("Läksyapu", "Children"); people type the words
they use ("kotitehtävät", "kids", "kielikurssi"). Each value's entity document
(:mod:`tukena.search.entities`) holds these words too, so such a word finds the listings of
that type or group, as its label does. The words of every UI language go into every
language's index, as the labels do: a professional who switches the site's language keeps
the same results for the same query. Keep to words that mean the value to an everyday
reader; a word that is also common in other senses ("help", "group") would add the
value's listings to every query that has it.

Words of the UI languages for one thing that is no vocabulary value ("sauna", "bastu") are
:data:`SAME`: each group's words find what the others find, as a word's British and
American spellings do (``variants`` of index.json).
"""

from __future__ import annotations

import logging
from enum import StrEnum

from tukena.schemas.languages import UI_LANGUAGES
from tukena.schemas.languages import in_ui_languages as _w
from tukena.schemas.vocabulary import ActivityForm, TargetGroup
from tukena.search import pipeline

logger = logging.getLogger(__name__)

#: Words by vocabulary value and UI language, separated by spaces. Inflections the
#: stemmer makes alike need not be listed; forms whose stems differ ("child" and
#: "children", "nainen" and "naiset") do.
WORDS: dict[type[StrEnum], dict[str, dict[str, str]]] = {
    ActivityForm: {
        "language-cafe": _w(
            "kielikerho keskustelukerho keskusteluryhmä puhekahvila",
            "språkklubb samtalsgrupp språkcafe",
            "conversation speaking",
        ),
        # a course of one language ("ruotsinkurssi", "finskakurs") is no word of every
        # course: intents.LANGUAGES reads it as that language's courses alone
        "language-course": _w(
            "kielikurssi kieltenopetus kielenopetus",
            "språkkurs språkundervisning",
            "lessons classes",
        ),
        "peer-group": _w("vertaistuki tukiryhmä", "stödgrupp kamratstöd", ""),
        "buddy": _w(
            "ystävä ystävät kaveri kaverit tukihenkilö mentori",
            "vän vänner kompis kompisar mentor",
            "friend friends befriending mentor mentoring",
        ),
        "family-group": _w(
            "äiti äidit isä isät vauva vauvat vanhemmat perhe perheet leikkikerho",
            "mamma mammor pappa pappor bebis bebisar föräldrar familj familjer",
            "mother mothers mum mums mom moms father fathers dad dads baby babies parents "
            "family families",
        ),
        "womens-group": _w("naiset nainen naisille", "kvinnor kvinna tjejer", "women woman ladies"),
        "mens-group": _w("miehet mies miehille", "män killar", "men man guys"),
        "youth-group": _w(
            "nuoret nuori nuoriso teini teinit",
            "unga ungdom ungdomar tonåringar",
            "youth teens teenagers teen",
        ),
        "homework-help": _w(
            "kotitehtävä kotitehtävät läksyt läksykerho koulutehtävät",
            "läxor läxa läxläsning skoluppgifter",
            "homework tutoring schoolwork",
        ),
        "job-seeking": _w(
            "työ työt työpaikka työpaikat työllistyminen cv",
            "jobb arbete arbeten cv",
            "job jobs work employment cv resume career",
        ),
        "digital-skills": _w(
            "tietokone tietokoneet kännykkä älypuhelin puhelin digi digiapu netti",
            "dator datorer mobil mobiltelefon smartphone digitalt",
            "computer computers phone smartphone internet digital",
        ),
        "sports-outdoors": _w(
            "urheilu jalkapallo uinti kuntosali",
            "sport fotboll simning gym motion",
            "sport sports exercise football soccer swimming gym fitness",
        ),
        "arts-crafts": _w(
            "käsityö askartelu ompelu neulonta maalaus",
            "sömnad stickning målning pyssel",
            "craft sewing knitting painting art",
        ),
        "cooking": _w(
            "ruoka kokkaus leivonta",
            "mat bakning",
            "food baking kitchen",
        ),
        "guidance": _w("neuvonta palveluohjaus", "rådgivning", "advice counselling"),
        "volunteering": _w(
            "vapaaehtoinen vapaaehtoiset vapaaehtoistyö",
            "volontär volontärer frivillig frivilliga",
            "volunteer volunteers",
        ),
        "excursions-events": _w(
            "retki retket tapahtuma tapahtumat",
            "utflykt utflykter evenemang",
            "trip trips excursion event events outing",
        ),
    },
    TargetGroup: {
        "women": _w("naiset nainen naisille", "kvinnor kvinna tjejer", "women woman ladies"),
        "men": _w("miehet mies miehille", "män killar", "men man guys"),
        "families": _w(
            "perhe perheet vanhemmat äidit isät",
            "familj familjer föräldrar",
            "family families parents",
        ),
        "children": _w("lapset lapsi lapsille", "ungar småbarn", "kids kid child"),
        "young-people": _w(
            "nuoret nuori nuoriso teini teinit",
            "unga ungdom ungdomar tonåringar",
            "youth teens teenagers teen",
        ),
        "seniors": _w(
            "seniorit eläkeläiset ikäihmiset vanhukset",
            "seniorer pensionärer",
            "elderly older pensioners retired",
        ),
        "job-seekers": _w(
            "työttömät työtön työnhakija", "arbetslösa arbetslös", "unemployed jobseekers"
        ),
        "students": _w("opiskelija", "studenter elever", "student pupils"),
        "asylum-seekers": _w("turvapaikka", "asyl", "asylum"),
        "refugee-background": _w(
            "pakolainen pakolaiset", "flykting flyktingar", "refugee refugees"
        ),
        "lgbtq": _w("sateenkaari hlbtiq", "hbtq regnbåge", "lgbt lgbtq lgbtqia queer gay rainbow"),
        "disabilities": _w(
            "vammainen vammaiset", "funktionshinder funktionshindrade", "disabled disability"
        ),
    },
}


def words(value: StrEnum) -> list[tuple[str, str]]:
    """The everyday words of ``value`` in every UI language, with their language, in fi,
    sv, en order."""
    found = WORDS.get(type(value), {}).get(value.value, {})
    return [(word, lang) for lang in UI_LANGUAGES for word in found.get(lang, "").split()]


#: Words of the UI languages that name the same thing, each group's words one word to the
#: search: "bastu" on the Swedish site finds the sauna evening whose title says "sauna"
#: (written the same in Finnish and English), as "sauna" does.
SAME: tuple[tuple[str, ...], ...] = (("sauna", "saunas", "bastu", "bastun", "bastur"),)


def same(lang: str) -> list[list[str]]:
    """The groups of :data:`SAME` as ``lang``'s index holds their words, each with two
    terms or more: ``[["saun", "bastu", "bastun", "bastur"], …]`` on the Swedish site."""
    out = []
    for group in SAME:
        terms = list(dict.fromkeys(t for word in group for t in pipeline.tokens(word, lang) if t))
        if len(terms) > 1:
            out.append(terms)
    return out
