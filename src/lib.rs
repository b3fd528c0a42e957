//! Active Citizens bot: registers young participants of the Active Citizens programme in the Western Balkans,
//! and (as the project grows) reminds them of sessions, collects feedback and gathers their recommendations
//! for the Western Balkans Summit.
//!
//! Layers, outermost first: transports ([`telegram`], [`simulate`]) → [`service`] → the engine
//! ([`conversation`]), [`storage`] and [`domain`]. The engine sees no Telegram type and no database.

pub mod backups;
pub mod cli;
pub mod clock;
pub mod config;
pub mod conversation;
pub mod delivery;
pub mod domain;
pub mod i18n;
pub mod monitor;
pub mod reports;
pub mod retention;
pub mod scheduling;
pub mod service;
pub mod simulate;
pub mod source;
pub mod storage;
pub mod telegram;
pub mod telemetry;
