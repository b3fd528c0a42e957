# Hrvatski. Complete: every message of en.ftl is translated.
# Its messages are those of sr-Latn.ftl in Croatian (ijekavian, Croatian words and syntax): a new message belongs in both.

## Odabir jezika

pick-language =
    Dobro došli u Active Citizens! 👋
    Choose your language · Zgjidhni gjuhën · Izaberite jezik · Изберете јазик
language-pick = Odaberite jezik:
language-set = Gotovo: razgovarat ću s vama na jeziku { $language }.

## Registracija

privacy-notice-points =
    • Čuvamo vaše ime, godinu rođenja, spol (ako ga želite navesti), državu, mjesto, organizaciju (po želji), grupu i jezik.
    • Tim programa Active Citizens koristi ih samo za provedbu programa: podsjetnike za sesije, povratne informacije i anonimnu statistiku. Nikada ne objavljujemo vaše ime i ne dajemo vaše podatke nikome drugome.
    • /mydata prikazuje sve što čuvamo; /delete to briše u bilo kojem trenutku.
    • Za vaše podatke odgovoran je (voditelj obrade): { $controller }. Pitanja i zahtjevi: { $contact }.
    • Vaše podatke brišemo { $retention_days } dana nakon vaše posljednje aktivnosti ovdje ili ranije ako to zatražite.
reg-consent =
    Prije nego što počnemo, evo kako koristimo vaše podatke (obavijest o privatnosti, verzija { $version }):
    { privacy-notice-points }
    Slažete li se?
btn-agree = Slažem se
btn-decline = Ne slažem se
reg-declined = U redu. Bez vaše suglasnosti ne možemo vas registrirati i ništa nismo spremili. Ako se predomislite, dodirnite "Počni ponovno".
btn-start-again = Počni ponovno
reg-name = Kako se zovete? (ime koje želite da tim programa koristi, { $min }–{ $max ->
        [one] { $max } znak
        [few] { $max } znaka
       *[other] { $max } znakova
    })
reg-birth-year = Koje ste godine rođeni? Napišite četiri znamenke, npr. 2005. (Pitamo samo za godinu, ne za datum.)
reg-gender = Kojeg ste spola?
gender-female = Žensko
gender-male = Muško
gender-other = Drugo
gender-undisclosed = Ne želim reći
reg-country = U kojoj državi živite?
country-AL = Albanija
country-BA = Bosna i Hercegovina
country-XK = Kosovo
country-ME = Crna Gora
country-MK = Sjeverna Makedonija
country-RS = Srbija
country-OTHER = Drugo
reg-guardian =
    Budući da možda imate manje od { $consent_age } godina, potrebna je i suglasnost roditelja ili skrbnika. Kada se registrirate, dobit ćete poveznicu koju im šaljete: oni je otvaraju u svojem Telegramu i potvrđuju. (Ako ne koriste Telegram, vaš facilitator može potvrditi obrazac koji su potpisali.)
btn-guardian-not-yet = Ne sada
reg-guardian-needed = Nema problema. Razgovarajte s roditeljem ili skrbnikom i dodirnite "Počni ponovno" kada budete spremni. Ništa nismo spremili.
reg-municipality = U kojoj općini ili mjestu živite?
reg-organisation = Kojoj organizaciji, školi ili grupi pripadate? Dodirnite "Preskoči" ako nijednoj.
btn-skip = Preskoči
reg-cohort = Koji je kôd vaše grupe? Daje vam ga facilitator (nalazi se i u QR kôdu radionice).
btn-no-code = Nemam kôd
reg-cohort-link-unknown = Kôd u vašoj poveznici ({ $code }) nije nam poznat.
reg-done =
    Hvala, { $name }! Registrirani ste za Active Citizens. 🎉
    Što sada možete:
    • /sessions: vaše sljedeće sesije i dolazite li
    • /recommend: pošaljite preporuku za Samit zapadnog Balkana
    • /profile: pogledajte ili promijenite svoje podatke
    • /language: promijenite jezik
    • /mydata: pogledajte sve što čuvamo o vama
    • /help: sve naredbe
    Ovdje ćete dobivati podsjetnike prije svojih sesija.

## Odgovori koje treba ponoviti

invalid-text-empty = Molimo napišite odgovor kao tekst.
invalid-text-too-short = To je prekratko: napišite najmanje { $min ->
        [one] { $min } znak
        [few] { $min } znaka
       *[other] { $min } znakova
    }.
invalid-text-too-long = To je predugačko: najviše { $max ->
        [one] { $max } znak
        [few] { $max } znaka
       *[other] { $max } znakova
    }, molim.
invalid-text-no-letters = Molimo napišite to slovima.
invalid-text-unprintable = Molimo napišite to bez kontrolnih znakova i znakova za smjer teksta.
invalid-birth-year-format = Molimo napišite godinu rođenja s četiri znamenke, npr. 2005.
invalid-birth-year-range = Program je namijenjen osobama od { $min } do { $max } { $max ->
        [one] godine
        [few] godine
       *[other] godina
    }. Molimo provjerite godinu rođenja.
invalid-cohort-format = Kôd grupe ima 2–32 slova, znamenke ili crtice, kao TIRANA-2026. Molimo provjerite ga.
invalid-cohort-unknown = Ne poznajemo kôd grupe { $code }. Provjerite ga s facilitatorom ili dodirnite "Nemam kôd".
cohort-not-found = Ne postoji grupa s kôdom { $code }. Molimo provjerite kôd; nove se grupe dodaju iz naredbenog retka (cohorts add).
use-buttons = Molimo odaberite jedan od gumba.
text-expected = Ovdje mogu pročitati samo tekst. Molimo upišite odgovor.

