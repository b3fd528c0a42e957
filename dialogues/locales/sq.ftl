# Shqip (Albanian). Complete: every message of en.ftl is translated.

## Zgjedhja e gjuhës

pick-language =
    Mirë se vini në Active Citizens! 👋
    Choose your language · Zgjidhni gjuhën · Izaberite jezik · Изберете јазик
language-pick = Zgjidhni gjuhën:
language-set = Në rregull: tani e tutje do t'ju shkruaj në gjuhën { $language }.

## Regjistrimi

privacy-notice-points =
    • Ruajmë emrin, vitin e lindjes, gjininë (nëse doni ta tregoni), shtetin, qytetin, organizatën (sipas dëshirës), grupin dhe gjuhën tuaj.
    • Ekipi i Active Citizens i përdor vetëm për zhvillimin e programit: kujtesa për seancat, vlerësime dhe statistika anonime. Nuk e publikojmë kurrë emrin tuaj dhe nuk ua japim të dhënat të tjerëve.
    • /mydata tregon gjithçka që ruajmë; /delete i fshin në çdo kohë.
    • Përgjegjës për të dhënat tuaja (kontrolluesi): { $controller }. Pyetje dhe kërkesa: { $contact }.
    • I fshijmë të dhënat tuaja { $retention_days } ditë pas aktivitetit tuaj të fundit këtu, ose më herët nëse e kërkoni.
reg-consent =
    Para se të fillojmë, ja si i përdorim të dhënat tuaja (njoftimi i privatësisë, versioni { $version }):
    { privacy-notice-points }
    A pajtoheni?
btn-agree = Pajtohem
btn-decline = Nuk pajtohem
reg-declined = Në rregull. Pa pëlqimin tuaj nuk mund t'ju regjistrojmë, dhe nuk kemi ruajtur asgjë. Nëse ndërroni mendje, shtypni "Fillo përsëri".
btn-start-again = Fillo përsëri
reg-name = Si quheni? (emri që dëshironi të përdorë ekipi i programit, { $min }–{ $max } shkronja)
reg-birth-year = Në cilin vit keni lindur? Shkruani katër shifrat, p.sh. 2005. (Pyesim vetëm për vitin, jo për datën.)
reg-gender = Cila është gjinia juaj?
gender-female = Femër
gender-male = Mashkull
gender-other = Tjetër
gender-undisclosed = Preferoj të mos e them
reg-country = Në cilin shtet jetoni?
country-AL = Shqipëri
country-BA = Bosnjë e Hercegovinë
country-XK = Kosovë
country-ME = Mal i Zi
country-MK = Maqedoni e Veriut
country-RS = Serbi
country-OTHER = Tjetër
reg-guardian =
    Meqë mund të jeni nën { $consent_age } vjeç, duhet të japë pëlqimin edhe një prind ose kujdestar. Pasi të regjistroheni, do t'ju japim një lidhje për t'ua dërguar: ata e hapin në Telegramin e tyre dhe e konfirmojnë. (Nëse nuk e përdorin Telegramin, lehtësuesi juaj mund të konfirmojë një formular të nënshkruar prej tyre.)
btn-guardian-not-yet = Jo tani
reg-guardian-needed = Asnjë problem. Flisni me prindin ose kujdestarin tuaj dhe shtypni "Fillo përsëri" kur të jeni gati. Nuk kemi ruajtur asgjë.
reg-municipality = Në cilën komunë ose qytet jetoni?
reg-organisation = Në cilën organizatë, shkollë apo grup bëni pjesë? Nëse s'jeni pjesë e asnjërës, shtypni "Kapërce".
btn-skip = Kapërce
reg-cohort = Cili është kodi i grupit tuaj? Jua jep lehtësuesi (gjendet edhe në kodin QR të punëtorisë).
btn-no-code = Nuk kam kod
reg-cohort-link-unknown = Kodi në lidhjen tuaj ({ $code }) nuk është i njohur për ne.
reg-done =
    Faleminderit, { $name }! Jeni regjistruar në Active Citizens. 🎉
    Çfarë mund të bëni tani:
    • /sessions: seancat tuaja të ardhshme, dhe nëse do të vini
    • /recommend: dërgoni një rekomandim për Samitin e Ballkanit Perëndimor
    • /profile: shihni ose ndryshoni të dhënat tuaja
    • /language: ndryshoni gjuhën
    • /mydata: shihni gjithçka që ruajmë për ju
    • /help: të gjitha komandat
    Këtu do të merrni kujtesa para seancave tuaja.

## Përgjigje që duhen provuar sërish

invalid-text-empty = Ju lutemi shkruani përgjigjen si tekst.
invalid-text-too-short = Kjo është shumë e shkurtër: shkruani të paktën { $min ->
        [one] { $min } shkronjë
       *[other] { $min } shkronja
    }.
invalid-text-too-long = Kjo është shumë e gjatë: mos kaloni { $max ->
        [one] { $max } shkronjë
       *[other] { $max } shkronja
    }.
invalid-text-no-letters = Ju lutemi shkruajeni me shkronja.
invalid-text-unprintable = Ju lutemi shkruajeni pa shenja kontrolli ose shenja të drejtimit të tekstit.
invalid-birth-year-format = Ju lutemi shkruani vitin e lindjes me katër shifra, p.sh. 2005.
invalid-birth-year-range = Programi është për moshat { $min } deri { $max } vjeç. Ju lutemi kontrolloni vitin e lindjes.
invalid-cohort-format = Kodi i grupit ka 2–32 shkronja, shifra ose viza, si TIRANA-2026. Ju lutemi kontrollojeni.
invalid-cohort-unknown = Nuk e njohim kodin e grupit { $code }. Kontrollojeni me lehtësuesin, ose shtypni "Nuk kam kod".
cohort-not-found = Nuk ka grup me kodin { $code }. Ju lutemi kontrolloni kodin; grupet e reja shtohen nga rreshti i komandave (cohorts add).
use-buttons = Ju lutemi zgjidhni një nga butonat.
text-expected = Këtu mund të lexoj vetëm tekst. Ju lutemi shkruani përgjigjen.

