# Српски (ћирилица). Complete: every message of en.ftl is translated. The text follows sr-Latn.ftl letter for letter
# (Serbian's two scripts map one to one): a change to one file belongs in the other too.

## Избор језика

pick-language =
    Добро дошли у Active Citizens! 👋
    Choose your language · Zgjidhni gjuhën · Izaberite jezik · Изберете јазик
language-pick = Изаберите језик:
language-set = Готово: причаћу са вама на језику { $language }.

## Регистрација

privacy-notice-points =
    • Чувамо ваше име, годину рођења, пол (ако желите да га наведете), државу, место, организацију (по жељи), групу и језик.
    • Тим програма Active Citizens их користи само за спровођење програма: подсетнике за сесије, повратне информације и анонимну статистику. Никада не објављујемо ваше име и не дајемо ваше податке никоме другом.
    • /mydata приказује све што чувамо; /delete то брише у било ком тренутку.
    • За ваше податке одговоран је (руковалац): { $controller }. Питања и захтеви: { $contact }.
    • Ваше податке бришемо { $retention_days } дана после ваше последње активности овде, или раније ако то затражите.
reg-consent =
    Пре него што почнемо, ево како користимо ваше податке (обавештење о приватности, верзија { $version }):
    { privacy-notice-points }
    Да ли се слажете?
btn-agree = Слажем се
btn-decline = Не слажем се
reg-declined = У реду. Без ваше сагласности не можемо да вас региструјемо, и ништа нисмо сачували. Ако се предомислите, додирните "Почни поново".
btn-start-again = Почни поново
reg-name = Како се зовете? (име које желите да тим програма користи, { $min }–{ $max ->
        [one] { $max } знак
        [few] { $max } знака
       *[other] { $max } знакова
    })
reg-birth-year = Које године сте рођени? Напишите четири цифре, нпр. 2005. (Питамо само за годину, не за датум.)
reg-gender = Ког сте пола?
gender-female = Женско
gender-male = Мушко
gender-other = Друго
gender-undisclosed = Не желим да кажем
reg-country = У којој држави живите?
country-AL = Албанија
country-BA = Босна и Херцеговина
country-XK = Косово
country-ME = Црна Гора
country-MK = Северна Македонија
country-RS = Србија
country-OTHER = Друго
reg-guardian =
    Пошто можда имате мање од { $consent_age } година, потребна је и сагласност родитеља или старатеља. Када се региструјете, добићете линк који им шаљете: они га отварају у свом Телеграму и потврђују. (Ако не користе Телеграм, ваш фацилитатор може да потврди образац који су потписали.)
btn-guardian-not-yet = Не сада
reg-guardian-needed = Нема проблема. Разговарајте са родитељем или старатељем и додирните "Почни поново" када будете спремни. Ништа нисмо сачували.
reg-municipality = У којој општини или месту живите?
reg-organisation = Којој организацији, школи или групи припадате? Додирните "Прескочи" ако ниједној.
btn-skip = Прескочи
reg-cohort = Који је код ваше групе? Даје вам га фацилитатор (налази се и у QR коду радионице).
btn-no-code = Немам код
reg-cohort-link-unknown = Код у вашем линку ({ $code }) нам није познат.
reg-done =
    Хвала, { $name }! Регистровани сте за Active Citizens. 🎉
    Шта сада можете:
    • /sessions: ваше наредне сесије и да ли долазите
    • /recommend: пошаљите препоруку за Самит Западног Балкана
    • /profile: погледајте или промените своје податке
    • /language: промените језик
    • /mydata: погледајте све што чувамо о вама
    • /help: све команде
    Овде ћете добијати подсетнике пре својих сесија.

## Одговори које треба поновити

invalid-text-empty = Молимо напишите одговор као текст.
invalid-text-too-short = То је прекратко: напишите најмање { $min ->
        [one] { $min } знак
        [few] { $min } знака
       *[other] { $min } знакова
    }.
invalid-text-too-long = То је предугачко: највише { $max ->
        [one] { $max } знак
        [few] { $max } знака
       *[other] { $max } знакова
    }, молим.
invalid-text-no-letters = Молимо напишите то словима.
invalid-text-unprintable = Молимо напишите то без контролних знакова и знакова за смер текста.
invalid-birth-year-format = Молимо напишите годину рођења са четири цифре, нпр. 2005.
invalid-birth-year-range = Програм је намењен особама од { $min } до { $max } { $max ->
        [one] године
        [few] године
       *[other] година
    }. Молимо проверите годину рођења.
invalid-cohort-format = Код групе има 2–32 слова, цифре или цртице, као TIRANA-2026. Молимо проверите га.
invalid-cohort-unknown = Не познајемо код групе { $code }. Проверите га са фацилитатором или додирните "Немам код".
cohort-not-found = Не постоји група са кодом { $code }. Молимо проверите код; нове групе се додају из командне линије (cohorts add).
use-buttons = Молимо изаберите једно од дугмади.
text-expected = Овде могу да прочитам само текст. Молимо откуцајте одговор.

