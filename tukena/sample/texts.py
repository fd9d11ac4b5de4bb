"""The text pools synthetic content is drawn from: real sentences, titles and names.

Tables are written as rows ``key | a;b | c`` and read by :func:`table`.
"""

from __future__ import annotations


def table(text: str) -> dict[str, list[list[str]]]:
    """Rows ``key | a;b | c`` as ``{key: [[a, b], [c]]}``."""
    rows = (line.split(" | ") for line in text.strip().splitlines())
    return {key.strip(): [f.strip().split(";") for f in fields] for key, *fields in rows}


FORMS = table("""
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
POOLS = table("""
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
SHORT = table("""
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
OTHER = table("""
ar | arabiaksi | مقهى اللغة;مجموعة النساء;نادي العائلات;المساعدة في الواجبات المدرسية;نادي البحث عن عمل;المساعدة الرقمية | مرحباً بالجميع.;نتحدث عن الحياة اليومية في فنلندا.;يساعدك المرشدون باللغة العربية.
so | somaliksi | Kafeega luqadda;Kooxda haweenka;Kooxda qoysaska;Caawinta casharrada guriga;Naadiga shaqo raadinta;Caawinta dijitaalka | Qof walba waa soo dhowyahay.;Waxaan ka hadalnaa nolosha maalinlaha ah ee Finland.;Hagayaashu waxay kaa caawinayaan af-Soomaali.
ru | venäjäksi | Языковое кафе;Женская группа;Семейный клуб;Помощь с домашними заданиями;Клуб поиска работы;Цифровая помощь | Приглашаем всех желающих.;Мы говорим о повседневной жизни в Финляндии.;Руководители помогут вам на русском языке.
uk | ukrainaksi | Мовне кафе;Жіноча група;Сімейний клуб;Допомога з домашніми завданнями;Клуб пошуку роботи;Цифрова допомога | Запрошуємо всіх охочих.;Ми говоримо про повсякденне життя у Фінляндії.;Керівники допоможуть вам українською мовою.
fa-AF | dariksi | کافه زبان;گروه زنان;گروه خانواده ها;کمک در کارخانگی مکتب;کلوپ کاریابی;کمک دیجیتالی | همه خوش آمدید.;در مورد زندگی روزمره در فنلند صحبت می کنیم.;رهنماها به زبان دری کمک می کنند.
""")
# kind[/language] | titles | summaries ({m}: a municipality)
NEWS = table("""
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
ORG_KINDS = table("""
association | {c} ry | {c} rf | {c} Association | yhdistys | förening | association
foundation | {c}-säätiö sr | Stiftelsen {c} sr | {c} Foundation | säätiö | stiftelse | foundation
company | {c} Oy | {c} Ab | {c} Ltd | yritys | företag | company
educational-institution | Kansalaisopisto {c} | Medborgarinstitutet {c} | {c} Adult Education Centre | oppilaitos | läroanstalt | educational institution
other | {c}-verkosto | Nätverket {c} | {c} Network | verkosto | nätverk | network
municipality | {m} – kotoutumispalvelut | {m} – integrationstjänster | {m} integration services | kunnan palvelu | kommunal tjänst | municipal service
parish | {m} – seurakuntien kansainvälinen työ | {m} – församlingarnas internationella arbete | {m} parishes, international work | seurakuntien työmuoto | verksamhet inom församlingarna | parish activity
wellbeing-services-county | {m}, maahanmuuttajapalvelut | {m}, invandrartjänster | {m}, immigrant services | hyvinvointialueen palvelu | tjänst inom välfärdsområdet | wellbeing services county service
""")
ABOUT_SV = "som ordnar språkcaféer, kamratgrupper och annan verksamhet för invandrare."
ABOUT_EN = "running language cafés, peer groups and other activities for immigrants."
LEVELS = {"local": ("Paikallinen", "Lokal"), "regional": ("Alueellinen", "Regional"), "national": ("Valtakunnallinen", "Riksomfattande")}  # fmt: skip
