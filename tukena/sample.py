"""Deterministic synthetic content sets for benchmarks (``tukena sample``).

:func:`generate` writes a content repository under ``root/content``: about one organisation per
20 activities (at least 5), the activities, and one news item per 50 activities (all four
kinds). Everything is drawn from one ``random.Random(seed)`` and dated relative to ``today``,
so the same arguments give byte-identical files, and the set loads without problems when
checked as of the same day. Every 20th activity is stale (confirmed over a year ago) and
every 20th ended (its season or series is over); municipalities are weighted by population.

Texts come from pools of real Finnish (and Swedish, English, Arabic, Somali, Russian,
Ukrainian and Dari) sentences, so search and build benchmarks see realistic words, lengths
and Markdown. Front matter is written by :func:`to_yaml`, which reads back to the same values
as :func:`tukena.yamlsafe.dump` (a test checks it) but is over ten times faster, and writes
short lists and mappings in flow style as people do.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate
from pathlib import Path
from random import Random
from typing import Any

from dateutil.easter import easter

from tukena import reference
from tukena.reference import fold
from tukena.schemas.vocabulary import ActivityForm, Audience, Capacity, Phase, TargetGroup

Doc = tuple[str, dict[str, Any], str]  # path under content/, front matter, Markdown body
DAY = dt.timedelta(days=1)
FOLDERS = ("organisations", "activities", "news")
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def _table(text: str) -> dict[str, list[list[str]]]:
    """Rows ``key | a;b | c`` as ``{key: [[a, b], [c]]}``."""
    rows = (line.split(" | ") for line in text.strip().splitlines())
    return {key.strip(): [f.strip().split(";") for f in fields] for key, *fields in rows}


# form | Finnish title stems | Swedish | English | Finnish sentences about it
FORMS = _table("""
language-cafe | Kielikahvila;Keskustelukahvila;Kielikerho;Suomen kielen kahvila | Språkcafé | Language café | Kielikahvilassa jutellaan rennosti arjen aiheista kahvikupin ääressä.;Jokaisessa pöydässä on suomea äidinkielenään puhuva vapaaehtoinen.;Kielikahvila sopii kaikille, jotka haluavat harjoitella puhumista ilman paineita.
language-course | Suomen kielen kurssi;Arjen suomea;Suomea alkeista;Selkosuomen ryhmä | Kurs i finska | Finnish course | Kurssilla opitaan suomen kielen perusrakenteita ja arjen sanastoa.;Opetus etenee osallistujien tahdissa, ja kotitehtäviä on vähän.;Kurssin lopuksi saat todistuksen osallistumisesta.
peer-group | Vertaisryhmä;Keskusteluryhmä;Vertaistukiryhmä;Olohuoneryhmä | Kamratgrupp | Peer group | Vertaisryhmässä jaetaan kokemuksia ja tuetaan toinen toisiamme.;Keskustelujen aiheet sovitaan yhdessä ryhmän kanssa.;Ryhmää ohjaa vertaisohjaaja, joka on itse muuttanut Suomeen.
buddy | Kielikaveri;Ystävätoiminta;Kaveritoiminta;Kotoutumisystävä | Vänverksamhet | Buddy programme | Kielikaveri tapaa osallistujaa kahden kesken noin kerran viikossa.;Vapaaehtoinen ja osallistuja sopivat tapaamisten ajat ja paikat yhdessä.;Ystävätoiminnassa saat tukea arkeen ja uuden ihmisen tutuksi.
family-group | Perhekerho;Äiti-lapsi-ryhmä;Vauvaperheiden kerho;Perhekahvila | Familjeklubb | Family club | Perhekerhossa lapset leikkivät ja vanhemmat tutustuvat toisiinsa.;Mukaan voi tulla vauvan tai leikki-ikäisen lapsen kanssa.;Kerhossa lauletaan, leikitään ja syödään yhdessä välipalaa.
womens-group | Naisten ryhmä;Naisten kerho;Naisten olohuone;Naisten liikuntavuoro | Kvinnogrupp | Women's group | Naisten ryhmässä on turvallinen ja luottamuksellinen ilmapiiri.;Ryhmässä liikutaan, tehdään käsitöitä ja keskustellaan naisten terveydestä.;Ohjaajina toimivat naiset, ja tila on varattu vain naisille.
mens-group | Miesten ryhmä;Miesten kokkikerho;Miesten saunailta;Isien ryhmä | Mansgrupp | Men's group | Miesten ryhmässä keskustellaan isyydestä, työstä ja jaksamisesta.;Tapaamisissa myös kokataan, saunotaan tai pelataan yhdessä.;Ryhmä tarjoaa vertaistukea miehille, jotka ovat muuttaneet Suomeen.
youth-group | Nuorten ilta;Nuorten kerho;Nuorten pelikerho;Nuorten työpaja | Ungdomskväll | Youth evening | Nuorten illoissa pelataan, tehdään ruokaa ja suunnitellaan yhdessä retkiä.;Nuorisotyöntekijät ovat paikalla ja auttavat tarvittaessa koulu- ja työasioissa.;Toimintaan ovat tervetulleita kaikki 13–29-vuotiaat nuoret.
homework-help | Läksykerho;Läksyapu;Läksyhelppi;Koulutehtäväpaja | Läxhjälp | Homework help | Läksykerhossa vapaaehtoiset auttavat koulutehtävissä ja kokeisiin valmistautumisessa.;Apua saa matematiikkaan, suomen kieleen ja muihin oppiaineisiin.;Läksyjen jälkeen on aikaa välipalalle ja leikille.
job-seeking | Työnhakupaja;Työnhakuklubi;CV-paja;Urapolku-valmennus | Jobbsökarklubb | Job club | Valmennuksessa päivitetään CV, harjoitellaan työhaastattelua ja etsitään avoimia työpaikkoja.;Saat neuvoja työnhakuun, koulutusvaihtoehtoihin ja ammattitutkinnon tunnustamiseen.;Mukana on työnantajia, jotka kertovat alansa työmahdollisuuksista.
digital-skills | Digiapu;Digitaitojen kurssi;Digituki;Tietokonekerho | Digihjälp | Digital help | Opettelemme käyttämään Suomi.fi-palvelua, pankkitunnuksia ja Kelan asiointia.;Ota mukaan oma puhelin, tabletti tai tietokone ja pankkitunnukset.;Digituki on tarkoitettu kaikille, jotka tarvitsevat apua sähköisissä palveluissa.
sports-outdoors | Liikuntaryhmä;Sählyvuoro;Luontoretket;Futsal;Uintivuoro;Kävelyryhmä | Idrottsgrupp | Sports group | Liikuntavuorolla pelataan sählyä, futsalia tai lentopalloa osallistujien toiveiden mukaan.;Retkillä tutustutaan lähiluontoon, jokamiehenoikeuksiin ja suomalaiseen metsään.;Mukaan tarvitset vain sisäliikuntakengät ja juomapullon.
arts-crafts | Käsityökerho;Taidepaja;Kansainvälinen kuoro;Valokuvauskerho;Ompelukahvila | Hantverksklubb | Arts and crafts club | Kerhossa neulotaan, ommellaan ja maalataan yhdessä.;Materiaalit ovat valmiina, joten aiempaa kokemusta ei tarvita.;Kauden lopuksi töistä kootaan näyttely kirjastoon.
cooking | Kokkikerho;Maailman keittiö;Ruokapiiri;Leivontakerho | Matlagningsklubb | Cooking club | Kokkikerhossa valmistetaan ruokia eri puolilta maailmaa ja syödään yhdessä.;Jokainen voi vuorollaan opettaa muille oman kotimaansa reseptin.;Raaka-aineet hankitaan yhdessä, ja samalla opitaan ruokasanastoa.
guidance | Neuvontapiste;Kotoutumisneuvonta;Asiointiapu;Palveluohjaus | Rådgivning | Advice point | Neuvonnassa saat apua lomakkeiden täyttämiseen ja viranomaisasiointiin.;Ohjaajat neuvovat asumiseen, perheenyhdistämiseen ja oleskelulupiin liittyvissä kysymyksissä.;Voit tulla ilman ajanvarausta tai varata ajan puhelimitse.
volunteering | Vapaaehtoiseksi;Vapaaehtoisten ryhmä;Kielikaveriksi;Vapaaehtoistoiminta | Bli frivillig | Volunteer with us | Etsimme uusia vapaaehtoisia mukaan toimintaamme.;Vapaaehtoiseksi voit tulla, vaikka olisit itse vasta muuttanut Suomeen.;Saat perehdytyksen, tukea ohjaajilta ja mahdollisuuden kehittää omaa kielitaitoasi.
excursions-events | Kotiseuturetket;Retkisarja;Kulttuurikierros;Museokierros | Utflykter | Excursions | Retkisarjassa tutustutaan kotikunnan nähtävyyksiin, museoihin ja luontokohteisiin.;Retkille lähdetään yhdessä, ja kuljetus järjestetään yhteisesti.;Jokaisen retken jälkeen jutellaan kokemuksista kahvin ääressä.
other | Avoin olohuone;Kohtaamispaikka;Lukupiiri selkosuomeksi;Pelikerho;Kohtaamo | Mötesplats | Meeting place | Avoimessa olohuoneessa voi levätä, lukea lehtiä ja tavata uusia ihmisiä.;Paikalla on aina työntekijä tai vapaaehtoinen, jolta voi kysyä neuvoa.;Toimintaa kehitetään yhdessä kävijöiden toiveiden pohjalta.
""")
# sentence pools by language, and the rest of the Finnish building blocks
POOLS = _table("""
fi | Toimintaan voi tulla mukaan milloin tahansa.;Ryhmää ohjaavat koulutetut vapaaehtoiset ja järjestön työntekijä.;Jokainen kerta on erillinen, joten voit osallistua silloin kun sinulle sopii.;Tarjolla on kahvia, teetä ja pientä purtavaa.;Tapaamisissa harjoitellaan arjen tilanteita, kuten asiointia kaupassa, terveysasemalla ja virastoissa.;Vertaisryhmässä voit jakaa kokemuksia muiden samassa elämäntilanteessa olevien kanssa.;Voit tuoda mukaan omia kysymyksiäsi esimerkiksi Kelan, työllisyyspalveluiden tai koulun asioista.;Lapset ovat tervetulleita mukaan, ja tilassa on leikkinurkkaus.;Ryhmässä puhutaan selkokieltä, ja apuna käytetään tarvittaessa kuvia ja eleitä.;Tila on esteetön, ja sinne pääsee helposti julkisilla kulkuneuvoilla.;Sinun ei tarvitse sitoutua koko kaudeksi.;Kauden aikana vieraillaan myös kirjastossa, museossa ja lähiluonnossa.;Toiminta perustuu vapaaehtoisuuteen, luottamukseen ja toisten kunnioittamiseen.;Kaikki keskustelut ovat luottamuksellisia.;Uudet osallistujat otetaan lämpimästi vastaan, ja ensimmäisellä kerralla kerromme, miten toiminta sujuu.;Tavoitteena on, että jokainen löytää uusia ystäviä ja rohkeutta käyttää suomea.;Moni osallistuja kertoo, että ryhmästä on ollut apua työnhakuun ja opiskeluun.;Ohjaajat puhuvat suomen lisäksi englantia ja arabiaa.;Kokoontumisissa on rento ja kiireetön tunnelma.;Jokainen saa osallistua omien voimiensa ja aikataulunsa mukaan.;Ryhmä on pieni, jotta kaikki ehtivät puhua ja kysyä.;Toimintaa rahoittaa Sosiaali- ja terveysjärjestöjen avustuskeskus STEA.;Toimimme yhteistyössä kaupungin kotoutumispalveluiden ja seurakunnan kanssa.;Kesällä toiminta on tauolla, ja syksyllä aloitamme taas uusin teemoin.;Voit tulla paikalle yksin tai yhdessä ystävän kanssa.;Jokaisella kerralla on oma teemansa, jota osallistujat voivat itse ehdottaa.;Toiminnassa tutustutaan suomalaiseen kulttuuriin, juhlapyhiin ja tapoihin.;Saat tietoa myös muista alueen harrastus- ja vapaaehtoismahdollisuuksista.;Kielitaidolla ei ole väliä: aloittelijat ja pidempään suomea opiskelleet ovat yhtä lailla tervetulleita.;Ammattilaiset voivat ohjata asiakkaitaan toimintaan suoraan ilman lähetettä.;Ota yhteyttä, jos tarvitset tulkkausta tai muuta tukea osallistumiseen.;Syyskauden viimeisellä kerralla vietetään yhteistä pikkujoulua.;Kevätkauden päätteeksi järjestetään retki lähialueelle.;Mukana on myös suomalaisia vapaaehtoisia, joiden kanssa voi harjoitella keskustelua.;Voit kysyä neuvoa myös asumiseen, terveyteen ja lasten koulunkäyntiin liittyvissä asioissa.;Kerromme ajankohtaisista asioista myös sosiaalisessa mediassa.;Ryhmässä on tilaa erilaisille mielipiteille ja kokemuksille.;Monelle ryhmä on ollut ensimmäinen paikka, jossa on uskaltanut puhua suomea.;Toiminnassa on mukana sekä vasta muuttaneita että pitkään Suomessa asuneita.;Kysy rohkeasti, jos jokin asia mietityttää.
sv | Du kan komma med när som helst.;Gruppen leds av utbildade frivilliga och en anställd från föreningen.;Vi bjuder på kaffe, te och något smått att äta.;Vi övar vardagliga situationer, till exempel att handla, besöka hälsocentralen och sköta ärenden hos myndigheter.;Du behöver inte förbinda dig för hela terminen.;Barn är välkomna, och i lokalen finns en lekhörna.;Lokalen är tillgänglig och lätt att nå med kollektivtrafik.;Alla samtal är konfidentiella.;Målet är att alla ska hitta nya vänner och mod att använda språket.;Handledarna talar svenska, finska och engelska.;Du kan komma ensam eller tillsammans med en vän.;Under terminen besöker vi också biblioteket, ett museum och naturen i närheten.;Yrkesfolk kan hänvisa sina klienter direkt till verksamheten utan remiss.;Kontakta oss om du behöver tolkning eller annat stöd för att delta.;Varje gång har ett eget tema som deltagarna själva kan föreslå.;Verksamheten finansieras av STEA.
en | You can join at any time.;The group is led by trained volunteers and a member of staff.;Coffee, tea and light snacks are served.;We practise everyday situations such as shopping, visiting the health centre and dealing with public offices.;You do not need to commit to the whole season.;Children are welcome, and there is a play corner.;The venue is accessible and easy to reach by public transport.;Everything discussed in the group stays in the group.;The aim is for everyone to make new friends and gain the confidence to use Finnish.;The leaders speak Finnish, English and Arabic.;You can come on your own or bring a friend.;During the season we also visit the library, a museum and nearby nature.;Professionals can refer their clients directly, without a referral letter.;Contact us if you need interpretation or other support to take part.;Each session has a theme that participants can suggest themselves.;The activity is funded by STEA.
topics | Arjen asiointi;Terveyspalvelut;Kelan palvelut;Asuminen ja vuokrasopimukset;Koulu ja varhaiskasvatus;Työnhaku ja CV;Suomalaiset juhlapyhät;Vuodenajat ja sää;Liikkuminen julkisilla kulkuneuvoilla;Pankkiasiat;Harrastukset;Ruoka ja ruokakulttuuri;Luonto ja jokamiehenoikeudet;Oma talous;Sähköiset palvelut;Vapaaehtoistyö;Yhdistystoiminta;Opiskelu ja koulutus;Ammattitutkinnon tunnustaminen;Kirjaston palvelut;Perheen arki;Mielen hyvinvointi
intros | Käsittelemme muun muassa seuraavia aiheita:;Kauden teemoja ovat esimerkiksi:;Tapaamisissa puhutaan esimerkiksi näistä:
headings | ### Kenelle?;### Miten mukaan?;### Mitä teemme?;## Lisätietoja
links | Lisätietoja löydät [verkkosivuiltamme]({url}).;Katso myös [kauden ohjelma]({url}).;Kysy lisää [yhteydenottolomakkeella]({url}).
places | Pääkirjasto;Lähikirjasto;Asukastalo {x};Monitoimitalo {x};Nuorisotalo {x};Seurakuntakeskus;Kansalaisopisto;Järjestötalo {x};Perhekeskus {x};Liikuntahalli;Kulttuurikeskus {x};Kohtaamispaikka {x};Palvelukeskus {x}
names | Kompassi;Pihlaja;Majakka;Kohtaamo;Satama;Tähti;Lyhty;Silta;Kanerva;Ankkuri;Helmi;Verso;Kajo;Lähde
streets | Kauppakatu;Koulukatu;Kirkkokatu;Asemakatu;Torikatu;Puistokatu;Rautatienkatu;Keskuskatu;Myllytie;Koivutie;Rantatie;Kirjastonkuja;Urheilutie;Sairaalantie;Satamakatu;Kalevankatu;Pihlajatie;Väinämöisenkatu
keywords | suomen kieli;kotoutuminen;vertaistuki;harrastus;ystävä;kieliharjoittelu;työllistyminen;arki;perhe;matala kynnys;selkokieli;kulttuuri;liikunta;luonto;yhteisö;kohtaamispaikka
org1 | Kieli;Koti;Arki;Yhteis;Kohtaamis;Ystävä;Naapuri;Tuki;Kaveri;Perhe;Polku;Pihla;Kanerva;Ranta;Meri;Tähti;Sydän;Aurinko;Tuuli;Kulttuuri;Maailman;Lähi;Kotoutumis;Valo
org2 | silta;tupa;paikka;piste;verkko;keskus;pesä;talo;kompassi;majakka;satama;olohuone;pirtti;kammari;tori;kylä;portti;lyhty
orgdo | kielikahviloita;vertaisryhmiä;läksykerhoja;perhekerhoja;liikuntavuoroja;retkiä;digitukea;työnhaun valmennusta;naisten ryhmiä;nuorten iltoja;ystävätoimintaa;neuvontaa
orgmore | Toimintamme on avointa kaikille.;Teemme yhteistyötä kuntien, seurakuntien ja muiden järjestöjen kanssa.;Tavoitteenamme on, että jokainen Suomeen muuttanut löytää paikkansa yhteisössä.;Toiminnassa on mukana yli sata vapaaehtoista.
networks | Kotoutumisen kumppanuusverkosto;Kielikahviloiden verkosto;SOSTE;Setlementtiliitto;Järjestöjen kotoutumisfoorumi;Monikulttuurisuusjärjestöjen verkosto
news | Järjestöt tekevät tärkeää työtä kotoutumisen tukena kaikkialla Suomessa.;Matalan kynnyksen toiminta tavoittaa myös ne, jotka eivät ole vielä kotoutumispalveluiden piirissä.;Kuntien ja järjestöjen yhteistyö on kotoutumislain keskeinen tavoite.;Tilaisuudessa jaetaan kokemuksia ja hyviä käytäntöjä.;Toivomme, että mahdollisimman moni toimija ilmoittaa toimintansa hakemistoon.;Hakemiston tiedot tarkistetaan vähintään kerran vuodessa.;Vapaaehtoisten perehdytys järjestetään ennen toiminnan alkua.;Lisätietoja antaa hankkeen koordinaattori.;Koulutuksessa käsitellään selkokieltä, kulttuurista osaamista ja ryhmänohjausta.;Tehtävään kuuluu vapaaehtoisten rekrytointi, perehdytys ja tuki.;Arvostamme kokemusta järjestötoiminnasta ja monikulttuurisesta työstä.;Työsuhteessa noudatetaan järjestöalan työehtosopimusta.;Tapahtumassa on tarjolla ruokaa eri puolilta maailmaa sekä musiikkia ja ohjelmaa lapsille.;Ohjelma julkaistaan myöhemmin verkkosivuillamme.;Avustuksella voi hakea tukea esimerkiksi kielikahvilan tai vertaisryhmän käynnistämiseen.;Kevään aikana järjestetään useita alueellisia työpajoja.;Kiitos kaikille toimintaan osallistuneille!
""")
# short texts: key | Finnish variants | Swedish | English
SHORT = _table("""
role | Koordinaattori;Ohjaaja;Vapaaehtoistoiminnan koordinaattori;Toiminnanohjaaja;Projektityöntekijä | Koordinator;Handledare | Coordinator;Group leader
fee | 2 € / kerta, sisältää kahvin;20 € lukukaudelta;Kurssimaksu 35 €, sisältää materiaalit;Materiaalimaksu 10 € | 2 € per gång, kaffe ingår;20 € per termin | €2 per session, coffee included;€20 per term
register | Ilmoittaudu puhelimitse tai sähköpostilla.;Ilmoittaudu ohjaajalle ensimmäisellä kerralla.;Ilmoittaudu verkkolomakkeella viimeistään viikkoa ennen alkua. | Anmäl dig per telefon eller e-post. | Register by phone or e-mail.
referral | Ohjaa asiakas suoraan paikalle.;Ammattilainen voi soittaa ohjaajalle ja sopia tutustumiskäynnistä.;Lähetä lyhyt kuvaus asiakkaan tilanteesta sähköpostilla, niin otamme yhteyttä. | Hänvisa klienten direkt till oss. | Refer your client directly to us.
online | Linkki lähetetään ilmoittautuneille sähköpostilla.;Liity Teams-kokoukseen linkistä, kameraa ei tarvitse avata. | Länken skickas till dem som anmält sig. | The link is sent to registered participants.
note | Kesäkuussa kokoonnutaan ulkona, jos sää sallii.;Tarkista poikkeusajat verkkosivuilta.;Uudet osallistujat aloittavat kuukauden ensimmäisellä kerralla. | Kolla undantagen på webbplatsen. | Check the website for changes.
access | Sisäänkäynti pihan puolelta, hissi toiseen kerrokseen.;Pyörätuolilla pääsee sisälle rampin kautta. | Ingång från gården, hiss till andra våningen. | Entrance from the courtyard, lift to the first floor.
free | Osallistuminen on maksutonta.;Maksuton ja avoin. | Gratis att delta. | Free of charge.
paid | Tervetuloa mukaan. | Välkommen med. | Everyone welcome.
christmas | Joulutauko | Jullov | Christmas break
winter | Talviloma | Sportlov | Winter holiday
autumn | Syysloma | Höstlov | Autumn holiday
easter | Pääsiäinen | Påsk | Easter
summer | Kesätauko | Sommaruppehåll | Summer break
independence | Itsenäisyyspäivä | Självständighetsdagen | Independence Day
mayday | Vappu | Första maj | May Day
""")
# language | Finnish "in that language" | names of OTHER_FORMS | sentences (no claims about cost)
OTHER_FORMS = (
    "language-cafe womens-group family-group homework-help job-seeking digital-skills".split()
)
OTHER = _table("""
ar | arabiaksi | مقهى اللغة;مجموعة النساء;نادي العائلات;المساعدة في الواجبات المدرسية;نادي البحث عن عمل;المساعدة الرقمية | مرحباً بالجميع.;نتحدث عن الحياة اليومية في فنلندا.;يساعدك المرشدون باللغة العربية.
so | somaliksi | Kafeega luqadda;Kooxda haweenka;Kooxda qoysaska;Caawinta casharrada guriga;Naadiga shaqo raadinta;Caawinta dijitaalka | Qof walba waa soo dhowyahay.;Waxaan ka hadalnaa nolosha maalinlaha ah ee Finland.;Hagayaashu waxay kaa caawinayaan af-Soomaali.
ru | venäjäksi | Языковое кафе;Женская группа;Семейный клуб;Помощь с домашними заданиями;Клуб поиска работы;Цифровая помощь | Приглашаем всех желающих.;Мы говорим о повседневной жизни в Финляндии.;Руководители помогут вам на русском языке.
uk | ukrainaksi | Мовне кафе;Жіноча група;Сімейний клуб;Допомога з домашніми завданнями;Клуб пошуку роботи;Цифрова допомога | Запрошуємо всіх охочих.;Ми говоримо про повсякденне життя у Фінляндії.;Керівники допоможуть вам українською мовою.
fa-AF | dariksi | کافه زبان;گروه زنان;گروه خانواده ها;کمک در کارخانگی مکتب;کلوپ کاریابی;کمک دیجیتالی | همه خوش آمدید.;در مورد زندگی روزمره در فنلند صحبت می کنیم.;رهنماها به زبان دری کمک می کنند.
""")
# kind[/language] | titles | summaries ({m}: a municipality)
NEWS = _table("""
news/sv | Nytt språkcafé i {m};Föreningarnas småbidrag kan sökas nu | Anmäl er verksamhet till katalogen och nå nya deltagare.
event/sv | Mångkulturell vårfest i {m};Föreningsdag i {m} | Välkommen att fira tillsammans, program för hela familjen.
training/sv | Utbildning i lättläst svenska för frivilliga | Utbildningen ger praktiska verktyg för att leda grupper.
job/sv | Koordinator för integration, {m} | Vi söker en engagerad person att utveckla lågtröskelverksamhet.
news/en | New language café opens in {m};Small grants for associations now open | List your activity in the directory and reach new participants.
event/en | Multicultural spring party in {m};Associations' day in {m} | Come and celebrate together, with a programme for the whole family.
training/en | Trauma-informed group work: a training day | A day of practical tools for staff and experienced volunteers.
job/en | Project coordinator, {m} | We are looking for a committed person to develop low-threshold activities.
news | Uusi kielikahvila aloittaa – {m};Järjestöjen pienavustusten haku on auki;Kotoutumislain muutokset ja järjestöjen rooli;Vapaaehtoisia kaivataan läksykerhoihin – {m};Kielikahviloiden kävijämäärät kasvoivat;Kevään toimintakalenteri on julkaistu – {m} | Ilmoita toimintasi hakemistoon ja tavoita uudet osallistujat.;Haku on avoinna kaikille rekisteröidyille yhdistyksille.;Muutokset koskevat erityisesti kuntien ja järjestöjen yhteistyötä.
event | Monikulttuurinen kevätjuhla – {m};Järjestöpäivä {m};Kielikahviloiden verkostotapaaminen;Maailman pakolaispäivän tapahtuma – {m};Äidinkielen päivän juhla – {m} | Tervetuloa juhlimaan yhdessä – ohjelmaa koko perheelle.;Tapaa alueen toimijat ja kuule uusista mahdollisuuksista.;Tilaisuus on avoin kaikille toiminnasta kiinnostuneille.
training | Selkokielen koulutus vapaaehtoisille;Traumatietoinen kohtaaminen ryhmätoiminnassa;Kielikahvilan vetäjän koulutus;Yhdenvertaisuus ryhmätoiminnassa;Digituen perusteet vapaaehtoisille | Koulutus antaa käytännön välineitä ryhmien ohjaamiseen.;Päivän koulutus työntekijöille ja kokeneille vapaaehtoisille.;Koulutus on maksuton järjestöjen työntekijöille ja vapaaehtoisille.
job | Kotoutumiskoordinaattori, {m};Nuorisotyöntekijä, {m};Projektityöntekijä (määräaikainen), {m};Toiminnanjohtaja, {m};Kielikahvilan ohjaaja (osa-aikainen), {m} | Haemme innostunutta tekijää kehittämään matalan kynnyksen toimintaa.;Tehtävässä pääset tukemaan Suomeen muuttaneiden arkea ja osallisuutta.
""")
# kind | name (fi, sv, en; {c}: a coined name, {m}: a municipality or county) | words for it
ORG_KINDS = _table("""
association | {c} ry | {c} rf | {c} Association | yhdistys | förening | association
foundation | {c}-säätiö sr | Stiftelsen {c} sr | {c} Foundation | säätiö | stiftelse | foundation
company | {c} Oy | {c} Ab | {c} Ltd | yritys | företag | company
educational-institution | Kansalaisopisto {c} | Medborgarinstitutet {c} | {c} Adult Education Centre | oppilaitos | läroanstalt | educational institution
other | {c}-verkosto | Nätverket {c} | {c} Network | verkosto | nätverk | network
municipality | {m} – kotoutumispalvelut | {m} – integrationstjänster | {m} integration services | kunnan palvelu | kommunal tjänst | municipal service
parish | {m} – seurakuntien kansainvälinen työ | {m} – församlingarnas internationella arbete | {m} parishes, international work | seurakuntien työmuoto | verksamhet inom församlingarna | parish activity
wellbeing-services-county | {m}, maahanmuuttajapalvelut | {m}, invandrartjänster | {m}, immigrant services | hyvinvointialueen palvelu | tjänst inom välfärdsområdet | wellbeing services county service
""")
ORG_WEIGHTS = (55, 7, 5, 8, 3, 10, 8, 4)  # in ORG_KINDS order
PUBLIC = {"municipality": "local", "parish": "local", "wellbeing-services-county": "regional"}
ABOUT_SV = "som ordnar språkcaféer, kamratgrupper och annan verksamhet för invandrare."
ABOUT_EN = "running language cafés, peer groups and other activities for immigrants."
LEVELS = {"local": ("Paikallinen", "Lokal"), "regional": ("Alueellinen", "Regional"), "national": ("Valtakunnallinen", "Riksomfattande")}  # fmt: skip
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
           "Pedersören kunta", "Luoto", "Kruunupyy", "Pietarsaari", "Raasepori", "Inkoo", "Kemiönsaari",
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


def generate(
    root: Path, activities: int = 10000, seed: int = 1, today: dt.date | None = None
) -> int:
    """Write a synthetic content repository under ``root``; return the number of files written.

    Files of the same name are overwritten; other files already there are left alone.
    """
    for folder in FOLDERS:
        (root / "content" / folder).mkdir(parents=True, exist_ok=True)
    written = 0
    for path, front, body in documents(activities, seed, today):
        text = to_yaml(front) if path.endswith(".yaml") else f"---\n{to_yaml(front)}---\n{body}\n"
        (root / "content" / path).write_bytes(text.encode("utf-8"))
        written += 1
    return written


def documents(activities: int, seed: int = 1, today: dt.date | None = None) -> Iterator[Doc]:
    """The files of a set: organisations first (activities name them), activities, news."""
    gen = _Generator(seed, today or dt.date.today())
    for i in range(max(5, round(activities / 20))):
        yield gen.organisation(i)
    for i in range(activities):
        yield gen.activity(i)
    for i in range(max(4, round(activities / 50))):
        yield gen.news(i)


# --- YAML ----------------------------------------------------------------------------------
_PLAIN = re.compile(r"[^\W\d_][\w ,.'’()/–@:-]*[\w.)/]\Z")
_RESERVED = {"y", "n", "yes", "no", "on", "off", "true", "false", "null"}


def to_yaml(data: dict[str, Any]) -> str:
    """Block-style YAML with short scalar lists and mappings in flow style, as people write it."""
    lines: list[str] = []
    for key, value in data.items():
        _value(f"{key}:", value, "  ", lines)
    return "\n".join(lines) + "\n"


def _scalar(value: Any, flow: bool = False) -> str:
    if isinstance(value, str):
        return _string(value, flow)
    if isinstance(value, bool):
        return "true" if value else "false"
    return value.isoformat() if isinstance(value, dt.date) else repr(value)


@lru_cache(maxsize=8192)  # keys, codes and short texts repeat
def _string(value: str, flow: bool) -> str:
    plain = _PLAIN.match(value) and ": " not in value and value.lower() not in _RESERVED
    if plain and not (flow and ("," in value or ":" in value)):
        return value
    return json.dumps(value, ensure_ascii=False)  # a JSON string is a YAML double-quoted one


def _flow(value: dict | list) -> str | None:
    """The flow form of a short list or mapping of short scalars, else None."""
    items, limit = (value.values(), 30) if isinstance(value, dict) else (value, 40)
    if any(isinstance(v, (dict, list)) or (isinstance(v, str) and len(v) > limit) for v in items):
        return None
    if not isinstance(value, dict):
        text = "[" + ", ".join(_scalar(v, True) for v in value) + "]"
    elif any(k in LANGS or k in OTHER for k in value):
        return None  # localised texts read best one language a line
    else:
        text = "{" + ", ".join(f"{k}: {_scalar(v, True)}" for k, v in value.items()) + "}"
    return text if len(text) <= 90 else None


def _value(head: str, value: Any, indent: str, lines: list[str]) -> None:
    flow = _flow(value) if isinstance(value, (dict, list)) else None
    if flow is not None:
        lines.append(f"{head} {flow}")
    elif isinstance(value, dict):
        lines.append(head)
        for key, item in value.items():
            _value(f"{indent}{key}:", item, indent + "  ", lines)
    elif isinstance(value, list):
        lines.append(head)
        for item in value:
            start = len(lines)
            _value(f"{indent}-", item, indent + "  ", lines)
            if lines[start] == f"{indent}-":  # a mapping in a list starts on the dash line
                lines[start : start + 2] = [f"{indent}- {lines[start + 1].lstrip()}"]
    elif (
        isinstance(value, str) and "\n" in value and value[0] not in " \n" and value[-2:] != "\n\n"
    ):
        lines.append(f"{head} |" + ("" if value.endswith("\n") else "-"))
        lines.extend(
            f"{indent}{row}" if row else "" for row in value.removesuffix("\n").split("\n")
        )
    else:
        lines.append(f"{head} {_scalar(value)}")


def _base(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")[:60].strip("-") or "item"


def _slug(text: str, taken: set[str]) -> str:
    """A file name from a title, distinct from ``taken`` (also ignoring case and accents)."""
    base = slug = _base(text)
    n = 1
    while slug in taken:
        n += 1
        slug = f"{base}-{n}"
    taken.add(slug)
    return slug


Dated = tuple[dict[str, Any], dt.date, dt.date | None]  # schedule, verified, valid_until


@dataclass(frozen=True)
class _Draft:
    """What an activity's parts are drawn from."""

    form: str
    state: str  # active, stale or ended
    m: reference.Municipality
    org: str
    main: str  # main language
    extra: str | None  # a language besides fi, sv and en
    groups: list[str]
    mode: str  # place, online or both
    district: str | None
    free: bool


