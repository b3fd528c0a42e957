//! The message keys the bot itself uses (as opposed to those named in data files). Validation at start checks
//! that every complete language translates all of them.

use crate::domain::{Country, ExportKind, Gender};

/// Declares each key as a constant and lists them all in `FIXED`, so that no key the code uses escapes the check
/// at start.
macro_rules! keys {
    ($($(#[$doc:meta])* $name:ident = $key:literal;)*) => {
        $($(#[$doc])* pub const $name: &str = $key;)*
        const FIXED: &[&str] = &[$($name),*];
    };
}

keys! {
    PICK_LANGUAGE = "pick-language";
    LANGUAGE_PICK = "language-pick";
    LANGUAGE_SET = "language-set";
    REG_DECLINED = "reg-declined";
    BTN_START_AGAIN = "btn-start-again";
    REG_GUARDIAN_NEEDED = "reg-guardian-needed";
    REG_DONE = "reg-done";
    REG_COHORT_LINK_UNKNOWN = "reg-cohort-link-unknown";
    INVALID_TEXT_EMPTY = "invalid-text-empty";
    INVALID_TEXT_TOO_SHORT = "invalid-text-too-short";
    INVALID_TEXT_TOO_LONG = "invalid-text-too-long";
    INVALID_TEXT_NO_LETTERS = "invalid-text-no-letters";
    INVALID_TEXT_UNPRINTABLE = "invalid-text-unprintable";
    INVALID_BIRTH_YEAR_FORMAT = "invalid-birth-year-format";
    INVALID_BIRTH_YEAR_RANGE = "invalid-birth-year-range";
    INVALID_COHORT_FORMAT = "invalid-cohort-format";
    INVALID_COHORT_UNKNOWN = "invalid-cohort-unknown";
    /// A cohort code typed by a facilitator or organiser that names no cohort (the participants' message points
    /// them to their facilitator and a button they do not have).
    COHORT_NOT_FOUND = "cohort-not-found";
    USE_BUTTONS = "use-buttons";
    TEXT_EXPECTED = "text-expected";
    NONTEXT_IDLE = "nontext-idle";
    IDLE_TEXT = "idle-text";
    IDLE_NOT_REGISTERED = "idle-not-registered";
    UNKNOWN_COMMAND = "unknown-command";
    /// The person's numeric Telegram id (/whoami), for ADMIN_IDS and the CLI's `roles grant`.
    WHOAMI = "whoami";
    HELP = "help";
    HELP_FACILITATOR = "help-facilitator";
    HELP_ORGANISER = "help-organiser";
    BUSY = "busy-finish-first";
    CANCELLED = "cancelled";
    NOTHING_TO_CANCEL = "nothing-to-cancel";
    WELCOME_BACK = "welcome-back";
    COHORT_JOINED = "cohort-joined";
    COHORT_ALREADY = "cohort-already";
    COHORT_MOVE_ASK = "cohort-move-ask";
    BTN_COHORT_MOVE = "btn-cohort-move";
    COHORT_UNKNOWN = "cohort-unknown";
    NOT_REGISTERED = "not-registered";
    PROFILE_CARD = "profile-card";
    PROFILE_SAVED = "profile-saved";
    PROFILE_NOT_SAVED = "profile-not-saved";
    VALUE_NONE = "value-none";
    MYDATA_NONE = "mydata-none";
    MYDATA = "mydata";
    GUARDIAN_NOT_NEEDED = "guardian-not-needed";
    DELETE_CONFIRM = "delete-confirm";
    BTN_DELETE_YES = "btn-delete-yes";
    BTN_DELETE_NO = "btn-delete-no";
    DELETED = "deleted";
    DELETE_KEPT = "delete-kept";
    NOTHING_STORED = "nothing-stored";
    STALE_BUTTON = "stale-button";
    STATE_LOST = "state-lost";
    ERROR_APOLOGY = "error-apology";
    GROUP_POINTER = "group-pointer";
    SESSIONS_NO_COHORT = "sessions-no-cohort";
    SESSIONS_NONE = "sessions-none";
    SESSIONS_HEADER = "sessions-header";
    SESSION_LINE = "session-line";
    /// A session's button: `$when · $title`.
    SESSION_LABEL = "session-label";
    RSVP_COMING = "rsvp-coming";
    RSVP_NOT_COMING = "rsvp-not-coming";
    RSVP_NONE = "rsvp-none";
    BTN_COMING = "btn-coming";
    BTN_NOT_COMING = "btn-not-coming";
    BTN_COMING_N = "btn-coming-n";
    BTN_NOT_COMING_N = "btn-not-coming-n";
    RSVP_SAVED_COMING = "rsvp-saved-coming";
    RSVP_SAVED_NOT_COMING = "rsvp-saved-not-coming";
    RSVP_CLOSED = "rsvp-closed";
    RSVP_NOT_MEMBER = "rsvp-not-member";
    SESSION_GONE = "session-gone";
    LOCATION_TBA = "location-tba";
    CHECKIN_UNKNOWN = "checkin-unknown";
    CHECKIN_REGISTER_FIRST = "checkin-register-first";
    CHECKIN_NOT_MEMBER = "checkin-not-member";
    CHECKIN_CANCELLED = "checkin-cancelled";
    CHECKIN_TOO_EARLY = "checkin-too-early";
    CHECKIN_OVER = "checkin-over";
    CHECKIN_ALREADY = "checkin-already";
    CHECKIN_DONE = "checkin-done";
    REMINDER = "reminder";
    SESSION_CHANGED = "session-changed";
    SESSION_CANCELLED = "session-cancelled";
    MUTED = "muted";
    UNMUTED = "unmuted";
    NOT_ALLOWED = "not-allowed";
    /// The refusal of a command only organisers may use (to a facilitator, "for facilitators and organisers" is no answer).
    ORGANISERS_ONLY = "not-allowed-organisers";
    NS_COHORT_PICK = "ns-cohort-pick";
    NS_COHORT_TYPE = "ns-cohort-type";
    NS_TITLE = "ns-title";
    NS_MODULE = "ns-module";
    BTN_NO_MODULE = "btn-no-module";
    NS_STARTS = "ns-starts";
    NS_STARTS_INVALID = "ns-starts-invalid";
    NS_STARTS_PAST = "ns-starts-past";
    NS_DURATION = "ns-duration";
    NS_DURATION_INVALID = "ns-duration-invalid";
    NS_LOCATION = "ns-location";
    BTN_LOCATION_TBA = "btn-location-tba";
    NS_CONFIRM = "ns-confirm";
    BTN_CREATE = "btn-create";
    BTN_DISCARD = "btn-discard";
    NS_DISCARDED = "ns-discarded";
    SESSION_CREATED = "session-created";
    MYDATA_ACTIVITY = "mydata-activity";
    MYDATA_RSVP = "mydata-rsvp";
    MYDATA_CHECKED = "mydata-checked";
    MYDATA_NOT_CHECKED = "mydata-not-checked";
    MYDATA_RECOMMENDATION = "mydata-recommendation";
    STATUS_ACTIVE = "participant-status-active";
    STATUS_BLOCKED = "participant-status-blocked";
    MUTED_YES = "muted-yes";
    MUTED_NO = "muted-no";
    REC_STATUS_PENDING = "rec-status-pending";
    REC_STATUS_APPROVED = "rec-status-approved";
    REC_STATUS_REJECTED = "rec-status-rejected";
    REC_LIMIT = "rec-limit";
    REC_THEME = "rec-theme";
    REC_LEVEL = "rec-level";
    REC_TEXT = "rec-text";
    REC_PREVIEW = "rec-preview";
    BTN_SUBMIT = "btn-submit";
    BTN_EDIT = "btn-edit";
    REC_SUBMITTED = "rec-submitted";
    REC_CANCELLED = "rec-cancelled";
    MOD_NONE = "mod-none";
    MOD_CARD = "mod-card";
    BTN_APPROVE = "btn-approve";
    BTN_REJECT = "btn-reject";
    MOD_APPROVED = "mod-approved";
    MOD_REJECTED = "mod-rejected";
    REC_APPROVED_NOTICE = "rec-approved-notice";
    REC_REJECTED_NOTICE = "rec-rejected-notice";
    BROWSE_PICK = "browse-pick";
    BROWSE_THEME = "browse-theme";
    BROWSE_NONE = "browse-none";
    BROWSE_EMPTY = "browse-empty";
    BROWSE_HEADER = "browse-header";
    BROWSE_ITEM = "browse-item";
    BROWSE_OWN = "browse-own";
    BROWSE_ENDORSED = "browse-endorsed";
    BROWSE_OTHER = "browse-other";
    BTN_ENDORSE_N = "btn-endorse-n";
    BTN_NEXT_PAGE = "btn-next-page";
    ENDORSE_DONE = "endorse-done";
    ENDORSE_OWN = "endorse-own";
    ENDORSE_TWICE = "endorse-twice";
    ENDORSE_GONE = "endorse-gone";
    SUM_HEADER = "sum-header";
    SUM_NONE_APPROVED = "sum-none-approved";
    SUM_SECTION = "sum-section";
    SUM_LINE = "sum-line";
    SUM_OTHERS = "sum-others";
    SUM_TOP = "sum-top";
    SUM_TOP_ITEM = "sum-top-item";
    VALUE_UNKNOWN = "value-unknown";
    FEEDBACK_NONE = "feedback-none";
    FEEDBACK_LIST = "feedback-list";
    SURVEY_ALREADY = "survey-already";
    SURVEY_NOT_YET = "survey-not-yet";
    SURVEY_CLOSED = "survey-closed";
    SURVEY_INTRO = "survey-intro";
    SURVEY_ANONYMOUS = "survey-anonymous";
    SURVEY_QUESTION = "survey-question";
    OPT_YES = "opt-yes";
    OPT_NO = "opt-no";
    OPT_ON = "opt-on";
    OPT_OFF = "opt-off";
    BTN_DONE = "btn-done";
    BTN_SKIP_QUESTION = "btn-skip-question";
    SURVEY_PICK_ONE = "survey-pick-one";
    SURVEY_THANKS = "survey-thanks";
    SURVEY_INVITE = "survey-invite";
    BTN_START_SURVEY = "btn-start-survey";
    CHECKIN_NONE = "checkin-none";
    CHECKIN_PICK = "checkin-pick";
    CHECKIN_LINK = "checkin-link";
    RESULTS_NONE = "results-none";
    RESULTS_PICK = "results-pick";
    RESULTS_HEADER = "results-header";
    STATS_HEADER = "stats-header";
    RESULTS_SURVEY = "results-survey";
    RESULTS_QUESTION = "results-question";
    RESULTS_RATING = "results-rating";
    RESULTS_CHOICE = "results-choice";
    RESULTS_BLOCK = "results-block";
    RESULTS_TEXT = "results-text";
    RESULTS_ANONYMOUS_WITHHELD = "results-anonymous-withheld";
    VERBATIM = "verbatim";
    BTN_AUD_EVERYONE = "btn-aud-everyone";
    BTN_AUD_COHORT = "btn-aud-cohort";
    BTN_AUD_COUNTRY = "btn-aud-country";
    BTN_AUD_LANGUAGE = "btn-aud-language";
    BTN_AUD_SESSION = "btn-aud-session";
    BC_AUDIENCE = "bc-audience";
    BC_COHORT_PICK = "bc-cohort-pick";
    BC_COHORT_TYPE = "bc-cohort-type";
    BC_COUNTRY = "bc-country";
    BC_LANGUAGE = "bc-language";
    BC_SESSION = "bc-session";
    BC_NO_SESSIONS = "bc-no-sessions";
    BC_TEXT = "bc-text";
    BC_TEXT_TOO_LONG = "bc-text-too-long";
    BC_PREVIEW = "bc-preview";
    BTN_SEND = "btn-send";
    BTN_SEND_TEST = "btn-send-test";
    BTN_CANCEL_SEND = "btn-cancel-send";
    BC_NOBODY = "bc-nobody";
    BC_QUEUED = "bc-queued";
    BC_CANCELLED = "bc-cancelled";
    BC_REPORT = "bc-report";
    BC_PROGRESS_NONE = "bc-progress-none";
    BC_PROGRESS_HEADER = "bc-progress-header";
    BC_PROGRESS_LINE = "bc-progress-line";
    GR_ROLE = "gr-role";
    BTN_ROLE_FACILITATOR = "btn-role-facilitator";
    BTN_ROLE_ORGANISER = "btn-role-organiser";
    BTN_ROLE_TRANSLATOR = "btn-role-translator";
    GR_LANGUAGE = "gr-language";
    GR_COHORT = "gr-cohort";
    GR_COHORT_PICK = "gr-cohort-pick";
    BTN_ALL_COHORTS = "btn-all-cohorts";
    INVITE_UNKNOWN = "invite-unknown";
    INVITE_USED = "invite-used";
    INVITE_EXPIRED = "invite-expired";
    /// The invitation's maker no longer holds the right to give its role.
    INVITE_WITHDRAWN = "invite-withdrawn";
    /// A privileged act refused because the role it needs was revoked since the dialogue began.
    RIGHT_LOST = "right-lost";
    /// Another organiser moderated the recommendation first.
    MOD_TAKEN = "mod-taken";
    EXPORT_PICK = "export-pick";
    EXPORT_SENT = "export-sent";
    EXPORT_PERSONAL = "export-personal";

    // Guardian confirmation and erasure on request.
    REG_PENDING = "reg-pending";
    GUARDIAN_LINK = "guardian-link";
    GUARDIAN_STILL_WAITING = "guardian-still-waiting";
    GUARDIAN_REQUEST = "guardian-request";
    BTN_AGREE = "btn-agree";
    BTN_DECLINE = "btn-decline";
    GUARDIAN_AGREED = "guardian-agreed";
    GUARDIAN_DECLINED = "guardian-declined";
    GUARDIAN_LINK_UNKNOWN = "guardian-link-unknown";
    GUARDIAN_OWN_ACCOUNT = "guardian-own-account";
    GUARDIAN_CONFIRMED_NOTICE = "guardian-confirmed-notice";
    ERASED_GUARDIAN_DECLINED = "erased-guardian-declined";
    ERASED_GUARDIAN_NEVER_CONFIRMED = "erased-guardian-never-confirmed";
    GUARDIAN_BY_TELEGRAM = "guardian-by-telegram";
    GUARDIAN_BY_PAPER = "guardian-by-paper";
    GUARDIAN_DECLARED = "guardian-declared";
    GUARDIAN_WAITING = "guardian-waiting";
    STATUS_PENDING_GUARDIAN = "participant-status-pending-guardian";
    PAPER_NONE = "paper-none";
    PAPER_PICK = "paper-pick";
    PAPER_CONFIRM = "paper-confirm";
    BTN_PAPER_YES = "btn-paper-yes";
    BTN_PAPER_NO = "btn-paper-no";
    PAPER_CONFIRMED = "paper-confirmed";
    PAPER_NOT_CONFIRMED = "paper-not-confirmed";
    PAPER_NOT_WAITING = "paper-not-waiting";
    ERASE_ASK_ID = "erase-ask-id";
    ERASE_NOT_AN_ID = "erase-not-an-id";
    ERASE_YOURSELF = "erase-yourself";
    ERASE_UNKNOWN = "erase-unknown";
    ERASE_ASK_REASON = "erase-ask-reason";
    ERASE_CONFIRM = "erase-confirm";
    BTN_ERASE_YES = "btn-erase-yes";
    BTN_ERASE_NO = "btn-erase-no";
    ERASE_DONE = "erase-done";
    ERASE_KEPT = "erase-kept";
    ERASE_GONE = "erase-gone";
    BTN_SHOW_ORIGINAL = "btn-show-original";
    TRANSLATE_USAGE = "translate-usage";
    TRANSLATE_PICK_LANGUAGE = "translate-pick-language";
    TRANSLATE_NONE = "translate-none";
    TRANSLATE_CARD = "translate-card";
    BTN_TRANSLATE_SKIP = "btn-translate-skip";
    TRANSLATE_SAVED = "translate-saved";
    TRANSLATE_GONE = "translate-gone";
    TRANSLATE_EXISTING = "translate-existing";
    TRANSLATE_ASK = "translate-ask";
    TRANSLATORS_ONLY = "translators-only";
    CHART_CAPTION = "chart-caption";
    REPORT_TITLE = "report-title";
    REPORT_GATHERED_HEADING = "report-gathered-heading";
    REPORT_GATHERED = "report-gathered";
    REPORT_COUNTRIES = "report-countries";
    REPORT_ORIGINAL = "report-original";
    REPORT_META = "report-meta";
    REPORT_CHART_HEADING = "report-chart-heading";
    REPORT_SENT = "report-sent";
    REPORT_UNKNOWN_LANGUAGE = "report-unknown-language";
    ROSTER_NONE = "roster-none";
    ROSTER_PICK_COHORT = "roster-pick-cohort";
    ROSTER = "roster";
    ROSTER_LINE = "roster-line";
    BTN_ROSTER_PREVIOUS = "btn-roster-previous";
    BTN_ROSTER_NEXT = "btn-roster-next";
    BTN_ROSTER_EXPORT = "btn-roster-export";
    BTN_ROSTER_MARK = "btn-roster-mark";
    ROSTER_EXPORT_SENT = "roster-export-sent";
    MARK_NO_SESSIONS = "mark-no-sessions";
    MARK_PICK_SESSION = "mark-pick-session";
    MARK_EVERYONE_PRESENT = "mark-everyone-present";
    MARK_PICK_PERSON = "mark-pick-person";
    MARK_DONE = "mark-done";
    MARK_NOT_MEMBER = "mark-not-member";
    MARK_ALREADY = "mark-already";
    UPCOMING_NONE = "upcoming-none";
    UPCOMING_HEADER = "upcoming-header";
    UPCOMING_NOW = "upcoming-now";
    UPCOMING_REMINDER = "upcoming-reminder";
    UPCOMING_SURVEY = "upcoming-survey";
    UPCOMING_NOTICE = "upcoming-notice";
    UPCOMING_ANNOUNCEMENT = "upcoming-announcement";
    UPCOMING_MORE = "upcoming-more";
    BC_LANGUAGES = "bc-languages";
    POSTER_SENT = "poster-sent";
    COHORT_ARCHIVED = "cohort-archived";
    BTN_ADD_VERSION = "btn-add-version";
    BC_VERSION_LANGUAGE = "bc-version-language";
    BC_VERSION_TEXT = "bc-version-text";
}

/// The label of the profile button that edits `field`.
pub fn edit_button(field: super::flow::Field) -> String {
    format!("btn-edit-{}", field.as_str().replace('_', "-"))
}

pub fn country(country: Country) -> String {
    format!("country-{}", country.code())
}

pub fn gender(gender: Gender) -> String {
    format!("gender-{}", gender.code())
}

/// An export's button in /export, and its name in the message that comes with its documents.
pub fn export(kind: ExportKind) -> String {
    format!("btn-export-{}", kind.name())
}

/// Every key the bot uses on its own, including those made from field, country and gender names.
pub fn all() -> Vec<String> {
    let mut keys: Vec<String> = FIXED.iter().map(|k| (*k).to_owned()).collect();
    let menus =
        super::Command::MENU.iter().chain(&super::Command::FACILITATOR_MENU).chain(&super::Command::ORGANISER_MENU);
    keys.extend(menus.map(|(_, key)| (*key).to_owned()));
    keys.extend(super::themes::LEVELS.iter().map(|l| format!("level-{l}")));
    keys.extend(crate::domain::summary::AGE_BANDS.iter().map(|b| super::engine::age_key(b)));
    keys.extend(["sum-by-theme", "sum-by-level", "sum-by-country", "sum-by-age", "sum-by-gender"].map(String::from));
    for kind in super::engine::ROLE_KINDS {
        keys.push(format!("gr-invite-{kind}"));
        keys.push(format!("invite-accepted-{kind}"));
    }
    keys.extend(super::engine::MODULES.iter().map(|code| format!("module-{code}")));
    keys.extend(super::flow::Field::ALL.iter().filter(|f| f.is_editable()).map(|f| edit_button(*f)));
    keys.extend(Country::ALL.iter().map(|c| country(*c)));
    keys.extend(Gender::ALL.iter().map(|g| gender(*g)));
    keys.extend(ExportKind::ALL.iter().map(|k| export(*k)));
    keys
}
