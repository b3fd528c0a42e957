//! What the engine's unit tests share: the project's own dialogues, and one input handled with given roles.

use std::path::Path;

use crate::conversation::{Context, Conversation, Dialogues, Engine, Input, Outcome};
use crate::domain::{Role, RoleGrant};

pub const ORGANISER: [RoleGrant; 1] = [RoleGrant { role: Role::Organiser, cohort: None }];

pub fn engine() -> Engine {
    let d = Dialogues::load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("dialogues")).expect("valid");
    Engine::new(d.registration, d.languages, d.surveys, d.themes)
}

/// `input` from user 60, who holds `grants`, at a fixed moment.
pub fn turn(engine: &Engine, conv: &mut Conversation, grants: &[RoleGrant], input: Input) -> Outcome {
    let ctx = Context {
        user: 60,
        now: chrono::DateTime::from_timestamp(1_800_000_000, 0).unwrap_or_default(),
        current_year: 2027,
        participant: None,
        grants,
        timezone: chrono_tz::Europe::Belgrade,
        random: 1,
        secret: 1,
        bot_username: None,
        language: "en",
    };
    engine.handle(&ctx, conv, input)
}
