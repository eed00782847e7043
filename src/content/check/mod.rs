//! `consent-kiosk content check`: what an editor needs to know before publishing.
//!
//! Per locale and file: syntax errors with file:line:column, missing and obsolete
//! messages and attributes versus `en`, variables that differ from the source,
//! plural keys the language does not have, translations whose English changed
//! since they were written (`sources.toml`), review status, and missing or
//! stale audio. Message IDs in `content/` that `en` lacks are errors too.
//! `wording.rs` reads each translation's words against English (glosses,
//! numbers in plural variants, length, English left in, the glossary).
//! Errors make the exit status non-zero; warnings do not.

pub(crate) mod ftl;
pub mod glossary;
mod report;
pub(crate) mod sources;
pub mod wording;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::i18n::{Catalog, LocaleMeta, Location, SOURCE_LOCALE, ftl_files};

use super::Content;

pub use report::{CheckReport, Finding, LocaleSummary, Severity};
pub use sources::stamp;

/// Runs every check over `content_dir` and `locales_dir`.
pub fn check(content_dir: &Path, locales_dir: &Path) -> CheckReport {
    let mut report = CheckReport::default();
    let source = match read_locale(locales_dir, SOURCE_LOCALE) {
        Ok(files) => files,
        Err(error) => {
            report.push(Finding::error(None, None, "io", error.to_string()));
            return report;
        }
    };
    report_file_problems(&mut report, SOURCE_LOCALE, &source);

    // The content's own checks need the catalog (message IDs, offered locales).
    let catalog = match Catalog::load(locales_dir) {
        Ok(catalog) => Some(catalog),
        Err(error) => {
            report.push(Finding::error(None, None, "locales", error.to_string()));
            None
        }
    };
    let content = catalog
        .as_ref()
        .and_then(|catalog| match Content::load(content_dir, catalog) {
            Ok(content) => Some(content),
            Err(error) => {
                report.push(Finding::error(None, None, "content", error.to_string()));
                None
            }
        });

    if let (Some(content), Some(catalog)) = (content.as_ref(), catalog.as_ref()) {
        report_signing_in_drafts(&mut report, content, catalog);
        super::report_advice(&mut report, content);
    }

    let source_messages: BTreeMap<&str, (&str, &ftl::MessageFacts)> = source
        .iter()
        .flat_map(|(file, parsed)| {
            parsed
                .messages
                .iter()
                .map(move |(id, facts)| (id.as_str(), (file.as_str(), facts)))
        })
        .collect();

    let audio_content = content.as_ref().filter(|c| c.deployment.audio_offered);
    let tags = locale_tags(locales_dir);
    let source_glossary = read_glossary(&mut report, locales_dir, SOURCE_LOCALE);
    for tag in &tags {
        let tag = tag.clone();
        if tag == SOURCE_LOCALE {
            let mut summary = LocaleSummary::source(source_messages.len());
            report_format_problems(&mut report, &mut summary, catalog.as_ref(), &tag, &source);
            if let Some(content) = audio_content {
                audio::check(&mut report, &mut summary, content, &tag, &source);
            }
            report.summaries.insert(tag, summary);
            continue;
        }
        let files = match read_locale(locales_dir, &tag) {
            Ok(files) => files,
            Err(error) => {
                report.push(Finding::error(Some(&tag), None, "io", error.to_string()));
                continue;
            }
        };
        let mut summary = LocaleSummary::default();
        let meta = match LocaleMeta::load(&locales_dir.join(&tag).join("locale.toml")) {
            Ok(meta) => {
                summary.review = meta.review.clone();
                if !meta.is_reviewed() {
                    report.push(Finding::info(
                        Some(&tag),
                        None,
                        "review",
                        format!("review status: {}", meta.review),
                    ));
                }
                Some(meta)
            }
            Err(error) => {
                report.push(Finding::error(
                    Some(&tag),
                    None,
                    "locale-toml",
                    error.to_string(),
                ));
                None
            }
        };
        report_file_problems(&mut report, &tag, &files);
        report_format_problems(&mut report, &mut summary, catalog.as_ref(), &tag, &files);
        compare_with_source(
            &mut report,
            &mut summary,
            &tag,
            &files,
            &source,
            &source_messages,
        );
        let glossary = read_glossary(&mut report, locales_dir, &tag);
        let glossary_path = locales_dir.join(&tag).join(glossary::FILE);
        if source_glossary.is_some() && !glossary_path.exists() {
            report.push(Finding::warning(
                Some(&tag),
                None,
                "glossary-file",
                format!("no {}: the glossary terms are not checked", glossary::FILE),
            ));
        }
        wording::check(
            &mut report,
            locales_dir,
            &wording::Context {
                tag: &tag,
                meta: meta.as_ref(),
                source_glossary: source_glossary.as_ref(),
                glossary: glossary.as_ref(),
                tags: &tags,
            },
            &files,
            &source_messages,
        );
        let recorded = match sources::read(locales_dir, &locales_dir.join(&tag)) {
            Ok(recorded) => recorded,
            Err(error) => {
                report.push(Finding::error(
                    Some(&tag),
                    None,
                    "sources-toml",
                    error.to_string(),
                ));
                BTreeMap::new()
            }
        };
        compare_freshness(
            &mut report,
            &mut summary,
            &tag,
            &files,
            &source_messages,
            &recorded,
        );
        if let Some(content) = audio_content {
            audio::check(&mut report, &mut summary, content, &tag, &files);
        }
        report.summaries.insert(tag, summary);
    }
    report
}

