# Македонски (Macedonian). Complete: every message of en.ftl is translated.

## Избор на јазик

pick-language =
    Добредојдовте во Active Citizens! 👋
    Choose your language · Zgjidhni gjuhën · Izaberite jezik · Изберете јазик
language-pick = Изберете јазик:
language-set = Готово: ќе зборувам со вас на { $language }.

## Регистрација

privacy-notice-points =
    • Ги чуваме вашето име, годината на раѓање, полот (ако сакате да го кажете), државата, местото, организацијата (по желба), групата и јазикот.
    • Тимот на Active Citizens ги користи само за спроведување на програмата: потсетници за сесиите, повратни информации и анонимна статистика. Никогаш не го објавуваме вашето име и не ги даваме вашите податоци никому.
    • /mydata покажува сè што чуваме; /delete го брише во секое време.
reg-consent =
    Пред да почнеме, еве како ги користиме вашите податоци (известување за приватност, верзија { $version }):
    { privacy-notice-points }
    Дали се согласувате?
btn-agree = Се согласувам
btn-decline = Не се согласувам
reg-declined = Во ред. Без ваша согласност не можеме да ве регистрираме, и не зачувавме ништо. Ако се предомислите, допрете „Почни повторно“.
btn-start-again = Почни повторно
reg-name = Како се викате? (името што сакате да го користи тимот на програмата, { $min }–{ $max ->
        [one] { $max } знак
       *[other] { $max } знаци
    })
reg-birth-year = Која година сте родени? Напишете ги четирите цифри, на пр. 2005. (Прашуваме само за годината, не за датумот.)
reg-gender = Кој е вашиот пол?
gender-female = Женски
gender-male = Машки
gender-other = Друго
gender-undisclosed = Не сакам да кажам
reg-country = Во која држава живеете?
country-AL = Албанија
country-BA = Босна и Херцеговина
country-XK = Косово
country-ME = Црна Гора
country-MK = Северна Македонија
country-RS = Србија
country-OTHER = Друго
reg-guardian =
    Бидејќи можеби имате помалку од { $consent_age } години, потребна е и согласност од родител или старател.
    Ве молиме покажете им го известувањето за приватност погоре. Дали вашиот родител или старател се согласува?
profile-guardian-notice =
    Еве како ги користиме вашите податоци (известување за приватност, верзија { $version }):
    { privacy-notice-points }
btn-guardian-agrees = Родителот/старателот се согласува
btn-guardian-not-yet = Сè уште не
reg-guardian-needed = Нема проблем. Разговарајте со родителот или старателот и допрете „Почни повторно“ кога ќе се согласат. Не зачувавме ништо.
reg-municipality = Во која општина или место живеете?
reg-organisation = Во која организација, училиште или група сте? Допрете „Прескокни“ ако во ниедна.
btn-skip = Прескокни
reg-cohort = Кој е кодот на вашата група? Ви го дава фасилитаторот (го има и во QR-кодот на работилницата).
btn-no-code = Немам код
reg-cohort-link-unknown = Кодот во вашиот линк ({ $code }) не ни е познат.
reg-done =
    Ви благодариме, { $name }! Регистрирани сте за Active Citizens. 🎉
    Што можете да правите сега:
    • /sessions: вашите следни сесии и дали доаѓате
    • /recommend: испратете препорака за Самитот на Западен Балкан
    • /profile: видете ги или сменете ги вашите податоци
    • /language: сменете го јазикот
    • /mydata: видете сè што чуваме за вас
    • /help: сите команди
    Тука ќе добивате потсетници пред вашите сесии.

## Одговори што треба да се повторат

invalid-text-empty = Ве молиме напишете го одговорот како текст.
invalid-text-too-short = Тоа е прекратко: напишете најмалку { $min ->
        [one] { $min } знак
       *[other] { $min } знаци
    }.
invalid-text-too-long = Тоа е предолго: најмногу { $max ->
        [one] { $max } знак
       *[other] { $max } знаци
    }, ве молиме.
