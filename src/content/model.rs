//! What `content/` describes, once loaded and checked.

use std::path::PathBuf;

use time::Date;

use crate::consent::{CoolingOff, ItemKey, LegalOption};

/// A Fluent message ID in `locales/`.
pub type MessageId = String;

/// Settings of one deployment (`deployment.toml`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Deployment {
    /// ISO 3166-1 alpha-2 code of the host country.
    pub host_country: String,
    /// The host language's locale tag.
    pub host_locale: String,
    /// The IANA time zone receipts are shown in, e.g. `Europe/Paris`.
    pub time_zone: String,
    /// Locales offered, in the order shown.
    pub locales: Vec<String>,
    /// The cooling-off period, already checked against its minimum.
    pub cooling_off: CoolingOff,
    /// Seconds alone before the kiosk warns.
    pub idle_warning_seconds: u32,
    /// Seconds alone before the kiosk clears itself.
    pub idle_reset_seconds: u32,
    /// Years records are kept.
    pub retention_years: u32,
    /// Whether pages offer read-aloud.
    pub audio_offered: bool,
    /// The program (and its arguments) that plays one recording, given its path
    /// last; `None` tries the usual players of the system.
    pub audio_player: Option<Vec<String>>,
    /// The program (and its arguments) that records from the microphone into the
    /// WAV file given last; `None` tries `pw-record`, then `arecord`.
    pub audio_recorder: Option<Vec<String>>,
    /// Whether the first touch of the start screen says "Choose your language"
    /// in each offered language that has it recorded and approved.
    pub announce_languages: bool,
    /// Whether the kiosk also plays recordings no second person has approved yet
    /// (editors see this setting beside every unreviewed recording).
    pub play_unreviewed_recordings: bool,
    /// Minutes without a touch before the counsellor's console locks itself.
    pub console_lock_minutes: u32,
    /// The paper receipts are printed on.
    pub receipt_paper: Paper,
    /// The CUPS queue receipts go to (`None`: the system's default printer).
    pub printer: Option<String>,
    /// The central intake this kiosk syncs to in the background (`None`: no sync).
    pub central_url: Option<String>,
    /// How to reach the centre, printed on every receipt.
    pub centre_contact: String,
    /// Scheduled backups to a second disk (`[backup]`), if set.
    pub backup: Option<BackupSetting>,
    /// The screen's diagonal in tenths of an inch (`screen_diagonal_inches`), so
    /// touch targets can be sized in millimetres.
    pub screen_diagonal_tenths: Option<u32>,
    /// How many times longer reading pages wait before the idle warning than
    /// pages where the person acts.
    pub reading_idle_factor: u32,
    /// Whether the kiosk opens undecorated and full screen (as `--fullscreen`).
    pub fullscreen: bool,
    /// Whether the kiosk has a keyboard: only then is signing with a typed name
    /// offered to a person alone (a touch screen has no keyboard for every script).
    pub keyboard_attached: bool,
    /// Whether a person alone may sign in a locale no person has reviewed
    /// (`sign_alone_in_draft_locales`, off when absent): reading is always open,
    /// signing in a draft translation otherwise needs a counsellor.
    pub sign_alone_in_draft_locales: bool,
    /// Whether a signed consent takes effect only after a counsellor's private
    /// confirmation interview (`confirmation_interview`, on when absent).
    pub confirmation_interview: bool,
    /// A program run (without a shell) when a concern is raised at the kiosk,
    /// to reach a pager; its arguments never carry personal data.
    pub alert_command: Option<Vec<String>>,
    /// Where to get legal advice, and where to ask for asylum or appeal
    /// (`legal_aid`): shown on "Get legal help" from every option's page.
    pub legal_aid: Vec<Contact>,
    /// A way to complain that does not go through the counsellors
    /// (`complaints_contact`): on the rights page's help and on every receipt.
    pub complaints_contact: String,
    /// Days after which a country's situation (`as_of`) is reported as old by
    /// `content check` (`situation_max_age_days`, 180 when absent).
    pub situation_max_age_days: u32,
    /// The calendar dates are written in for Dari / Persian readers
    /// (`persian_calendar`, Gregorian when absent).
    pub persian_calendar: crate::i18n::PersianCalendar,
    /// The time limit to ask for asylum here (`asylum_deadline`), shown on the
    /// asylum option's page; `None` makes the page send the person to legal help.
    pub asylum_deadline: Option<Deadline>,
    /// The time limit to appeal a refusal here (`appeal_deadline`), likewise.
    pub appeal_deadline: Option<Deadline>,
    /// Whether the pseudo-locales `en-XA` and `ar-XB` are offered
    /// (`pseudo_locales`, as `--pseudo-locales`; for test kiosks only).
    pub pseudo_locales: bool,
}

/// A legal time limit as a deployment writes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Deadline {
    /// A number of days, shown in the person's language and digits.
    Days(u32),
    /// Words in the deployment's own language, shown as written.
    Text(String),
}

