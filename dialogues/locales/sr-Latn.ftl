# Srpski (latinica). Complete: every message of en.ftl is translated.

## Izbor jezika

pick-language =
    Dobro došli u Active Citizens! 👋
    Choose your language · Zgjidhni gjuhën · Izaberite jezik · Изберете јазик
language-pick = Izaberite jezik:
language-set = Gotovo: pričaću sa vama na jeziku { $language }.

## Registracija

privacy-notice-points =
    • Čuvamo vaše ime, godinu rođenja, pol (ako želite da ga navedete), državu, mesto, organizaciju (po želji), grupu i jezik.
    • Tim programa Active Citizens ih koristi samo za sprovođenje programa: podsetnike za sesije, povratne informacije i anonimnu statistiku. Nikada ne objavljujemo vaše ime i ne dajemo vaše podatke nikome drugom.
    • /mydata prikazuje sve što čuvamo; /delete to briše u bilo kom trenutku.
    • Za vaše podatke odgovoran je (rukovalac): { $controller }. Pitanja i zahtevi: { $contact }.
    • Vaše podatke brišemo { $retention_days } dana posle vaše poslednje aktivnosti ovde, ili ranije ako to zatražite.
reg-consent =
    Pre nego što počnemo, evo kako koristimo vaše podatke (obaveštenje o privatnosti, verzija { $version }):
    { privacy-notice-points }
    Da li se slažete?
btn-agree = Slažem se
btn-decline = Ne slažem se
reg-declined = U redu. Bez vaše saglasnosti ne možemo da vas registrujemo, i ništa nismo sačuvali. Ako se predomislite, dodirnite "Počni ponovo".
btn-start-again = Počni ponovo
reg-name = Kako se zovete? (ime koje želite da tim programa koristi, { $min }–{ $max ->
        [one] { $max } znak
        [few] { $max } znaka
       *[other] { $max } znakova
    })
reg-birth-year = Koje godine ste rođeni? Napišite četiri cifre, npr. 2005. (Pitamo samo za godinu, ne za datum.)
reg-gender = Kog ste pola?
gender-female = Žensko
gender-male = Muško
gender-other = Drugo
gender-undisclosed = Ne želim da kažem
reg-country = U kojoj državi živite?
country-AL = Albanija
country-BA = Bosna i Hercegovina
country-XK = Kosovo
country-ME = Crna Gora
country-MK = Severna Makedonija
country-RS = Srbija
country-OTHER = Drugo
reg-guardian =
    Pošto možda imate manje od { $consent_age } godina, potrebna je i saglasnost roditelja ili staratelja. Kada se registrujete, dobićete link koji im šaljete: oni ga otvaraju u svom Telegramu i potvrđuju. (Ako ne koriste Telegram, vaš facilitator može da potvrdi obrazac koji su potpisali.)
btn-guardian-not-yet = Ne sada
reg-guardian-needed = Nema problema. Razgovarajte sa roditeljem ili starateljem i dodirnite "Počni ponovo" kada budete spremni. Ništa nismo sačuvali.
reg-municipality = U kojoj opštini ili mestu živite?
reg-organisation = Kojoj organizaciji, školi ili grupi pripadate? Dodirnite "Preskoči" ako nijednoj.
btn-skip = Preskoči
reg-cohort = Koji je kod vaše grupe? Daje vam ga facilitator (nalazi se i u QR kodu radionice).
btn-no-code = Nemam kod
reg-cohort-link-unknown = Kod u vašem linku ({ $code }) nam nije poznat.
reg-done =
    Hvala, { $name }! Registrovani ste za Active Citizens. 🎉
    Šta sada možete:
    • /sessions: vaše naredne sesije i da li dolazite
    • /recommend: pošaljite preporuku za Samit Zapadnog Balkana
    • /profile: pogledajte ili promenite svoje podatke
    • /language: promenite jezik
    • /mydata: pogledajte sve što čuvamo o vama
    • /help: sve komande
    Ovde ćete dobijati podsetnike pre svojih sesija.

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
invalid-text-unprintable = Molimo napišite to bez kontrolnih znakova i znakova za smer teksta.
invalid-birth-year-format = Molimo napišite godinu rođenja sa četiri cifre, npr. 2005.
invalid-birth-year-range = Program je namenjen osobama od { $min } do { $max } { $max ->
        [one] godine
        [few] godine
       *[other] godina
    }. Molimo proverite godinu rođenja.
invalid-cohort-format = Kod grupe ima 2–32 slova, cifre ili crtice, kao TIRANA-2026. Molimo proverite ga.
invalid-cohort-unknown = Ne poznajemo kod grupe { $code }. Proverite ga sa facilitatorom ili dodirnite "Nemam kod".
cohort-not-found = Ne postoji grupa sa kodom { $code }. Molimo proverite kod; nove grupe se dodaju iz komandne linije (cohorts add).
use-buttons = Molimo izaberite jedno od dugmadi.
text-expected = Ovde mogu da pročitam samo tekst. Molimo otkucajte odgovor.

## Van dijaloga

