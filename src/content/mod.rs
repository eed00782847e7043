//! Structure: what is shown (pages, legal options, countries, consent statements,
//! comprehension questions) and the deployment's settings, from `content/`.
//! The words themselves are Fluent messages in `locales/` (see [`crate::i18n`]).
//!
//! Loading checks everything and refuses with one clear error naming file and
//! line: nothing partly loaded is ever shown.

mod advice;
mod backup_setting;
pub mod check;
mod files;
mod model;
pub mod read;
pub mod recordings;
mod version;

use std::collections::{BTreeSet, HashSet};
use std::ops::RangeInclusive;
use std::path::{Path, PathBuf};

use serde::de::DeserializeOwned;
use toml::Spanned;

use crate::consent::{
    COOLING_OFF_CEILING_HOURS, COOLING_OFF_FLOOR_HOURS, CoolingOff, Destination, ItemKey,
    LegalOption, SigningPolicy, Suspension, Timestamp,
};
use crate::i18n::{Catalog, Location};

pub use advice::{Advice, advice, report_advice};
pub use model::{
    Answer, Area, AreaSuspension, AssistanceStatus, BackupSetting, Contact, Country, Deadline,
    Deployment, MessageId, OptionPage, Page, Paper, Question, Situation, Statement,
};
pub use version::{PUBLISHED_FILE, content_version};

/// The shared pages shown with the voluntary-return option, in order.
pub const RETURN_PAGES: [&str; 6] = [
    "return-assistance",
    "reintegration",
    "before-you-go",
    "rights",
    "data-use",
    "time-to-think",
];

/// Why `content/` was refused.
#[derive(Debug, thiserror::Error)]
pub enum ContentError {
    /// A file could not be read.
    #[error("could not read {path}")]
    Io {
        /// The file.
        path: PathBuf,
        /// The cause.
        source: std::io::Error,
    },
    /// A file was refused (not a regular file, outside the folder, too large).
    #[error(transparent)]
    File(read::ReadError),
    /// Something in a file is wrong.
    #[error("{location}: {message}")]
    Invalid {
        /// Where.
        location: Location,
        /// What, and what to do.
        message: String,
    },
}

/// Everything `content/` describes, checked against itself and against `locales/en`.
#[derive(Debug, Clone)]
pub struct Content {
    /// The folder it was loaded from.
    pub dir: PathBuf,
    /// Deployment settings.
    pub deployment: Deployment,
    /// Pages shared by all options.
    pub pages: Vec<Page>,
    /// Every legal option, in overview order.
    pub options: Vec<OptionPage>,
    /// Countries of return.
    pub countries: Vec<Country>,
    /// Whether the countries are example data a deployment must replace.
    pub countries_are_examples: bool,
    /// The granular consent items.
    pub statements: Vec<Statement>,
    /// Comprehension questions.
    pub questions: Vec<Question>,
    /// Hash over `content/` and `locales/`: what an editor publishes.
    pub version: String,
    /// Each country's own version (see [`Content::version_for`]), by ISO code.
    pub country_versions: std::collections::BTreeMap<String, String>,
    /// The countries as loaded, before any console suspension went on top.
    countries_as_loaded: Vec<Country>,
    /// The recordings the kiosk may play (current text, approved or allowed
    /// unreviewed), by locale and message ID.
    playable: std::collections::BTreeMap<String, std::collections::BTreeMap<String, PathBuf>>,
}

/// One TOML file being read: its path and text, for error locations.
struct Source {
    path: PathBuf,
    text: String,
}

impl Source {
    fn read(dir: &Path, name: &str) -> Result<Self, ContentError> {
        let path = dir.join(name);
        let text = read::read_text_file(dir, &path, read::TEXT_CAP).map_err(ContentError::File)?;
        Ok(Self { path, text })
    }

    fn parse<T: DeserializeOwned>(&self) -> Result<T, ContentError> {
        toml::from_str(&self.text).map_err(|error| ContentError::Invalid {
            location: Location::of_toml(&self.path, &self.text, &error),
            message: error.message().trim().to_owned(),
        })
    }

    fn error<T>(
        &self,
        span: std::ops::Range<usize>,
        message: impl Into<String>,
    ) -> Result<T, ContentError> {
        Err(ContentError::Invalid {
            location: Location::at(&self.path, &self.text, span.start),
            message: message.into(),
        })
    }
}

/// Checks that message IDs exist in the source locale, and that IDs are unique.
struct Checker<'a> {
    messages: &'a BTreeSet<String>,
}

impl Checker<'_> {
    fn message(&self, source: &Source, id: &Spanned<String>) -> Result<MessageId, ContentError> {
        if self.messages.contains(id.get_ref()) {
            Ok(id.get_ref().clone())
        } else {
            source.error(
                id.span(),
                format!(
                    "unknown message ID \"{}\": it is not in locales/en",
                    id.get_ref()
                ),
            )
        }
    }

    fn messages(
        &self,
        source: &Source,
        ids: &[Spanned<String>],
    ) -> Result<Vec<MessageId>, ContentError> {
        ids.iter().map(|id| self.message(source, id)).collect()
    }
}

fn unique<T: std::hash::Hash + Eq + Clone + std::fmt::Debug>(
    source: &Source,
    seen: &mut HashSet<T>,
    value: &Spanned<T>,
    what: &str,
) -> Result<(), ContentError> {
    if seen.insert(value.get_ref().clone()) {
        Ok(())
    } else {
        source.error(
            value.span(),
            format!("duplicate {what} {:?}", value.get_ref()),
        )
    }
}

