//! The binary run as an organiser runs it: in a fresh directory with its own database, nothing inherited from
//! the environment.

use std::process::{Command, Output};

pub struct Cli {
    dir: tempfile::TempDir,
}

impl Cli {
    pub fn new() -> Self {
        Self { dir: tempfile::tempdir().expect("a temporary directory") }
    }

    pub fn command(&self, args: &[&str]) -> Command {
        let mut command = Command::new(env!("CARGO_BIN_EXE_active-citizens-bot"));
        command
            .args(args)
            .current_dir(self.dir.path())
            .env_clear()
            .env("DATABASE_URL", format!("sqlite://{}", self.dir.path().join("bot.db").display()))
            .env("RUST_LOG", "warn");
        command
    }

    pub fn run(&self, args: &[&str]) -> Output {
        self.command(args).output().expect("the binary runs")
    }

    pub fn run_with(&self, args: &[&str], env: &[(&str, &str)]) -> Output {
        let mut command = self.command(args);
        command.envs(env.iter().copied());
        command.output().expect("the binary runs")
    }

    /// `simulate --user USER` with `input` typed in and the environment `env`; what the bot said.
    pub fn simulate(&self, user: &str, env: &[(&str, &str)], input: &str) -> String {
        let mut sim = self
            .command(&["simulate", "--user", user])
            .envs(env.iter().copied())
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .spawn()
            .expect("the binary runs");
        let mut stdin = sim.stdin.take().expect("its input");
        std::io::Write::write_all(&mut stdin, input.as_bytes()).expect("input written");
        drop(stdin);
        let done = sim.wait_with_output().expect("it ends");
        assert!(done.status.success(), "{}", stderr(&done));
        stdout(&done)
    }

    pub fn path(&self, name: &str) -> std::path::PathBuf {
        self.dir.path().join(name)
    }
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}
