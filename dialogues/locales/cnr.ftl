# Crnogorski. Partial: messages not here are shown in English (en.ftl). Translations welcome.

language-pick = Izaberite jezik:
language-set = Gotovo: pričaću sa vama na jeziku { $language }.
btn-agree = Slažem se
btn-decline = Ne slažem se
btn-skip = Preskoči
btn-no-code = Nemam kod
reg-name = Kako se zovete? ({ $min }–{ $max ->
        [one] { $max } znak
        [few] { $max } znaka
       *[other] { $max } znakova
    })
reg-birth-year = Koje godine ste rođeni? Napišite četiri cifre, npr. 2005.
reg-gender = Kojeg ste pola?
gender-female = Žensko
gender-male = Muško
gender-other = Drugo
gender-undisclosed = Ne želim da kažem
reg-country = U kojoj državi živite?
country-AL = Albanija
country-BA = Bosna i Hercegovina
country-XK = Kosovo
country-ME = Crna Gora
country-MK = Sjeverna Makedonija
country-RS = Srbija
country-OTHER = Drugo
reg-municipality = U kojoj opštini ili mjestu živite?
cancelled = Prekinuto. Ništa nije promijenjeno.
stale-button = Ovo dugme više nije aktivno.
