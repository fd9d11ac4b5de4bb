"""What people type when they want to learn or practise Finnish or Swedish, read as the
activity type they mean; and English words spelt two ways ("practise", "practice").

A newcomer types "learn finnish", "suomen kurssi" or "lära sig svenska", not "Finnish or
Swedish course". Word by word these find little: "learn" is in a cooking club's text,
"finnish" is every activity held in Finnish, "study" is also "study skills" and "course"
also a parenting course. So the words are read together, as phrases (:func:`phrases`,
read with ``entities.PHRASES``): an intent to learn with a language is that language's courses
("languagecourse heldinfinnish": a language course, held in Finnish, and not a Swedish
course: ``engine.js`` reads the two words as one thing), an intent to practise it its
language cafés; a phrase without a language ("language course") the activity type alone.
The two words of a phrase must be next to each other, in the order the language puts them,
so "course" or "study" alone keep meaning what they meant.

Phrases are matched on words as typed (before stemming), so they list the inflected forms
people use. The replacement words are words of the entities of every UI language: the
language course's and language café's entities hold their codes as one word
(:data:`FORMS`), a language's entity its English name, and the entity of the activities
held in it the word :func:`held` makes.
"""

from __future__ import annotations

import logging

from tukena.search import pipeline

logger = logging.getLogger(__name__)

#: What a phrase is read as: the activity type's word, then the language's (held in it).
#: The type's word is its code in one word, which its entity holds (``FORMS``) and no
#: listing's text does: "practise finnish" is the language cafés, not a listing that
#: recruits volunteers for one and names it in its title.
COURSE, CAFE = "languagecourse", "languagecafe"
FORMS = {"language-course": COURSE, "language-cafe": CAFE}
#: The entity word of each language a phrase names, by the language's code: a word of the
#: entity of the activities held in it alone (``entities.py``; :func:`held`), as a course of
#: a language is one held in it (a Finnish course is run in Finnish). Its name ("swedish")
#: is a word of the activity type "Finnish or Swedish course" too, so "languagecourse
#: swedish" was every course; "heldinswedish" is the courses held in Swedish. (Its language
#: cafés keep its name: "languagecafe swedish".)
CODES = {"finnish": "fi", "swedish": "sv"}
#: Each language a phrase names ("finnish" is a word of Finnish's entity on every site),
#: and the words people type for it, by the grammatical case the
#: phrase's other word asks for: ``object`` after a verb ("learn finnish", "oppia
#: suomea"), ``of`` before a noun ("finnish lessons", "suomen kurssi"); ``course``, its
#: course in one word ("finskakurs": the English stemmer's "finskakur", cut to "finska" to
#: match an ending, is every activity held in Finnish).
LANGUAGES: dict[str, dict[str, str]] = {
    "finnish": {
        "object": "finnish suomea finska",
        "of": "finnish suomen suomenkielen",
        "course": "suomenkurssi suomenkurssit suomenkurssille finskakurs finskakurser finskkurs",
    },
    "swedish": {
        "object": "swedish ruotsia svenska",
        "of": "swedish ruotsin ruotsinkielen",
        "course": "ruotsinkurssi ruotsinkurssit ruotsinkurssille svenskakurs svenskakurser",
    },
}
#: Words asking to learn a language, before it ("learn finnish", "oppia suomea", "lära sig
#: svenska"); two-word ones are typed as they are ("lära sig").
LEARN_BEFORE = (
    "learn learning learn|to|speak study studying studies "
    "opiskella opiskelen opiskelu opiskelemaan oppia opin oppimaan opetella opettelen "
    "lära|sig lära|mig lär|mig lär|sig lära|sej lära lär studera studerar läsa läser plugga pluggar"
)
#: Words after a language's name or genitive that name a course of it ("finnish
#: lessons", "suomen kurssi", "suomen kielen kurssi").
COURSE_AFTER = (
    "course courses class classes lesson lessons "
    "kurssi kurssit kurssille kurssia kielen|kurssi kielen|kurssit kielen|opetus opetus "
    "kielikurssi tunnit oppitunnit opiskelu oppiminen kieli"
)
#: Words before a language that name a course of it ("kurs i finska").
COURSE_BEFORE = "kurs|i kurser|i lektioner|i undervisning|i"
#: Words asking to practise a language, before it ("practise finnish", "öva svenska").
PRACTISE_BEFORE = (
    "practise practice practising practicing "
    "harjoitella harjoittelen harjoittelemaan "
    "öva öva|på övar|på övar träna"
)
#: A course or café of any language: "language course", "language classes", "kielen kurssi".
ANY_LANGUAGE: tuple[tuple[str, str], ...] = (
    *((f"language {noun}", COURSE) for noun in ("course", "courses", "class", "classes",
                                                 "lesson", "lessons", "school")),
    ("language exchange", CAFE),
    ("kielen kurssi", COURSE),
    ("kielten kurssi", COURSE),
    ("språk kurs", COURSE),
    # the Swedish stemmer's "språkkur", cut to "språk" to match an ending, ranks texts
    # "in many languages" (på flera språk) above the courses
    ("språkkurs", COURSE),
    ("språkkurser", COURSE),
)  # fmt: skip