fn pictogram(
    dir: &Path,
    source: &Source,
    path: Option<&Spanned<String>>,
) -> Result<Option<PathBuf>, ContentError> {
    let Some(path) = path else { return Ok(None) };
    let full = dir.join(path.get_ref());
    match read::read_file(dir, &full, read::MEDIA_CAP) {
        // Parsed once here, so a broken drawing is found by `content check`, not at the kiosk.
        Ok(svg) => match resvg::usvg::Tree::from_data(&svg, &resvg::usvg::Options::default()) {
            Ok(_) => Ok(Some(full)),
            Err(error) => source.error(
                path.span(),
                format!(
                    "pictogram {} is not an SVG the kiosk can draw: {error}",
                    path.get_ref()
                ),
            ),
        },
        Err(error) if error.is_not_found() => source.error(
            path.span(),
            format!("pictogram {} does not exist", path.get_ref()),
        ),
        Err(error) => source.error(
            path.span(),
            format!("pictogram {}: {error}", path.get_ref()),
        ),
    }
}

fn date(
    source: &Source,
    value: &Spanned<toml::value::Datetime>,
) -> Result<time::Date, ContentError> {
    let Some(date) = value
        .get_ref()
        .date
        .filter(|_| value.get_ref().time.is_none())
    else {
        return source.error(value.span(), "expected a date such as 2024-02-01");
    };
    time::Month::try_from(date.month)
        .ok()
        .and_then(|month| {
            time::Date::from_calendar_date(i32::from(date.year), month, date.day).ok()
        })
        .map_or_else(|| source.error(value.span(), "not a valid date"), Ok)
}

impl Content {
    /// Loads and checks `content/`, with message IDs checked against `catalog`'s English.
    pub fn load(dir: &Path, catalog: &Catalog) -> Result<Self, ContentError> {
        let checker = Checker {
            messages: &catalog.source().message_ids,
        };
        let deployment = load_deployment(dir, catalog)?;
        let pages = load_pages(dir, &checker)?;
        let options = load_options(dir, &checker)?;
        let (countries, countries_are_examples) = load_countries(dir, &checker)?;
        let statements = load_statements(dir, &checker)?;
        let page_ids: HashSet<&str> = pages.iter().map(|p| p.id.as_str()).collect();
        let questions = load_questions(dir, &checker, &page_ids)?;
        let version = content_version(&[dir, catalog.dir()]).map_err(ContentError::File)?;
        let shared = version::shared_version(dir, catalog.dir()).map_err(ContentError::File)?;
        let mut content = Self {
            dir: dir.to_path_buf(),
            deployment,
            pages,
            options,
            countries_as_loaded: countries.clone(),
            countries,
            countries_are_examples,
            statements,
            questions,
            version,
            country_versions: std::collections::BTreeMap::new(),
            playable: std::collections::BTreeMap::new(),
        };
        if content.deployment.audio_offered {
            let allowed = content.deployment.play_unreviewed_recordings;
            content.playable = content
                .deployment
                .locales
                .iter()
                .map(|tag| {
                    let playable = recordings::playable(dir, catalog.dir(), tag, allowed);
                    (tag.clone(), playable)
                })
                .collect();
        }
        // Every placeable a country's page fills in, empty: the words are hashed, not a day's values.
        let mut blanks = fluent_bundle::FluentArgs::new();
        blanks.set("date", "");
        blanks.set("source", "");
        content.country_versions = content
            .countries
            .iter()
            .map(|country| {
                let texts = content.country_message_ids(&country.code);
                let texts = catalog.locales().flat_map(|locale| {
                    let tag = locale.tag.to_string();
                    let chain = catalog.chain(&tag, &tag);
                    texts
                        .iter()
                        .map(|id| catalog.text(&chain, id, Some(&blanks)).text)
                        .collect::<Vec<_>>()
                });
                let own = format!("{country:?}\u{0}{}", content.countries_are_examples);
                let texts: Vec<String> = std::iter::once(own).chain(texts).collect();
                (
                    country.code.clone(),
                    version::country_version(&shared, &texts),
                )
            })
            .collect();
        Ok(content)
    }

    /// The version a consent to return to `country` records: the words and rules
    /// every return shares (all of `content/` and `locales/` except the countries'
    /// own files) and that country's own entry and messages in every locale. A
    /// change to one country's page changes only its version, so only consents
    /// to that country are asked to consent again. Without a country (or for one
    /// the content no longer has), the whole content's version.
    pub fn version_for(&self, country: Option<&str>) -> &str {
        country
            .and_then(|code| self.country_versions.get(code))
            .map_or(self.version.as_str(), String::as_str)
    }

