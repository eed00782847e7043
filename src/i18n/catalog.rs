//! Every locale's Fluent bundle, loaded from `locales/<tag>/*.ftl`, with language
//! negotiation and a per-message fallback chain that says when it was used.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use fluent_langneg::{NegotiationStrategy, negotiate_languages};
use unic_langid::LanguageIdentifier;

use super::calendar::PersianCalendar;
use super::locale_meta::{Direction, LocaleMeta};
use super::pseudo::Pseudo;
use super::{I18nError, Location, MAX_FLUENT_DEPTH, numbers, too_deep};
use crate::content::read::{TEXT_CAP, read_text_file};

/// The message that puts a label before its value (`$label`, `$value`).
pub const LABEL_VALUE: &str = "label-value";

/// The source locale every other is compared with and falls back to last.
pub const SOURCE_LOCALE: &str = "en";

/// A problem in one locale's files that did not stop loading (the message falls back).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FtlProblem {
    /// Where.
    pub location: Location,
    /// What, without personal data.
    pub message: String,
}

/// One locale: its metadata, its messages, and what was wrong in its files.
pub struct Locale {
    /// The BCP 47 tag.
    pub tag: LanguageIdentifier,
    /// `locale.toml`.
    pub meta: LocaleMeta,
    /// Problems found while loading; each broken message falls back.
    pub problems: Vec<FtlProblem>,
    /// The IDs of the messages this locale has.
    pub message_ids: BTreeSet<String>,
    /// A pseudo-locale made from English (`en-XA`, `ar-XB`), not a translation.
    pub pseudo: Option<Pseudo>,
    bundle: FluentBundle<FluentResource>,
}

impl std::fmt::Debug for Locale {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Locale")
            .field("tag", &self.tag)
            .field("messages", &self.message_ids.len())
            .field("problems", &self.problems.len())
            .finish_non_exhaustive()
    }
}

/// A text ready to show, and where it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Localized {
    /// The text, with Fluent's bidi isolation marks around placeables.
    pub text: String,
    /// The locale that supplied it.
    pub locale: String,
    /// True when the first locale of the chain lacked the message (or it was broken).
    pub fell_back: bool,
    /// True when no locale has it: `text` is then the message ID itself.
    pub missing: bool,
}

/// The order in which locales are tried for a person: their language, the host
/// language, then English.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LocaleChain(Vec<String>);

impl LocaleChain {
    /// The locale the person chose (after negotiation).
    pub fn primary(&self) -> &str {
        self.0.first().map_or(SOURCE_LOCALE, String::as_str)
    }

    /// Every locale tried, in order.
    pub fn tags(&self) -> &[String] {
        &self.0
    }
}

/// All locales.
#[derive(Debug)]
pub struct Catalog {
    locales: BTreeMap<String, Locale>,
    dir: PathBuf,
    /// Messages (locale, ID) that failed to format, each logged once.
    format_failures: Mutex<BTreeSet<(String, String)>>,
    /// The calendar of Persian-script dates (the deployment's `persian_calendar`).
    persian_calendar: PersianCalendar,
}

impl Catalog {
    /// Loads every `locales/<tag>/` folder. A broken `.ftl` does not stop loading:
    /// its problems are recorded and its broken messages fall back. A locale
    /// without `locale.toml`, or a missing source locale, is an error.
    pub fn load(dir: &Path) -> Result<Self, I18nError> {
        let mut locales = BTreeMap::new();
        let entries = std::fs::read_dir(dir).map_err(|source| I18nError::Io {
            path: dir.to_path_buf(),
            source,
        })?;
        let mut folders: Vec<PathBuf> = entries
            .filter_map(Result::ok)
            .map(|entry| entry.path())
            .filter(|path| path.is_dir())
            .collect();
        folders.sort();
        for folder in folders {
            let locale = load_locale(dir, &folder)?;
            locales.insert(locale.tag.to_string(), locale);
        }
        if !locales.contains_key(SOURCE_LOCALE) {
            return Err(I18nError::NoSourceLocale {
                path: dir.join(SOURCE_LOCALE),
            });
        }
        Ok(Self {
            locales,
            dir: dir.to_path_buf(),
            format_failures: Mutex::new(BTreeSet::new()),
            persian_calendar: PersianCalendar::default(),
        })
    }

