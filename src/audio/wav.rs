//! Just enough WAV to read what a system recorder writes (16-, 24- or 32-bit PCM,
//! 32-bit float, any channel count) and to write the mono 16-bit files the kiosk
//! plays. A recorder stopped by a signal may leave the data size unset: then the
//! data runs to the end of the file.

use std::path::{Path, PathBuf};

/// Why a file is not audio the kiosk can use.
#[derive(Debug, thiserror::Error)]
pub enum WavError {
    /// The file could not be read or written.
    #[error("{path}: {source}")]
    Io {
        /// The file.
        path: PathBuf,
        /// What the system said.
        source: std::io::Error,
    },
    /// Not a WAV file, or one in an encoding this reader does not know.
    #[error("{path}: {reason}")]
    Format {
        /// The file.
        path: PathBuf,
        /// What is wrong.
        reason: String,
    },
}

/// Decoded audio: mono samples in -1.0..=1.0.
#[derive(Debug, Clone, PartialEq)]
pub struct Audio {
    /// Samples per second.
    pub rate: u32,
    /// Mono samples (channels averaged).
    pub samples: Vec<f32>,
}

impl Audio {
    /// Length in seconds.
    pub fn seconds(&self) -> f64 {
        if self.rate == 0 {
            return 0.0;
        }
        self.samples.len() as f64 / f64::from(self.rate)
    }
}

/// The largest recording read: ten minutes of 48 kHz stereo 32-bit audio.
const WAV_CAP: u64 = 10 * 60 * 48_000 * 2 * 4 + 4096;

/// Reads a WAV file.
pub fn read(path: &Path) -> Result<Audio, WavError> {
    let bytes = read_capped(path)?;
    decode(&bytes).map_err(|reason| WavError::Format {
        path: path.to_path_buf(),
        reason,
    })
}

fn read_capped(path: &Path) -> Result<Vec<u8>, WavError> {
    let io = |source| WavError::Io {
        path: path.to_path_buf(),
        source,
    };
    let file = std::fs::File::open(path).map_err(io)?;
    let mut bytes = Vec::new();
    std::io::Read::read_to_end(&mut std::io::Read::take(file, WAV_CAP), &mut bytes).map_err(io)?;
    Ok(bytes)
}

fn u16_at(bytes: &[u8], at: usize) -> Option<u16> {
    Some(u16::from_le_bytes(bytes.get(at..at + 2)?.try_into().ok()?))
}

fn u32_at(bytes: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_le_bytes(bytes.get(at..at + 4)?.try_into().ok()?))
}

/// The sample encoding named by a `fmt ` chunk.
#[derive(Debug, Clone, Copy)]
struct Format {
    float: bool,
    channels: u16,
    rate: u32,
    bits: u16,
}

/// Decodes the bytes of a WAV file.
pub(crate) fn decode(bytes: &[u8]) -> Result<Audio, String> {
    if bytes.get(0..4) != Some(b"RIFF") || bytes.get(8..12) != Some(b"WAVE") {
        return Err("not a WAV file".into());
    }
    let mut at = 12;
    let mut format = None;
    while at + 8 <= bytes.len() {
        let id = bytes.get(at..at + 4).unwrap_or_default();
        let size = u32_at(bytes, at + 4).unwrap_or(0) as usize;
        let body = at + 8;
        if id == b"fmt " {
            format = Some(read_format(bytes, body)?);
        } else if id == b"data" {
            let format = format.ok_or("the data comes before the format")?;
            // A size of 0 or past the end: a recorder stopped before it wrote the size.
            let end = if size == 0 || body.saturating_add(size) > bytes.len() {
                bytes.len()
            } else {
                body + size
            };
            return samples(bytes.get(body..end).unwrap_or_default(), format);
        }
        at = body.saturating_add(size).saturating_add(size % 2);
    }
    Err("no audio data".into())
}

fn read_format(bytes: &[u8], body: usize) -> Result<Format, String> {
    let missing = || "a short format chunk".to_owned();
    let mut tag = u16_at(bytes, body).ok_or_else(missing)?;
    let channels = u16_at(bytes, body + 2).ok_or_else(missing)?;
    let rate = u32_at(bytes, body + 4).ok_or_else(missing)?;
    let bits = u16_at(bytes, body + 14).ok_or_else(missing)?;
    if tag == 0xFFFE {
        // WAVE_FORMAT_EXTENSIBLE: the real tag opens the sub-format GUID.
        tag = u16_at(bytes, body + 24).ok_or_else(missing)?;
    }
    let float = match (tag, bits) {
        (1, 16 | 24 | 32) => false,
        (3, 32) => true,
        _ => {
            return Err(format!(
                "an encoding this kiosk does not read (format {tag}, {bits} bits)"
            ));
        }
    };
    if channels == 0 || rate == 0 {
        return Err("no channels or no sample rate".into());
    }
    Ok(Format {
        float,
        channels,
        rate,
        bits,
    })
}

