//! Plays real files through a real player (`aplay` into ALSA's null device, which
//! `scripts/test` installs), and checks the failures a kiosk meets.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use super::*;

/// A short mono WAV tone: `seconds` long at 8 kHz.
fn tone(dir: &Path, name: &str, seconds: f32) -> PathBuf {
    let rate = 8000u32;
    let samples = (rate as f32 * seconds) as u32;
    let mut bytes = Vec::new();
    bytes.extend_from_slice(b"RIFF");
    bytes.extend_from_slice(&(36 + samples * 2).to_le_bytes());
    bytes.extend_from_slice(b"WAVEfmt ");
    bytes.extend_from_slice(&16u32.to_le_bytes());
    bytes.extend_from_slice(&1u16.to_le_bytes()); // PCM
    bytes.extend_from_slice(&1u16.to_le_bytes()); // mono
    bytes.extend_from_slice(&rate.to_le_bytes());
    bytes.extend_from_slice(&(rate * 2).to_le_bytes());
    bytes.extend_from_slice(&2u16.to_le_bytes());
    bytes.extend_from_slice(&16u16.to_le_bytes());
    bytes.extend_from_slice(b"data");
    bytes.extend_from_slice(&(samples * 2).to_le_bytes());
    for i in 0..samples {
        let v = ((i as f32 / 5.0).sin() * 8000.0) as i16;
        bytes.extend_from_slice(&v.to_le_bytes());
    }
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

fn null_player() -> Player {
    Player::new(Some(vec![
        "aplay".into(),
        "-q".into(),
        "-D".into(),
        "null".into(),
    ]))
}

fn settle(player: &Player) -> PlayState {
    let start = Instant::now();
    while player.state() == PlayState::Playing && start.elapsed() < Duration::from_secs(20) {
        std::thread::sleep(Duration::from_millis(10));
    }
    player.state()
}

#[test]
fn a_list_of_recordings_plays_to_the_end() {
    let dir = tempfile::tempdir().unwrap();
    let files = vec![
        tone(dir.path(), "a.wav", 0.1),
        tone(dir.path(), "b.wav", 0.1),
    ];
    let mut player = null_player();
    player.play(files);
    assert_eq!(player.state(), PlayState::Playing);
    assert_eq!(settle(&player), PlayState::Idle);
}

#[test]
fn a_file_the_player_cannot_read_is_reported() {
    let dir = tempfile::tempdir().unwrap();
    // Removed between the screen finding it and the player opening it.
    let broken = dir.path().join("gone.wav");
    let mut player = null_player();
    player.play(vec![broken]);
    assert!(
        matches!(settle(&player), PlayState::Failed(PlayError::Failed { .. })),
        "{:?}",
        player.state()
    );
}

#[test]
fn a_missing_player_is_reported_not_silent() {
    let dir = tempfile::tempdir().unwrap();
    let mut player = Player::new(Some(vec!["no-such-sound-player-here".into()]));
    player.play(vec![tone(dir.path(), "a.wav", 0.1)]);
    assert!(matches!(
        settle(&player),
        PlayState::Failed(PlayError::Start { .. })
    ));
}

#[test]
fn stop_ends_a_long_recording_at_once() {
    let dir = tempfile::tempdir().unwrap();
    // aplay plays the null device in real time, so 30 s would take 30 s.
    let long = tone(dir.path(), "long.wav", 30.0);
    let mut player = null_player();
    player.play(vec![long.clone(), long]);
    std::thread::sleep(Duration::from_millis(200));
    let start = Instant::now();
    player.stop();
    assert!(start.elapsed() < Duration::from_secs(5));
    assert_eq!(player.state(), PlayState::Idle);
    std::thread::sleep(Duration::from_millis(100));
    assert_eq!(
        player.state(),
        PlayState::Idle,
        "a stopped list stays stopped"
    );
}

#[test]
fn slower_playback_plays_slowed_copies_to_the_end_from_where_it_was() {
    let dir = tempfile::tempdir().unwrap();
    let files = vec![
        tone(dir.path(), "a.wav", 0.1),
        tone(dir.path(), "b.wav", 0.1),
    ];
    let mut player = null_player();
    player.play_from(files, 1, Speed::Slow);
    assert_eq!(player.playing_index().unwrap_or(1), 1);
    assert_eq!(settle(&player), PlayState::Idle);
    assert_eq!(player.playing_index(), None);
}
