//! Helpers shared by the integration tests. All names are obviously fictional.

#![allow(dead_code)]

pub mod access;
pub mod display;
pub mod screen;
pub mod tree;

use std::path::Path;
use std::process::{Command, Output};

use consent_kiosk::consent::{
    ConsentDraft, ConsentId, Destination, LegalOption, MIGRANT, PageShown, ReferenceCode,
    Signature, SignatureKind, Timestamp,
};
use consent_kiosk::demo::STATEMENTS;
use consent_kiosk::store::{PageFormat, StorePaths};
use time::macros::datetime;

/// A fixed moment for tests.
pub const T0: Timestamp = datetime!(2026-03-02 09:00 UTC);

/// A fictional name that must never show up in the database bytes.
pub const FICTIONAL_NAME: &str = "Zebediah Testperson-Quxley";

/// Where a screenshot writer puts its pictures: `docs/screenshots/<part>` when
/// `UPDATE_SCREENSHOTS=1`, otherwise `target/screenshots/docs-<part>`. Every
/// picture is rendered either way (so a render error fails the test), but the
/// documentation changes only when asked.
pub fn screenshot_folder(part: &str) -> std::path::PathBuf {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    if std::env::var_os("UPDATE_SCREENSHOTS").is_some_and(|v| v == "1") {
        root.join("docs/screenshots").join(part)
    } else {
        root.join("target/screenshots").join(format!("docs-{part}"))
    }
}

/// A draft an adult has completed and signed with a typed name, ready to sign.
pub fn signed_draft(seed: u8) -> ConsentDraft {
    let mut draft = ConsentDraft::new(
        ConsentId::from_random([seed; 16]),
        ReferenceCode::from_random(u64::from(seed) * 104_729 + 17),
        "ar",
        "content-test",
        &STATEMENTS,
    );
    draft.record_page(PageShown::Overview, "كل خياراتك القانونية");
    draft.record_page(
        PageShown::Option(LegalOption::VoluntaryReturn),
        "العودة الطوعية",
    );
    draft.record_page(PageShown::Country("GE".into()), "Georgia");
    draft.choose(
        LegalOption::VoluntaryReturn,
        Some(Destination::country("GE")),
    );
    for (key, _) in STATEMENTS {
        draft.answer(key, true);
    }
    draft.answer_comprehension("change-mind", "yes", true);
    draft.comprehension_done = true;
    draft.add_signature(Signature {
        signer: MIGRANT,
        kind: SignatureKind::Typed {
            name: FICTIONAL_NAME.into(),
        },
        signed_at: T0,
    });
    draft
}

/// A child's consent (with a guardian) in the household `household`.
pub fn household_childs_draft(seed: u8, household: &str) -> ConsentDraft {
    let mut draft = childs_draft(seed);
    draft.subject.household_reference = Some(household.into());
    draft
}

/// A child's consent, signed by a guardian too, the child agreeing, with a
/// best-interests reference, not unaccompanied.
pub fn childs_draft(seed: u8) -> ConsentDraft {
    use consent_kiosk::consent::{ChildView, Role};
    let mut draft = signed_draft(seed);
    draft.subject.minor = true;
    let guardian = draft.add_party(Role::Guardian, Some("Test Guardian"), None);
    draft.add_signature(Signature {
        signer: guardian,
        kind: SignatureKind::Typed {
            name: "Test Guardian".into(),
        },
        signed_at: T0,
    });
    draft.subject.child_view = Some(ChildView::Assent {
        words: "I go with my mother".into(),
    });
    draft.subject.best_interests_reference = Some("BID-7".into());
    draft.subject.unaccompanied = Some(false);
    draft
}

/// A confirmation interview that confirms, with nothing of concern found.
pub fn confirmed_interview() -> consent_kiosk::consent::ConfirmationInterview {
    use consent_kiosk::consent::{
        ConfirmationInterview, FearOfHarm, FitnessToTravel, InterviewOutcome, LegalAdvice,
        ProtectionSigns,
    };
    ConfirmationInterview {
        interpreter: None,
        others_present: Vec::new(),
        fear_of_harm: FearOfHarm::NoneExpressed,
        trafficking_or_violence: ProtectionSigns::NoneSeen,
        fitness_to_travel: FitnessToTravel::Fit,
        legal_advice: LegalAdvice::Declined,
        detained: false,
        person_confirmed: true,
        outcome: InterviewOutcome::Confirmed,
    }
}

/// Runs the real binary with `--data-dir dir` and the given arguments.
pub fn run_cli(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_consent-kiosk"))
        .arg("--data-dir")
        .arg(dir)
        .args(args)
        .env_remove("CONSENT_KIOSK_DB_KEY")
        .output()
        .expect("the binary runs")
}

/// Standard output and error of a run, as text.
pub fn text(output: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    )
}

/// Copies a folder tree (content and locales trees in tests).
pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("mkdir");
    for entry in std::fs::read_dir(from).expect("read dir") {
        let path = entry.expect("entry").path();
        let target = to.join(path.file_name().expect("name"));
        if path.is_dir() {
            copy_dir(&path, &target);
        } else {
            std::fs::copy(&path, &target).expect("copy");
        }
    }
}

/// The store's database opened as someone holding its key would: raw SQL, no store
/// code, keyed in `format`. SQLCipher's own log is silenced, so a format that does
/// not fit the file shows only as a failed read.
pub fn raw_connection(paths: &StorePaths, format: PageFormat) -> rusqlite::Connection {
    let key = std::fs::read_to_string(paths.database_key()).expect("key");
    let conn = rusqlite::Connection::open(paths.database()).expect("open");
    conn.execute_batch(&format!(
        "PRAGMA cipher_log_level = NONE; PRAGMA key = \"x'{}'\"; PRAGMA cipher_log_level = NONE; {}",
        key.trim(),
        format.pragmas()
    ))
    .expect("key");
    conn
}