    /// The messages a country's page shows (including the shared words it uses,
    /// such as its status), in the order the page shows them.
    pub fn country_message_ids(&self, code: &str) -> Vec<&str> {
        let Some(country) = self.countries.iter().find(|c| c.code == code) else {
            return Vec::new();
        };
        let mut ids = vec![country.name.as_str()];
        match &country.status {
            AssistanceStatus::Available => ids.push("country-status-available"),
            AssistanceStatus::Suspended { reason, .. } => {
                ids.extend([
                    "country-status-suspended",
                    reason.as_str(),
                    "country-not-selectable",
                ]);
            }
        }
        if let Some(situation) = &country.situation {
            ids.extend([situation.text.as_str(), SITUATION_SOURCE]);
        }
        for area in &country.area_suspensions {
            ids.extend([area.name.as_str(), area.reason.as_str()]);
            if let Some(situation) = &area.situation {
                ids.extend([situation.text.as_str(), SITUATION_SOURCE]);
            }
        }
        ids.push(&country.reintegration);
        ids.push(COUNTRY_SUPPORT_LIMITS);
        ids.extend(country.contacts.iter().map(|c| c.label.as_str()));
        ids.extend(country.areas.iter().map(|a| a.name.as_str()));
        ids
    }

    /// `at` as a calendar date and time of day in the deployment's time zone.
    pub fn local_time(&self, at: Timestamp) -> (time::Date, time::Time) {
        let zoned = jiff::Timestamp::from_second(at.unix_timestamp())
            .ok()
            .zip(jiff::tz::TimeZone::get(&self.deployment.time_zone).ok())
            .map(|(instant, zone)| instant.to_zoned_datetime(zone));
        let local = zoned.and_then(|z| {
            let month = time::Month::try_from(u8::try_from(z.month()).ok()?).ok()?;
            let date = time::Date::from_calendar_date(
                i32::from(z.year()),
                month,
                u8::try_from(z.day()).ok()?,
            )
            .ok()?;
            let clock = time::Time::from_hms(
                u8::try_from(z.hour()).ok()?,
                u8::try_from(z.minute()).ok()?,
                0,
            )
            .ok()?;
            Some((date, clock))
        });
        local.unwrap_or((at.date(), at.time()))
    }

    /// When the deployment's day that holds `at` ends (its next local midnight),
    /// Unix ms: what "today" means for the console's queue. UTC midnight if the
    /// time zone is unknown.
    pub fn end_of_local_day_ms(&self, at: Timestamp) -> i64 {
        let zoned = jiff::Timestamp::from_second(at.unix_timestamp())
            .ok()
            .zip(jiff::tz::TimeZone::get(&self.deployment.time_zone).ok())
            .map(|(instant, zone)| instant.to_zoned_datetime(zone));
        let local = zoned.and_then(|z| {
            z.date()
                .tomorrow()
                .ok()?
                .to_zoned_datetime(z.time_zone().clone())
                .ok()
        });
        match local {
            Some(midnight) => midnight.timestamp().as_millisecond(),
            None => {
                let next = at
                    .date()
                    .next_day()
                    .unwrap_or(at.date())
                    .midnight()
                    .assume_utc();
                (next.unix_timestamp_nanos() / 1_000_000) as i64
            }
        }
    }

    /// What signing needs from the content: the cooling-off period and every suspension.
    pub fn signing_policy(&self) -> SigningPolicy {
        let mut suspensions = Vec::new();
        for country in &self.countries {
            if let AssistanceStatus::Suspended { since, reason } = &country.status {
                suspensions.push(Suspension {
                    destination: Destination::country(&country.code),
                    since: midnight(*since),
                    reason: reason.clone(),
                });
            }
            for area in &country.area_suspensions {
                suspensions.push(Suspension {
                    destination: Destination {
                        country: country.code.clone(),
                        area: Some(area.area.clone()),
                    },
                    since: midnight(area.since),
                    reason: area.reason.clone(),
                });
            }
        }
        let areas = self
            .countries
            .iter()
            .filter(|country| !country.areas.is_empty())
            .map(|country| {
                (
                    country.code.clone(),
                    country.areas.iter().map(|a| a.code.clone()).collect(),
                )
            })
            .collect();
        SigningPolicy {
            cooling_off: self.deployment.cooling_off,
            suspensions,
            confirmation_interview: self.deployment.confirmation_interview,
            sign_alone_in_draft_locales: self.deployment.sign_alone_in_draft_locales,
            areas,
        }
    }

    /// The messages a page shows, in order: its title, then its sections.
    pub fn page_messages(&self, page_id: &str) -> Vec<&str> {
        self.pages
            .iter()
            .find(|p| p.id == page_id)
            .map(|page| {
                std::iter::once(page.title.as_str())
                    .chain(page.sections.iter().map(String::as_str))
                    .collect()
            })
            .unwrap_or_default()
    }

    /// The messages of the overview: its own text, then each option's title and summary.
    pub fn overview_messages(&self) -> Vec<&str> {
        let mut ids = self.page_messages("overview");
        for option in &self.options {
            ids.extend([option.title.as_str(), option.summary.as_str()]);
        }
        ids
    }

    /// The messages an option's page shows. Voluntary return also explains what
    /// all returns share: assistance, reintegration, rights, data and time to think.
    pub fn option_messages(&self, option: LegalOption) -> Vec<&str> {
        let Some(page) = self.options.iter().find(|o| o.option == option) else {
            return Vec::new();
        };
        let mut ids: Vec<&str> = std::iter::once(page.title.as_str())
            .chain(page.sections.iter().map(String::as_str))
            .collect();
        if option == LegalOption::VoluntaryReturn {
            for shared in RETURN_PAGES {
                ids.extend(self.page_messages(shared));
            }
        }
        ids
    }

    /// The granular items as shown: each question, its explanation, required or not.
    pub fn statement_messages(&self) -> Vec<&str> {
        self.statements
            .iter()
            .flat_map(|s| {
                let need = if s.required {
                    "item-required"
                } else {
                    "item-optional"
                };
                [s.title.as_str(), s.detail.as_str(), need]
            })
            .collect()
    }

