//! The Telegram transport: the handler tree, turning updates into engine inputs and rendered replies into Bot
//! API calls. Handlers stay thin: extract, call the [`Core`], render.

pub mod callback;
mod calls;
mod serve;

pub use calls::{CALL_LIMIT, Failure};
pub use serve::{ServeError, ServeOptions, poll, serve};

use std::sync::Arc;
use std::time::Duration;

use teloxide::RequestError;
use teloxide::dispatching::dialogue::{Dialogue, GetChatId};
use teloxide::dispatching::{DefaultKey, UpdateHandler};
use teloxide::prelude::*;
use teloxide::types::{
    BotCommand, BotCommandScope, InlineKeyboardButton, InlineKeyboardButtonKind, InlineKeyboardMarkup, InputFile, Me,
    Recipient, User,
};
use tokio::sync::{Semaphore, SemaphorePermit};

use crate::conversation::render::{OutMessage, Rendered};
use crate::conversation::{Action, Command, Conversation, Input, Msg, messages, parse_command};
use crate::delivery::{SendError, Sender};
use crate::domain::TelegramId;
use crate::service::{Arrival, Core};
use crate::storage::{ConversationStore, StorageError};

type HandlerError = Box<dyn std::error::Error + Send + Sync>;
type HandlerResult = Result<(), HandlerError>;

/// Buttons whose labels are all at most this long go two to a row; longer ones get a row each.
const SHORT_LABEL: usize = 14;

/// The handlers' Bot API calls in flight at once, at most. Telegram takes about 30 messages a second from a bot,
/// so at its usual round trip a handful are in flight; in a burst (a workshop scanning the QR code at once, each
/// press making up to three calls) more only add connections, buffers and thread wake-ups. In the load harness
/// the bot used more memory with no limit than with any of 8, 16, 32 or 64, and 16 used the least CPU a turn
/// in every run that compared them.
pub const CALLS_IN_FLIGHT: usize = 16;

/// The Bot API as the handlers call it: the bot, and a slot out of [`CALLS_IN_FLIGHT`] for each call. A call
/// waiting for Telegram's rate (the send window) or for a retry holds no slot; bulk messages go out one at a
/// time from the delivery worker, outside these slots.
#[derive(Clone)]
struct Api {
    bot: Bot,
    slots: Arc<Semaphore>,
}

impl Api {
    fn new(bot: Bot, in_flight: usize) -> Self {
        Self { bot, slots: Arc::new(Semaphore::new(in_flight.max(1))) }
    }

    /// Waits for a free slot; the call holds it until its answer is in. (The semaphore is never closed, so
    /// there is always a permit to wait for.)
    async fn slot(&self) -> Option<SemaphorePermit<'_>> {
        self.slots.acquire().await.ok()
    }

    /// Sends one rendered message, once a slot is free; a call past [`CALL_LIMIT`] gives its slot back.
    async fn send_message(&self, chat: ChatId, message: &OutMessage) -> Result<(), Failure> {
        let _slot = self.slot().await;
        calls::within(CALL_LIMIT, send_message(&self.bot, chat, message)).await
    }
}

/// The whole handler tree: private messages and button presses go to the engine; groups get a pointer.
pub fn schema() -> UpdateHandler<HandlerError> {
    // `Seen` is taken after teloxide's filters, which tell Telegram which updates the bot wants.
    let messages = Update::filter_message()
        .map(Seen::of)
        .branch(dptree::filter(|seen: Seen| !seen.private).endpoint(on_group_message))
        .branch(dptree::filter_map(dialogue_of).endpoint(on_message));
    let presses = Update::filter_callback_query().map(Seen::of).filter_map(dialogue_of).endpoint(on_callback);
    dptree::entry().branch(messages).branch(presses)
}

/// What the handlers need of an update besides its message or press, taken once: dptree hands each parameter
/// over as a copy of its own, and an update (a press carries its whole message) is costly to copy.
#[derive(Debug, Clone, Copy)]
struct Seen {
    id: i64,
    chat: Option<ChatId>,
    private: bool,
}

