//! Recording a locale without a microphone: generated tones and speech-like
//! takes go through the same child-process recorder as a microphone would
//! (`cp` writes the take), are trimmed and normalised, stored with the hash of
//! their text, reviewed, and stop playing at the kiosk when the text changes.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

mod common;

use std::f32::consts::TAU;
use std::path::{Path, PathBuf};

use consent_kiosk::audio::loudness::{
    self, LoudnessError, TARGET_LUFS, TOLERANCE_LU, integrated_loudness,
};
use consent_kiosk::audio::record::{RecordError, Recorder};
use consent_kiosk::audio::wav::{self, Audio};
use consent_kiosk::content::recordings::{RecordingState, Verdict};
use consent_kiosk::editor::{SaveError, Workspace};

const RATE: u32 = 16_000;

/// `seconds` of silence (a faint hiss, as a real room has).
fn silence(seconds: f32) -> Vec<f32> {
    (0..(RATE as f32 * seconds) as usize)
        .map(|i| ((i * 7919 % 613) as f32 / 613.0 - 0.5) * 0.000_5)
        .collect()
}

/// A 440 Hz sine at `dbfs` peak.
fn tone(seconds: f32, dbfs: f32) -> Vec<f32> {
    let amplitude = 10f32.powf(dbfs / 20.0);
    (0..(RATE as f32 * seconds) as usize)
        .map(|i| amplitude * (TAU * 440.0 * i as f32 / RATE as f32).sin())
        .collect()
}

/// Speech-like: syllables of a few harmonics of a gliding pitch, each with an
/// attack and decay, with short pauses between words.
fn speechlike(words: usize, dbfs: f32) -> Vec<f32> {
    let amplitude = 10f32.powf(dbfs / 20.0);
    let mut out = Vec::new();
    for word in 0..words {
        for syllable in 0..(2 + word % 3) {
            let length = (RATE as f32 * (0.12 + 0.04 * (syllable % 2) as f32)) as usize;
            let pitch = 110.0 + 30.0 * ((word + syllable) % 4) as f32;
            for i in 0..length {
                let t = i as f32 / RATE as f32;
                let envelope = (std::f32::consts::PI * i as f32 / length as f32).sin();
                let voice: f32 = (1..=6)
                    .map(|h| (TAU * pitch * h as f32 * t * (1.0 + 0.1 * t)).sin() / h as f32)
                    .sum();
                out.push(amplitude * 0.6 * envelope * voice);
            }
        }
        out.extend(silence(0.15));
    }
    out
}

fn write(dir: &Path, name: &str, samples: Vec<f32>) -> PathBuf {
    let path = dir.join(name);
    wav::write(
        &path,
        &Audio {
            rate: RATE,
            samples,
        },
    )
    .expect("wav written");
    path
}

/// A take "recorded" by copying `file` through the recorder's child process.
fn record(dir: &Path, file: &Path) -> PathBuf {
    let take = Recorder::from_file(file)
        .start(&dir.join("take.wav"))
        .expect("recorder starts");
    take.finish().expect("recorder ends with a take")
}

fn loudness_of(path: &Path) -> f64 {
    integrated_loudness(&wav::read(path).expect("stored file reads")).expect("measured")
}

#[test]
fn silence_is_trimmed_at_both_ends_keeping_a_short_pause() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut samples = silence(1.5);
    samples.extend(tone(1.0, -20.0));
    samples.extend(silence(2.0));
    let input = write(dir.path(), "padded.wav", samples);
    let out = dir.path().join("out.wav");
    let prepared = loudness::prepare(&record(dir.path(), &input), &out).expect("prepared");
    assert!((prepared.seconds_before - 4.5).abs() < 0.01);
    // One second of voice and 0.15 s kept at each end (windows of 10 ms).
    assert!(
        (prepared.seconds - 1.3).abs() < 0.03,
        "trimmed to {} s",
        prepared.seconds
    );
    let stored = wav::read(&out).expect("reads");
    assert!((stored.seconds() - prepared.seconds).abs() < 0.001);
    // The pause kept is quiet, the voice starts right after it.
    let pad = (0.15 * RATE as f32) as usize;
    assert!(stored.samples[..pad - 200].iter().all(|s| s.abs() < 0.01));
    assert!(
        stored.samples[pad + 200..pad + 600]
            .iter()
            .any(|s| s.abs() > 0.1)
    );
}

