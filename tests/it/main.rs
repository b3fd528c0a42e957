//! Every integration test in one binary, a module per area over the shared `support/`: one link of teloxide,
//! sqlx, plotters and the XLSX writer instead of one per file. `cargo test --test it hostile::` runs one area.

#[path = "../support/mod.rs"]
mod support;

mod broadcasts;
mod check_dialogues;
mod cli;
mod cohorts;
mod crash;
mod engine;
mod faults;
mod guardians;
mod hostile;
mod operations;
mod people;
mod privacy;
mod recommendations;
mod serve;
mod sessions;
mod spreadsheets;
mod storage;
mod summit;
mod surveys;
mod telegram;
mod transcripts;
mod upcoming;