## Izvan dijaloga

nontext-idle = Razumijem tekstualne poruke i gumbe. /help prikazuje što mogu.
idle-text = Nisam siguran što mislite. /help prikazuje što mogu.
idle-not-registered = Bok! Pošaljite /start da biste se registrirali za Active Citizens.
unknown-command = Ne poznajem naredbu { $command }. /help prikazuje naredbe.
whoami = Vaš Telegram ID: { $id }
help =
    Active Citizens bot: naredbe
    /start: registrirajte se ili se pridružite grupi pomoću kôda
    /sessions: vaše sljedeće sesije i dolazite li
    /feedback: upitnici o vašim nedavnim sesijama
    /recommend: pošaljite preporuku za Samit zapadnog Balkana
    /recommendations: čitajte i podržite objavljene preporuke
    /profile: pogledajte ili promijenite svoje podatke
    /language: promijenite jezik
    /mydata: sve što čuvamo o vama
    /delete: izbrišite svoje podatke
    /mute, /unmute: isključite ili uključite obavijesti i podsjetnike
    /cancel: prekinite ono što radite
busy-finish-first = Završimo prvo ovo: odgovorite na pitanje ispod ili pošaljite /cancel za prekid.
cancelled = Prekinuto. Ništa nije promijenjeno.
nothing-to-cancel = Nema se što prekinuti.
welcome-back = Dobro došli natrag, { $name }! /help prikazuje što možete.
cohort-joined = Sada ste u grupi { $cohort }.
cohort-unknown = Ne poznajemo kôd grupe { $code }. Molimo provjerite ga s facilitatorom.
cohort-already = Već ste u grupi { $cohort }.
cohort-move-ask = U grupi ste { $current }. Želite li prijeći u { $cohort }? Podsjetnici će tada biti za njezine sesije. Ako ne, ne morate ništa učiniti.
btn-cohort-move = Prijeđite u { $cohort }
not-registered = Još niste registrirani. Pošaljite /start za registraciju.

## Profil i vaši podaci

profile-card =
    Vaš profil
    Ime: { $name }
    Godina rođenja: { $birth_year }
    Spol: { $gender }
    Država: { $country }
    Općina: { $municipality }
    Organizacija: { $organisation }
    Grupa: { $cohort }
    Dodirnite gumb da nešto promijenite.
btn-edit-name = Ime
btn-edit-birth-year = Godina rođenja
btn-edit-gender = Spol
btn-edit-country = Država
btn-edit-municipality = Općina
btn-edit-organisation = Organizacija
btn-edit-cohort = Grupa
btn-edit-done = Gotovo
profile-saved = Spremljeno.
profile-not-saved = Ništa nije promijenjeno: za to je potrebna suglasnost roditelja ili skrbnika.
value-none = nema
mydata-none = Ne čuvamo ništa o vama osim toga dokle ste stigli u ovom razgovoru. Pošaljite /start za registraciju.
mydata =
    Sve što čuvamo o vama:
    Telegram ID: { $telegram_id }
    Jezik: { $language }
    Ime: { $name }
    Godina rođenja: { $birth_year }
    Spol: { $gender }
    Država: { $country }
    Općina: { $municipality }
    Organizacija: { $organisation }
    Grupa: { $cohort }
    Suglasnost s obavijesti o privatnosti: { $consent_at } (verzija { $privacy_version })
    Suglasnost roditelja ili skrbnika: { $guardian }
    Status: { $status }
    Registrirani: { $registered_at }
    Posljednja izmjena: { $updated_at }
    /delete briše sve to.
guardian-not-needed = nije potrebna
participant-status-active = aktivan
participant-status-blocked = nedostupan (Telegram nam je javio da ste blokirali bota; kada mu ponovno pišete, to se ukida)
delete-confirm = Da izbrišemo sve što čuvamo o vama? To se ne može poništiti; da biste ponovno sudjelovali, morali biste se ponovno registrirati.
btn-delete-yes = Da, izbriši moje podatke
btn-delete-no = Ne, zadrži ih
deleted = Vaši su podaci izbrisani. Hvala što ste sudjelovali u Active Citizens. Pošaljite /start ako se želite vratiti.
delete-kept = Ništa nije izbrisano.
nothing-stored = Ne čuvamo nikakve podatke o vama, pa se nema što izbrisati.

## Obavijesti i pogreške

stale-button = Ovaj gumb više nije aktivan.
state-lost = Oprostite, izgubio sam nit razgovora nakon ažuriranja. Nastavimo odavde.
error-apology = Oprostite, nešto nije u redu kod nas. Molimo pokušajte ponovno za minutu.
group-pointer = Radim samo u privatnim porukama: otvorite https://t.me/{ $bot } i pritisnite Start.

## Izbornik naredbi

cmd-start = Registracija ili pridruživanje grupi
cmd-help = Što mogu učiniti
cmd-profile = Pogledajte ili promijenite podatke
cmd-language = Promjena jezika
cmd-mydata = Sve što čuvamo o vama
cmd-delete = Brisanje vaših podataka
cmd-cancel = Prekid onoga što radite

## Sesije, potvrde dolaska i prijava na licu mjesta

