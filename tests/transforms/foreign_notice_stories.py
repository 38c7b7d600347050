"""Invented stories in the languages of the site notices abroad (stop 37), to insert lines into.

Written for these tests: short news stories of five paragraphs each, on invented places and
people, in Norwegian, Danish, Finnish, Romanian, Turkish, Hungarian, Czech, Greek, Indonesian
and Portuguese (the Swedish, Dutch, Polish, Italian and Spanish ones come from the tests of
the site's calls and service lines).
"""

from __future__ import annotations

from tests.transforms.inserted_lines import Story
from tests.transforms.test_site_calls_abroad import STORIES as CALL_STORIES

NB = Story(
    "Kommunen stenger to skoler etter fuktskader",
    "Elevene flyttes til midlertidige lokaler fra mandag",
    (
        "Bygningsetaten fant omfattende fuktskader i både Nordby skole og Haugen skole under en "
        "rutinemessig kontroll i oktober, opplyser kommunen.",
        "Rundt 600 elever skal fra mandag undervises i brakker ved idrettsparken, og foreldrene får "
        "informasjon om skoleskyss i løpet av helgen.",
        "– Vi kan ikke ta sjansen på at barna blir syke av inneklimaet, sier kommunaldirektør Åse Lindvik "
        "til avisen.",
        "Utbedringen er anslått å koste om lag 40 millioner kroner, og arbeidet skal etter planen være "
        "ferdig før neste skoleår.",
        "Foreldrerådet ved Nordby skole mener kommunen burde ha oppdaget skadene for flere år siden.",
    ),
    "https://fjordposten.example/nyheter/skoler-stenges",
)
DA = Story(
    "Færgeruten til Sejerø indstilles i tre uger",
    "Færgen skal på værft, og øboerne må klare sig med en mindre båd",
    (
        "Kommunen har besluttet at sende færgen på værft fra den 3. marts, efter at et eftersyn viste "
        "rustskader på bildækket, oplyser kommunen.",
        "I perioden sejler en mindre passagerbåd fire gange om dagen, men den kan ikke tage biler eller "
        "større varer med.",
        "– Det bliver svært for de landmænd, der skal have foder over, siger formanden for øens "
        "beboerforening, Karen Holm.",
        "Kommunen har lovet at hjælpe med særlige transporter af varer og dyr, hvis der opstår behov "
        "for det.",
        "Reparationen forventes at koste omkring to millioner kroner og betales af færgeselskabet.",
    ),
    "https://vestkysten.example/lokalt/faergen-pa-vaerft",
)
FI = Story(
    "Kaupunki sulkee uimahallin remontin ajaksi",
    "Uimarit ohjataan naapurikuntien halleihin vuoden ajaksi",
    (
        "Kaupunginhallitus päätti maanantaina, että keskustan uimahalli suljetaan huhtikuun alussa "
        "laajan peruskorjauksen vuoksi.",
        "Remontin arvioidaan maksavan noin 12 miljoonaa euroa, ja hallin on määrä avautua uudelleen "
        "seuraavan vuoden kesäkuussa.",
        "– Halli on palvellut kaupunkilaisia yli neljäkymmentä vuotta, ja putkisto on tullut tiensä "
        "päähän, sanoo liikuntajohtaja Mikko Salonen.",
        "Koulujen uimaopetus siirretään naapurikunnan halliin, ja kaupunki järjestää oppilaille "
        "bussikuljetuksen.",
        "Uimaseurat ovat huolissaan siitä, riittävätkö naapurikuntien vuorot kaikille harrastajille.",
    ),
    "https://sanomat.example/kotimaa/uimahalli-suljetaan",
)
RO = Story(
    "Primăria închide podul de pe strada Morii pentru reparații",
    "Traficul va fi deviat pe două rute ocolitoare timp de patru luni",
    (
        "Lucrările de reparație la podul de pe strada Morii vor începe luni dimineață, a anunțat "
        "primăria, după ce o expertiză a arătat fisuri grave în structură.",
        "Șoferii vor fi nevoiți să ocolească prin cartierul Grădiniţei, iar autobuzele liniei 14 vor "
        "circula pe un traseu modificat.",
        "„Nu putem risca siguranța oamenilor, podul trebuie reparat acum”, a declarat viceprimarul "
        "Andrei Popescu.",
        "Costul lucrărilor este estimat la 8 milioane de lei, bani care vin din bugetul local și dintr-un "
        "fond european.",
        "Localnicii se plâng că rutele ocolitoare sunt deja aglomerate la orele de vârf.",
    ),
    "https://ziarullocal.example/stiri/podul-morii",
)
TR = Story(
    "Belediye sahil yolunu yayalara açıyor",
    "Yaz boyunca hafta sonları araç trafiğine kapalı olacak",
    (
        "Belediye meclisi, sahil yolunun haziran ayından itibaren hafta sonları yalnızca yayalara ve "
        "bisikletlilere açık olmasına karar verdi.",
        "Karar, esnafın bir kısmı tarafından memnuniyetle karşılanırken, bazı işletme sahipleri müşteri "
        "kaybından endişe ediyor.",
        "Belediye başkan yardımcısı Ayşe Demir, uygulamanın trafiği ve gürültüyü azaltacağını söyledi.",
        "Sahil yoluna ulaşım için ek otobüs seferleri konulacak ve iki yeni otopark açılacak.",
        "Uygulamanın sonuçları yaz sonunda değerlendirilecek ve gerekirse kalıcı hale getirilecek.",
    ),
    "https://kentgazetesi.example/haber/sahil-yolu",
)
HU = Story(
    "Lezárják a belváros főutcáját a felújítás idejére",
    "A buszok három hónapig kerülő úton járnak",
    (
        "A városi közgyűlés csütörtökön döntött arról, hogy áprilistól lezárják a főutcát, mert a "
        "csatornahálózat és a burkolat is felújításra szorul.",
        "A munkálatok várhatóan 900 millió forintba kerülnek, amelynek nagy részét uniós pályázatból "
        "fedezik.",
        "„Tudjuk, hogy ez nehéz lesz a boltoknak, de a csövek több mint hatvan évesek” – mondta "
        "Kovács Péter alpolgármester.",
        "A helyi járatok a felújítás ideje alatt a Petőfi utcán közlekednek, a megállók ideiglenesen "
        "áthelyeződnek.",
        "A belvárosi kereskedők egyesülete kártérítést kér a várható forgalomkiesés miatt.",
    ),
    "https://megyeihirlap.example/helyi/foutca-lezaras",
)
CS = Story(
    "Město uzavře plavecký bazén kvůli rekonstrukci",
    "Plavci budou půl roku jezdit do sousední obce",
    (
        "Zastupitelstvo ve čtvrtek schválilo rekonstrukci krytého bazénu, který bude od dubna na půl "
        "roku uzavřen, oznámila radnice.",
        "Oprava za zhruba 60 milionů korun zahrnuje nové rozvody vody, vzduchotechniku i zateplení "
        "celé budovy.",
        "„Bazén je starý přes čtyřicet let a technologie dosluhuje,“ uvedl místostarosta Petr Novák.",
        "Školní výuka plavání se po dobu oprav přesune do bazénu v sousední obci, kam budou děti vozit "
        "autobusy.",
        "Plavecký oddíl se obává, že část dětí během přestávky s plaváním skončí.",
    ),
    "https://mestskelisty.example/zpravy/bazen-rekonstrukce",
)
EL = Story(
    "Κλειστός για έργα ο παραλιακός δρόμος της πόλης",
    "Οι εργασίες θα διαρκέσουν τουλάχιστον τρεις μήνες",
    (
        "Ο δήμος ανακοίνωσε ότι ο παραλιακός δρόμος θα παραμείνει κλειστός από τη Δευτέρα, καθώς "
        "ξεκινούν εργασίες αντικατάστασης του δικτύου ύδρευσης.",
        "Το κόστος του έργου ανέρχεται σε περίπου 2 εκατομμύρια ευρώ και χρηματοδοτείται από "
        "ευρωπαϊκά κονδύλια.",
        "«Ο αγωγός είναι πάνω από πενήντα ετών και έσπαγε συνεχώς», δήλωσε ο αντιδήμαρχος Νίκος "
        "Παπαδόπουλος.",
        "Τα λεωφορεία θα κινούνται από την οδό Ερμού, ενώ οι στάσεις θα μεταφερθούν προσωρινά.",
        "Οι καταστηματάρχες της περιοχής ζητούν μείωση των δημοτικών τελών για όσο διαρκούν τα έργα.",
    ),
    "https://topikanea.example/eidiseis/paraliakos-dromos",
)
ID = Story(
    "Pemkot tutup jembatan tua untuk perbaikan",
    "Pengendara diminta melewati jalur alternatif selama tiga bulan",
    (
        "Pemerintah kota menutup jembatan di Jalan Merdeka mulai Senin setelah pemeriksaan menemukan "
        "retakan pada tiang penyangganya.",
        "Perbaikan jembatan diperkirakan menelan biaya sekitar Rp 15 miliar dan ditargetkan selesai "
        "sebelum musim hujan.",
        '"Kami tidak mau mengambil risiko, keselamatan warga nomor satu," kata Kepala Dinas Pekerjaan '
        "Umum, Budi Santoso.",
        "Angkutan kota akan dialihkan melalui Jalan Sudirman, dan petugas disiagakan di setiap persimpangan.",
        "Para pedagang di sekitar jembatan khawatir pendapatan mereka turun selama penutupan.",
    ),
    "https://kabarkota.example/berita/jembatan-ditutup",
)
PT = Story(
    "Câmara fecha piscina municipal para obras de remodelação",
    "Os utentes vão ser encaminhados para as piscinas do concelho vizinho",
    (
        "A piscina municipal vai fechar a partir de segunda-feira para obras que deverão durar seis "
        "meses, anunciou a câmara.",
        "A intervenção, orçada em cerca de dois milhões de euros, inclui a substituição de toda a "
        "canalização e do sistema de aquecimento.",
        '"A piscina tem mais de trinta anos e já não era possível adiar a obra", afirmou o vereador '
        "do desporto, Rui Marques.",
        "As aulas de natação das escolas passam para o concelho vizinho, com transporte assegurado pela "
        "autarquia.",
        "Os clubes de natação queixam-se de que os horários disponíveis não chegam para todos os atletas.",
    ),
    "https://jornaldaregiao.example/local/piscina-obras",
)
STORIES: dict[str, Story] = {
    **{key: CALL_STORIES[key] for key in ("sv", "nl", "pl", "it", "es", "de", "fr", "en")},
    "nb": NB,
    "da": DA,
    "fi": FI,
    "ro": RO,
    "tr": TR,
    "hu": HU,
    "cs": CS,
    "el": EL,
    "id": ID,
    "pt": PT,
}