nontext-idle = Razumem tekstualne poruke i dugmad. /help prikazuje šta mogu.
idle-text = Nisam siguran šta mislite. /help prikazuje šta mogu.
idle-not-registered = Zdravo! Pošaljite /start da se registrujete za Active Citizens.
unknown-command = Ne poznajem komandu { $command }. /help prikazuje komande.
whoami = Vaš Telegram ID: { $id }
help =
    Active Citizens bot: komande
    /start: registrujte se ili se pridružite grupi pomoću koda
    /sessions: vaše naredne sesije i da li dolazite
    /feedback: upitnici o vašim skorašnjim sesijama
    /recommend: pošaljite preporuku za Samit Zapadnog Balkana
    /recommendations: čitajte i podržite objavljene preporuke
    /profile: pogledajte ili promenite svoje podatke
    /language: promenite jezik
    /mydata: sve što čuvamo o vama
    /delete: obrišite svoje podatke
    /mute, /unmute: isključite ili uključite obaveštenja i podsetnike
    /cancel: prekinite ono što radite
busy-finish-first = Hajde da prvo ovo završimo: odgovorite na pitanje ispod ili pošaljite /cancel da prekinete.
cancelled = Prekinuto. Ništa nije promenjeno.
nothing-to-cancel = Nema ničega za prekid.
welcome-back = Dobro došli nazad, { $name }! /help prikazuje šta možete.
cohort-joined = Sada ste u grupi { $cohort }.
cohort-unknown = Ne poznajemo kod grupe { $code }. Molimo proverite ga sa facilitatorom.
cohort-already = Već ste u grupi { $cohort }.
cohort-move-ask = U grupi ste { $current }. Da li želite da pređete u { $cohort }? Podsetnici će onda biti za njene sesije. Ako ne, ne morate ništa da radite.
btn-cohort-move = Pređite u { $cohort }
not-registered = Još niste registrovani. Pošaljite /start da se registrujete.

## Profil i vaši podaci

profile-card =
    Vaš profil
    Ime: { $name }
    Godina rođenja: { $birth_year }
    Pol: { $gender }
    Država: { $country }
    Opština: { $municipality }
    Organizacija: { $organisation }
    Grupa: { $cohort }
    Dodirnite dugme da nešto promenite.
btn-edit-name = Ime
btn-edit-birth-year = Godina rođenja
btn-edit-gender = Pol
btn-edit-country = Država
btn-edit-municipality = Opština
btn-edit-organisation = Organizacija
btn-edit-cohort = Grupa
btn-edit-done = Gotovo
profile-saved = Sačuvano.
profile-not-saved = Ništa nije promenjeno: za to je potrebna saglasnost roditelja ili staratelja.
value-none = nema
mydata-none = Ne čuvamo ništa o vama osim toga dokle ste stigli u ovom razgovoru. Pošaljite /start da se registrujete.
mydata =
    Sve što čuvamo o vama:
    Telegram ID: { $telegram_id }
    Jezik: { $language }
    Ime: { $name }
    Godina rođenja: { $birth_year }
    Pol: { $gender }
    Država: { $country }
    Opština: { $municipality }
    Organizacija: { $organisation }
    Grupa: { $cohort }
    Saglasnost sa obaveštenjem o privatnosti: { $consent_at } (verzija { $privacy_version })
    Saglasnost roditelja ili staratelja: { $guardian }
    Status: { $status }
    Registrovani: { $registered_at }
    Poslednja izmena: { $updated_at }
    /delete briše sve to.
guardian-not-needed = nije potrebna
participant-status-active = aktivan
participant-status-blocked = nedostupan (Telegram nam je javio da ste blokirali bota; kada mu ponovo pišete, to se ukida)
delete-confirm = Da obrišemo sve što čuvamo o vama? Ovo se ne može poništiti; da biste ponovo učestvovali, morali biste ponovo da se registrujete.
btn-delete-yes = Da, obriši moje podatke
btn-delete-no = Ne, zadrži ih
deleted = Vaši podaci su obrisani. Hvala što ste učestvovali u Active Citizens. Pošaljite /start ako želite da se vratite.
delete-kept = Ništa nije obrisano.
nothing-stored = Ne čuvamo nikakve podatke o vama, pa nema šta da se obriše.

## Obaveštenja i greške

stale-button = Ovo dugme više nije aktivno.
state-lost = Izvinite, izgubio sam nit razgovora posle ažuriranja. Nastavimo odavde.
error-apology = Izvinite, nešto nije u redu kod nas. Molimo pokušajte ponovo za minut.
group-pointer = Radim samo u privatnim porukama: otvorite https://t.me/{ $bot } i pritisnite Start.

## Meni komandi

cmd-start = Registracija ili pridruživanje grupi
cmd-help = Šta mogu da uradim
cmd-profile = Pogledajte ili promenite podatke
cmd-language = Promena jezika
cmd-mydata = Sve što čuvamo o vama
cmd-delete = Brisanje vaših podataka
cmd-cancel = Prekid onoga što radite

## Sesije, potvrde dolaska i prijava na licu mesta