## Ван дијалога

nontext-idle = Разумем текстуалне поруке и дугмад. /help приказује шта могу.
idle-text = Нисам сигуран шта мислите. /help приказује шта могу.
idle-not-registered = Здраво! Пошаљите /start да се региструјете за Active Citizens.
unknown-command = Не познајем команду { $command }. /help приказује команде.
whoami = Ваш Telegram ID: { $id }
help =
    Active Citizens бот: команде
    /start: региструјте се или се придружите групи помоћу кода
    /sessions: ваше наредне сесије и да ли долазите
    /feedback: упитници о вашим скорашњим сесијама
    /recommend: пошаљите препоруку за Самит Западног Балкана
    /recommendations: читајте и подржите објављене препоруке
    /profile: погледајте или промените своје податке
    /language: промените језик
    /mydata: све што чувамо о вама
    /delete: обришите своје податке
    /mute, /unmute: искључите или укључите обавештења и подсетнике
    /cancel: прекините оно што радите
busy-finish-first = Хајде да прво ово завршимо: одговорите на питање испод или пошаљите /cancel да прекинете.
cancelled = Прекинуто. Ништа није промењено.
nothing-to-cancel = Нема ничега за прекид.
welcome-back = Добро дошли назад, { $name }! /help приказује шта можете.
cohort-joined = Сада сте у групи { $cohort }.
cohort-unknown = Не познајемо код групе { $code }. Молимо проверите га са фацилитатором.
cohort-already = Већ сте у групи { $cohort }.
cohort-move-ask = У групи сте { $current }. Да ли желите да пређете у { $cohort }? Подсетници ће онда бити за њене сесије. Ако не, не морате ништа да радите.
btn-cohort-move = Пређите у { $cohort }
not-registered = Још нисте регистровани. Пошаљите /start да се региструјете.

## Профил и ваши подаци

profile-card =
    Ваш профил
    Име: { $name }
    Година рођења: { $birth_year }
    Пол: { $gender }
    Држава: { $country }
    Општина: { $municipality }
    Организација: { $organisation }
    Група: { $cohort }
    Додирните дугме да нешто промените.
btn-edit-name = Име
btn-edit-birth-year = Година рођења
btn-edit-gender = Пол
btn-edit-country = Држава
btn-edit-municipality = Општина
btn-edit-organisation = Организација
btn-edit-cohort = Група
btn-edit-done = Готово
profile-saved = Сачувано.
profile-not-saved = Ништа није промењено: за то је потребна сагласност родитеља или старатеља.
value-none = нема
mydata-none = Не чувамо ништа о вама осим тога докле сте стигли у овом разговору. Пошаљите /start да се региструјете.
mydata =
    Све што чувамо о вама:
    Телеграм ИД: { $telegram_id }
    Језик: { $language }
    Име: { $name }
    Година рођења: { $birth_year }
    Пол: { $gender }
    Држава: { $country }
    Општина: { $municipality }
    Организација: { $organisation }
    Група: { $cohort }
    Сагласност са обавештењем о приватности: { $consent_at } (верзија { $privacy_version })
    Сагласност родитеља или старатеља: { $guardian }
    Статус: { $status }
    Регистровани: { $registered_at }
    Последња измена: { $updated_at }
    /delete брише све то.
guardian-not-needed = није потребна
participant-status-active = активан
participant-status-blocked = недоступан (Телеграм нам је јавио да сте блокирали бота; када му поново пишете, то се укида)
delete-confirm = Да обришемо све што чувамо о вама? Ово се не може поништити; да бисте поново учествовали, морали бисте поново да се региструјете.
btn-delete-yes = Да, обриши моје податке
btn-delete-no = Не, задржи их
deleted = Ваши подаци су обрисани. Хвала што сте учествовали у Active Citizens. Пошаљите /start ако желите да се вратите.
delete-kept = Ништа није обрисано.
nothing-stored = Не чувамо никакве податке о вама, па нема шта да се обрише.

## Обавештења и грешке

stale-button = Ово дугме више није активно.
state-lost = Извините, изгубио сам нит разговора после ажурирања. Наставимо одавде.
error-apology = Извините, нешто није у реду код нас. Молимо покушајте поново за минут.
group-pointer = Радим само у приватним порукама: отворите https://t.me/{ $bot } и притисните Start.

## Мени команди

cmd-start = Регистрација или придруживање групи
cmd-help = Шта могу да урадим
cmd-profile = Погледајте или промените податке
cmd-language = Промена језика
cmd-mydata = Све што чувамо о вама
cmd-delete = Брисање ваших података
cmd-cancel = Прекид онога што радите

## Сесије, потврде доласка и пријава на лицу места

