//! `serve`: the update loop (teloxide's long polling) with the delivery worker, and as configured the health
//! and metrics server, scheduled backups and the retention, beside it; stopped by SIGINT or SIGTERM, or by the
//! database file going away.

use std::sync::Arc;
use std::time::Duration;

use teloxide::RequestError;
use teloxide::dispatching::DefaultKey;
use teloxide::prelude::*;
use teloxide::types::Me;

use super::{HandlerError, PaidBroadcast, dispatcher, failure, set_command_menu};
use crate::delivery::{Worker, WorkerOptions};
use crate::monitor::Monitor;
use crate::service::Core;
use crate::storage::{FileGuard, StorageError};

/// What runs beside the update loop, as configured.
pub struct ServeOptions {
    pub delivery: WorkerOptions,
    /// The database file as opened: if it is deleted or replaced while the bot runs, the bot stops with an error
    /// rather than write on into a file nobody can open again.
    pub database: Option<FileGuard>,
    /// Where `/healthz` and `/metrics` are served (HTTP_ADDR).
    pub http: Option<std::net::SocketAddr>,
    pub backups: Option<crate::backups::BackupOptions>,
    /// RETENTION, in days.
    pub retention_days: u32,
}

/// Runs the bot with long polling, the delivery worker, and (as configured) the health and metrics server and
/// scheduled backups beside it, until SIGINT or SIGTERM; then finishes the updates in hand and the messages in
/// flight.
pub async fn serve(bot: Bot, core: Arc<Core>, options: ServeOptions) -> Result<(), ServeError> {
    let me = bot.get_me().await?;
    record_username(&core, &me).await;
    core.set_bot_username(me.username());
    set_command_menu(&bot, &core).await?;
    let (stop_worker, stopped) = tokio::sync::watch::channel(false);
    if let Some(addr) = options.http {
        let (monitor, db) = (core.monitor().clone(), core.db().clone());
        let bound = crate::monitor::http::serve(addr, monitor, db, stopped.clone())
            .await
            .map_err(|e| ServeError::Http(addr, e))?;
        tracing::info!(%bound, "serving /healthz and /metrics");
    }
    let (writer, clock) = (core.db().write().clone(), core.clock());
    tokio::spawn(crate::retention::run(writer, options.retention_days, clock, stopped.clone()));
    if let Some(backups) = options.backups {
        let (db, clock, monitor) = (core.db().clone(), core.clock(), core.monitor().clone());
        tokio::spawn(crate::backups::run(db, backups, clock, monitor, stopped.clone()));
    }
    let worker = if options.delivery.paid_broadcast {
        tokio::spawn(Worker::new(core.delivery(), PaidBroadcast(bot.clone()), options.delivery).run(stopped))
    } else {
        tokio::spawn(Worker::new(core.delivery(), bot.clone(), options.delivery).run(stopped))
    };
    let monitor = core.monitor().clone();
    let mut dispatcher = dispatcher(bot.clone(), core);
    let lost = Arc::new(std::sync::OnceLock::new());
    tokio::spawn(stop_when_asked(dispatcher.shutdown_token(), stop_worker, options.database, lost.clone()));
    tracing::info!(bot = %me.username(), "bot started, polling for updates");
    poll(&mut dispatcher, bot, &monitor).await;
    if let Err(e) = worker.await {
        tracing::error!(error = %e, "the delivery worker ended abnormally");
    }
    match lost.get() {
        Some(why) => Err(ServeError::DatabaseGone(why.clone())),
        None => Ok(()),
    }
}

/// Waits for SIGINT or SIGTERM, or for the database file to go (recorded in `lost`); then stops the worker and
/// the dispatcher.
async fn stop_when_asked(
    shutdown: teloxide::dispatching::ShutdownToken,
    stop_worker: tokio::sync::watch::Sender<bool>,
    database: Option<FileGuard>,
    lost: Arc<std::sync::OnceLock<String>>,
) {
    tokio::select! {
        () = wait_for_stop_signal() => tracing::info!("stopping: finishing the updates in hand"),
        why = watch_database(database) => {
            tracing::error!(problem = %why, "stopping: the database is gone");
            let _ = lost.set(why);
        }
    }
    let _ = stop_worker.send(true);
    // A signal can come before the dispatcher runs (it refuses to stop while idle): ask until it takes it.
    loop {
        match shutdown.shutdown() {
            Ok(done) => return done.await,
            Err(_) => tokio::time::sleep(Duration::from_millis(50)).await,
        }
    }
}

/// Resolves, with what happened, when the database file is deleted or replaced; never for one in memory.
async fn watch_database(database: Option<FileGuard>) -> String {
    let Some(guard) = database else { return std::future::pending().await };
    loop {
        tokio::time::sleep(DATABASE_CHECK).await;
        if let Err(why) = guard.check() {
            return why;
        }
    }
}

/// How often `serve` looks at its database file.
const DATABASE_CHECK: Duration = Duration::from_secs(2);

#[derive(Debug, thiserror::Error)]
pub enum ServeError {
    #[error("cannot reach the Telegram Bot API: {0}")]
    Telegram(#[from] teloxide::RequestError),
    #[error(transparent)]
    Storage(#[from] StorageError),
    #[error("{0}: restore it from a backup, or start on a new one")]
    DatabaseGone(String),
    #[error("HTTP_ADDR {0}: {1}")]
    Http(std::net::SocketAddr, std::io::Error),
}

/// Long polling into `dispatcher` until it is shut down. A failed poll is logged without the answer's body
/// (a batch of updates holds people's messages) and polling backs off.
pub async fn poll(dispatcher: &mut Dispatcher<Bot, HandlerError, DefaultKey>, bot: Bot, monitor: &Arc<Monitor>) {
    // teloxide's default long polling (10 s per request, the webhook removed first), telling the monitor of
    // failed polls through its back-off, which learns of each failure and how many came in a row.
    let watched = monitor.clone();
    let listener = teloxide::update_listeners::Polling::builder(bot)
        .timeout(Duration::from_secs(10))
        .delete_webhook()
        .await
        .backoff_strategy(move |in_a_row| {
            watched.poll_failed(in_a_row);
            teloxide::backoff::exponential_backoff_strategy(in_a_row)
        })
        .build();
    let told = monitor.clone();
    let errors = Arc::new(move |error: RequestError| {
        let why = failure(&error).to_string();
        told.poll_error(why.clone());
        async move { tracing::error!(error = %why, "error while polling for updates") }
    });
    monitor.polling(true);
    dispatcher.dispatch_with_listener(listener, errors).await;
    monitor.polling(false);
}

async fn wait_for_stop_signal() {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        match signal(SignalKind::terminate()) {
            Ok(mut term) => {
                tokio::select! {
                    _ = tokio::signal::ctrl_c() => {}
                    _ = term.recv() => {}
                }
            }
            Err(_) => {
                let _ = tokio::signal::ctrl_c().await;
            }
        }
    }
    #[cfg(not(unix))]
    {
        let _ = tokio::signal::ctrl_c().await;
    }
}

async fn record_username(core: &Core, me: &Me) {
    let result = crate::storage::facts::set(core.pool(), crate::storage::facts::BOT_USERNAME, me.username()).await;
    if let Err(e) = result {
        tracing::warn!(error = %e, "could not record the bot's username");
    }
}