sessions-no-cohort = Još niste u grupi. Iskoristite link ili QR kod od facilitatora, ili pošaljite /start sa kodom grupe (npr. /start TIRANA-2026).
sessions-none = Još nema predstojećih sesija za vašu grupu. Dobićete podsetnik kada se neka zakaže.
sessions-header = Vaše naredne sesije:
session-label = { $when } · { $title }
session-line =
    { $n }. { $title }
    🕒 { $when }
    📍 { $location }
    Vaš odgovor: { $answer }
rsvp-coming = dolazim
rsvp-not-coming = ne mogu da dođem
rsvp-none = još bez odgovora
btn-coming = Dolazim
btn-not-coming = Ne mogu da dođem
btn-coming-n = { $n }: Dolazim
btn-not-coming-n = { $n }: Ne dolazim
rsvp-saved-coming = Sačuvano: dolazite. Vidimo se!
rsvp-saved-not-coming = Sačuvano: ne možete da dođete. Hvala što ste javili.
rsvp-closed = Ova sesija je već počela.
rsvp-not-member = Ova sesija je za drugu grupu.
session-gone = Ova sesija je otkazana ili više ne postoji.
location-tba = mesto će biti naknadno objavljeno
checkin-unknown = Ovaj kod za prijavu nije poznat. Molimo skenirajte ponovo QR kod na mestu održavanja.
checkin-register-first = Molimo prvo se registrujte (pošaljite /start), pa ponovo skenirajte kod za prijavu.
checkin-not-member = Ova prijava je za sesiju druge grupe. Pitajte facilitatora da li treba da budete u njoj.
checkin-cancelled = Sesija { $title } je otkazana.
checkin-too-early = Prijava za { $title } otvara se { $minutes ->
        [one] { $minutes } minut
        [few] { $minutes } minuta
       *[other] { $minutes } minuta
    } pre početka ({ $when }).
checkin-over = Sesija { $title } je završena: prijava je zatvorena.
checkin-already = Već ste prijavljeni za { $title }.
checkin-done = Dobro došli! Prijavljeni ste za { $title }.
reminder =
    Podsetnik: { $title }
    🕒 { $when }
    📍 { $location }
    Da li dolazite?
session-changed =
    Izmena sesije vaše grupe: { $title }
    🕒 sada { $when }
    📍 { $location }
session-cancelled = Sesija { $title } ({ $when }) je otkazana. Izvinite zbog promene!
muted = Obaveštenja su isključena, kao i podsetnici za sesije. Pošaljite /unmute da ih ponovo uključite.
unmuted = Obaveštenja i podsetnici su ponovo uključeni.
cmd-sessions = Vaše naredne sesije
cmd-mute = Isključite obaveštenja
cmd-unmute = Uključite obaveštenja

## Facilitatori: /newsession

not-allowed = Izvinite, ta komanda je za facilitatore i organizatore.
not-allowed-organisers = Izvinite, ta komanda je za organizatore.
translators-only = Izvinite, ta komanda je za organizatore i prevodioce.
right-lost = Vaša uloga ovo više ne dozvoljava, pa ništa nije urađeno. /help pokazuje šta sada možete.
ns-cohort-pick = Nova sesija. Za koju grupu?
ns-cohort-type = Nova sesija. Upišite kod grupe (npr. TIRANA-2026):
ns-title = Koji je naslov sesije?
ns-module = Koji je to modul obuke?
module-identity-culture = Identitet i kultura
module-intercultural-dialogue = Interkulturni dijalog
module-local-global-communities = Lokalne i globalne zajednice
module-social-action = Planiranje društvene akcije
btn-no-module = Ništa od ovoga
ns-starts = Kada počinje? Napišite datum i lokalno vreme ({ $zone }) kao 2026-12-05 18:00.
ns-starts-invalid = Ne mogu da pročitam taj datum i vreme (ili se sat tada preskače). Napišite ga kao 2026-12-05 18:00.
ns-starts-past = To vreme je već prošlo. Molimo navedite vreme u budućnosti.
ns-duration = Koliko traje? Izaberite ili upišite kao 90m ili 2h.
ns-duration-invalid = Molimo napišite trajanje kao 90m, 2h ili 1h30m (najviše 24h).
ns-location = Gde se održava?
btn-location-tba = Naknadno
ns-confirm =
    Molimo proverite novu sesiju:
    Grupa: { $cohort }
    Naslov: { $title }
    Modul: { $module }
    Počinje: { $when }
    Trajanje: { $duration }
    Mesto: { $location }
    Da je napravimo? Učesnici dobijaju podsetnike pre nje.
btn-create = Napravi sesiju
btn-discard = Odbaci
ns-discarded = Odbačeno: sesija nije napravljena.
session-created =
    Sesija je napravljena: { $title } ({ $when }).
    Link za prijavu (pokažite njegov QR kod na mestu održavanja): { $link }
checkin-pick = QR kod za prijavu koje sesije?
checkin-none = Nema predstojećih ni tekućih sesija koje možete da vidite.
checkin-link =
    Prijava za { $title } ({ $when }): { $link }
    Pokažite QR kod na mestu održavanja: učesnici ga skeniraju da bi se prijavili, od { $minutes ->
        [one] { $minutes } minuta
        [few] { $minutes } minuta
       *[other] { $minutes } minuta
    } pre početka do kraja.