invalid-text-no-letters = Ве молиме напишете го тоа со букви.
invalid-text-unprintable = Ве молиме напишете го тоа без контролни знаци и знаци за насока на текстот.
invalid-birth-year-format = Ве молиме напишете ја годината на раѓање со четири цифри, на пр. 2005.
invalid-birth-year-range = Програмата е за лица на возраст од { $min } до { $max } { $max ->
        [one] година
       *[other] години
    }. Ве молиме проверете ја годината на раѓање.
invalid-cohort-format = Кодот на групата има 2–32 латинични букви, цифри или цртички, како TIRANA-2026. Ве молиме проверете го.
invalid-cohort-unknown = Не го знаеме кодот на групата { $code }. Проверете го со фасилитаторот или допрете „Немам код“.
cohort-not-found = Не постои група со кодот { $code }. Ве молиме проверете го кодот; новите групи се додаваат од командната линија (cohorts add).
use-buttons = Ве молиме изберете едно од копчињата.
text-expected = Тука можам да читам само текст. Ве молиме напишете го одговорот.

## Надвор од дијалог

nontext-idle = Разбирам текстуални пораки и копчиња. /help покажува што можам.
idle-text = Не сум сигурен што мислите. /help покажува што можам.
idle-not-registered = Здраво! Испратете /start за да се регистрирате за Active Citizens.
unknown-command = Не ја знам командата { $command }. /help ги покажува командите.
whoami = Вашиот Telegram ID: { $id }
help =
    Active Citizens бот: команди
    /start: регистрирајте се или приклучете се на група со код
    /sessions: вашите следни сесии и дали доаѓате
    /feedback: анкети за вашите неодамнешни сесии
    /recommend: испратете препорака за Самитот на Западен Балкан
    /recommendations: читајте и поддржете ги објавените препораки
    /profile: видете ги или сменете ги вашите податоци
    /language: сменете го јазикот
    /mydata: сè што чуваме за вас
    /delete: избришете ги вашите податоци
    /mute, /unmute: исклучете или вклучете ги известувањата и потсетниците
    /cancel: прекинете го она што го правите
busy-finish-first = Ајде прво ова да го завршиме: одговорете на прашањето подолу или испратете /cancel за да прекинете.
cancelled = Прекинато. Ништо не е променето.
nothing-to-cancel = Нема ништо за прекинување.
welcome-back = Добредојдовте назад, { $name }! /help покажува што можете.
cohort-joined = Сега сте во групата { $cohort }.
cohort-unknown = Не го знаеме кодот на групата { $code }. Ве молиме проверете го со фасилитаторот.
cohort-already = Веќе сте во групата { $cohort }.
cohort-move-ask = Во групата { $current } сте. Дали сакате да преминете во { $cohort }? Тогаш потсетниците ќе бидат за нејзините сесии. Ако не, не треба ништо да правите.
btn-cohort-move = Преминете во { $cohort }
not-registered = Сè уште не сте регистрирани. Испратете /start за да се регистрирате.

## Профил и вашите податоци

profile-card =
    Вашиот профил
    Име: { $name }
    Година на раѓање: { $birth_year }
    Пол: { $gender }
    Држава: { $country }
    Општина: { $municipality }
    Организација: { $organisation }
    Група: { $cohort }
    Допрете копче за да промените нешто.
btn-edit-name = Име
btn-edit-birth-year = Година на раѓање
btn-edit-gender = Пол
btn-edit-country = Држава
btn-edit-municipality = Општина
btn-edit-organisation = Организација
btn-edit-cohort = Група
btn-edit-done = Готово
profile-saved = Зачувано.
profile-not-saved = Ништо не е променето: за тоа е потребна согласност од родител или старател.
value-none = нема
mydata-none = Не чуваме ништо за вас освен докаде сте стигнале во овој разговор. Испратете /start за да се регистрирате.
mydata =
    Сè што чуваме за вас:
    Telegram ID: { $telegram_id }
    Јазик: { $language }
    Име: { $name }
    Година на раѓање: { $birth_year }
    Пол: { $gender }
    Држава: { $country }
    Општина: { $municipality }
    Организација: { $organisation }
    Група: { $cohort }
    Согласност со известувањето за приватност: { $consent_at } (верзија { $privacy_version })
    Согласност од родител или старател: { $guardian }
    Статус: { $status }
    Регистрирани: { $registered_at }
    Последна промена: { $updated_at }
    /delete брише сè од ова.
