# Hrvatski. Partial: messages not here are shown in English (en.ftl). Translations welcome.

language-pick = Odaberite jezik:
language-set = Gotovo: razgovarat ću s vama na jeziku { $language }.
btn-agree = Slažem se
btn-decline = Ne slažem se
btn-skip = Preskoči
btn-no-code = Nemam kôd
reg-name = Kako se zovete? ({ $min }–{ $max ->
        [one] { $max } znak
        [few] { $max } znaka
       *[other] { $max } znakova
    })
reg-birth-year = Koje ste godine rođeni? Napišite četiri znamenke, npr. 2005.
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
reg-municipality = U kojoj općini ili mjestu živite?
cancelled = Prekinuto. Ništa nije promijenjeno.
stale-button = Ovaj gumb više nije aktivan.
