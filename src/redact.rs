//! Personal data and secrets that never print.
//!
//! A name, a child's words or a passphrase must not reach a log, a panic message
//! or a test failure through `{:?}`. These wrappers format as a placeholder that
//! says only how long the text is; everything else sees the text as before
//! (`Deref` to `str`, and serde writes the bare string, so sealed bytes are unchanged).

use std::fmt;
use std::ops::Deref;

use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

/// Text a person gave about themselves or others (a typed name, a child's words).
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Personal(String);

impl Personal {
    /// Wraps `text`.
    pub fn new(text: impl Into<String>) -> Self {
        Self(text.into())
    }

    /// The text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl zeroize::Zeroize for Personal {
    fn zeroize(&mut self) {
        self.0.zeroize();
    }
}

impl Deref for Personal {
    type Target = str;

    fn deref(&self) -> &str {
        &self.0
    }
}

impl From<String> for Personal {
    fn from(text: String) -> Self {
        Self(text)
    }
}

impl From<&str> for Personal {
    fn from(text: &str) -> Self {
        Self(text.to_owned())
    }
}

impl fmt::Debug for Personal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "<personal: {} chars>", self.0.chars().count())
    }
}

/// A passphrase or PIN: wiped from memory when dropped, never printed.
#[derive(Clone, PartialEq, Eq, Default)]
pub struct Secret(Zeroizing<String>);

impl Secret {
    /// Wraps `text`.
    pub fn new(text: impl Into<String>) -> Self {
        Self(Zeroizing::new(text.into()))
    }
}

impl Deref for Secret {
    type Target = str;

    fn deref(&self) -> &str {
        self.0.as_str()
    }
}

impl From<String> for Secret {
    fn from(text: String) -> Self {
        Self::new(text)
    }
}

impl From<&str> for Secret {
    fn from(text: &str) -> Self {
        Self::new(text)
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("<secret>")
    }
}

/// Formats `text` as [`Personal`] does, for hand-written `Debug` impls.
pub fn personal(text: &str) -> impl fmt::Debug + '_ {
    struct Shown<'a>(&'a str);
    impl fmt::Debug for Shown<'_> {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            write!(f, "<personal: {} chars>", self.0.chars().count())
        }
    }
    Shown(text)
}

#[cfg(test)]
mod tests {
    use super::{Personal, Secret, personal};

    #[test]
    fn nothing_personal_or_secret_prints() {
        let shown = format!(
            "{:?} {:#?} {:?} {:?}",
            Personal::new("Zyxo Fictional"),
            Some(Personal::from("Zyxo Fictional")),
            Secret::new("correct horse 42"),
            personal("Zyxo Fictional")
        );
        assert!(
            !shown.contains("Zyxo") && !shown.contains("horse"),
            "{shown}"
        );
        assert!(shown.contains("<personal: 14 chars>"));
    }

    #[test]
    fn serde_writes_the_bare_text_so_sealed_bytes_do_not_change() {
        let json = serde_json::to_string(&Personal::new("A. Example")).expect("json");
        assert_eq!(json, "\"A. Example\"");
    }
}