#[test]
fn quiet_and_loud_tones_and_speechlike_takes_all_end_within_one_lu_of_the_target() {
    let dir = tempfile::tempdir().expect("temp dir");
    let takes = [
        ("quiet-tone", tone(2.0, -42.0)),
        ("loud-tone", tone(2.0, -3.0)),
        ("quiet-speech", speechlike(6, -35.0)),
        ("loud-speech", speechlike(8, -4.0)),
    ];
    let mut before = Vec::new();
    for (name, samples) in takes {
        let input = write(dir.path(), &format!("{name}.wav"), samples);
        let out = dir.path().join(format!("{name}-stored.wav"));
        let prepared = loudness::prepare(&record(dir.path(), &input), &out).expect(name);
        let measured = loudness_of(&out);
        assert!(
            (measured - TARGET_LUFS).abs() <= TOLERANCE_LU,
            "{name}: {measured:.2} LUFS stored, target {TARGET_LUFS}"
        );
        assert!((measured - prepared.loudness).abs() < 0.05);
        assert!(loudness::within_target(prepared.loudness));
        before.push(prepared.loudness_before);
    }
    // The takes really differed before: the test would catch a gain of zero.
    let spread = before.iter().copied().fold(f64::MIN, f64::max)
        - before.iter().copied().fold(f64::MAX, f64::min);
    assert!(spread > 30.0, "takes spread {spread:.1} LU");
}

#[test]
fn a_silent_or_too_short_take_is_refused_with_the_reason() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("out.wav");
    let silent = write(dir.path(), "silent.wav", silence(2.0));
    assert!(matches!(
        loudness::prepare(&silent, &out),
        Err(LoudnessError::Silent)
    ));
    let mut click = silence(1.0);
    click.extend(tone(0.02, -10.0));
    click.extend(silence(1.0));
    let click = write(dir.path(), "click.wav", click);
    assert!(matches!(
        loudness::prepare(&click, &out),
        Err(LoudnessError::TooShort { .. })
    ));
    // One short word ("Oui" takes about 0.2 s) is a message too.
    let mut word = silence(1.0);
    word.extend(
        speechlike(1, -20.0)
            .into_iter()
            .take((RATE as f32 * 0.2) as usize),
    );
    word.extend(silence(1.0));
    let word = write(dir.path(), "word.wav", word);
    let kept = loudness::prepare(&word, &dir.path().join("word-out.wav"))
        .expect("a one-syllable word is kept");
    assert!(loudness::within_target(kept.loudness), "{}", kept.loudness);
    let text = dir.path().join("notes.wav");
    std::fs::write(&text, "not sound").expect("written");
    assert!(matches!(
        loudness::prepare(&text, &out),
        Err(LoudnessError::Wav(_))
    ));
    assert!(!out.exists(), "nothing stored from a refused take");
}

#[test]
fn a_recorder_that_never_writes_is_stopped_and_reports_no_audio() {
    let dir = tempfile::tempdir().expect("temp dir");
    // Stands for a microphone that gives nothing: runs until interrupted.
    let recorder = Recorder::new(Some(vec!["sh".into(), "-c".into(), "exec sleep 30".into()]))
        .expect("configured");
    let mut take = recorder
        .start(&dir.path().join("take.wav"))
        .expect("starts");
    assert!(take.is_running());
    assert_eq!(take.level(), 0.0);
    let started = std::time::Instant::now();
    let outcome = take.stop();
    assert!(started.elapsed() < std::time::Duration::from_secs(10));
    assert!(
        matches!(
            outcome,
            Err(RecordError::Failed { .. } | RecordError::Empty { .. })
        ),
        "{outcome:?}"
    );
    let missing = Recorder::new(Some(vec!["no-such-recorder-program".into()]))
        .expect("configured")
        .start(&dir.path().join("other.wav"));
    assert!(matches!(missing, Err(RecordError::Run { .. })));
}

#[test]
fn the_level_meter_reads_the_end_of_the_take_being_written() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut samples = silence(1.0);
    samples.extend(tone(0.5, -6.0));
    let loud_end = write(dir.path(), "loud-end.wav", samples);
    let level = consent_kiosk::audio::wav::tail_peak(&loud_end, 0.1);
    assert!((level - 0.501).abs() < 0.01, "level {level}");
    let mut samples = tone(0.5, -6.0);
    samples.extend(silence(1.0));
    let quiet_end = write(dir.path(), "quiet-end.wav", samples);
    assert!(consent_kiosk::audio::wav::tail_peak(&quiet_end, 0.1) < 0.01);
}

