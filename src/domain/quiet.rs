//! Quiet hours: local hours in which survey invitations wait.

use chrono::{DateTime, Days, NaiveTime, TimeZone, Utc};
use chrono_tz::Tz;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct QuietHours {
    pub start: NaiveTime,
    pub end: NaiveTime,
    pub zone: Tz,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("'{0}' is not a range of hours: write it like 22:00-08:00")]
pub struct QuietHoursError(pub String);

impl QuietHours {
    /// Reads `HH:MM-HH:MM` (the range may wrap past midnight; equal ends mean no quiet hours).
    pub fn parse(text: &str, zone: Tz) -> Result<Self, QuietHoursError> {
        let error = || QuietHoursError(text.to_owned());
        let (start, end) = text.trim().split_once('-').ok_or_else(error)?;
        let time = |t: &str| NaiveTime::parse_from_str(t.trim(), "%H:%M").map_err(|_| error());
        Ok(Self { start: time(start)?, end: time(end)?, zone })
    }

    fn is_quiet(&self, t: NaiveTime) -> bool {
        if self.start <= self.end { t >= self.start && t < self.end } else { t >= self.start || t < self.end }
    }

    /// When a message due at `at` may go out: `at` itself, or the end of the quiet hours it falls in.
    pub fn release(&self, at: DateTime<Utc>) -> DateTime<Utc> {
        let local = at.with_timezone(&self.zone);
        if !self.is_quiet(local.time()) {
            return at;
        }
        let mut day = local.date_naive();
        if self.start > self.end && local.time() >= self.start {
            day = day.checked_add_days(Days::new(1)).unwrap_or(day);
        }
        let end = day.and_time(self.end);
        self.zone.from_local_datetime(&end).earliest().map_or(at, |t| t.with_timezone(&Utc))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(h: u32, m: u32) -> DateTime<Utc> {
        // Belgrade is UTC+1 in winter.
        Utc.with_ymd_and_hms(2026, 11, 27, h, m, 0).single().unwrap() - chrono::Duration::hours(1)
    }

    #[test]
    fn invitations_in_quiet_hours_wait_for_the_morning() {
        let quiet = QuietHours::parse("22:00-08:00", chrono_tz::Europe::Belgrade).unwrap();
        assert_eq!(quiet.release(at(21, 59)), at(21, 59));
        assert_eq!(quiet.release(at(22, 0)), at(8, 0) + chrono::Duration::days(1));
        assert_eq!(quiet.release(at(3, 30)), at(8, 0));
        assert_eq!(quiet.release(at(8, 0)), at(8, 0));
        let daytime = QuietHours::parse("12:00-14:00", chrono_tz::Europe::Belgrade).unwrap();
        assert_eq!(daytime.release(at(13, 0)), at(14, 0));
        assert!(QuietHours::parse("22-8", chrono_tz::Europe::Belgrade).is_err());
    }
}
