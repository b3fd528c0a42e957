//! One turn of a conversation, shared by every transport: load what the engine needs, run it, answer its
//! queries, apply its effects and the new state in one transaction, and render the replies.

use std::path::PathBuf;
use std::sync::Arc;

use chrono::Datelike;
use chrono_tz::Tz;
use sqlx::SqlitePool;

use crate::clock::Clock;
use crate::config::Settings;
use crate::conversation::RECOMMENDATIONS_PAGE_SIZE as PAGE_SIZE;
use crate::conversation::render::{OutFile, OutMessage, Rendered, render};
use crate::conversation::{
    Attachment, Command, Context, Conversation, Dialogues, Effect, Engine, Input, Msg, Outcome, Reply,
};
use crate::delivery::{Deps, SendWindow};
use crate::domain::TelegramId;
use crate::domain::{ExportKind, ParticipantStatus, reach};
use crate::i18n::{I18n, LanguageChoice};
use crate::monitor::Monitor;
use crate::source::FileErrors;
mod effects;
mod queries;
mod roster;

use crate::storage::{self, Db, StorageError, conversations, facts, participants, roles};
use effects::{Applied, apply};

/// Sessions offered as a broadcast audience: from two weeks ago to a month ahead.
const REACHABLE_PAST: chrono::Duration = chrono::Duration::days(14);
const REACHABLE_FUTURE: chrono::Duration = chrono::Duration::days(30);
/// How many of their broadcasts /broadcasts shows.
const BROADCASTS_SHOWN: i64 = 3;
/// Recommendations a participant may submit in 24 hours, unless configured.
pub const DEFAULT_RECOMMENDATIONS_PER_DAY: i64 = 3;
/// How long after a session its survey can be answered.
const ANSWERABLE: chrono::Duration = chrono::Duration::days(crate::conversation::SURVEY_ANSWERABLE_DAYS);
/// How many upcoming sessions /sessions lists.
const UPCOMING_SHOWN: i64 = 5;
/// Queries are answered within the turn; a well-behaved engine asks one at a time, and never loops.
const MAX_QUERIES_PER_TURN: usize = 4;

/// What comes with an input besides itself, from a transport that knows it.
#[derive(Debug, Clone, Copy, Default)]
pub struct Arrival<'a> {
    /// The Telegram update's id: one seen before is handled once.
    pub update_id: Option<i64>,
    /// The sender's Telegram app language (`language_code`): the replies' language for someone who has chosen
    /// none here yet, or whose data was erased.
    pub client_language: Option<&'a str>,
}

#[derive(Debug)]
pub struct Core {
    engine: Engine,
    i18n: Arc<I18n>,
    db: Db,
    clock: Arc<dyn Clock>,
    timezone: Tz,
    languages: Arc<LanguageChoice>,
    bot_username: std::sync::RwLock<Option<String>>,
    recommendations_per_day: i64,
    send_window: Arc<SendWindow>,
    monitor: Arc<Monitor>,
    delivery_rules: crate::delivery::forecast::Rules,
}

/// What the core needs to start, usually taken from [`crate::config::Settings`].
#[derive(Debug, Clone)]
pub struct CoreOptions {
    /// Dialogues that replace the built-in ones.
    pub dialogues_dir: Option<PathBuf>,
    pub database_url: String,
    pub default_language: String,
    pub timezone: Tz,
    pub recommendations_per_day: i64,
    /// Messages a second Telegram accepts from the bot, replies and bulk together.
    pub send_limit: usize,
    /// BOT_USERNAME, for the links the bot gives out; else what `serve` recorded from Telegram.
    pub bot_username: Option<String>,
    /// Who the privacy notice names as responsible, and the retention it states.
    pub privacy: crate::domain::PrivacyNotice,
    /// The delivery worker's rules, for telling what it is about to send (`/upcoming`).
    pub delivery_rules: crate::delivery::forecast::Rules,
}

