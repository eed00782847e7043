//! A review kit for a native reviewer: every message of a locale beside its
//! English, with room for a back-translation and a verdict, as an HTML page (with
//! form fields) and a PDF (laid out as receipts are, with the bundled fonts and
//! bidi lines); and the verdict sheet (`verdicts-<tag>.toml`) the reviewer fills
//! in, by hand or from the HTML page's button, read back into review status.
//!
//! Only a reviewer's own verdict marks a message reviewed: a sheet without a
//! reviewer's name or a date is refused, only `ok` marks anything, and only a
//! message whose translation is still the wording that was reviewed.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::consent::{ReceiptKind, Timestamp};
use crate::i18n::{Direction, LocaleMeta, SOURCE_LOCALE};
use crate::receipt::{Paragraph, Receipt, ReceiptError, Section, Size, render};
use crate::text::BaseDirection;

use super::workspace::{SaveError, Status, Workspace};

/// Why a kit could not be written, or a sheet not read.
#[derive(Debug, thiserror::Error)]
pub enum KitError {
    /// The locale is not one of the workspace's translations.
    #[error("there is no locale {0} to review (English is the source, not a translation)")]
    UnknownLocale(String),
    /// `locale.toml` could not be read.
    #[error(transparent)]
    Meta(#[from] crate::i18n::I18nError),
    /// The PDF could not be made.
    #[error(transparent)]
    Pdf(#[from] ReceiptError),
    /// A file could not be written.
    #[error("could not write {path}")]
    Write {
        /// The file.
        path: PathBuf,
        /// The cause.
        source: std::io::Error,
    },
    /// The verdict sheet is not valid TOML of the expected shape.
    #[error("the verdict sheet is not readable: {0}")]
    Sheet(String),
    /// The sheet names no reviewer: nothing is marked without a person's name.
    #[error(
        "the verdict sheet has no reviewer's name: only a named reviewer's verdict marks a message reviewed"
    )]
    NoReviewer,
    /// The sheet's date is missing, malformed or in the future.
    #[error(
        "the verdict sheet's date must be the day of the review, as YYYY-MM-DD (not later than today): {0:?}"
    )]
    BadDate(String),
    /// A verdict other than `ok`, `change`, `wrong` or empty.
    #[error("message {id}: the verdict {verdict:?} is not one of ok, change, wrong (or empty)")]
    BadVerdict {
        /// The message.
        id: String,
        /// What was written.
        verdict: String,
    },
    /// Saving the reviews failed.
    #[error(transparent)]
    Save(#[from] SaveError),
}

/// One message of a verdict sheet.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SheetMessage {
    /// The message ID.
    pub id: String,
    /// The hash of the translation the reviewer read (do not edit).
    pub hash: String,
    /// The English, for reference.
    #[serde(default)]
    pub english: String,
    /// The translation reviewed, for reference.
    #[serde(default)]
    pub translation: String,
    /// The reviewer's back-translation into English.
    #[serde(default)]
    pub back_translation: String,
    /// `ok` (says what the English says), `change` (a better wording is given in
    /// the comment) or `wrong` (says something else); empty if not reviewed.
    #[serde(default)]
    pub verdict: String,
    /// Why, or the better wording.
    #[serde(default)]
    pub comment: String,
}

/// A verdict sheet: who reviewed which locale, when, and each message's verdict.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Sheet {
    /// The locale reviewed.
    pub locale: String,
    /// The reviewer's name (required to mark anything reviewed).
    #[serde(default)]
    pub reviewer: String,
    /// The day of the review, `YYYY-MM-DD`.
    #[serde(default)]
    pub date: String,
    /// The messages, in kit order.
    #[serde(default, rename = "message")]
    pub messages: Vec<SheetMessage>,
}

/// What a kit wrote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KitFiles {
    /// The HTML page with form fields.
    pub html: PathBuf,
    /// The PDF to print.
    pub pdf: PathBuf,
    /// The empty verdict sheet to fill in.
    pub sheet: PathBuf,
    /// How many messages it holds.
    pub messages: usize,
}

/// What reading a sheet did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Applied {
    /// Marked reviewed (verdict `ok`).
    pub reviewed: Vec<String>,
    /// Judged `change` or `wrong`, with the reviewer's comment: still drafts.
    pub to_fix: Vec<(String, String, String)>,
    /// `ok`, but the translation (or its English) changed since the kit: not marked.
    pub changed: Vec<String>,
    /// No verdict given.
    pub open: usize,
    /// IDs the locale does not have (any more).
    pub unknown: Vec<String>,
}