#[test]
fn a_take_is_stored_with_its_text_hash_reviewed_and_stops_playing_when_the_text_changes() {
    let (dir, content, locales) = common::tree::copy_tree();
    let mut workspace = Workspace::open(&locales, &content).expect("opens");
    let mut voice = silence(1.0);
    voice.extend(speechlike(5, -30.0));
    let input = write(dir.path(), "voice.wav", voice);
    let take = record(dir.path(), &input);
    assert_eq!(
        workspace.recording_state("ti", "nav-next").1,
        RecordingState::Missing
    );
    let prepared = workspace
        .import_take("ti", "nav-next", &take, "Voice Alpha")
        .expect("imported");
    let (path, state) = workspace.recording_state("ti", "nav-next");
    let path = path.expect("stored");
    assert!(path.ends_with("audio/ti/nav-next.wav"));
    assert_eq!(state, RecordingState::Unreviewed);
    assert!((loudness_of(&path) - TARGET_LUFS).abs() <= TOLERANCE_LU);
    assert!(prepared.seconds < prepared.seconds_before);
    // No stray files beside it.
    let names: Vec<String> = std::fs::read_dir(content.join("audio/ti"))
        .expect("folder")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names.len(), 3, "{names:?}");
    // Who recorded it is kept, and cannot review it (whatever the letter case).
    assert!(matches!(
        workspace.review_recording("ti", "nav-next", Verdict::Approved, "", "voice alpha"),
        Err(SaveError::Review(
            consent_kiosk::content::recordings::ReviewError::OwnTake(_)
        ))
    ));

    // Unreviewed: the kiosk does not play it, unless the deployment allows it.
    let kiosk = common::tree::load(&content, &locales).expect("loads");
    assert!(kiosk.playable_recording("ti", "nav-next").is_none());
    common::tree::replace_in(
        &content.join("deployment.toml"),
        "audio_offered = true",
        "audio_offered = true\nplay_unreviewed_recordings = true",
    );
    let allowing = common::tree::load(&content, &locales).expect("loads");
    assert_eq!(
        allowing.playable_recording("ti", "nav-next"),
        Some(path.clone())
    );
    common::tree::replace_in(
        &content.join("deployment.toml"),
        "play_unreviewed_recordings = true",
        "play_unreviewed_recordings = false",
    );

    // A rejection needs a note; a rejected take never plays.
    assert!(matches!(
        workspace.review_recording("ti", "nav-next", Verdict::Rejected, " ", "Reviewer B"),
        Err(SaveError::Review(_))
    ));
    workspace
        .review_recording(
            "ti",
            "nav-next",
            Verdict::Rejected,
            "a cough at the end",
            "Reviewer B",
        )
        .expect("reviewed");
    assert_eq!(
        workspace.recording_state("ti", "nav-next").1,
        RecordingState::Rejected
    );
    let kiosk = common::tree::load(&content, &locales).expect("loads");
    assert!(kiosk.playable_recording("ti", "nav-next").is_none());

    // A new take is unreviewed again; approved, it plays.
    let take = record(
        dir.path(),
        &write(dir.path(), "again.wav", speechlike(4, -25.0)),
    );
    workspace
        .import_take("ti", "nav-next", &take, "Voice Alpha")
        .expect("imported");
    assert_eq!(
        workspace.recording_state("ti", "nav-next").1,
        RecordingState::Unreviewed
    );
    workspace
        .review_recording("ti", "nav-next", Verdict::Approved, "", "Reviewer B")
        .expect("reviewed");
    assert_eq!(
        workspace.recording_state("ti", "nav-next").1,
        RecordingState::Approved
    );
    let kiosk = common::tree::load(&content, &locales).expect("loads");
    assert_eq!(
        kiosk.playable_recording("ti", "nav-next"),
        Some(path.clone())
    );

    // The text changes: stale, and silent at the kiosk even though approved.
    let base = workspace.row("ti", "nav-next").and_then(|r| r.translation);
    workspace
        .save("ti", "nav-next", "ቀጽል", base.as_deref())
        .expect("saved");
    assert_eq!(
        workspace.recording_state("ti", "nav-next").1,
        RecordingState::Stale
    );
    let kiosk = common::tree::load(&content, &locales).expect("loads");
    assert!(kiosk.playable_recording("ti", "nav-next").is_none());
    assert!(
        kiosk.recording("ti", "nav-next").is_some(),
        "the file is still there"
    );
}