sessions-no-cohort = Još niste u grupi. Iskoristite poveznicu ili QR kôd od facilitatora ili pošaljite /start s kôdom grupe (npr. /start TIRANA-2026).
sessions-none = Još nema predstojećih sesija za vašu grupu. Dobit ćete podsjetnik kada se neka zakaže.
sessions-header = Vaše sljedeće sesije:
session-label = { $when } · { $title }
session-line =
    { $n }. { $title }
    🕒 { $when }
    📍 { $location }
    Vaš odgovor: { $answer }
rsvp-coming = dolazim
rsvp-not-coming = ne mogu doći
rsvp-none = još bez odgovora
btn-coming = Dolazim
btn-not-coming = Ne mogu doći
btn-coming-n = { $n }: Dolazim
btn-not-coming-n = { $n }: Ne dolazim
rsvp-saved-coming = Spremljeno: dolazite. Vidimo se!
rsvp-saved-not-coming = Spremljeno: ne možete doći. Hvala što ste javili.
rsvp-closed = Ova je sesija već počela.
rsvp-not-member = Ova je sesija za drugu grupu.
session-gone = Ova je sesija otkazana ili više ne postoji.
location-tba = mjesto će biti naknadno objavljeno
checkin-unknown = Ovaj kôd za prijavu nije poznat. Molimo ponovno skenirajte QR kôd na mjestu održavanja.
checkin-register-first = Molimo prvo se registrirajte (pošaljite /start), pa ponovno skenirajte kôd za prijavu.
checkin-not-member = Ova je prijava za sesiju druge grupe. Pitajte facilitatora trebate li biti u njoj.
checkin-cancelled = Sesija { $title } je otkazana.
checkin-too-early = Prijava za { $title } otvara se { $minutes ->
        [one] { $minutes } minutu
        [few] { $minutes } minute
       *[other] { $minutes } minuta
    } prije početka ({ $when }).
checkin-over = Sesija { $title } je završila: prijava je zatvorena.
checkin-already = Već ste prijavljeni za { $title }.
checkin-done = Dobro došli! Prijavljeni ste za { $title }.
reminder =
    Podsjetnik: { $title }
    🕒 { $when }
    📍 { $location }
    Dolazite li?
session-changed =
    Izmjena sesije vaše grupe: { $title }
    🕒 sada { $when }
    📍 { $location }
session-cancelled = Sesija { $title } ({ $when }) je otkazana. Ispričavamo se zbog promjene!
muted = Obavijesti su isključene, kao i podsjetnici za sesije. Pošaljite /unmute kako biste ih ponovno uključili.
unmuted = Obavijesti i podsjetnici ponovno su uključeni.
cmd-sessions = Vaše sljedeće sesije
cmd-mute = Isključite obavijesti
cmd-unmute = Uključite obavijesti

## Facilitatori: /newsession

not-allowed = Oprostite, ta je naredba za facilitatore i organizatore.
not-allowed-organisers = Oprostite, ta je naredba za organizatore.
translators-only = Oprostite, ta je naredba za organizatore i prevoditelje.
right-lost = Vaša uloga to više ne dopušta, pa ništa nije učinjeno. /help pokazuje što sada možete.
ns-cohort-pick = Nova sesija. Za koju grupu?
ns-cohort-type = Nova sesija. Upišite kôd grupe (npr. TIRANA-2026):
ns-title = Koji je naslov sesije?
ns-module = Koji je to modul obuke?
module-identity-culture = Identitet i kultura
module-intercultural-dialogue = Interkulturalni dijalog
module-local-global-communities = Lokalne i globalne zajednice
module-social-action = Planiranje društvene akcije
btn-no-module = Ništa od navedenog
ns-starts = Kada počinje? Napišite datum i lokalno vrijeme ({ $zone }) kao 2026-12-05 18:00.
ns-starts-invalid = Ne mogu pročitati taj datum i vrijeme (ili se sat tada preskače). Napišite ga kao 2026-12-05 18:00.
ns-starts-past = To je vrijeme već prošlo. Molimo navedite vrijeme u budućnosti.
ns-duration = Koliko traje? Odaberite ili upišite kao 90m ili 2h.
ns-duration-invalid = Molimo napišite trajanje kao 90m, 2h ili 1h30m (najviše 24h).
ns-location = Gdje se održava?
btn-location-tba = Naknadno
ns-confirm =
    Molimo provjerite novu sesiju:
    Grupa: { $cohort }
    Naslov: { $title }
    Modul: { $module }
    Počinje: { $when }
    Trajanje: { $duration }
    Mjesto: { $location }
    Da je stvorimo? Sudionici dobivaju podsjetnike prije nje.
btn-create = Stvori sesiju
btn-discard = Odbaci
ns-discarded = Odbačeno: sesija nije stvorena.
session-created =
    Sesija je stvorena: { $title } ({ $when }).
    Poveznica za prijavu (pokažite njezin QR kôd na mjestu održavanja): { $link }
checkin-pick = QR kôd za prijavu na koju sesiju?
checkin-none = Nema predstojećih ni tekućih sesija koje možete vidjeti.
checkin-link =
    Prijava za { $title } ({ $when }): { $link }
    Pokažite QR kôd na mjestu održavanja: sudionici ga skeniraju kako bi se prijavili, od { $minutes ->
        [one] { $minutes } minute
        [few] { $minutes } minute
       *[other] { $minutes } minuta
    } prije početka do kraja.
