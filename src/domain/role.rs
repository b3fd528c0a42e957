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
