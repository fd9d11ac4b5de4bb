"""Stop words copied verbatim from the pinned JavaScript files.

- English: ``lunr.stopWordFilter`` of lunr.js 2.3.9 (MIT licence, Copyright (C) 2013-2020 Oliver
  Nightingale); see ``data/LICENSE-lunr.txt``.
- Finnish and Swedish: ``lunr.fi.js``, ``lunr.sv.js`` and ``lunr.stemmer.support.js`` of
  lunr-languages 1.22.0 (Mozilla Public License 1.1, Copyright 2014 Mihai Valentin); see
  ``data/LICENSE-lunr-languages.txt``.

``tests/test_search_pipeline.py`` checks them against ``node_modules`` and runs every word
through both implementations.
"""

from __future__ import annotations

LUNR_VERSION = "2.3.9"
LUNR_LANGUAGES_VERSION = "1.22.0"

STOP_WORDS_FI = tuple(
    """
ei eivät emme en et ette että he heidän heidät heihin heille heillä heiltä heissä heistä
heitä hän häneen hänelle hänellä häneltä hänen hänessä hänestä hänet häntä itse ja johon
joiden joihin joiksi joilla joille joilta joina joissa joista joita joka joksi jolla jolle
jolta jona jonka jos jossa josta jota jotka kanssa keiden keihin keiksi keille keillä
keiltä keinä keissä keistä keitä keneen keneksi kenelle kenellä keneltä kenen kenenä
kenessä kenestä kenet ketkä ketkä ketä koska kuin kuka kun me meidän meidät meihin meille
meillä meiltä meissä meistä meitä mihin miksi mikä mille millä miltä minkä minkä minua
minulla minulle minulta minun minussa minusta minut minuun minä minä missä mistä mitkä
mitä mukaan mutta ne niiden niihin niiksi niille niillä niiltä niin niin niinä niissä
niistä niitä noiden noihin noiksi noilla noille noilta noin noina noissa noista noita nuo
nyt näiden näihin näiksi näille näillä näiltä näinä näissä näistä näitä nämä ole olemme
olen olet olette oli olimme olin olisi olisimme olisin olisit olisitte olisivat olit
olitte olivat olla olleet ollut on ovat poikki se sekä sen siihen siinä siitä siksi sille
sillä sillä siltä sinua sinulla sinulle sinulta sinun sinussa sinusta sinut sinuun sinä
sinä sitä tai te teidän teidät teihin teille teillä teiltä teissä teistä teitä tuo tuohon
tuoksi tuolla tuolle tuolta tuon tuona tuossa tuosta tuota tähän täksi tälle tällä tältä
tämä tämän tänä tässä tästä tätä vaan vai vaikka yli
""".split()
)

STOP_WORDS_SV = tuple(
    """
alla allt att av blev bli blir blivit de dem den denna deras dess dessa det detta dig din
dina ditt du där då efter ej eller en er era ert ett från för ha hade han hans har henne
hennes hon honom hur här i icke ingen inom inte jag ju kan kunde man med mellan men mig
min mina mitt mot mycket ni nu när någon något några och om oss på samma sedan sig sin
sina sitta själv skulle som så sådan sådana sådant till under upp ut utan vad var vara
varför varit varje vars vart vem vi vid vilka vilkas vilken vilket vår våra vårt än är åt
över
""".split()
)

STOP_WORDS_EN = tuple(
    """
a able about across after all almost also am among an and any are as at be because been
but by can cannot could dear did do does either else ever every for from get got had has
have he her hers him his how however i if in into is it its just least let like likely may
me might most must my neither no nor not of off often on only or other our own rather said
say says she should since so some than that the their them then there these they this tis
to too twas us wants was we were what when where which while who whom why will with would
yet you your
""".split()
)