cmd-checkin = QR kôd za prijavu na sesiju
cmd-newsession = Zakažite sesiju

## Facilitatori i organizatori: /broadcast, /broadcasts, /grant

verbatim = { $text }
bc-audience = Nova obavijest. Tko je treba dobiti?
btn-aud-everyone = Svi
btn-aud-cohort = Jedna grupa
btn-aud-country = Jedna država
btn-aud-language = Jedan jezik
btn-aud-session = Sudionici sesije
bc-cohort-pick = Koja grupa?
bc-cohort-type = Upišite kôd grupe (npr. TIRANA-2026):
bc-country = Sudionici koji žive u kojoj državi?
bc-language = Sudionici koji koriste koji jezik?
bc-session = Sudionici koje sesije?
bc-no-sessions = Nema nedavnih ni predstojećih sesija do kojih možete doprijeti.
bc-text = Napišite obavijest (do { $max ->
        [one] { $max } znaka
        [few] { $max } znaka
       *[other] { $max } znakova
    }). Šalje se točno onako kako je napišete.
bc-text-too-long = Predugačko je: Telegram dopušta { $max ->
        [one] { $max } znak
        [few] { $max } znaka
       *[other] { $max } znakova
    }.
bc-preview = Iznad je obavijest točno onako kako će je primatelji vidjeti. Broj primatelja: { $count } (bez onih koji su isključili obavijesti).
btn-send = Pošalji
btn-send-test = Pošalji probu meni
btn-cancel-send = Otkaži
bc-nobody = Nitko je ne bi dobio: odaberite drugu publiku (/cancel, pa /broadcast).
bc-queued = Obavijest se šalje primateljima ({ $count }), u granicama Telegrama. Dobit ćete izvještaj kada završi; /broadcasts prikazuje napredak.
bc-cancelled = Otkazano: ništa nije poslano.
bc-report = Obavijest #{ $id } je završena: { $delivered } isporučeno, { $blocked } blokiralo bota, { $skipped } preskočeno, { $failed } neuspješno (od { $recipients }).
bc-progress-none = Još niste poslali nijednu obavijest.
bc-progress-header = Vaše posljednje obavijesti:
bc-progress-line = #{ $id } ({ $when }): { $delivered } od { $recipients } isporučeno, { $waiting } čeka, { $blocked } blokiralo, { $skipped } preskočeno, { $failed } neuspješno.
gr-role = Za koju ulogu nekoga pozivate?
btn-role-facilitator = Facilitator
btn-role-organiser = Organizator
btn-role-translator = Prevoditelj
gr-cohort = Facilitator koje grupe? Upišite njezin kôd ili dodirnite "Sve grupe".
gr-cohort-pick = Facilitator koje grupe? Odaberite je, upišite njezin kôd ili dodirnite "Sve grupe".
btn-all-cohorts = Sve grupe
gr-invite-organiser = Poziv za organizatora. Pošaljite ovu poveznicu osobi; vrijedi jednom, u roku od { $days } dana: { $link }
gr-invite-facilitator-of = Poziv za facilitatora grupe { $cohort }. Pošaljite ovu poveznicu osobi; vrijedi jednom, u roku od { $days } dana: { $link }
gr-invite-facilitator-all = Poziv za facilitatora svih grupa. Pošaljite ovu poveznicu osobi; vrijedi jednom, u roku od { $days } dana: { $link }
gr-language = Na koji će jezik prevoditi objavljene preporuke?
gr-invite-translator = Poziv za prevođenje preporuka (jezik: { $language }). Pošaljite ovu poveznicu osobi; vrijedi jednom, u roku od { $days } dana: { $link }
invite-unknown = Ova poveznica za poziv nije valjana.
invite-used = Ovaj je poziv već iskorišten.
invite-withdrawn = Ovaj je poziv povučen: osoba koja ga je izradila više ne može dodijeliti ovu ulogu.
invite-expired = Ovaj je poziv istekao. Zatražite novi od organizatora.
invite-accepted-organiser = Dobro došli u tim! Sada ste organizator. /help prikazuje vaše naredbe.
invite-accepted-facilitator-of = Dobro došli u tim! Sada ste facilitator grupe { $cohort }. /help prikazuje vaše naredbe.
invite-accepted-facilitator-all = Dobro došli u tim! Sada ste facilitator svih grupa. /help prikazuje vaše naredbe.
invite-accepted-translator = Dobro došli u tim! Sada možete prevoditi objavljene preporuke (jezik: { $language }): pošaljite /translate.
cmd-broadcast = Pošaljite obavijest
cmd-broadcasts = Napredak vaših obavijesti
cmd-grant = Pozovite facilitatora, organizatora ili prevoditelja

help-facilitator =
    Za facilitatore:
    /newsession: zakažite sesiju
    /checkin: poveznica i QR kôd za prijavu na sesiju
    /broadcast: pošaljite obavijest
    /broadcasts: napredak vaših obavijesti
    /results: što su sudionici rekli o vašim sesijama
    /guardians: potvrdite potpisan papirnati obrazac roditelja ili skrbnika
    /people: tko je u vašim grupama i tko je došao; označite prisutnost
    /upcoming: što bot uskoro šalje i koliko ljudi
    /poster: plakat za ispis s poveznicom za prijavu u vašu grupu