sessions-no-cohort = Још нисте у групи. Искористите линк или QR код од фацилитатора, или пошаљите /start са кодом групе (нпр. /start TIRANA-2026).
sessions-none = Још нема предстојећих сесија за вашу групу. Добићете подсетник када се нека закаже.
sessions-header = Ваше наредне сесије:
session-label = { $when } · { $title }
session-line =
    { $n }. { $title }
    🕒 { $when }
    📍 { $location }
    Ваш одговор: { $answer }
rsvp-coming = долазим
rsvp-not-coming = не могу да дођем
rsvp-none = још без одговора
btn-coming = Долазим
btn-not-coming = Не могу да дођем
btn-coming-n = { $n }: Долазим
btn-not-coming-n = { $n }: Не долазим
rsvp-saved-coming = Сачувано: долазите. Видимо се!
rsvp-saved-not-coming = Сачувано: не можете да дођете. Хвала што сте јавили.
rsvp-closed = Ова сесија је већ почела.
rsvp-not-member = Ова сесија је за другу групу.
session-gone = Ова сесија је отказана или више не постоји.
location-tba = место ће бити накнадно објављено
checkin-unknown = Овај код за пријаву није познат. Молимо скенирајте поново QR код на месту одржавања.
checkin-register-first = Молимо прво се региструјте (пошаљите /start), па поново скенирајте код за пријаву.
checkin-not-member = Ова пријава је за сесију друге групе. Питајте фацилитатора да ли треба да будете у њој.
checkin-cancelled = Сесија { $title } је отказана.
checkin-too-early = Пријава за { $title } отвара се { $minutes ->
        [one] { $minutes } минут
        [few] { $minutes } минута
       *[other] { $minutes } минута
    } пре почетка ({ $when }).
checkin-over = Сесија { $title } је завршена: пријава је затворена.
checkin-already = Већ сте пријављени за { $title }.
checkin-done = Добро дошли! Пријављени сте за { $title }.
reminder =
    Подсетник: { $title }
    🕒 { $when }
    📍 { $location }
    Да ли долазите?
session-changed =
    Измена сесије ваше групе: { $title }
    🕒 сада { $when }
    📍 { $location }
session-cancelled = Сесија { $title } ({ $when }) је отказана. Извините због промене!
muted = Обавештења су искључена, као и подсетници за сесије. Пошаљите /unmute да их поново укључите.
unmuted = Обавештења и подсетници су поново укључени.
cmd-sessions = Ваше наредне сесије
cmd-mute = Искључите обавештења
cmd-unmute = Укључите обавештења

## Фацилитатори: /newsession

not-allowed = Извините, та команда је за фацилитаторе и организаторе.
not-allowed-organisers = Извините, та команда је за организаторе.
translators-only = Извините, та команда је за организаторе и преводиоце.
right-lost = Ваша улога ово више не дозвољава, па ништа није урађено. /help показује шта сада можете.
ns-cohort-pick = Нова сесија. За коју групу?
ns-cohort-type = Нова сесија. Упишите код групе (нпр. TIRANA-2026):
ns-title = Који је наслов сесије?
ns-module = Који је то модул обуке?
module-identity-culture = Идентитет и култура
module-intercultural-dialogue = Интеркултурни дијалог
module-local-global-communities = Локалне и глобалне заједнице
module-social-action = Планирање друштвене акције
btn-no-module = Ништа од овога
ns-starts = Када почиње? Напишите датум и локално време ({ $zone }) као 2026-12-05 18:00.
ns-starts-invalid = Не могу да прочитам тај датум и време (или се сат тада прескаче). Напишите га као 2026-12-05 18:00.
ns-starts-past = То време је већ прошло. Молимо наведите време у будућности.
ns-duration = Колико траје? Изаберите или упишите као 90m или 2h.
ns-duration-invalid = Молимо напишите трајање као 90m, 2h или 1h30m (највише 24h).
ns-location = Где се одржава?
btn-location-tba = Накнадно
ns-confirm =
    Молимо проверите нову сесију:
    Група: { $cohort }
    Наслов: { $title }
    Модул: { $module }
    Почиње: { $when }
    Трајање: { $duration }
    Место: { $location }
    Да је направимо? Учесници добијају подсетнике пре ње.
btn-create = Направи сесију
btn-discard = Одбаци
ns-discarded = Одбачено: сесија није направљена.
session-created =
    Сесија је направљена: { $title } ({ $when }).
    Линк за пријаву (покажите његов QR код на месту одржавања): { $link }
checkin-pick = QR код за пријаву које сесије?
checkin-none = Нема предстојећих ни текућих сесија које можете да видите.
checkin-link =
    Пријава за { $title } ({ $when }): { $link }
    Покажите QR код на месту одржавања: учесници га скенирају да би се пријавили, од { $minutes ->
        [one] { $minutes } минута
        [few] { $minutes } минута
       *[other] { $minutes } минута
    } пре почетка до краја.
cmd-checkin = QR код за пријаву на сесију
cmd-newsession = Закажите сесију