## Jashtë një bisede

nontext-idle = Kuptoj mesazhe me tekst dhe butona. /help tregon çfarë mund të bëj.
idle-text = Nuk jam i sigurt çfarë doni të thoni. /help tregon çfarë mund të bëj.
idle-not-registered = Përshëndetje! Dërgoni /start për t'u regjistruar në Active Citizens.
unknown-command = Nuk e njoh komandën { $command }. /help tregon komandat.
whoami = ID-ja juaj në Telegram: { $id }
help =
    Active Citizens bot: komandat
    /start: regjistrohuni, ose bashkohuni me një grup me kod
    /sessions: seancat tuaja të ardhshme, dhe nëse do të vini
    /feedback: pyetësorët për seancat tuaja të fundit
    /recommend: dërgoni një rekomandim për Samitin e Ballkanit Perëndimor
    /recommendations: lexoni dhe mbështetni rekomandimet e publikuara
    /profile: shihni ose ndryshoni të dhënat tuaja
    /language: ndryshoni gjuhën
    /mydata: gjithçka që ruajmë për ju
    /delete: fshini të dhënat tuaja
    /mute, /unmute: çaktivizoni ose aktivizoni njoftimet dhe kujtesat
    /cancel: ndalni atë që po bëni
busy-finish-first = Le ta mbarojmë këtë më parë: përgjigjuni pyetjes më poshtë, ose dërgoni /cancel për ta ndalur.
cancelled = U ndal. Asgjë nuk u ndryshua.
nothing-to-cancel = Nuk ka asgjë për të ndalur.
welcome-back = Mirë se u kthyet, { $name }! /help tregon çfarë mund të bëni.
cohort-joined = Tani jeni në grupin { $cohort }.
cohort-unknown = Nuk e njohim kodin e grupit { $code }. Ju lutemi kontrollojeni me lehtësuesin.
cohort-already = Jeni tashmë në grupin { $cohort }.
cohort-move-ask = Jeni në grupin { $current }. Doni të kaloni në { $cohort }? Atëherë kujtesat do të jenë për seancat e tij. Nëse jo, nuk ka nevojë të bëni asgjë.
btn-cohort-move = Kaloni në { $cohort }
not-registered = Ende nuk jeni regjistruar. Dërgoni /start për t'u regjistruar.

## Profili dhe të dhënat tuaja

profile-card =
    Profili juaj
    Emri: { $name }
    Viti i lindjes: { $birth_year }
    Gjinia: { $gender }
    Shteti: { $country }
    Komuna: { $municipality }
    Organizata: { $organisation }
    Grupi: { $cohort }
    Shtypni një buton për të ndryshuar diçka.
btn-edit-name = Emri
btn-edit-birth-year = Viti i lindjes
btn-edit-gender = Gjinia
btn-edit-country = Shteti
btn-edit-municipality = Komuna
btn-edit-organisation = Organizata
btn-edit-cohort = Grupi
btn-edit-done = Mbaroi
profile-saved = U ruajt.
profile-not-saved = Asgjë nuk u ndryshua: për këtë duhet pëlqimi i një prindi ose kujdestari.
value-none = asnjë
mydata-none = Nuk ruajmë asgjë për ju përveç vendit ku jeni në këtë bisedë. Dërgoni /start për t'u regjistruar.
mydata =
    Gjithçka që ruajmë për ju:
    ID në Telegram: { $telegram_id }
    Gjuha: { $language }
    Emri: { $name }
    Viti i lindjes: { $birth_year }
    Gjinia: { $gender }
    Shteti: { $country }
    Komuna: { $municipality }
    Organizata: { $organisation }
    Grupi: { $cohort }
    Pëlqimi për njoftimin e privatësisë: { $consent_at } (versioni { $privacy_version })
    Pëlqimi i prindit ose kujdestarit: { $guardian }
    Statusi: { $status }
    Regjistruar: { $registered_at }
    Ndryshuar së fundi: { $updated_at }
    /delete i fshin të gjitha.
guardian-not-needed = nuk nevojitet
participant-status-active = aktiv
participant-status-blocked = i paarritshëm (Telegram na tha se e kishit bllokuar botin; kur i shkruani përsëri, kjo hiqet)
delete-confirm = Të fshijmë gjithçka që ruajmë për ju? Kjo nuk kthehet mbrapsht; për të marrë pjesë përsëri do të regjistroheshit nga e para.
btn-delete-yes = Po, fshini të dhënat
btn-delete-no = Jo, mbajini
deleted = Të dhënat tuaja u fshinë. Faleminderit që morët pjesë në Active Citizens. Dërgoni /start nëse doni të ktheheni.
delete-kept = Asgjë nuk u fshi.
nothing-stored = Nuk ruajmë të dhëna për ju, prandaj nuk ka asgjë për të fshirë.

## Njoftime dhe gabime

stale-button = Ky buton nuk është më aktiv.
state-lost = Na falni, humba fillin e bisedës pas një përditësimi. Le të vazhdojmë nga këtu.
error-apology = Na falni, diçka shkoi keq nga ana jonë. Ju lutemi provoni përsëri pas një minute.
group-pointer = Punoj vetëm në biseda private: hapni https://t.me/{ $bot } dhe shtypni Start.

## Menyja e komandave

cmd-start = Regjistrohuni ose bashkohuni me një grup
cmd-help = Çfarë mund të bëj
cmd-profile = Shihni ose ndryshoni të dhënat
cmd-language = Ndryshoni gjuhën
cmd-mydata = Gjithçka që ruajmë për ju
cmd-delete = Fshini të dhënat tuaja
cmd-cancel = Ndalni atë që po bëni

