//! Identifiers: the internal consent id and the reference code on a receipt.
//!
//! A reference code is typed back by a person who wants to withdraw, often on a
//! touch screen, so it avoids characters that look alike (no 0/O, 1/I/L) and ends
//! with a check character that catches one wrong character or two swapped
//! neighbours before anything is looked up.

use std::fmt;

use serde::{Deserialize, Serialize};

/// The alphabet of reference codes: 31 characters, a prime, which is what makes
/// the weighted check character catch every single substitution and transposition.
const ALPHABET: &[u8; 31] = b"23456789ABCDEFGHJKMNPQRSTUVWXYZ";
/// Random characters in a code: 9 × log2(31) ≈ 44.6 bits of randomness.
const PAYLOAD_LEN: usize = 9;
/// Payload plus the check character.
pub const CODE_LEN: usize = PAYLOAD_LEN + 1;
/// Characters of a code as shown and grouped on the receipt.
pub const CODE_GROUP: usize = 5;

/// Every character a code can hold, in keypad order (digits, then letters).
pub fn code_alphabet() -> impl Iterator<Item = char> {
    ALPHABET.iter().map(|&b| char::from(b))
}

/// Zero of each script's decimal digits a person may type a code with: Arabic-Indic,
/// Persian (Extended Arabic-Indic), Devanagari, Bengali, and fullwidth forms.
const DIGIT_ZEROS: [u32; 5] = [0x0660, 0x06F0, 0x0966, 0x09E6, 0xFF10];

/// What a typed character means in a code: the same letter in upper case, a digit
/// from another script as its ASCII digit, fullwidth forms as ASCII. `None` for a
/// character a code never holds (look-alikes such as O, 0, I, 1, L included).
pub fn code_char(typed: char) -> Option<char> {
    let code = u32::from(typed);
    let ascii = DIGIT_ZEROS
        .iter()
        .find(|&&zero| (zero..zero + 10).contains(&code))
        .and_then(|&zero| char::from_digit(code - zero, 10))
        .or_else(|| {
            // Fullwidth Latin capitals and small letters (a scanner or an IME may send them).
            let fullwidth = match code {
                0xFF21..=0xFF3A => code - 0xFF21 + u32::from('A'),
                0xFF41..=0xFF5A => code - 0xFF41 + u32::from('a'),
                _ => return None,
            };
            char::from_u32(fullwidth)
        })
        .unwrap_or(typed)
        .to_ascii_uppercase();
    (ascii.is_ascii() && index_of(ascii as u8).is_some()).then_some(ascii)
}

/// The internal id of a consent: 128 random bits, hex.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct ConsentId(String);

impl ConsentId {
    /// Builds an id from 16 random bytes supplied by the caller (the domain has no randomness of its own).
    pub fn from_random(bytes: [u8; 16]) -> Self {
        Self(hex::encode(bytes))
    }

    /// Wraps an id read back from storage.
    pub fn from_stored(id: impl Into<String>) -> Self {
        Self(id.into())
    }

    /// The id as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for ConsentId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A short code printed on the receipt, e.g. `K7QX4-M92PB`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct ReferenceCode([u8; CODE_LEN]);

/// Why a typed reference code was not accepted. Each maps to a friendly message in the UI.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ReferenceCodeError {
    /// Too few or too many characters.
    #[error("a reference code has {expected} characters, this one has {found}")]
    WrongLength {
        /// Characters a code has.
        expected: usize,
        /// Characters typed.
        found: usize,
    },
    /// A character that never appears in a code (such as O, 0, I, 1 or L).
    #[error("'{0}' never appears in a reference code")]
    NotInAlphabet(char),
    /// The check character does not match: most likely one character was mistyped or two were swapped.
    #[error("the code does not add up: a character may be mistyped or two swapped")]
    CheckFailed,
}

fn index_of(byte: u8) -> Option<u32> {
    ALPHABET.iter().position(|&c| c == byte).map(|i| i as u32)
}

/// The alphabet's letter at `index` modulo its length.
fn letter(index: usize) -> u8 {
    ALPHABET
        .get(index % ALPHABET.len())
        .copied()
        .unwrap_or(b'2')
}

/// Weighted sum with weights 1..=n modulo 31; the check character makes the total zero.
fn check_char(payload: &[u8]) -> u8 {
    let sum: u32 = payload
        .iter()
        .enumerate()
        .map(|(i, &c)| (i as u32 + 1) * index_of(c).unwrap_or(0))
        .sum();
    // The check character sits at weight 10 (= CODE_LEN); solve 10·x ≡ −sum (mod 31).
    // 10 × 28 = 280 = 9·31 + 1, so 28 is the inverse of 10 modulo 31.
    let x = ((31 - sum % 31) % 31) * 28 % 31;
    letter(x as usize)
}

