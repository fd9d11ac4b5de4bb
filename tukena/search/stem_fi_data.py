"""The tables of the Finnish stemmer (:mod:`tukena.search.stem_fi`), as in ``lunr.fi.js``.

Groupings are bit sets over the characters from ``a`` (97) on; ``Among`` tables list the
suffixes with the entry to fall back to and the result, in Snowball's order.
Original: lunr-languages 1.22.0, Copyright 2014 Mihai Valentin; Mozilla Public License 1.1.
"""

from __future__ import annotations

from collections.abc import Callable

from tukena.search.snowball import Among

G_AEI = (17, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 8)
G_V1 = (17, 65, 16, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 8, 0, 32)
G_V2 = (17, 65, 16, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 8, 0, 32)
G_PARTICLE_END = (17, 97, 24, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 8, 0, 32)

A_0 = (
    Among("pa", -1, 1), Among("sti", -1, 2), Among("kaan", -1, 1), Among("han", -1, 1),
    Among("kin", -1, 1), Among("hän", -1, 1), Among("kään", -1, 1), Among("ko", -1, 1),
    Among("pä", -1, 1), Among("kö", -1, 1),
)  # fmt: skip
A_1 = (
    Among("lla", -1, -1), Among("na", -1, -1), Among("ssa", -1, -1), Among("ta", -1, -1),
    Among("lta", 3, -1), Among("sta", 3, -1),
)  # fmt: skip
A_2 = (
    Among("llä", -1, -1), Among("nä", -1, -1), Among("ssä", -1, -1), Among("tä", -1, -1),
    Among("ltä", 3, -1), Among("stä", 3, -1),
)  # fmt: skip
A_3 = (Among("lle", -1, -1), Among("ine", -1, -1))
A_4 = (
    Among("nsa", -1, 3), Among("mme", -1, 3), Among("nne", -1, 3), Among("ni", -1, 2),
    Among("si", -1, 1), Among("an", -1, 4), Among("en", -1, 6), Among("än", -1, 5),
    Among("nsä", -1, 3),
)  # fmt: skip
A_5 = (
    Among("aa", -1, -1), Among("ee", -1, -1), Among("ii", -1, -1), Among("oo", -1, -1),
    Among("uu", -1, -1), Among("ää", -1, -1), Among("öö", -1, -1),
)  # fmt: skip
A_7 = (
    Among("eja", -1, -1), Among("mma", -1, 1), Among("imma", 1, -1), Among("mpa", -1, 1),
    Among("impa", 3, -1), Among("mmi", -1, 1), Among("immi", 5, -1), Among("mpi", -1, 1),
    Among("impi", 7, -1), Among("ejä", -1, -1), Among("mmä", -1, 1), Among("immä", 10, -1),
    Among("mpä", -1, 1), Among("impä", 12, -1),
)  # fmt: skip
A_8 = (Among("i", -1, -1), Among("j", -1, -1))
A_9 = (Among("mma", -1, 1), Among("imma", 0, -1))


def a_6(r_vi: Callable[[], bool], r_long: Callable[[], int]) -> tuple[Among, ...]:
    """The case endings, whose entries call back into the stemmer instance."""
    return (
        Among("a", -1, 8), Among("lla", 0, -1), Among("na", 0, -1), Among("ssa", 0, -1),
        Among("ta", 0, -1), Among("lta", 4, -1), Among("sta", 4, -1), Among("tta", 4, 9),
        Among("lle", -1, -1), Among("ine", -1, -1), Among("ksi", -1, -1), Among("n", -1, 7),
        Among("han", 11, 1), Among("den", 11, -1, r_vi),
        Among("seen", 11, -1, r_long), Among("hen", 11, 2),
        Among("tten", 11, -1, r_vi), Among("hin", 11, 3),
        Among("siin", 11, -1, r_vi), Among("hon", 11, 4), Among("hän", 11, 5),
        Among("hön", 11, 6), Among("ä", -1, 8), Among("llä", 22, -1), Among("nä", 22, -1),
        Among("ssä", 22, -1), Among("tä", 22, -1), Among("ltä", 26, -1),
        Among("stä", 26, -1), Among("ttä", 26, 9),
    )  # fmt: skip