fn samples(data: &[u8], format: Format) -> Result<Audio, String> {
    let width = usize::from(format.bits / 8);
    let frame = width * usize::from(format.channels);
    let mut samples = Vec::with_capacity(data.len() / frame.max(1));
    for chunk in data.chunks_exact(frame) {
        let mut sum = 0.0f32;
        for one in chunk.chunks_exact(width) {
            sum += match (format.float, one) {
                (true, &[a, b, c, d]) => f32::from_le_bytes([a, b, c, d]),
                (false, &[a, b]) => f32::from(i16::from_le_bytes([a, b])) / 32768.0,
                (false, &[a, b, c]) => (i32::from_le_bytes([0, a, b, c]) >> 8) as f32 / 8_388_608.0,
                (false, &[a, b, c, d]) => i32::from_le_bytes([a, b, c, d]) as f32 / 2_147_483_648.0,
                _ => return Err("a sample width this kiosk does not read".into()),
            };
        }
        samples.push(sum / f32::from(format.channels));
    }
    Ok(Audio {
        rate: format.rate,
        samples,
    })
}

/// The bytes of a mono 16-bit PCM WAV file.
pub fn encode(audio: &Audio) -> Vec<u8> {
    let data = u32::try_from(audio.samples.len() * 2).unwrap_or(u32::MAX - 64);
    let mut bytes = Vec::with_capacity(44 + data as usize);
    bytes.extend_from_slice(b"RIFF");
    bytes.extend_from_slice(&(36 + data).to_le_bytes());
    bytes.extend_from_slice(b"WAVEfmt ");
    bytes.extend_from_slice(&16u32.to_le_bytes());
    bytes.extend_from_slice(&1u16.to_le_bytes());
    bytes.extend_from_slice(&1u16.to_le_bytes());
    bytes.extend_from_slice(&audio.rate.to_le_bytes());
    bytes.extend_from_slice(&(audio.rate * 2).to_le_bytes());
    bytes.extend_from_slice(&2u16.to_le_bytes());
    bytes.extend_from_slice(&16u16.to_le_bytes());
    bytes.extend_from_slice(b"data");
    bytes.extend_from_slice(&data.to_le_bytes());
    for sample in &audio.samples {
        let value = (sample.clamp(-1.0, 1.0) * 32767.0).round() as i16;
        bytes.extend_from_slice(&value.to_le_bytes());
    }
    bytes
}

/// Writes `audio` as a mono 16-bit WAV file.
pub fn write(path: &Path, audio: &Audio) -> Result<(), WavError> {
    std::fs::write(path, encode(audio)).map_err(|source| WavError::Io {
        path: path.to_path_buf(),
        source,
    })
}

/// The loudest sample in the last `seconds` of a WAV file still being written
/// (a level meter): 0.0 when nothing is there yet.
pub fn tail_peak(path: &Path, seconds: f32) -> f32 {
    use std::io::{Read, Seek, SeekFrom};
    let Ok(mut file) = std::fs::File::open(path) else {
        return 0.0;
    };
    let mut header = [0u8; 44];
    if file.read_exact(&mut header).is_err() {
        return 0.0;
    }
    let Ok(format) = read_format(&header, 20) else {
        return 0.0;
    };
    let width = u64::from(format.bits / 8) * u64::from(format.channels);
    let want = (f64::from(format.rate) * f64::from(seconds)) as u64 * width;
    let Ok(length) = file.metadata().map(|m| m.len()) else {
        return 0.0;
    };
    let start = length.saturating_sub(want).max(44);
    let start = start - (start - 44) % width.max(1);
    if file.seek(SeekFrom::Start(start)).is_err() {
        return 0.0;
    }
    let mut data = Vec::new();
    if file.take(want).read_to_end(&mut data).is_err() {
        return 0.0;
    }
    samples(&data, format)
        .map(|audio| {
            audio
                .samples
                .iter()
                .fold(0.0f32, |peak, s| peak.max(s.abs()))
        })
        .unwrap_or(0.0)
}

/// The length of a WAV file from the first bytes of it and its size on disk, in
/// milliseconds (0 when the header cannot be read).
pub fn milliseconds(header: &[u8], file_length: u64) -> u64 {
    let mut at = 12;
    let mut format = None;
    while at + 8 <= header.len() {
        let id = header.get(at..at + 4).unwrap_or_default();
        let size = u64::from(u32_at(header, at + 4).unwrap_or(0));
        let body = at + 8;
        if id == b"fmt " {
            format = read_format(header, body).ok();
        } else if id == b"data" {
            let Some(format) = format else { return 0 };
            let left = file_length.saturating_sub(body as u64);
            let data = if size == 0 || size > left { left } else { size };
            let per_second =
                u64::from(format.rate) * u64::from(format.channels) * u64::from(format.bits / 8);
            return (data * 1000).checked_div(per_second).unwrap_or(0);
        }
        at = body.saturating_add(usize::try_from(size + size % 2).unwrap_or(usize::MAX));
    }
    0
}