## Seancat, konfirmimet dhe regjistrimi i pjesëmarrjes

sessions-no-cohort = Ende nuk jeni në një grup. Përdorni lidhjen ose kodin QR nga lehtësuesi, ose dërgoni /start me kodin e grupit (p.sh. /start TIRANA-2026).
sessions-none = Ende nuk ka seanca të ardhshme për grupin tuaj. Do të merrni një kujtesë kur të planifikohet një.
sessions-header = Seancat tuaja të ardhshme:
session-label = { $when } · { $title }
session-line =
    { $n }. { $title }
    🕒 { $when }
    📍 { $location }
    Përgjigjja juaj: { $answer }
rsvp-coming = vij
rsvp-not-coming = nuk mund të vij
rsvp-none = ende pa përgjigje
btn-coming = Vij
btn-not-coming = Nuk mund të vij
btn-coming-n = { $n }: Vij
btn-not-coming-n = { $n }: Nuk vij
rsvp-saved-coming = U ruajt: do të vini. Shihemi atje!
rsvp-saved-not-coming = U ruajt: nuk mund të vini. Faleminderit që na njoftuat.
rsvp-closed = Kjo seancë ka filluar tashmë.
rsvp-not-member = Kjo seancë është për një grup tjetër.
session-gone = Kjo seancë u anulua ose nuk ekziston më.
location-tba = vendi do të njoftohet
checkin-unknown = Ky kod i regjistrimit të pjesëmarrjes nuk njihet. Ju lutemi skanoni përsëri kodin QR në vend.
checkin-register-first = Ju lutemi regjistrohuni më parë (dërgoni /start), pastaj skanoni përsëri kodin.
checkin-not-member = Ky regjistrim është për seancën e një grupi tjetër. Pyesni lehtësuesin nëse duhet të jeni aty.
checkin-cancelled = Seanca { $title } u anulua.
checkin-too-early = Regjistrimi për { $title } hapet { $minutes ->
        [one] { $minutes } minutë
       *[other] { $minutes } minuta
    } para fillimit ({ $when }).
checkin-over = Seanca { $title } ka përfunduar: regjistrimi është mbyllur.
checkin-already = Jeni regjistruar tashmë për { $title }.
checkin-done = Mirë se erdhët! U regjistruat për { $title }.
reminder =
    Kujtesë: { $title }
    🕒 { $when }
    📍 { $location }
    A do të vini?
session-changed =
    Ndryshim në një seancë të grupit tuaj: { $title }
    🕒 tani { $when }
    📍 { $location }
session-cancelled = Seanca { $title } ({ $when }) u anulua. Na vjen keq për ndryshimin!
muted = Njoftimet u çaktivizuan, po ashtu edhe kujtesat për seancat. Dërgoni /unmute për t'i aktivizuar përsëri.
unmuted = Njoftimet dhe kujtesat janë aktive përsëri.
cmd-sessions = Seancat tuaja të ardhshme
cmd-mute = Çaktivizoni njoftimet
cmd-unmute = Aktivizoni njoftimet

## Lehtësuesit: /newsession

not-allowed = Na vjen keq, kjo komandë është për lehtësuesit dhe organizatorët.
not-allowed-organisers = Na vjen keq, kjo komandë është për organizatorët.
translators-only = Na vjen keq, kjo komandë është për organizatorët dhe përkthyesit.
right-lost = Roli juaj nuk e lejon më këtë, prandaj nuk u bë asgjë. /help tregon çfarë mund të bëni tani.
ns-cohort-pick = Seancë e re. Për cilin grup?
ns-cohort-type = Seancë e re. Shkruani kodin e grupit (p.sh. TIRANA-2026):
ns-title = Cili është titulli i seancës?
ns-module = Cili modul trajnimi është?
module-identity-culture = Identiteti dhe kultura
module-intercultural-dialogue = Dialogu ndërkulturor
module-local-global-communities = Komunitetet lokale dhe globale
module-social-action = Planifikimi i veprimit social
btn-no-module = Asnjë nga këto
ns-starts = Kur fillon? Shkruani datën dhe orën lokale ({ $zone }) si 2026-12-05 18:00.
ns-starts-invalid = Nuk e lexoj dot këtë datë dhe orë (ose ora kapërcehet). Shkruajeni si 2026-12-05 18:00.
ns-starts-past = Kjo kohë ka kaluar tashmë. Ju lutemi jepni një kohë në të ardhmen.
ns-duration = Sa zgjat? Zgjidhni, ose shkruajeni si 90m ose 2h.
ns-duration-invalid = Ju lutemi shkruani kohëzgjatjen si 90m, 2h ose 1h30m (jo më shumë se 24h).
ns-location = Ku zhvillohet?
btn-location-tba = Njoftohet më vonë
ns-confirm =
    Ju lutemi kontrolloni seancën e re:
    Grupi: { $cohort }
    Titulli: { $title }
    Moduli: { $module }
    Fillon: { $when }
    Kohëzgjatja: { $duration }
    Vendi: { $location }
    Ta krijojmë? Pjesëmarrësit marrin kujtesa para saj.
btn-create = Krijoje seancën
btn-discard = Hidhe poshtë
ns-discarded = U hodh poshtë: nuk u krijua asnjë seancë.
session-created =
    Seanca u krijua: { $title } ({ $when }).
    Lidhja për regjistrimin e pjesëmarrjes (tregoni kodin e saj QR në vend): { $link }
checkin-pick = Kodi i regjistrimit të pjesëmarrjes për cilën seancë?
checkin-none = Nuk ka seanca të ardhshme ose në zhvillim nga ato që mund të shihni.
checkin-link =
    Regjistrimi i pjesëmarrjes për { $title } ({ $when }): { $link }
    Tregoni kodin QR në vend: pjesëmarrësit e skanojnë për të regjistruar pjesëmarrjen, nga { $minutes ->
        [one] { $minutes } minutë
       *[other] { $minutes } minuta
    } para fillimit deri në fund.
