//! The callback-data codec. Button data is opaque to people but not trusted: every press is decoded and
//! checked again (format here; the prompt, option, session and membership in the engine).

use crate::conversation::Action;
use crate::domain::{CohortCode, Rsvp};

/// The value of a "Start again" button without a cohort: not a possible cohort code.
const NO_COHORT: &str = "~";

/// Telegram's limit on callback data.
pub const MAX_LEN: usize = 64;

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum CallbackError {
    #[error("callback data is not ours or not of this version")]
    Malformed,
    #[error("callback data is too long")]
    TooLong,
}

/// `p<prompt in base 36>:<value>` for answers to the open question; `r<session in base 36>:c|n` for RSVPs;
/// `f<session in base 36>:go` to start a session's feedback survey; `e<recommendation>:go` to endorse;
/// `b<page>:<theme>` to browse recommendations; `s0:<cohort code>` (or `s0:~`, without a cohort) to start
/// registration again; `j0:<cohort code>` to move to another cohort.
pub fn encode(action: &Action) -> Result<String, CallbackError> {
    let data = match action {
        Action::Choice { prompt, value } => {
            if !valid_value(value) {
                return Err(CallbackError::Malformed);
            }
            format!("p{}:{value}", base36(*prompt))
        }
        Action::Rsvp { session, answer } => {
            let session = u64::try_from(*session).map_err(|_| CallbackError::Malformed)?;
            let answer = match answer {
                Rsvp::Coming => 'c',
                Rsvp::NotComing => 'n',
            };
            format!("r{}:{answer}", base36(session))
        }
        Action::StartSurvey { session } => {
            let session = u64::try_from(*session).map_err(|_| CallbackError::Malformed)?;
            format!("f{}:go", base36(session))
        }
        Action::Endorse { recommendation } => {
            let id = u64::try_from(*recommendation).map_err(|_| CallbackError::Malformed)?;
            format!("e{}:go", base36(id))
        }
        Action::Browse { theme, page, original } => {
            let page = u64::try_from(*page).map_err(|_| CallbackError::Malformed)?;
            if !valid_value(theme) {
                return Err(CallbackError::Malformed);
            }
            let kind = if *original { 'o' } else { 'b' };
            format!("{kind}{}:{theme}", base36(page))
        }
        Action::StartAgain { cohort } => format!("s0:{}", cohort.as_ref().map_or(NO_COHORT, CohortCode::as_str)),
        Action::JoinCohort { cohort } => format!("j0:{cohort}"),
    };
    if data.len() > MAX_LEN {
        return Err(CallbackError::TooLong);
    }
    Ok(data)
}

pub fn decode(data: &str) -> Result<Action, CallbackError> {
    if data.len() > MAX_LEN {
        return Err(CallbackError::TooLong);
    }
    let mut chars = data.chars();
    let kind = chars.next().ok_or(CallbackError::Malformed)?;
    let (number, value) = chars.as_str().split_once(':').ok_or(CallbackError::Malformed)?;
    let number = from_base36(number)?;
    match kind {
        'p' if valid_value(value) => Ok(Action::Choice { prompt: number, value: value.to_owned() }),
        'r' => {
            let session = i64::try_from(number).map_err(|_| CallbackError::Malformed)?;
            let answer = match value {
                "c" => Rsvp::Coming,
                "n" => Rsvp::NotComing,
                _ => return Err(CallbackError::Malformed),
            };
            Ok(Action::Rsvp { session, answer })
        }
        'e' if value == "go" => {
            Ok(Action::Endorse { recommendation: i64::try_from(number).map_err(|_| CallbackError::Malformed)? })
        }
        'b' | 'o' if valid_value(value) => Ok(Action::Browse {
            theme: value.to_owned(),
            page: i64::try_from(number).map_err(|_| CallbackError::Malformed)?,
            original: kind == 'o',
        }),
        'f' if value == "go" => {
            Ok(Action::StartSurvey { session: i64::try_from(number).map_err(|_| CallbackError::Malformed)? })
        }
        's' if number == 0 && value == NO_COHORT => Ok(Action::StartAgain { cohort: None }),
        's' if number == 0 => Ok(Action::StartAgain { cohort: Some(stored_code(value)?) }),
        'j' if number == 0 => Ok(Action::JoinCohort { cohort: stored_code(value)? }),
        _ => Err(CallbackError::Malformed),
    }
}

