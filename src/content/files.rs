//! The TOML files of `content/` as written, with spans so every error can name
//! its file and line. `model.rs` holds what they become once checked.

use serde::Deserialize;
use toml::Spanned;

use crate::consent::{ItemKey, LegalOption};

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DeploymentFile {
    pub host_country: Spanned<String>,
    pub host_locale: Spanned<String>,
    pub time_zone: Spanned<String>,
    pub locales: Vec<Spanned<String>>,
    pub cooling_off_hours: Spanned<u32>,
    pub cooling_off_minimum_hours: Spanned<u32>,
    pub idle_warning_seconds: Spanned<u32>,
    pub idle_reset_seconds: Spanned<u32>,
    pub retention_years: Spanned<u32>,
    pub audio_offered: bool,
    #[serde(default)]
    pub audio_player: Option<Vec<String>>,
    #[serde(default)]
    pub audio_recorder: Option<Vec<String>>,
    #[serde(default)]
    pub play_unreviewed_recordings: Option<bool>,
    #[serde(default)]
    pub announce_languages: Option<bool>,
    #[serde(default)]
    pub console_lock_minutes: Option<Spanned<u32>>,
    #[serde(default)]
    pub receipt_paper: Option<Spanned<String>>,
    #[serde(default)]
    pub printer: Option<String>,
    #[serde(default)]
    pub central_url: Option<String>,
    #[serde(default)]
    pub centre_contact: Option<String>,
    #[serde(default)]
    pub backup: Option<BackupTable>,
    #[serde(default)]
    pub screen_diagonal_inches: Option<Spanned<f64>>,
    #[serde(default)]
    pub reading_idle_factor: Option<Spanned<u32>>,
    #[serde(default)]
    pub fullscreen: Option<bool>,
    #[serde(default)]
    pub keyboard_attached: Option<bool>,
    #[serde(default)]
    pub sign_alone_in_draft_locales: Option<bool>,
    #[serde(default)]
    pub confirmation_interview: Option<bool>,
    #[serde(default)]
    pub alert_command: Option<Vec<String>>,
    #[serde(default)]
    pub legal_aid: Vec<ContactEntry>,
    #[serde(default)]
    pub complaints_contact: Option<String>,
    #[serde(default)]
    pub situation_max_age_days: Option<Spanned<u32>>,
    #[serde(default)]
    pub persian_calendar: Option<Spanned<String>>,
    #[serde(default)]
    pub asylum_deadline: Option<Spanned<toml::Value>>,
    #[serde(default)]
    pub appeal_deadline: Option<Spanned<toml::Value>>,
    #[serde(default)]
    pub pseudo_locales: Option<bool>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BackupTable {
    pub to: Spanned<String>,
    pub every_hours: Spanned<u32>,
    pub keep: Spanned<u32>,
    #[serde(default)]
    pub keys: Option<bool>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PagesFile {
    pub page: Vec<PageEntry>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PageEntry {
    pub id: Spanned<String>,
    pub title: Spanned<String>,
    pub sections: Vec<Spanned<String>>,
    pub pictogram: Option<Spanned<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OptionsFile {
    pub option: Vec<OptionEntry>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OptionEntry {
    pub key: Spanned<LegalOption>,
    pub title: Spanned<String>,
    pub summary: Spanned<String>,
    pub sections: Vec<Spanned<String>>,
    pub pictogram: Option<Spanned<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CountriesFile {
    #[serde(default)]
    pub example_data: bool,
    pub country: Vec<CountryEntry>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CountryEntry {
    pub code: Spanned<String>,
    pub name: Spanned<String>,
    pub reintegration: Spanned<String>,
    pub status: Spanned<String>,
    pub suspended_since: Option<Spanned<toml::value::Datetime>>,
    pub reason: Option<Spanned<String>>,
    #[serde(default)]
    pub contacts: Vec<ContactEntry>,
    #[serde(default)]
    pub area_suspension: Vec<AreaEntry>,
    #[serde(default)]
    pub situation: Option<SituationEntry>,
    #[serde(default)]
    pub area: Vec<AreaNameEntry>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SituationEntry {
    pub text: Spanned<String>,
    pub source: Spanned<String>,
    pub as_of: Spanned<toml::value::Datetime>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AreaNameEntry {
    pub code: Spanned<String>,
    pub name: Spanned<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ContactEntry {
    pub label: Spanned<String>,
    pub value: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AreaEntry {
    pub area: Spanned<String>,
    pub name: Spanned<String>,
    pub since: Spanned<toml::value::Datetime>,
    pub reason: Spanned<String>,
    #[serde(default)]
    pub situation: Option<SituationEntry>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StatementsFile {
    pub statement: Vec<StatementEntry>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StatementEntry {
    pub key: Spanned<ItemKey>,
    pub required: bool,
    pub title: Spanned<String>,
    pub detail: Spanned<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ComprehensionFile {
    pub question: Vec<QuestionEntry>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuestionEntry {
    pub id: Spanned<String>,
    pub text: Spanned<String>,
    pub explains: Spanned<String>,
    #[serde(default)]
    pub limit: bool,
    pub answers: Vec<AnswerEntry>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AnswerEntry {
    pub id: Spanned<String>,
    pub text: Spanned<String>,
    pub correct: bool,
}