guardian-not-needed = не е потребна
participant-status-active = активен
participant-status-blocked = недостапен (Telegram ни јави дека сте го блокирале ботот; кога ќе му пишете повторно, ова се укинува)
delete-confirm = Да избришеме сè што чуваме за вас? Ова не може да се врати; за повторно да учествувате, ќе треба повторно да се регистрирате.
btn-delete-yes = Да, избриши ги моите податоци
btn-delete-no = Не, задржи ги
deleted = Вашите податоци се избришани. Ви благодариме што учествувавте во Active Citizens. Испратете /start ако сакате да се вратите.
delete-kept = Ништо не е избришано.
nothing-stored = Не чуваме никакви податоци за вас, па нема што да се брише.

## Известувања и грешки

stale-button = Ова копче повеќе не е активно.
state-lost = Извинете, ја изгубив нишката на разговорот по ажурирањето. Ајде да продолжиме оттука.
error-apology = Извинете, нешто тргна наопаку кај нас. Ве молиме обидете се повторно за една минута.
group-pointer = Работам само во приватни разговори: отворете https://t.me/{ $bot } и притиснете Start.

## Мени со команди

cmd-start = Регистрација или приклучување кон група
cmd-help = Што можам да направам
cmd-profile = Видете или сменете ги податоците
cmd-language = Промена на јазикот
cmd-mydata = Сè што чуваме за вас
cmd-delete = Бришење на вашите податоци
cmd-cancel = Прекин на она што го правите

## Сесии, потврди за доаѓање и пријавување на место

sessions-no-cohort = Сè уште не сте во група. Искористете го линкот или QR-кодот од фасилитаторот, или испратете /start со кодот на групата (на пр. /start TIRANA-2026).
sessions-none = Сè уште нема претстојни сесии за вашата група. Ќе добиете потсетник кога ќе се закаже некоја.
sessions-header = Вашите следни сесии:
session-line =
    { $n }. { $title }
    🕒 { $when }
    📍 { $location }
    Вашиот одговор: { $answer }
rsvp-coming = доаѓам
rsvp-not-coming = не можам да дојдам
rsvp-none = сè уште без одговор
btn-coming = Доаѓам
btn-not-coming = Не можам да дојдам
btn-coming-n = { $n }: Доаѓам
btn-not-coming-n = { $n }: Не доаѓам
rsvp-saved-coming = Зачувано: доаѓате. Се гледаме!
rsvp-saved-not-coming = Зачувано: не можете да дојдете. Ви благодариме што не известивте.
rsvp-closed = Оваа сесија веќе започна.
rsvp-not-member = Оваа сесија е за друга група.
session-gone = Оваа сесија е откажана или повеќе не постои.
location-tba = местото ќе биде објавено
checkin-unknown = Овој код за пријавување не е познат. Ве молиме скенирајте го повторно QR-кодот на местото.
checkin-register-first = Ве молиме прво регистрирајте се (испратете /start), а потоа повторно скенирајте го кодот.
checkin-not-member = Ова пријавување е за сесија на друга група. Прашајте го фасилитаторот дали треба да бидете во неа.
checkin-cancelled = Сесијата { $title } е откажана.
checkin-too-early = Пријавувањето за { $title } се отвора { $minutes ->
        [one] { $minutes } минута
       *[other] { $minutes } минути
    } пред почетокот ({ $when }).
checkin-over = Сесијата { $title } заврши: пријавувањето е затворено.
checkin-already = Веќе сте пријавени за { $title }.
checkin-done = Добредојдовте! Пријавени сте за { $title }.
reminder =
    Потсетник: { $title }
    🕒 { $when }
    📍 { $location }
    Дали доаѓате?
session-changed =
    Промена на сесија на која доаѓате: { $title }
    🕒 сега { $when }
    📍 { $location }
