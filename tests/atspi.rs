//! The real window driven through AT-SPI, as a blind person's screen reader or a
//! switch user's tool drives it: on an Xvfb display, with a private D-Bus session
//! and AT-SPI bus started here, by `tests/atspi/driver.py` (python3 with
//! `gi.repository.Atspi`). From the language to the receipt, signing with a typed
//! name set through EditableText, then withdrawing with the code on the keypad:
//! only accessible actions and values, never a synthetic click.
//!
//! Needs Xvfb, dbus-daemon, at-spi2-core, python3-gi and gir1.2-atspi-2.0
//! (`scripts/test` installs them); without them the test fails and says which.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

mod common;

use common::display::Display;

use std::path::Path;
use std::process::{Command, Stdio};

use consent_kiosk::consent::{ConsentState, ReferenceCode, SignatureKind};
use consent_kiosk::content::Content;
use consent_kiosk::i18n::Catalog;
use consent_kiosk::store::{Access, Store, StorePaths};
use serde_json::{Value, json};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The system's python3, which has the `gi` bindings (a python from pyenv or a
/// virtual environment may not).
const PYTHON: &str = "/usr/bin/python3";

/// The words of one language, as a screen reader gets them.
struct Words {
    catalog: Catalog,
    chain: consent_kiosk::i18n::LocaleChain,
}

impl Words {
    fn new(catalog: Catalog, tag: &str) -> Self {
        let chain = catalog.chain(tag, "fr");
        Self { catalog, chain }
    }

    fn t(&self, id: &str) -> String {
        common::screen::plain(&self.catalog.text(&self.chain, id, None).text)
    }
}

fn press(name: &str) -> Value {
    json!({ "press": name, "then": "page" })
}

fn press_same(name: &str) -> Value {
    json!({ "press": name, "then": "same" })
}

/// Language → welcome → age → overview → voluntary return → Georgia → items →
/// questions → review → sign with a typed name → receipt; then the code on the
/// keypad → confirm → withdrawn.
fn plan(tag: &str, native_name: &str, typed_name: &str) -> Vec<Value> {
    let catalog = Catalog::load(&root().join("locales")).expect("locales");
    let content = Content::load(&root().join("content"), &catalog).expect("content");
    let w = Words::new(catalog, tag);
    let mut steps = vec![
        press(native_name),
        press(&w.t("welcome-start")),
        press(&w.t("age-yes")),
        press(&format!(
            "{}: {}",
            w.t("overview-open-option"),
            w.t("option-voluntary-return-title")
        )),
        // The page comes in short parts: "Next" until its way on shows.
        json!({ "press_until": w.t("nav-next"), "until": w.t("country-choose") }),
        press(&w.t("country-choose")),
        json!({ "press": w.t("country-ge-name"), "contains": true, "then": "page" }),
        press(&w.t("action-choose-this-country")),
    ];
    // One item a screen: the answer, then the way on.
    for statement in &content.statements {
        steps.push(press_same(&format!(
            "{}: {}",
            w.t("item-yes"),
            w.t(&statement.title)
        )));
        steps.push(press(&w.t("action-continue")));
    }
    for question in &content.questions {
        let right = question
            .answers
            .iter()
            .find(|a| a.correct)
            .expect("a right answer");
        steps.push(press(&format!(
            "{}: {}",
            w.t(&right.text),
            w.t(&question.text)
        )));
    }
    steps.push(press(&w.t("action-continue-to-signing")));
    // One way of signing at a time: typing, chosen first.
    steps.push(press_same(&w.t("sign-type")));
    steps.push(json!({ "set_text": w.t("sign-type"), "value": typed_name }));
    steps.push(press(&w.t("sign-confirm")));
    steps.push(json!({ "read_code": true }));
    steps.push(press(&w.t("action-finished")));
    steps.push(press(native_name));
    steps.push(press(&w.t("start-withdraw")));
    steps.push(json!({ "keypad_code": true }));
    steps.push(json!({ "expect_text": w.t("withdraw-enter-code"), "value": "$code" }));
    steps.push(press(&w.t("action-continue")));
    steps.push(press(&w.t("withdraw-confirm")));
    steps.push(json!({ "read_code": true }));
    steps
}