## Фацилитатори и организатори: /broadcast, /broadcasts, /grant

verbatim = { $text }
bc-audience = Ново обавештење. Ко треба да га добије?
btn-aud-everyone = Сви
btn-aud-cohort = Једна група
btn-aud-country = Једна држава
btn-aud-language = Један језик
btn-aud-session = Учесници сесије
bc-cohort-pick = Која група?
bc-cohort-type = Упишите код групе (нпр. TIRANA-2026):
bc-country = Учесници који живе у којој држави?
bc-language = Учесници који користе који језик?
bc-session = Учесници које сесије?
bc-no-sessions = Нема скорашњих ни предстојећих сесија до којих можете да допрете.
bc-text = Напишите обавештење (до { $max ->
        [one] { $max } знака
        [few] { $max } знака
       *[other] { $max } знакова
    }). Шаље се тачно онако како га напишете.
bc-text-too-long = Предугачко је: Телеграм дозвољава { $max ->
        [one] { $max } знак
        [few] { $max } знака
       *[other] { $max } знакова
    }.
bc-preview = Изнад је обавештење тачно онако како ће га примаоци видети. Отишло би на { $count ->
        [one] { $count } особу
        [few] { $count } особе
       *[other] { $count } особа
    } (без оних који су искључили обавештења).
btn-send = Пошаљи
btn-send-test = Пошаљи мени пробу
btn-cancel-send = Откажи
bc-nobody = Нико га не би добио: изаберите другу публику (/cancel, па /broadcast).
bc-queued = Шаље се на { $count ->
        [one] { $count } особу
        [few] { $count } особе
       *[other] { $count } особа
    }, у границама Телеграма. Добићете извештај када се заврши; /broadcasts приказује напредак.
bc-cancelled = Отказано: ништа није послато.
bc-report = Обавештење #{ $id } је завршено: { $delivered } испоручено, { $blocked } блокирало бота, { $skipped } прескочено, { $failed } неуспешно (од { $recipients }).
bc-progress-none = Још нисте послали ниједно обавештење.
bc-progress-header = Ваша последња обавештења:
bc-progress-line = #{ $id } ({ $when }): { $delivered } од { $recipients } испоручено, { $waiting } чека, { $blocked } блокирало, { $skipped } прескочено, { $failed } неуспешно.
gr-role = За коју улогу позивате некога?
btn-role-facilitator = Фацилитатор
btn-role-organiser = Организатор
btn-role-translator = Преводилац
gr-cohort = Фацилитатор које групе? Упишите њен код или додирните "Све групе".
gr-cohort-pick = Фацилитатор које групе? Изаберите је, упишите њен код или додирните "Све групе".
btn-all-cohorts = Све групе
gr-invite-organiser = Позив да буде организатор. Пошаљите овај линк особи; важи једном, у року од { $days } дана: { $link }
gr-invite-facilitator-of = Позив да буде фацилитатор групе { $cohort }. Пошаљите овај линк особи; важи једном, у року од { $days } дана: { $link }
gr-invite-facilitator-all = Позив да буде фацилитатор свих група. Пошаљите овај линк особи; важи једном, у року од { $days } дана: { $link }
gr-language = На који језик ће преводити објављене препоруке?
gr-invite-translator = Позив да преводи препоруке (језик: { $language }). Пошаљите овај линк особи; важи једном, у року од { $days } дана: { $link }
invite-unknown = Овај линк за позив није важећи.
invite-used = Овај позив је већ искоришћен.
invite-withdrawn = Овај позив је повучен: особа која га је направила више не може да додели ову улогу.
invite-expired = Овај позив је истекао. Затражите нови од организатора.
invite-accepted-organiser = Добро дошли у тим! Сада сте организатор. /help приказује ваше команде.
invite-accepted-facilitator-of = Добро дошли у тим! Сада сте фацилитатор групе { $cohort }. /help приказује ваше команде.
invite-accepted-facilitator-all = Добро дошли у тим! Сада сте фацилитатор свих група. /help приказује ваше команде.
invite-accepted-translator = Добро дошли у тим! Сада можете да преводите објављене препоруке (језик: { $language }): пошаљите /translate.
cmd-broadcast = Пошаљите обавештење
cmd-broadcasts = Напредак ваших обавештења
cmd-grant = Позовите фацилитатора, организатора или преводиоца

help-facilitator =
    За фацилитаторе:
    /newsession: закажите сесију
    /checkin: линк и QR код за пријаву на сесију
    /broadcast: пошаљите обавештење
    /broadcasts: напредак ваших обавештења
    /results: шта су учесници рекли о вашим сесијама
    /guardians: потврдите потписан папирни образац родитеља или старатеља
    /people: ко је у вашим групама и ко је дошао; означите присуство
    /upcoming: шта бот ускоро шаље и колико људи
    /poster: плакат за штампу са линком за пријаву у вашу групу