#: English words spelt two ways (British, American), each group's words one word to the
#: search: "practice finnish" finds what "practise finnish" finds. The stemmer makes them
#: different terms ("practis", "practic"); ``engine.js`` adds the scores of a term's other
#: spellings (``variants`` of index.json, :func:`variants`).
SPELLINGS: tuple[tuple[str, ...], ...] = (
    ("practise", "practice", "practising", "practicing", "practised", "practiced"),
    ("programme", "program", "programmes", "programs"),
    ("centre", "center", "centres", "centers"),
    ("counsellor", "counselor", "counsellors", "counselors"),
    ("counselling", "counseling"),
    ("neighbour", "neighbor", "neighbours", "neighbors"),
    ("neighbourhood", "neighborhood"),
    ("colour", "color", "colours", "colors"),
    ("theatre", "theater"),
    ("licence", "license"),
    ("favourite", "favorite"),
    ("labour", "labor"),
    ("behaviour", "behavior"),
    ("travelling", "traveling"),
    ("enrol", "enroll", "enrolment", "enrollment"),
)
#: A spelling's term shorter than this is left out of its group: the Swedish stemmer's
#: "col" of "color" begins too many other words.
SHORTEST_VARIANT = 5


def held(code: str) -> str | None:
    """The word of the entity of the activities held in the language ``code`` that the
    phrases asking for its courses are read as ("heldinswedish"), or None for a language
    no phrase names."""
    names = {code: name for name, code in CODES.items()}
    return f"heldin{names[code]}" if code in names else None


def _words(text: str) -> list[str]:
    return [word.replace("|", " ") for word in text.split()]


#: ``(first words, second words, meant, else)``: each first word (or words) followed by
#: each second one is read as ``meant``; what does not match ``meant`` but matches
#: ``else`` (when not empty) comes after what does (``engine.js``).
Combination = tuple[list[str], list[str], str, str]


def combinations() -> list[Combination]:
    """Every intent with every language's words, and :data:`ANY_LANGUAGE`, as
    combinations: index.json holds them so (``intents``), not as the hundreds of phrases
    they make, which ``words.js`` makes of them as :func:`phrases` does."""
    out: list[Combination] = []
    for language, said in LANGUAGES.items():
        names, of = said["object"].split(), said["of"].split()
        course, cafe = f"{COURSE} {held(CODES[language])}", f"{CAFE} {language}"
        # to learn a language is its courses and, after them, the language cafés held in
        # it: practice is learning too for a newcomer, and where no course is held in
        # Swedish "learn swedish" found nothing
        after = f"{CAFE} {held(CODES[language])}"
        out += [
            (_words(LEARN_BEFORE), names, course, after),
            (_words(COURSE_BEFORE), names, course, after),
            (_words(PRACTISE_BEFORE), names, cafe, ""),
            (of, _words(COURSE_AFTER), course, after),
            (said["course"].split(), [], course, after),
        ]
    out += [([said], [], meant, "") for said, meant in ANY_LANGUAGE]
    return out


def phrases() -> list[tuple[str, str]]:
    """``(words typed, words meant)`` of every combination of :func:`combinations`:
    ``("learn finnish", "languagecourse heldinfinnish")``."""
    return [
        (" ".join((first, *([second] if second else []))), meant)
        for firsts, seconds, meant, _ in combinations()
        for first in firsts
        for second in seconds or [""]
    ]


def compact() -> list[list[list[list[str]] | list[str]]]:
    """:func:`combinations` as index.json's ``intents``, normalised and lower-cased as the
    tokenizer gives a query's words: ``[[[["learn"], …], [["finnish"], …], ["languagecourse",
    "heldinfinnish"], ["languagecafe", "heldinfinnish"]], …]`` (the fourth item only when there is
    an else). ``engine.js`` reads a replacement's words as one thing: a listing has them all
    or does not match the phrase; or it has all of the else's words, and comes after."""

    def split(text: str) -> list[str]:
        return pipeline.normalise(text).lower().split()

    return [
        [[split(w) for w in firsts], [split(w) for w in seconds], split(meant)]
        + ([split(other)] if other else [])
        for firsts, seconds, meant, other in combinations()
    ]


def variants(lang: str) -> list[list[str]]:
    """The groups of :data:`SPELLINGS` as ``lang``'s index holds them, terms of at least
    :data:`SHORTEST_VARIANT` letters, each group with two terms or more:
    ``[["practis", "practic"], …]``."""
    out = []
    for group in SPELLINGS:
        terms = [t for word in group for t in pipeline.tokens(word, lang) if t]
        found = list(dict.fromkeys(t for t in terms if len(t) >= SHORTEST_VARIANT))
        if len(found) > 1:
            out.append(found)
    return out
