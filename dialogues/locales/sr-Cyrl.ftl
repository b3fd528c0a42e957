# Српски (ћирилица). Partial: messages not here are shown in English (en.ftl). Translations welcome.

language-pick = Изаберите језик:
language-set = Готово: причаћу са вама на језику { $language }.
btn-agree = Слажем се
btn-decline = Не слажем се
btn-skip = Прескочи
btn-no-code = Немам код
reg-name = Како се зовете? ({ $min }–{ $max ->
        [one] { $max } знак
        [few] { $max } знака
       *[other] { $max } знакова
    })
reg-birth-year = Које године сте рођени? Напишите четири цифре, нпр. 2005.
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
reg-municipality = У којој општини или месту живите?
cancelled = Прекинуто. Ништа није промењено.
stale-button = Ово дугме више није активно.