mod audio;

/// A locale's glossary; a malformed one is an error (an editor's list, broken).
fn read_glossary(
    report: &mut CheckReport,
    locales_dir: &Path,
    tag: &str,
) -> Option<glossary::Glossary> {
    match glossary::read(locales_dir, tag) {
        Ok(glossary) => glossary,
        Err(error) => {
            report.push(Finding::error(
                Some(tag),
                None,
                "glossary-file",
                error.to_string(),
            ));
            None
        }
    }
}

/// A deployment that lets a person sign alone in unreviewed translations is
/// said out loud: right for the bundled example, wrong for a real centre.
fn report_signing_in_drafts(report: &mut CheckReport, content: &Content, catalog: &Catalog) {
    if !content.deployment.sign_alone_in_draft_locales {
        return;
    }
    let drafts: Vec<&str> = content
        .deployment
        .locales
        .iter()
        .map(String::as_str)
        .filter(|tag| !catalog.locale(tag).is_some_and(|l| l.meta.is_reviewed()))
        .collect();
    if drafts.is_empty() {
        return;
    }
    report.push(Finding::warning(
        None,
        None,
        "sign-in-drafts",
        format!(
            "sign_alone_in_draft_locales = true: a person alone may sign in unreviewed \
             translations ({}); keep it false until they are reviewed",
            drafts.join(", ")
        ),
    ));
}

/// Every locale folder's name, sorted.
fn locale_tags(locales_dir: &Path) -> Vec<String> {
    let mut tags: Vec<String> = std::fs::read_dir(locales_dir)
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .filter(|e| e.path().is_dir())
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default();
    tags.sort();
    tags
}

/// The parsed `.ftl` files of one locale, by file name.
pub(crate) type LocaleFiles = BTreeMap<String, ftl::FtlFile>;

pub(crate) fn read_locale(
    locales_dir: &Path,
    tag: &str,
) -> Result<LocaleFiles, crate::i18n::I18nError> {
    let folder = locales_dir.join(tag);
    let mut files = BTreeMap::new();
    for path in ftl_files(&folder)? {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let parsed = ftl::read(locales_dir, &path)?;
        files.insert(name, parsed);
    }
    Ok(files)
}

fn report_file_problems(report: &mut CheckReport, tag: &str, files: &LocaleFiles) {
    for file in files.values() {
        for (location, message) in &file.syntax_errors {
            report.push(Finding::error(
                Some(tag),
                Some(location.clone()),
                "syntax",
                message.clone(),
            ));
        }
        for (location, id) in &file.duplicates {
            report.push(Finding::error(
                Some(tag),
                Some(location.clone()),
                "duplicate",
                format!("message {id} is defined twice"),
            ));
        }
    }
}

/// Formats every message as the kiosk would, with each of its variables given:
/// an unknown message or term, or a cycle of references, shows here as an
/// error at the message instead of as a silent fallback on screen.
fn report_format_problems(
    report: &mut CheckReport,
    summary: &mut LocaleSummary,
    catalog: Option<&Catalog>,
    tag: &str,
    files: &LocaleFiles,
) {
    let Some(catalog) = catalog else { return };
    for file in files.values() {
        for (id, facts) in &file.messages {
            let problems = catalog.format_problems(tag, id, &facts.variables);
            if problems.is_empty() {
                continue;
            }
            summary.unformattable += 1;
            for problem in problems {
                report.push(
                    Finding::error(
                        Some(tag),
                        Some(facts.location.clone()),
                        "format",
                        format!("message {id} cannot be shown: {problem}"),
                    )
                    .with_id(id),
                );
            }
        }
    }
}

