//! Durations as people write them in settings and commands: `90s`, `30m`, `2h`, `1h30m`.

use std::fmt;
use std::str::FromStr;

/// A non-negative span of whole seconds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Span(u64);

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SpanError {
    #[error("'{0}' is not a duration: write it like 90s, 30m, 2h or 1h30m")]
    Invalid(String),
    #[error("'{raw}' is too long: at most {max}")]
    TooLong { raw: String, max: Span },
}

/// The longest a session may last: a residential training week. Longer is a typing mistake, and a bound keeps
/// every time computed from it far inside what dates can hold.
pub const MAX_SESSION: Span = Span::from_const_minutes(7 * 24 * 60);
/// The furthest ahead a reminder or a survey invitation may be set from its session: a month.
pub const MAX_OFFSET: Span = Span::from_const_minutes(30 * 24 * 60);

impl Span {
    pub fn from_secs(secs: u64) -> Self {
        Self(secs)
    }

    pub fn from_minutes(minutes: u64) -> Self {
        Self(minutes * 60)
    }

    pub const fn from_const_minutes(minutes: u64) -> Self {
        Self(minutes * 60)
    }

    pub fn as_secs(self) -> u64 {
        self.0
    }

    /// As a `chrono` duration; a span beyond what one holds (never one within the bounds above) is the longest.
    pub fn as_chrono(self) -> chrono::Duration {
        i64::try_from(self.0).ok().and_then(chrono::Duration::try_seconds).unwrap_or(chrono::Duration::MAX)
    }

    /// `time` this span later, or the last moment a date can hold: a span from a person or a stored row never
    /// makes the arithmetic overflow (and panic).
    pub fn after(self, time: chrono::DateTime<chrono::Utc>) -> chrono::DateTime<chrono::Utc> {
        time.checked_add_signed(self.as_chrono()).unwrap_or(chrono::DateTime::<chrono::Utc>::MAX_UTC)
    }

    /// `time` this span earlier, or the first moment a date can hold.
    pub fn before(self, time: chrono::DateTime<chrono::Utc>) -> chrono::DateTime<chrono::Utc> {
        time.checked_sub_signed(self.as_chrono()).unwrap_or(chrono::DateTime::<chrono::Utc>::MIN_UTC)
    }

    /// Reads a span written by a person, refusing one longer than `max`.
    pub fn parse_at_most(raw: &str, max: Span) -> Result<Self, SpanError> {
        let span: Span = raw.parse()?;
        if span > max {
            return Err(SpanError::TooLong { raw: raw.trim().to_owned(), max });
        }
        Ok(span)
    }
}

impl FromStr for Span {
    type Err = SpanError;

    fn from_str(raw: &str) -> Result<Self, Self::Err> {
        let error = || SpanError::Invalid(raw.to_owned());
        let text = raw.trim();
        let mut total: u64 = 0;
        let mut number = String::new();
        let mut last_unit = u64::MAX;
        for c in text.chars() {
            if c.is_ascii_digit() {
                number.push(c);
                continue;
            }
            let unit = match c {
                'd' => 86_400,
                'h' => 3600,
                'm' => 60,
                's' => 1,
                _ => return Err(error()),
            };
            // Units must be given largest first, each once: `1h30m`, not `30m1h`.
            if number.is_empty() || unit >= last_unit {
                return Err(error());
            }
            let n: u64 = number.parse().map_err(|_| error())?;
            total = n.checked_mul(unit).and_then(|v| total.checked_add(v)).ok_or_else(error)?;
            number.clear();
            last_unit = unit;
        }
        if !number.is_empty() || last_unit == u64::MAX {
            return Err(error());
        }
        Ok(Self(total))
    }
}

impl fmt::Display for Span {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (h, m, s) = (self.0 / 3600, self.0 % 3600 / 60, self.0 % 60);
        let mut out = String::new();
        if h > 0 {
            out.push_str(&format!("{h}h"));
        }
        if m > 0 {
            out.push_str(&format!("{m}m"));
        }
        if s > 0 || out.is_empty() {
            out.push_str(&format!("{s}{}", if out.is_empty() && s == 0 { "m" } else { "s" }));
        }
        f.write_str(&out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn reads_what_people_write() {
        for (text, secs) in [("90s", 90), ("30m", 1800), ("2h", 7200), ("1h30m", 5400), ("0m", 0), (" 24h ", 86400)] {
            assert_eq!(text.parse::<Span>(), Ok(Span(secs)), "{text}");
        }
        for bad in ["", "90", "h", "1x", "30m1h", "1h1h", "-5m", "1.5h", "99999999999999999999h"] {
            assert!(bad.parse::<Span>().is_err(), "{bad}");
        }
    }

    #[test]
    fn refuses_a_span_past_its_bound() {
        assert_eq!(Span::parse_at_most("7d", MAX_SESSION), Ok(MAX_SESSION), "days: 7d is 168h");
        assert!(matches!(Span::parse_at_most("8d", MAX_SESSION), Err(SpanError::TooLong { .. })));
        assert_eq!("1d12h".parse::<Span>(), Ok(Span::from_minutes(36 * 60)));
        assert_eq!(Span::parse_at_most("168h", MAX_SESSION), Ok(MAX_SESSION));
        let too_long = Span::parse_at_most("10000000000h", MAX_SESSION);
        assert_eq!(too_long.map_err(|e| e.to_string()), Err("'10000000000h' is too long: at most 168h".to_owned()));
        assert_eq!(Span(u64::MAX).as_chrono(), chrono::Duration::MAX, "no panic past chrono's range");
        let now = chrono::Utc::now();
        assert_eq!(Span(u64::MAX).after(now), chrono::DateTime::<chrono::Utc>::MAX_UTC);
        assert_eq!(Span(36_000_000_000_000).before(now), chrono::DateTime::<chrono::Utc>::MIN_UTC);
    }

    #[test]
    fn writes_it_back() {
        assert_eq!(Span(5400).to_string(), "1h30m");
        assert_eq!(Span(0).to_string(), "0m");
        assert_eq!(Span(90).to_string(), "1m30s");
    }

    proptest! {
        #[test]
        fn display_round_trips(secs in 0u64..10_000_000) {
            prop_assert_eq!(Span(secs).to_string().parse::<Span>(), Ok(Span(secs)));
        }

        #[test]
        fn parsing_never_panics(text in ".{0,20}") {
            let _ = text.parse::<Span>();
        }
    }
}
