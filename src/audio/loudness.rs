//! Makes a take fit to play: silence trimmed at both ends, loudness brought to one
//! target (EBU R128 integrated loudness) so that messages and pages do not jump in
//! volume, peaks kept below clipping.

use std::path::Path;

use super::wav::{self, Audio, WavError};

/// The loudness every recording is brought to, in LUFS. Quieter than music
/// streaming (-14) and louder than broadcast (-23): speech in a room, with
/// headroom for a voice's peaks.
pub const TARGET_LUFS: f64 = -20.0;

/// How far from the target a stored recording may be, in LU.
pub const TOLERANCE_LU: f64 = 1.0;

/// The highest sample after normalising (-1 dBFS).
const PEAK_CEILING: f32 = 0.891;

/// Silence kept before and after the voice, in seconds.
const PADDING_SECONDS: f64 = 0.15;

/// A voice shorter than this is a false start or a click, in seconds. A word of
/// one syllable ("Oui", "No", "mai") lasts about 0.2 s.
pub const SHORTEST_SECONDS: f64 = 0.12;

/// A recording longer than this is not one message, in seconds.
pub const LONGEST_SECONDS: f64 = 180.0;

/// Why a take cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum LoudnessError {
    /// The file is not readable audio.
    #[error(transparent)]
    Wav(#[from] WavError),
    /// Nothing above the noise floor: the microphone was off or muted.
    #[error("the recording is silent")]
    Silent,
    /// The voice is too short.
    #[error(
        "the voice in the recording lasts {seconds:.2} s; at least {SHORTEST_SECONDS} s is needed"
    )]
    TooShort {
        /// Its length.
        seconds: f64,
    },
    /// Too long for one message.
    #[error("the recording is {seconds:.0} s long; one message is at most {LONGEST_SECONDS} s")]
    TooLong {
        /// Its length.
        seconds: f64,
    },
    /// Sharp peaks kept the take from reaching the target without clipping.
    #[error(
        "the recording has sharp peaks (a knock, a breath on the microphone) and stays at {loudness:.1} LUFS instead of {TARGET_LUFS}: record it again a little further from the microphone"
    )]
    Peaky {
        /// Its loudness as stored would be.
        loudness: f64,
    },
    /// The sample rate is not one EBU R128 can measure.
    #[error("the loudness of this recording cannot be measured: {0}")]
    Measure(String),
}

/// What preparing a take did.
#[derive(Debug, Clone, PartialEq)]
pub struct Prepared {
    /// Length before trimming, in seconds.
    pub seconds_before: f64,
    /// Length after trimming, in seconds.
    pub seconds: f64,
    /// Integrated loudness of the take, in LUFS.
    pub loudness_before: f64,
    /// Integrated loudness of the stored file, in LUFS.
    pub loudness: f64,
    /// Gain applied, in dB.
    pub gain_db: f64,
}

/// Integrated loudness in LUFS (EBU R128); `-inf` for silence. A take shorter
/// than a second ("Oui") is measured repeated to a second and more: R128 gates
/// 400 ms blocks, and the loudness of a sound repeated is its own.
pub fn integrated_loudness(audio: &Audio) -> Result<f64, LoudnessError> {
    let mut meter = ebur128::EbuR128::new(1, audio.rate, ebur128::Mode::I)
        .map_err(|e| LoudnessError::Measure(e.to_string()))?;
    let second = usize::try_from(audio.rate).unwrap_or(usize::MAX);
    let times = if audio.samples.is_empty() {
        1
    } else {
        second.div_ceil(audio.samples.len()).max(1)
    };
    for _ in 0..times {
        meter
            .add_frames_f32(&audio.samples)
            .map_err(|e| LoudnessError::Measure(e.to_string()))?;
    }
    meter
        .loudness_global()
        .map_err(|e| LoudnessError::Measure(e.to_string()))
}