cmd-checkin = Kodi QR i regjistrimit të pjesëmarrjes në një seancë
cmd-newsession = Planifikoni një seancë

## Lehtësuesit dhe organizatorët: /broadcast, /broadcasts, /grant

verbatim = { $text }
bc-audience = Njoftim i ri. Kush duhet ta marrë?
btn-aud-everyone = Të gjithë
btn-aud-cohort = Një grup
btn-aud-country = Një shtet
btn-aud-language = Një gjuhë
btn-aud-session = Pjesëmarrësit e një seance
bc-cohort-pick = Cili grup?
bc-cohort-type = Shkruani kodin e grupit (p.sh. TIRANA-2026):
bc-country = Pjesëmarrësit që jetojnë në cilin shtet?
bc-language = Pjesëmarrësit që përdorin cilën gjuhë?
bc-session = Pjesëmarrësit e cilës seancë?
bc-no-sessions = Nuk ka seanca të fundit ose të ardhshme që mund t'i arrini.
bc-text = Shkruani njoftimin (deri në { $max } shkronja). Dërgohet saktësisht siç e shkruani.
bc-text-too-long = Është shumë i gjatë: Telegram lejon { $max } shkronja.
bc-preview = Më lart është njoftimi saktësisht siç do ta shohin marrësit. { $count ->
        [one] Do t'i shkonte { $count } personi
       *[other] Do t'u shkonte { $count } personave
    } (pa ata që i kanë çaktivizuar njoftimet).
btn-send = Dërgo
btn-send-test = Më dërgo një provë
btn-cancel-send = Anulo
bc-nobody = Askush nuk do ta merrte: zgjidhni një tjetër audiencë (/cancel, pastaj /broadcast).
bc-queued = Po i dërgohet { $count ->
        [one] { $count } personi
       *[other] { $count } personave
    }, brenda kufijve të Telegram. Do të merrni një raport kur të mbarojë; /broadcasts tregon ecurinë.
bc-cancelled = U anulua: nuk u dërgua asgjë.
bc-report = Njoftimi #{ $id } përfundoi: { $delivered } u dorëzuan, { $blocked } e kanë bllokuar botin, { $skipped } u kapërcyen, { $failed } dështuan (nga { $recipients }).
bc-progress-none = Ende nuk keni dërguar asnjë njoftim.
bc-progress-header = Njoftimet tuaja të fundit:
bc-progress-line = #{ $id } ({ $when }): { $delivered } nga { $recipients } u dorëzuan, { $waiting } në pritje, { $blocked } të bllokuar, { $skipped } të kapërcyer, { $failed } të dështuar.
gr-role = Për cilin rol ta ftoni dikë?
btn-role-facilitator = Lehtësues
btn-role-organiser = Organizator
btn-role-translator = Përkthyes
gr-cohort = Lehtësues i cilit grup? Shkruani kodin, ose shtypni "Të gjitha grupet".
gr-cohort-pick = Lehtësues i cilit grup? Zgjidheni, shkruani kodin, ose shtypni "Të gjitha grupet".
btn-all-cohorts = Të gjitha grupet
gr-invite-organiser = Ftesë për të qenë organizator. Dërgojani këtë lidhje personit; funksionon një herë, brenda { $days } ditëve: { $link }
gr-invite-facilitator-of = Ftesë për të qenë lehtësues i { $cohort }. Dërgojani këtë lidhje personit; funksionon një herë, brenda { $days } ditëve: { $link }
gr-invite-facilitator-all = Ftesë për të qenë lehtësues i të gjitha grupeve. Dërgojani këtë lidhje personit; funksionon një herë, brenda { $days } ditëve: { $link }
gr-language = Në cilën gjuhë do t'i përkthejë rekomandimet e publikuara?
gr-invite-translator = Ftesë për të përkthyer rekomandimet (gjuha: { $language }). Dërgojani këtë lidhje personit; funksionon një herë, brenda { $days } ditëve: { $link }
invite-unknown = Kjo lidhje ftese nuk është e vlefshme.
invite-used = Kjo ftesë është përdorur tashmë.
invite-withdrawn = Kjo ftesë u tërhoq: personi që e bëri nuk mund ta japë më këtë rol.
invite-expired = Kjo ftesë ka skaduar. Kërkojini organizatorit një të re.
invite-accepted-organiser = Mirë se vini në ekip! Tani jeni organizator. /help tregon komandat tuaja.
invite-accepted-facilitator-of = Mirë se vini në ekip! Tani jeni lehtësues i { $cohort }. /help tregon komandat tuaja.
invite-accepted-facilitator-all = Mirë se vini në ekip! Tani jeni lehtësues i të gjitha grupeve. /help tregon komandat tuaja.
invite-accepted-translator = Mirë se vini në ekip! Tani mund t'i përktheni rekomandimet e publikuara (gjuha: { $language }): dërgoni /translate.
cmd-broadcast = Dërgoni një njoftim
cmd-broadcasts = Ecuria e njoftimeve tuaja
cmd-grant = Ftoni një lehtësues, organizator ose përkthyes

help-facilitator =
    Për lehtësuesit:
    /newsession: planifikoni një seancë
    /checkin: lidhja dhe kodi QR i regjistrimit të pjesëmarrjes në një seancë
    /broadcast: dërgoni një njoftim
    /broadcasts: ecuria e njoftimeve tuaja
    /results: çfarë thanë pjesëmarrësit për seancat tuaja
    /guardians: konfirmoni formularin në letër të nënshkruar nga prindi ose kujdestari
    /people: kush është në grupet tuaja dhe kush erdhi; shënoni pjesëmarrjen
    /upcoming: çfarë do të dërgojë boti së shpejti, dhe sa vetëve
    /poster: një poster për printim me lidhjen e regjistrimit në grupin tuaj