help-organiser =
    За организаторе:
    /grant: позовите фацилитатора, организатора или преводиоца
    /stats: бројке целог програма
    /moderate: одобрите или одбијте препоруке
    /summary: преглед, графикон и подаци о препорукама
    /export: учесници, потврде доласка, повратне информације или препоруке као CSV и XLSX
    /erase: обришите нечије податке на њихов захтев
    /translate: преведите објављене препоруке (извештају за Самит потребан је енглески)
    /report: извештај за Самит као Word документ (/report en, sq… на другом језику)

## Упитници за повратне информације

survey-session-feedback = Утисци о сесији
sq-overall = Све у свему, каква је била сесија? (1 = лоша, 5 = одлична)
sq-confidence = Колико сте сигурни да ћете применити оно што сте научили? (1 = нимало, 5 = веома)
sq-most-useful = Шта вам је било најкорисније?
sq-improve = Шта би требало да побољшамо?
sq-recommend = Да ли бисте препоручили програм пријатељу?
opt-yes = Да
opt-maybe = Можда
opt-no = Не
feedback-none = Ниједан упитник вас не чека. Хвала!
feedback-list = Упитници на које још можете да одговорите (сесије из последње две недеље):
survey-already = Већ сте одговорили на упитник за { $title }. Хвала!
survey-not-yet = Упитник за { $title } отвара се када се сесија заврши.
survey-closed = Упитник за { $title } је затворен.
survey-intro = { $survey }: { $title } ({ $when }). Неколико кратких питања. { $anonymity }
survey-anonymous = Ваши одговори су анонимни: чувају се без вашег имена.
survey-question = ({ $n }/{ $total }) { $question }
opt-on = ✅ { $label }
opt-off = ▫️ { $label }
btn-done = Готово
btn-skip-question = Прескочи
survey-pick-one = Молимо изаберите бар једну опцију, па додирните Готово.
survey-thanks = Хвала на повратној информацији! Помаже фацилитаторима да наредне сесије буду боље.
survey-invite =
    Каква је била сесија { $title } ({ $when })?
    Молимо реците нам у упитнику од два минута.
btn-start-survey = Започни упитник
results-none = Још нема одговора за сесије које можете да видите.
results-pick = Резултати које сесије?
results-header = Утисци о сесији { $title } ({ $when }): одговора { $answered }, пријављених на лицу места { $attended }.
stats-header = Програм до сада: { $participants ->
        [one] { $participants } учесник
        [few] { $participants } учесника
       *[other] { $participants } учесника
    }, { $sessions ->
        [one] { $sessions } одржана сесија
        [few] { $sessions } одржане сесије
       *[other] { $sessions } одржаних сесија
    }, { $responses ->
        [one] { $responses } одговор на упитнике
        [few] { $responses } одговора на упитнике
       *[other] { $responses } одговора на упитнике
    }.
results-survey = { $survey }: { $n ->
        [one] { $n } одговор
        [few] { $n } одговора
       *[other] { $n } одговора
    }
results-question = { $question } ({ $n ->
        [one] { $n } одговор
        [few] { $n } одговора
       *[other] { $n } одговора
    })
results-rating = просек { $average } · 1: { $r1 } · 2: { $r2 } · 3: { $r3 } · 4: { $r4 } · 5: { $r5 }
results-choice = { $label }: { $n }
results-text = • { $text }
results-anonymous-withheld = Ова анкета је анонимна: одговори се приказују тек кад одговори најмање { $min } особа, да се ниједан одговор не би могао повезати ни са ким.
# A question with its figures or answers, one per line.
results-block = { $lines }
cmd-feedback = Упитници који вас чекају
cmd-results = Утисци о вашим сесијама
cmd-stats = Бројке програма
survey-wellbeing = Како сте се осећали (анонимно)
sq-safe = Да ли сте се осећали безбедно да кажете шта мислите?
sq-enjoyed = Које активности су вам се допале? Изаберите све које важе, па додирните Готово.
opt-games = Игре
opt-discussion = Дискусија
opt-role-play = Играње улога
opt-group-work = Рад у групама
sq-anything = Још нешто што желите да нам кажете, анонимно?

## Препоруке младих за Самит Западног Балкана

rec-limit = Послали сте { $limit ->
        [one] { $limit } препоруку
        [few] { $limit } препоруке
       *[other] { $limit } препорука
    } у последња 24 сата, највише за један дан. Хвала! Молимо вратите се сутра.
rec-theme = Ваша препорука за Самит Западног Балкана. На коју тему се односи?
theme-participation = Учешће младих
theme-education-skills = Образовање и вештине
theme-employment = Запошљавање
theme-brain-drain-migration = Одлив мозгова и миграције
theme-reconciliation-cooperation = Помирење и регионална сарадња
theme-diversity-dialogue = Различитост и дијалог
theme-rule-of-law = Владавина права
theme-environment-community = Животна средина и заједница
rec-level = На ком нивоу треба деловати?
level-local = Локални
level-national = Национални
level-regional = Регионални
level-eu = ЕУ
rec-text = Напишите своју препоруку ({ $min }–{ $max ->
        [one] { $max } знак
        [few] { $max } знака
       *[other] { $max } знакова
    }): шта треба да се промени и ко то треба да уради?