impl Seen {
    fn of(update: Update) -> Self {
        let chat = update.chat();
        Self { id: i64::from(update.id.0), chat: chat.map(|c| c.id), private: chat.is_some_and(|c| c.is_private()) }
    }
}

/// The dispatcher over `bot`, ready to run; the caller decides how updates arrive and when to stop.
pub fn dispatcher(bot: Bot, core: Arc<Core>) -> Dispatcher<Bot, HandlerError, DefaultKey> {
    dispatcher_with(bot, core, CALLS_IN_FLIGHT)
}

/// [`dispatcher`], its handlers making at most `in_flight` Bot API calls at once.
pub fn dispatcher_with(bot: Bot, core: Arc<Core>, in_flight: usize) -> Dispatcher<Bot, HandlerError, DefaultKey> {
    let store = ConversationStore::new(core.db().clone());
    let api = Api::new(bot.clone(), in_flight);
    Dispatcher::builder(bot, schema())
        .dependencies(dptree::deps![core, store, api])
        .default_handler(|_| async {})
        .error_handler(LoggingErrorHandler::with_custom_text("update handler failed"))
        .build()
}

/// Bulk messages go out through the Bot API; its answers become delivery outcomes.
impl Sender for Bot {
    async fn send(&self, chat: TelegramId, message: &OutMessage) -> Result<(), SendError> {
        send_bulk(self, ChatId(chat), message, false).await
    }
}

/// Bulk messages as paid broadcasts (`allow_paid_broadcast`): Telegram then takes up to 1,000 a second.
pub struct PaidBroadcast(pub Bot);

impl Sender for PaidBroadcast {
    async fn send(&self, chat: TelegramId, message: &OutMessage) -> Result<(), SendError> {
        send_bulk(&self.0, ChatId(chat), message, true).await
    }
}

async fn send_bulk(bot: &Bot, chat: ChatId, message: &OutMessage, paid: bool) -> Result<(), SendError> {
    match calls::within(CALL_LIMIT, send_as(bot, chat, message, paid)).await {
        Ok(()) => Ok(()),
        Err(Failure::RetryAfter(wait)) => Err(SendError::RetryAfter(wait)),
        Err(Failure::Blocked) => Err(SendError::Blocked),
        Err(Failure::Transient(why)) => Err(SendError::Other(why)),
        Err(Failure::Unknown(why)) => Err(SendError::MaybeSent(why)),
        Err(Failure::Refused(why)) => Err(SendError::Refused(why)),
    }
}

/// The command menu in every complete language, and in the default language for everyone else.
pub async fn set_command_menu(bot: &Bot, core: &Core) -> Result<(), teloxide::RequestError> {
    let commands = |lang: &str| -> Vec<BotCommand> {
        Command::MENU.iter().map(|(name, key)| BotCommand::new(*name, core.text(lang, &Msg::new(*key)))).collect()
    };
    bot.set_my_commands(commands(core.default_language())).scope(BotCommandScope::AllPrivateChats).await?;
    let mut menus_set = Vec::new();
    for language in core.engine().languages().iter().filter(|l| l.complete) {
        // Telegram takes two-letter codes here, so a language's variants share one menu: the first listed one's
        // (Serbian in Latin before Cyrillic). Montenegrin (`cnr`) has no such code and takes the default menu.
        let code = language.primary_subtag();
        if code.len() != 2 || menus_set.contains(&code) {
            continue;
        }
        menus_set.push(code);
        bot.set_my_commands(commands(&language.code))
            .scope(BotCommandScope::AllPrivateChats)
            .language_code(code)
            .await?;
    }
    Ok(())
}

/// Facilitators and organisers get their commands in their chat's menu (others keep the default one, and get it
/// back once their last role is revoked).
async fn set_role_menu(api: &Api, core: &Core, chat: ChatId) {
    let menu = match core.role_menu(chat.0).await {
        Ok(Some(menu)) => menu,
        Ok(None) => return reset_role_menu(api, core, chat).await,
        Err(e) => return tracing::warn!(error = %e, "could not read roles for the menu"),
    };
    let commands: Vec<BotCommand> =
        menu.into_iter().map(|(name, description)| BotCommand::new(name, description)).collect();
    let scope = BotCommandScope::Chat { chat_id: Recipient::Id(chat) };
    let _slot = api.slot().await;
    if let Err(e) = calls::within(CALL_LIMIT, api.bot.set_my_commands(commands).scope(scope)).await {
        tracing::warn!(error = %e, "could not set a role's command menu");
    }
}