help-organiser =
    Për organizatorët:
    /grant: ftoni një lehtësues, organizator ose përkthyes
    /stats: shifrat e gjithë programit
    /moderate: miratoni ose refuzoni rekomandimet
    /summary: përmbledhja, grafiku dhe të dhënat e rekomandimeve
    /export: pjesëmarrësit, konfirmimet, vlerësimet ose rekomandimet si CSV dhe XLSX
    /erase: fshini të dhënat e dikujt me kërkesën e tij/saj
    /translate: përktheni rekomandimet e publikuara (raporti për Samitin kërkon anglisht)
    /report: raporti për Samitin si dokument Word (/report en, mk… në një gjuhë tjetër)

## Pyetësorët e vlerësimit

survey-session-feedback = Vlerësimi i seancës
sq-overall = Në përgjithësi, si ishte seanca? (1 = e dobët, 5 = shkëlqyer)
sq-confidence = Sa të sigurt ndiheni të veproni sipas asaj që mësuat? (1 = aspak, 5 = shumë)
sq-most-useful = Cila ishte gjëja më e dobishme për ju?
sq-improve = Çfarë duhet të përmirësojmë?
sq-recommend = A do t'ia rekomandonit programin një shoku?
opt-yes = Po
opt-maybe = Ndoshta
opt-no = Jo
feedback-none = Nuk ju pret asnjë pyetësor. Faleminderit!
feedback-list = Pyetësorët që mund t'u përgjigjeni ende (seancat e dy javëve të fundit):
survey-already = I jeni përgjigjur tashmë pyetësorit për { $title }. Faleminderit!
survey-not-yet = Pyetësori për { $title } hapet kur të mbarojë seanca.
survey-closed = Pyetësori për { $title } është mbyllur.
survey-intro = { $survey }: { $title } ({ $when }). Disa pyetje të shkurtra. { $anonymity }
survey-anonymous = Përgjigjet tuaja janë anonime: ruhen pa emrin tuaj.
survey-question = ({ $n }/{ $total }) { $question }
opt-on = ✅ { $label }
opt-off = ▫️ { $label }
btn-done = Mbaroi
btn-skip-question = Kapërce
survey-pick-one = Ju lutemi zgjidhni të paktën një mundësi, pastaj shtypni Mbaroi.
survey-thanks = Faleminderit për vlerësimin! U ndihmon lehtësuesve t'i bëjnë seancat e ardhshme më të mira.
survey-invite =
    Si ishte { $title } ({ $when })?
    Ju lutemi na tregoni në një pyetësor dy minutësh.
btn-start-survey = Fillo pyetësorin
results-none = Ende nuk ka përgjigje për seancat që mund të shihni.
results-pick = Rezultatet e cilës seancë?
results-header = Vlerësimi për { $title } ({ $when }): u përgjigjën { $answered }; u regjistruan në vend { $attended }.
stats-header = Programi deri tani: { $participants } pjesëmarrës, { $sessions ->
        [one] { $sessions } seancë e mbajtur
       *[other] { $sessions } seanca të mbajtura
    }, { $responses } përgjigje pyetësorësh.
results-survey = { $survey }: { $n } përgjigje
results-question = { $question } ({ $n } përgjigje)
results-rating = mesatarja { $average } · 1: { $r1 } · 2: { $r2 } · 3: { $r3 } · 4: { $r4 } · 5: { $r5 }
results-choice = { $label }: { $n }
results-text = • { $text }
results-anonymous-withheld = Kjo anketë është anonime: përgjigjet e saj shfaqen pasi të jenë përgjigjur { $min } persona, që asnjë përgjigje të mos lidhet me askënd.
# A question with its figures or answers, one per line.
results-block = { $lines }
cmd-feedback = Pyetësorët që ju presin
cmd-results = Vlerësimet e seancave tuaja
cmd-stats = Shifrat e programit
survey-wellbeing = Si u ndjetë (anonim)
sq-safe = A u ndjetë i/e sigurt të thoni atë që mendoni?
sq-enjoyed = Cilat aktivitete ju pëlqyen? Zgjidhni të gjitha që vlejnë, pastaj shtypni Mbaroi.
opt-games = Lojërat
opt-discussion = Diskutimi
opt-role-play = Luajtja e roleve
opt-group-work = Puna në grup
sq-anything = Diçka tjetër që doni të na tregoni, në mënyrë anonime?

## Rekomandimet e të rinjve për Samitin e Ballkanit Perëndimor

rec-limit = Keni dërguar { $limit ->
        [one] { $limit } rekomandim
       *[other] { $limit } rekomandime
    } në 24 orët e fundit, maksimumi për një ditë. Faleminderit! Ju lutemi kthehuni nesër.