/// Cuts the silence before and after the voice, keeping a short pause at each
/// end; returns the cut audio and how long the voice itself lasts, in seconds.
pub fn trim(audio: &Audio) -> Result<(Audio, f64), LoudnessError> {
    let window = (audio.rate as usize / 100).max(1); // 10 ms
    let levels: Vec<f32> = audio
        .samples
        .chunks(window)
        .map(|chunk| (chunk.iter().map(|s| s * s).sum::<f32>() / chunk.len() as f32).sqrt())
        .collect();
    let loudest = levels.iter().copied().fold(0.0f32, f32::max);
    // Below -55 dBFS is silence whatever the voice; else 35 dB under its loudest moment.
    let floor = (loudest * 0.0178).max(0.001_78);
    if loudest <= 0.001_78 {
        return Err(LoudnessError::Silent);
    }
    let first = levels.iter().position(|l| *l > floor).unwrap_or(0);
    let last = levels.iter().rposition(|l| *l > floor).unwrap_or(0);
    let pad = (PADDING_SECONDS * f64::from(audio.rate)) as usize;
    let start = (first * window).saturating_sub(pad);
    let end = ((last + 1) * window + pad).min(audio.samples.len());
    let voice = ((last + 1 - first) * window) as f64 / f64::from(audio.rate);
    Ok((
        Audio {
            rate: audio.rate,
            samples: audio.samples.get(start..end).unwrap_or_default().to_vec(),
        },
        voice,
    ))
}

/// Trims, normalises and measures `audio`, returning the audio to store.
pub fn prepare_audio(audio: &Audio) -> Result<(Audio, Prepared), LoudnessError> {
    let seconds_before = audio.seconds();
    if seconds_before > LONGEST_SECONDS {
        return Err(LoudnessError::TooLong {
            seconds: seconds_before,
        });
    }
    let (trimmed, voice) = trim(audio)?;
    if voice < SHORTEST_SECONDS {
        return Err(LoudnessError::TooShort { seconds: voice });
    }
    let seconds = trimmed.seconds();
    let loudness_before = integrated_loudness(&trimmed)?;
    if !loudness_before.is_finite() {
        return Err(LoudnessError::Silent);
    }
    let wanted = 10f64.powf((TARGET_LUFS - loudness_before) / 20.0);
    let (reread, gain, loudness) = normalise(&trimmed, wanted)?;
    if !within_target(loudness) {
        return Err(LoudnessError::Peaky { loudness });
    }
    Ok((
        reread,
        Prepared {
            seconds_before,
            seconds,
            loudness_before,
            loudness,
            gain_db: 20.0 * gain.log10(),
        },
    ))
}

/// The most a voice's peaks are pressed down to reach the target, in dB: a
/// plosive or a sharp consonant, not a knock on the microphone (that take is
/// refused and recorded again).
const LIMIT_DB: f64 = 3.0;

/// `audio` brought up by `wanted` where its peaks allow; peaks up to
/// [`LIMIT_DB`] over the ceiling are pressed down by a limiter rather than the
/// whole take staying quiet. Returns the samples as stored (16-bit), the gain
/// applied before limiting, and their loudness.
fn normalise(audio: &Audio, wanted: f64) -> Result<(Audio, f64, f64), LoudnessError> {
    let peak = f64::from(
        audio
            .samples
            .iter()
            .fold(0.0f32, |peak, s| peak.max(s.abs()))
            .max(f32::EPSILON),
    );
    let ceiling = f64::from(PEAK_CEILING);
    // Never past what the limiter may press down: beyond it, the take is refused.
    let mut gain = wanted.min(ceiling / peak * 10f64.powf(LIMIT_DB / 20.0));
    let mut best = None;
    // The limiter takes a little loudness away; a second pass gives it back.
    for _ in 0..3 {
        let mut samples: Vec<f32> = audio.samples.iter().map(|s| s * gain as f32).collect();
        limit(&mut samples, PEAK_CEILING, audio.rate);
        let out = Audio {
            rate: audio.rate,
            samples,
        };
        // Measured again on the samples as stored (16-bit).
        let reread = wav::decode(&wav::encode(&out)).unwrap_or(out);
        let loudness = integrated_loudness(&reread)?;
        let done = within_target(loudness) && (loudness - TARGET_LUFS).abs() < 0.2;
        let reached_limit = gain >= ceiling / peak * 10f64.powf(LIMIT_DB / 20.0);
        best = Some((reread, gain, loudness));
        if done || reached_limit || !loudness.is_finite() {
            break;
        }
        gain = (gain * 10f64.powf((TARGET_LUFS - loudness) / 20.0))
            .min(ceiling / peak * 10f64.powf(LIMIT_DB / 20.0));
    }
    best.ok_or(LoudnessError::Silent)
}