/// Runs the whole flow in `tag` and checks the store: one consent, withdrawn.
fn flow(tag: &str, native_name: &str, typed_name: &str) {
    // One walk at a time: two kiosks starting together on two shared cores made
    // the walks slow enough to reach the driver's timeout.
    static ONE_AT_A_TIME: std::sync::Mutex<()> = std::sync::Mutex::new(());
    let _turn = ONE_AT_A_TIME
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    let dir = tempfile::tempdir().expect("temp dir");
    let data = dir.path().join("data");
    let init = common::run_cli(&data, &["init"]);
    assert!(init.status.success(), "{}", common::text(&init));
    let plan_path = dir.path().join("plan.json");
    std::fs::write(
        &plan_path,
        serde_json::to_string(&plan(tag, native_name, typed_name)).expect("json"),
    )
    .expect("plan written");

    let display = Display::start("1280x1024x24");
    let started = std::time::Instant::now();
    let output = Command::new("dbus-run-session")
        .arg("--")
        .arg(PYTHON)
        .arg(root().join("tests/atspi/driver.py"))
        .arg(&plan_path)
        .arg("--")
        .arg(env!("CARGO_BIN_EXE_consent-kiosk"))
        .arg("--data-dir")
        .arg(&data)
        .env("DISPLAY", &display.name)
        .env_remove("WAYLAND_DISPLAY")
        .env_remove("CONSENT_KIOSK_DB_KEY")
        .env_remove("CONSENT_KIOSK_FULLSCREEN")
        // No desktop settings daemon to ask, and no stray accessibility bus of
        // the machine's own session.
        .env_remove("AT_SPI_BUS_ADDRESS")
        .env("GSETTINGS_BACKEND", "memory")
        .stdin(Stdio::null())
        .output()
        .expect("dbus-run-session runs (package dbus; scripts/test installs it)");
    drop(display);
    let said = common::text(&output);
    assert!(
        output.status.success(),
        "the AT-SPI walk in {tag} failed after {:?}:\n{said}",
        started.elapsed()
    );
    let codes: Vec<&str> = said
        .lines()
        .filter_map(|line| line.strip_prefix("code="))
        .collect();
    assert_eq!(
        codes.len(),
        2,
        "a receipt and a withdrawal receipt:\n{said}"
    );
    assert_eq!(
        codes[0], codes[1],
        "the withdrawal is of the signed consent"
    );

    let store = Store::open(&StorePaths::in_dir(&data), Access::ReadOnly).expect("store");
    let reference = ReferenceCode::parse(codes[0]).expect("a reference code");
    let consent = store
        .find_by_reference(&reference)
        .expect("query")
        .expect("the consent is stored");
    assert_eq!(consent.record.locale, tag);
    // The name the screen reader set is the name signed.
    let typed: Vec<String> = consent
        .record
        .signatures
        .iter()
        .filter_map(|signature| match &signature.kind {
            SignatureKind::Typed { name } => Some(name.to_string()),
            _ => None,
        })
        .collect();
    assert_eq!(typed, vec![typed_name.to_owned()]);
    assert!(
        matches!(
            consent.state_at(time::OffsetDateTime::now_utc()),
            ConsentState::Withdrawn { .. }
        ),
        "withdrawn through the keypad"
    );
    let verify = common::run_cli(&data, &["verify"]);
    assert!(verify.status.success(), "{}", common::text(&verify));
}

#[test]
fn a_screen_reader_signs_and_withdraws_in_english() {
    flow("en", "English", "Zed Testperson");
}

#[test]
fn a_screen_reader_signs_and_withdraws_in_arabic() {
    flow("ar", "العربية", "زيد تجربة");
}