def _holidays(y: int, ongoing: bool) -> list[tuple[dt.date, dt.date | None, str]]:
    """Breaks of year ``y``: first day, last day (None for one day), name."""
    week9, week42 = (dt.date.fromisocalendar(y, w, 1) for w in (9, 42))
    sunday = easter(y)
    found = [
        (dt.date(y, 12, 21), dt.date(y + 1, 1, 6), "christmas"),
        (week9, week9 + 6 * DAY, "winter"),
        (week42, week42 + 6 * DAY, "autumn"),
        (sunday - 2 * DAY, sunday + DAY, "easter"),
        (dt.date(y, 12, 6), None, "independence"),
        (dt.date(y, 5, 1), None, "mayday"),
    ]
    return found + [(dt.date(y, 6, 15), dt.date(y, 8, 9), "summer")] * ongoing


def some(**fields: Any) -> dict[str, Any]:
    """The fields that have a value: None means the key is left out."""
    return {k: v for k, v in fields.items() if v is not None}


class _Generator:
    """Draws organisations, activities and news items from one random stream."""

    def __init__(self, seed: int, today: dt.date) -> None:
        self.r = Random(seed)  # noqa: S311 - reproducible test data, not secrets
        self.today = today
        self.ref = reference.load()
        self.munis = sorted(self.ref.municipalities.values(), key=lambda m: m.code)
        self.weights = list(accumulate(m.population for m in self.munis))
        self.taken: dict[str, set[str]] = {folder: set() for folder in FOLDERS}
        self.orgs: dict[str, tuple[str, str]] = {}  # slug: (level, name)
        self.slugs: list[str] = []  # of the organisations
        self.serving: dict[str, list[str]] = {}  # municipality or region code: organisations
        self.units: set[str] = set()  # municipalities and counties that already have a service

    def chance(self, p: float) -> bool:
        return self.r.random() < p

    def maybe(self, p: float, value: Any) -> Any:
        return value if self.r.random() < p else None

    def days(self, low: int, high: int) -> dt.timedelta:
        return self.r.randint(low, high) * DAY

    def short(self, key: str, lang: str) -> str:
        return self.r.choice(SHORT[key][LANGS.get(lang, 0)])

    def pool(self, key: str, k: int | None = None) -> Any:
        return self.r.choice(POOLS[key][0]) if k is None else self.r.sample(POOLS[key][0], k)

    def municipality(self) -> reference.Municipality:
        return self.r.choices(self.munis, cum_weights=self.weights)[0]

    def main_language(self, m: reference.Municipality) -> str:
        if (m.name_fi in SWEDISH or m.region == "21") and self.chance(0.6):
            return "sv"
        return "en" if self.chance(0.04) else "fi"

    def texts(self, main: str, texts: dict[str, str]) -> str | dict[str, str]:
        """A localised text, main language first; sometimes plain when it has only that."""
        ordered = {main: texts[main]} | texts
        return ordered[main] if len(ordered) == 1 and self.chance(0.5) else ordered

    def phone(self) -> str:
        prefix = self.r.choice(("040", "044", "045", "050", "029"))
        return f"{prefix} {self.r.randint(100, 999)} {self.r.randint(1000, 9999)}"

    def address(self, m: reference.Municipality) -> dict[str, str]:
        street = f"{self.pool('streets')} {self.r.randint(1, 60)}" + " A" * self.chance(0.1)
        code = ("00" if m.code == "091" else REGIONS[m.region][2]) + str(self.r.randrange(100, 990))
        return {"street": street, "postal_code": code, "municipality": m.name_fi}

    def place(self, m: reference.Municipality, district: str | None, lang: str) -> dict[str, Any]:
        """A place in ``m``, near a point of its own (a fixed offset from its region's centre)."""
        r, address = self.r, self.address(m)
        lat, lon, _ = REGIONS[m.region]
        lat += (int(m.code) * 37 % 50 - 25) / 100 + r.uniform(-0.03, 0.03)
        lon += (int(m.code) * 53 % 100 - 50) / 100 + r.uniform(-0.05, 0.05)
        name = self.pool("places").format(x=self.pool("names")) + (
            f", {district}" if district else ""
        )
        access = some(
            step_free=self.chance(0.8),
            accessible_toilet=self.maybe(0.7, self.chance(0.6)),
            induction_loop=self.maybe(0.7, self.chance(0.6)),
            notes=self.maybe(0.15, self.short("access", lang)),
        )
        return some(
            name=self.maybe(0.85, name),
            municipality=r.choices((m.code, m.name_fi, m.name_sv), (40, 50, 10))[0],
            street_address=self.maybe(0.85, address["street"]),
            postal_code=self.maybe(0.8, address["postal_code"]),
            coordinates=self.maybe(0.7, {"lat": round(lat, 4), "lon": round(lon, 4)}),
            accessibility=self.maybe(0.5, access),
        )

    # --- texts ---------------------------------------------------------------------------
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

    def titles(self, a: _Draft) -> tuple[dict[str, str], dict[str, str]]:
        """Titles and summaries in fi, sv, en (and the extra language)."""
        r, form, m, extra, place = self.r, a.form, a.m, a.extra, a.district or a.m.name_fi
        wanted = (FOR_GROUP[g] for g in a.groups if g not in ("everyone", IMPLIED.get(form)))
        qualifier = OTHER[extra][0][0] if extra else next(wanted, "").replace("_", " ")
        stem = r.choice(FORMS[form][0]) + f" {qualifier}" * (bool(qualifier) and self.chance(0.6))
        sv, en = FORMS[form][1][0], FORMS[form][2][0]
        if a.mode == "online":
            titles = {"fi": f"{stem} verkossa", "sv": f"{sv} på nätet", "en": f"{en} online"}
        else:
            fi = r.choice(("{s} – {p}", "{s} – {p}", "{s}, {p}", "{s} {p}"))
            sv_place = a.district or m.name_sv
            titles = {
                "fi": fi.format(s=stem, p=place),
                "sv": f"{sv} – {sv_place}",
                "en": f"{en} – {place}",
            }
        tail = "free" if a.free else "paid"
        summaries = {
            "fi": f"{r.choice(FORMS[form][3])} {self.short(tail, 'fi')}",
            "sv": f"{titles['sv'].replace(' – ', ' i ')}. {self.short(tail, 'sv')}",
            "en": f"{titles['en'].replace(' – ', ' in ')}. {self.short(tail, 'en')}",
        }
        if extra:
            name = OTHER[extra][1][OTHER_FORMS.index(form)]
            titles[extra] = name if a.mode == "online" else f"{name} – {m.name_fi}"
            summaries[extra] = " ".join(r.sample(OTHER[extra][2], 2))
        return titles, summaries

    # --- schedules -----------------------------------------------------------------------
    def times(self) -> tuple[str, str]:
        h, m = self.r.choice(STARTS)
        end = h * 60 + m + self.r.choice((60, 90, 90, 120, 120, 150, 180))
        sep = "." if self.chance(0.1) else ":"
        return f"{h:02d}{sep}{m:02d}", f"{end // 60:02d}{sep}{end % 60:02d}"

    def exceptions(self, start: dt.date, end: dt.date | None, lang: str) -> list[Any]:
        """Some holidays in the season near today: single dates, or ranges with a reason."""
        low, high = max(start, (end or self.today) - 200 * DAY), end or self.today + 400 * DAY
        found = [h for y in range(low.year, high.year + 1) for h in _holidays(y, end is None)]
        chosen = sorted(
            h for h in found if low <= h[0] and (h[1] or h[0]) <= high and self.chance(0.35)
        )
        result: list[Any] = []
        for first, last, key in chosen[:5]:
            if last is None and self.chance(0.5):
                result.append(first)
            else:
                result.append(
                    some(start=first, end=last, reason=self.maybe(0.7, self.short(key, lang)))
                )
        return result

    def schedule(self, state: str, series: bool, lang: str, weekend: bool) -> Dated:
        """A schedule that is active, stale or ended today; its verified date and valid_until."""
        r, today = self.r, self.today
        start_time, end_time = self.times()
        if series:
            n, step = r.randint(2, 8), r.choice((7, 7, 14))
            span = step * (n - 1)
            first = (
                today
                + (-span - r.randint(1, 200) if state == "ended" else r.randint(-span, 60)) * DAY
            )
            notes = self.pool("topics", n) if lang == "fi" and self.chance(0.5) else [None] * n
            sessions = [
                some(date=first + k * step * DAY, start=start_time, end=end_time, note=notes[k])
                for k in range(n)
            ]
            until = self.maybe(0.5 if state == "ended" else 0.1, sessions[-1]["date"])
            return {"sessions": sessions}, min(today, first - self.days(0, 40)), until
        end: dt.date | None
        if state == "ended":
            end = today - self.days(1, 240)
            start = end - self.days(60, 300)
            verified = start + self.days(0, (end - start).days)
        elif state == "stale":  # confirmed over a year ago, still going on
            start = today - self.days(400, 1200)
            end = self.maybe(0.5, today + self.days(90, 420))
            verified = start + self.days(0, (today - start).days - 370)
        else:
            start = today + self.days(-700, 45)
            end = self.maybe(0.55, max(start, today) + self.days(90, 420))
            verified = today - self.days(0, 330)
        every = r.choices((None, 2, 4), (86, 12, 2))[0]
        days = sorted(r.sample(range(7 if weekend else 5), r.choices((1, 2, 3), (78, 19, 3))[0]))
        slots = [
            some(weekday=WEEKDAYS[d], start=start_time, end=end_time, every=every) for d in days
        ]
        schedule = some(
            season=some(start=start, end=end),
            weekly=slots,
            exceptions=self.exceptions(start, end, lang) or None,
            note=self.maybe(0.12, self.short("note", lang)),
        )
        if state == "active":
            return schedule, verified, self.maybe(0.1, end or today + self.days(30, 400))
        return schedule, verified, self.maybe(0.5 if state == "ended" else 0, end)

    # --- organisations -------------------------------------------------------------------
    def organisation(self, i: int) -> Doc:
        r = self.r
        home = self.municipality()
        county = next((c for c in self.ref.counties.values() if c.region == home.region), None)
        kinds = list(ORG_KINDS)  # every kind in any 8 organisations; the first is national
        kind = kinds[i] if i < len(kinds) else r.choices(kinds, ORG_WEIGHTS)[0]
        unit = county.code if county and kind.startswith("wellbeing") else f"{kind}:{home.code}"
        if kind in PUBLIC and (unit in self.units or (kind.startswith("wellbeing") and not county)):
            kind = "association"
        self.units.add(unit)
        level = (
            "national" if i == 0 else PUBLIC.get(kind) or r.choices(list(LEVELS), (75, 18, 7))[0]
        )
        coined = self.pool("org1") + self.pool("org2")
        coined += f" {home.name_fi}" if _base(coined) in self.taken["organisations"] else ""
        where = county if county and kind.startswith("wellbeing") else home
        names = {
            lang: ORG_KINDS[kind][n][0].format(c=coined, m=where.name(lang))
            for lang, n in LANGS.items()
        }
        slug = _slug(names["fi"] if kind in PUBLIC else coined, self.taken["organisations"])
        main = "fi" if i == 0 else self.main_language(home)
        langs = list(LANGS) if kind in PUBLIC or self.chance(0.3) else [main]
        word, does = (
            {lang: ORG_KINDS[kind][3 + n][0] for lang, n in LANGS.items()},
            self.pool("orgdo", 2),
        )
        about = {
            "fi": f"{LEVELS[level][0]} {word['fi']}, joka järjestää {does[0]} ja {does[1]}. "
            + self.pool("orgmore"),
            "sv": f"{LEVELS[level][1]} {word['sv']} {ABOUT_SV}",
            "en": f"A {level} {word['en']} {ABOUT_EN}",
        }
        markdown = self.chance(0.12)  # the main language's description is then the body
        described = {k: about[k] for k in langs if not (markdown and k == main)}
        area = [home]
        if level != "national" and kind not in PUBLIC:
            region = [m for m in self.munis if m.region == home.region and m != home]
            area += r.sample(region, min(len(region), r.randint(0, 2)))
        business = kind in ("foundation", "company") or (
            kind in ("association", "other") and self.chance(0.5)
        )
        if not described:
            description = None
        else:
            description = described if markdown else self.texts(main, described)
        municipalities = [r.choice((m.name_fi, m.name_fi, m.code, m.name_sv)) for m in area]
        region_name = r.choice((home.region, self.ref.regions[home.region].name_fi))
        front = some(
            language=main if main != "fi" or self.chance(0.1) else None,
            name=self.texts(main, {k: names[k] for k in langs}),
            description=description,
            kind=kind,
            business_id=self.business_id() if business else None,
            association_register_number=self.maybe(
                0.7 * (kind == "association"), f"9{r.randrange(100):02d}.{r.randrange(1000):03d}"
            ),
            level=level,
            municipalities=self.maybe(
                {"local": 1, "regional": 0.5, "national": 0}[level], municipalities
            ),
            regions=[region_name] if level == "regional" else None,
            languages=list(dict.fromkeys([main, "fi", *r.sample(SUPPORT, r.randint(0, 3))])),
            networks=self.maybe(0.4, self.pool("networks", r.randint(1, 2))),
            website=f"https://{slug}.example/",
            email=f"info@{slug}.example",
            phone=self.maybe(0.6, self.phone()),
            address=self.maybe(0.8, self.address(home)),
        )
        self.orgs[slug] = (level, names[main])
        self.slugs.append(slug)
        serves = {"local": [m.code for m in area], "regional": [home.region], "national": ["*"]}
        for key in serves[level]:
            self.serving.setdefault(key, []).append(slug)
        path = f"organisations/{slug}.{'md' if markdown else 'yaml'}"
        return path, front, about[main] if markdown else ""

    def business_id(self) -> str:
        """A valid business ID in the unissued 99xxxxx range."""
        while True:
            digits = f"99{self.r.randrange(100000):05d}"
            rest = sum(w * int(d) for w, d in zip((7, 9, 10, 5, 8, 4, 2), digits, strict=True)) % 11
            if rest != 1:
                return f"{digits}-{(11 - rest) % 11}"

    def organiser(self, m: reference.Municipality) -> str:
        """Mostly a local organisation, else a regional one, else a national one."""
        for key, p in ((m.code, 0.9), (m.region, 0.8), ("*", 1)):
            if key in self.serving and self.chance(p):
                return self.r.choice(self.serving[key])
        return self.r.choice(self.serving["*"])

    # --- activities ----------------------------------------------------------------------
    def activity(self, i: int) -> Doc:
        r, forms = self.r, FORM_VALUES
        form = forms[i] if i < len(forms) else r.choices(forms, FORM_WEIGHTS)[0]
        m = self.municipality()
        org = self.organiser(m)
        org_level = self.orgs[org][0]
        districts = DISTRICTS.get(m.code, "").split(";")
        a = _Draft(
            form=form,
            state="stale" if i % 20 == 3 else "ended" if i % 20 == 9 else "active",
            m=m,
            org=org,
            main=self.main_language(m),
            extra=r.choice(EXTRAS) if form in OTHER_FORMS and self.chance(0.22) else None,
            groups=self.groups(form, i),
            mode=r.choices(MODES, (40, 45, 15) if org_level == "national" else (75, 12, 13))[0],
            district=self.maybe(0.6, r.choice(districts)) or None,
            free=self.chance(0.85),
        )
        titles, summaries = self.titles(a)
        main, slug = a.main, _slug(titles[a.main], self.taken["activities"])
        url = f"https://{org}.example/{slug}"
        langs = [*(LANGS if self.chance(0.35) else [main]), *([a.extra] if a.extra else [])]
        level = r.choice(("local", org_level))
        if org_level == "national":
            level = "national" if a.mode == "online" else "local"
        series = a.state != "stale" and self.chance(0.35 if form in SERIES_FORMS else 0.05)
        weekend = form in WEEKEND_FORMS or self.chance(0.1)
        schedule, verified, until = self.schedule(a.state, series, main, weekend)
        partners = [o for o in r.sample(self.slugs, 3) if o != org][: r.randint(1, 2)]
        second = r.choice([f for f in forms if f != form])
        front = some(
            language=main if main != "fi" or self.chance(0.05) else None,
            title=self.texts(main, {k: titles[k] for k in langs}),
            summary=self.texts(main, {k: summaries[k] for k in langs}),
            description={k: self.translation(k, form) for k in langs if k != main} or None,
            organisation=org,
            partners=self.maybe(0.12, partners),
            forms=[form, second] if self.chance(0.2) else [form],
            category=r.choices(CATEGORIES, (55, 40, 5) if form != "volunteering" else (0, 0, 1))[0],
            phases=r.sample(PHASES, r.choice((0, 0, 1, 1, 2))) or None,
            level=level if level != "local" or self.chance(0.3) else None,
            target_groups=a.groups,
            age=self.age(a.groups),
            **self.languages(a),
            locations=self.locations(a),
            online=self.online(a, slug),
            schedule=schedule,
            **self.taking_part(a, url, schedule.get("sessions")),
            keywords=self.pool("keywords", r.choice((0, 0, 1, 2, 3))) or None,
            verified=verified,
            valid_until=until,
        )
        lead = r.sample(FORMS[form][3], 3) if main == "fi" else []
        body = self.body(main, lead, url, int(r.triangular(300, 2000, 650)))
        return f"activities/{slug}.md", front, body

    def locations(self, a: _Draft) -> list[dict[str, Any]] | None:
        if a.mode == "online":
            return None
        return [self.place(a.m, a.district, a.main) for _ in range(1 + self.chance(0.08))]

    def online(self, a: _Draft, slug: str) -> dict[str, str] | None:
        link = self.maybe(0.7, f"https://meet.example/{slug}")
        instructions = self.short("online", a.main)
        if a.mode == "place":
            return None
        return some(link=link, instructions=instructions if not link or self.chance(0.4) else None)

    def groups(self, form: str, i: int) -> list[str]:
        r, every = self.r, GROUPS
        groups = [IMPLIED.get(form) or ("everyone" if self.chance(0.55) else r.choice(every))]
        groups += [r.choice(every)] if self.chance(0.25) else []
        groups += [every[i]] if i < len(every) else []  # each target group is in any 14 activities
        return list(dict.fromkeys(groups))

    def age(self, groups: list[str]) -> dict[str, int] | None:
        r = self.r
        if "young-people" in groups:
            return {"min": 13, "max": r.choice((17, 20, 25, 29))}
        if "children" in groups and "families" not in groups:
            return {"min": r.choice((6, 7)), "max": r.choice((12, 15))}
        if "young-adults" in groups:
            return {"min": 18, "max": 29}
        if "seniors" in groups:
            return {"min": r.choice((60, 63, 65))}
        return self.maybe(0.05, {"min": 18})

    def languages(self, a: _Draft) -> dict[str, Any]:
        r, form = self.r, a.form
        spoken = [a.main]
        if a.extra or form.startswith("language"):
            spoken = [a.extra or ("sv" if a.main == "sv" else "fi")]
        spoken = list(dict.fromkeys(spoken + ["fi"] * self.chance(0.2)))
        needed = r.choices(("none", "basic", "intermediate", "fluent"), (50, 30, 15, 5))[0]
        if form.startswith("language"):
            course = form == "language-course"
            needed = r.choice(("none", "basic") if course else ("basic", "intermediate"))
        support = [c for c in r.sample(SUPPORT, r.randint(1, 3)) if c not in spoken] or ["en"]
        return some(
            languages=spoken,
            language_level=needed if needed != "none" or self.chance(0.5) else None,
            support_languages=self.maybe(0.45, support),
        )

    def taking_part(self, a: _Draft, url: str, sessions: list[dict] | None) -> dict[str, Any]:
        """Cost, registration, capacity, referrals, childcare and contact."""
        r, main, org = self.r, a.main, a.org
        ways = {
            "link": f"{url}/ilmoittaudu",
            "email": f"ilmoittautuminen@{org}.example",
            "phone": self.phone(),
            "instructions": self.short("register", main),
        }
        registration: dict[str, Any] = {"required": self.chance(0.7 if sessions else 0.25)}
        if registration["required"]:
            registration |= dict(r.sample(list(ways.items()), r.randint(1, 2)))
            if sessions:
                registration["deadline"] = sessions[0]["date"] - self.days(1, 7)
        capacity = r.choices(CAPACITIES, (75, 10, 8, 7))[0]
        accepted = self.chance(0.75)
        instructions = self.maybe(0.4 * accepted, self.short("referral", main))
        mailbox = r.choice(("info", "toiminta", "ryhmat", "vapaaehtoiset", "neuvonta"))
        return some(
            cost={"free": True} if a.free else {"free": False, "fee": self.short("fee", main)},
            registration=registration,
            capacity=capacity if capacity != "open" or self.chance(0.5) else None,
            referrals=some(accepted=accepted, instructions=instructions),
            childcare=self.maybe(0.3 if a.form in ("family-group", "womens-group") else 0.08, True),
            contact=some(
                name=self.maybe(0.6, self.short("role", main)),
                email=f"{mailbox}@{org}.example",
                phone=self.maybe(0.4, self.phone()),
                link=self.maybe(0.2, url),
            ),
        )

    # --- news ----------------------------------------------------------------------------
    def news(self, i: int) -> Doc:
        r = self.r
        kind = ("news", "event", "training", "job")[i % 4]
        lang = "sv" if self.chance(0.08) else "en" if self.chance(0.06) else "fi"
        key = kind if lang == "fi" else f"{kind}/{lang}"
        m, org = self.municipality(), r.choice(self.slugs)
        title = r.choice(NEWS[key][0]).format(m=m.name(lang))
        slug = _slug(title, self.taken["news"])
        date = self.today - self.days(0, 400)
        front = some(kind=kind, language=lang if lang != "fi" else None, title=title, date=date)
        front["summary"] = r.choice(NEWS[key][1])
        if kind in ("event", "training"):
            day, hour = date + self.days(7, 120), r.choice((9, 10, 13, 17, 18))
            place = self.maybe(0.75, self.place(m, None, lang))
            registration = {"required": True, "email": f"tapahtumat@{org}.example"}
            front |= some(
                start=f"{day} {hour:02d}:{r.choice(('00', '30'))}",
                end=self.maybe(0.8, f"{day} {hour + r.choice((2, 3, 4, 5)):02d}:00"),
                place=place,
                online={"link": f"https://meet.example/{slug}"}
                if self.chance(0.2) or not place
                else None,
                audience=r.sample(AUDIENCES, r.randint(1, 2)),
                registration=self.maybe(0.6, registration | {"deadline": day - self.days(2, 10)}),
            )
        if kind == "job":
            employer = org if self.chance(0.8) else self.orgs[org][1]
            front |= {"employer": employer, "deadline": date + self.days(14, 45)}
            front["link"] = f"https://{org}.example/rekry"
        elif self.chance(0.4):
            front["link"] = f"https://{org}.example/ajankohtaista"
        pool, size = "news" if lang == "fi" else "", int(r.triangular(300, 1500, 600))
        return f"news/{slug}.md", front, self.body(lang, [], f"https://{org}.example/", size, pool)