rec-theme = Rekomandimi juaj për Samitin e Ballkanit Perëndimor. Për cilën temë është?
theme-participation = Pjesëmarrja e të rinjve
theme-education-skills = Arsimi dhe aftësitë
theme-employment = Punësimi
theme-brain-drain-migration = Ikja e trurit dhe migrimi
theme-reconciliation-cooperation = Pajtimi dhe bashkëpunimi rajonal
theme-diversity-dialogue = Diversiteti dhe dialogu
theme-rule-of-law = Shteti i së drejtës
theme-environment-community = Mjedisi dhe komuniteti
rec-level = Në cilin nivel duhet vepruar?
level-local = Lokal
level-national = Kombëtar
level-regional = Rajonal
level-eu = BE
rec-text = Shkruani rekomandimin tuaj ({ $min }–{ $max } shkronja): çfarë duhet të ndryshojë dhe kush duhet ta bëjë?
rec-preview = Më lart është rekomandimi juaj ({ $theme }, { $level }). Ta dërgojmë? Organizatorët e lexojnë çdo rekomandim para se të publikohet.
btn-submit = Dërgoje
btn-edit = Ndrysho tekstin
rec-submitted = Faleminderit! Rekomandimi juaj u dërgua. Do të njoftoheni kur organizatorët ta kenë lexuar; /recommendations tregon ato të publikuara.
rec-cancelled = U anulua: nuk u dërgua asgjë.
mod-none = Asnjë rekomandim nuk pret moderim.
mod-card = Rekomandimi #{ $id } · { $theme } · { $level } ({ $waiting } në pritje). Ta publikojmë?
btn-approve = Mirato
btn-reject = Refuzo
mod-approved = U miratua dhe u publikua; autori njoftohet. /moderate për tjetrin.
mod-rejected = U refuzua; autori njoftohet. /moderate për tjetrin.
mod-taken = Një organizator tjetër e moderoi i pari këtë rekomandim; asgjë nuk ndryshoi. /moderate për tjetrin.
rec-approved-notice = Rekomandimi juaj për { $theme } u miratua dhe u publikua. Faleminderit!
rec-rejected-notice = Rekomandimi juaj për { $theme } nuk u publikua këtë herë. Mund të dërgoni një tjetër me /recommend.
browse-pick = Rekomandimet e publikuara: zgjidhni një temë.
browse-theme = { $theme } ({ $count })
browse-none = Ende nuk është publikuar asgjë: organizatorët lexojnë çdo rekomandim para se të shfaqet këtu. /recommend dërgon tuajin.
browse-empty = Ende nuk ka rekomandime të publikuara për { $theme }.
browse-header = { $theme } (faqja { $page }):
browse-item =
    { $n }. { $text }
    ({ $level } · { $endorsements } mbështetje{ $mark })
browse-own = {""} · juaji
browse-endorsed = {""} · e mbështetët
browse-other = {""}
btn-endorse-n = 👍 Mbështet { $n }
btn-next-page = Faqja tjetër
btn-show-original = Shfaqi siç janë shkruar
endorse-done = U mbështet. Faleminderit!
endorse-own = Nuk mund ta mbështetni rekomandimin tuaj.
endorse-twice = E keni mbështetur tashmë këtë.
endorse-gone = Ky rekomandim nuk është më i publikuar.
sum-header = Rekomandimet e të rinjve: { $approved } të miratuara, { $pending } në pritje, { $rejected } të refuzuara. Numërohen të miratuarat; qelizat me më pak se 5 persona shfaqen si <5.
sum-none-approved = Asgjë nuk është miratuar ende, dhe përmbledhja numëron vetëm rekomandimet e miratuara: /moderate tregon ato që presin.
sum-section =
    { $dimension }
    { $lines }
sum-line = { $label }: { $value }
sum-others = Të tjerë (më pak se 5 persona secili)
sum-by-theme = Sipas temës
sum-by-level = Sipas nivelit
sum-by-country = Sipas shtetit
sum-by-age = Sipas moshës
sum-by-gender = Sipas gjinisë
age-15-19 = 15–19
age-20-24 = 20–24
age-25-29 = 25–29
age-30-plus = 30+
value-unknown = e panjohur
sum-top = Më të mbështeturat, sipas temës:
sum-top-item = { $theme } ({ $endorsements } 👍): { $text }
cmd-recommend = Dërgoni një rekomandim për Samitin
cmd-recommendations = Lexoni dhe mbështetni rekomandimet
cmd-moderate = Moderoni rekomandimet
cmd-summary = Përmbledhja e rekomandimeve
cmd-export = Eksportoni të dhënat si dokumente
export-pick = Cilat të dhëna doni të eksportoni? Merrni një skedar CSV dhe një fletëllogaritëse XLSX.
export-sent = Ja eksporti: { $what }.
export-personal = Përmban të dhëna personale: ruajeni mirë, ndajeni vetëm me ekipin e programit dhe fshijeni kur të mos ju nevojitet më.
btn-export-participants = Pjesëmarrësit
btn-export-rsvps = Konfirmimet dhe regjistrimet në seancë
btn-export-feedback = Vlerësimet
btn-export-recommendations = Rekomandimet

## /mydata: pjesa tjetër e asaj që ruajmë

mydata-activity =
    Njoftimet dhe kujtesat: { $muted }
    Seancat:
    { $rsvps }
    Rekomandimet tuaja:
    { $recommendations }
    Mbështetjet që keni dhënë: { $endorsements }
    Përgjigje pyetësorësh të ruajtura me ID-në tuaj: { $surveys } (ato anonime nuk lidhen me ju)
mydata-rsvp = • { $title } ({ $when }): { $answer }{ $checked }
mydata-checked = , i/e regjistruar në vend
mydata-not-checked = {""}
mydata-recommendation = • { $theme }, { $status }: { $text }
muted-yes = të çaktivizuara (/unmute i aktivizon)
muted-no = aktive
rec-status-pending = në pritje të moderimit
rec-status-approved = e publikuar
rec-status-rejected = e papublikuar

## Guardians and erasure on request

btn-guardian-ask = Do ta pyes prindin/kujdestarin
reg-pending = Faleminderit, { $name }! U regjistruat në Active Citizens dhe po presim pëlqimin e prindit ose kujdestarit tuaj. Deri atëherë nuk ju dërgojmë kujtesa apo njoftime.
guardian-link =
    Ia përcillni këtë lidhje prindit ose kujdestarit tuaj. Ata e hapin në Telegramin e tyre, lexojnë si i përdorim të dhënat tuaja dhe thonë nëse pajtohen:
    { $link }
    Nëse nuk e përdorin Telegramin, kërkojini lehtësuesit formularin në letër. Nëse askush nuk e konfirmon brenda { $days } ditëve, e fshijmë regjistrimin tuaj.