/// Presses every sample's magnitude down to `ceiling` with a smooth gain: the
/// gain each sample needs, its minimum over the last 5 ms, then averaged over the
/// next 5 ms, which never exceeds what any sample in reach needs (no clipping)
/// and moves gently enough not to click.
fn limit(samples: &mut [f32], ceiling: f32, rate: u32) {
    let need: Vec<f32> = samples
        .iter()
        .map(|s| {
            if s.abs() > ceiling {
                ceiling / s.abs()
            } else {
                1.0
            }
        })
        .collect();
    if need.iter().all(|g| *g >= 1.0) {
        return;
    }
    let window = usize::try_from(rate / 200).unwrap_or(1).max(1);
    // Trailing minimum over `window` samples, with a queue of rising values; it
    // runs `window` samples past the end (needing nothing there), so the last
    // samples' averages also see their own need.
    let needed = |i: usize| need.get(i).copied().unwrap_or(1.0);
    let length = need.len() + window;
    let mut floor = vec![1.0f32; length];
    let mut queue: std::collections::VecDeque<usize> = std::collections::VecDeque::new();
    for i in 0..length {
        let g = needed(i);
        while queue.back().is_some_and(|&j| needed(j) >= g) {
            queue.pop_back();
        }
        queue.push_back(i);
        while queue.front().is_some_and(|&j| j + window <= i) {
            queue.pop_front();
        }
        if let (Some(slot), Some(&j)) = (floor.get_mut(i), queue.front()) {
            *slot = needed(j);
        }
    }
    // Averaged over the `window` samples from each one on.
    let mut sum: f64 = floor.iter().take(window).map(|g| f64::from(*g)).sum();
    for (i, sample) in samples.iter_mut().enumerate() {
        *sample *= ((sum / window as f64) as f32).min(1.0);
        sum -= f64::from(floor.get(i).copied().unwrap_or(1.0));
        sum += f64::from(floor.get(i + window).copied().unwrap_or(1.0));
    }
}

/// Reads the take at `input`, trims and normalises it, and writes it to `output`
/// as mono 16-bit WAV.
pub fn prepare(input: &Path, output: &Path) -> Result<Prepared, LoudnessError> {
    let audio = wav::read(input)?;
    let (out, prepared) = prepare_audio(&audio)?;
    wav::write(output, &out)?;
    Ok(prepared)
}

/// Whether a stored recording's loudness is within the tolerance of the target.
pub fn within_target(loudness: f64) -> bool {
    (loudness - TARGET_LUFS).abs() <= TOLERANCE_LU
}

#[cfg(test)]
mod limiter_tests {
    use super::*;

    #[test]
    fn the_limiter_keeps_every_sample_under_the_ceiling_and_leaves_quiet_ones() {
        let rate = 16_000;
        let mut samples: Vec<f32> = (0..rate).map(|n| 0.3 * (n as f32 / 7.0).sin()).collect();
        // A plosive: 3 ms at 1.2, and a last sample over the ceiling.
        for s in samples.iter_mut().skip(8_000).take(48) {
            *s = 1.2;
        }
        if let Some(last) = samples.last_mut() {
            *last = -1.1;
        }
        let before = samples.clone();
        limit(&mut samples, PEAK_CEILING, rate);
        assert!(samples.iter().all(|s| s.abs() <= PEAK_CEILING + 1e-6));
        // Far from the peaks nothing changed.
        assert_eq!(samples.get(..7_000), before.get(..7_000));
        assert_eq!(samples.get(9_000..15_000), before.get(9_000..15_000));
    }
}
