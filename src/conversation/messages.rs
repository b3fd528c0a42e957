//! The message keys the bot itself uses (as opposed to those named in data files). Validation at start checks
//! that every complete language translates all of them.

use crate::domain::{Country, ExportKind, Gender};

pub const PICK_LANGUAGE: &str = "pick-language";
pub const LANGUAGE_PICK: &str = "language-pick";
pub const LANGUAGE_SET: &str = "language-set";
pub const REG_DECLINED: &str = "reg-declined";
pub const BTN_START_AGAIN: &str = "btn-start-again";
pub const REG_GUARDIAN_NEEDED: &str = "reg-guardian-needed";
pub const REG_DONE: &str = "reg-done";
pub const REG_COHORT_LINK_UNKNOWN: &str = "reg-cohort-link-unknown";
pub const INVALID_TEXT_EMPTY: &str = "invalid-text-empty";
pub const INVALID_TEXT_TOO_SHORT: &str = "invalid-text-too-short";
pub const INVALID_TEXT_TOO_LONG: &str = "invalid-text-too-long";
pub const INVALID_TEXT_NO_LETTERS: &str = "invalid-text-no-letters";
pub const INVALID_TEXT_UNPRINTABLE: &str = "invalid-text-unprintable";
pub const INVALID_BIRTH_YEAR_FORMAT: &str = "invalid-birth-year-format";
pub const INVALID_BIRTH_YEAR_RANGE: &str = "invalid-birth-year-range";
pub const INVALID_COHORT_FORMAT: &str = "invalid-cohort-format";
pub const INVALID_COHORT_UNKNOWN: &str = "invalid-cohort-unknown";
/// A cohort code typed by a facilitator or organiser that names no cohort (the participants' message points
/// them to their facilitator and a button they do not have).
pub const COHORT_NOT_FOUND: &str = "cohort-not-found";
pub const USE_BUTTONS: &str = "use-buttons";
pub const TEXT_EXPECTED: &str = "text-expected";
pub const NONTEXT_IDLE: &str = "nontext-idle";
pub const IDLE_TEXT: &str = "idle-text";
pub const IDLE_NOT_REGISTERED: &str = "idle-not-registered";
pub const UNKNOWN_COMMAND: &str = "unknown-command";
/// The person's numeric Telegram id (/whoami), for ADMIN_IDS and the CLI's `roles grant`.
pub const WHOAMI: &str = "whoami";
pub const HELP: &str = "help";
pub const HELP_FACILITATOR: &str = "help-facilitator";
pub const HELP_ORGANISER: &str = "help-organiser";
pub const BUSY: &str = "busy-finish-first";
pub const CANCELLED: &str = "cancelled";
pub const NOTHING_TO_CANCEL: &str = "nothing-to-cancel";
pub const WELCOME_BACK: &str = "welcome-back";
pub const COHORT_JOINED: &str = "cohort-joined";
pub const COHORT_ALREADY: &str = "cohort-already";
pub const COHORT_MOVE_ASK: &str = "cohort-move-ask";
pub const BTN_COHORT_MOVE: &str = "btn-cohort-move";
pub const COHORT_UNKNOWN: &str = "cohort-unknown";
pub const NOT_REGISTERED: &str = "not-registered";
pub const PROFILE_CARD: &str = "profile-card";
pub const PROFILE_SAVED: &str = "profile-saved";
pub const PROFILE_NOT_SAVED: &str = "profile-not-saved";
pub const VALUE_NONE: &str = "value-none";
pub const MYDATA_NONE: &str = "mydata-none";
pub const MYDATA: &str = "mydata";
pub const GUARDIAN_NOT_NEEDED: &str = "guardian-not-needed";
pub const DELETE_CONFIRM: &str = "delete-confirm";
pub const BTN_DELETE_YES: &str = "btn-delete-yes";
pub const BTN_DELETE_NO: &str = "btn-delete-no";
pub const DELETED: &str = "deleted";
pub const DELETE_KEPT: &str = "delete-kept";
pub const NOTHING_STORED: &str = "nothing-stored";
pub const STALE_BUTTON: &str = "stale-button";
pub const STATE_LOST: &str = "state-lost";
pub const ERROR_APOLOGY: &str = "error-apology";
pub const GROUP_POINTER: &str = "group-pointer";
pub const SESSIONS_NO_COHORT: &str = "sessions-no-cohort";
pub const SESSIONS_NONE: &str = "sessions-none";
pub const SESSIONS_HEADER: &str = "sessions-header";
pub const SESSION_LINE: &str = "session-line";
/// A session's button: `$when · $title`.
pub const SESSION_LABEL: &str = "session-label";
pub const RSVP_COMING: &str = "rsvp-coming";
pub const RSVP_NOT_COMING: &str = "rsvp-not-coming";
pub const RSVP_NONE: &str = "rsvp-none";
pub const BTN_COMING: &str = "btn-coming";
pub const BTN_NOT_COMING: &str = "btn-not-coming";
pub const BTN_COMING_N: &str = "btn-coming-n";
pub const BTN_NOT_COMING_N: &str = "btn-not-coming-n";
pub const RSVP_SAVED_COMING: &str = "rsvp-saved-coming";
pub const RSVP_SAVED_NOT_COMING: &str = "rsvp-saved-not-coming";
pub const RSVP_CLOSED: &str = "rsvp-closed";
pub const RSVP_NOT_MEMBER: &str = "rsvp-not-member";
pub const SESSION_GONE: &str = "session-gone";
pub const LOCATION_TBA: &str = "location-tba";
pub const CHECKIN_UNKNOWN: &str = "checkin-unknown";
pub const CHECKIN_REGISTER_FIRST: &str = "checkin-register-first";
pub const CHECKIN_NOT_MEMBER: &str = "checkin-not-member";
pub const CHECKIN_CANCELLED: &str = "checkin-cancelled";
pub const CHECKIN_TOO_EARLY: &str = "checkin-too-early";
pub const CHECKIN_OVER: &str = "checkin-over";
pub const CHECKIN_ALREADY: &str = "checkin-already";
pub const CHECKIN_DONE: &str = "checkin-done";
pub const REMINDER: &str = "reminder";
pub const SESSION_CHANGED: &str = "session-changed";
pub const SESSION_CANCELLED: &str = "session-cancelled";
pub const MUTED: &str = "muted";
pub const UNMUTED: &str = "unmuted";
pub const NOT_ALLOWED: &str = "not-allowed";
/// The refusal of a command only organisers may use (to a facilitator, "for facilitators and organisers" is no answer).
pub const ORGANISERS_ONLY: &str = "not-allowed-organisers";
pub const NS_COHORT_PICK: &str = "ns-cohort-pick";
pub const NS_COHORT_TYPE: &str = "ns-cohort-type";
pub const NS_TITLE: &str = "ns-title";
pub const NS_MODULE: &str = "ns-module";
pub const BTN_NO_MODULE: &str = "btn-no-module";
pub const NS_STARTS: &str = "ns-starts";
pub const NS_STARTS_INVALID: &str = "ns-starts-invalid";
pub const NS_STARTS_PAST: &str = "ns-starts-past";
pub const NS_DURATION: &str = "ns-duration";
pub const NS_DURATION_INVALID: &str = "ns-duration-invalid";
pub const NS_LOCATION: &str = "ns-location";
pub const BTN_LOCATION_TBA: &str = "btn-location-tba";
pub const NS_CONFIRM: &str = "ns-confirm";
pub const BTN_CREATE: &str = "btn-create";
pub const BTN_DISCARD: &str = "btn-discard";
pub const NS_DISCARDED: &str = "ns-discarded";
pub const SESSION_CREATED: &str = "session-created";
pub const MYDATA_ACTIVITY: &str = "mydata-activity";
pub const MYDATA_RSVP: &str = "mydata-rsvp";
pub const MYDATA_CHECKED: &str = "mydata-checked";
pub const MYDATA_NOT_CHECKED: &str = "mydata-not-checked";
pub const MYDATA_RECOMMENDATION: &str = "mydata-recommendation";
pub const STATUS_ACTIVE: &str = "participant-status-active";
pub const STATUS_BLOCKED: &str = "participant-status-blocked";
pub const MUTED_YES: &str = "muted-yes";
pub const MUTED_NO: &str = "muted-no";
pub const REC_STATUS_PENDING: &str = "rec-status-pending";
pub const REC_STATUS_APPROVED: &str = "rec-status-approved";
pub const REC_STATUS_REJECTED: &str = "rec-status-rejected";
pub const REC_LIMIT: &str = "rec-limit";
pub const REC_THEME: &str = "rec-theme";
pub const REC_LEVEL: &str = "rec-level";
pub const REC_TEXT: &str = "rec-text";
pub const REC_PREVIEW: &str = "rec-preview";
pub const BTN_SUBMIT: &str = "btn-submit";
pub const BTN_EDIT: &str = "btn-edit";
pub const REC_SUBMITTED: &str = "rec-submitted";
pub const REC_CANCELLED: &str = "rec-cancelled";
pub const MOD_NONE: &str = "mod-none";
pub const MOD_CARD: &str = "mod-card";
pub const BTN_APPROVE: &str = "btn-approve";
pub const BTN_REJECT: &str = "btn-reject";
pub const MOD_APPROVED: &str = "mod-approved";
pub const MOD_REJECTED: &str = "mod-rejected";
pub const REC_APPROVED_NOTICE: &str = "rec-approved-notice";
pub const REC_REJECTED_NOTICE: &str = "rec-rejected-notice";
pub const BROWSE_PICK: &str = "browse-pick";
pub const BROWSE_THEME: &str = "browse-theme";
pub const BROWSE_NONE: &str = "browse-none";
pub const BROWSE_EMPTY: &str = "browse-empty";
pub const BROWSE_HEADER: &str = "browse-header";
pub const BROWSE_ITEM: &str = "browse-item";
pub const BROWSE_OWN: &str = "browse-own";
pub const BROWSE_ENDORSED: &str = "browse-endorsed";
pub const BROWSE_OTHER: &str = "browse-other";
pub const BTN_ENDORSE_N: &str = "btn-endorse-n";
pub const BTN_NEXT_PAGE: &str = "btn-next-page";
pub const ENDORSE_DONE: &str = "endorse-done";
pub const ENDORSE_OWN: &str = "endorse-own";
pub const ENDORSE_TWICE: &str = "endorse-twice";
pub const ENDORSE_GONE: &str = "endorse-gone";
pub const SUM_HEADER: &str = "sum-header";
pub const SUM_NONE_APPROVED: &str = "sum-none-approved";
pub const SUM_SECTION: &str = "sum-section";
pub const SUM_LINE: &str = "sum-line";
pub const SUM_OTHERS: &str = "sum-others";
pub const SUM_TOP: &str = "sum-top";
pub const SUM_TOP_ITEM: &str = "sum-top-item";
pub const VALUE_UNKNOWN: &str = "value-unknown";
pub const FEEDBACK_NONE: &str = "feedback-none";
pub const FEEDBACK_LIST: &str = "feedback-list";
pub const SURVEY_ALREADY: &str = "survey-already";
pub const SURVEY_NOT_YET: &str = "survey-not-yet";
pub const SURVEY_CLOSED: &str = "survey-closed";
pub const SURVEY_INTRO: &str = "survey-intro";
pub const SURVEY_ANONYMOUS: &str = "survey-anonymous";
pub const SURVEY_QUESTION: &str = "survey-question";
pub const OPT_YES: &str = "opt-yes";
pub const OPT_NO: &str = "opt-no";
pub const OPT_ON: &str = "opt-on";
pub const OPT_OFF: &str = "opt-off";
pub const BTN_DONE: &str = "btn-done";
pub const BTN_SKIP_QUESTION: &str = "btn-skip-question";
pub const SURVEY_PICK_ONE: &str = "survey-pick-one";
pub const SURVEY_THANKS: &str = "survey-thanks";
pub const SURVEY_INVITE: &str = "survey-invite";
pub const BTN_START_SURVEY: &str = "btn-start-survey";
pub const CHECKIN_NONE: &str = "checkin-none";
pub const CHECKIN_PICK: &str = "checkin-pick";
pub const CHECKIN_LINK: &str = "checkin-link";
pub const RESULTS_NONE: &str = "results-none";
pub const RESULTS_PICK: &str = "results-pick";
pub const RESULTS_HEADER: &str = "results-header";
pub const STATS_HEADER: &str = "stats-header";
pub const RESULTS_SURVEY: &str = "results-survey";
pub const RESULTS_QUESTION: &str = "results-question";
pub const RESULTS_RATING: &str = "results-rating";
pub const RESULTS_CHOICE: &str = "results-choice";
pub const RESULTS_BLOCK: &str = "results-block";
pub const RESULTS_TEXT: &str = "results-text";
pub const RESULTS_ANONYMOUS_WITHHELD: &str = "results-anonymous-withheld";
pub const VERBATIM: &str = "verbatim";
pub const BTN_AUD_EVERYONE: &str = "btn-aud-everyone";
pub const BTN_AUD_COHORT: &str = "btn-aud-cohort";
pub const BTN_AUD_COUNTRY: &str = "btn-aud-country";
pub const BTN_AUD_LANGUAGE: &str = "btn-aud-language";
pub const BTN_AUD_SESSION: &str = "btn-aud-session";
pub const BC_AUDIENCE: &str = "bc-audience";
pub const BC_COHORT_PICK: &str = "bc-cohort-pick";
pub const BC_COHORT_TYPE: &str = "bc-cohort-type";
pub const BC_COUNTRY: &str = "bc-country";
pub const BC_LANGUAGE: &str = "bc-language";
pub const BC_SESSION: &str = "bc-session";
pub const BC_NO_SESSIONS: &str = "bc-no-sessions";
pub const BC_TEXT: &str = "bc-text";
pub const BC_TEXT_TOO_LONG: &str = "bc-text-too-long";
pub const BC_PREVIEW: &str = "bc-preview";
pub const BTN_SEND: &str = "btn-send";
pub const BTN_SEND_TEST: &str = "btn-send-test";
pub const BTN_CANCEL_SEND: &str = "btn-cancel-send";
pub const BC_NOBODY: &str = "bc-nobody";
pub const BC_QUEUED: &str = "bc-queued";
pub const BC_CANCELLED: &str = "bc-cancelled";
pub const BC_REPORT: &str = "bc-report";
pub const BC_PROGRESS_NONE: &str = "bc-progress-none";
pub const BC_PROGRESS_HEADER: &str = "bc-progress-header";
pub const BC_PROGRESS_LINE: &str = "bc-progress-line";
pub const GR_ROLE: &str = "gr-role";
pub const BTN_ROLE_FACILITATOR: &str = "btn-role-facilitator";
pub const BTN_ROLE_ORGANISER: &str = "btn-role-organiser";
pub const GR_COHORT: &str = "gr-cohort";
pub const GR_COHORT_PICK: &str = "gr-cohort-pick";
pub const BTN_ALL_COHORTS: &str = "btn-all-cohorts";
pub const INVITE_UNKNOWN: &str = "invite-unknown";
pub const INVITE_USED: &str = "invite-used";
pub const INVITE_EXPIRED: &str = "invite-expired";
/// The invitation's maker no longer holds the right to give its role.
pub const INVITE_WITHDRAWN: &str = "invite-withdrawn";
/// A privileged act refused because the role it needs was revoked since the dialogue began.
pub const RIGHT_LOST: &str = "right-lost";
/// Another organiser moderated the recommendation first.
pub const MOD_TAKEN: &str = "mod-taken";
pub const EXPORT_PICK: &str = "export-pick";
pub const EXPORT_SENT: &str = "export-sent";
pub const EXPORT_PERSONAL: &str = "export-personal";

