//! The terminal transport: the same engine, service and storage as Telegram, with standard input and output.
//! Buttons are shown numbered and picked by typing the number; `!sticker` (or any `!word`) stands for a
//! message that is not text. Works interactively and from a pipe or file, and stops at end of input.
//!
//! With [`Simulator::with_delivery`], what the delivery worker would send the person played (announcements,
//! reminders, survey invitations, delivery reports) is shown after their turn, and while they think; what it
//! would send anyone else stays in the outbox until they are played.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::io::{AsyncBufRead, AsyncBufReadExt, AsyncWrite, AsyncWriteExt};

use crate::conversation::render::{Button, OutMessage, Rendered};
use crate::conversation::{Input, parse_command};
use crate::delivery::{SendError, Sender, Worker, WorkerOptions};
use crate::domain::TelegramId;
use crate::service::Core;
use crate::storage::StorageError;

/// How often the outbox is looked at while nobody types.
const IDLE_DELIVERY: Duration = Duration::from_secs(2);
/// Delivery rounds after a turn, at most: a round that finishes a broadcast queues its report for the next.
const ROUNDS_AFTER_TURN: usize = 4;

pub const HELP: &str = "Active Citizens bot simulator. Type /start to begin. Numbers pick buttons; \
     !sticker sends a sticker; Ctrl-D quits.";

pub struct Simulator {
    core: Arc<Core>,
    user: TelegramId,
    /// The buttons of the last message, for numbered answers.
    buttons: Vec<Button>,
    delivery: Option<Delivery>,
}

/// The delivery worker, sending to the terminal.
struct Delivery {
    worker: Worker<Inbox>,
    inbox: Inbox,
}

/// What the worker sent the person played, not shown yet.
#[derive(Clone, Default)]
struct Inbox(Arc<Mutex<Vec<OutMessage>>>);

impl Inbox {
    fn take(&self) -> Vec<OutMessage> {
        std::mem::take(&mut *self.0.lock().unwrap_or_else(|poisoned| poisoned.into_inner()))
    }
}

impl Sender for Inbox {
    async fn send(&self, _chat: TelegramId, message: &OutMessage) -> Result<(), SendError> {
        self.0.lock().unwrap_or_else(|poisoned| poisoned.into_inner()).push(message.clone());
        Ok(())
    }
}

impl Simulator {
    /// Conversation only: nothing is delivered.
    pub fn new(core: Arc<Core>, user: TelegramId) -> Self {
        Self { core, user, buttons: Vec::new(), delivery: None }
    }

    /// Also delivers, as `serve` would, what is due for the person played.
    pub fn with_delivery(self, options: WorkerOptions) -> Self {
        let inbox = Inbox::default();
        let worker = Worker::new(self.core.delivery(), inbox.clone(), options).only_to(self.user);
        Self { delivery: Some(Delivery { worker, inbox }), ..self }
    }

    /// Handles one typed line and returns what the bot answers, formatted for the terminal.
    pub async fn line(&mut self, line: &str) -> Result<String, StorageError> {
        let input = self.input(line);
        self.turn(input).await
    }

    /// The question left open by the last run, if any, asked again: the terminal, unlike a Telegram chat, does
    /// not still show it, and its numbered buttons would otherwise read as text.
    pub async fn resume(&mut self) -> Result<String, StorageError> {
        self.turn(Input::Resume).await
    }

    async fn turn(&mut self, input: Input) -> Result<String, StorageError> {
        let conv = self.core.conversation(self.user).await?;
        let rendered = self.core.handle(self.user, conv, input).await?;
        let mut out = self.show(rendered);
        out.push_str(&self.deliver(ROUNDS_AFTER_TURN).await);
        Ok(out)
    }

    /// Runs up to `rounds` delivery rounds, until one finds nothing due, and shows what they sent.
    /// A round that fails (the database busy, say) is logged and left for the next look, as `serve`'s worker
    /// does: the turn's answer is shown all the same, and the session goes on.
    async fn deliver(&mut self, rounds: usize) -> String {
        let Some(delivery) = &self.delivery else {
            return String::new();
        };
        for _ in 0..rounds {
            match delivery.worker.tick().await {
                Ok(0) => break,
                Ok(_) => {}
                Err(e) => {
                    tracing::warn!(error = %e, "delivery failed; trying again shortly");
                    break;
                }
            }
        }
        let messages = delivery.inbox.take();
        if messages.is_empty() {
            return String::new();
        }
        // The numbers pick the buttons of the last message that has some: an announcement after a reminder, or
        // during a question, leaves theirs usable, as in a chat.
        let buttons = messages.iter().rev().find(|m| !m.buttons.is_empty()).map(|m| m.buttons.clone());
        let buttons = buttons.unwrap_or_else(|| self.buttons.clone());
        let out = self.show(Rendered { messages, ..Rendered::default() });
        self.buttons = buttons;
        out
    }

    fn input(&self, line: &str) -> Input {
        let trimmed = line.trim();
        if trimmed.starts_with('!') && trimmed.len() > 1 {
            return Input::NonText;
        }
        if let Ok(n) = trimmed.parse::<usize>()
            && let Some(button) = n.checked_sub(1).and_then(|i| self.buttons.get(i))
        {
            return Input::from(&button.action);
        }
        parse_command(line)
    }

    fn show(&mut self, rendered: Rendered) -> String {
        let mut out = String::new();
        if let Some(notice) = rendered.notice {
            out.push_str(&format!("bot (notice)> {notice}\n"));
        }
        for message in rendered.messages {
            for (i, line) in message.text.lines().enumerate() {
                let prefix = if i == 0 { "bot> " } else { "     " };
                out.push_str(if line.is_empty() { prefix.trim_end() } else { prefix });
                out.push_str(line);
                out.push('\n');
            }
            for (i, button) in message.buttons.iter().enumerate() {
                out.push_str(&format!("     [{}] {}\n", i + 1, button.label));
            }
            self.buttons = message.buttons;
        }
        for file in rendered.files {
            let kind = if file.photo { "photo" } else { "document" };
            out.push_str(&format!("bot ({kind})> {} ({} bytes)\n", file.name, file.bytes.len()));
        }
        out
    }
}

/// Asks again the question left open, if any, then reads lines until end of input. With `echo`, each input line
/// is written too (`you> ...`), so that a piped session reads as a transcript.
pub async fn run<R, W>(mut sim: Simulator, input: R, mut output: W, echo: bool) -> Result<(), SimulateError>
where
    R: AsyncBufRead + Unpin,
    W: AsyncWrite + Unpin,
{
    let open = sim.resume().await?;
    output.write_all(open.as_bytes()).await?;
    output.flush().await?;
    let mut lines = input.lines();
    loop {
        let line = tokio::select! {
            line = lines.next_line() => line?,
            () = tokio::time::sleep(IDLE_DELIVERY) => {
                let delivered = sim.deliver(1).await;
                output.write_all(delivered.as_bytes()).await?;
                output.flush().await?;
                continue;
            }
        };
        let Some(line) = line else { break };
        if line.trim().is_empty() {
            continue;
        }
        if echo {
            output.write_all(format!("you> {line}\n").as_bytes()).await?;
        }
        let answer = sim.line(&line).await?;
        output.write_all(answer.as_bytes()).await?;
        output.flush().await?;
    }
    Ok(())
}

#[derive(Debug, thiserror::Error)]
pub enum SimulateError {
    #[error("terminal: {0}")]
    Io(#[from] std::io::Error),
    #[error(transparent)]
    Storage(#[from] StorageError),
}