help-organiser =
    Za organizatore:
    /grant: pozovite facilitatora, organizatora ili prevoditelja
    /stats: brojke cijelog programa
    /moderate: odobrite ili odbijte preporuke
    /summary: pregled, grafikon i podaci o preporukama
    /export: sudionici, potvrde dolaska, povratne informacije ili preporuke kao CSV i XLSX
    /erase: izbrišite nečije podatke na njihov zahtjev
    /translate: prevedite objavljene preporuke (izvješću za Samit potreban je engleski)
    /report: izvješće za Samit kao Word dokument (/report en, sq… na drugom jeziku)

## Upitnici za povratne informacije

survey-session-feedback = Dojmovi o sesiji
sq-overall = Sve u svemu, kakva je bila sesija? (1 = loša, 5 = odlična)
sq-confidence = Koliko ste sigurni da ćete primijeniti ono što ste naučili? (1 = nimalo, 5 = jako)
sq-most-useful = Što vam je bilo najkorisnije?
sq-improve = Što bismo trebali poboljšati?
sq-recommend = Biste li preporučili program prijatelju?
opt-yes = Da
opt-maybe = Možda
opt-no = Ne
feedback-none = Nijedan vas upitnik ne čeka. Hvala!
feedback-list = Upitnici na koje još možete odgovoriti (sesije iz posljednja dva tjedna):
survey-already = Već ste odgovorili na upitnik za { $title }. Hvala!
survey-not-yet = Upitnik za { $title } otvara se kada sesija završi.
survey-closed = Upitnik za { $title } je zatvoren.
survey-intro = { $survey }: { $title } ({ $when }). Nekoliko kratkih pitanja. { $anonymity }
survey-anonymous = Vaši su odgovori anonimni: čuvaju se bez vašeg imena.
survey-question = ({ $n }/{ $total }) { $question }
opt-on = ✅ { $label }
opt-off = ▫️ { $label }
btn-done = Gotovo
btn-skip-question = Preskoči
survey-pick-one = Molimo odaberite barem jednu mogućnost, pa dodirnite Gotovo.
survey-thanks = Hvala na povratnoj informaciji! Pomaže facilitatorima da sljedeće sesije budu bolje.
survey-invite =
    Kakva je bila sesija { $title } ({ $when })?
    Molimo recite nam u upitniku od dvije minute.
btn-start-survey = Započni upitnik
results-none = Još nema odgovora za sesije koje možete vidjeti.
results-pick = Rezultati koje sesije?
results-header = Dojmovi o sesiji { $title } ({ $when }): odgovora { $answered }, prijavljenih na mjestu { $attended }.
stats-header = Program dosad: { $participants ->
        [one] { $participants } sudionik
        [few] { $participants } sudionika
       *[other] { $participants } sudionika
    }, { $sessions ->
        [one] { $sessions } održana sesija
        [few] { $sessions } održane sesije
       *[other] { $sessions } održanih sesija
    }, { $responses ->
        [one] { $responses } odgovor na upitnike
        [few] { $responses } odgovora na upitnike
       *[other] { $responses } odgovora na upitnike
    }.
results-survey = { $survey }: { $n ->
        [one] { $n } odgovor
        [few] { $n } odgovora
       *[other] { $n } odgovora
    }
results-question = { $question } ({ $n ->
        [one] { $n } odgovor
        [few] { $n } odgovora
       *[other] { $n } odgovora
    })
results-rating = prosjek { $average } · 1: { $r1 } · 2: { $r2 } · 3: { $r3 } · 4: { $r4 } · 5: { $r5 }
results-choice = { $label }: { $n }
results-text = • { $text }
results-anonymous-withheld = Ova je anketa anonimna: odgovori se prikazuju tek kad odgovori najmanje { $min } osoba, kako se nijedan odgovor ne bi mogao povezati ni s kim.
# A question with its figures or answers, one per line.
results-block = { $lines }
cmd-feedback = Upitnici koji vas čekaju
cmd-results = Dojmovi o vašim sesijama
cmd-stats = Brojke programa
survey-wellbeing = Kako ste se osjećali (anonimno)
sq-safe = Jeste li se osjećali sigurno reći što mislite?
sq-enjoyed = Koje su vam se aktivnosti svidjele? Odaberite sve odgovarajuće, pa dodirnite Gotovo.
opt-games = Igre
opt-discussion = Rasprava
opt-role-play = Igranje uloga
opt-group-work = Rad u grupama
sq-anything = Još nešto što nam želite reći, anonimno?

## Preporuke mladih za Samit zapadnog Balkana

rec-limit = Poslali ste { $limit ->
        [one] { $limit } preporuku
        [few] { $limit } preporuke
       *[other] { $limit } preporuka
    } u posljednja 24 sata, najviše za jedan dan. Hvala! Molimo vratite se sutra.
rec-theme = Vaša preporuka za Samit zapadnog Balkana. Na koju se temu odnosi?
theme-participation = Sudjelovanje mladih
theme-education-skills = Obrazovanje i vještine
theme-employment = Zapošljavanje
theme-brain-drain-migration = Odljev mozgova i migracije
theme-reconciliation-cooperation = Pomirenje i regionalna suradnja
theme-diversity-dialogue = Različitost i dijalog
theme-rule-of-law = Vladavina prava
theme-environment-community = Okoliš i zajednica
rec-level = Na kojoj razini treba djelovati?
level-local = Lokalna
level-national = Nacionalna
level-regional = Regionalna
level-eu = EU
rec-text = Napišite svoju preporuku ({ $min }–{ $max ->
        [one] { $max } znak
        [few] { $max } znaka
       *[other] { $max } znakova
    }): što se treba promijeniti i tko to treba učiniti?