// Guardian confirmation and erasure on request.
pub const REG_PENDING: &str = "reg-pending";
pub const GUARDIAN_LINK: &str = "guardian-link";
pub const GUARDIAN_STILL_WAITING: &str = "guardian-still-waiting";
pub const GUARDIAN_REQUEST: &str = "guardian-request";
pub const BTN_AGREE: &str = "btn-agree";
pub const BTN_DECLINE: &str = "btn-decline";
pub const GUARDIAN_AGREED: &str = "guardian-agreed";
pub const GUARDIAN_DECLINED: &str = "guardian-declined";
pub const GUARDIAN_LINK_UNKNOWN: &str = "guardian-link-unknown";
pub const GUARDIAN_OWN_ACCOUNT: &str = "guardian-own-account";
pub const GUARDIAN_CONFIRMED_NOTICE: &str = "guardian-confirmed-notice";
pub const ERASED_GUARDIAN_DECLINED: &str = "erased-guardian-declined";
pub const ERASED_GUARDIAN_NEVER_CONFIRMED: &str = "erased-guardian-never-confirmed";
pub const GUARDIAN_BY_TELEGRAM: &str = "guardian-by-telegram";
pub const GUARDIAN_BY_PAPER: &str = "guardian-by-paper";
pub const GUARDIAN_DECLARED: &str = "guardian-declared";
pub const GUARDIAN_WAITING: &str = "guardian-waiting";
pub const STATUS_PENDING_GUARDIAN: &str = "participant-status-pending-guardian";
pub const PAPER_NONE: &str = "paper-none";
pub const PAPER_PICK: &str = "paper-pick";
pub const PAPER_CONFIRM: &str = "paper-confirm";
pub const BTN_PAPER_YES: &str = "btn-paper-yes";
pub const BTN_PAPER_NO: &str = "btn-paper-no";
pub const PAPER_CONFIRMED: &str = "paper-confirmed";
pub const PAPER_NOT_CONFIRMED: &str = "paper-not-confirmed";
pub const PAPER_NOT_WAITING: &str = "paper-not-waiting";
pub const ERASE_ASK_ID: &str = "erase-ask-id";
pub const ERASE_NOT_AN_ID: &str = "erase-not-an-id";
pub const ERASE_YOURSELF: &str = "erase-yourself";
pub const ERASE_UNKNOWN: &str = "erase-unknown";
pub const ERASE_ASK_REASON: &str = "erase-ask-reason";
pub const ERASE_CONFIRM: &str = "erase-confirm";
pub const BTN_ERASE_YES: &str = "btn-erase-yes";
pub const BTN_ERASE_NO: &str = "btn-erase-no";
pub const ERASE_DONE: &str = "erase-done";
pub const ERASE_KEPT: &str = "erase-kept";
pub const ERASE_GONE: &str = "erase-gone";
pub const BTN_SHOW_ORIGINAL: &str = "btn-show-original";
pub const TRANSLATE_USAGE: &str = "translate-usage";
pub const TRANSLATE_PICK_LANGUAGE: &str = "translate-pick-language";
pub const TRANSLATE_NONE: &str = "translate-none";
pub const TRANSLATE_CARD: &str = "translate-card";
pub const BTN_TRANSLATE_SKIP: &str = "btn-translate-skip";
pub const TRANSLATE_SAVED: &str = "translate-saved";
pub const TRANSLATE_GONE: &str = "translate-gone";
pub const TRANSLATE_EXISTING: &str = "translate-existing";
pub const TRANSLATE_ASK: &str = "translate-ask";
pub const TRANSLATORS_ONLY: &str = "translators-only";
pub const CHART_CAPTION: &str = "chart-caption";
pub const REPORT_TITLE: &str = "report-title";
pub const REPORT_GATHERED_HEADING: &str = "report-gathered-heading";
pub const REPORT_GATHERED: &str = "report-gathered";
pub const REPORT_COUNTRIES: &str = "report-countries";
pub const REPORT_ORIGINAL: &str = "report-original";
pub const REPORT_META: &str = "report-meta";
pub const REPORT_CHART_HEADING: &str = "report-chart-heading";
pub const REPORT_SENT: &str = "report-sent";
pub const REPORT_UNKNOWN_LANGUAGE: &str = "report-unknown-language";
pub const ROSTER_NONE: &str = "roster-none";
pub const ROSTER_PICK_COHORT: &str = "roster-pick-cohort";
pub const ROSTER: &str = "roster";
pub const ROSTER_LINE: &str = "roster-line";
pub const BTN_ROSTER_PREVIOUS: &str = "btn-roster-previous";
pub const BTN_ROSTER_NEXT: &str = "btn-roster-next";
pub const BTN_ROSTER_EXPORT: &str = "btn-roster-export";
pub const BTN_ROSTER_MARK: &str = "btn-roster-mark";
pub const ROSTER_EXPORT_SENT: &str = "roster-export-sent";
pub const MARK_NO_SESSIONS: &str = "mark-no-sessions";
pub const MARK_PICK_SESSION: &str = "mark-pick-session";
pub const MARK_EVERYONE_PRESENT: &str = "mark-everyone-present";
pub const MARK_PICK_PERSON: &str = "mark-pick-person";
pub const MARK_DONE: &str = "mark-done";
pub const MARK_NOT_MEMBER: &str = "mark-not-member";
pub const MARK_ALREADY: &str = "mark-already";
pub const UPCOMING_NONE: &str = "upcoming-none";
pub const UPCOMING_HEADER: &str = "upcoming-header";
pub const UPCOMING_NOW: &str = "upcoming-now";
pub const UPCOMING_REMINDER: &str = "upcoming-reminder";
pub const UPCOMING_SURVEY: &str = "upcoming-survey";
pub const UPCOMING_NOTICE: &str = "upcoming-notice";
pub const UPCOMING_ANNOUNCEMENT: &str = "upcoming-announcement";
pub const UPCOMING_MORE: &str = "upcoming-more";
pub const BC_LANGUAGES: &str = "bc-languages";
pub const POSTER_SENT: &str = "poster-sent";
pub const COHORT_ARCHIVED: &str = "cohort-archived";
pub const BTN_ADD_VERSION: &str = "btn-add-version";
pub const BC_VERSION_LANGUAGE: &str = "bc-version-language";
pub const BC_VERSION_TEXT: &str = "bc-version-text";