session-cancelled = Сесијата { $title } ({ $when }) е откажана. Извинете за промената!
muted = Известувањата се исклучени, како и потсетниците за сесиите. Испратете /unmute за повторно да ги вклучите.
unmuted = Известувањата и потсетниците се повторно вклучени.
cmd-sessions = Вашите следни сесии
cmd-mute = Исклучете ги известувањата
cmd-unmute = Вклучете ги известувањата

## Фасилитатори: /newsession

not-allowed = Извинете, таа команда е за фасилитатори и организатори.
not-allowed-organisers = Извинете, таа команда е за организатори.
right-lost = Вашата улога веќе не го дозволува ова, па ништо не е направено. /help покажува што можете сега.
ns-cohort-pick = Нова сесија. За која група?
ns-cohort-type = Нова сесија. Напишете го кодот на групата (на пр. TIRANA-2026):
ns-title = Кој е насловот на сесијата?
ns-module = Кој модул за обука е?
module-identity-culture = Идентитет и култура
module-intercultural-dialogue = Интеркултурен дијалог
module-local-global-communities = Локални и глобални заедници
module-social-action = Планирање општествена акција
btn-no-module = Ништо од овие
ns-starts = Кога започнува? Напишете го датумот и локалното време ({ $zone }) како 2026-12-05 18:00.
ns-starts-invalid = Не можам да го прочитам тој датум и време (или часовникот тогаш го прескокнува). Напишете го како 2026-12-05 18:00.
ns-starts-past = Тоа време веќе помина. Ве молиме наведете време во иднина.
ns-duration = Колку трае? Изберете или напишете како 90m или 2h.
ns-duration-invalid = Ве молиме напишете го траењето како 90m, 2h или 1h30m (најмногу 24h).
ns-location = Каде се одржува?
btn-location-tba = Дополнително
ns-confirm =
    Ве молиме проверете ја новата сесија:
    Група: { $cohort }
    Наслов: { $title }
    Модул: { $module }
    Започнува: { $when }
    Траење: { $duration }
    Место: { $location }
    Да ја создадеме? Учесниците добиваат потсетници пред неа.
btn-create = Создај ја сесијата
btn-discard = Отфрли
ns-discarded = Отфрлено: не е создадена сесија.
session-created =
    Сесијата е создадена: { $title } ({ $when }).
    Линк за пријавување (покажете го неговиот QR-код на местото): { $link }
checkin-pick = QR-кодот за пријавување на која сесија?
checkin-none = Нема претстојни ниту тековни сесии што можете да ги видите.
checkin-link =
    Пријавување за { $title } ({ $when }): { $link }
    Покажете го QR-кодот на местото: учесниците го скенираат за да се пријават, од { $minutes ->
        [one] { $minutes } минута
       *[other] { $minutes } минути
    } пред почетокот до крајот.
cmd-checkin = QR-код за пријавување на сесија
cmd-newsession = Закажете сесија

## Фасилитатори и организатори: /broadcast, /broadcasts, /grant

verbatim = { $text }
bc-audience = Ново известување. Кој треба да го добие?
btn-aud-everyone = Сите
btn-aud-cohort = Една група
btn-aud-country = Една држава
btn-aud-language = Еден јазик
btn-aud-session = Учесниците на сесија
bc-cohort-pick = Која група?
bc-cohort-type = Напишете го кодот на групата (на пр. TIRANA-2026):
bc-country = Учесниците што живеат во која држава?
bc-language = Учесниците што користат кој јазик?
bc-session = Учесниците на која сесија?
bc-no-sessions = Нема неодамнешни или претстојни сесии до кои можете да стигнете.
bc-text = Напишете го известувањето (до { $max ->
        [one] { $max } знак
       *[other] { $max } знаци
    }). Се испраќа точно како што ќе го напишете.
bc-text-too-long = Предолго е: Telegram дозволува { $max ->
        [one] { $max } знак
       *[other] { $max } знаци
    }.
bc-preview = Погоре е известувањето точно како што ќе го видат примачите. Би отишло до { $count ->
        [one] { $count } лице
       *[other] { $count } лица
    } (без оние што ги исклучиле известувањата).
