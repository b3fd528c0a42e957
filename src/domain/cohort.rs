//! Cohort codes: the short codes printed as deep links and QR codes at workshops.

use std::fmt;

/// Deep-link payloads that start with these are not cohort codes (check-in links, role invitations).
const RESERVED_PREFIXES: [&str; 2] = ["CHECKIN-", "INVITE-"];

/// A cohort's code, normalised to upper case. Telegram deep-link payloads allow `A-Z a-z 0-9 _ -`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(transparent)]
pub struct CohortCode(String);

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CohortCodeError {
    #[error("a cohort code has 2 to 32 characters")]
    Length,
    #[error("a cohort code may contain only letters A-Z, digits, '-' and '_'")]
    Characters,
    #[error("cohort codes may not start with {0}")]
    Reserved(&'static str),
}

impl CohortCode {
    pub const MAX_LEN: usize = 32;

    pub fn parse(raw: &str) -> Result<Self, CohortCodeError> {
        let code = raw.trim().to_ascii_uppercase();
        if !(2..=Self::MAX_LEN).contains(&code.len()) {
            return Err(CohortCodeError::Length);
        }
        if !code.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_') {
            return Err(CohortCodeError::Characters);
        }
        if let Some(prefix) = RESERVED_PREFIXES.iter().find(|p| code.starts_with(**p)) {
            return Err(CohortCodeError::Reserved(prefix));
        }
        Ok(Self(code))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for CohortCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_normalised_to_upper_case() {
        assert_eq!(CohortCode::parse(" tirana-2026 ").unwrap().as_str(), "TIRANA-2026");
    }

    #[test]
    fn bad_codes_are_refused_with_a_reason() {
        assert_eq!(CohortCode::parse("a"), Err(CohortCodeError::Length));
        assert_eq!(CohortCode::parse(&"A".repeat(33)), Err(CohortCodeError::Length));
        assert_eq!(CohortCode::parse("šk-1"), Err(CohortCodeError::Characters));
        assert_eq!(CohortCode::parse("has space"), Err(CohortCodeError::Characters));
        assert_eq!(CohortCode::parse("checkin-abc"), Err(CohortCodeError::Reserved("CHECKIN-")));
    }
}