cmd-checkin = QR kod za prijavu na sesiju
cmd-newsession = Zakažite sesiju

## Facilitatori i organizatori: /broadcast, /broadcasts, /grant

verbatim = { $text }
bc-audience = Novo obaveštenje. Ko treba da ga dobije?
btn-aud-everyone = Svi
btn-aud-cohort = Jedna grupa
btn-aud-country = Jedna država
btn-aud-language = Jedan jezik
btn-aud-session = Učesnici sesije
bc-cohort-pick = Koja grupa?
bc-cohort-type = Upišite kod grupe (npr. TIRANA-2026):
bc-country = Učesnici koji žive u kojoj državi?
bc-language = Učesnici koji koriste koji jezik?
bc-session = Učesnici koje sesije?
bc-no-sessions = Nema skorašnjih ni predstojećih sesija do kojih možete da doprete.
bc-text = Napišite obaveštenje (do { $max ->
        [one] { $max } znaka
        [few] { $max } znaka
       *[other] { $max } znakova
    }). Šalje se tačno onako kako ga napišete.
bc-text-too-long = Predugačko je: Telegram dozvoljava { $max ->
        [one] { $max } znak
        [few] { $max } znaka
       *[other] { $max } znakova
    }.
bc-preview = Iznad je obaveštenje tačno onako kako će ga primaoci videti. Otišlo bi na { $count ->
        [one] { $count } osobu
        [few] { $count } osobe
       *[other] { $count } osoba
    } (bez onih koji su isključili obaveštenja).
btn-send = Pošalji
btn-send-test = Pošalji meni probu
btn-cancel-send = Otkaži
bc-nobody = Niko ga ne bi dobio: izaberite drugu publiku (/cancel, pa /broadcast).
bc-queued = Šalje se na { $count ->
        [one] { $count } osobu
        [few] { $count } osobe
       *[other] { $count } osoba
    }, u granicama Telegrama. Dobićete izveštaj kada se završi; /broadcasts prikazuje napredak.
bc-cancelled = Otkazano: ništa nije poslato.
bc-report = Obaveštenje #{ $id } je završeno: { $delivered } isporučeno, { $blocked } blokiralo bota, { $skipped } preskočeno, { $failed } neuspešno (od { $recipients }).
bc-progress-none = Još niste poslali nijedno obaveštenje.
bc-progress-header = Vaša poslednja obaveštenja:
bc-progress-line = #{ $id } ({ $when }): { $delivered } od { $recipients } isporučeno, { $waiting } čeka, { $blocked } blokiralo, { $skipped } preskočeno, { $failed } neuspešno.
gr-role = Za koju ulogu pozivate nekoga?
btn-role-facilitator = Facilitator
btn-role-organiser = Organizator
btn-role-translator = Prevodilac
gr-cohort = Facilitator koje grupe? Upišite njen kod ili dodirnite "Sve grupe".
gr-cohort-pick = Facilitator koje grupe? Izaberite je, upišite njen kod ili dodirnite "Sve grupe".
btn-all-cohorts = Sve grupe
gr-invite-organiser = Poziv da bude organizator. Pošaljite ovaj link osobi; važi jednom, u roku od { $days } dana: { $link }
gr-invite-facilitator-of = Poziv da bude facilitator grupe { $cohort }. Pošaljite ovaj link osobi; važi jednom, u roku od { $days } dana: { $link }
gr-invite-facilitator-all = Poziv da bude facilitator svih grupa. Pošaljite ovaj link osobi; važi jednom, u roku od { $days } dana: { $link }
gr-language = Na koji jezik će prevoditi objavljene preporuke?
gr-invite-translator = Poziv da prevodi preporuke (jezik: { $language }). Pošaljite ovaj link osobi; važi jednom, u roku od { $days } dana: { $link }
invite-unknown = Ovaj link za poziv nije važeći.
invite-used = Ovaj poziv je već iskorišćen.
invite-withdrawn = Ovaj poziv je povučen: osoba koja ga je napravila više ne može da dodeli ovu ulogu.
invite-expired = Ovaj poziv je istekao. Zatražite novi od organizatora.
invite-accepted-organiser = Dobro došli u tim! Sada ste organizator. /help prikazuje vaše komande.
invite-accepted-facilitator-of = Dobro došli u tim! Sada ste facilitator grupe { $cohort }. /help prikazuje vaše komande.
invite-accepted-facilitator-all = Dobro došli u tim! Sada ste facilitator svih grupa. /help prikazuje vaše komande.
invite-accepted-translator = Dobro došli u tim! Sada možete da prevodite objavljene preporuke (jezik: { $language }): pošaljite /translate.
cmd-broadcast = Pošaljite obaveštenje
cmd-broadcasts = Napredak vaših obaveštenja
cmd-grant = Pozovite facilitatora, organizatora ili prevodioca