    /// Adds the pseudo-locales `en-XA` (accented, lengthened) and `ar-XB` (right
    /// to left), made from English now: for developers, tests and screenshots
    /// only. They are offered only where a caller adds them to the offered
    /// languages (`--pseudo-locales`).
    pub fn add_pseudo_locales(&mut self) -> Result<(), I18nError> {
        for pseudo in Pseudo::ALL {
            let mut locale = load_locale(&self.dir, &self.dir.join(SOURCE_LOCALE))?;
            locale.tag = pseudo.tag().parse().map_err(|_| I18nError::BadTag {
                path: self.dir.join(pseudo.tag()),
            })?;
            locale.meta = LocaleMeta {
                native_name: pseudo.native_name().to_owned(),
                english_name: Some(format!("pseudo-locale {}", pseudo.tag())),
                script: "Latn".to_owned(),
                direction: match pseudo {
                    Pseudo::Accented => Direction::Ltr,
                    Pseudo::Mirrored => Direction::Rtl,
                },
                review: "pseudo-locale, made from English".to_owned(),
                reviewer: None,
                reviewed_on: None,
            };
            locale.pseudo = Some(pseudo);
            self.locales.insert(pseudo.tag().to_owned(), locale);
        }
        Ok(())
    }

    /// Writes Persian-script dates in `calendar` from now on (the deployment's
    /// `persian_calendar`; Gregorian until set).
    pub fn set_persian_calendar(&mut self, calendar: PersianCalendar) {
        self.persian_calendar = calendar;
    }

    /// The calendar Persian-script dates are written in.
    pub fn persian_calendar(&self) -> PersianCalendar {
        self.persian_calendar
    }

    /// The folder the catalog was loaded from.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Every locale, by tag.
    pub fn locales(&self) -> impl Iterator<Item = &Locale> {
        self.locales.values()
    }

    /// One locale.
    pub fn locale(&self, tag: &str) -> Option<&Locale> {
        self.locales.get(tag)
    }

