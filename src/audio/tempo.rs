//! Slower read-aloud: a recording stretched in time with its pitch kept, so a
//! slower voice still sounds like the same person rather than a deeper one.

use std::path::Path;

use super::wav::{self, Audio, WavError};

/// How fast a slowed recording plays: three quarters of its recorded speed.
pub const SLOW_TEMPO: f32 = 0.75;

/// Why a recording could not be slowed down.
#[derive(Debug, thiserror::Error)]
pub enum TempoError {
    /// The recording is not a WAV file this kiosk can read.
    #[error(transparent)]
    Wav(#[from] WavError),
    /// The stretcher refused the audio (an empty or unusable sample rate).
    #[error("could not slow the recording down: {0}")]
    Stretch(String),
}

/// Writes `input` (a WAV recording) to `output`, played at `tempo` times its
/// speed with the same pitch.
pub fn slowed(input: &Path, output: &Path, tempo: f32) -> Result<(), TempoError> {
    let audio = wav::read(input)?;
    let samples = wsola::stretch(&audio.samples, audio.rate, 1, tempo)
        .map_err(|error| TempoError::Stretch(error.to_string()))?;
    wav::write(
        output,
        &Audio {
            rate: audio.rate,
            samples,
        },
    )?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_slowed_tone_lasts_longer_at_the_same_pitch() {
        let dir = tempfile::tempdir().unwrap();
        let rate = 16_000u32;
        let tone = |n: usize| (2.0 * std::f32::consts::PI * 220.0 * n as f32 / rate as f32).sin();
        let input = dir.path().join("in.wav");
        let original = Audio {
            rate,
            samples: (0..rate as usize).map(|n| 0.5 * tone(n)).collect(),
        };
        wav::write(&input, &original).unwrap();
        let output = dir.path().join("out.wav");
        slowed(&input, &output, SLOW_TEMPO).unwrap();
        let slow = wav::read(&output).unwrap();
        let ratio = slow.seconds() / original.seconds();
        assert!(
            (ratio - 1.0 / f64::from(SLOW_TEMPO)).abs() < 0.05,
            "{ratio}"
        );
        // Pitch from zero crossings in the middle half: still 220 Hz.
        let middle = slow
            .samples
            .get(slow.samples.len() / 4..slow.samples.len() * 3 / 4)
            .unwrap_or_default();
        let crossings = middle
            .windows(2)
            .filter(|w| matches!(w, [a, b] if (*a <= 0.0) != (*b <= 0.0)))
            .count();
        let hz = crossings as f64 / 2.0 / (middle.len() as f64 / f64::from(rate));
        assert!((hz - 220.0).abs() < 10.0, "{hz} Hz");
    }

    #[test]
    fn a_file_that_is_not_wav_is_refused_with_a_reason() {
        let dir = tempfile::tempdir().unwrap();
        let input = dir.path().join("in.ogg");
        std::fs::write(&input, b"OggS not really").unwrap();
        let error = slowed(&input, &dir.path().join("out.wav"), SLOW_TEMPO);
        assert!(matches!(error, Err(TempoError::Wav(_))));
    }
}