/// The messages a kit holds: every translated message of `tag` (or of the
/// `pages` named), in the workspace's page order.
fn kit_messages(workspace: &Workspace, tag: &str, pages: &[String]) -> Vec<SheetMessage> {
    let mut seen = std::collections::BTreeSet::new();
    let mut messages = Vec::new();
    for page in workspace
        .pages()
        .iter()
        .filter(|p| pages.is_empty() || pages.contains(&p.id))
    {
        for id in &page.message_ids {
            if !seen.insert(id.clone()) {
                continue;
            }
            let Some(row) = workspace.row(tag, id) else {
                continue;
            };
            let (Some(translation), Some(hash)) =
                (row.translation, workspace.translation_hash(tag, id))
            else {
                continue;
            };
            messages.push(SheetMessage {
                id: row.id,
                hash: hash.to_owned(),
                english: row.english,
                translation,
                ..SheetMessage::default()
            });
        }
    }
    messages
}

/// Writes `review-<tag>.html`, `review-<tag>.pdf` and `verdicts-<tag>.toml` into
/// `out` (created if needed), dated `issued`: every message of `tag`, or those
/// of the editor's `pages` named (e.g. `option/asylum`).
pub fn write_kit(
    workspace: &Workspace,
    tag: &str,
    pages: &[String],
    out: &Path,
    issued: Timestamp,
) -> Result<KitFiles, KitError> {
    if tag == SOURCE_LOCALE || !workspace.locales().any(|t| t == tag) {
        return Err(KitError::UnknownLocale(tag.to_owned()));
    }
    let meta = LocaleMeta::load_in(
        workspace.locales_dir(),
        &workspace.locales_dir().join(tag).join("locale.toml"),
    )?;
    let messages = kit_messages(workspace, tag, pages);
    // The PDF first: it is the part that can fail, and nothing is written then.
    let pdf_bytes = pdf(tag, &meta, &messages, issued)?;
    let sheet = Sheet {
        locale: tag.to_owned(),
        reviewer: String::new(),
        date: String::new(),
        messages: messages.clone(),
    };
    std::fs::create_dir_all(out).map_err(|source| KitError::Write {
        path: out.to_path_buf(),
        source,
    })?;
    let files = KitFiles {
        html: out.join(format!("review-{tag}.html")),
        pdf: out.join(format!("review-{tag}.pdf")),
        sheet: out.join(format!("verdicts-{tag}.toml")),
        messages: messages.len(),
    };
    let write = |path: &Path, bytes: &[u8]| {
        crate::content::read::write_atomically(path, bytes).map_err(|source| KitError::Write {
            path: path.to_path_buf(),
            source,
        })
    };
    write(&files.html, html(tag, &meta, &messages).as_bytes())?;
    write(&files.pdf, &pdf_bytes)?;
    write(&files.sheet, sheet_text(&sheet).as_bytes())?;
    Ok(files)
}

const INSTRUCTIONS: &str = "For each message, read the English, then the translation. Write \
what the translation says, in English, without looking at the English again (the \
back-translation). Then give a verdict: ok if it says what the English says, change if it \
can stay in meaning but should be worded better (write the better wording as the comment), \
wrong if it says something else. Words in braces, such as { $date }, are filled in by the \
kiosk. Only your verdict ok marks a message reviewed, under your name and date.";

fn sheet_text(sheet: &Sheet) -> String {
    let mut text = String::from(
        "# Verdict sheet of a review kit. Fill in reviewer, date (YYYY-MM-DD) and, for each\n\
         # message, back_translation, verdict (ok, change or wrong) and comment; leave\n\
         # id and hash as they are. Then: consent-kiosk content review-import THIS_FILE\n",
    );
    text.push_str(&toml::to_string(sheet).unwrap_or_default());
    text
}

fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            other => out.push(other),
        }
    }
    out
}

