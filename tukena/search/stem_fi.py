"""A line-by-line port of the Finnish Snowball stemmer of lunr-languages 1.22.0 (``lunr.fi.js``).

It follows the JavaScript, quirks included, to give exactly the browser's stems
(``tests/test_search_pipeline.py`` checks it against node). Original: lunr-languages,
Copyright 2014 Mihai Valentin, after the Snowball JavaScript Library v0.3, Copyright 2010
Oleg Mazko; Mozilla Public License 1.1.
"""

from __future__ import annotations

import logging

from tukena.search import stem_fi_data as T
from tukena.search.snowball import SnowballProgram

logger = logging.getLogger(__name__)


class FinnishStemmer:
    """One stemmer instance; not thread-safe (it keeps the word being stemmed)."""

    def __init__(self) -> None:
        self.sbp = SnowballProgram()
        self.b_ending_removed = False
        self.s_x = ""
        self.i_p1 = 0
        self.i_p2 = 0
        self.a_6 = T.a_6(self.r_vi, self.r_long)

    def stem(self, word: str) -> str:
        """The stem of one lower-case word (a string of UTF-16 code units)."""
        sbp = self.sbp
        sbp.set_current(word)
        v_1 = sbp.cursor
        self.r_mark_regions()
        self.b_ending_removed = False
        sbp.limit_backward = v_1
        for step in (self.r_particle_etc, self.r_possessive, self.r_case_ending):
            sbp.cursor = sbp.limit
            step()
        sbp.cursor = sbp.limit
        self.r_other_endings()
        sbp.cursor = sbp.limit
        if self.b_ending_removed:
            self.r_i_plural()
            sbp.cursor = sbp.limit
        else:
            sbp.cursor = sbp.limit
            self.r_t_plural()
            sbp.cursor = sbp.limit
        self.r_tidy()
        return sbp.get_current()

    def r_mark_regions(self) -> None:
        sbp = self.sbp
        self.i_p1 = sbp.limit
        self.i_p2 = self.i_p1
        if not self._habr1():
            self.i_p1 = sbp.cursor
            if not self._habr1():
                self.i_p2 = sbp.cursor

    def _habr1(self) -> bool:
        sbp = self.sbp
        while True:
            v_1 = sbp.cursor
            if sbp.in_grouping(T.G_V1, 97, 246):
                break
            sbp.cursor = v_1
            if v_1 >= sbp.limit:
                return True
            sbp.cursor += 1
        sbp.cursor = v_1
        while not sbp.out_grouping(T.G_V1, 97, 246):
            if sbp.cursor >= sbp.limit:
                return True
            sbp.cursor += 1
        return False

    def r_particle_etc(self) -> None:
        sbp = self.sbp
        if sbp.cursor >= self.i_p1:
            v_1 = sbp.limit_backward
            sbp.limit_backward = self.i_p1
            sbp.ket = sbp.cursor
            among_var = sbp.find_among_b(T.A_0, 10)
            if among_var:
                sbp.bra = sbp.cursor
                sbp.limit_backward = v_1
                if among_var == 1:
                    if not sbp.in_grouping_b(T.G_PARTICLE_END, 97, 246):
                        return
                elif among_var == 2:
                    if not self.i_p2 <= sbp.cursor:  # r_R2
                        return
                sbp.slice_del()
            else:
                sbp.limit_backward = v_1

    def r_possessive(self) -> None:
        sbp = self.sbp
        if sbp.cursor >= self.i_p1:
            v_1 = sbp.limit_backward
            sbp.limit_backward = self.i_p1
            sbp.ket = sbp.cursor
            among_var = sbp.find_among_b(T.A_4, 9)
            if among_var:
                sbp.bra = sbp.cursor
                sbp.limit_backward = v_1
                if among_var == 1:
                    v_2 = sbp.limit - sbp.cursor
                    if not sbp.eq_s_b(1, "k"):
                        sbp.cursor = sbp.limit - v_2
                        sbp.slice_del()
                elif among_var == 2:
                    sbp.slice_del()
                    sbp.ket = sbp.cursor
                    if sbp.eq_s_b(3, "kse"):
                        sbp.bra = sbp.cursor
                        sbp.slice_from("ksi")
                elif among_var == 3:
                    sbp.slice_del()
                elif among_var == 4:
                    if sbp.find_among_b(T.A_1, 6):
                        sbp.slice_del()
                elif among_var == 5:
                    if sbp.find_among_b(T.A_2, 6):
                        sbp.slice_del()
                elif among_var == 6:
                    if sbp.find_among_b(T.A_3, 2):
                        sbp.slice_del()
            else:
                sbp.limit_backward = v_1

    def r_long(self) -> int:
        return self.sbp.find_among_b(T.A_5, 7)

    def r_vi(self) -> bool:
        return self.sbp.eq_s_b(1, "i") and self.sbp.in_grouping_b(T.G_V2, 97, 246)

    def r_case_ending(self) -> None:  # noqa: C901 - mirrors the JavaScript switch
        sbp = self.sbp
        if sbp.cursor < self.i_p1:
            return
        v_1 = sbp.limit_backward
        sbp.limit_backward = self.i_p1
        sbp.ket = sbp.cursor
        among_var = sbp.find_among_b(self.a_6, 30)
        if not among_var:
            sbp.limit_backward = v_1
            return
        sbp.bra = sbp.cursor
        sbp.limit_backward = v_1
        needed = {1: "a", 2: "e", 9: "e", 3: "i", 4: "o", 5: "ä", 6: "ö"}
        if among_var in needed:
            if not sbp.eq_s_b(1, needed[among_var]):
                return
        elif among_var == 7:
            v_2 = sbp.limit - sbp.cursor
            skip = False
            if not self.r_long():
                sbp.cursor = sbp.limit - v_2
                if not sbp.eq_s_b(2, "ie"):
                    sbp.cursor = sbp.limit - v_2
                    skip = True
            if not skip:
                sbp.cursor = sbp.limit - v_2
                if sbp.cursor <= sbp.limit_backward:
                    sbp.cursor = sbp.limit - v_2
                else:
                    sbp.cursor -= 1
                    sbp.bra = sbp.cursor
        elif among_var == 8:
            if not sbp.in_grouping_b(T.G_V1, 97, 246) or not sbp.out_grouping_b(T.G_V1, 97, 246):
                return
        sbp.slice_del()
        self.b_ending_removed = True

    def r_other_endings(self) -> None:
        sbp = self.sbp
        if sbp.cursor >= self.i_p2:
            v_1 = sbp.limit_backward
            sbp.limit_backward = self.i_p2
            sbp.ket = sbp.cursor
            among_var = sbp.find_among_b(T.A_7, 14)
            if among_var:
                sbp.bra = sbp.cursor
                sbp.limit_backward = v_1
                if among_var == 1:
                    v_2 = sbp.limit - sbp.cursor
                    if sbp.eq_s_b(2, "po"):
                        return
                    sbp.cursor = sbp.limit - v_2
                sbp.slice_del()
            else:
                sbp.limit_backward = v_1

    def r_i_plural(self) -> None:
        sbp = self.sbp
        if sbp.cursor >= self.i_p1:
            v_1 = sbp.limit_backward
            sbp.limit_backward = self.i_p1
            sbp.ket = sbp.cursor
            if sbp.find_among_b(T.A_8, 2):
                sbp.bra = sbp.cursor
                sbp.limit_backward = v_1
                sbp.slice_del()
            else:
                sbp.limit_backward = v_1

    def r_t_plural(self) -> None:
        sbp = self.sbp
        if sbp.cursor < self.i_p1:
            return
        v_1 = sbp.limit_backward
        sbp.limit_backward = self.i_p1
        sbp.ket = sbp.cursor
        if sbp.eq_s_b(1, "t"):
            sbp.bra = sbp.cursor
            v_2 = sbp.limit - sbp.cursor
            if sbp.in_grouping_b(T.G_V1, 97, 246):
                sbp.cursor = sbp.limit - v_2
                sbp.slice_del()
                sbp.limit_backward = v_1
                v_3 = sbp.limit - sbp.cursor
                if sbp.cursor >= self.i_p2:
                    sbp.cursor = self.i_p2
                    v_4 = sbp.limit_backward
                    sbp.limit_backward = sbp.cursor
                    sbp.cursor = sbp.limit - v_3
                    sbp.ket = sbp.cursor
                    among_var = sbp.find_among_b(T.A_9, 2)
                    if among_var:
                        sbp.bra = sbp.cursor
                        sbp.limit_backward = v_4
                        if among_var == 1:
                            v_5 = sbp.limit - sbp.cursor
                            if sbp.eq_s_b(2, "po"):
                                return
                            sbp.cursor = sbp.limit - v_5
                        sbp.slice_del()
                        return
        sbp.limit_backward = v_1

    def r_tidy(self) -> None:  # noqa: C901 - mirrors the JavaScript
        sbp = self.sbp
        if sbp.cursor < self.i_p1:
            return
        v_1 = sbp.limit_backward
        sbp.limit_backward = self.i_p1
        v_2 = sbp.limit - sbp.cursor
        if self.r_long():
            sbp.cursor = sbp.limit - v_2
            sbp.ket = sbp.cursor
            if sbp.cursor > sbp.limit_backward:
                sbp.cursor -= 1
                sbp.bra = sbp.cursor
                sbp.slice_del()
        sbp.cursor = sbp.limit - v_2
        sbp.ket = sbp.cursor
        if sbp.in_grouping_b(T.G_AEI, 97, 228):
            sbp.bra = sbp.cursor
            if sbp.out_grouping_b(T.G_V1, 97, 246):
                sbp.slice_del()
        sbp.cursor = sbp.limit - v_2
        sbp.ket = sbp.cursor
        if sbp.eq_s_b(1, "j"):
            sbp.bra = sbp.cursor
            v_3 = sbp.limit - sbp.cursor
            if not sbp.eq_s_b(1, "o"):
                sbp.cursor = sbp.limit - v_3
                if sbp.eq_s_b(1, "u"):
                    sbp.slice_del()
            else:
                sbp.slice_del()
        sbp.cursor = sbp.limit - v_2
        sbp.ket = sbp.cursor
        if sbp.eq_s_b(1, "o"):
            sbp.bra = sbp.cursor
            if sbp.eq_s_b(1, "j"):
                sbp.slice_del()
        sbp.cursor = sbp.limit - v_2
        sbp.limit_backward = v_1
        while True:
            v_4 = sbp.limit - sbp.cursor
            if sbp.out_grouping_b(T.G_V1, 97, 246):
                sbp.cursor = sbp.limit - v_4
                break
            sbp.cursor = sbp.limit - v_4
            if sbp.cursor <= sbp.limit_backward:
                return
            sbp.cursor -= 1
        sbp.ket = sbp.cursor
        if sbp.cursor > sbp.limit_backward:
            sbp.cursor -= 1
            sbp.bra = sbp.cursor
            self.s_x = sbp.slice_to()
            if sbp.eq_v_b(self.s_x):
                sbp.slice_del()