help-facilitator =
    Za facilitatore:
    /newsession: zakažite sesiju
    /checkin: link i QR kod za prijavu na sesiju
    /broadcast: pošaljite obaveštenje
    /broadcasts: napredak vaših obaveštenja
    /results: šta su učesnici rekli o vašim sesijama
    /guardians: potvrdite potpisan papirni obrazac roditelja ili staratelja
    /people: ko je u vašim grupama i ko je došao; označite prisustvo
    /upcoming: šta bot uskoro šalje i koliko ljudi
    /poster: plakat za štampu sa linkom za prijavu u vašu grupu
help-organiser =
    Za organizatore:
    /grant: pozovite facilitatora, organizatora ili prevodioca
    /stats: brojke celog programa
    /moderate: odobrite ili odbijte preporuke
    /summary: pregled, grafikon i podaci o preporukama
    /export: učesnici, potvrde dolaska, povratne informacije ili preporuke kao CSV i XLSX
    /erase: obrišite nečije podatke na njihov zahtev
    /translate: prevedite objavljene preporuke (izveštaju za Samit potreban je engleski)
    /report: izveštaj za Samit kao Word dokument (/report en, sq… na drugom jeziku)

## Upitnici za povratne informacije

survey-session-feedback = Utisci o sesiji
sq-overall = Sve u svemu, kakva je bila sesija? (1 = loša, 5 = odlična)
sq-confidence = Koliko ste sigurni da ćete primeniti ono što ste naučili? (1 = nimalo, 5 = veoma)
sq-most-useful = Šta vam je bilo najkorisnije?
sq-improve = Šta bi trebalo da poboljšamo?
sq-recommend = Da li biste preporučili program prijatelju?
opt-yes = Da
opt-maybe = Možda
opt-no = Ne
feedback-none = Nijedan upitnik vas ne čeka. Hvala!
feedback-list = Upitnici na koje još možete da odgovorite (sesije iz poslednje dve nedelje):
survey-already = Već ste odgovorili na upitnik za { $title }. Hvala!
survey-not-yet = Upitnik za { $title } otvara se kada se sesija završi.
survey-closed = Upitnik za { $title } je zatvoren.
survey-intro = { $survey }: { $title } ({ $when }). Nekoliko kratkih pitanja. { $anonymity }
survey-anonymous = Vaši odgovori su anonimni: čuvaju se bez vašeg imena.
survey-question = ({ $n }/{ $total }) { $question }
opt-on = ✅ { $label }
opt-off = ▫️ { $label }
btn-done = Gotovo
btn-skip-question = Preskoči
survey-pick-one = Molimo izaberite bar jednu opciju, pa dodirnite Gotovo.
survey-thanks = Hvala na povratnoj informaciji! Pomaže facilitatorima da naredne sesije budu bolje.
survey-invite =
    Kakva je bila sesija { $title } ({ $when })?
    Molimo recite nam u upitniku od dva minuta.
