"""Markdown bodies and translations drawn from the sentence pools."""

from __future__ import annotations

from tukena.sample.draws import Draws
from tukena.sample.texts import FORMS, OTHER, POOLS


class Prose(Draws):
    """Markdown bodies, emphasis and shorter translations."""

    def body(self, lang: str, lead: list[str], url: str, size: int, pool: str = "") -> str:
        """Markdown paragraphs of about ``size`` characters; in Finnish also headings and lists."""
        r, fi, sentences = self.r, lang == "fi", POOLS[pool or lang][0]
        sentences = lead + r.sample(sentences, len(sentences))
        blocks: list[str] = []
        length = k = 0
        while length < size and k < len(sentences):
            before, n = len(blocks), r.randint(2, 4)
            para, k = " ".join(sentences[k : k + n]), k + n
            if fi and blocks and self.chance(0.12):
                blocks.append(self.pool("headings"))
            blocks.append(self.emphasise(para) if self.chance(0.3) else para)
            if fi and self.chance(0.15):
                items = "\n".join(f"- {t}" for t in self.pool("topics", r.randint(3, 5)))
                blocks.append(f"{self.pool('intros')}\n\n{items}")
            length += sum(len(b) + 2 for b in blocks[before:])
        if url and fi and self.chance(0.4):
            blocks.append(self.pool("links").format(url=url))
        return "\n\n".join(blocks)

    def emphasise(self, text: str) -> str:
        words = text.split(" ")
        k = self.r.randrange(len(words))
        core = words[k].rstrip(".,:!?")
        if len(core) > 4:
            mark = "**" if self.chance(0.7) else "_"
            words[k] = f"{mark}{core}{mark}{words[k][len(core) :]}"
        return " ".join(words)

    def translation(self, lang: str, form: str) -> str:
        """A shorter description in another language: one or two paragraphs."""
        if lang in OTHER:
            return " ".join(OTHER[lang][2])
        if lang == "fi":
            return self.body("fi", self.r.sample(FORMS[form][3], 2), "", 300) + "\n"
        sentences = self.r.sample(POOLS[lang][0], self.r.randint(2, 6))
        if len(sentences) < 4:
            return " ".join(sentences)
        return " ".join(sentences[:3]) + "\n\n" + " ".join(sentences[3:]) + "\n"