btn-send = Испрати
btn-send-test = Испрати ми проба
btn-cancel-send = Откажи
bc-nobody = Никој не би го добил: изберете друга публика (/cancel, па /broadcast).
bc-queued = Се испраќа до { $count ->
        [one] { $count } лице
       *[other] { $count } лица
    }, во границите на Telegram. Ќе добиете извештај кога ќе заврши; /broadcasts го покажува напредокот.
bc-cancelled = Откажано: ништо не е испратено.
bc-report = Известувањето #{ $id } е завршено: { $delivered } доставени, { $blocked } го блокирале ботот, { $skipped } прескокнати, { $failed } неуспешни (од { $recipients }).
bc-progress-none = Сè уште немате испратено известувања.
bc-progress-header = Вашите последни известувања:
bc-progress-line = #{ $id } ({ $when }): { $delivered } од { $recipients } доставени, { $waiting } чекаат, { $blocked } блокирале, { $skipped } прескокнати, { $failed } неуспешни.
gr-role = За која улога поканувате некого?
btn-role-facilitator = Фасилитатор
btn-role-organiser = Организатор
gr-cohort = Фасилитатор на која група? Напишете го кодот или допрете „Сите групи“.
gr-cohort-pick = Фасилитатор на која група? Изберете ја, напишете го кодот или допрете „Сите групи“.
btn-all-cohorts = Сите групи
gr-invite-organiser = Покана да биде организатор. Испратете му го овој линк на лицето; важи еднаш, во рок од { $days } дена: { $link }
gr-invite-facilitator-of = Покана да биде фасилитатор на { $cohort }. Испратете му го овој линк на лицето; важи еднаш, во рок од { $days } дена: { $link }
gr-invite-facilitator-all = Покана да биде фасилитатор на сите групи. Испратете му го овој линк на лицето; важи еднаш, во рок од { $days } дена: { $link }
invite-unknown = Овој линк за покана не е важечки.
invite-used = Оваа покана е веќе искористена.
invite-withdrawn = Оваа покана е повлечена: лицето што ја направило веќе не може да ја додели оваа улога.
invite-expired = Оваа покана истече. Побарајте нова од организаторот.
invite-accepted-organiser = Добредојдовте во тимот! Сега сте организатор. /help ги покажува вашите команди.
invite-accepted-facilitator-of = Добредојдовте во тимот! Сега сте фасилитатор на { $cohort }. /help ги покажува вашите команди.
invite-accepted-facilitator-all = Добредојдовте во тимот! Сега сте фасилитатор на сите групи. /help ги покажува вашите команди.
cmd-broadcast = Испратете известување
cmd-broadcasts = Напредокот на вашите известувања
cmd-grant = Поканете фасилитатор или организатор

help-facilitator =
    За фасилитатори:
    /newsession: закажете сесија
    /checkin: линкот и QR-кодот за пријавување на сесија
    /broadcast: испратете известување
    /broadcasts: напредокот на вашите известувања
    /results: што рекоа учесниците за вашите сесии
help-organiser =
    За организатори:
    /grant: поканете фасилитатор или организатор
    /stats: бројки за целата програма
    /moderate: одобрете или одбијте препораки
    /summary: преглед, графикон и податоци за препораките
    /export: учесници, потврди за доаѓање, повратни информации или препораки како CSV и XLSX

## Анкети за повратни информации

survey-session-feedback = Впечатоци од сесијата
sq-overall = Севкупно, каква беше сесијата? (1 = слаба, 5 = одлична)
sq-confidence = Колку сте сигурни дека ќе го примените наученото? (1 = воопшто, 5 = многу)
sq-most-useful = Што ви беше најкорисно?
sq-improve = Што треба да подобриме?
sq-recommend = Дали би му ја препорачале програмата на пријател?
opt-yes = Да
opt-maybe = Можеби
opt-no = Не
feedback-none = Не ве чека ниту една анкета. Ви благодариме!
feedback-list = Анкети на кои сè уште можете да одговорите (сесии од последните две недели):
survey-already = Веќе одговоривте на анкетата за { $title }. Ви благодариме!
survey-not-yet = Анкетата за { $title } се отвора кога ќе заврши сесијата.
survey-closed = Анкетата за { $title } е затворена.
survey-intro = { $survey }: { $title } ({ $when }). Неколку кратки прашања. { $anonymity }
survey-anonymous = Вашите одговори се анонимни: се чуваат без вашето име.
survey-question = ({ $n }/{ $total }) { $question }
opt-on = ✅ { $label }
opt-off = ▫️ { $label }
btn-done = Готово
btn-skip-question = Прескокни
survey-pick-one = Ве молиме изберете барем една можност, потоа допрете Готово.
survey-thanks = Ви благодариме за повратната информација! Им помага на фасилитаторите следните сесии да бидат подобри.
survey-invite =
    Каква беше { $title } ({ $when })?
    Ве молиме кажете ни во анкета од две минути.