impl From<&Settings> for CoreOptions {
    fn from(s: &Settings) -> Self {
        Self {
            dialogues_dir: s.dialogues_dir.clone(),
            database_url: s.database_url.clone(),
            default_language: s.default_language.clone(),
            timezone: s.timezone,
            recommendations_per_day: s.recommendations_per_day,
            send_limit: s.send_limit,
            bot_username: s.bot_username.clone(),
            privacy: s.privacy_notice(),
            delivery_rules: (&crate::delivery::WorkerOptions::from(s)).into(),
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum StartError {
    #[error(transparent)]
    Dialogues(#[from] FileErrors),
    #[error("DEFAULT_LANGUAGE: '{language}' is not in dialogues/languages.toml (expected one of {known})")]
    DefaultLanguage { language: String, known: String },
    #[error(transparent)]
    Storage(#[from] StorageError),
}

impl Core {
    /// Loads and validates `dialogues/`, opens the database (applying migrations) and builds the core.
    pub async fn start(options: CoreOptions, clock: Arc<dyn Clock>) -> Result<Self, StartError> {
        let dialogues = Dialogues::configured(options.dialogues_dir.as_deref())?;
        if dialogues.language(&options.default_language).is_none() {
            let known = dialogues.languages.iter().map(|l| l.code.as_str()).collect::<Vec<_>>().join(", ");
            return Err(StartError::DefaultLanguage { language: options.default_language, known });
        }
        let db = Db::open(&options.database_url).await?;
        let known_username = match options.bot_username.clone() {
            Some(name) => Some(name),
            None => facts::get(db.read(), facts::BOT_USERNAME).await?,
        };
        let core = Self::new(dialogues, db, clock, options);
        if let Some(name) = known_username {
            core.set_bot_username(&name);
        }
        Ok(core)
    }

    fn new(dialogues: Dialogues, db: Db, clock: Arc<dyn Clock>, options: CoreOptions) -> Self {
        let languages = Arc::new(LanguageChoice::new(dialogues.languages.clone(), options.default_language));
        let engine = Engine::new(dialogues.registration, dialogues.languages, dialogues.surveys, dialogues.themes)
            .with_privacy(options.privacy);
        Self {
            engine,
            i18n: Arc::new(dialogues.i18n),
            db,
            clock,
            timezone: options.timezone,
            languages,
            bot_username: std::sync::RwLock::new(None),
            send_window: Arc::new(SendWindow::new(options.send_limit)),
            monitor: Arc::default(),
            recommendations_per_day: options.recommendations_per_day,
            delivery_rules: options.delivery_rules,
        }
    }

    /// The writer: for every write, and for a read that must see the writes just made.
    pub fn pool(&self) -> &SqlitePool {
        self.db.write()
    }

    pub fn db(&self) -> &Db {
        &self.db
    }

    /// Closes the database once the statements running on it are done (see [`Db::close`]).
    pub async fn close(&self) {
        self.db.close().await;
    }

    /// Every message sent in the last second, replies and bulk, kept within Telegram's limit.
    pub fn send_window(&self) -> &SendWindow {
        &self.send_window
    }

    /// What the delivery worker works with: the database, the clock, the words, and the send window replies
    /// share with it.
    pub fn delivery(&self) -> Deps {
        Deps {
            db: self.db.clone(),
            clock: self.clock.clone(),
            i18n: self.i18n.clone(),
            languages: self.languages.clone(),
            themes: self.engine.themes().into(),
            window: self.send_window.clone(),
            monitor: self.monitor.clone(),
        }
    }

    /// The metrics and health of this bot.
    pub fn monitor(&self) -> &Arc<Monitor> {
        &self.monitor
    }

    pub fn clock(&self) -> Arc<dyn Clock> {
        self.clock.clone()
    }

    pub fn i18n(&self) -> &I18n {
        &self.i18n
    }

    pub fn engine(&self) -> &Engine {
        &self.engine
    }

    /// The bot's @username, for deep links (set by `serve`, else as last recorded).
    pub fn bot_username(&self) -> Option<String> {
        self.bot_username.read().map(|name| name.clone()).unwrap_or_else(|poisoned| poisoned.into_inner().clone())
    }

    pub fn set_bot_username(&self, name: &str) {
        let mut slot = self.bot_username.write().unwrap_or_else(|poisoned| poisoned.into_inner());
        *slot = Some(name.to_owned());
    }

    pub fn now(&self) -> chrono::DateTime<chrono::Utc> {
        self.clock.now()
    }

    pub fn default_language(&self) -> &str {
        self.languages.default_language()
    }

    /// The stored conversation of a chat (a new one if none).
    pub async fn conversation(&self, chat_id: i64) -> Result<Conversation, StorageError> {
        Ok(conversations::load(self.db.read(), chat_id).await?.unwrap_or_default())
    }

    /// Handles one input of `user` in their private chat, whose state is `conv`.
    pub async fn handle(&self, user: TelegramId, conv: Conversation, input: Input) -> Result<Rendered, StorageError> {
        Ok(self.handle_update(user, conv, input, Arrival::default()).await?.unwrap_or_default())
    }

    /// Like [`Core::handle`], for a Telegram update: an update id seen before (Telegram delivers again what a
    /// crashed bot had not confirmed) changes nothing and gets no answer (`None`).
    pub async fn handle_update(
        &self,
        user: TelegramId,
        mut conv: Conversation,
        input: Input,
        arrival: Arrival<'_>,
    ) -> Result<Option<Rendered>, StorageError> {
        let update_id = arrival.update_id;
        if let (Some(id), Some(last)) = (update_id, conv.last_update)
            && id <= last
        {
            tracing::info!(update_id = id, "an update delivered twice was handled once");
            return Ok(None);
        }
        let now = self.clock.now();
        let (participant, grants) = participants::find_with_roles(self.db.read(), user).await?;
        let blocked = participant.as_ref().is_some_and(|p| p.status == ParticipantStatus::Blocked);
        let stored = participant.as_ref().map(|p| p.profile.language.as_str());
        let typed_in = self.language_for(conv.lang.as_deref(), stored, arrival.client_language);
        let ctx_of = |bot_username| Context {
            user,
            now,
            current_year: now.with_timezone(&self.timezone).year(),
            participant: participant.as_ref(),
            grants: &grants,
            timezone: self.timezone,
            random: crate::scheduling::random(),
            secret: crate::scheduling::secret(),
            bot_username,
            language: &typed_in,
        };
        let bot_username = self.bot_username();
        let ctx = ctx_of(bot_username.as_deref());
        let input = self.typed_press(&ctx, &conv, input, &typed_in);
        let (mut outcome, mut summary) = self.run_engine(user, &ctx, &mut conv, input).await?;
        let lang = self.language_for(conv.lang.as_deref(), stored, arrival.client_language);
        if update_id.is_some() {
            conv.last_update = update_id;
        }
        if let Some(refusal) = self.commit(user, &mut conv, &outcome.effects, blocked, now).await? {
            // What the engine said would happen did not: the person hears why instead, and files go unmade.
            outcome.replies = vec![Reply::Say(refusal)];
            summary = None;
        }
        let mut rendered = render(&self.i18n, &lang, &outcome.replies);
        self.attach_files((user, &lang), &mut rendered, &outcome.replies, summary).await?;
        Ok(Some(rendered))
    }

    /// A typed answer to a question that takes only buttons counts as pressing the button it names in the
    /// person's language ("Female", "5"); anything else is passed on as it came.
    fn typed_press(&self, ctx: &Context<'_>, conv: &Conversation, input: Input, lang: &str) -> Input {
        let Input::Text(text) = input else { return input };
        let pressed = self.engine.buttons_only(ctx, conv, &text).and_then(|(prompt, choices)| {
            crate::conversation::render::typed_choice(&self.i18n, lang, &choices, &text)
                .map(|value| Input::Choice { prompt, value })
        });
        pressed.unwrap_or(Input::Text(text))
    }

    /// Runs the engine on `input`, then on the answers to its queries; returns what it decided, and the
    /// summary it was given (its files are drawn once the engine has replied).
    async fn run_engine(
        &self,
        user: TelegramId,
        ctx: &Context<'_>,
        conv: &mut Conversation,
        input: Input,
    ) -> Result<(Outcome, Option<crate::domain::summary::Summary>), StorageError> {
        let mut outcome = self.engine.handle(ctx, conv, input);
        let mut summary = None;
        for _ in 0..MAX_QUERIES_PER_TURN {
            let Some(query) = outcome.query.take() else {
                break;
            };
            let answer = self.answer(user, query).await?;
            if let Input::Summary(s) = &answer {
                summary = Some((**s).clone());
            }
            let more = self.engine.handle(ctx, conv, answer);
            outcome = merge(outcome, more);
        }
        Ok((outcome, summary))
    }

    /// The files the replies ask for: the summary's, an export's, a check-in QR code.
    async fn attach_files(
        &self,
        (user, lang): (TelegramId, &str),
        rendered: &mut Rendered,
        replies: &[Reply],
        summary: Option<crate::domain::summary::Summary>,
    ) -> Result<(), StorageError> {
        if replies.contains(&Reply::Attach(Attachment::Summary))
            && let Some(summary) = summary
        {
            rendered.files = self.summary_files(&summary, lang);
        }
        for reply in replies {
            match reply {
                Reply::Attach(Attachment::Export(kind)) => rendered.files.extend(self.export_files(*kind).await?),
                Reply::Attach(Attachment::CheckinQr { code, link }) => rendered.files.extend(checkin_qr(code, link)),
                Reply::Attach(Attachment::MyData) => rendered.files.extend(self.my_data_file(user).await?),
                Reply::Attach(Attachment::Roster { cohort }) => rendered.files.extend(self.roster_files(cohort).await?),
                Reply::Attach(Attachment::CohortPoster { cohort, link }) => {
                    rendered.files.extend(self.cohort_poster(cohort, link).await?);
                }
                Reply::Attach(Attachment::SummitReport { language }) => self.summit_report(rendered, language).await?,
                _ => {}
            }
        }
        Ok(())
    }

    /// An export's documents, CSV and XLSX, read after the turn (and its audit entry) was stored. A document that
    /// cannot be made is left out (and logged).
    async fn export_files(&self, kind: ExportKind) -> Result<Vec<OutFile>, StorageError> {
        let data = crate::reports::export::read(self.db.read(), kind, &self.i18n, self.engine.surveys()).await?;
        Ok(documents(&data, &kind.to_string()))
    }

    /// Everything stored about the person as a JSON document (GDPR Art. 20: in a form they can keep and reuse);
    /// nothing for someone not registered.
    async fn my_data_file(&self, user: TelegramId) -> Result<Option<OutFile>, StorageError> {
        let mut conn = self.db.read().acquire().await?;
        let Some(participant) = participants::find(&mut *conn, user).await? else { return Ok(None) };
        let activity = participants::activity(&mut conn, user).await?;
        let document = crate::reports::export::my_data(&participant, &activity);
        let bytes = serde_json::to_vec_pretty(&document).map_err(|e| StorageError::Corrupt(e.to_string()))?;
        Ok(Some(OutFile { name: "my-data.json".into(), bytes, photo: false }))
    }

    /// The summary's chart and documents. A file that cannot be made is left out (and logged).
    /// The Summit report as a document, and a line (in its language) saying what it holds; the line says
    /// what went wrong if it cannot be made (logged).
    async fn summit_report(&self, rendered: &mut Rendered, language: &str) -> Result<(), StorageError> {
        use crate::reports::summit;
        let data = summit::ReportData::read(self.db.read()).await?;
        let year = crate::reports::summary::current_year(self.clock.now(), self.timezone);
        let names = self.names(language);
        match summit::build(&data, &names, year) {
            Ok(report) => {
                let line = Msg::new(crate::conversation::messages::REPORT_SENT)
                    .text("language", names.language(language))
                    .number("listed", i64::try_from(report.listed).unwrap_or(i64::MAX))
                    .number("missing", i64::try_from(report.missing).unwrap_or(i64::MAX));
                rendered.messages.push(OutMessage { text: self.text(language, &line), buttons: Vec::new() });
                let name = format!("summit-report-{language}.docx");
                rendered.files.push(OutFile { name, bytes: report.docx, photo: false });
            }
            Err(e) => {
                tracing::error!(error = %e, "Summit report");
                let apology = self.apology(language);
                rendered.messages.push(OutMessage { text: apology, buttons: Vec::new() });
            }
        }
        Ok(())
    }

    /// Names of themes, countries and languages in `language`, for reports.
    fn names<'a>(&'a self, language: &'a str) -> crate::reports::summary::Names<'a> {
        crate::reports::summary::Names {
            i18n: &self.i18n,
            themes: self.engine.themes(),
            languages: self.engine.languages(),
            language,
        }
    }

    fn summary_files(&self, summary: &crate::domain::summary::Summary, lang: &str) -> Vec<OutFile> {
        use crate::reports::{export, summary as report};
        let names = self.names(crate::conversation::dialogues::FALLBACK_LANGUAGE);
        let mut files = Vec::new();
        // The chart in the organiser's language; the figures in English, as every data file.
        match report::chart_png(summary, &self.names(lang)) {
            Ok(bytes) => files.push(OutFile { name: "recommendations.png".into(), bytes, photo: true }),
            Err(e) => tracing::error!(error = %e, "summary chart"),
        }
        let table = report::figures_table(summary, &names);
        for (format, name) in [(export::Format::CSV, "summary.csv"), (export::Format::Xlsx, "summary.xlsx")] {
            let mut bytes = Vec::new();
            match table.write(format, &mut bytes) {
                Ok(()) => files.push(OutFile { name: name.into(), bytes, photo: false }),
                Err(e) => tracing::error!(error = %e, "summary document"),
            }
        }
        files
    }

    /// The command menu of a facilitator, organiser or translator (name and description, in their language);
    /// `None` for participants, who keep the default menu.
    pub async fn role_menu(&self, user: TelegramId) -> Result<Option<Vec<(&'static str, String)>>, StorageError> {
        let mut conn = self.db.read().acquire().await?;
        let grants = roles::grants_of(&mut *conn, user).await?;
        let translates = !crate::storage::translators::languages_of(&mut conn, user).await?.is_empty();
        drop(conn);
        let organiser = grants.iter().any(|g| g.role == crate::domain::Role::Organiser);
        let sections: [(&[(&str, &str)], bool); 3] = [
            (&Command::FACILITATOR_MENU, reach(&grants) != crate::domain::Reach::None),
            (&Command::ORGANISER_MENU, organiser),
            (&Command::TRANSLATOR_MENU, translates && !organiser),
        ];
        if !sections.iter().any(|(_, held)| *held) {
            return Ok(None);
        }
        let lang = self.language_for(self.conversation(user).await?.lang.as_deref(), None, None);
        let extra = sections.iter().filter(|(_, held)| *held).flat_map(|(commands, _)| commands.iter());
        let menu = Command::MENU.iter().chain(extra).map(|(name, key)| (*name, self.text(&lang, &Msg::new(*key))));
        Ok(Some(menu.collect()))
    }

    /// Whether the person lost every role since their chat's menu was last set, so that it still shows a role's
    /// commands ([`roles::revoke`]). Read on a reader, as for most people there is nothing to do.
    pub async fn has_stale_menu(&self, user: TelegramId) -> Result<bool, StorageError> {
        roles::has_stale_menu(&mut *self.db.read().acquire().await?, user).await
    }

    /// Once the person's menu is the default one again.
    pub async fn menu_reset(&self, user: TelegramId) -> Result<(), StorageError> {
        roles::clear_stale_menu(self.db.write(), user).await
    }

    /// The language a person is answered in (see [`LanguageChoice`]).
    pub fn language_for(&self, chosen: Option<&str>, stored: Option<&str>, client: Option<&str>) -> String {
        self.languages.decide(chosen, stored, client)
    }

    /// The short apology shown when a turn fails; the cause goes to the log.
    pub fn apology(&self, lang: &str) -> String {
        crate::conversation::render::text(&self.i18n, lang, &Msg::new(crate::conversation::messages::ERROR_APOLOGY))
    }

    pub fn text(&self, lang: &str, msg: &Msg) -> String {
        crate::conversation::render::text(&self.i18n, lang, msg)
    }

    /// A cohort's name, if the cohort exists.
    /// Effects and the new state land together or not at all. After an erasure the state goes too. An effect
    /// refused when applied (a right lost since the dialogue began, someone else first) undoes the turn's
    /// effects, ends the dialogue, and its reason is returned for the person.
    async fn commit(
        &self,
        user: TelegramId,
        conv: &mut Conversation,
        effects: &[Effect],
        blocked: bool,
        now: chrono::DateTime<chrono::Utc>,
    ) -> Result<Option<Msg>, StorageError> {
        if effects.is_empty() && !blocked {
            // Most turns only move the conversation on: one statement.
            return conversations::save(self.db.write(), user, conv, now).await.map(|()| None);
        }
        let mut tx = storage::begin_write(self.db.write()).await?;
        // Someone who writes can be reached again (a 403 marked them blocked).
        if blocked {
            participants::reactivate(&mut tx, user, now).await?;
        }
        for effect in effects {
            if let Applied::Refused(reason) = apply(&mut tx, user, effect, now).await? {
                tx.rollback().await?;
                conv.phase = crate::conversation::Phase::Idle;
                let mut tx = storage::begin_write(self.db.write()).await?;
                conversations::save(&mut *tx, user, conv, now).await?;
                tx.commit().await?;
                return Ok(Some(reason));
            }
        }
        // Erasing oneself removed the conversation state with everything else: nothing is written back.
        if !effects.contains(&Effect::Erase) {
            conversations::save(&mut *tx, user, conv, now).await?;
        }
        tx.commit().await?;
        if effects.iter().any(Effect::erases) {
            storage::forget_erased(self.db.write()).await?;
        }
        Ok(None)
    }
}

/// A table as the two documents the chat sends, `<stem>.csv` and `<stem>.xlsx`; one that cannot be made is left
/// out (and logged).
fn documents(table: &crate::reports::table::Table, stem: &str) -> Vec<OutFile> {
    use crate::reports::table::Format;
    let mut files = Vec::new();
    for (format, extension) in [(Format::CSV, "csv"), (Format::Xlsx, "xlsx")] {
        let mut bytes = Vec::new();
        match table.write(format, &mut bytes) {
            Ok(()) => files.push(OutFile { name: format!("{stem}.{extension}"), bytes, photo: false }),
            Err(e) => tracing::error!(error = %e, stem, "document"),
        }
    }
    files
}

/// A session's check-in link as a QR code photo, named after its code; left out (and logged) if it cannot be
/// made.
fn checkin_qr(code: &str, link: &str) -> Option<OutFile> {
    match crate::reports::qr::png(link) {
        Ok(bytes) => Some(OutFile { name: format!("checkin-{code}.png"), bytes, photo: true }),
        Err(e) => {
            tracing::error!(error = %e, "check-in QR code");
            None
        }
    }
}

fn merge(mut first: Outcome, then: Outcome) -> Outcome {
    first.replies.extend(then.replies);
    first.effects.extend(then.effects);
    first.query = then.query;
    first
}