rec-preview = Изнад је ваша препорука ({ $theme }, { $level }). Да је пошаљемо? Организатори читају сваку препоруку пре објављивања.
btn-submit = Пошаљи
btn-edit = Измени текст
rec-submitted = Хвала! Ваша препорука је послата. Бићете обавештени када је организатори прочитају; /recommendations приказује објављене.
rec-cancelled = Отказано: ништа није послато.
mod-none = Ниједна препорука не чека модерацију.
mod-card = Препорука #{ $id } · { $theme } · { $level } ({ $waiting } чека). Да је објавимо?
btn-approve = Одобри
btn-reject = Одбиј
mod-approved = Одобрено и објављено; аутор је обавештен. /moderate за следећу.
mod-rejected = Одбијено; аутор је обавештен. /moderate за следећу.
mod-taken = Други организатор је први модерирао ову препоруку; ништа није промењено. /moderate за следећу.
rec-approved-notice = Ваша препорука на тему { $theme } је одобрена и објављена. Хвала!
rec-rejected-notice = Ваша препорука на тему { $theme } овај пут није објављена. Можете послати нову помоћу /recommend.
browse-pick = Објављене препоруке: изаберите тему.
browse-theme = { $theme } ({ $count })
browse-none = Још ништа није објављено: организатори читају сваку препоруку пре него што се појави овде. /recommend шаље вашу.
browse-empty = Још нема објављених препорука на тему { $theme }.
browse-header = { $theme } (страна { $page }):
browse-item =
    { $n }. { $text }
    ({ $level } · { $endorsements ->
        [one] { $endorsements } подршка
        [few] { $endorsements } подршке
       *[other] { $endorsements } подршки
    }{ $mark })
browse-own = {""} · ваша
browse-endorsed = {""} · подржали сте
browse-other = {""}
btn-endorse-n = 👍 Подржи { $n }
btn-next-page = Следећа страна
btn-show-original = Прикажи како је написано
endorse-done = Подржано. Хвала!
endorse-own = Не можете подржати сопствену препоруку.
endorse-twice = Ову сте већ подржали.
endorse-gone = Ова препорука више није објављена.
sum-header = Препоруке младих: { $approved } одобрених, { $pending } на чекању, { $rejected } одбијених. Броје се одобрене; ћелије са мање од 5 особа приказане су као <5.
sum-none-approved = Још ништа није одобрено, а преглед броји само одобрене препоруке: /moderate приказује оне које чекају.
sum-section =
    { $dimension }
    { $lines }
sum-line = { $label }: { $value }
sum-others = Остали (сваки са мање од 5 особа)
sum-by-theme = По теми
sum-by-level = По нивоу
sum-by-country = По држави
sum-by-age = По узрасту
sum-by-gender = По полу
age-15-19 = 15–19
age-20-24 = 20–24
age-25-29 = 25–29
age-30-plus = 30+
value-unknown = непознато
sum-top = Најподржаније, по теми:
sum-top-item = { $theme } ({ $endorsements } 👍): { $text }
cmd-recommend = Пошаљите препоруку за Самит
cmd-recommendations = Читајте и подржите препоруке
cmd-moderate = Модерирајте препоруке
cmd-summary = Преглед препорука
cmd-export = Извоз података као документи
export-pick = Које податке желите да извезете? Добићете CSV датотеку и XLSX табелу.
export-sent = Ево извоза: { $what }.
export-personal = Садржи личне податке: чувајте га пажљиво, делите га само са тимом програма и обришите га када вам више не буде потребан.
btn-export-participants = Учесници
btn-export-rsvps = Потврде доласка и пријаве на сесији
btn-export-feedback = Повратне информације
btn-export-recommendations = Препоруке

## /mydata: остало што чувамо

mydata-activity =
    Обавештења и подсетници: { $muted }
    Сесије:
    { $rsvps }
    Ваше препоруке:
    { $recommendations }
    Подршке које сте дали: { $endorsements }
    Одговори на упитнике сачувани уз ваш ИД: { $surveys } (анонимни нису повезани са вама)
mydata-rsvp = • { $title } ({ $when }): { $answer }{ $checked }
mydata-checked = , пријављени на лицу места
mydata-not-checked = {""}
mydata-recommendation = • { $theme }, { $status }: { $text }
muted-yes = искључени (/unmute их укључује)
muted-no = укључени
rec-status-pending = чека модерацију
rec-status-approved = објављена
rec-status-rejected = није објављена

## Guardians and erasure on request

