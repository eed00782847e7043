//! The result of a check, as text for people and JSON for tools.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use serde::Serialize;

use crate::i18n::Location;

/// How bad a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// For information (review status).
    Info,
    /// Worth fixing; the kiosk still works (the message falls back).
    Warning,
    /// Must be fixed before publishing.
    Error,
}

/// One thing found.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Finding {
    /// How bad.
    pub severity: Severity,
    /// The locale concerned, if any.
    pub locale: Option<String>,
    /// `path:line:column`, if it has a place.
    #[serde(serialize_with = "location_text")]
    pub location: Option<Location>,
    /// A stable kind, e.g. `missing`, `stale`, `syntax`.
    pub kind: &'static str,
    /// The message ID concerned, if any.
    pub message_id: Option<String>,
    /// What, in words.
    pub text: String,
}

fn location_text<S: serde::Serializer>(
    location: &Option<Location>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    match location {
        Some(location) => serializer.serialize_str(&location.to_string()),
        None => serializer.serialize_none(),
    }
}

impl Finding {
    fn new(
        severity: Severity,
        locale: Option<&str>,
        location: Option<Location>,
        kind: &'static str,
        text: String,
    ) -> Self {
        Self {
            severity,
            locale: locale.map(str::to_owned),
            location,
            kind,
            message_id: None,
            text,
        }
    }

    /// An error.
    pub fn error(
        locale: Option<&str>,
        location: Option<Location>,
        kind: &'static str,
        text: String,
    ) -> Self {
        Self::new(Severity::Error, locale, location, kind, text)
    }

    /// A warning.
    pub fn warning(
        locale: Option<&str>,
        location: Option<Location>,
        kind: &'static str,
        text: String,
    ) -> Self {
        Self::new(Severity::Warning, locale, location, kind, text)
    }

    /// For information.
    pub fn info(
        locale: Option<&str>,
        location: Option<Location>,
        kind: &'static str,
        text: String,
    ) -> Self {
        Self::new(Severity::Info, locale, location, kind, text)
    }

    /// Names the message concerned.
    pub fn with_id(mut self, id: &str) -> Self {
        self.message_id = Some(id.to_owned());
        self
    }
}

/// Counts for one locale.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct LocaleSummary {
    /// Messages present that English also has.
    pub translated: usize,
    /// English messages this locale lacks.
    pub missing: usize,
    /// Messages English no longer has.
    pub obsolete: usize,
    /// Translations whose English changed since.
    pub stale: usize,
    /// Translations with no record of their English.
    pub unstamped: usize,
    /// Page messages with no recording.
    pub audio_missing: usize,
    /// Recordings of a text that has changed since.
    pub audio_stale: usize,
    /// Messages with a recording (current or stale).
    pub audio_recorded: usize,
    /// Recordings of the current text that a reviewer approved.
    pub audio_approved: usize,
    /// The length of the recordings, in milliseconds (WAV files only: the
    /// length of other formats is not read).
    pub audio_milliseconds: u64,
    /// Messages that fail to format (unknown message or term, cyclic reference).
    pub unformattable: usize,
    /// Review status from `locale.toml`.
    pub review: String,
}

impl LocaleSummary {
    /// The source locale: everything "translated", by definition.
    pub fn source(messages: usize) -> Self {
        Self {
            translated: messages,
            review: "source".into(),
            ..Self::default()
        }
    }
}

/// Everything a check found.
#[derive(Debug, Clone, Default, Serialize)]
pub struct CheckReport {
    /// Per-locale counts.
    pub summaries: BTreeMap<String, LocaleSummary>,
    /// Every finding, in the order found.
    pub findings: Vec<Finding>,
}

impl CheckReport {
    /// Adds a finding.
    pub fn push(&mut self, finding: Finding) {
        self.findings.push(finding);
    }

    /// Whether anything must be fixed (the exit status is then non-zero).
    pub fn has_errors(&self) -> bool {
        self.count(None, Severity::Error) > 0
    }

    /// Findings of a severity, for one locale or all.
    pub fn count(&self, locale: Option<&str>, severity: Severity) -> usize {
        self.findings
            .iter()
            .filter(|f| {
                f.severity == severity && (locale.is_none() || f.locale.as_deref() == locale)
            })
            .count()
    }

    /// The report as JSON: `summary` per locale, then `findings`.
    pub fn to_json(&self) -> String {
        let summary: BTreeMap<&str, serde_json::Value> = self
            .summaries
            .iter()
            .map(|(tag, s)| {
                let mut value = serde_json::to_value(s).unwrap_or_default();
                if let Some(fields) = value.as_object_mut() {
                    fields.insert(
                        "errors".into(),
                        self.count(Some(tag), Severity::Error).into(),
                    );
                    fields.insert(
                        "warnings".into(),
                        self.count(Some(tag), Severity::Warning).into(),
                    );
                }
                (tag.as_str(), value)
            })
            .collect();
        let json = serde_json::json!({ "summary": summary, "findings": self.findings });
        serde_json::to_string_pretty(&json).unwrap_or_default()
    }

    /// The report as text: findings grouped by locale (audio listed as a count), then a table.
    pub fn to_text(&self) -> String {
        let mut out = String::new();
        let general: Vec<&Finding> = self
            .findings
            .iter()
            .filter(|f| f.locale.is_none())
            .collect();
        for finding in general {
            line(&mut out, finding);
        }
        for tag in self.summaries.keys() {
            let findings: Vec<&Finding> = self
                .findings
                .iter()
                .filter(|f| f.locale.as_deref() == Some(tag) && !f.kind.starts_with("audio"))
                .collect();
            if findings.is_empty() {
                continue;
            }
            let _ = writeln!(out, "{tag}");
            for finding in findings {
                out.push_str("  ");
                line(&mut out, finding);
            }
        }
        let _ = writeln!(
            out,
            "\n{:<6} {:>6} {:>8} {:>8} {:>6} {:>6} {:>10} {:>7} {:>9} {:>8} {:>8} {:>7}  review",
            "locale",
            "errors",
            "warnings",
            "missing",
            "obsol.",
            "stale",
            "unstamped",
            "audio",
            "audio old",
            "recorded",
            "approved",
            "minutes"
        );
        for (tag, s) in &self.summaries {
            let _ = writeln!(
                out,
                "{tag:<6} {:>6} {:>8} {:>8} {:>6} {:>6} {:>10} {:>7} {:>9} {:>8} {:>8} {:>7.1}  {}",
                self.count(Some(tag), Severity::Error),
                self.count(Some(tag), Severity::Warning),
                s.missing,
                s.obsolete,
                s.stale,
                s.unstamped,
                s.audio_missing,
                s.audio_stale,
                s.audio_recorded,
                s.audio_approved,
                s.audio_milliseconds as f64 / 60_000.0,
                s.review
            );
        }
        let _ = writeln!(
            out,
            "\n{} errors, {} warnings",
            self.count(None, Severity::Error),
            self.count(None, Severity::Warning)
        );
        out
    }
}

fn line(out: &mut String, finding: &Finding) {
    let severity = match finding.severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "info",
    };
    match &finding.location {
        Some(location) => {
            let _ = writeln!(out, "{location}: {severity}: {}", finding.text);
        }
        None => {
            let _ = writeln!(out, "{severity}: {}", finding.text);
        }
    }
}
