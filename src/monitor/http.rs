//! `GET /healthz` and `GET /metrics` on HTTP_ADDR, for a load balancer, systemd's watchdog scripts or
//! Prometheus. Nothing else is served, and nothing here changes anything.

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::IntoResponse;
use axum::routing::get;

use super::Monitor;
use crate::storage::{Db, outbox};

/// How long the database may take to answer a health check.
const DATABASE_CHECK: Duration = Duration::from_secs(2);

#[derive(Clone)]
struct Watched {
    monitor: Arc<Monitor>,
    db: Db,
}

/// Binds `addr` (so that a port in use is an error at start) and serves until `stop` turns true. Returns the
/// address bound (port 0 asks for any free port).
pub async fn serve(
    addr: SocketAddr,
    monitor: Arc<Monitor>,
    db: Db,
    mut stop: tokio::sync::watch::Receiver<bool>,
) -> std::io::Result<SocketAddr> {
    let listener = tokio::net::TcpListener::bind(addr).await?;
    let bound = listener.local_addr()?;
    let app = Router::new()
        .route("/healthz", get(healthz))
        .route("/metrics", get(metrics))
        .with_state(Watched { monitor, db });
    let server = axum::serve(listener, app).with_graceful_shutdown(async move {
        let _ = stop.wait_for(|stopping| *stopping).await;
    });
    tokio::spawn(async move {
        if let Err(e) = server.await {
            tracing::error!(error = %e, "the HTTP server stopped");
        }
    });
    Ok(bound)
}

/// 200 "ok" when all is well, else 503 with one problem per line.
async fn healthz(State(watched): State<Watched>) -> impl IntoResponse {
    let mut problems = Vec::new();
    let answered = tokio::time::timeout(DATABASE_CHECK, sqlx::query("SELECT 1").execute(watched.db.read())).await;
    match answered {
        Ok(Ok(_)) => {}
        Ok(Err(e)) => problems.push(format!("the database does not answer: {e}")),
        Err(_) => problems.push(format!("the database has not answered in {} s", DATABASE_CHECK.as_secs())),
    }
    problems.extend(watched.monitor.problems());
    if problems.is_empty() {
        (StatusCode::OK, "ok\n".to_owned())
    } else {
        (StatusCode::SERVICE_UNAVAILABLE, problems.join("\n") + "\n")
    }
}

async fn metrics(State(watched): State<Watched>) -> impl IntoResponse {
    let outbox = outbox::waiting_by_kind(watched.db.read()).await.unwrap_or_else(|e| {
        tracing::warn!(error = %e, "metrics: the outbox could not be counted");
        Vec::new()
    });
    let content_type = "application/openmetrics-text; version=1.0.0; charset=utf-8";
    ([(header::CONTENT_TYPE, content_type)], watched.monitor.metrics(&outbox))
}
