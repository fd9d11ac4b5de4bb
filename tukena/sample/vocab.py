"""Weights, vocabularies and geography the synthetic content is drawn with."""

from __future__ import annotations

import datetime as dt

from tukena.sample.texts import OTHER
from tukena.schemas.vocabulary import ActivityForm, Audience, Capacity, Phase, TargetGroup

DAY = dt.timedelta(days=1)
FOLDERS = ("organisations", "activities", "news")
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
ORG_WEIGHTS = (55, 7, 5, 8, 3, 10, 8, 4)  # in ORG_KINDS order
PUBLIC = {"municipality": "local", "parish": "local", "wellbeing-services-county": "regional"}
FORM_WEIGHTS = (18, 8, 8, 4, 7, 7, 3, 6, 7, 6, 6, 7, 5, 4, 5, 3, 3, 4)  # in ActivityForm order
CATEGORIES = ("support", "participation", "recruitment")
FORM_VALUES, GROUPS = [f.value for f in ActivityForm], [g.value for g in TargetGroup]
PHASES, CAPACITIES = [p.value for p in Phase], [c.value for c in Capacity]
AUDIENCES, EXTRAS = [a.value for a in Audience], list(OTHER)
MODES = ("place", "online", "both")
WEEKEND_FORMS = ("family-group", "sports-outdoors", "excursions-events")
SERIES_FORMS = ("language-course", "digital-skills", "excursions-events", "job-seeking")
IMPLIED = {"womens-group": "women", "mens-group": "men", "family-group": "families", "youth-group": "young-people",
           "homework-help": "children", "job-seeking": "job-seekers"}  # fmt: skip
FOR_GROUP = dict(zip(GROUPS, "– naisille miehille perheille lapsille nuorille nuorille_aikuisille senioreille työnhakijoille opiskelijoille turvapaikanhakijoille pakolaistaustaisille sateenkaari-ihmisille vammaisille_henkilöille".split(), strict=True))  # fmt: skip
SUPPORT = "en ar so ru uk fa fa-AF ku ti ps tr vi th es fr sq et zh".split()
LANGS = {"fi": 0, "sv": 1, "en": 2}
STARTS = [(h, m) for h in range(9, 20) for m in (0, 30) if (h, m) not in ((12, 30), (19, 30))]
SWEDISH = {"Närpiö", "Kristiinankaupunki", "Maalahti", "Korsnäs", "Mustasaari", "Vöyri", "Uusikaarlepyy",
           "Pedersöre", "Luoto", "Kruunupyy", "Pietarsaari", "Raasepori", "Inkoo", "Kemiönsaari",
           "Parainen", "Loviisa", "Porvoo", "Vaasa", "Sipoo", "Hanko", "Kaskinen", "Lapinjärvi"}  # fmt: skip
DISTRICTS = {"091": "Kallio;Vuosaari;Malmi;Itäkeskus;Kontula;Pasila;Kannelmäki;Herttoniemi;Myllypuro",
             "049": "Tapiola;Leppävaara;Matinkylä;Espoonlahti;Espoon keskus;Soukka", "092": "Tikkurila;Myyrmäki;Hakunila;Koivukylä;Korso",
             "837": "Hervanta;Kaleva;Lielahti;Tesoma", "853": "Varissuo;Runosmäki;Halinen;Lauste", "564": "Tuira;Kaakkuri;Kaukovainio"}  # fmt: skip
# region: latitude, longitude, first digits of postal codes
REGIONS = {"01": (60.3, 24.9, "04"), "02": (60.5, 22.3, "20"), "04": (61.5, 21.8, "28"), "05": (61.0, 24.5, "13"),
           "06": (61.5, 23.8, "33"), "07": (61.0, 25.7, "15"), "08": (60.9, 26.7, "45"), "09": (61.1, 28.2, "53"),
           "10": (61.7, 27.3, "50"), "11": (62.9, 27.7, "70"), "12": (62.6, 29.8, "80"), "13": (62.2, 25.7, "40"),
           "14": (62.8, 22.8, "60"), "15": (63.1, 21.6, "65"), "16": (63.8, 23.1, "67"), "17": (65.0, 25.5, "90"),
           "18": (64.2, 27.7, "87"), "19": (66.5, 25.7, "96"), "21": (60.1, 19.9, "22")}  # fmt: skip