btn-start-survey = Започни ја анкетата
results-none = Сè уште нема одговори за сесиите што можете да ги видите.
results-pick = Резултатите од која сесија?
results-header = Впечатоци од { $title } ({ $when })
stats-header = Програмата досега: { $participants ->
        [one] { $participants } учесник
       *[other] { $participants } учесници
    }, { $sessions ->
        [one] { $sessions } одржана сесија
       *[other] { $sessions } одржани сесии
    }, { $responses ->
        [one] { $responses } одговор на анкети
       *[other] { $responses } одговори на анкети
    }.
results-survey = { $survey }: { $n ->
        [one] { $n } одговор
       *[other] { $n } одговори
    }
results-question = { $question } ({ $n ->
        [one] { $n } одговор
       *[other] { $n } одговори
    })
results-rating = просек { $average } · 1: { $r1 } · 2: { $r2 } · 3: { $r3 } · 4: { $r4 } · 5: { $r5 }
results-choice = { $label }: { $n }
results-text = • { $text }
results-anonymous-withheld = Оваа анкета е анонимна: одговорите се прикажуваат дури кога ќе одговорат најмалку { $min } лица, за ниеден одговор да не може да се поврзе со никого.
# A question with its figures or answers, one per line.
results-block = { $lines }
cmd-feedback = Анкети што ве чекаат
cmd-results = Впечатоци од вашите сесии
cmd-stats = Бројки на програмата
survey-wellbeing = Како се чувствувавте (анонимно)
sq-safe = Дали се чувствувавте безбедно да кажете што мислите?
sq-enjoyed = Кои активности ви се допаднаа? Изберете ги сите што важат, потоа допрете Готово.
opt-games = Игри
opt-discussion = Дискусија
opt-role-play = Играње улоги
opt-group-work = Работа во групи
sq-anything = Уште нешто што сакате да ни кажете, анонимно?

## Препораки од младите за Самитот на Западен Балкан

rec-limit = Испративте { $limit ->
        [one] { $limit } препорака
       *[other] { $limit } препораки
    } во последните 24 часа, најмногу за еден ден. Ви благодариме! Ве молиме вратете се утре.
rec-theme = Вашата препорака за Самитот на Западен Балкан. За која тема е?
theme-participation = Учество на младите
theme-education-skills = Образование и вештини
theme-employment = Вработување
theme-brain-drain-migration = Одлив на мозоци и миграција
theme-reconciliation-cooperation = Помирување и регионална соработка
theme-diversity-dialogue = Различност и дијалог
theme-rule-of-law = Владеење на правото
theme-environment-community = Животна средина и заедница
rec-level = На кое ниво треба да се дејствува?
level-local = Локално
level-national = Национално
level-regional = Регионално
level-eu = ЕУ
rec-text = Напишете ја вашата препорака ({ $min }–{ $max ->
        [one] { $max } знак
       *[other] { $max } знаци
    }): што треба да се промени и кој треба да го направи тоа?