guardian-still-waiting = Mirë se u kthyet, { $name }. Ende presim pëlqimin e prindit ose kujdestarit tuaj. Ja një lidhje e re për ta (e mëparshmja nuk vlen më).
guardian-request =
    { $name } (i/e lindur më { $birth_year }) dëshiron të marrë pjesë në Active Citizens, një program ku të rinj nga i gjithë Ballkani Perëndimor aftësohen në udhëheqje shoqërore dhe planifikojnë veprime në komunitetet e tyre. Na tha se ju jeni prindi ose kujdestari i tij/saj.
    Ja si do t'i përdornim të dhënat e tij/saj (njoftimi i privatësisë, versioni { $version }):
    { privacy-notice-points }
    A pajtoheni që { $name } të marrë pjesë?
guardian-agreed = Faleminderit për konfirmimin. E njoftuam: tani është regjistruar plotësisht.
guardian-declined = Faleminderit për përgjigjen. Fshimë gjithçka që na kishte treguar dhe e njoftuam.
guardian-link-unknown = Kjo lidhje nuk vlen më: është përdorur tashmë, është zëvendësuar nga një më e re, ose regjistrimi është fshirë.
guardian-own-account = Kjo lidhje është për prindin ose kujdestarin tuaj: përcilljani atyre. Ata e konfirmojnë nga llogaria e tyre e Telegramit; llogaria juaj nuk mundet.
guardian-confirmed-notice = Lajm i mirë, { $name }: pëlqimi i prindit ose kujdestarit tuaj u konfirmua. Tani jeni regjistruar plotësisht në Active Citizens dhe do të merrni njoftime për seancat tuaja. /help tregon çfarë mund të bëni.
erased-guardian-declined = Prindi ose kujdestari juaj nuk dha pëlqimin, prandaj e fshimë regjistrimin tuaj. Jeni të mirëpritur sërish sapo ata të pajtohen: dërgoni /start.
erased-guardian-never-confirmed = Pëlqimi i prindit ose kujdestarit tuaj nuk erdhi brenda { $days } ditëve, prandaj e fshimë regjistrimin tuaj. Dërgoni /start për t'u regjistruar sërish kur ata të jenë gati.
guardian-by-telegram = e konfirmuan vetë nga llogaria e tyre e Telegramit, më { $at }
guardian-by-paper = e konfirmoi lehtësuesi juaj, i cili ka formularin e nënshkruar prej tyre, më { $at }
guardian-declared = me fjalën tuaj, të dhënë gjatë regjistrimit, më { $at }
guardian-waiting = në pritje të konfirmimit të tyre
participant-status-pending-guardian = në pritje të pëlqimit të prindit ose kujdestarit (deri atëherë pa kujtesa e njoftime)
paper-none = Askush në grupet tuaja nuk po pret pëlqimin e një prindi ose kujdestari.
paper-pick =
    { $count ->
        [one] Një person pret
       *[other] { $count } persona presin
    } pëlqimin e prindit ose kujdestarit (së pari ata që presin më gjatë, me grupin dhe ditën e regjistrimit; të shfaqur: { $shown }).
    Shtypni personin, formularin e nënshkruar të të cilit e keni:
paper-confirm = A e keni formularin e nënshkruar nga prindi ose kujdestari i { $name }? Konfirmimi juaj regjistrohet me emrin tuaj.
btn-paper-yes = Po, e kam formularin e nënshkruar
btn-paper-no = Jo
paper-confirmed = U regjistrua: { $name } tani është regjistruar plotësisht dhe po e njoftojmë.
paper-not-confirmed = Nuk u regjistrua asgjë.
paper-not-waiting = Nuk pret më (dikush e ka konfirmuar tashmë, ose regjistrimi është fshirë): nuk u regjistrua asgjë.
erase-ask-id = Të dhënat e kujt duhen fshirë? Dërgoni ID-në e tij/saj në Telegram: një numër që e sheh kur i dërgon botit /whoami.
erase-not-an-id = ID-ja në Telegram është një numër, p.sh. 123456789. Secili e sheh të vetën kur dërgon /whoami.
erase-yourself = Për të fshirë të dhënat tuaja, përdorni /delete.
erase-unknown = Askush nuk është regjistruar me ID-në { $id }. Kontrolloni numrin dhe dërgojeni përsëri.
erase-ask-reason = Pse po i fshini të dhënat e { $name }? Për shembull: "kërkuar me e-mail më 3 dhjetor". Arsyeja shënohet në regjistrin e auditimit me emrin tuaj, jo me të tijin/të sajin.
erase-confirm = Të fshihet gjithçka që ruajmë për { $name } (ID { $id })? Arsyeja: { $reason }. Kjo nuk mund të zhbëhet.
btn-erase-yes = Po, fshije
btn-erase-no = Jo, mbaje
erase-done = Të dhënat e { $name } u fshinë dhe fshirja u regjistrua.
erase-kept = Asgjë nuk u fshi.
erase-gone = Janë fshirë tashmë: s'ka gjë tjetër për të bërë.
cmd-guardians = Konfirmo formularin në letër të kujdestarit
cmd-erase = Fshi të dhënat e dikujt me kërkesë
cmd-translate = Përkthe rekomandimet
translate-usage = Dërgoni /translate për të përkthyer rekomandimet që s'e kanë një gjuhë, ose /translate dhe numrin e një rekomandimi për ta përkthyer ose korrigjuar atë (p.sh. /translate 12).
translate-pick-language = Në cilën gjuhë?
translate-none = Për momentin s'ka më asgjë për të përkthyer në { $language }. /translate fillon sërish (të kapërcyerat rikthehen); /translate dhe një numër korrigjon njërin.
translate-card =
    Rekomandimi #{ $id } · { $theme } · shkruar në { $written } ({ $waiting } presin përkthimin në { $language }):
    { $text }