btn-guardian-ask = Питаћу родитеља/старатеља
reg-pending = Хвала, { $name }! Регистровани сте за Active Citizens и чекамо сагласност вашег родитеља или старатеља. Док је не добијемо, не шаљемо вам подсетнике ни обавештења.
guardian-link =
    Проследите овај линк родитељу или старатељу. Они га отварају у свом Телеграму, читају како користимо ваше податке и кажу да ли се слажу:
    { $link }
    Ако не користе Телеграм, затражите папирни образац од фацилитатора. Ако нико не потврди у року од { $days } дана, бришемо вашу регистрацију.
guardian-still-waiting = Добро дошли назад, { $name }. Још чекамо сагласност вашег родитеља или старатеља. Ево новог линка за њих (претходни више не важи).
guardian-request =
    { $name } (рођен/а { $birth_year }.) жели да учествује у програму Active Citizens, у коме се млади са целог Западног Балкана обучавају за друштвено лидерство и планирају акције у својим заједницама. Рекли су нам да сте ви њихов родитељ или старатељ.
    Ево како бисмо користили њихове податке (обавештење о приватности, верзија { $version }):
    { privacy-notice-points }
    Да ли се слажете да { $name } учествује?
guardian-agreed = Хвала на потврди. Јавили смо им: сада су у потпуности регистровани.
guardian-declined = Хвала на одговору. Обрисали смо све што су нам рекли и јавили им.
guardian-link-unknown = Овај линк више не важи: већ је искоришћен, заменио га је новији или је регистрација обрисана.
guardian-own-account = Овај линк је за вашег родитеља или старатеља: проследите га њима. Они потврђују са свог Телеграм налога; ваш не може.
guardian-confirmed-notice = Добре вести, { $name }: сагласност вашег родитеља или старатеља је потврђена. Сада сте у потпуности регистровани за Active Citizens и добијаћете вести о својим сесијама. /help приказује шта можете.
erased-guardian-declined = Ваш родитељ или старатељ се није сложио, па смо обрисали вашу регистрацију. Добродошли сте назад кад год се сложе: пошаљите /start.
erased-guardian-never-confirmed = Сагласност вашег родитеља или старатеља није стигла у року од { $days } дана, па смо обрисали вашу регистрацију. Пошаљите /start да се поново региструјете када буду спремни.
guardian-by-telegram = потврдили су је са свог Телеграм налога, { $at }
guardian-by-paper = потврдио ју је ваш фацилитатор, који има образац који су потписали, { $at }
guardian-declared = на вашу реч, дату при регистрацији, { $at }
guardian-waiting = чека се њихова потврда
participant-status-pending-guardian = чека се сагласност родитеља или старатеља (до тада без подсетника и обавештења)
paper-none = У вашим групама нико не чека сагласност родитеља или старатеља.
paper-pick =
    { $count ->
        [one] { $count } особа чека
        [few] { $count } особе чекају
       *[other] { $count } особа чека
    } сагласност родитеља или старатеља (прво они који најдуже чекају, са групом и даном регистрације; приказано: { $shown }).
    Додирните особу чији потписани папирни образац имате:
paper-confirm = Да ли имате образац који је потписао родитељ или старатељ особе { $name }? Ваша потврда се бележи под вашим именом.
btn-paper-yes = Да, имам потписан образац
btn-paper-no = Не
paper-confirmed = Забележено: { $name } је сада у потпуности регистрован/а, и јављамо им.
paper-not-confirmed = Ништа није забележено.
paper-not-waiting = Више не чекају (неко је већ потврдио или је регистрација обрисана): ништа није забележено.
erase-ask-id = Чије податке треба обрисати? Пошаљите њихов Телеграм ИД: број који виде када боту пошаљу /whoami.
erase-not-an-id = Телеграм ИД је број, на пример 123456789. Свако види свој када пошаље /whoami.
erase-yourself = За брисање сопствених података користите /delete.
erase-unknown = Нико није регистрован са ИД-јем { $id }. Проверите број и пошаљите га поново.
erase-ask-reason = Зашто бришете податке особе { $name }? На пример: "затражено имејлом 3. децембра". Разлог се уписује у дневник ревизије са вашим именом, не њиховим.
erase-confirm = Обрисати све што чувамо о особи { $name } (ИД { $id })? Разлог: { $reason }. Ово се не може поништити.
btn-erase-yes = Да, обриши
btn-erase-no = Не, задржи
erase-done = Подаци особе { $name } су обрисани, а брисање је забележено.
erase-kept = Ништа није обрисано.
erase-gone = Већ су обрисани: нема шта више да се уради.
cmd-guardians = Потврди папирни образац старатеља
cmd-erase = Обриши нечије податке на захтев
cmd-translate = Преведи препоруке
translate-usage = Пошаљите /translate да преведете препоруке којима недостаје неки језик, или /translate и број препоруке да преведете или исправите ту (нпр. /translate 12).
translate-pick-language = На који језик?
translate-none = За сада нема више ничега за превод на { $language }. /translate почиње поново (прескочене се враћају); /translate и број исправља једну.
translate-card =
    Препорука #{ $id } · { $theme } · написана на језику { $written } (без превода на { $language }: { $waiting }):
    { $text }
