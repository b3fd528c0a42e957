//! A cohort's printable poster from the command line: a QR code of its link at least 1,000 pixels wide, with
//! the cohort's name and the link written under it.

use crate::support::cli::{Cli, stderr};

#[test]
fn a_cohort_poster_is_a_large_scannable_code_with_its_name_and_link() {
    let cli = Cli::new();
    let env = [("BOT_USERNAME", "ActiveCitizensBot")];
    assert!(cli.run_with(&["cohorts", "add", "TIRANA-2026", "--name", "Tirana 2026"], &env).status.success());
    let out = cli.path("tirana.png");
    let made = cli.run_with(&["cohorts", "qr", "TIRANA-2026", "--out", out.to_str().unwrap()], &env);
    assert!(made.status.success(), "{}", stderr(&made));
    let bytes = std::fs::read(&out).expect("the poster");
    let info = png::Decoder::new(std::io::Cursor::new(&bytes)).read_info().expect("a PNG").info().clone();
    assert!(info.width >= 1000 && info.height > info.width, "{}×{}: text under the code", info.width, info.height);
    assert_eq!(crate::support::scan_qr(&bytes), "https://t.me/ActiveCitizensBot?start=TIRANA-2026");

    let again = cli.run_with(&["cohorts", "qr", "TIRANA-2026", "--out", out.to_str().unwrap()], &env);
    assert!(stderr(&again).contains("the file exists already"), "{}", stderr(&again));
    let unknown = cli.run_with(&["cohorts", "qr", "SKOPJE-2026", "--out", cli.path("s.png").to_str().unwrap()], &env);
    assert!(stderr(&unknown).contains("no cohort has the code SKOPJE-2026"), "{}", stderr(&unknown));
    let no_name = cli.run(&["cohorts", "qr", "TIRANA-2026", "--out", cli.path("n.png").to_str().unwrap()]);
    assert!(stderr(&no_name).contains("needs the bot's username"), "{}", stderr(&no_name));
}