    /// The source locale (always present).
    #[allow(
        clippy::indexing_slicing,
        reason = "`Catalog::load` refuses a locales folder without the source locale"
    )]
    pub fn source(&self) -> &Locale {
        &self.locales[SOURCE_LOCALE]
    }

    /// The chain for a person who asked for `requested` (e.g. `fa-AF`), in a
    /// centre whose host language is `host`.
    pub fn chain(&self, requested: &str, host: &str) -> LocaleChain {
        let available: Vec<LanguageIdentifier> =
            self.locales.values().map(|l| l.tag.clone()).collect();
        let requested: Vec<LanguageIdentifier> = requested.parse().into_iter().collect();
        let negotiated =
            negotiate_languages(&requested, &available, None, NegotiationStrategy::Filtering);
        let mut chain: Vec<String> = negotiated
            .iter()
            .map(|tag| tag.to_string())
            .take(1)
            .collect();
        for tag in [host, SOURCE_LOCALE] {
            if self.locales.contains_key(tag) && !chain.iter().any(|t| t == tag) {
                chain.push(tag.to_owned());
            }
        }
        LocaleChain(chain)
    }

    /// The message `id` in the first locale of `chain` that has it.
    pub fn text(&self, chain: &LocaleChain, id: &str, args: Option<&FluentArgs<'_>>) -> Localized {
        for (position, tag) in chain.0.iter().enumerate() {
            let Some(locale) = self.locales.get(tag) else {
                continue;
            };
            let Some(pattern) = locale.bundle.get_message(id).and_then(|m| m.value()) else {
                continue;
            };
            let mut errors = Vec::new();
            let text = locale.bundle.format_pattern(pattern, args, &mut errors);
            if !errors.is_empty() {
                // A placeable that could not be resolved: say so (once), then
                // try the next locale.
                self.note_format_failure(tag, id, &errors);
                continue;
            }
            let text = match locale.pseudo {
                Some(pseudo) => pseudo.transform(&text),
                None => text.into_owned(),
            };
            return Localized {
                text,
                locale: tag.clone(),
                fell_back: position > 0,
                missing: false,
            };
        }
        Localized {
            text: id.to_owned(),
            locale: SOURCE_LOCALE.to_owned(),
            fell_back: true,
            missing: true,
        }
    }

    /// How many messages failed to format since loading (each counted once).
    pub fn format_failures(&self) -> usize {
        self.format_failures.lock().map_or(0, |seen| seen.len())
    }

    /// Logs a formatting failure the first time it happens. Only the locale, the
    /// message ID and Fluent's error (which names IDs and variables, never
    /// their values) are written, so no personal data reaches the log.
    fn note_format_failure(&self, tag: &str, id: &str, errors: &[fluent_bundle::FluentError]) {
        let Ok(mut seen) = self.format_failures.lock() else {
            return;
        };
        if seen.insert((tag.to_owned(), id.to_owned())) {
            let what: Vec<String> = errors.iter().map(ToString::to_string).collect();
            eprintln!(
                "message {id} of locale {tag} could not be formatted: {}",
                what.join("; ")
            );
        }
    }

    /// What goes wrong when message `id` of `tag` (its value and each attribute)
    /// is formatted with every variable in `variables` given: unknown messages
    /// and terms, cyclic references, too many placeables. Variables a referenced
    /// message needs are not counted (variables are compared with English elsewhere).
    pub fn format_problems(
        &self,
        tag: &str,
        id: &str,
        variables: &BTreeSet<String>,
    ) -> Vec<String> {
        let Some(locale) = self.locales.get(tag) else {
            return Vec::new();
        };
        let Some(message) = locale.bundle.get_message(id) else {
            return Vec::new();
        };
        let mut args = FluentArgs::new();
        for variable in variables {
            args.set(variable.clone(), 1);
        }
        let mut errors = Vec::new();
        let patterns = message
            .value()
            .into_iter()
            .chain(message.attributes().map(|a| a.value()));
        for pattern in patterns {
            let _ = locale
                .bundle
                .format_pattern(pattern, Some(&args), &mut errors);
        }
        let mut problems: Vec<String> = errors
            .iter()
            .filter(|error| {
                !matches!(
                    error,
                    fluent_bundle::FluentError::ResolverError(
                        fluent_bundle::resolver::ResolverError::Reference(
                            fluent_bundle::resolver::errors::ReferenceKind::Variable { .. }
                        )
                    )
                )
            })
            .map(|error| match error {
                fluent_bundle::FluentError::ResolverError(
                    fluent_bundle::resolver::ResolverError::Cyclic,
                ) => {
                    "a cyclic reference: it refers back to itself through other messages".to_owned()
                }
                other => other.to_string(),
            })
            .collect();
        problems.dedup();
        problems
    }

    /// Why the rules refuse, in the chain's language where translated
    /// (`rule-<code>`), otherwise in the rule's own English words.
    pub fn rule_text(&self, chain: &LocaleChain, rule: &crate::consent::RuleViolation) -> String {
        let localized = self.text(chain, &format!("rule-{}", rule.code()), None);
        if localized.missing {
            rule.to_string()
        } else {
            localized.text
        }
    }

    /// Replaces one message of `tag` in memory only (the editor's live preview).
    /// `entry` is Fluent source (`id = …`); a broken entry changes nothing.
    pub fn override_message(&mut self, tag: &str, entry: &str) -> bool {
        let Some(locale) = self.locales.get_mut(tag) else {
            return false;
        };
        // The editor's text is outside input too: never hand the parser a
        // nesting deep enough to overflow the stack.
        if entry.len() > TEXT_CAP_USIZE || too_deep(entry).is_some() {
            return false;
        }
        match FluentResource::try_new(entry.to_owned()) {
            Ok(resource) => {
                locale.bundle.add_resource_overriding(resource);
                true
            }
            Err(_) => false,
        }
    }

    /// A calendar date in the person's language (`date-long`, month names, digits).
    /// In Dari/Persian (and Pashto, with Afghanistan's calendar), the
    /// deployment's `persian_calendar` may make it a solar Hijri date, with
    /// Afghanistan's, Iran's or Pashto's month names.
    pub fn date(&self, chain: &LocaleChain, date: time::Date) -> Localized {
        let solar = self.persian_calendar.solar_date(chain.primary(), date);
        let (year, month, day) = match solar {
            Some((year, month, day)) => (year, month.to_owned(), day),
            None => {
                let month = self.text(chain, &format!("month-{}", u8::from(date.month())), None);
                (date.year(), month.text, date.day())
            }
        };
        let mut args = FluentArgs::new();
        args.set("day", day);
        args.set("month", month);
        args.set("year", ungrouped(year));
        without_isolates(self.text(chain, "date-long", Some(&args)))
    }

    /// A label and its value on one line (`label-value`), with the language's
    /// own punctuation: "Legal aid: …" in English, "Aide juridique : …" in French.
    pub fn label_value(&self, chain: &LocaleChain, label: &str, value: &str) -> String {
        let mut args = FluentArgs::new();
        args.set("label", label.to_owned());
        args.set("value", value.to_owned());
        self.text(chain, LABEL_VALUE, Some(&args)).text
    }

    /// A time of day in the person's language (`time-of-day`, digits).
    pub fn time_of_day(&self, chain: &LocaleChain, time: time::Time) -> Localized {
        let mut args = FluentArgs::new();
        args.set("hour", time.hour());
        args.set("minute", time.minute());
        without_isolates(self.text(chain, "time-of-day", Some(&args)))
    }
}