rec-preview = Iznad je vaša preporuka ({ $theme }, { $level }). Da je pošaljemo? Organizatori čitaju svaku preporuku prije objave.
btn-submit = Pošalji
btn-edit = Uredi tekst
rec-submitted = Hvala! Vaša je preporuka poslana. Bit ćete obaviješteni kada je organizatori pročitaju; /recommendations prikazuje objavljene.
rec-cancelled = Otkazano: ništa nije poslano.
mod-none = Nijedna preporuka ne čeka moderaciju.
mod-card = Preporuka #{ $id } · { $theme } · { $level } ({ $waiting } čeka). Da je objavimo?
btn-approve = Odobri
btn-reject = Odbij
mod-approved = Odobreno i objavljeno; autor je obaviješten. /moderate za sljedeću.
mod-rejected = Odbijeno; autor je obaviješten. /moderate za sljedeću.
mod-taken = Drugi je organizator prvi moderirao ovu preporuku; ništa nije promijenjeno. /moderate za sljedeću.
rec-approved-notice = Vaša preporuka na temu { $theme } odobrena je i objavljena. Hvala!
rec-rejected-notice = Vaša preporuka na temu { $theme } ovaj put nije objavljena. Možete poslati novu pomoću /recommend.
browse-pick = Objavljene preporuke: odaberite temu.
browse-theme = { $theme } ({ $count })
browse-none = Još ništa nije objavljeno: organizatori čitaju svaku preporuku prije nego što se ovdje pojavi. Svoju pošaljite naredbom /recommend.
browse-empty = Još nema objavljenih preporuka na temu { $theme }.
browse-header = { $theme } (stranica { $page }):
browse-item =
    { $n }. { $text }
    ({ $level } · { $endorsements ->
        [one] { $endorsements } podrška
        [few] { $endorsements } podrške
       *[other] { $endorsements } podrški
    }{ $mark })
browse-own = {""} · vaša
browse-endorsed = {""} · podržali ste
browse-other = {""}
btn-endorse-n = 👍 Podrži { $n }
btn-next-page = Sljedeća stranica
btn-show-original = Prikaži kako je napisano
endorse-done = Podržano. Hvala!
endorse-own = Ne možete podržati vlastitu preporuku.
endorse-twice = Ovu ste već podržali.
endorse-gone = Ova preporuka više nije objavljena.
sum-header = Preporuke mladih: { $approved } odobrenih, { $pending } na čekanju, { $rejected } odbijenih. Broje se odobrene; ćelije s manje od 5 osoba prikazane su kao <5.
sum-none-approved = Još ništa nije odobreno, a pregled broji samo odobrene preporuke: /moderate prikazuje one koje čekaju.
sum-section =
    { $dimension }
    { $lines }
sum-line = { $label }: { $value }
sum-others = Ostali (svaki s manje od 5 osoba)
sum-by-theme = Po temi
sum-by-level = Po razini
sum-by-country = Po državi
sum-by-age = Po dobi
sum-by-gender = Po spolu
age-15-19 = 15–19
age-20-24 = 20–24
age-25-29 = 25–29
age-30-plus = 30+
value-unknown = nepoznato
sum-top = Najpodržanije, po temi:
sum-top-item = { $theme } ({ $endorsements } 👍): { $text }
cmd-recommend = Pošaljite preporuku za Samit
cmd-recommendations = Čitajte i podržite preporuke
cmd-moderate = Moderirajte preporuke
cmd-summary = Pregled preporuka
cmd-export = Izvoz podataka kao dokumenti
export-pick = Koje podatke želite izvesti? Dobit ćete CSV datoteku i XLSX tablicu.
export-sent = Evo izvoza: { $what }.
export-personal = Sadrži osobne podatke: čuvajte ga pažljivo, dijelite ga samo s timom programa i izbrišite ga kada vam više ne bude potreban.
btn-export-participants = Sudionici
btn-export-rsvps = Potvrde dolaska i prijave na sesiji
btn-export-feedback = Povratne informacije
btn-export-recommendations = Preporuke

## /mydata: ostalo što čuvamo

mydata-activity =
    Obavijesti i podsjetnici: { $muted }
    Sesije:
    { $rsvps }
    Vaše preporuke:
    { $recommendations }
    Podrške koje ste dali: { $endorsements }
    Odgovori na upitnike spremljeni uz vaš ID: { $surveys } (anonimni nisu povezani s vama)
mydata-rsvp = • { $title } ({ $when }): { $answer }{ $checked }
mydata-checked = , prijavljeni na licu mjesta
mydata-not-checked = {""}
mydata-recommendation = • { $theme }, { $status }: { $text }
muted-yes = isključeni (/unmute ih uključuje)
muted-no = uključeni
rec-status-pending = čeka moderaciju
rec-status-approved = objavljena
rec-status-rejected = nije objavljena

## Guardians and erasure on request

btn-guardian-ask = Pitat ću roditelja/skrbnika
reg-pending = Hvala, { $name }! Registrirani ste za Active Citizens i čekamo suglasnost vašeg roditelja ili skrbnika. Dok je ne dobijemo, ne šaljemo vam podsjetnike ni obavijesti.
guardian-link =
    Proslijedite ovu poveznicu roditelju ili skrbniku. Oni je otvaraju u svojem Telegramu, čitaju kako koristimo vaše podatke i kažu slažu li se:
    { $link }
    Ako ne koriste Telegram, zatražite papirnati obrazac od facilitatora. Ako nitko ne potvrdi u roku od { $days } dana, brišemo vašu registraciju.