    /// The statements as the domain's draft wants them.
    pub fn items(&self) -> Vec<(ItemKey, bool)> {
        self.statements
            .iter()
            .map(|s| (s.item, s.required))
            .collect()
    }

    /// Puts the console's suspensions (sealed, not lifted) on top of the content
    /// as loaded: the effective policy is the content's suspensions and these.
    /// One lifted since the last call is no longer applied.
    pub fn apply_console_suspensions(&mut self, suspensions: &[Suspension]) {
        self.countries.clone_from(&self.countries_as_loaded);
        for suspension in suspensions {
            self.suspend(suspension);
        }
    }

    /// Whether the content itself (`countries.toml`, not the console) suspends
    /// `destination`'s country or that very area.
    pub fn suspends_itself(&self, destination: &Destination) -> bool {
        self.countries_as_loaded.iter().any(|country| {
            country.code == destination.country
                && (matches!(country.status, AssistanceStatus::Suspended { .. })
                    || destination
                        .area
                        .as_ref()
                        .is_some_and(|area| country.area_suspension(area).is_some()))
        })
    }

    /// Applies a suspension declared in the console: the country (or area) is no
    /// longer offered for a new consent. Its page says the centre paused it.
    pub fn suspend(&mut self, suspension: &Suspension) {
        let Some(country) = self
            .countries
            .iter_mut()
            .find(|c| c.code == suspension.destination.country)
        else {
            return;
        };
        let since = suspension.since.date();
        match &suspension.destination.area {
            None => {
                country.status = AssistanceStatus::Suspended {
                    since,
                    reason: CENTRE_SUSPENSION_REASON.to_owned(),
                };
            }
            Some(area) => {
                if country.area_suspension(area).is_some() {
                    return;
                }
                // Named as the content names the area (the console suspends only listed ones).
                let name = country
                    .area(area)
                    .map_or_else(|| area.clone(), |a| a.name.clone());
                country.area_suspensions.push(AreaSuspension {
                    area: area.clone(),
                    name,
                    since,
                    reason: CENTRE_SUSPENSION_REASON.to_owned(),
                    situation: None,
                });
            }
        }
    }

    /// The recording of message `id` the kiosk may play in `locale`: recorded from
    /// the current text, and approved by a reviewer unless the deployment plays
    /// unreviewed recordings. A stale or rejected recording never plays.
    pub fn playable_recording(&self, locale: &str, id: &str) -> Option<PathBuf> {
        self.playable.get(locale)?.get(id).cloned()
    }

    /// The read-aloud recording of message `id` in `locale`, if there is one:
    /// `content/audio/<locale>/<id>.<ext>`, the first of [`RECORDING_EXTENSIONS`].
    pub fn recording(&self, locale: &str, id: &str) -> Option<PathBuf> {
        let folder = self.dir.join("audio").join(locale);
        RECORDING_EXTENSIONS
            .iter()
            .map(|ext| folder.join(format!("{id}.{ext}")))
            .find(|path| read::is_usable_file(&self.dir, path, read::MEDIA_CAP))
    }

    /// Every message ID the content refers to, for checks.
    pub fn message_ids(&self) -> BTreeSet<&str> {
        let mut ids = BTreeSet::new();
        for page in &self.pages {
            ids.insert(page.title.as_str());
            ids.extend(page.sections.iter().map(String::as_str));
        }
        for option in &self.options {
            ids.extend([option.title.as_str(), option.summary.as_str()]);
            ids.extend(option.sections.iter().map(String::as_str));
        }
        for country in &self.countries {
            ids.extend(self.country_message_ids(&country.code));
        }
        ids.extend(self.deployment.legal_aid.iter().map(|c| c.label.as_str()));
        for statement in &self.statements {
            ids.extend([statement.title.as_str(), statement.detail.as_str()]);
        }
        for question in &self.questions {
            ids.insert(question.text.as_str());
            ids.extend(question.answers.iter().map(|a| a.text.as_str()));
        }
        ids
    }
}

/// Fits `catalog` to the deployment's settings about words: the calendar of
/// Persian-script dates, and the pseudo-locales (offered when the deployment
/// sets `pseudo_locales`, or when `pseudo_forced` by `--pseudo-locales`). Called
/// wherever content is taken into use, at start and after each publication, so
/// a reload keeps them.
pub fn fit_words(
    catalog: &mut Catalog,
    content: &mut Content,
    pseudo_forced: bool,
) -> Result<(), crate::i18n::I18nError> {
    catalog.set_persian_calendar(content.deployment.persian_calendar);
    if pseudo_forced || content.deployment.pseudo_locales {
        crate::i18n::pseudo::offer(catalog, &mut content.deployment.locales)?;
    }
    Ok(())
}

fn midnight(date: time::Date) -> Timestamp {
    date.midnight().assume_utc()
}

/// The message naming a role, on screen and on receipts.
pub fn role_message(role: crate::consent::Role) -> &'static str {
    use crate::consent::Role;
    match role {
        Role::Migrant => "role-migrant",
        Role::Guardian => "role-guardian",
        Role::LegalRepresentative => "role-legal-representative",
        Role::Counsellor => "role-counsellor",
        Role::Interpreter => "role-interpreter",
        Role::Witness => "role-witness",
    }
}