btn-start-survey = Započni upitnik
results-none = Još nema odgovora za sesije koje možete da vidite.
results-pick = Rezultati koje sesije?
results-header = Utisci o sesiji { $title } ({ $when }): odgovora { $answered }, prijavljenih na licu mesta { $attended }.
stats-header = Program do sada: { $participants ->
        [one] { $participants } učesnik
        [few] { $participants } učesnika
       *[other] { $participants } učesnika
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
results-rating = prosek { $average } · 1: { $r1 } · 2: { $r2 } · 3: { $r3 } · 4: { $r4 } · 5: { $r5 }
results-choice = { $label }: { $n }
results-text = • { $text }
results-anonymous-withheld = Ova anketa je anonimna: odgovori se prikazuju tek kad odgovori najmanje { $min } osoba, da se nijedan odgovor ne bi mogao povezati ni sa kim.
# A question with its figures or answers, one per line.
results-block = { $lines }
cmd-feedback = Upitnici koji vas čekaju
cmd-results = Utisci o vašim sesijama
cmd-stats = Brojke programa
survey-wellbeing = Kako ste se osećali (anonimno)
sq-safe = Da li ste se osećali bezbedno da kažete šta mislite?
sq-enjoyed = Koje aktivnosti su vam se dopale? Izaberite sve koje važe, pa dodirnite Gotovo.
opt-games = Igre
opt-discussion = Diskusija
opt-role-play = Igranje uloga
opt-group-work = Rad u grupama
sq-anything = Još nešto što želite da nam kažete, anonimno?

## Preporuke mladih za Samit Zapadnog Balkana

rec-limit = Poslali ste { $limit ->
        [one] { $limit } preporuku
        [few] { $limit } preporuke
       *[other] { $limit } preporuka
    } u poslednja 24 sata, najviše za jedan dan. Hvala! Molimo vratite se sutra.
rec-theme = Vaša preporuka za Samit Zapadnog Balkana. Na koju temu se odnosi?
theme-participation = Učešće mladih
theme-education-skills = Obrazovanje i veštine
theme-employment = Zapošljavanje
theme-brain-drain-migration = Odliv mozgova i migracije
theme-reconciliation-cooperation = Pomirenje i regionalna saradnja
theme-diversity-dialogue = Različitost i dijalog
theme-rule-of-law = Vladavina prava
theme-environment-community = Životna sredina i zajednica
rec-level = Na kom nivou treba delovati?
level-local = Lokalni
level-national = Nacionalni
level-regional = Regionalni
level-eu = EU
rec-text = Napišite svoju preporuku ({ $min }–{ $max ->
        [one] { $max } znak
        [few] { $max } znaka
       *[other] { $max } znakova
    }): šta treba da se promeni i ko to treba da uradi?
rec-preview = Iznad je vaša preporuka ({ $theme }, { $level }). Da je pošaljemo? Organizatori čitaju svaku preporuku pre objavljivanja.
btn-submit = Pošalji
btn-edit = Izmeni tekst
rec-submitted = Hvala! Vaša preporuka je poslata. Bićete obavešteni kada je organizatori pročitaju; /recommendations prikazuje objavljene.
rec-cancelled = Otkazano: ništa nije poslato.
mod-none = Nijedna preporuka ne čeka moderaciju.
mod-card = Preporuka #{ $id } · { $theme } · { $level } ({ $waiting } čeka). Da je objavimo?
btn-approve = Odobri
btn-reject = Odbij
mod-approved = Odobreno i objavljeno; autor je obavešten. /moderate za sledeću.
mod-rejected = Odbijeno; autor je obavešten. /moderate za sledeću.
mod-taken = Drugi organizator je prvi moderirao ovu preporuku; ništa nije promenjeno. /moderate za sledeću.
rec-approved-notice = Vaša preporuka na temu { $theme } je odobrena i objavljena. Hvala!
rec-rejected-notice = Vaša preporuka na temu { $theme } ovaj put nije objavljena. Možete poslati novu pomoću /recommend.
browse-pick = Objavljene preporuke: izaberite temu.
browse-theme = { $theme } ({ $count })
browse-none = Još ništa nije objavljeno: organizatori čitaju svaku preporuku pre nego što se pojavi ovde. /recommend šalje vašu.
browse-empty = Još nema objavljenih preporuka na temu { $theme }.
browse-header = { $theme } (strana { $page }):
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
btn-next-page = Sledeća strana
btn-show-original = Prikaži kako je napisano
endorse-done = Podržano. Hvala!
endorse-own = Ne možete podržati sopstvenu preporuku.
endorse-twice = Ovu ste već podržali.
endorse-gone = Ova preporuka više nije objavljena.
sum-header = Preporuke mladih: { $approved } odobrenih, { $pending } na čekanju, { $rejected } odbijenih. Broje se odobrene; ćelije sa manje od 5 osoba prikazane su kao <5.
sum-none-approved = Još ništa nije odobreno, a pregled broji samo odobrene preporuke: /moderate prikazuje one koje čekaju.
sum-section =
    { $dimension }
    { $lines }
sum-line = { $label }: { $value }
sum-others = Ostali (svaki sa manje od 5 osoba)
sum-by-theme = Po temi
sum-by-level = Po nivou
sum-by-country = Po državi
sum-by-age = Po uzrastu
sum-by-gender = Po polu
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
export-pick = Koje podatke želite da izvezete? Dobićete CSV datoteku i XLSX tabelu.
export-sent = Evo izvoza: { $what }.
export-personal = Sadrži lične podatke: čuvajte ga pažljivo, delite ga samo sa timom programa i obrišite ga kada vam više ne bude potreban.
btn-export-participants = Učesnici
btn-export-rsvps = Potvrde dolaska i prijave na sesiji
btn-export-feedback = Povratne informacije
btn-export-recommendations = Preporuke

## /mydata: ostalo što čuvamo

mydata-activity =
    Obaveštenja i podsetnici: { $muted }
    Sesije:
    { $rsvps }
    Vaše preporuke:
    { $recommendations }
    Podrške koje ste dali: { $endorsements }
    Odgovori na upitnike sačuvani uz vaš ID: { $surveys } (anonimni nisu povezani sa vama)
mydata-rsvp = • { $title } ({ $when }): { $answer }{ $checked }
mydata-checked = , prijavljeni na licu mesta
mydata-not-checked = {""}
mydata-recommendation = • { $theme }, { $status }: { $text }
muted-yes = isključeni (/unmute ih uključuje)
muted-no = uključeni
rec-status-pending = čeka moderaciju
rec-status-approved = objavljena
rec-status-rejected = nije objavljena

## Guardians and erasure on request

btn-guardian-ask = Pitaću roditelja/staratelja
reg-pending = Hvala, { $name }! Registrovani ste za Active Citizens i čekamo saglasnost vašeg roditelja ili staratelja. Dok je ne dobijemo, ne šaljemo vam podsetnike ni obaveštenja.
guardian-link =
    Prosledite ovaj link roditelju ili staratelju. Oni ga otvaraju u svom Telegramu, čitaju kako koristimo vaše podatke i kažu da li se slažu:
    { $link }
    Ako ne koriste Telegram, zatražite papirni obrazac od facilitatora. Ako niko ne potvrdi u roku od { $days } dana, brišemo vašu registraciju.
guardian-still-waiting = Dobro došli nazad, { $name }. Još čekamo saglasnost vašeg roditelja ili staratelja. Evo novog linka za njih (prethodni više ne važi).
guardian-request =
    { $name } (rođen/a { $birth_year }.) želi da učestvuje u programu Active Citizens, u kome se mladi sa celog Zapadnog Balkana obučavaju za društveno liderstvo i planiraju akcije u svojim zajednicama. Rekli su nam da ste vi njihov roditelj ili staratelj.
    Evo kako bismo koristili njihove podatke (obaveštenje o privatnosti, verzija { $version }):
    { privacy-notice-points }
    Da li se slažete da { $name } učestvuje?
guardian-agreed = Hvala na potvrdi. Javili smo im: sada su u potpunosti registrovani.
guardian-declined = Hvala na odgovoru. Obrisali smo sve što su nam rekli i javili im.
guardian-link-unknown = Ovaj link više ne važi: već je iskorišćen, zamenio ga je noviji ili je registracija obrisana.
guardian-own-account = Ovaj link je za vašeg roditelja ili staratelja: prosledite ga njima. Oni potvrđuju sa svog Telegram naloga; vaš ne može.
guardian-confirmed-notice = Dobre vesti, { $name }: saglasnost vašeg roditelja ili staratelja je potvrđena. Sada ste u potpunosti registrovani za Active Citizens i dobijaćete vesti o svojim sesijama. /help prikazuje šta možete.
erased-guardian-declined = Vaš roditelj ili staratelj se nije složio, pa smo obrisali vašu registraciju. Dobrodošli ste nazad kad god se slože: pošaljite /start.
erased-guardian-never-confirmed = Saglasnost vašeg roditelja ili staratelja nije stigla u roku od { $days } dana, pa smo obrisali vašu registraciju. Pošaljite /start da se ponovo registrujete kada budu spremni.
guardian-by-telegram = potvrdili su je sa svog Telegram naloga, { $at }
guardian-by-paper = potvrdio ju je vaš facilitator, koji ima obrazac koji su potpisali, { $at }
guardian-declared = na vašu reč, datu pri registraciji, { $at }
guardian-waiting = čeka se njihova potvrda
participant-status-pending-guardian = čeka se saglasnost roditelja ili staratelja (do tada bez podsetnika i obaveštenja)
paper-none = U vašim grupama niko ne čeka saglasnost roditelja ili staratelja.
paper-pick =
    { $count ->
        [one] { $count } osoba čeka
        [few] { $count } osobe čekaju
       *[other] { $count } osoba čeka
    } saglasnost roditelja ili staratelja (prvo oni koji najduže čekaju, sa grupom i danom registracije; prikazano: { $shown }).
    Dodirnite osobu čiji potpisani papirni obrazac imate:
paper-confirm = Da li imate obrazac koji je potpisao roditelj ili staratelj osobe { $name }? Vaša potvrda se beleži pod vašim imenom.
btn-paper-yes = Da, imam potpisan obrazac
btn-paper-no = Ne
paper-confirmed = Zabeleženo: { $name } je sada u potpunosti registrovan/a, i javljamo im.
paper-not-confirmed = Ništa nije zabeleženo.
paper-not-waiting = Više ne čekaju (neko je već potvrdio ili je registracija obrisana): ništa nije zabeleženo.
erase-ask-id = Čije podatke treba obrisati? Pošaljite njihov Telegram ID: broj koji vide kada botu pošalju /whoami.
erase-not-an-id = Telegram ID je broj, na primer 123456789. Svako vidi svoj kada pošalje /whoami.
erase-yourself = Za brisanje sopstvenih podataka koristite /delete.
erase-unknown = Niko nije registrovan sa ID-jem { $id }. Proverite broj i pošaljite ga ponovo.
erase-ask-reason = Zašto brišete podatke osobe { $name }? Na primer: "zatraženo imejlom 3. decembra". Razlog se upisuje u dnevnik revizije sa vašim imenom, ne njihovim.
erase-confirm = Obrisati sve što čuvamo o osobi { $name } (ID { $id })? Razlog: { $reason }. Ovo se ne može poništiti.
btn-erase-yes = Da, obriši
btn-erase-no = Ne, zadrži
erase-done = Podaci osobe { $name } su obrisani, a brisanje je zabeleženo.
erase-kept = Ništa nije obrisano.
erase-gone = Već su obrisani: nema šta više da se uradi.
cmd-guardians = Potvrdi papirni obrazac staratelja
cmd-erase = Obriši nečije podatke na zahtev
cmd-translate = Prevedi preporuke
translate-usage = Pošaljite /translate da prevedete preporuke kojima nedostaje neki jezik, ili /translate i broj preporuke da prevedete ili ispravite tu (npr. /translate 12).
translate-pick-language = Na koji jezik?
translate-none = Za sada nema više ničega za prevod na { $language }. /translate počinje ponovo (preskočene se vraćaju); /translate i broj ispravlja jednu.
translate-card =
    Preporuka #{ $id } · { $theme } · napisana na jeziku { $written } (bez prevoda na { $language }: { $waiting }):
    { $text }
translate-existing = Sadašnji prevod na { $language }: { $text }
translate-ask = Pošaljite prevod na { $language } ili dodirnite "Preskoči".
btn-translate-skip = Preskoči
translate-saved = Sačuvan je prevod preporuke #{ $id }.
translate-gone = Ta preporuka više nije objavljena: ništa nije sačuvano.
cmd-report = Izveštaj za Samit (Word)
chart-caption = Odobrene preporuke po temama
report-title = Preporuke mladih za Samit Zapadnog Balkana
report-gathered-heading = Kako su prikupljene
report-gathered = Od { $from } do { $to } mladi koji učestvuju u programu Active Citizens ({ $participants } učesnika u { $cohorts } grupa) pisali su preporuke za Samit. Organizatori programa odobrili su { $approved }; { $listed } sa tekstom na engleskom navedene su u nastavku po temama, prvo one koje su ostali učesnici najviše podržali.
report-countries = Učesnici po državama: { $countries }.
report-original = Original ({ $language }): { $text }
report-meta = Nivo: { $level } · { $endorsements ->
        [one] { $endorsements } podrška
        [few] { $endorsements } podrške
       *[other] { $endorsements } podrški
    }
report-chart-heading = Preporuke po temama
report-sent = Evo izveštaja za Samit ({ $language }) da ga uredite pre slanja: { $listed } preporuka. Odobrenih bez engleskog teksta, izostavljenih: { $missing }; /translate ga dodaje.

## Rosters and marking present (/people)

cmd-people = Ko je u vašim grupama, ko je došao; označite prisustvo
roster-none = Vaše uloge ne navode nijednu grupu koja je još u toku.
roster-pick-cohort = Koja grupa?
roster =
    { $cohort }: prijavljeni { $registered } · čekaju saglasnost roditelja { $pending } · održane sesije { $sessions }. Strana { $page } od { $pages }.
    🗓 prisustvo na sesijama · 📝 popunjene ankete

    { $lines }
roster-line = { $n }. { $name }: 🗓 { $attended }/{ $sessions } · 📝 { $answered }{ $status ->
        [pending_guardian] {" "}(čeka saglasnost roditelja)
        [blocked] {" "}(ne prima poruke)
       *[active] {""}
    }
btn-roster-previous = ◀ Nazad
btn-roster-next = Dalje ▶
btn-roster-export = 📄 Evidencija prisustva
btn-roster-mark = ✅ Označite prisustvo
roster-export-sent = Evidencija prisustva grupe { $cohort } (ko je bio na kojoj sesiji, ko je popunio anketu), kao CSV i XLSX. Sadrži imena: čuvajte je bezbedno i obrišite je kada vam više ne treba.
mark-no-sessions = Nijedna sesija grupe { $cohort } nije u toku niti se nedavno završila.
mark-pick-session = Na kojoj sesiji označavate prisustvo?
mark-everyone-present = Svi iz grupe su već označeni kao prisutni na sesiji { $title }.
mark-pick-person = Ko je bio na sesiji { $title } ({ $when })? Još nisu označeni: { $count }.
mark-done = Prisustvo osobe { $name } na sesiji { $title } ({ $when }) je označeno. Ako je anketa sesije već poslata, dobiće je i ta osoba.
mark-not-member = Ta osoba više nije u grupi ove sesije: prisustvo nije označeno.
mark-already = Prisustvo te osobe na toj sesiji je već bilo označeno.

## What is about to be sent (/upcoming)

cmd-upcoming = Šta bot uskoro šalje i koliko ljudi
upcoming-none = Za vaše grupe ništa nije planirano u narednih { $days } dana.
upcoming-header =
    Planirano za narednih { $days } dana (👥 primaoci prema trenutnom stanju grupa):
    { $lines }
upcoming-now = odmah
upcoming-reminder = { $when } · podsetnik: { $title } ({ $cohort }) · 👥 { $count }
upcoming-survey = { $when } · poziv na anketu: { $title } ({ $cohort }) · 👥 { $count }
upcoming-notice = { $when } · obaveštenje o izmeni: { $title } ({ $cohort }) · 👥 { $count }
upcoming-announcement = { $when } · obaveštenje #{ $id } · 👥 { $count }
upcoming-more = …i još { $more }: komanda schedule u terminalu navodi sve.

## Announcements in several languages

bc-languages = Primaoci po jeziku: { $list }. Oni označeni sa ✓ dobijaju verziju na svom jeziku; ostali, tekst iznad.
btn-add-version = 🌐 Dodajte verziju na drugom jeziku
bc-version-language = Verzija za čitaoce kog jezika?
bc-version-text = Napišite verziju za jezik: { $language } (do { $max } znakova). Čitaoci tog jezika dobiće nju umesto vašeg teksta.

## Posters (/poster)

report-unknown-language = Bot nema jezik "{ $language }": navedite jedan od { $known } (npr. /report mk). Ništa nije poslato.
cohort-archived = Ta grupa je arhivirana (njen program je završen), pa sesija nije napravljena.
cmd-poster = Plakat za štampu sa linkom za prijavu u vašu grupu
poster-sent = Plakat grupe { $cohort }, za štampu ili deljenje: njegov QR kod otvara prijavu u ovu grupu, { $link }
