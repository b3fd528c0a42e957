//! Dates and times as people of each language write them: weekday, day and month in words, 24-hour clock
//! ("e martë, 8 dhjetor, 18:00"; "utorak, 8. prosinca, 18:00"), always in the zone the time belongs to, with
//! the offset added in the one hour a year whose wall-clock time happens twice.
//!
//! The names of days and months come from chrono's locale data (glibc's, through `pure-rust-locales`); each
//! language's order and punctuation is chosen here.

use chrono::Locale;

use crate::domain::{LocalTime, script, zone_label};

/// How much of a time is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    /// When something happens: weekday, day and month, time ("Tuesday 8 December, 18:00").
    Event,
    /// When something was recorded: day, month and year, time ("8 December 2026, 18:00").
    Record,
}

/// One language's way of writing dates.
struct Convention {
    locale: Locale,
    event: &'static str,
    record: &'static str,
    /// Fixes the locale data needs for this language.
    fix: Fix,
}

#[derive(Clone, Copy)]
enum Fix {
    None,
    /// The data capitalises names that the language writes in lower case (Bosnian).
    Lowercase,
    /// The data is in Cyrillic and the language is written in Latin letters (Montenegrin).
    Latin,
}

/// The convention of `lang` (a code of `languages.toml`); English for a language without one.
fn convention(lang: &str) -> Convention {
    let slavic = |locale, fix| Convention { locale, event: "%A, %-d. %B, %H:%M", record: "%-d. %B %Y. %H:%M", fix };
    match lang {
        "sq" => {
            Convention { locale: Locale::sq_AL, event: "%A, %-d %B, %H:%M", record: "%-d %B %Y, %H:%M", fix: Fix::None }
        }
        "mk" => {
            Convention { locale: Locale::mk_MK, event: "%A, %-d %B, %H:%M", record: "%-d %B %Y, %H:%M", fix: Fix::None }
        }
        "sr" | "sr-Cyrl" => slavic(Locale::sr_RS, Fix::None),
        "sr-Latn" => slavic(Locale::sr_RS_latin, Fix::None),
        "bs" => slavic(Locale::bs_BA, Fix::Lowercase),
        "hr" => slavic(Locale::hr_HR, Fix::None),
        "cnr" => slavic(Locale::sr_ME, Fix::Latin),
        _ => {
            Convention { locale: Locale::en_GB, event: "%A %-d %B, %H:%M", record: "%-d %B %Y, %H:%M", fix: Fix::None }
        }
    }
}

/// `time` written in `lang`, in its own zone.
pub fn format(lang: &str, time: &LocalTime, style: Style) -> String {
    let convention = convention(lang);
    let pattern = match style {
        Style::Event => convention.event,
        Style::Record => convention.record,
    };
    let local = time.at.with_timezone(&time.zone);
    let written = local.format_localized(pattern, convention.locale).to_string();
    let written = match convention.fix {
        Fix::None => written,
        Fix::Lowercase => written.to_lowercase(),
        Fix::Latin => script::transliterate(&written, script::Script::Latin),
    };
    if time.is_ambiguous() { format!("{written} ({})", zone_label(time.zone, time.at)) } else { written }
}

#[cfg(test)]
mod tests {
    use chrono::{TimeZone, Utc};
    use chrono_tz::Europe::Belgrade;

    use super::*;

    /// Tuesday 8 December 2026, 18:00 in Belgrade (17:00 UTC).
    fn tuesday_evening() -> LocalTime {
        LocalTime::new(Utc.with_ymd_and_hms(2026, 12, 8, 17, 0, 0).unwrap(), Belgrade)
    }

    #[test]
    fn each_language_writes_the_weekday_day_and_month_its_own_way() {
        let t = tuesday_evening();
        let written: Vec<_> = ["en", "sq", "sr-Latn", "sr-Cyrl", "mk", "bs", "hr", "cnr"]
            .into_iter()
            .map(|lang| format(lang, &t, Style::Event))
            .collect();
        assert_eq!(
            written,
            [
                "Tuesday 8 December, 18:00",
                "e martë, 8 dhjetor, 18:00",
                "utorak, 8. decembar, 18:00",
                "уторак, 8. децембар, 18:00",
                "вторник, 8 декември, 18:00",
                "utorak, 8. decembar, 18:00",
                "utorak, 8. prosinca, 18:00",
                "utorak, 8. decembar, 18:00",
            ]
        );
    }

    #[test]
    fn a_record_has_the_year_and_no_weekday() {
        let t = tuesday_evening();
        assert_eq!(format("en", &t, Style::Record), "8 December 2026, 18:00");
        assert_eq!(format("hr", &t, Style::Record), "8. prosinca 2026. 18:00");
        assert_eq!(format("sq", &t, Style::Record), "8 dhjetor 2026, 18:00");
    }

    #[test]
    fn the_hour_that_happens_twice_says_which_one() {
        // 25 October 2026: Belgrade's clocks go from 03:00 CEST back to 02:00 CET.
        let first = LocalTime::new(Utc.with_ymd_and_hms(2026, 10, 25, 0, 30, 0).unwrap(), Belgrade);
        let second = LocalTime::new(Utc.with_ymd_and_hms(2026, 10, 25, 1, 30, 0).unwrap(), Belgrade);
        assert_eq!(format("en", &first, Style::Event), "Sunday 25 October, 02:30 (CEST, UTC+2)");
        assert_eq!(format("en", &second, Style::Event), "Sunday 25 October, 02:30 (CET, UTC+1)");
        let evening = LocalTime::new(Utc.with_ymd_and_hms(2026, 10, 25, 17, 0, 0).unwrap(), Belgrade);
        assert_eq!(format("en", &evening, Style::Event), "Sunday 25 October, 18:00", "no offset when clear");
    }

    #[test]
    fn a_language_without_a_convention_is_written_in_english() {
        assert_eq!(format("de", &tuesday_evening(), Style::Event), "Tuesday 8 December, 18:00");
    }
}