/// Removes a revoked role's menu from the chat, if it may still be there, so that the default menu shows.
async fn reset_role_menu(api: &Api, core: &Core, chat: ChatId) {
    match core.has_stale_menu(chat.0).await {
        Ok(true) => {}
        Ok(false) => return,
        Err(e) => return tracing::warn!(error = %e, "could not read whether the menu is stale"),
    }
    let scope = BotCommandScope::Chat { chat_id: Recipient::Id(chat) };
    let deleted = {
        let _slot = api.slot().await;
        calls::within(CALL_LIMIT, api.bot.delete_my_commands().scope(scope)).await
    };
    match deleted {
        Ok(_) => {
            if let Err(e) = core.menu_reset(chat.0).await {
                tracing::warn!(error = %e, "could not record that the menu was reset");
            }
        }
        // Tried again at the person's next /start or /help.
        Err(e) => tracing::warn!(error = %e, "could not reset a revoked role's command menu"),
    }
}

/// The person's conversation state, read by the handler itself so that a state that cannot be read (a full
/// disk, an unreadable log) is answered with the apology instead of dropping the update unanswered.
type Chat = Dialogue<Conversation, ConversationStore>;

fn dialogue_of(seen: Seen, store: Arc<ConversationStore>) -> Option<Chat> {
    seen.chat.map(|chat| Dialogue::new(store, chat))
}

/// The state of `chat`, or `None` after logging why it could not be read.
async fn state_of(chat: &Chat) -> Option<Conversation> {
    match chat.get().await {
        Ok(state) => Some(state.unwrap_or_default()),
        Err(e) => {
            tracing::error!(error = %e, "could not read a conversation state; the person was sent an apology");
            None
        }
    }
}

async fn on_message(api: Api, seen: Seen, msg: Message, dialogue: Chat, core: Arc<Core>) -> HandlerResult {
    let Some(user) = msg.from.as_ref().map(|u| u.id) else {
        return Ok(());
    };
    let chat = msg.chat.id;
    let Some(state) = state_of(&dialogue).await else {
        let lang = core.language_for(None, None, msg.from.as_ref().and_then(|u| u.language_code.as_deref()));
        send(&api, &core, chat, apology(&core, &lang)).await;
        return Ok(());
    };
    let input = match msg.text() {
        Some(text) => parse_command(text),
        None => Input::NonText,
    };
    tracing::debug!(user = user.0, ?input, "message");
    let arrival = arrival(seen, msg.from.as_ref());
    let lang = language_outside_turn(&core, &state, arrival);
    let refresh_menu = matches!(input, Input::Command(Command::Start(_) | Command::Help));
    let rendered = match turn(&core, user, state, input, arrival).await {
        Turn::Done(rendered) => rendered,
        Turn::Duplicate => return Ok(()),
        Turn::Failed => apology(&core, &lang),
    };
    send(&api, &core, chat, rendered).await;
    if refresh_menu {
        set_role_menu(&api, &core, chat).await;
    }
    Ok(())
}