/// Only a code's stored spelling was made here: not a lower-case or padded one.
fn stored_code(value: &str) -> Result<CohortCode, CallbackError> {
    CohortCode::parse(value).ok().filter(|code| code.as_str() == value).ok_or(CallbackError::Malformed)
}

fn valid_value(value: &str) -> bool {
    !value.is_empty() && value.bytes().all(|b| b.is_ascii_alphanumeric() || b"-_~".contains(&b))
}

fn from_base36(text: &str) -> Result<u64, CallbackError> {
    let valid = !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit() || b.is_ascii_lowercase());
    if !valid {
        return Err(CallbackError::Malformed);
    }
    u64::from_str_radix(text, 36).map_err(|_| CallbackError::Malformed)
}

fn base36(mut n: u64) -> String {
    const DIGITS: &[u8; 36] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let mut out = Vec::new();
    loop {
        out.push(DIGITS[(n % 36) as usize]);
        n /= 36;
        if n == 0 {
            break;
        }
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn choice(prompt: u64, value: &str) -> Action {
        Action::Choice { prompt, value: value.to_owned() }
    }

    #[test]
    fn encodes_compactly() {
        let data = encode(&choice(1_795_000_000_000, "sr-Latn")).unwrap();
        assert_eq!(data, "pmwm0nk74:sr-Latn");
        assert_eq!(decode(&data).unwrap(), choice(1_795_000_000_000, "sr-Latn"));
        let rsvp = Action::Rsvp { session: 46, answer: Rsvp::NotComing };
        assert_eq!(encode(&rsvp).unwrap(), "r1a:n");
        assert_eq!(decode("r1a:n").unwrap(), rsvp);
    }

    #[test]
    fn refuses_foreign_data() {
        let long = format!("p1:{}", "a".repeat(70));
        for bad in
            ["", "p", "p1", "p:agree", "x1:agree", "p1:", "p1:a b", "pZZ:agree", "p1:ağree", "r1:x", "r-1:c", &long]
                .into_iter()
                .chain(["s0:", "s1:TIRANA", "s0:tirana", "s0: TIRANA", "s0:X", "s0:CHECKIN-1", "s0:~~"])
                .chain(["j0:", "j0:~", "j1:TIRANA", "j0:tirana", "j0:INVITE-1"])
        {
            assert!(decode(bad).is_err(), "{bad:?}");
        }
    }

    proptest! {
        #[test]
        fn choices_round_trip(prompt in any::<u64>(), value in "[A-Za-z0-9_~-]{1,40}") {
            let action = choice(prompt, &value);
            let encoded = encode(&action).unwrap();
            prop_assert!(encoded.len() <= MAX_LEN);
            prop_assert_eq!(decode(&encoded).unwrap(), action);
        }

        #[test]
        fn rsvps_round_trip(session in 0i64..i64::MAX, coming in any::<bool>()) {
            let answer = if coming { Rsvp::Coming } else { Rsvp::NotComing };
            let action = Action::Rsvp { session, answer };
            prop_assert_eq!(decode(&encode(&action).unwrap()).unwrap(), action);
        }

        #[test]
        fn start_again_round_trips(code in "[A-Z0-9][A-Z0-9_-]{1,31}", with_code in any::<bool>()) {
            let cohort = CohortCode::parse(&code).ok().filter(|_| with_code);
            let action = Action::StartAgain { cohort };
            let encoded = encode(&action).unwrap();
            prop_assert!(encoded.len() <= MAX_LEN);
            prop_assert_eq!(decode(&encoded).unwrap(), action);
        }

        #[test]
        fn join_cohort_round_trips(code in "[A-Z0-9][A-Z0-9_-]{1,31}") {
            prop_assume!(CohortCode::parse(&code).is_ok());
            let action = Action::JoinCohort { cohort: CohortCode::parse(&code).expect("assumed valid") };
            let encoded = encode(&action).unwrap();
            prop_assert!(encoded.len() <= MAX_LEN);
            prop_assert_eq!(decode(&encoded).unwrap(), action);
        }

        #[test]
        fn decoding_never_panics(data in ".{0,80}") {
            let _ = decode(&data);
        }
    }
}
