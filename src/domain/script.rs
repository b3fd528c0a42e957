//! Serbian and Montenegrin are written in two scripts, letter for letter: Latin ↔ Cyrillic (lj, nj and dž are
//! one letter each: љ, њ, џ). A reader sees a recommendation in their script without anyone translating it.
//! Left as written: links, @names and #tags, and words with letters Serbian does not have in the script they
//! are in (q, w, x, y, ä, ë…; ѓ, ќ, ѕ, ѐ…), which are foreign words or another language.

const LATIN: [&str; 30] = [
    "a", "b", "v", "g", "d", "đ", "e", "ž", "z", "i", "j", "k", "l", "lj", "m", "n", "nj", "o", "p", "r", "s", "t",
    "ć", "u", "f", "h", "c", "č", "dž", "š",
];
const CYRILLIC: [char; 30] = [
    'а', 'б', 'в', 'г', 'д', 'ђ', 'е', 'ж', 'з', 'и', 'ј', 'к', 'л', 'љ', 'м', 'н', 'њ', 'о', 'п', 'р', 'с', 'т', 'ћ',
    'у', 'ф', 'х', 'ц', 'ч', 'џ', 'ш',
];

/// The script a Serbian text is shown in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Script {
    Latin,
    Cyrillic,
}

impl Script {
    /// The script of a language of the picker, for those written in both (Serbian, Montenegrin).
    pub fn of_language(code: &str) -> Option<Script> {
        match code {
            "sr-Cyrl" => Some(Script::Cyrillic),
            "sr-Latn" | "cnr" => Some(Script::Latin),
            _ => None,
        }
    }
}

/// `text` in `script`: unchanged where it already is, or has nothing to change. A word joined to a foreign one
/// ("Wi-Fi") stays with it.
pub fn transliterate(text: &str, script: Script) -> String {
    let mut out = String::with_capacity(text.len() * 2);
    for token in text.split_inclusive(char::is_whitespace) {
        let lower = token.to_lowercase();
        let link = ["http://", "https://", "www.", "@", "#"].iter().any(|p| lower.starts_with(p));
        let foreign = words(token).any(|(_, w)| !is_serbian(w));
        if link || foreign {
            out.push_str(token);
            continue;
        }
        let mut last = 0;
        for (start, word) in words(token) {
            out.push_str(&token[last..start]);
            match script {
                Script::Cyrillic => word_to_cyrillic(word, &mut out),
                Script::Latin => word_to_latin(word, &mut out),
            }
            last = start + word.len();
        }
        out.push_str(&token[last..]);
    }
    out
}

/// The runs of letters of `token`, with their byte offsets.
fn words(token: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut rest = token.char_indices().peekable();
    std::iter::from_fn(move || {
        let (start, _) = rest.find(|(_, c)| c.is_alphabetic())?;
        let mut end = token.len();
        while let Some(&(i, c)) = rest.peek() {
            if !c.is_alphabetic() {
                end = i;
                break;
            }
            rest.next();
        }
        Some((start, &token[start..end]))
    })
}

/// Whether every letter of `word` is one of Serbian's, in either script.
fn is_serbian(word: &str) -> bool {
    word.chars().flat_map(char::to_lowercase).all(|c| CYRILLIC.contains(&c) || LATIN.iter().any(|l| l.starts_with(c)))
}

fn word_to_cyrillic(word: &str, out: &mut String) {
    let chars: Vec<char> = word.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let pair: String = chars[i..(i + 2).min(chars.len())].iter().collect::<String>().to_lowercase();
        let (index, width) = match LATIN.iter().position(|l| *l == pair) {
            Some(p) if pair.chars().count() == 2 => (Some(p), 2),
            _ => (LATIN.iter().position(|l| l.chars().eq(chars[i].to_lowercase())), 1),
        };
        match index.map(|p| CYRILLIC[p]) {
            Some(c) if chars[i].is_uppercase() => out.extend(c.to_uppercase()),
            Some(c) => out.push(c),
            None => out.push(chars[i]),
        }
        i += width;
    }
}

fn word_to_latin(word: &str, out: &mut String) {
    // "ЉУБАВ" is "LJUBAV"; "Љубав" is "Ljubav".
    let shouting = word.chars().count() > 1 && word.chars().all(char::is_uppercase);
    for c in word.chars() {
        let lower = c.to_lowercase().next().unwrap_or(c);
        let Some(p) = CYRILLIC.iter().position(|l| *l == lower) else {
            out.push(c);
            continue;
        };
        let latin = LATIN[p];
        match (c.is_uppercase(), shouting) {
            (false, _) => out.push_str(latin),
            (true, true) => out.push_str(&latin.to_uppercase()),
            (true, false) => {
                let mut letters = latin.chars();
                out.extend(letters.next().into_iter().flat_map(char::to_uppercase));
                out.extend(letters);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn real_sentences_go_both_ways() {
        let pairs = [
            (
                "Mladi iz Novog Sada žele više džepnog novca za ljetnje kampove i njihovu opremu.",
                "Млади из Новог Сада желе више џепног новца за љетње кампове и њихову опрему.",
            ),
            (
                "Ljubav prema zajednici: Đorđe i Nikola čiste obalu Dunava svake subote.",
                "Љубав према заједници: Ђорђе и Никола чисте обалу Дунава сваке суботе.",
            ),
            ("NJEGOŠEVA ULICA TREBA BICIKLISTIČKU STAZU.", "ЊЕГОШЕВА УЛИЦА ТРЕБА БИЦИКЛИСТИЧКУ СТАЗУ."),
        ];
        for (latin, cyrillic) in pairs {
            assert_eq!(transliterate(latin, Script::Cyrillic), cyrillic);
            assert_eq!(transliterate(cyrillic, Script::Latin), latin);
        }
    }

    #[test]
    fn links_names_and_foreign_words_stay_as_written() {
        let latin = "Pogledajte https://example.org/Lj-nj i pišite @mladi_ns ili #EU: Wi-Fi u školi, YouTube kanal.";
        let cyrillic = "Погледајте https://example.org/Lj-nj и пишите @mladi_ns или #EU: Wi-Fi у школи, YouTube канал.";
        assert_eq!(transliterate(latin, Script::Cyrillic), cyrillic);
        // Words with Macedonian letters (ќ, ѓ) are not Serbian: left as written.
        assert_eq!(transliterate("Ѓорѓе и Ќерка", Script::Latin), "Ѓорѓе i Ќерка");
    }

    #[test]
    fn a_text_already_in_the_script_is_unchanged() {
        let text = "Škola 21. veka: više prakse, manje bubanja!";
        assert_eq!(transliterate(text, Script::Latin), text);
        let text = "Школа 21. века";
        assert_eq!(transliterate(text, Script::Cyrillic), text);
    }
}