/// The line under a country's (or area's) situation: its source and date
/// (`$source`, `$date`).
pub const SITUATION_SOURCE: &str = "country-situation-source";

/// What every country's page says about the limits of support after return.
pub const COUNTRY_SUPPORT_LIMITS: &str = "country-support-limits";

/// The page "Get legal help" opens: its sections, then the deployment's
/// `legal_aid` contacts.
pub const LEGAL_HELP_PAGE: &str = "legal-help";

/// `situation_max_age_days` when absent.
pub const SITUATION_MAX_AGE_DAYS_DEFAULT: u32 = 180;
/// Bounds of `situation_max_age_days`.
pub const SITUATION_MAX_AGE_DAYS: RangeInclusive<u32> = 7..=730;

/// The message a country's page shows for a suspension declared in the console
/// (the administrator's own reason is for the record, in their language).
pub const CENTRE_SUSPENSION_REASON: &str = "country-suspended-by-centre";

/// The kinds of recording a deployment may put in `content/audio/`, preferred first.
pub const RECORDING_EXTENSIONS: [&str; 4] = ["opus", "ogg", "mp3", "wav"];

/// Bounds of the numeric settings of `deployment.toml`. A value outside them is
/// refused at load, never clamped: a typing mistake must not become a setting.
pub const IDLE_WARNING_SECONDS: RangeInclusive<u32> = 10..=3600;
/// See [`IDLE_WARNING_SECONDS`].
pub const IDLE_RESET_SECONDS: RangeInclusive<u32> = 15..=7200;
/// See [`IDLE_WARNING_SECONDS`].
pub const RETENTION_YEARS: RangeInclusive<u32> = 1..=100;
/// See [`IDLE_WARNING_SECONDS`].
pub const CONSOLE_LOCK_MINUTES: RangeInclusive<u32> = 1..=120;
/// The console's lock when `deployment.toml` sets none.
pub const CONSOLE_LOCK_MINUTES_DEFAULT: u32 = 15;
/// Bounds of `reading_idle_factor`.
pub const READING_IDLE_FACTOR: RangeInclusive<u32> = 1..=5;
/// `reading_idle_factor` when absent: reading pages wait twice as long.
pub const READING_IDLE_FACTOR_DEFAULT: u32 = 2;
/// Bounds of `screen_diagonal_inches`: from a small tablet to a large totem.
pub const SCREEN_DIAGONAL_INCHES: RangeInclusive<f64> = 7.0..=100.0;

/// A numeric setting, refused with its line when outside `range`.
fn setting(
    source: &Source,
    name: &str,
    value: &Spanned<u32>,
    range: RangeInclusive<u32>,
    unit: &str,
) -> Result<u32, ContentError> {
    let number = *value.get_ref();
    if range.contains(&number) {
        Ok(number)
    } else {
        source.error(
            value.span(),
            format!(
                "{name} = {number} is out of range: set it between {} and {} {unit}",
                range.start(),
                range.end()
            ),
        )
    }
}

/// Bounds of a deadline written in days (`asylum_deadline = 21`).
pub const DEADLINE_DAYS: RangeInclusive<u32> = 1..=3650;

/// A legal time limit: a number of days, or words shown as written. Never
/// guessed: empty words are refused rather than shown as no limit.
fn deadline(
    source: &Source,
    name: &str,
    value: Option<&Spanned<toml::Value>>,
) -> Result<Option<Deadline>, ContentError> {
    let Some(value) = value else { return Ok(None) };
    match value.get_ref() {
        toml::Value::Integer(days) => match u32::try_from(*days) {
            Ok(days) if DEADLINE_DAYS.contains(&days) => Ok(Some(Deadline::Days(days))),
            _ => source.error(
                value.span(),
                format!(
                    "{name} = {days} is out of range: write between {} and {} days, or the deadline in words",
                    DEADLINE_DAYS.start(),
                    DEADLINE_DAYS.end()
                ),
            ),
        },
        toml::Value::String(text) if !text.trim().is_empty() => {
            Ok(Some(Deadline::Text(text.trim().to_owned())))
        }
        _ => source.error(
            value.span(),
            format!(
                "{name} must be a number of days (such as 15) or the deadline in words (such as \"15 days from the decision letter\"); leave the line out when unknown"
            ),
        ),
    }
}

