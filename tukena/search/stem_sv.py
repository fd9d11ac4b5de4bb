"""A line-by-line port of the Swedish Snowball stemmer of lunr-languages 1.22.0 (``lunr.sv.js``).

It follows the JavaScript, quirks included: ``r_mark_regions`` always sets ``I_x`` to
three, even for shorter words, as the JavaScript's always-true test does.

Original: lunr-languages, Copyright 2014 Mihai Valentin, based on the Snowball JavaScript
Library v0.3, Copyright 2010 Oleg Mazko; Mozilla Public License 1.1.
"""

from __future__ import annotations

import logging

from tukena.search.snowball import Among, SnowballProgram

logger = logging.getLogger(__name__)

A_0 = (
    Among("a", -1, 1), Among("arna", 0, 1), Among("erna", 0, 1), Among("heterna", 2, 1),
    Among("orna", 0, 1), Among("ad", -1, 1), Among("e", -1, 1), Among("ade", 6, 1),
    Among("ande", 6, 1), Among("arne", 6, 1), Among("are", 6, 1), Among("aste", 6, 1),
    Among("en", -1, 1), Among("anden", 12, 1), Among("aren", 12, 1), Among("heten", 12, 1),
    Among("ern", -1, 1), Among("ar", -1, 1), Among("er", -1, 1), Among("heter", 18, 1),
    Among("or", -1, 1), Among("s", -1, 2), Among("as", 21, 1), Among("arnas", 22, 1),
    Among("ernas", 22, 1), Among("ornas", 22, 1), Among("es", 21, 1), Among("ades", 26, 1),
    Among("andes", 26, 1), Among("ens", 21, 1), Among("arens", 29, 1),
    Among("hetens", 29, 1), Among("erns", 21, 1), Among("at", -1, 1), Among("andet", -1, 1),
    Among("het", -1, 1), Among("ast", -1, 1),
)  # fmt: skip
A_1 = (
    Among("dd", -1, -1), Among("gd", -1, -1), Among("nn", -1, -1), Among("dt", -1, -1),
    Among("gt", -1, -1), Among("kt", -1, -1), Among("tt", -1, -1),
)  # fmt: skip
A_2 = (
    Among("ig", -1, 1), Among("lig", 0, 1), Among("els", -1, 1), Among("fullt", -1, 3),
    Among("löst", -1, 2),
)  # fmt: skip
G_V = (17, 65, 16, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 24, 0, 32)
G_S_ENDING = (119, 127, 149)


class SwedishStemmer:
    """One stemmer instance; not thread-safe (it keeps the word being stemmed)."""

    def __init__(self) -> None:
        self.sbp = SnowballProgram()
        self.i_x = 0
        self.i_p1 = 0

    def stem(self, word: str) -> str:
        """The stem of one lower-case word (a string of UTF-16 code units)."""
        sbp = self.sbp
        sbp.set_current(word)
        v_1 = sbp.cursor
        self.r_mark_regions()
        sbp.limit_backward = v_1
        sbp.cursor = sbp.limit
        self.r_main_suffix()
        sbp.cursor = sbp.limit
        self.r_consonant_pair()
        sbp.cursor = sbp.limit
        self.r_other_suffix()
        return sbp.get_current()

    def r_mark_regions(self) -> None:
        sbp = self.sbp
        c = sbp.cursor + 3
        self.i_p1 = sbp.limit
        # The JavaScript tests "0 <= c || c <= sbp.limit", which is always true.
        self.i_x = c
        while True:
            v_1 = sbp.cursor
            if sbp.in_grouping(G_V, 97, 246):
                sbp.cursor = v_1
                break
            sbp.cursor = v_1
            if sbp.cursor >= sbp.limit:
                return
            sbp.cursor += 1
        while not sbp.out_grouping(G_V, 97, 246):
            if sbp.cursor >= sbp.limit:
                return
            sbp.cursor += 1
        self.i_p1 = sbp.cursor
        if self.i_p1 < self.i_x:
            self.i_p1 = self.i_x

    def r_main_suffix(self) -> None:
        sbp = self.sbp
        v_2 = sbp.limit_backward
        if sbp.cursor >= self.i_p1:
            sbp.limit_backward = self.i_p1
            sbp.cursor = sbp.limit
            sbp.ket = sbp.cursor
            among_var = sbp.find_among_b(A_0, 37)
            sbp.limit_backward = v_2
            if among_var:
                sbp.bra = sbp.cursor
                if among_var == 1:
                    sbp.slice_del()
                elif among_var == 2:
                    if sbp.in_grouping_b(G_S_ENDING, 98, 121):
                        sbp.slice_del()

    def r_consonant_pair(self) -> None:
        sbp = self.sbp
        v_1 = sbp.limit_backward
        if sbp.cursor >= self.i_p1:
            sbp.limit_backward = self.i_p1
            sbp.cursor = sbp.limit
            if sbp.find_among_b(A_1, 7):
                sbp.cursor = sbp.limit
                sbp.ket = sbp.cursor
                if sbp.cursor > sbp.limit_backward:
                    sbp.cursor -= 1
                    sbp.bra = sbp.cursor
                    sbp.slice_del()
            sbp.limit_backward = v_1

    def r_other_suffix(self) -> None:
        sbp = self.sbp
        if sbp.cursor >= self.i_p1:
            v_2 = sbp.limit_backward
            sbp.limit_backward = self.i_p1
            sbp.cursor = sbp.limit
            sbp.ket = sbp.cursor
            among_var = sbp.find_among_b(A_2, 5)
            if among_var:
                sbp.bra = sbp.cursor
                if among_var == 1:
                    sbp.slice_del()
                elif among_var == 2:
                    sbp.slice_from("lös")
                elif among_var == 3:
                    sbp.slice_from("full")
            sbp.limit_backward = v_2