guardian-still-waiting = Dobro došli natrag, { $name }. Još čekamo suglasnost vašeg roditelja ili skrbnika. Evo nove poveznice za njih (prethodna više ne vrijedi).
guardian-request =
    { $name } (rođen/a { $birth_year }.) želi sudjelovati u programu Active Citizens, u kojem se mladi s cijelog Zapadnog Balkana osposobljavaju za društveno vodstvo i planiraju akcije u svojim zajednicama. Rekli su nam da ste vi njihov roditelj ili skrbnik.
    Evo kako bismo koristili njihove podatke (obavijest o privatnosti, verzija { $version }):
    { privacy-notice-points }
    Slažete li se da { $name } sudjeluje?
guardian-agreed = Hvala na potvrdi. Javili smo im: sada su u potpunosti registrirani.
guardian-declined = Hvala na odgovoru. Izbrisali smo sve što su nam rekli i javili im.
guardian-link-unknown = Ova poveznica više ne vrijedi: već je iskorištena, zamijenila ju je novija ili je registracija izbrisana.
guardian-own-account = Ova je poveznica za vašeg roditelja ili skrbnika: proslijedite je njima. Oni potvrđuju sa svojeg Telegram računa; vaš ne može.
guardian-confirmed-notice = Dobre vijesti, { $name }: suglasnost vašeg roditelja ili skrbnika je potvrđena. Sada ste u potpunosti registrirani za Active Citizens i dobivat ćete vijesti o svojim sesijama. /help prikazuje što možete.
erased-guardian-declined = Vaš se roditelj ili skrbnik nije složio, pa smo izbrisali vašu registraciju. Dobrodošli ste natrag kad god se slože: pošaljite /start.
erased-guardian-never-confirmed = Suglasnost vašeg roditelja ili skrbnika nije stigla u roku od { $days } dana, pa smo izbrisali vašu registraciju. Pošaljite /start da se ponovno registrirate kada budu spremni.
guardian-by-telegram = potvrdili su je sa svojeg Telegram računa, { $at }
guardian-by-paper = potvrdio ju je vaš facilitator, koji ima obrazac koji su potpisali, { $at }
guardian-declared = na vašu riječ, danu pri registraciji, { $at }
guardian-waiting = čeka se njihova potvrda
participant-status-pending-guardian = čeka se suglasnost roditelja ili skrbnika (do tada bez podsjetnika i obavijesti)
paper-none = U vašim grupama nitko ne čeka suglasnost roditelja ili skrbnika.
paper-pick =
    { $count ->
        [one] { $count } osoba čeka
        [few] { $count } osobe čekaju
       *[other] { $count } osoba čeka
    } suglasnost roditelja ili skrbnika (prvo oni koji najdulje čekaju, s grupom i danom registracije; prikazano: { $shown }).
    Dodirnite osobu čiji potpisani papirnati obrazac imate:
paper-confirm = Imate li obrazac koji je potpisao roditelj ili skrbnik osobe { $name }? Vaša se potvrda bilježi pod vašim imenom.
btn-paper-yes = Da, imam potpisan obrazac
btn-paper-no = Ne
paper-confirmed = Zabilježeno: { $name } je sada u potpunosti registriran/a, i javljamo im.
paper-not-confirmed = Ništa nije zabilježeno.
paper-not-waiting = Više ne čekaju (netko je već potvrdio ili je registracija izbrisana): ništa nije zabilježeno.
erase-ask-id = Čije podatke treba izbrisati? Pošaljite njihov Telegram id: broj koji vide kada botu pošalju /whoami.
erase-not-an-id = Telegram id je broj, na primjer 123456789. Svatko vidi svoj kada pošalje /whoami.
erase-yourself = Za brisanje vlastitih podataka upotrijebite /delete.
erase-unknown = Nitko nije registriran s id-om { $id }. Provjerite broj i pošaljite ga ponovno.
erase-ask-reason = Zašto brišete podatke osobe { $name }? Na primjer: "zatraženo e-poštom 3. prosinca". Razlog se upisuje u revizijski zapis s vašim imenom, ne njihovim.
erase-confirm = Izbrisati sve što čuvamo o osobi { $name } (id { $id })? Razlog: { $reason }. Ovo se ne može poništiti.
btn-erase-yes = Da, izbriši
btn-erase-no = Ne, zadrži
erase-done = Podaci osobe { $name } su izbrisani, a brisanje je zabilježeno.
erase-kept = Ništa nije izbrisano.
erase-gone = Već su izbrisani: nema se što više učiniti.
cmd-guardians = Potvrdi papirnati obrazac skrbnika
cmd-erase = Izbriši nečije podatke na zahtjev
cmd-translate = Prevedi preporuke
translate-usage = Pošaljite /translate da prevedete preporuke kojima nedostaje neki jezik, ili /translate i broj preporuke da prevedete ili ispravite tu (npr. /translate 12).
translate-pick-language = Na koji jezik?
translate-none = Zasad nema više ničega za prijevod na { $language }. /translate počinje ponovno (preskočene se vraćaju); /translate i broj ispravlja jednu.
translate-card =
    Preporuka #{ $id } · { $theme } · napisana na jeziku { $written } (bez prijevoda na { $language }: { $waiting }):
    { $text }