fn load_deployment(dir: &Path, catalog: &Catalog) -> Result<Deployment, ContentError> {
    let source = Source::read(dir, "deployment.toml")?;
    let file: files::DeploymentFile = source.parse()?;
    let checker = Checker {
        messages: &catalog.source().message_ids,
    };
    let legal_aid = file
        .legal_aid
        .iter()
        .map(|c| {
            if c.value.trim().is_empty() {
                return source.error(
                    c.label.span(),
                    "a legal_aid contact needs a value: a phone number, address or opening hours",
                );
            }
            Ok(Contact {
                label: checker.message(&source, &c.label)?,
                value: c.value.clone(),
            })
        })
        .collect::<Result<Vec<_>, _>>()?;
    let situation_max_age_days = match &file.situation_max_age_days {
        Some(days) => setting(
            &source,
            "situation_max_age_days",
            days,
            SITUATION_MAX_AGE_DAYS,
            "days",
        )?,
        None => SITUATION_MAX_AGE_DAYS_DEFAULT,
    };
    let persian_calendar = match &file.persian_calendar {
        None => crate::i18n::PersianCalendar::default(),
        Some(name) => match crate::i18n::PersianCalendar::from_name(name.get_ref()) {
            Some(calendar) => calendar,
            None => {
                return source.error(
                    name.span(),
                    format!(
                        "persian_calendar \"{}\" is not one of {}",
                        name.get_ref(),
                        crate::i18n::PersianCalendar::NAMES.join(", ")
                    ),
                );
            }
        },
    };
    let asylum_deadline = deadline(&source, "asylum_deadline", file.asylum_deadline.as_ref())?;
    let appeal_deadline = deadline(&source, "appeal_deadline", file.appeal_deadline.as_ref())?;
    let host_country = file.host_country.get_ref().clone();
    if isocountry::CountryCode::for_alpha2(&host_country).is_err() {
        return source.error(
            file.host_country.span(),
            format!("\"{host_country}\" is not an ISO 3166-1 alpha-2 country code"),
        );
    }
    let mut locales = Vec::new();
    for tag in file
        .locales
        .iter()
        .chain(std::iter::once(&file.host_locale))
    {
        if catalog.locale(tag.get_ref()).is_none() {
            return source.error(
                tag.span(),
                format!("locale \"{}\" has no folder in locales/", tag.get_ref()),
            );
        }
    }
    let mut seen = HashSet::new();
    for tag in &file.locales {
        unique(&source, &mut seen, tag, "locale")?;
        locales.push(tag.get_ref().clone());
    }
    if jiff::tz::TimeZone::get(file.time_zone.get_ref()).is_err() {
        return source.error(
            file.time_zone.span(),
            format!(
                "time_zone \"{}\" is not an IANA time zone name: write one such as \"Europe/Paris\"",
                file.time_zone.get_ref()
            ),
        );
    }
    // Below the floor or the minimum is the domain's rule, with its own words below.
    let hours = |name: &str, value: &Spanned<u32>| {
        if *value.get_ref() > COOLING_OFF_CEILING_HOURS {
            setting(
                &source,
                name,
                value,
                COOLING_OFF_FLOOR_HOURS..=COOLING_OFF_CEILING_HOURS,
                "hours",
            )
        } else {
            Ok(*value.get_ref())
        }
    };
    let cooling_off_hours = hours("cooling_off_hours", &file.cooling_off_hours)?;
    let cooling_off_minimum_hours =
        hours("cooling_off_minimum_hours", &file.cooling_off_minimum_hours)?;
    let cooling_off = match CoolingOff::new(cooling_off_hours, cooling_off_minimum_hours) {
        Ok(cooling_off) => cooling_off,
        Err(error) => {
            let span = match error {
                crate::consent::RuleViolation::CoolingOffMinimumTooLow { .. } => {
                    file.cooling_off_minimum_hours.span()
                }
                _ => file.cooling_off_hours.span(),
            };
            return source.error(span, error.to_string());
        }
    };
    let idle_warning_seconds = setting(
        &source,
        "idle_warning_seconds",
        &file.idle_warning_seconds,
        IDLE_WARNING_SECONDS,
        "seconds",
    )?;
    let idle_reset_seconds = setting(
        &source,
        "idle_reset_seconds",
        &file.idle_reset_seconds,
        IDLE_RESET_SECONDS,
        "seconds",
    )?;
    if idle_reset_seconds <= idle_warning_seconds {
        return source.error(file.idle_reset_seconds.span(), "idle_reset_seconds must be longer than idle_warning_seconds, so the warning comes first");
    }
    let retention_years = setting(
        &source,
        "retention_years",
        &file.retention_years,
        RETENTION_YEARS,
        "years",
    )?;
    let console_lock_minutes = match &file.console_lock_minutes {
        Some(minutes) => setting(
            &source,
            "console_lock_minutes",
            minutes,
            CONSOLE_LOCK_MINUTES,
            "minutes",
        )?,
        None => CONSOLE_LOCK_MINUTES_DEFAULT,
    };
    let reading_idle_factor = match &file.reading_idle_factor {
        Some(factor) => setting(
            &source,
            "reading_idle_factor",
            factor,
            READING_IDLE_FACTOR,
            "times",
        )?,
        None => READING_IDLE_FACTOR_DEFAULT,
    };
    let screen_diagonal_inches = match &file.screen_diagonal_inches {
        Some(inches) if SCREEN_DIAGONAL_INCHES.contains(inches.get_ref()) => {
            Some((*inches.get_ref() * 10.0).round() as u32)
        }
        Some(inches) => {
            return source.error(
                inches.span(),
                format!(
                    "screen_diagonal_inches = {} is out of range: set it between {} and {} inches",
                    inches.get_ref(),
                    SCREEN_DIAGONAL_INCHES.start(),
                    SCREEN_DIAGONAL_INCHES.end()
                ),
            );
        }
        None => None,
    };
    Ok(Deployment {
        screen_diagonal_tenths: screen_diagonal_inches,
        reading_idle_factor,
        fullscreen: file.fullscreen.unwrap_or(false),
        keyboard_attached: file.keyboard_attached.unwrap_or(false),
        sign_alone_in_draft_locales: file.sign_alone_in_draft_locales.unwrap_or(false),
        host_country,
        host_locale: file.host_locale.get_ref().clone(),
        time_zone: file.time_zone.get_ref().clone(),
        locales,
        cooling_off,
        idle_warning_seconds,
        idle_reset_seconds,
        retention_years,
        audio_offered: file.audio_offered,
        audio_player: file.audio_player.filter(|command| !command.is_empty()),
        audio_recorder: file.audio_recorder.filter(|command| !command.is_empty()),
        play_unreviewed_recordings: file.play_unreviewed_recordings.unwrap_or(false),
        announce_languages: file.announce_languages.unwrap_or(true),
        console_lock_minutes,
        confirmation_interview: file.confirmation_interview.unwrap_or(true),
        alert_command: file
            .alert_command
            .filter(|command| command.first().is_some_and(|program| !program.is_empty())),
        receipt_paper: match file.receipt_paper.as_ref().map(|p| p.get_ref().as_str()) {
            None | Some("a4") => Paper::A4,
            Some("a5") => Paper::A5,
            Some("roll80") => Paper::Roll80,
            Some(other) => {
                let span = file
                    .receipt_paper
                    .as_ref()
                    .map(Spanned::span)
                    .unwrap_or_default();
                return source.error(
                    span,
                    format!("receipt_paper \"{other}\" is not a4, a5 or roll80"),
                );
            }
        },
        printer: file.printer.filter(|p| !p.trim().is_empty()),
        central_url: file
            .central_url
            .map(|u| u.trim().to_owned())
            .filter(|u| !u.is_empty()),
        centre_contact: file.centre_contact.unwrap_or_default(),
        complaints_contact: file
            .complaints_contact
            .filter(|c| !c.trim().is_empty())
            .unwrap_or_default(),
        legal_aid,
        situation_max_age_days,
        persian_calendar,
        asylum_deadline,
        appeal_deadline,
        pseudo_locales: file.pseudo_locales.unwrap_or(false),
        backup: backup_setting::check(&source, file.backup.as_ref())?,
    })
}

