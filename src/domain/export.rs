//! What organisers can export, from the command line (`export …`) or in a chat (`/export`).

use std::fmt;
use std::str::FromStr;

/// One kind of export: which rows, and the name its files and the audit log use.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ExportKind {
    Participants,
    Rsvps,
    Feedback,
    Recommendations,
}

impl ExportKind {
    pub const ALL: [ExportKind; 4] =
        [ExportKind::Participants, ExportKind::Rsvps, ExportKind::Feedback, ExportKind::Recommendations];

    pub fn name(self) -> &'static str {
        match self {
            ExportKind::Participants => "participants",
            ExportKind::Rsvps => "rsvps",
            ExportKind::Feedback => "feedback",
            ExportKind::Recommendations => "recommendations",
        }
    }

    /// Whether its rows name people (participants, and RSVPs by Telegram id). Feedback and recommendations are
    /// exported without their authors.
    pub fn is_personal(self) -> bool {
        matches!(self, ExportKind::Participants | ExportKind::Rsvps)
    }
}

impl FromStr for ExportKind {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::ALL.into_iter().find(|kind| kind.name() == s).ok_or_else(|| {
            let names: Vec<&str> = Self::ALL.iter().map(|k| k.name()).collect();
            format!("unknown export '{s}': expected one of {}", names.join(", "))
        })
    }
}

impl fmt::Display for ExportKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip_and_an_unknown_one_is_refused() {
        for kind in ExportKind::ALL {
            assert_eq!(kind.name().parse::<ExportKind>(), Ok(kind));
        }
        let refused = "people".parse::<ExportKind>().unwrap_err();
        assert_eq!(refused, "unknown export 'people': expected one of participants, rsvps, feedback, recommendations");
    }
}