const FIXED: &[&str] = &[
    BC_LANGUAGES,
    POSTER_SENT,
    COHORT_ARCHIVED,
    REPORT_UNKNOWN_LANGUAGE,
    BTN_ADD_VERSION,
    BC_VERSION_LANGUAGE,
    BC_VERSION_TEXT,
    UPCOMING_NONE,
    UPCOMING_MORE,
    UPCOMING_HEADER,
    UPCOMING_NOW,
    UPCOMING_REMINDER,
    UPCOMING_SURVEY,
    UPCOMING_NOTICE,
    UPCOMING_ANNOUNCEMENT,
    ROSTER_NONE,
    ROSTER_PICK_COHORT,
    ROSTER,
    ROSTER_LINE,
    BTN_ROSTER_PREVIOUS,
    BTN_ROSTER_NEXT,
    BTN_ROSTER_EXPORT,
    BTN_ROSTER_MARK,
    ROSTER_EXPORT_SENT,
    MARK_NO_SESSIONS,
    MARK_PICK_SESSION,
    MARK_EVERYONE_PRESENT,
    MARK_PICK_PERSON,
    MARK_DONE,
    MARK_NOT_MEMBER,
    MARK_ALREADY,
    MYDATA_ACTIVITY,
    MYDATA_RSVP,
    MYDATA_CHECKED,
    MYDATA_NOT_CHECKED,
    MYDATA_RECOMMENDATION,
    STATUS_ACTIVE,
    STATUS_BLOCKED,
    MUTED_YES,
    MUTED_NO,
    REC_STATUS_PENDING,
    REC_STATUS_APPROVED,
    REC_STATUS_REJECTED,
    REC_LIMIT,
    REC_THEME,
    REC_LEVEL,
    REC_TEXT,
    REC_PREVIEW,
    BTN_SUBMIT,
    BTN_EDIT,
    REC_SUBMITTED,
    REC_CANCELLED,
    MOD_NONE,
    MOD_CARD,
    BTN_APPROVE,
    BTN_REJECT,
    MOD_APPROVED,
    MOD_REJECTED,
    REC_APPROVED_NOTICE,
    REC_REJECTED_NOTICE,
    BROWSE_PICK,
    BROWSE_THEME,
    BROWSE_NONE,
    BROWSE_EMPTY,
    BROWSE_HEADER,
    BROWSE_ITEM,
    BROWSE_OWN,
    BROWSE_ENDORSED,
    BROWSE_OTHER,
    BTN_ENDORSE_N,
    BTN_NEXT_PAGE,
    ENDORSE_DONE,
    ENDORSE_OWN,
    ENDORSE_TWICE,
    ENDORSE_GONE,
    SUM_HEADER,
    SUM_NONE_APPROVED,
    SUM_SECTION,
    SUM_LINE,
    SUM_OTHERS,
    SUM_TOP,
    SUM_TOP_ITEM,
    VALUE_UNKNOWN,
    FEEDBACK_NONE,
    FEEDBACK_LIST,
    SURVEY_ALREADY,
    SURVEY_NOT_YET,
    SURVEY_CLOSED,
    SURVEY_INTRO,
    SURVEY_ANONYMOUS,
    SURVEY_QUESTION,
    OPT_YES,
    OPT_NO,
    OPT_ON,
    OPT_OFF,
    BTN_DONE,
    BTN_SKIP_QUESTION,
    SURVEY_PICK_ONE,
    SURVEY_THANKS,
    SURVEY_INVITE,
    BTN_START_SURVEY,
    CHECKIN_NONE,
    CHECKIN_PICK,
    CHECKIN_LINK,
    RESULTS_NONE,
    RESULTS_PICK,
    RESULTS_HEADER,
    STATS_HEADER,
    RESULTS_SURVEY,
    RESULTS_QUESTION,
    RESULTS_RATING,
    RESULTS_CHOICE,
    RESULTS_BLOCK,
    RESULTS_TEXT,
    RESULTS_ANONYMOUS_WITHHELD,
    HELP_FACILITATOR,
    HELP_ORGANISER,
    VERBATIM,
    BTN_AUD_EVERYONE,
    BTN_AUD_COHORT,
    BTN_AUD_COUNTRY,
    BTN_AUD_LANGUAGE,
    BTN_AUD_SESSION,
    BC_AUDIENCE,
    BC_COHORT_PICK,
    BC_COHORT_TYPE,
    BC_COUNTRY,
    BC_LANGUAGE,
    BC_SESSION,
    BC_NO_SESSIONS,
    BC_TEXT,
    BC_TEXT_TOO_LONG,
    BC_PREVIEW,
    BTN_SEND,
    BTN_SEND_TEST,
    BTN_CANCEL_SEND,
    BC_NOBODY,
    BC_QUEUED,
    BC_CANCELLED,
    BC_REPORT,
    BC_PROGRESS_NONE,
    BC_PROGRESS_HEADER,
    BC_PROGRESS_LINE,
    GR_ROLE,
    BTN_ROLE_FACILITATOR,
    BTN_ROLE_ORGANISER,
    GR_COHORT,
    GR_COHORT_PICK,
    BTN_ALL_COHORTS,
    INVITE_UNKNOWN,
    INVITE_USED,
    INVITE_EXPIRED,
    INVITE_WITHDRAWN,
    RIGHT_LOST,
    MOD_TAKEN,
    EXPORT_PICK,
    EXPORT_SENT,
    EXPORT_PERSONAL,
    NOT_ALLOWED,
    ORGANISERS_ONLY,
    NS_COHORT_PICK,
    NS_COHORT_TYPE,
    NS_TITLE,
    NS_MODULE,
    BTN_NO_MODULE,
    NS_STARTS,
    NS_STARTS_INVALID,
    NS_STARTS_PAST,
    NS_DURATION,
    NS_DURATION_INVALID,
    NS_LOCATION,
    BTN_LOCATION_TBA,
    NS_CONFIRM,
    BTN_CREATE,
    BTN_DISCARD,
    NS_DISCARDED,
    SESSION_CREATED,
    SESSIONS_NO_COHORT,
    SESSIONS_NONE,
    SESSIONS_HEADER,
    SESSION_LINE,
    SESSION_LABEL,
    RSVP_COMING,
    RSVP_NOT_COMING,
    RSVP_NONE,
    BTN_COMING,
    BTN_NOT_COMING,
    BTN_COMING_N,
    BTN_NOT_COMING_N,
    RSVP_SAVED_COMING,
    RSVP_SAVED_NOT_COMING,
    RSVP_CLOSED,
    RSVP_NOT_MEMBER,
    SESSION_GONE,
    LOCATION_TBA,
    CHECKIN_UNKNOWN,
    CHECKIN_REGISTER_FIRST,
    CHECKIN_NOT_MEMBER,
    CHECKIN_CANCELLED,
    CHECKIN_TOO_EARLY,
    CHECKIN_OVER,
    CHECKIN_ALREADY,
    CHECKIN_DONE,
    REMINDER,
    SESSION_CHANGED,
    SESSION_CANCELLED,
    MUTED,
    UNMUTED,
    PICK_LANGUAGE,
    LANGUAGE_PICK,
    LANGUAGE_SET,
    REG_DECLINED,
    BTN_START_AGAIN,
    REG_GUARDIAN_NEEDED,
    REG_DONE,
    REG_COHORT_LINK_UNKNOWN,
    INVALID_TEXT_EMPTY,
    INVALID_TEXT_TOO_SHORT,
    INVALID_TEXT_TOO_LONG,
    INVALID_TEXT_NO_LETTERS,
    INVALID_TEXT_UNPRINTABLE,
    INVALID_BIRTH_YEAR_FORMAT,
    INVALID_BIRTH_YEAR_RANGE,
    INVALID_COHORT_FORMAT,
    INVALID_COHORT_UNKNOWN,
    COHORT_NOT_FOUND,
    USE_BUTTONS,
    TEXT_EXPECTED,
    NONTEXT_IDLE,
    IDLE_TEXT,
    IDLE_NOT_REGISTERED,
    UNKNOWN_COMMAND,
    WHOAMI,
    HELP,
    BUSY,
    CANCELLED,
    NOTHING_TO_CANCEL,
    WELCOME_BACK,
    COHORT_JOINED,
    COHORT_ALREADY,
    COHORT_MOVE_ASK,
    BTN_COHORT_MOVE,
    COHORT_UNKNOWN,
    NOT_REGISTERED,
    PROFILE_CARD,
    PROFILE_SAVED,
    PROFILE_NOT_SAVED,
    VALUE_NONE,
    MYDATA_NONE,
    MYDATA,
    GUARDIAN_NOT_NEEDED,
    DELETE_CONFIRM,
    BTN_DELETE_YES,
    BTN_DELETE_NO,
    DELETED,
    DELETE_KEPT,
    NOTHING_STORED,
    STALE_BUTTON,
    STATE_LOST,
    ERROR_APOLOGY,
    GROUP_POINTER,
    "btn-edit-done",
    REG_PENDING,
    GUARDIAN_LINK,
    GUARDIAN_STILL_WAITING,
    GUARDIAN_REQUEST,
    BTN_AGREE,
    BTN_DECLINE,
    GUARDIAN_AGREED,
    GUARDIAN_DECLINED,
    GUARDIAN_LINK_UNKNOWN,
    GUARDIAN_OWN_ACCOUNT,
    GUARDIAN_CONFIRMED_NOTICE,
    ERASED_GUARDIAN_DECLINED,
    ERASED_GUARDIAN_NEVER_CONFIRMED,
    GUARDIAN_BY_TELEGRAM,
    GUARDIAN_BY_PAPER,
    GUARDIAN_DECLARED,
    GUARDIAN_WAITING,
    STATUS_PENDING_GUARDIAN,
    PAPER_NONE,
    PAPER_PICK,
    PAPER_CONFIRM,
    BTN_PAPER_YES,
    BTN_PAPER_NO,
    PAPER_CONFIRMED,
    PAPER_NOT_CONFIRMED,
    PAPER_NOT_WAITING,
    ERASE_ASK_ID,
    ERASE_NOT_AN_ID,
    ERASE_YOURSELF,
    ERASE_UNKNOWN,
    ERASE_ASK_REASON,
    ERASE_CONFIRM,
    BTN_ERASE_YES,
    BTN_ERASE_NO,
    ERASE_DONE,
    ERASE_KEPT,
    ERASE_GONE,
    BTN_SHOW_ORIGINAL,
    TRANSLATE_USAGE,
    TRANSLATE_PICK_LANGUAGE,
    TRANSLATE_NONE,
    TRANSLATE_CARD,
    BTN_TRANSLATE_SKIP,
    TRANSLATE_SAVED,
    TRANSLATE_GONE,
    TRANSLATE_EXISTING,
    TRANSLATE_ASK,
    TRANSLATORS_ONLY,
    CHART_CAPTION,
    REPORT_TITLE,
    REPORT_GATHERED_HEADING,
    REPORT_GATHERED,
    REPORT_COUNTRIES,
    REPORT_ORIGINAL,
    REPORT_META,
    REPORT_CHART_HEADING,
    REPORT_SENT,
];

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