fn load_pages(dir: &Path, checker: &Checker<'_>) -> Result<Vec<Page>, ContentError> {
    let source = Source::read(dir, "pages.toml")?;
    let file: files::PagesFile = source.parse()?;
    let mut seen = HashSet::new();
    file.page
        .iter()
        .map(|page| {
            unique(&source, &mut seen, &page.id, "page id")?;
            Ok(Page {
                id: page.id.get_ref().clone(),
                title: checker.message(&source, &page.title)?,
                sections: checker.messages(&source, &page.sections)?,
                pictogram: pictogram(dir, &source, page.pictogram.as_ref())?,
            })
        })
        .collect()
}

fn load_options(dir: &Path, checker: &Checker<'_>) -> Result<Vec<OptionPage>, ContentError> {
    let source = Source::read(dir, "options.toml")?;
    let file: files::OptionsFile = source.parse()?;
    let mut seen = HashSet::new();
    let options = file
        .option
        .iter()
        .map(|entry| {
            unique(&source, &mut seen, &entry.key, "option")?;
            Ok(OptionPage {
                option: *entry.key.get_ref(),
                title: checker.message(&source, &entry.title)?,
                summary: checker.message(&source, &entry.summary)?,
                sections: checker.messages(&source, &entry.sections)?,
                pictogram: pictogram(dir, &source, entry.pictogram.as_ref())?,
            })
        })
        .collect::<Result<Vec<_>, _>>()?;
    // Rule 2: all options are shown; none may be left out.
    if let Some(missing) = LegalOption::ALL.iter().find(|o| !seen.contains(*o)) {
        return source.error(
            0..0,
            format!(
                "the option \"{}\" is missing: every legal option must be shown",
                missing.key()
            ),
        );
    }
    Ok(options)
}