translate-existing = Садашњи превод на { $language }: { $text }
translate-ask = Пошаљите превод на { $language } или додирните "Прескочи".
btn-translate-skip = Прескочи
translate-saved = Сачуван је превод препоруке #{ $id }.
translate-gone = Та препорука више није објављена: ништа није сачувано.
cmd-report = Извештај за Самит (Word)
chart-caption = Одобрене препоруке по темама
report-title = Препоруке младих за Самит Западног Балкана
report-gathered-heading = Како су прикупљене
report-gathered = Од { $from } до { $to } млади који учествују у програму Active Citizens ({ $participants } учесника у { $cohorts } група) писали су препоруке за Самит. Организатори програма одобрили су { $approved }; { $listed } са текстом на енглеском наведене су у наставку по темама, прво оне које су остали учесници највише подржали.
report-countries = Учесници по државама: { $countries }.
report-original = Оригинал ({ $language }): { $text }
report-meta = Ниво: { $level } · { $endorsements ->
        [one] { $endorsements } подршка
        [few] { $endorsements } подршке
       *[other] { $endorsements } подршки
    }
report-chart-heading = Препоруке по темама
report-sent = Ево извештаја за Самит ({ $language }) да га уредите пре слања: { $listed } препорука. Одобрених без енглеског текста, изостављених: { $missing }; /translate га додаје.

## Rosters and marking present (/people)

cmd-people = Ко је у вашим групама, ко је дошао; означите присуство
roster-none = Ваше улоге не наводе ниједну групу која је још у току.
roster-pick-cohort = Која група?
roster =
    { $cohort }: пријављени { $registered } · чекају сагласност родитеља { $pending } · одржане сесије { $sessions }. Страна { $page } од { $pages }.
    🗓 присуство на сесијама · 📝 попуњене анкете

    { $lines }
roster-line = { $n }. { $name }: 🗓 { $attended }/{ $sessions } · 📝 { $answered }{ $status ->
        [pending_guardian] {" "}(чека сагласност родитеља)
        [blocked] {" "}(не прима поруке)
       *[active] {""}
    }
btn-roster-previous = ◀ Назад
btn-roster-next = Даље ▶
btn-roster-export = 📄 Евиденција присуства
btn-roster-mark = ✅ Означите присуство
roster-export-sent = Евиденција присуства групе { $cohort } (ко је био на којој сесији, ко је попунио анкету), као CSV и XLSX. Садржи имена: чувајте је безбедно и обришите је када вам више не треба.
mark-no-sessions = Ниједна сесија групе { $cohort } није у току нити се недавно завршила.
mark-pick-session = На којој сесији означавате присуство?
mark-everyone-present = Сви из групе су већ означени као присутни на сесији { $title }.
mark-pick-person = Ко је био на сесији { $title } ({ $when })? Још нису означени: { $count }.
mark-done = Присуство особе { $name } на сесији { $title } ({ $when }) је означено. Ако је анкета сесије већ послата, добиће је и та особа.
mark-not-member = Та особа више није у групи ове сесије: присуство није означено.
mark-already = Присуство те особе на тој сесији је већ било означено.

## What is about to be sent (/upcoming)

cmd-upcoming = Шта бот ускоро шаље и колико људи
upcoming-none = За ваше групе ништа није планирано у наредних { $days } дана.
upcoming-header =
    Планирано за наредних { $days } дана (👥 примаоци према тренутном стању група):
    { $lines }
upcoming-now = одмах
upcoming-reminder = { $when } · подсетник: { $title } ({ $cohort }) · 👥 { $count }
upcoming-survey = { $when } · позив на анкету: { $title } ({ $cohort }) · 👥 { $count }
upcoming-notice = { $when } · обавештење о измени: { $title } ({ $cohort }) · 👥 { $count }
upcoming-announcement = { $when } · обавештење #{ $id } · 👥 { $count }
upcoming-more = …и још { $more }: команда schedule у терминалу наводи све.

## Announcements in several languages

bc-languages = Примаоци по језику: { $list }. Они означени са ✓ добијају верзију на свом језику; остали, текст изнад.
btn-add-version = 🌐 Додајте верзију на другом језику
bc-version-language = Верзија за читаоце ког језика?
bc-version-text = Напишите верзију за језик: { $language } (до { $max } знакова). Читаоци тог језика добиће њу уместо вашег текста.

## Posters (/poster)

report-unknown-language = Бот нема језик "{ $language }": наведите један од { $known } (нпр. /report mk). Ништа није послато.
cohort-archived = Та група је архивирана (њен програм је завршен), па сесија није направљена.
cmd-poster = Плакат за штампу са линком за пријаву у вашу групу
poster-sent = Плакат групе { $cohort }, за штампу или дељење: његов QR код отвара пријаву у ову групу, { $link }