translate-existing = Përkthimi aktual në { $language }: { $text }
translate-ask = Dërgoni përkthimin në { $language }, ose shtypni "Kapërce".
btn-translate-skip = Kapërce
translate-saved = U ruajt përkthimi i #{ $id }.
translate-gone = Ky rekomandim nuk është më i publikuar: nuk u ruajt asgjë.
cmd-report = Raporti për Samitin (Word)
chart-caption = Rekomandimet e miratuara sipas temës
report-title = Rekomandimet e të rinjve për Samitin e Ballkanit Perëndimor
report-gathered-heading = Si u mblodhën
report-gathered = Nga { $from } deri më { $to }, të rinjtë që marrin pjesë në programin Active Citizens ({ $participants } pjesëmarrës në { $cohorts } grupe) shkruan rekomandime për Samitin. Organizatorët e programit miratuan { $approved }; { $listed } që kanë tekst në anglisht renditen më poshtë sipas temës, së pari ato që kanë më shumë mbështetje nga pjesëmarrësit e tjerë.
report-countries = Pjesëmarrësit sipas shtetit: { $countries }.
report-original = Origjinali ({ $language }): { $text }
report-meta = Niveli: { $level } · { $endorsements ->
        [one] { $endorsements } mbështetje
       *[other] { $endorsements } mbështetje
    }
report-chart-heading = Rekomandimet sipas temës
report-sent = Ja raporti për Samitin ({ $language }), për ta redaktuar para dërgimit: { $listed } rekomandime. { $missing } të miratuara ende s'kanë tekst në anglisht dhe nuk janë përfshirë: /translate e shton.

## Rosters and marking present (/people)

cmd-people = Kush është në grupet tuaja, kush erdhi; shënoni pjesëmarrjen
roster-none = Rolet tuaja nuk përmendin asnjë grup që vazhdon ende.
roster-pick-cohort = Cili grup?
roster =
    { $cohort }: të regjistruar { $registered } · në pritje të pëlqimit të prindit { $pending } · seanca të mbajtura { $sessions }. Faqja { $page } nga { $pages }.
    🗓 seanca të ndjekura · 📝 pyetësorë të plotësuar

    { $lines }
roster-line = { $n }. { $name }: 🗓 { $attended }/{ $sessions } · 📝 { $answered }{ $status ->
        [pending_guardian] {" "}(në pritje të pëlqimit të prindit)
        [blocked] {" "}(nuk merr mesazhe)
       *[active] {""}
    }
btn-roster-previous = ◀ Mbrapa
btn-roster-next = Përpara ▶
btn-roster-export = 📄 Lista e pjesëmarrjes
btn-roster-mark = ✅ Shënoni pjesëmarrjen
roster-export-sent = Lista e pjesëmarrjes së { $cohort } (kush erdhi në secilën seancë, kush plotësoi pyetësorin), si CSV dhe XLSX. Aty ka emra: ruajeni me kujdes dhe fshijeni kur të mos ju duhet më.
mark-no-sessions = Asnjë seancë e { $cohort } nuk është duke u zhvilluar apo e përfunduar së fundi.
mark-pick-session = Në cilën seancë shënoni pjesëmarrjen?
mark-everyone-present = Të gjithë në grup janë shënuar tashmë të pranishëm në { $title }.
mark-pick-person = Kush ishte në { $title } ({ $when })? Ende pa u shënuar: { $count }.
mark-done = U shënua pjesëmarrja e { $name } në { $title } ({ $when }). Nëse pyetësori i seancës është dërguar, do ta marrë edhe ky person.
mark-not-member = Ky person nuk është më në grupin e seancës: nuk u shënua asgjë.
mark-already = Pjesëmarrja e këtij personi në atë seancë ishte shënuar tashmë.

## What is about to be sent (/upcoming)

cmd-upcoming = Çfarë do të dërgojë boti së shpejti, dhe sa vetëve
upcoming-none = Asgjë nuk është planifikuar për grupet tuaja në { $days } ditët e ardhshme.
upcoming-header =
    Të planifikuara për { $days } ditët e ardhshme (👥 marrës sipas gjendjes së tanishme të grupeve):
    { $lines }
upcoming-now = tani
upcoming-reminder = { $when } · kujtesë: { $title } ({ $cohort }) · 👥 { $count }
upcoming-survey = { $when } · ftesë për pyetësorin: { $title } ({ $cohort }) · 👥 { $count }
upcoming-notice = { $when } · njoftim për një ndryshim: { $title } ({ $cohort }) · 👥 { $count }
upcoming-announcement = { $when } · njoftimi #{ $id } · 👥 { $count }
upcoming-more = …dhe { $more } të tjera: komanda schedule në terminal i liston të gjitha.

## Announcements in several languages

bc-languages = Marrësit sipas gjuhës: { $list }. Ata me ✓ marrin versionin në gjuhën e tyre; të tjerët, tekstin më sipër.
btn-add-version = 🌐 Shtoni një version në një gjuhë tjetër
bc-version-language = Një version për lexuesit e cilës gjuhë?
bc-version-text = Shkruani versionin për gjuhën: { $language } (deri në { $max } karaktere). Ata që lexojnë këtë gjuhë do ta marrin në vend të tekstit tuaj.

## Posters (/poster)

report-unknown-language = Boti nuk ka gjuhën "{ $language }": shkruani një nga { $known } (p.sh. /report mk). Nuk u dërgua asgjë.
cohort-archived = Ky grup është arkivuar (programi i tij ka përfunduar), prandaj nuk u krijua asnjë seancë.
cmd-poster = Një poster për printim me lidhjen e regjistrimit në grupin tuaj
poster-sent = Posteri i { $cohort }, për ta printuar ose shpërndarë: kodi i tij QR hap regjistrimin në këtë grup, { $link }
