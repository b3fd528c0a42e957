//! The callback-data codec. Button data is opaque to people but not trusted: every press is decoded and
//! checked again (format here; the prompt and the option against the current state in the engine).

use crate::conversation::PromptId;

/// Telegram's limit on callback data.
pub const MAX_LEN: usize = 64;
const VERSION: char = 'p';

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CallbackData {
    pub prompt: PromptId,
    pub value: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum CallbackError {
    #[error("callback data is not ours or not of this version")]
    Malformed,
    #[error("callback data is too long")]
    TooLong,
}

impl CallbackData {
    pub fn new(prompt: PromptId, value: impl Into<String>) -> Self {
        Self {
            prompt,
            value: value.into(),
        }
    }

    /// `p<prompt in base 36>:<value>`.
    pub fn encode(&self) -> Result<String, CallbackError> {
        if !valid_value(&self.value) {
            return Err(CallbackError::Malformed);
        }
        let data = format!("{VERSION}{}:{}", base36(self.prompt), self.value);
        if data.len() > MAX_LEN {
            return Err(CallbackError::TooLong);
        }
        Ok(data)
    }

    pub fn decode(data: &str) -> Result<Self, CallbackError> {
        if data.len() > MAX_LEN {
            return Err(CallbackError::TooLong);
        }
        let rest = data.strip_prefix(VERSION).ok_or(CallbackError::Malformed)?;
        let (prompt, value) = rest.split_once(':').ok_or(CallbackError::Malformed)?;
        let valid_prompt = !prompt.is_empty()
            && prompt
                .bytes()
                .all(|b| b.is_ascii_digit() || b.is_ascii_lowercase());
        if !valid_prompt || !valid_value(value) {
            return Err(CallbackError::Malformed);
        }
        let prompt = u64::from_str_radix(prompt, 36).map_err(|_| CallbackError::Malformed)?;
        Ok(Self {
            prompt,
            value: value.to_owned(),
        })
    }
}

fn valid_value(value: &str) -> bool {
    !value.is_empty()
        && value
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"-_~".contains(&b))
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

    #[test]
    fn encodes_compactly() {
        let data = CallbackData::new(1_795_000_000_000, "sr-Latn")
            .encode()
            .unwrap();
        assert_eq!(data, "pmwm0nk74:sr-Latn");
        assert_eq!(
            CallbackData::decode(&data).unwrap(),
            CallbackData::new(1_795_000_000_000, "sr-Latn")
        );
    }

    #[test]
    fn refuses_foreign_data() {
        for bad in [
            "",
            "p",
            "p1",
            "p:agree",
            "x1:agree",
            "p1:",
            "p1:a b",
            "pZZ:agree",
            "p1:ağree",
            &format!("p1:{}", "a".repeat(70)),
        ] {
            assert!(CallbackData::decode(bad).is_err(), "{bad:?}");
        }
    }

    proptest! {
        #[test]
        fn round_trips(prompt in any::<u64>(), value in "[A-Za-z0-9_~-]{1,40}") {
            let data = CallbackData::new(prompt, value.clone());
            let encoded = data.encode().unwrap();
            prop_assert!(encoded.len() <= MAX_LEN);
            prop_assert_eq!(CallbackData::decode(&encoded).unwrap(), data);
        }

        #[test]
        fn decoding_never_panics(data in ".{0,80}") {
            let _ = CallbackData::decode(&data);
        }
    }
}