#[test]
fn the_studio_kit_lists_pages_in_order_and_the_import_checks_each_file_and_lists_what_is_missing() {
    let (dir, content, locales) = common::tree::copy_tree();
    let dirs = [
        "--content",
        content.to_str().expect("utf-8"),
        "--locales",
        locales.to_str().expect("utf-8"),
    ];
    let kit = dir.path().join("kit");
    let mut args = vec!["content", "record-kit", "--locale", "ti", "--out"];
    args.push(kit.to_str().expect("utf-8"));
    args.extend(dirs);
    let output = common::run_cli(dir.path(), &args);
    assert!(output.status.success(), "{}", common::text(&output));
    let script = std::fs::read_to_string(kit.join("script-ti.md")).expect("script");
    // Pages in the kiosk's order, each message with the file to return and its text.
    let overview = script.find("## Page overview").expect("overview page");
    let asylum = script.find("## Page option/asylum").expect("asylum page");
    assert!(overview < asylum);
    assert!(script.contains("`overview-title` → `overview-title.wav`"));
    let workspace = Workspace::open(&locales, &content).expect("opens");
    let title = workspace
        .row("ti", "overview-title")
        .and_then(|r| r.translation)
        .expect("translated");
    assert!(script.contains(&format!("> {title}")));
    // What changes per person is read from the screen, not recorded.
    assert!(script.contains("changes for each person"));
    // Staff screens are not voiced.
    assert!(!script.contains("file/console.ftl"));
    drop(workspace);

    // The artist returns some files: good, silent, peaky, unknown, not WAV.
    let takes = dir.path().join("takes");
    std::fs::create_dir_all(&takes).expect("folder");
    let mut good = silence(0.8);
    good.extend(speechlike(5, -28.0));
    good.extend(silence(0.8));
    write(&takes, "overview-title.wav", good);
    write(&takes, "overview-intro.wav", silence(2.0));
    // A knock on the microphone in a quiet take: it cannot be brought up to the
    // target without clipping the knock.
    let mut peaky = speechlike(6, -25.0);
    peaky.extend(tone(0.01, -0.5));
    peaky.extend(speechlike(6, -25.0));
    write(&takes, "overview-equal.wav", peaky);
    write(&takes, "no-such-message.wav", speechlike(3, -20.0));
    std::fs::write(takes.join("overview-take-time.mp3"), b"ID3").expect("written");
    let mut args = vec!["content", "import-recordings", "--locale", "ti"];
    args.push(takes.to_str().expect("utf-8"));
    args.extend(dirs);
    let output = common::run_cli(dir.path(), &args);
    let report = common::text(&output);
    assert!(!output.status.success(), "refusals fail the run: {report}");
    assert!(report.contains("imported overview-title"), "{report}");
    assert!(
        report.contains("overview-intro.wav: the recording is silent"),
        "{report}"
    );
    assert!(
        report.contains("overview-equal.wav: the recording has sharp peaks"),
        "{report}"
    );
    assert!(
        report.contains("no-such-message.wav: no message no-such-message"),
        "{report}"
    );
    assert!(
        report.contains("overview-take-time.mp3: not a WAV file"),
        "{report}"
    );
    assert!(report.contains("1 imported, 4 refused"), "{report}");
    let missing = report
        .lines()
        .find(|l| l.contains("still missing"))
        .expect("missing listed");
    assert!(missing.contains("overview-intro") && !missing.contains("overview-title,"));

    let workspace = Workspace::open(&locales, &content).expect("opens");
    let (path, state) = workspace.recording_state("ti", "overview-title");
    assert_eq!(state, RecordingState::Unreviewed);
    assert!((loudness_of(&path.expect("stored")) - TARGET_LUFS).abs() <= TOLERANCE_LU);
    assert_eq!(
        workspace.recording_state("ti", "overview-equal").1,
        RecordingState::Missing
    );

    // content check counts per locale: recorded, approved, stale, missing, minutes.
    let stored_ms = (wav::read(&path_of(&workspace, "overview-title"))
        .expect("reads")
        .seconds()
        * 1000.0) as u64;
    let summary = |content: &Path| {
        consent_kiosk::content::check::check(content, &locales).summaries["ti"].clone()
    };
    let before = summary(&content);
    assert_eq!((before.audio_recorded, before.audio_approved), (1, 0));
    assert!(before.audio_milliseconds.abs_diff(stored_ms) <= 1);
    let mut workspace = workspace;
    workspace
        .review_recording("ti", "overview-title", Verdict::Approved, "", "Reviewer B")
        .expect("approved");
    let after = summary(&content);
    assert_eq!((after.audio_recorded, after.audio_approved), (1, 1));
    assert_eq!(after.audio_missing, before.audio_missing);
    let base = workspace
        .row("ti", "overview-title")
        .and_then(|r| r.translation);
    workspace
        .save("ti", "overview-title", "ምርጫታትኩም", base.as_deref())
        .expect("saved");
    let changed = summary(&content);
    assert_eq!(
        (changed.audio_approved, changed.audio_stale),
        (0, before.audio_stale + 1)
    );
    let text = consent_kiosk::content::check::check(&content, &locales).to_text();
    assert!(text.contains("recorded approved minutes"), "{text}");
}

fn path_of(workspace: &Workspace, id: &str) -> PathBuf {
    workspace.recording_state("ti", id).0.expect("recorded")
}