async fn on_callback(api: Api, seen: Seen, q: CallbackQuery, dialogue: Chat, core: Arc<Core>) -> HandlerResult {
    let q = &q;
    let Some(state) = state_of(&dialogue).await else {
        answer_press(&api, q, None).await;
        let lang = core.language_for(None, None, q.from.language_code.as_deref());
        send(&api, &core, ChatId::from(q.from.id), apology(&core, &lang)).await;
        return Ok(());
    };
    let arrival = arrival(seen, Some(&q.from));
    let lang = language_outside_turn(&core, &state, arrival);
    let chat = q.chat_id();
    // Presses count only from the person whose private chat holds the buttons.
    let action =
        q.data.as_deref().map(callback::decode).and_then(Result::ok).filter(|_| chat == Some(ChatId::from(q.from.id)));
    let Some(action) = action else {
        answer_press(&api, q, Some(core.text(&lang, &Msg::new(messages::STALE_BUTTON)))).await;
        return Ok(());
    };
    let input = Input::from(&action);
    let rendered = match turn(&core, q.from.id, state, input, arrival).await {
        Turn::Done(rendered) => rendered,
        Turn::Duplicate => return Ok(()),
        Turn::Failed => {
            answer_press(&api, q, None).await;
            send(&api, &core, ChatId::from(q.from.id), apology(&core, &lang)).await;
            return Ok(());
        }
    };
    // An accepted answer to a question closes it; RSVP and survey buttons stay.
    let close_question = rendered.notice.is_none() && matches!(action, Action::Choice { .. });
    // Three independent calls (the spinner, the old message, the next one): made together, the reply arrives
    // one round trip after the turn instead of three.
    tokio::join!(
        answer_press(&api, q, rendered.notice.clone()),
        async {
            if close_question {
                mark_chosen(&api, q).await;
            }
        },
        send(&api, &core, ChatId::from(q.from.id), Rendered { notice: None, ..rendered }),
    );
    Ok(())
}

async fn on_group_message(api: Api, msg: Message, me: Me, core: Arc<Core>) -> HandlerResult {
    let text = msg.text().unwrap_or_default();
    let addressed = text.starts_with('/') || text.contains(&format!("@{}", me.username()));
    if !addressed {
        return Ok(());
    }
    // Nobody has picked a language in a group: the sender's Telegram app's language is the best guess.
    let lang = core.language_for(None, None, msg.from.as_ref().and_then(|u| u.language_code.as_deref()));
    let pointer = Msg::new(messages::GROUP_POINTER).text("bot", me.username().to_owned());
    let text = core.text(&lang, &pointer);
    core.send_window().reply().await;
    if let Err(e) = api.send_message(msg.chat.id, &OutMessage { text, buttons: Vec::new() }).await {
        tracing::warn!(error = %e, "could not answer in a group");
    }
    Ok(())
}

enum Turn {
    Done(Rendered),
    /// The update was handled before (Telegram delivered it again).
    Duplicate,
    /// Logged; the person gets an apology.
    Failed,
}

/// What the turn is told besides its input: the update's id, and the language of the sender's Telegram app.
fn arrival<'a>(seen: Seen, from: Option<&'a User>) -> Arrival<'a> {
    Arrival { update_id: Some(seen.id), client_language: from.and_then(|u| u.language_code.as_deref()) }
}

/// The language of what is said without a turn (a dead press's notice, an apology): the one chosen here, else
/// the app's. The turn itself also knows a participant's stored language.
fn language_outside_turn(core: &Core, state: &Conversation, arrival: Arrival<'_>) -> String {
    core.language_for(state.lang.as_deref(), None, arrival.client_language)
}

/// How long a turn may take before it is given up and the person gets an apology: far more than a turn needs
/// (each waits at most SQLite's 5 s busy timeout per statement; no figure for the slowest, /export, is measured).
/// Without a limit, a statement that is never answered would hold the writer and the chat for good.
const TURN_LIMIT: Duration = Duration::from_secs(60);

/// Runs the turn; a failure is logged with its cause and the person gets an apology instead.
async fn turn(core: &Core, user: UserId, state: Conversation, input: Input, arrival: Arrival<'_>) -> Turn {
    turn_within(TURN_LIMIT, core, user, state, input, arrival).await
}

/// A turn given up after `limit`: its transaction is rolled back and its state is not written, so the
/// conversation stays where the apology finds it.
async fn turn_within(
    limit: Duration,
    core: &Core,
    user: UserId,
    state: Conversation,
    input: Input,
    arrival: Arrival<'_>,
) -> Turn {
    let Ok(id) = i64::try_from(user.0) else { return Turn::Failed };
    let started = std::time::Instant::now();
    let outcome = tokio::time::timeout(limit, core.handle_update(id, state, input, arrival))
        .await
        .unwrap_or(Err(StorageError::TimedOut(limit)));
    core.monitor().turn(started.elapsed(), core.now());
    match outcome {
        Ok(Some(rendered)) => Turn::Done(rendered),
        Ok(None) => Turn::Duplicate,
        Err(e) => {
            log_turn_failure(&e);
            Turn::Failed
        }
    }
}

