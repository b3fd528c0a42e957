//! Roles: what a Telegram user may do beyond taking part.

use std::fmt;
use std::str::FromStr;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Role {
    Participant,
    Facilitator,
    Organiser,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Participant => "participant",
            Role::Facilitator => "facilitator",
            Role::Organiser => "organiser",
        }
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Role {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim().to_ascii_lowercase().as_str() {
            "participant" => Ok(Role::Participant),
            "facilitator" => Ok(Role::Facilitator),
            // Both spellings are in use across the programme's countries.
            "organiser" | "organizer" => Ok(Role::Organiser),
            other => Err(format!("unknown role '{other}': expected participant, facilitator or organiser")),
        }
    }
}

/// A role held by someone: facilitators of one cohort, or (no cohort) of every cohort.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoleGrant {
    pub role: Role,
    pub cohort: Option<crate::domain::CohortCode>,
}

/// What an invitation link gives whoever opens it first: a role, or the right to translate published
/// recommendations into a language (translators are kept apart from the roles every turn reads).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Invitation {
    Role(RoleGrant),
    Translator { language: String },
}

impl fmt::Display for Invitation {
    /// As the audit log names it: "facilitator of cohort TIRANA-2026", "organiser (all cohorts)", "translator
    /// (into sq)".
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Invitation::Role(RoleGrant { role, cohort: Some(cohort) }) => write!(f, "{role} of cohort {cohort}"),
            Invitation::Role(RoleGrant { role, cohort: None }) => write!(f, "{role} (all cohorts)"),
            Invitation::Translator { language } => write!(f, "translator (into {language})"),
        }
    }
}

/// What someone's grants allow them to schedule.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reach {
    None,
    Cohorts(Vec<crate::domain::CohortCode>),
    Everything,
}

/// Organisers and cohort-less facilitators reach every cohort; other facilitators their own.
pub fn reach(grants: &[RoleGrant]) -> Reach {
    if grants.iter().any(|g| g.role == Role::Organiser || (g.role == Role::Facilitator && g.cohort.is_none())) {
        return Reach::Everything;
    }
    let mut cohorts: Vec<_> =
        grants.iter().filter(|g| g.role == Role::Facilitator).filter_map(|g| g.cohort.clone()).collect();
    cohorts.sort_by(|a, b| a.as_str().cmp(b.as_str()));
    cohorts.dedup();
    if cohorts.is_empty() { Reach::None } else { Reach::Cohorts(cohorts) }
}

impl Reach {
    pub fn includes(&self, cohort: &crate::domain::CohortCode) -> bool {
        match self {
            Reach::None => false,
            Reach::Everything => true,
            Reach::Cohorts(list) => list.contains(cohort),
        }
    }
}

/// An invitation link's secret: all 128 bits of `secret` (from the operating system's random source) as 26
/// letters and digits, 5 bits each, in the alphabet of check-in codes (no 0, o, 1 or l, which read alike).
pub fn invite_token(secret: u128) -> String {
    const ALPHABET: &[u8; 32] = b"abcdefghijkmnpqrstuvwxyz23456789";
    (0..26).map(|i| ALPHABET[((secret >> (i * 5)) & 31) as usize] as char).collect()
}

#[cfg(test)]
mod token_tests {
    use super::invite_token;

    #[test]
    fn an_invitation_token_carries_every_bit_of_its_secret() {
        let a = invite_token(u128::MAX >> 1);
        assert_eq!(a.len(), 26);
        // Each bit changes the token: none is dropped or repeated.
        let base = invite_token(0);
        for bit in 0..128 {
            assert_ne!(invite_token(1 << bit), base, "bit {bit}");
        }
        assert_ne!(invite_token(1 << 127), invite_token(1 << 63), "the two halves are not the same bits");
    }
}