fn html(tag: &str, meta: &LocaleMeta, messages: &[SheetMessage]) -> String {
    let dir = match meta.direction {
        Direction::Rtl => "rtl",
        Direction::Ltr => "ltr",
    };
    let name = format!(
        "{} ({}{})",
        meta.native_name,
        meta.english_name
            .as_deref()
            .map(|n| format!("{n}, "))
            .unwrap_or_default(),
        tag
    );
    let mut out = String::new();
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <title>Review kit: {name}</title>\n<style>\n\
         body{{font-family:sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.5}}\n\
         section{{border-top:1px solid #888;padding:1rem 0}}\n\
         .id{{font-family:monospace;color:#444}}\n\
         .translation{{font-size:1.25rem;background:#f4f4f4;padding:.5rem}}\n\
         textarea{{width:100%;min-height:3rem}}\n\
         </style>\n</head>\n<body>\n\
         <h1>Review kit: {name}</h1>\n<p>{}</p>\n\
         <p><label>Your name <input id=\"reviewer\" required></label>\n\
         <label>Date <input id=\"date\" type=\"date\" required></label></p>\n",
        escape(INSTRUCTIONS),
        name = escape(&name),
    );
    for (index, message) in messages.iter().enumerate() {
        let n = index + 1;
        let _ = write!(
            out,
            "<section data-id=\"{id}\" data-hash=\"{hash}\">\n\
             <p class=\"id\">{n}. {id}</p>\n\
             <p lang=\"en\" dir=\"ltr\">{english}</p>\n\
             <p class=\"translation\" lang=\"{tag}\" dir=\"{dir}\">{translation}</p>\n\
             <label>Back-translation<textarea class=\"back\"></textarea></label>\n\
             <p>Verdict: \
             <label><input type=\"radio\" name=\"v{n}\" value=\"ok\"> ok</label> \
             <label><input type=\"radio\" name=\"v{n}\" value=\"change\"> change</label> \
             <label><input type=\"radio\" name=\"v{n}\" value=\"wrong\"> wrong</label></p>\n\
             <label>Comment<textarea class=\"comment\"></textarea></label>\n</section>\n",
            id = escape(&message.id),
            hash = escape(&message.hash),
            english = escape(&message.english),
            translation = escape(&message.translation),
        );
    }
    let _ = write!(
        out,
        "<p><button id=\"save\" type=\"button\">Save the verdict sheet</button> \
         (downloads verdicts-{tag}.toml: send it back, or run \
         <code>consent-kiosk content review-import verdicts-{tag}.toml</code>)</p>\n\
         <script>\n{SCRIPT}</script>\n</body>\n</html>\n",
        tag = escape(tag),
    );
    out.replace("@TAG@", &escape(tag))
}

/// Builds the verdict sheet from the form, in the browser, with nothing sent anywhere.
const SCRIPT: &str = r#"function q(s){return JSON.stringify(s);}
document.getElementById('save').addEventListener('click',function(){
 var reviewer=document.getElementById('reviewer').value.trim();
 var date=document.getElementById('date').value;
 if(!reviewer||!date){alert('Please write your name and the date first.');return;}
 var out='locale = '+q('@TAG@')+'\nreviewer = '+q(reviewer)+'\ndate = '+q(date)+'\n';
 document.querySelectorAll('section').forEach(function(s,i){
  var v=s.querySelector('input[type=radio]:checked');
  out+='\n[[message]]\nid = '+q(s.dataset.id)+'\nhash = '+q(s.dataset.hash)+
   '\nback_translation = '+q(s.querySelector('.back').value)+
   '\nverdict = '+q(v?v.value:'')+'\ncomment = '+q(s.querySelector('.comment').value)+'\n';
 });
 var a=document.createElement('a');
 a.href=URL.createObjectURL(new Blob([out],{type:'text/plain'}));
 a.download='verdicts-@TAG@.toml';a.click();
});
"#;

fn pdf(
    tag: &str,
    meta: &LocaleMeta,
    messages: &[SheetMessage],
    issued: Timestamp,
) -> Result<Vec<u8>, KitError> {
    let base = match meta.direction {
        Direction::Rtl => BaseDirection::Rtl,
        Direction::Ltr => BaseDirection::Ltr,
    };
    let english = |paragraphs: Vec<Paragraph>| Section {
        locale: SOURCE_LOCALE.to_owned(),
        base: BaseDirection::Ltr,
        paragraphs,
    };
    let body = |text: String| Paragraph {
        text,
        size: Size::Body,
    };
    // A message written over several lines (a select's variants) is printed
    // line by line: a line break is not a glyph.
    let lines_of = |text: &str| -> Vec<Paragraph> {
        text.lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .map(|l| body(l.to_owned()))
            .collect()
    };
    let mut sections = vec![english(vec![
        Paragraph {
            text: format!(
                "Review kit: {} ({tag})",
                meta.english_name.as_deref().unwrap_or(&meta.native_name)
            ),
            size: Size::Title,
        },
        body(INSTRUCTIONS.to_owned()),
        body(format!("Reviewer: {}", "_".repeat(40))),
        body(format!("Date (YYYY-MM-DD): {}", "_".repeat(20))),
    ])];
    for (index, message) in messages.iter().enumerate() {
        let mut heading = vec![body(format!("{}. {}", index + 1, message.id))];
        heading.extend(lines_of(&message.english));
        sections.push(english(heading));
        sections.push(Section {
            locale: tag.to_owned(),
            base,
            paragraphs: lines_of(&message.translation),
        });
        sections.push(english(vec![
            body(format!("Back-translation: {}", "_".repeat(60))),
            body("_".repeat(78)),
            body(format!(
                "Verdict:  [ ] ok   [ ] change   [ ] wrong      Comment: {}",
                "_".repeat(30)
            )),
        ]));
    }
    let document = Receipt {
        kind: ReceiptKind::Consent,
        reference: format!("review kit {tag}"),
        sections,
    };
    Ok(render(&document, crate::content::Paper::A4, issued)?)
}

/// Reads a filled verdict sheet. A sheet without a reviewer's name, or without
/// a valid date not after `today`, is refused as a whole.
pub fn read_sheet(text: &str, today: time::Date) -> Result<(Sheet, time::Date), KitError> {
    let sheet: Sheet = toml::from_str(text).map_err(|e| KitError::Sheet(e.to_string()))?;
    if sheet.reviewer.trim().is_empty() {
        return Err(KitError::NoReviewer);
    }
    let format = time::macros::format_description!("[year]-[month]-[day]");
    let date = time::Date::parse(sheet.date.trim(), &format)
        .ok()
        .filter(|d| *d <= today)
        .ok_or_else(|| KitError::BadDate(sheet.date.clone()))?;
    for message in &sheet.messages {
        if !matches!(message.verdict.trim(), "" | "ok" | "change" | "wrong") {
            return Err(KitError::BadVerdict {
                id: message.id.clone(),
                verdict: message.verdict.clone(),
            });
        }
    }
    Ok((sheet, date))
}

/// Applies a read sheet: messages judged `ok` whose translation is unchanged
/// since the kit are marked reviewed by the sheet's reviewer on its date.
pub fn apply_sheet(
    workspace: &mut Workspace,
    sheet: &Sheet,
    date: time::Date,
) -> Result<Applied, KitError> {
    let tag = sheet.locale.as_str();
    if tag == SOURCE_LOCALE || !workspace.locales().any(|t| t == tag) {
        return Err(KitError::UnknownLocale(tag.to_owned()));
    }
    let mut applied = Applied::default();
    let mut ok = Vec::new();
    for message in &sheet.messages {
        let Some(row) = workspace.row(tag, &message.id) else {
            applied.unknown.push(message.id.clone());
            continue;
        };
        match message.verdict.trim() {
            "ok" => {
                let same =
                    workspace.translation_hash(tag, &message.id) == Some(message.hash.as_str());
                if same && matches!(row.status, Status::Draft | Status::Reviewed) {
                    ok.push((message.id.clone(), message.hash.clone()));
                } else {
                    applied.changed.push(message.id.clone());
                }
            }
            "" => applied.open += 1,
            verdict => applied.to_fix.push((
                message.id.clone(),
                verdict.to_owned(),
                message.comment.clone(),
            )),
        }
    }
    applied.reviewed = workspace.mark_messages_reviewed(tag, &ok, sheet.reviewer.trim(), date)?;
    Ok(applied)
}

impl Applied {
    /// A summary for the command line.
    pub fn to_text(&self) -> String {
        let mut out = format!(
            "{} marked reviewed, {} to fix, {} changed since the kit (not marked), {} without a verdict\n",
            self.reviewed.len(),
            self.to_fix.len(),
            self.changed.len(),
            self.open
        );
        for (id, verdict, comment) in &self.to_fix {
            let _ = writeln!(out, "  {verdict}: {id}: {comment}");
        }
        for id in &self.changed {
            let _ = writeln!(out, "  changed since the kit: {id}");
        }
        for id in &self.unknown {
            let _ = writeln!(out, "  not in this locale: {id}");
        }
        out
    }
}