fn log_turn_failure(e: &StorageError) {
    tracing::error!(error = %e, "turn failed; the person was sent an apology");
}

fn apology(core: &Core, lang: &str) -> Rendered {
    Rendered {
        messages: vec![OutMessage { text: core.apology(lang), buttons: Vec::new() }],
        notice: None,
        files: Vec::new(),
    }
}

async fn answer_press(api: &Api, q: &CallbackQuery, notice: Option<String>) {
    let mut request = api.bot.answer_callback_query(q.id.clone());
    if let Some(text) = notice {
        request = request.text(text);
    }
    let _slot = api.slot().await;
    if let Err(e) = calls::within(CALL_LIMIT, request).await {
        tracing::warn!(error = %e, "could not answer a button press");
    }
}

/// Shows which button was pressed and removes the keyboard, so that the old question cannot be answered twice.
async fn mark_chosen(api: &Api, q: &CallbackQuery) {
    let Some(message) = q.regular_message() else {
        return;
    };
    let (Some(text), Some(data)) = (message.text(), q.data.as_deref()) else {
        return;
    };
    let label = message
        .reply_markup()
        .into_iter()
        .flat_map(|markup| markup.inline_keyboard.iter().flatten())
        .find(|b| matches!(&b.kind, InlineKeyboardButtonKind::CallbackData(d) if d == data))
        .map(|b| b.text.clone());
    let Some(label) = label else { return };
    let edited = format!("{text}\n\n→ {label}");
    let _slot = api.slot().await;
    let edit = async { delivered(api.bot.edit_message_text(message.chat.id, message.id, edited).await) };
    if let Err(e) = calls::within(CALL_LIMIT, edit).await {
        tracing::debug!(error = %e, "could not mark the chosen button");
    }
}

/// Sends the turn's messages, then its files. A part that cannot be sent is logged and the rest still go.
async fn send(api: &Api, core: &Core, chat: ChatId, rendered: Rendered) {
    for message in rendered.messages {
        if let Err(e) = send_reply(api, core, chat, &message).await {
            tracing::warn!(chat = chat.0, error = %e, "could not send a reply");
        }
    }
    for file in rendered.files {
        core.send_window().reply().await;
        let input = InputFile::memory(file.bytes).file_name(file.name);
        let _slot = api.slot().await;
        let sent = if file.photo {
            calls::within(calls::FILE_CALL_LIMIT, api.bot.send_photo(chat, input)).await.map(|_| ())
        } else {
            calls::within(calls::FILE_CALL_LIMIT, api.bot.send_document(chat, input)).await.map(|_| ())
        };
        if let Err(e) = sent {
            tracing::warn!(chat = chat.0, error = %e, "could not send a file");
        }
    }
}

/// Sends one reply through a bad minute of Telegram's: a 429 waits (and holds every other message back), a
/// server error is tried again with back-off, and a send that may have arrived is sent once more at most.
async fn send_reply(api: &Api, core: &Core, chat: ChatId, message: &OutMessage) -> Result<(), Failure> {
    let mut retry = calls::ReplyRetry::new();
    loop {
        core.send_window().reply().await;
        let Err(failure) = api.send_message(chat, message).await else { return Ok(()) };
        let Some(pause) = retry.after(&failure) else { return Err(failure) };
        match &failure {
            Failure::RetryAfter(wait) => {
                core.monitor().too_many_requests();
                core.send_window().throttled(*wait)
            }
            _ => {
                tracing::info!(chat = chat.0, error = %failure, "a reply did not go through; trying again");
                tokio::time::sleep(pause).await;
            }
        }
    }
}

/// What went wrong with a Bot API call, for logs and the outbox: never the answer's body, which teloxide keeps
/// in a JSON error and which, for a sent message or a batch of updates, holds people's texts.
fn failure(e: &RequestError) -> String {
    match e {
        RequestError::InvalidJson { source, raw } => {
            format!("an answer that is not valid JSON ({source}; {} bytes, not shown)", raw.len())
        }
        other => other.to_string(),
    }
}