fn load_countries(dir: &Path, checker: &Checker<'_>) -> Result<(Vec<Country>, bool), ContentError> {
    let source = Source::read(dir, "countries.toml")?;
    let file: files::CountriesFile = source.parse()?;
    let mut seen = HashSet::new();
    let countries = file
        .country
        .iter()
        .map(|entry| {
            let code = entry.code.get_ref();
            if isocountry::CountryCode::for_alpha2(code).is_err() {
                return source.error(
                    entry.code.span(),
                    format!("\"{code}\" is not an ISO 3166-1 alpha-2 country code"),
                );
            }
            unique(&source, &mut seen, &entry.code, "country")?;
            let status = match (
                entry.status.get_ref().as_str(),
                &entry.suspended_since,
                &entry.reason,
            ) {
                ("available", None, None) => AssistanceStatus::Available,
                ("suspended", Some(since), Some(reason)) => AssistanceStatus::Suspended {
                    since: date(&source, since)?,
                    reason: checker.message(&source, reason)?,
                },
                ("available", _, _) => {
                    return source.error(
                        entry.status.span(),
                        "an available country has no suspended_since or reason",
                    );
                }
                ("suspended", _, _) => {
                    return source.error(
                        entry.status.span(),
                        "a suspended country needs suspended_since and reason",
                    );
                }
                (other, _, _) => {
                    return source.error(
                        entry.status.span(),
                        format!("status \"{other}\" is neither \"available\" nor \"suspended\""),
                    );
                }
            };
            let area_code = |area: &Spanned<String>| {
                let prefix = format!("{code}-");
                let suffix = area.get_ref().strip_prefix(&prefix).unwrap_or("");
                if suffix.is_empty()
                    || suffix.len() > 3
                    || !suffix.chars().all(|c| c.is_ascii_alphanumeric())
                {
                    return source.error(
                        area.span(),
                        format!(
                            "\"{}\" is not an ISO 3166-2 code of {code} (such as {code}-AB)",
                            area.get_ref()
                        ),
                    );
                }
                Ok(())
            };
            let mut seen_areas = HashSet::new();
            let mut areas = entry
                .area
                .iter()
                .map(|area| {
                    area_code(&area.code)?;
                    unique(&source, &mut seen_areas, &area.code, "area")?;
                    Ok(Area {
                        code: area.code.get_ref().clone(),
                        name: checker.message(&source, &area.name)?,
                    })
                })
                .collect::<Result<Vec<_>, _>>()?;
            let area_suspensions = entry
                .area_suspension
                .iter()
                .map(|area| {
                    area_code(&area.area)?;
                    Ok(AreaSuspension {
                        area: area.area.get_ref().clone(),
                        name: checker.message(&source, &area.name)?,
                        since: date(&source, &area.since)?,
                        reason: checker.message(&source, &area.reason)?,
                        situation: situation(&source, checker, area.situation.as_ref())?,
                    })
                })
                .collect::<Result<Vec<_>, _>>()?;
            // A paused area is an area of return too: listed if the file did not.
            for paused in &area_suspensions {
                if !areas.iter().any(|a| a.code == paused.area) {
                    areas.push(Area {
                        code: paused.area.clone(),
                        name: paused.name.clone(),
                    });
                }
            }
            Ok(Country {
                code: code.clone(),
                name: checker.message(&source, &entry.name)?,
                reintegration: checker.message(&source, &entry.reintegration)?,
                status,
                contacts: entry
                    .contacts
                    .iter()
                    .map(|c| {
                        Ok(Contact {
                            label: checker.message(&source, &c.label)?,
                            value: c.value.clone(),
                        })
                    })
                    .collect::<Result<Vec<_>, _>>()?,
                area_suspensions,
                situation: situation(&source, checker, entry.situation.as_ref())?,
                areas,
            })
        })
        .collect::<Result<Vec<_>, _>>()?;
    Ok((countries, file.example_data))
}

/// A country's or area's `situation`: its message, a named source and a date.
fn situation(
    source: &Source,
    checker: &Checker<'_>,
    entry: Option<&files::SituationEntry>,
) -> Result<Option<Situation>, ContentError> {
    let Some(entry) = entry else { return Ok(None) };
    if entry.source.get_ref().trim().is_empty() {
        return source.error(
            entry.source.span(),
            "a situation needs its source: who the description is based on",
        );
    }
    Ok(Some(Situation {
        text: checker.message(source, &entry.text)?,
        source: entry.source.get_ref().clone(),
        as_of: date(source, &entry.as_of)?,
    }))
}

fn load_statements(dir: &Path, checker: &Checker<'_>) -> Result<Vec<Statement>, ContentError> {
    let source = Source::read(dir, "statements.toml")?;
    let file: files::StatementsFile = source.parse()?;
    let mut seen = HashSet::new();
    let statements = file
        .statement
        .iter()
        .map(|entry| {
            unique(&source, &mut seen, &entry.key, "statement")?;
            Ok(Statement {
                item: *entry.key.get_ref(),
                required: entry.required,
                title: checker.message(&source, &entry.title)?,
                detail: checker.message(&source, &entry.detail)?,
            })
        })
        .collect::<Result<Vec<_>, _>>()?;
    // Rule 4: each granular item is asked on its own; none may be folded into another.
    if let Some(missing) = ItemKey::ALL.iter().find(|k| !seen.contains(*k)) {
        return source.error(
            0..0,
            format!("the statement \"{}\" is missing", missing.key()),
        );
    }
    Ok(statements)
}

fn load_questions(
    dir: &Path,
    checker: &Checker<'_>,
    pages: &HashSet<&str>,
) -> Result<Vec<Question>, ContentError> {
    let source = Source::read(dir, "comprehension.toml")?;
    let file: files::ComprehensionFile = source.parse()?;
    if !(5..=8).contains(&file.question.len()) {
        return source.error(
            0..0,
            format!(
                "there are {} questions: ask between 5 and 8",
                file.question.len()
            ),
        );
    }
    let mut seen = HashSet::new();
    file.question
        .iter()
        .map(|entry| {
            unique(&source, &mut seen, &entry.id, "question id")?;
            if !pages.contains(entry.explains.get_ref().as_str()) {
                return source.error(
                    entry.explains.span(),
                    format!(
                        "no page \"{}\" in pages.toml to explain this again",
                        entry.explains.get_ref()
                    ),
                );
            }
            let mut answer_ids = HashSet::new();
            let answers = entry
                .answers
                .iter()
                .map(|answer| {
                    unique(&source, &mut answer_ids, &answer.id, "answer id")?;
                    Ok(Answer {
                        id: answer.id.get_ref().clone(),
                        text: checker.message(&source, &answer.text)?,
                        correct: answer.correct,
                    })
                })
                .collect::<Result<Vec<_>, _>>()?;
            if answers.iter().filter(|a| a.correct).count() != 1 {
                return source.error(entry.id.span(), "a question needs exactly one right answer");
            }
            Ok(Question {
                id: entry.id.get_ref().clone(),
                text: checker.message(&source, &entry.text)?,
                explains: entry.explains.get_ref().clone(),
                limit: entry.limit,
                answers,
            })
        })
        .collect()
}
