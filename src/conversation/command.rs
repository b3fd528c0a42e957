//! Commands as typed by a person (`/start CODE`), parsed the same way for every transport.

use super::Input;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    /// `/start`, with the deep-link payload if any.
    Start(Option<String>),
    Help,
    Language,
    Profile,
    MyData,
    Delete,
    Cancel,
    Sessions,
    Mute,
    Unmute,
    /// Facilitators: schedule a session.
    NewSession,
    /// Facilitators: send an announcement.
    Broadcast,
    /// Facilitators: the progress of their announcements.
    Broadcasts,
    /// Organisers: invite someone to a role.
    Grant,
    Feedback,
    /// Facilitators: a session's survey results.
    Results,
    /// Facilitators: a session's check-in link and QR code, to show at the venue.
    CheckIn,
    /// Organisers: programme-wide figures.
    Stats,
    Recommend,
    Recommendations,
    /// Organisers: approve or reject recommendations.
    Moderate,
    /// Organisers: the recommendations summary.
    Summary,
    /// Organisers: a data export as documents.
    Export,
    /// Anyone: their numeric Telegram id.
    WhoAmI,
    /// Facilitators: confirm the guardian's signed paper form of someone waiting.
    Guardians,
    /// Facilitators: a cohort's roster, attendance and survey answers; marking someone present by hand.
    People,
    /// Facilitators: the reminders, survey invitations and announcements about to be sent.
    Upcoming,
    /// Facilitators: a cohort's printable poster with its registration link.
    Poster,
    /// Organisers: erase a participant who asked them to (by e-mail, at a workshop).
    Erase,
    /// Organisers: translate approved recommendations (`/translate ID` edits one).
    Translate(Option<String>),
    /// Organisers: the Summit report as a Word document, in English or the language named (`/report mk`).
    Report(Option<String>),
}

impl Command {
    /// Commands added to the menu of facilitators and organisers.
    pub const FACILITATOR_MENU: [(&'static str, &'static str); 9] = [
        ("newsession", "cmd-newsession"),
        ("people", "cmd-people"),
        ("checkin", "cmd-checkin"),
        ("broadcast", "cmd-broadcast"),
        ("broadcasts", "cmd-broadcasts"),
        ("upcoming", "cmd-upcoming"),
        ("poster", "cmd-poster"),
        ("results", "cmd-results"),
        ("guardians", "cmd-guardians"),
    ];
    /// Commands added to the menu of organisers.
    pub const ORGANISER_MENU: [(&'static str, &'static str); 8] = [
        ("moderate", "cmd-moderate"),
        ("summary", "cmd-summary"),
        ("stats", "cmd-stats"),
        ("export", "cmd-export"),
        ("grant", "cmd-grant"),
        ("erase", "cmd-erase"),
        ("translate", "cmd-translate"),
        ("report", "cmd-report"),
    ];

    /// The command added to the menu of translators who are not organisers (whose menu has it).
    pub const TRANSLATOR_MENU: [(&'static str, &'static str); 1] = [("translate", "cmd-translate")];

    /// The commands of the menu, with the message key of their description, in menu order.
    pub const MENU: [(&'static str, &'static str); 13] = [
        ("start", "cmd-start"),
        ("help", "cmd-help"),
        ("sessions", "cmd-sessions"),
        ("feedback", "cmd-feedback"),
        ("recommend", "cmd-recommend"),
        ("recommendations", "cmd-recommendations"),
        ("profile", "cmd-profile"),
        ("language", "cmd-language"),
        ("mydata", "cmd-mydata"),
        ("delete", "cmd-delete"),
        ("mute", "cmd-mute"),
        ("unmute", "cmd-unmute"),
        ("cancel", "cmd-cancel"),
    ];
}

/// Reads a message text: a command if it starts with `/`, else plain text. `/cmd@SomeBot` is accepted.
pub fn parse_command(text: &str) -> Input {
    let trimmed = text.trim();
    let Some(rest) = trimmed.strip_prefix('/') else {
        return Input::Text(text.to_owned());
    };
    let (word, argument) = match rest.split_once(char::is_whitespace) {
        Some((word, argument)) => (word, argument.trim()),
        None => (rest, ""),
    };
    let name = word.split('@').next().unwrap_or_default().to_lowercase();
    let argument = (!argument.is_empty()).then(|| argument.to_owned());
    match name.as_str() {
        "" => Input::Text(text.to_owned()),
        name => named(name, argument).map_or_else(|| Input::UnknownCommand(format!("/{name}")), Input::Command),
    }
}

/// The command called `name` (lower case, without the slash).
fn named(name: &str, argument: Option<String>) -> Option<Command> {
    Some(match name {
        "start" => Command::Start(argument),
        "help" => Command::Help,
        "whoami" => Command::WhoAmI,
        "language" => Command::Language,
        "profile" => Command::Profile,
        "mydata" => Command::MyData,
        "delete" => Command::Delete,
        "cancel" => Command::Cancel,
        "sessions" => Command::Sessions,
        "mute" => Command::Mute,
        "unmute" => Command::Unmute,
        "newsession" => Command::NewSession,
        "broadcast" => Command::Broadcast,
        "broadcasts" => Command::Broadcasts,
        "grant" => Command::Grant,
        "feedback" => Command::Feedback,
        "results" => Command::Results,
        "checkin" => Command::CheckIn,
        "stats" => Command::Stats,
        "recommend" => Command::Recommend,
        "recommendations" => Command::Recommendations,
        "moderate" => Command::Moderate,
        "summary" => Command::Summary,
        "export" => Command::Export,
        "guardians" => Command::Guardians,
        "people" => Command::People,
        "upcoming" => Command::Upcoming,
        "poster" => Command::Poster,
        "erase" => Command::Erase,
        "translate" => Command::Translate(argument),
        "report" => Command::Report(argument),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn commands_and_payloads() {
        assert_eq!(parse_command("/start"), Input::Command(Command::Start(None)));
        assert_eq!(parse_command("/start TIRANA26"), Input::Command(Command::Start(Some("TIRANA26".into()))));
        assert_eq!(parse_command("/Help@ActiveCitizensBot"), Input::Command(Command::Help));
        assert_eq!(parse_command("/frobnicate"), Input::UnknownCommand("/frobnicate".into()));
        assert_eq!(parse_command("Ana"), Input::Text("Ana".into()));
        assert_eq!(parse_command("/"), Input::Text("/".into()));
    }
}