rec-preview = Погоре е вашата препорака ({ $theme }, { $level }). Да ја испратиме? Организаторите ја читаат секоја препорака пред да се објави.
btn-submit = Испрати
btn-edit = Измени го текстот
rec-submitted = Ви благодариме! Вашата препорака е испратена. Ќе бидете известени кога организаторите ќе ја прочитаат; /recommendations ги покажува објавените.
rec-cancelled = Откажано: ништо не е испратено.
mod-none = Ниту една препорака не чека модерација.
mod-card = Препорака #{ $id } · { $theme } · { $level } ({ $waiting } чекаат). Да ја објавиме?
btn-approve = Одобри
btn-reject = Одбиј
mod-approved = Одобрено и објавено; авторот е известен. /moderate за следната.
mod-rejected = Одбиено; авторот е известен. /moderate за следната.
mod-taken = Друг организатор прв ја модерираше оваа препорака; ништо не е променето. /moderate за следната.
rec-approved-notice = Вашата препорака за { $theme } е одобрена и објавена. Ви благодариме!
rec-rejected-notice = Вашата препорака за { $theme } овој пат не е објавена. Можете да испратите нова со /recommend.
browse-pick = Објавени препораки: изберете тема.
browse-theme = { $theme } ({ $count })
browse-none = Сè уште ништо не е објавено: организаторите ја читаат секоја препорака пред да се појави тука. /recommend ја испраќа вашата.
browse-empty = Сè уште нема објавени препораки за { $theme }.
browse-header = { $theme } (страница { $page }):
browse-item =
    { $n }. { $text }
    ({ $level } · { $endorsements ->
        [one] { $endorsements } поддршка
       *[other] { $endorsements } поддршки
    }{ $mark })
browse-own = {""} · ваша
browse-endorsed = {""} · ја поддржавте
browse-other = {""}
btn-endorse-n = 👍 Поддржи { $n }
btn-next-page = Следна страница
endorse-done = Поддржано. Ви благодариме!
endorse-own = Не можете да ја поддржите својата препорака.
endorse-twice = Оваа веќе ја поддржавте.
endorse-gone = Оваа препорака повеќе не е објавена.
sum-header = Препораки од младите: { $approved } одобрени, { $pending } чекаат, { $rejected } одбиени. Се бројат одобрените; ќелиите со помалку од 5 лица се прикажани како <5.
sum-none-approved = Сѐ уште ништо не е одобрено, а прегледот ги брои само одобрените препораки: /moderate ги прикажува оние што чекаат.
sum-section =
    { $dimension }
    { $lines }
sum-line = { $label }: { $value }
sum-others = Останати (секој со помалку од 5 лица)
sum-by-theme = По тема
sum-by-level = По ниво
sum-by-country = По држава
sum-by-age = По возраст
sum-by-gender = По пол
age-15-19 = 15–19
age-20-24 = 20–24
age-25-29 = 25–29
age-30-plus = 30+
value-unknown = непознато
sum-top = Најподдржани, по тема:
sum-top-item = { $theme } ({ $endorsements } 👍): { $text }
cmd-recommend = Испратете препорака за Самитот
cmd-recommendations = Читајте и поддржете препораки
cmd-moderate = Модерирајте препораки
cmd-summary = Преглед на препораките
cmd-export = Извоз на податоци како документи
export-pick = Кои податоци сакате да ги извезете? Ќе добиете CSV датотека и XLSX табела.
export-sent = Еве го извозот: { $what }.
export-personal = Содржи лични податоци: чувајте го внимателно, споделувајте го само со тимот на програмата и избришете го кога повеќе нема да ви треба.
btn-export-participants = Учесници
btn-export-rsvps = Потврди за доаѓање и пријавувања на сесија
btn-export-feedback = Повратни информации
btn-export-recommendations = Препораки

## /mydata: останатото што го чуваме

mydata-activity =
    Известувања и потсетници: { $muted }
    Сесии:
    { $rsvps }
    Вашите препораки:
    { $recommendations }
    Поддршки што сте ги дале: { $endorsements }
    Одговори на анкети зачувани со вашиот ID: { $surveys } (анонимните не се поврзани со вас)
mydata-rsvp = • { $title } ({ $when }): { $answer }{ $checked }
mydata-checked = , пријавени на местото
mydata-not-checked = {""}
mydata-recommendation = • { $theme }, { $status }: { $text }
muted-yes = исклучени (/unmute ги вклучува)
muted-no = вклучени
rec-status-pending = чека модерација
rec-status-approved = објавена
rec-status-rejected = не е објавена