/// Removes Fluent's isolation marks from a date or time. Its parts are all of one
/// language, so they need no isolating from each other; and left in, they would
/// hide the month's letters from the isolate the date is placed in later, which
/// then runs left to right and puts an Arabic date in the wrong order
/// (`٢٠٢٦ نوفمبر ٥`), and splits `١١:٠٠` around its colon.
fn without_isolates(mut localized: Localized) -> Localized {
    localized
        .text
        .retain(|c| !matches!(c, '\u{2066}' | '\u{2067}' | '\u{2068}' | '\u{2069}'));
    localized
}

/// A year is a number but never grouped ("2026", not "2,026").
fn ungrouped(value: i32) -> FluentValue<'static> {
    let mut number = fluent_bundle::types::FluentNumber::from(value);
    number.options.use_grouping = false;
    FluentValue::Number(number)
}

const TEXT_CAP_USIZE: usize = TEXT_CAP as usize;

/// The problem of a `.ftl` text nested too deep for the parser, if it is.
pub(crate) fn depth_problem(path: &Path, text: &str) -> Option<FtlProblem> {
    too_deep(text).map(|offset| FtlProblem {
        location: Location::at(path, text, offset),
        message: format!(
            "placeables are nested too deep (more than {MAX_FLUENT_DEPTH}): the file is not read; close the braces {{ }} near here"
        ),
    })
}

fn load_locale(root: &Path, folder: &Path) -> Result<Locale, I18nError> {
    let name = folder
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let tag: LanguageIdentifier = name.parse().map_err(|_| I18nError::BadTag {
        path: folder.to_path_buf(),
    })?;
    let meta = LocaleMeta::load_in(root, &folder.join("locale.toml"))?;
    let mut bundle = FluentBundle::new(vec![tag.clone()]);
    bundle.set_formatter(Some(numbers::format_value));
    // NUMBER() is Fluent's built-in; without it `time-of-day` cannot resolve.
    bundle.add_builtins().map_err(|error| I18nError::Builtins {
        message: error.to_string(),
    })?;
    let mut problems = Vec::new();
    let mut message_ids = BTreeSet::new();
    for path in ftl_files(folder)? {
        let source = read_text_file(root, &path, TEXT_CAP)?;
        if let Some(problem) = depth_problem(&path, &source) {
            problems.push(problem);
            continue;
        }
        let resource = match FluentResource::try_new(source) {
            Ok(resource) => resource,
            Err((resource, errors)) => {
                for error in errors {
                    problems.push(FtlProblem {
                        location: Location::at(&path, resource.source(), error.pos.start),
                        message: error.kind.to_string(),
                    });
                }
                resource
            }
        };
        for entry in resource.entries() {
            if let fluent_syntax::ast::Entry::Message(message) = entry {
                message_ids.insert(message.id.name.to_owned());
            }
        }
        if let Err(errors) = bundle.add_resource(resource) {
            for error in errors {
                problems.push(FtlProblem {
                    location: Location::at(&path, "", 0),
                    message: error.to_string(),
                });
            }
        }
    }
    Ok(Locale {
        tag,
        meta,
        problems,
        message_ids,
        pseudo: None,
        bundle,
    })
}

/// The `.ftl` files of a locale folder, sorted.
pub fn ftl_files(folder: &Path) -> Result<Vec<PathBuf>, I18nError> {
    let entries = std::fs::read_dir(folder).map_err(|source| I18nError::Io {
        path: folder.to_path_buf(),
        source,
    })?;
    let mut files: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "ftl"))
        .collect();
    files.sort();
    Ok(files)
}