/// Sends one rendered message, with its buttons as an inline keyboard.
pub async fn send_message(bot: &Bot, chat: ChatId, message: &OutMessage) -> Result<(), teloxide::RequestError> {
    send_as(bot, chat, message, false).await
}

/// [`send_message`], as a paid broadcast or not.
async fn send_as(bot: &Bot, chat: ChatId, message: &OutMessage, paid: bool) -> Result<(), teloxide::RequestError> {
    let mut request = bot.send_message(chat, message.text.clone()).allow_paid_broadcast(paid);
    if let Some(markup) = keyboard(message) {
        request = request.reply_markup(markup);
    }
    delivered(request.await)
}

/// Telegram's `ok` is delivery, even when the message it sends back does not read as teloxide expects (a field
/// of a newer Bot API): the bot never uses that message, and sending again would make a copy.
fn delivered<T>(answer: Result<T, RequestError>) -> Result<(), RequestError> {
    #[derive(serde::Deserialize)]
    struct Answer {
        ok: bool,
    }
    match answer {
        Ok(_) => Ok(()),
        Err(RequestError::InvalidJson { raw, .. }) if serde_json::from_str::<Answer>(&raw).is_ok_and(|a| a.ok) => {
            Ok(())
        }
        Err(e) => Err(e),
    }
}

fn keyboard(message: &OutMessage) -> Option<InlineKeyboardMarkup> {
    let buttons: Vec<InlineKeyboardButton> = message
        .buttons
        .iter()
        .filter_map(|b| Some(InlineKeyboardButton::callback(b.label.clone(), callback::encode(&b.action).ok()?)))
        .collect();
    if buttons.is_empty() {
        return None;
    }
    let short = message.buttons.iter().all(|b| b.label.chars().count() <= SHORT_LABEL);
    let per_row = if short { 2 } else { 1 };
    Some(InlineKeyboardMarkup::new(buttons.chunks(per_row).map(<[InlineKeyboardButton]>::to_vec)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clock::SystemClock;
    use crate::config::Settings;
    use crate::service::CoreOptions;

    /// A core with the default settings, on a database file of its own in
    /// `dir`.
    async fn core_in(dir: &std::path::Path) -> Core {
        let database = format!("sqlite://{}", dir.join("bot.db").display());
        let dialogues = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("dialogues");
        let settings = Settings::from_lookup(|name| match name {
            "DATABASE_URL" => Some(database.clone()),
            "DIALOGUES_DIR" => Some(dialogues.display().to_string()),
            _ => None,
        })
        .expect("the settings");
        Core::start(CoreOptions::from(&settings), Arc::new(SystemClock)).await.expect("the core starts")
    }

    #[tokio::test]
    async fn a_turn_past_its_time_limit_fails_and_leaves_the_conversation_where_it_was() {
        let dir = tempfile::tempdir().expect("a temporary directory");
        let core = core_in(dir.path()).await;
        let start = || Input::Command(Command::Start(None));
        // Held as by a long transaction: the turn's state waits to be written past its limit.
        let writer = core.pool().acquire().await.expect("the writer");
        let update = |id| Arrival { update_id: Some(id), client_language: Some("en") };
        let given_up =
            turn_within(Duration::from_millis(200), &core, UserId(7), Conversation::default(), start(), update(1));
        assert!(matches!(given_up.await, Turn::Failed), "the person gets the apology");
        drop(writer);
        let stored = crate::storage::conversations::load(core.pool(), 7).await.expect("read");
        assert_eq!(stored, None, "nothing of the turn given up was written");

        let answered = turn(&core, UserId(7), Conversation::default(), start(), update(2)).await;
        assert!(matches!(answered, Turn::Done(r) if !r.messages.is_empty()), "the next turn is answered");
        let stored = crate::storage::conversations::load(core.pool(), 7).await.expect("read");
        assert_eq!(stored.and_then(|c| c.last_update), Some(2));
        core.close().await;
    }
}