/// `[backup]` in `deployment.toml`: a rotating backup on a schedule.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BackupSetting {
    /// The folder on the second disk (absolute); each backup is a dated folder inside.
    pub to: PathBuf,
    /// Hours between backups, 1 to 168.
    pub every_hours: u32,
    /// Backups kept, 1 to 365; older ones are removed.
    pub keep: u32,
    /// Whether the key files go along (`keys = false` leaves them out).
    pub keys: bool,
}

/// Paper for printed receipts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Paper {
    /// 210 × 297 mm.
    #[default]
    A4,
    /// 148 × 210 mm.
    A5,
    /// An 80 mm receipt roll, as long as the receipt.
    Roll80,
}

impl Paper {
    /// Width in millimetres.
    pub fn width_mm(self) -> f32 {
        match self {
            Paper::A4 => 210.0,
            Paper::A5 => 148.0,
            Paper::Roll80 => 80.0,
        }
    }

    /// Height in millimetres (`None`: as long as the content).
    pub fn height_mm(self) -> Option<f32> {
        match self {
            Paper::A4 => Some(297.0),
            Paper::A5 => Some(210.0),
            Paper::Roll80 => None,
        }
    }
}

/// A page of information.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Page {
    /// Stable id (used by `explains` and by the consent record).
    pub id: String,
    /// Title message.
    pub title: MessageId,
    /// One message per paragraph.
    pub sections: Vec<MessageId>,
    /// A pictogram inside `content/`.
    pub pictogram: Option<PathBuf>,
}

/// A legal option and its page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OptionPage {
    /// Which option.
    pub option: LegalOption,
    /// Title message.
    pub title: MessageId,
    /// One-line summary on the overview.
    pub summary: MessageId,
    /// What it means, what it requires, deadlines, who to ask.
    pub sections: Vec<MessageId>,
    /// A pictogram inside `content/`.
    pub pictogram: Option<PathBuf>,
}

/// Whether return assistance to a country (or area) is offered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AssistanceStatus {
    /// Offered.
    Available,
    /// Paused since a date, for a reason.
    Suspended {
        /// Since when.
        since: Date,
        /// Why (message).
        reason: MessageId,
    },
}

/// An area of a country (ISO 3166-2) a person may return to, where assistance
/// differs by area: the region question lists them all.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Area {
    /// ISO 3166-2 code, e.g. `NG-LA`.
    pub code: String,
    /// Name message.
    pub name: MessageId,
}

/// An area of a country where assistance is paused while the rest continues.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AreaSuspension {
    /// ISO 3166-2 code, e.g. `NG-BO`.
    pub area: String,
    /// Name message.
    pub name: MessageId,
    /// Since when.
    pub since: Date,
    /// Why (message).
    pub reason: MessageId,
    /// The conditions in this area, if described.
    pub situation: Option<Situation>,
}

/// The conditions a person would return to (safety, rights, services), with
/// where the description comes from and the day it describes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Situation {
    /// The description (message).
    pub text: MessageId,
    /// Who wrote what it is based on, as written in `countries.toml`.
    pub source: String,
    /// The day the description was last checked against its source.
    pub as_of: Date,
}

/// A contact for people returning to a country.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Contact {
    /// What it is (message).
    pub label: MessageId,
    /// The phone number, address or e-mail, as written.
    pub value: String,
}

/// A country of return.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Country {
    /// ISO 3166-1 alpha-2.
    pub code: String,
    /// Name message.
    pub name: MessageId,
    /// Summary of reintegration support (message).
    pub reintegration: MessageId,
    /// Status of return assistance.
    pub status: AssistanceStatus,
    /// Contacts.
    pub contacts: Vec<Contact>,
    /// Areas where assistance is paused.
    pub area_suspensions: Vec<AreaSuspension>,
    /// The conditions in the country, if described.
    pub situation: Option<Situation>,
    /// Every area a person may return to, where assistance differs by area
    /// (those listed, then any paused one not listed); empty when it does not.
    pub areas: Vec<Area>,
}

impl Country {
    /// The area with this ISO 3166-2 code, if the country lists it.
    pub fn area(&self, code: &str) -> Option<&Area> {
        self.areas.iter().find(|a| a.code == code)
    }

    /// The pause of this area, if any (from the content, or the console's).
    pub fn area_suspension(&self, code: &str) -> Option<&AreaSuspension> {
        self.area_suspensions.iter().find(|a| a.area == code)
    }
}

/// A granular consent item.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Statement {
    /// Which item.
    pub item: ItemKey,
    /// Whether the consent needs a yes to it.
    pub required: bool,
    /// The question (message).
    pub title: MessageId,
    /// The explanation (message).
    pub detail: MessageId,
}

/// One possible answer to a comprehension question.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Answer {
    /// Stable id, recorded in the consent.
    pub id: String,
    /// Text (message).
    pub text: MessageId,
    /// Whether it shows the point was understood.
    pub correct: bool,
}

/// A comprehension question.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Question {
    /// Stable id, recorded in the consent.
    pub id: String,
    /// Text (message).
    pub text: MessageId,
    /// The page shown again after a wrong answer.
    pub explains: String,
    /// Whether it tests a limit (what is not guaranteed, what cannot be undone),
    /// not a benefit.
    pub limit: bool,
    /// The answers, in the order shown.
    pub answers: Vec<Answer>,
}