fn file_start(path: &Path) -> Location {
    Location {
        path: path.to_path_buf(),
        line: 1,
        column: 1,
    }
}

fn compare_with_source(
    report: &mut CheckReport,
    summary: &mut LocaleSummary,
    tag: &str,
    files: &LocaleFiles,
    source: &LocaleFiles,
    source_messages: &BTreeMap<&str, (&str, &ftl::MessageFacts)>,
) {
    for (name, source_file) in source {
        let Some(file) = files.get(name) else {
            let path: PathBuf = source_file
                .path
                .parent()
                .and_then(Path::parent)
                .map(|p| p.join(tag).join(name))
                .unwrap_or_default();
            report.push(Finding::warning(
                Some(tag),
                Some(file_start(&path)),
                "missing-file",
                format!(
                    "{name} is missing: all its {} messages fall back",
                    source_file.messages.len()
                ),
            ));
            summary.missing += source_file.messages.len();
            continue;
        };
        for (id, source_facts) in &source_file.messages {
            let Some(facts) = file.messages.get(id) else {
                summary.missing += 1;
                report.push(
                    Finding::warning(
                        Some(tag),
                        Some(file_start(&file.path)),
                        "missing",
                        format!("missing message {id}"),
                    )
                    .with_id(id),
                );
                continue;
            };
            summary.translated += 1;
            for attribute in source_facts.attributes.difference(&facts.attributes) {
                report.push(
                    Finding::warning(
                        Some(tag),
                        Some(facts.location.clone()),
                        "missing-attribute",
                        format!("{id} lacks the attribute .{attribute}"),
                    )
                    .with_id(id),
                );
            }
            for attribute in facts.attributes.difference(&source_facts.attributes) {
                report.push(
                    Finding::warning(
                        Some(tag),
                        Some(facts.location.clone()),
                        "obsolete-attribute",
                        format!("{id} has the attribute .{attribute}, which English does not"),
                    )
                    .with_id(id),
                );
            }
            for variable in facts.variables.difference(&source_facts.variables) {
                report.push(
                    Finding::error(
                        Some(tag),
                        Some(facts.location.clone()),
                        "unknown-variable",
                        format!("{id} uses ${variable}, which English does not provide"),
                    )
                    .with_id(id),
                );
            }
            for variable in source_facts.variables.difference(&facts.variables) {
                report.push(
                    Finding::warning(
                        Some(tag),
                        Some(facts.location.clone()),
                        "missing-variable",
                        format!("{id} does not use ${variable}"),
                    )
                    .with_id(id),
                );
            }
            for key in &facts.variant_keys {
                let is_source_key = source_facts.variant_keys.contains(key);
                if !is_source_key && !ftl::PLURAL_CATEGORIES.contains(&key.as_str()) {
                    report.push(Finding::warning(Some(tag), Some(facts.location.clone()), "variant-key", format!("{id} has a variant [{key}] that is neither in English nor a plural category")).with_id(id));
                }
            }
        }
    }
    for (name, file) in files {
        for (id, facts) in &file.messages {
            if !source_messages.contains_key(id.as_str()) {
                summary.obsolete += 1;
                report.push(
                    Finding::warning(
                        Some(tag),
                        Some(facts.location.clone()),
                        "obsolete",
                        format!("{id} is not in English any more (file {name})"),
                    )
                    .with_id(id),
                );
            }
        }
    }
}

fn compare_freshness(
    report: &mut CheckReport,
    summary: &mut LocaleSummary,
    tag: &str,
    files: &LocaleFiles,
    source_messages: &BTreeMap<&str, (&str, &ftl::MessageFacts)>,
    recorded: &BTreeMap<String, String>,
) {
    for file in files.values() {
        for (id, facts) in &file.messages {
            let Some((_, source_facts)) = source_messages.get(id.as_str()) else {
                continue;
            };
            match recorded.get(id) {
                None => summary.unstamped += 1,
                Some(hash) if *hash != source_facts.hash => {
                    summary.stale += 1;
                    report.push(
                        Finding::warning(
                            Some(tag),
                            Some(facts.location.clone()),
                            "stale",
                            format!(
                                "{id}: the English text changed after this translation was written"
                            ),
                        )
                        .with_id(id),
                    );
                }
                Some(_) => {}
            }
        }
    }
    if summary.unstamped > 0 {
        report.push(Finding::warning(Some(tag), None, "unstamped", format!("{} messages have no record of the English they were translated from; run `consent-kiosk content stamp --locale {tag}` after checking them", summary.unstamped)));
    }
}