translate-existing = Sadašnji prijevod na { $language }: { $text }
translate-ask = Pošaljite prijevod na { $language } ili dodirnite "Preskoči".
btn-translate-skip = Preskoči
translate-saved = Spremljen je prijevod preporuke #{ $id }.
translate-gone = Ta preporuka više nije objavljena: ništa nije spremljeno.
cmd-report = Izvješće za Samit (Word)
chart-caption = Odobrene preporuke po temama
report-title = Preporuke mladih za Samit zapadnog Balkana
report-gathered-heading = Kako su prikupljene
report-gathered = Od { $from } do { $to } mladi koji sudjeluju u programu Active Citizens ({ $participants } sudionika u { $cohorts } grupa) pisali su preporuke za Samit. Organizatori programa odobrili su { $approved }; { $listed } s tekstom na engleskom navedene su u nastavku po temama, najprije one koje su ostali sudionici najviše podržali.
report-countries = Sudionici po državama: { $countries }.
report-original = Izvornik ({ $language }): { $text }
report-meta = Razina: { $level } · { $endorsements ->
        [one] { $endorsements } podrška
        [few] { $endorsements } podrške
       *[other] { $endorsements } podrški
    }
report-chart-heading = Preporuke po temama
report-sent = Evo izvješća za Samit ({ $language }) da ga uredite prije slanja: { $listed } preporuka. Odobrenih bez engleskog teksta, izostavljenih: { $missing }; /translate ga dodaje.

## Rosters and marking present (/people)

cmd-people = Tko je u vašim grupama, tko je došao; označite prisutnost
roster-none = Vaše uloge ne navode nijednu grupu koja još traje.
roster-pick-cohort = Koja grupa?
roster =
    { $cohort }: prijavljeni { $registered } · čekaju suglasnost roditelja { $pending } · održane sesije { $sessions }. Stranica { $page } od { $pages }.
    🗓 prisutnost na sesijama · 📝 ispunjene ankete

    { $lines }
roster-line = { $n }. { $name }: 🗓 { $attended }/{ $sessions } · 📝 { $answered }{ $status ->
        [pending_guardian] {" "}(čeka suglasnost roditelja)
        [blocked] {" "}(ne prima poruke)
       *[active] {""}
    }
btn-roster-previous = ◀ Natrag
btn-roster-next = Dalje ▶
btn-roster-export = 📄 Evidencija prisutnosti
btn-roster-mark = ✅ Označite prisutnost
roster-export-sent = Evidencija prisutnosti grupe { $cohort } (tko je bio na kojoj sesiji, tko je ispunio anketu), kao CSV i XLSX. Sadrži imena: čuvajte je sigurno i izbrišite je kad vam više ne treba.
mark-no-sessions = Nijedna sesija grupe { $cohort } nije u tijeku niti je nedavno završila.
mark-pick-session = Na kojoj sesiji označavate prisutnost?
mark-everyone-present = Svi iz grupe već su označeni kao prisutni na sesiji { $title }.
mark-pick-person = Tko je bio na sesiji { $title } ({ $when })? Još nisu označeni: { $count }.
mark-done = Prisutnost osobe { $name } na sesiji { $title } ({ $when }) je označena. Ako je anketa sesije već poslana, dobit će je i ta osoba.
mark-not-member = Ta osoba više nije u grupi ove sesije: prisutnost nije označena.
mark-already = Prisutnost te osobe na toj sesiji već je bila označena.

## What is about to be sent (/upcoming)

cmd-upcoming = Što bot uskoro šalje i koliko ljudi
upcoming-none = Za vaše grupe ništa nije planirano u sljedećih { $days } dana.
upcoming-header =
    Planirano za sljedećih { $days } dana (👥 primatelji prema trenutačnom stanju grupa):
    { $lines }
upcoming-now = odmah
upcoming-reminder = { $when } · podsjetnik: { $title } ({ $cohort }) · 👥 { $count }
upcoming-survey = { $when } · poziv na anketu: { $title } ({ $cohort }) · 👥 { $count }
upcoming-notice = { $when } · obavijest o izmjeni: { $title } ({ $cohort }) · 👥 { $count }
upcoming-announcement = { $when } · obavijest #{ $id } · 👥 { $count }
upcoming-more = …i još { $more }: naredba schedule u terminalu navodi sve.

## Announcements in several languages

bc-languages = Primatelji po jeziku: { $list }. Oni označeni s ✓ dobivaju verziju na svojem jeziku; ostali, tekst iznad.
btn-add-version = 🌐 Dodajte verziju na drugom jeziku
bc-version-language = Verzija za čitatelje kojeg jezika?
bc-version-text = Napišite verziju za jezik: { $language } (do { $max } znakova). Čitatelji tog jezika dobit će nju umjesto vašeg teksta.

## Posters (/poster)

report-unknown-language = Bot nema jezik "{ $language }": navedite jedan od { $known } (npr. /report mk). Ništa nije poslano.
cohort-archived = Ta je grupa arhivirana (njezin je program završen), pa sesija nije stvorena.
cmd-poster = Plakat za ispis s poveznicom za prijavu u vašu grupu
poster-sent = Plakat grupe { $cohort }, za ispis ili dijeljenje: njegov QR kôd otvara prijavu u ovu grupu, { $link }