impl ReferenceCode {
    /// Builds a code from caller-supplied randomness.
    pub fn from_random(mut random: u64) -> Self {
        let mut code = [0u8; CODE_LEN];
        for slot in code.iter_mut().take(PAYLOAD_LEN) {
            *slot = letter((random % 31) as usize);
            random /= 31;
        }
        code[PAYLOAD_LEN] = check_char(&code[..PAYLOAD_LEN]);
        Self(code)
    }

    /// Parses what a person typed: case, spaces and dashes do not matter, and
    /// digits may be in Arabic-Indic, Persian, Devanagari or Bengali form.
    pub fn parse(typed: &str) -> Result<Self, ReferenceCodeError> {
        let mut chars = Vec::with_capacity(CODE_LEN);
        for ch in typed.chars() {
            if ch.is_whitespace() || ch == '-' || ch == '‐' || ch == '–' {
                continue;
            }
            let Some(known) = code_char(ch) else {
                return Err(ReferenceCodeError::NotInAlphabet(ch));
            };
            chars.push(known as u8);
        }
        if chars.len() != CODE_LEN {
            return Err(ReferenceCodeError::WrongLength {
                expected: CODE_LEN,
                found: chars.len(),
            });
        }
        let mut code = [0u8; CODE_LEN];
        code.copy_from_slice(&chars);
        if check_char(&code[..PAYLOAD_LEN]) != code[PAYLOAD_LEN] {
            return Err(ReferenceCodeError::CheckFailed);
        }
        Ok(Self(code))
    }

    /// The code without separators, as stored.
    pub fn compact(&self) -> String {
        String::from_utf8_lossy(&self.0).into_owned()
    }
}

impl fmt::Display for ReferenceCode {
    /// Two groups of five, easy to read aloud and to type.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = self.compact();
        write!(f, "{}-{}", &text[..5], &text[5..])
    }
}

impl TryFrom<String> for ReferenceCode {
    type Error = ReferenceCodeError;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        Self::parse(&value)
    }
}

impl From<ReferenceCode> for String {
    fn from(code: ReferenceCode) -> Self {
        code.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_generated_code_parses_back() {
        for seed in [0u64, 1, 42, u64::MAX, 0xDEAD_BEEF_CAFE] {
            let code = ReferenceCode::from_random(seed);
            assert_eq!(ReferenceCode::parse(&code.to_string()), Ok(code.clone()));
            assert_eq!(
                ReferenceCode::parse(&code.compact().to_lowercase()),
                Ok(code)
            );
        }
    }

    #[test]
    fn every_single_wrong_character_is_caught() {
        let code = ReferenceCode::from_random(0x1234_5678_9ABC).compact();
        for pos in 0..CODE_LEN {
            for &replacement in ALPHABET {
                let mut typed = code.clone().into_bytes();
                if typed[pos] == replacement {
                    continue;
                }
                typed[pos] = replacement;
                let typed = String::from_utf8(typed).unwrap_or_default();
                assert_eq!(
                    ReferenceCode::parse(&typed),
                    Err(ReferenceCodeError::CheckFailed)
                );
            }
        }
    }

    #[test]
    fn every_swap_of_neighbours_is_caught() {
        let code = ReferenceCode::from_random(987_654_321_012)
            .compact()
            .into_bytes();
        for pos in 0..CODE_LEN - 1 {
            if code[pos] == code[pos + 1] {
                continue;
            }
            let mut typed = code.clone();
            typed.swap(pos, pos + 1);
            let typed = String::from_utf8(typed).unwrap_or_default();
            assert_eq!(
                ReferenceCode::parse(&typed),
                Err(ReferenceCodeError::CheckFailed)
            );
        }
    }

    #[test]
    fn a_code_typed_with_persian_arabic_or_bengali_digits_is_the_same_code() {
        let code = ReferenceCode::from_random(0x0BAD_C0DE_2026);
        let ascii = code.to_string();
        for zero in DIGIT_ZEROS {
            let typed: String = ascii
                .chars()
                .map(|c| {
                    c.to_digit(10)
                        .and_then(|d| char::from_u32(zero + d))
                        .unwrap_or(c)
                })
                .collect();
            assert_eq!(ReferenceCode::parse(&typed), Ok(code.clone()), "{typed}");
        }
        assert_eq!(code_char('۷'), Some('7'));
        assert_eq!(code_char('৮'), Some('8'));
        assert_eq!(code_char('ｋ'), Some('K'));
        assert_eq!(code_char('۰'), None, "zero never appears, in any script");
        assert_eq!(code_char('O'), None);
    }

    #[test]
    fn look_alike_characters_are_named() {
        assert_eq!(
            ReferenceCode::parse("K7QX0-M92PB"),
            Err(ReferenceCodeError::NotInAlphabet('0'))
        );
        assert!(matches!(
            ReferenceCode::parse("K7Q"),
            Err(ReferenceCodeError::WrongLength { .. })
        ));
    }

    #[test]
    fn codes_carry_at_least_40_bits() {
        assert!((PAYLOAD_LEN as f64) * 31f64.log2() >= 40.0);
    }
}
