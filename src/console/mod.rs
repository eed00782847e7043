//! The counsellor's console: accounts and sign-in, the dashboard, records opened
//! with a reason, withdrawals and departures recorded for a person, suspensions,
//! re-consent after a change, export, and the set-up of guided sessions. Plain
//! Rust, no egui, like [`crate::kiosk`]: screens read a [`Console`] and hand back a
//! [`ConsoleIntent`]; [`Console::apply`] carries it out through the domain and the store.
//!
//! The screens that draw this state are in `ui::console`.

mod alert;
mod dashboard;
mod guided;
pub mod media;
mod table;

use std::path::PathBuf;

use time::Duration;

use crate::consent::{
    AccountRole, AuditEvent, ConfirmationInterview, Consent, ConsentId, Destination, FlagKind,
    FlagOutcome, FoundBy, PartyId, Role, RuleViolation, Suspension, Timestamp, Withdrawal,
};
use crate::content::Content;
use crate::export::ExportFormat;
use crate::i18n::Catalog;
use crate::store::{Account, AccountError, Store, StoreError};

pub use alert::{ALERT_TIMEOUT, AlertError, alert_arguments, run_alert, spawn_alert};
pub use dashboard::{Category, Dashboard};
pub use guided::{Change, Presence, PresentParties, what_changed};
pub use table::{
    Column, Flag, Names, Sort, TableFilter, Today, Urgent, destination as stored_destination,
    flags, hours_left, state, urgent,
};

/// At most this many consents are shown for facts given without the code: more
/// means the facts do not tell the person's consent apart.
pub const FIND_LIMIT: usize = 3;

/// Minutes without a touch before the console locks itself.
pub const DEFAULT_LOCK_MINUTES: i64 = 15;

/// Where the console is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ConsoleScreen {
    /// No account exists yet: create the first administrator.
    Setup,
    /// Name and passphrase.
    SignIn,
    /// The lists.
    Dashboard,
    /// Why is this record being opened? (Asked before anything of it is shown.)
    Reason(ConsentId),
    /// One consent, opened.
    Record,
    /// A consent that needs review: what changed, and a fresh signature.
    Reconsent,
    /// Suspend return assistance to a country (administrators), and the
    /// console's suspensions in force, each of which can be lifted.
    Suspend,
    /// Lifting one of the console's suspensions: what it touches, and why.
    LiftSuspension,
    /// Export to a folder.
    Export,
    /// Who is present, before a guided session starts.
    Guided,
    /// The private confirmation interview of the opened consent.
    Confirmation,
    /// Find a consent by facts the person gives, when they lost their code.
    FindWithoutCode,
    /// An editor signed in: the window opens the editor's workspace.
    Editor,
}

/// What a member of staff asks for.
#[derive(Debug, Clone, PartialEq)]
pub enum ConsoleIntent {
    /// Create the first administrator (setup only).
    CreateFirstAdmin {
        /// Login name.
        account_id: String,
        /// Passphrase or PIN.
        secret: crate::redact::Secret,
    },
    /// Sign in.
    SignIn {
        /// Login name.
        account_id: String,
        /// Passphrase or PIN.
        secret: crate::redact::Secret,
    },
    /// Sign out (also what a lock does).
    SignOut,
    /// Back to the dashboard.
    ShowDashboard,
    /// "I am going": a concern raised at the kiosk is taken up.
    ConcernSeen(String),
    /// Show one list, or all.
    Filter(Option<Category>),
    /// Ask for the reason to open a consent.
    AskToOpen(ConsentId),
    /// Open the consent asked about, for this reason.
    Open {
        /// Why, in the counsellor's words.
        reason: String,
    },
    /// Withdraw the open consent on the person's behalf, at their request.
    Withdraw,
    /// Record that the person departed.
    RecordDeparture,
    /// Show what changed for a consent that needs review.
    ShowReconsent,
    /// Take fresh signatures (typed names, in front of the counsellor) from each
    /// party who signed before.
    Reconsent {
        /// Each signer and the name they typed.
        typed_names: Vec<(PartyId, String)>,
        /// The region of return (ISO 3166-2) the person names again, where
        /// return differs by area; `None` keeps the one recorded.
        area: Option<String>,
    },
    /// The suspension form.
    ShowSuspend,
    /// Suspend return assistance to a country (or one area of it).
    Suspend {
        /// ISO 3166-1 alpha-2.
        country: String,
        /// ISO 3166-2, for one area only.
        area: Option<String>,
        /// Why, for the record.
        reason: String,
    },
    /// Ask to lift a suspension made from the console: says how many consents
    /// it touches before anything is recorded.
    AskLiftSuspension(Destination),
    /// Lift the suspension asked about, for this reason.
    LiftSuspension {
        /// Why, for the record.
        reason: String,
    },
    /// Move every pending consent signed under older information to needs-review.
    ReviewContentChanges,
    /// The export form.
    ShowExport,
    /// Export everything to a folder.
    Export {
        /// Which format.
        format: ExportFormat,
        /// Where.
        folder: PathBuf,
    },
    /// The "who is present" form of a guided session.
    ShowGuided,
    /// Resolve an open flag of the opened consent.
    ResolveFlag {
        /// Which flag.
        flag: FlagKind,
        /// Cleared or referred.
        outcome: FlagOutcome,
        /// Why, in the counsellor's words.
        reason: String,
    },
    /// A child's objection on the opened consent: to review, with a note.
    ReviewChildObjection {
        /// Why, in the counsellor's words.
        reason: String,
    },
    /// The confirmation interview form for the opened consent.
    ShowConfirmation,
    /// Record the interview held with the person of the opened consent.
    RecordConfirmation(ConfirmationInterview),
    /// The interview form was sent with a question unanswered: nothing is recorded.
    InterviewUnanswered,
    /// The guided session's form lacks what the rules need before it starts
    /// (a child's: whether unaccompanied, and then the escort and reception).
    GuidedIncomplete(RuleViolation),
    /// The person confirmed again today that they want to go.
    ReconfirmDeparture,
    /// Undo a departure recorded by mistake.
    CorrectDeparture {
        /// Why, in the counsellor's words.
        reason: String,
    },
    /// The form to find a consent without its code.
    ShowFindWithoutCode,
    /// Look for consents matching every fact given.
    FindWithoutCode(FoundBy),
    /// Withdraw one consent found by facts, with the person present.
    WithdrawWithoutCode {
        /// Which one of those found.
        consent_id: ConsentId,
        /// The person is here, in front of the counsellor.
        person_present: bool,
        /// Why, in the counsellor's words.
        reason: String,
    },
}

/// What the console tells the member of staff after an action.
#[derive(Debug, Clone, PartialEq)]
pub enum ConsoleNotice {
    /// A message (Fluent id) with no arguments.
    Message(&'static str),
    /// The account must wait.
    Locked {
        /// Seconds left.
        seconds: i64,
    },
    /// Refused by the consent rules.
    Refused(RuleViolation),
    /// A count of consents moved or exported (message id and count).
    Count(&'static str, usize),
    /// An export was written here.
    Exported(PathBuf, usize),
    /// Something failed; the reason for staff (never personal data).
    Failed(String),
}

/// Everything the console acts through.
#[derive(Debug)]
pub struct ConsoleServices<'a> {
    /// The store.
    pub store: &'a mut Store,
    /// The content (suspensions change what the kiosk offers at once).
    pub content: &'a mut Content,
    /// The words.
    pub catalog: &'a Catalog,
    /// Now.
    pub now: Timestamp,
}

/// The console's state: who is signed in, where they are, what is open.
#[derive(Debug)]
pub struct Console {
    screen: ConsoleScreen,
    account: Option<Account>,
    last_input: Timestamp,
    lock_after: Duration,
    notice: Option<ConsoleNotice>,
    dashboard: Dashboard,
    /// Concerns raised at the kiosk that no one has taken up: shown first.
    concerns: Vec<crate::store::OpenConcern>,
    category: Option<Category>,
    /// The consent opened, and how many events it had when read (for conflicts).
    opened: Option<Consent>,
    /// Consents found by facts for a person without their code, and the facts.
    found: Vec<Consent>,
    found_by: FoundBy,
    /// The console's suspensions in force (shown on the suspension screen).
    suspensions: Vec<Suspension>,
    /// The suspension being lifted, and what lifting it touches.
    lifting: Option<Lifting>,
}

/// What lifting one of the console's suspensions touches, said before it is done.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Lifting {
    /// The suspension.
    pub suspension: Suspension,
    /// Consents in needs-review because of it (they stay there until signed again).
    pub consents_in_review: usize,
    /// The content suspends the same destination too: it stays suspended.
    pub content_suspends_too: bool,
}

impl Console {
    /// A console asking for setup (no accounts yet) or sign-in.
    pub fn new(store: &Store, now: Timestamp) -> Self {
        let setup = !store.has_accounts().unwrap_or(true);
        Self {
            screen: if setup {
                ConsoleScreen::Setup
            } else {
                ConsoleScreen::SignIn
            },
            account: None,
            last_input: now,
            lock_after: Duration::minutes(DEFAULT_LOCK_MINUTES),
            notice: None,
            dashboard: Dashboard::default(),
            concerns: Vec::new(),
            category: None,
            opened: None,
            found: Vec::new(),
            found_by: FoundBy::default(),
            suspensions: Vec::new(),
            lifting: None,
        }
    }

    /// A console with nobody signed in and no store behind it: for screens that
    /// only borrow the console's way of drawing words (the editor's workspace).
    pub fn detached() -> Self {
        Self {
            screen: ConsoleScreen::SignIn,
            account: None,
            last_input: Timestamp::UNIX_EPOCH,
            lock_after: Duration::minutes(DEFAULT_LOCK_MINUTES),
            notice: None,
            dashboard: Dashboard::default(),
            concerns: Vec::new(),
            category: None,
            opened: None,
            found: Vec::new(),
            found_by: FoundBy::default(),
            suspensions: Vec::new(),
            lifting: None,
        }
    }

    /// Sets how long the console waits without a touch before it locks.
    pub fn set_lock_after(&mut self, after: Duration) {
        self.lock_after = after;
    }

    /// The screen.
    pub fn screen(&self) -> &ConsoleScreen {
        &self.screen
    }

    /// Who is signed in.
    pub fn account(&self) -> Option<&Account> {
        self.account.as_ref()
    }

    /// The last notice.
    pub fn notice(&self) -> Option<&ConsoleNotice> {
        self.notice.as_ref()
    }

    /// Concerns raised at the kiosk and not yet taken up, oldest first.
    pub fn concerns(&self) -> &[crate::store::OpenConcern] {
        &self.concerns
    }

    /// The dashboard's consents.
    pub fn dashboard(&self) -> &Dashboard {
        &self.dashboard
    }

    /// The list shown.
    pub fn category(&self) -> Option<Category> {
        self.category
    }

    /// The consent opened.
    pub fn opened(&self) -> Option<&Consent> {
        self.opened.as_ref()
    }

    /// Consents found by facts for a person without their code.
    pub fn found(&self) -> &[Consent] {
        &self.found
    }

    /// The console's suspensions in force, oldest first.
    pub fn suspensions(&self) -> &[Suspension] {
        &self.suspensions
    }

    /// The suspension being lifted, and what it touches.
    pub fn lifting(&self) -> Option<&Lifting> {
        self.lifting.as_ref()
    }

    /// Locks (signs out) and forgets everything shown: for idle, and for handing
    /// the screen to a person.
    pub fn lock(&mut self) {
        self.account = None;
        self.opened = None;
        self.found.clear();
        self.found_by = FoundBy::default();
        self.suspensions.clear();
        self.lifting = None;
        self.dashboard = Dashboard::default();
        self.concerns.clear();
        self.category = None;
        self.notice = None;
        self.screen = ConsoleScreen::SignIn;
    }

    /// Locks when nobody touched the console for too long. True when it just locked.
    pub fn tick(&mut self, now: Timestamp) -> bool {
        if self.account.is_some() && now - self.last_input >= self.lock_after {
            self.lock();
            self.notice = Some(ConsoleNotice::Message("console-locked-idle"));
            return true;
        }
        false
    }

    /// Carries out one intent. Errors become the notice; nothing half-done is kept.
    pub fn apply(&mut self, intent: ConsoleIntent, services: &mut ConsoleServices<'_>) {
        self.last_input = services.now;
        self.notice = None;
        if let Err(notice) = self.apply_inner(intent, services) {
            self.notice = Some(notice);
        }
    }

    fn signed_in(&self) -> Result<&Account, ConsoleNotice> {
        self.account
            .as_ref()
            .ok_or(ConsoleNotice::Message("console-sign-in-first"))
    }

    fn apply_inner(
        &mut self,
        intent: ConsoleIntent,
        services: &mut ConsoleServices<'_>,
    ) -> Result<(), ConsoleNotice> {
        match intent {
            ConsoleIntent::CreateFirstAdmin { account_id, secret } => {
                if self.screen != ConsoleScreen::Setup {
                    return Ok(());
                }
                services
                    .store
                    .create_account(&account_id, AccountRole::Admin, &secret, None, services.now)
                    .map_err(account_notice)?;
                self.screen = ConsoleScreen::SignIn;
                self.notice = Some(ConsoleNotice::Message("console-setup-done"));
                Ok(())
            }
            ConsoleIntent::SignIn { account_id, secret } => {
                let account = services
                    .store
                    .sign_in(&account_id, &secret, services.now)
                    .map_err(account_notice)?;
                if account.role == AccountRole::Editor {
                    // Editors work on content, never on consent records.
                    self.account = Some(account);
                    self.screen = ConsoleScreen::Editor;
                    return Ok(());
                }
                self.account = Some(account);
                self.show_dashboard(services)
            }
            ConsoleIntent::SignOut => {
                self.lock();
                Ok(())
            }
            ConsoleIntent::ShowDashboard => {
                self.signed_in()?;
                self.opened = None;
                self.show_dashboard(services)
            }
            ConsoleIntent::ConcernSeen(concern_id) => {
                let account_id = self.signed_in()?.account_id.clone();
                services
                    .store
                    .record_audit(&AuditEvent::ConcernSeen {
                        account_id,
                        concern_id,
                        at: services.now,
                    })
                    .map_err(store_notice)?;
                self.show_dashboard(services)
            }
            ConsoleIntent::Filter(category) => {
                self.signed_in()?;
                self.category = category;
                Ok(())
            }
            ConsoleIntent::AskToOpen(consent_id) => {
                self.signed_in()?;
                self.screen = ConsoleScreen::Reason(consent_id);
                Ok(())
            }
            ConsoleIntent::Open { reason } => self.open(&reason, services),
            ConsoleIntent::Withdraw => {
                self.act_on_opened(services, |consent, account, services| {
                    consent
                        .withdraw(Withdrawal {
                            at: services.now,
                            confirmed_by: Role::Counsellor,
                            account_id: Some(account.to_owned()),
                        })
                        .map_err(ConsoleNotice::Refused)
                })
            }
            ConsoleIntent::RecordDeparture => {
                self.act_on_opened(services, |consent, account, services| {
                    // Suspensions from the content and from this console alike; a
                    // child of a household is in force only with a parent's.
                    consent
                        .check_departure_allowed(&services.content.signing_policy())
                        .map_err(ConsoleNotice::Refused)?;
                    consent
                        .record_departure(services.now, Some(account))
                        .map_err(ConsoleNotice::Refused)
                })
            }
            ConsoleIntent::ShowReconsent => {
                self.signed_in()?;
                if self
                    .opened
                    .as_ref()
                    .and_then(Consent::review_reason)
                    .is_none()
                {
                    return Err(ConsoleNotice::Message("console-reconsent-not-needed"));
                }
                self.screen = ConsoleScreen::Reconsent;
                Ok(())
            }
            ConsoleIntent::Reconsent { typed_names, area } => {
                self.reconsent(&typed_names, area, services)
            }
            ConsoleIntent::ShowSuspend => {
                self.admin()?;
                self.show_suspensions(services)
            }
            ConsoleIntent::AskLiftSuspension(destination) => self.ask_lift(&destination, services),
            ConsoleIntent::LiftSuspension { reason } => self.lift(&reason, services),
            ConsoleIntent::Suspend {
                country,
                area,
                reason,
            } => self.suspend(&country, area, &reason, services),
            ConsoleIntent::ReviewContentChanges => self.review_content_changes(services),
            ConsoleIntent::ShowExport => {
                self.signed_in()?;
                self.screen = ConsoleScreen::Export;
                Ok(())
            }
            ConsoleIntent::Export { format, folder } => self.export(format, &folder, services),
            ConsoleIntent::ShowGuided => {
                self.signed_in()?;
                self.screen = ConsoleScreen::Guided;
                Ok(())
            }
            ConsoleIntent::ResolveFlag {
                flag,
                outcome,
                reason,
            } => self.act_on_opened(services, |consent, _, services| {
                consent
                    .resolve_flag(flag, outcome, &reason, services.now)
                    .map_err(ConsoleNotice::Refused)
            }),
            ConsoleIntent::ReviewChildObjection { reason } => {
                self.act_on_opened(services, |consent, _, services| {
                    consent
                        .review_child_objection(&reason, services.now)
                        .map_err(ConsoleNotice::Refused)
                })
            }
            ConsoleIntent::ShowConfirmation => {
                self.signed_in()?;
                if self.opened.as_ref().is_none_or(|c| !c.is_pending()) {
                    return Err(ConsoleNotice::Message("console-confirmation-not-needed"));
                }
                self.screen = ConsoleScreen::Confirmation;
                Ok(())
            }
            ConsoleIntent::RecordConfirmation(interview) => {
                self.act_on_opened(services, |consent, _, services| {
                    consent
                        .record_confirmation(interview, services.now)
                        .map_err(ConsoleNotice::Refused)
                })?;
                self.screen = ConsoleScreen::Record;
                self.notice = Some(ConsoleNotice::Message("console-saved"));
                Ok(())
            }
            ConsoleIntent::InterviewUnanswered => {
                self.signed_in()?;
                Err(ConsoleNotice::Message("console-confirmation-unanswered"))
            }
            ConsoleIntent::GuidedIncomplete(rule) => {
                self.signed_in()?;
                Err(ConsoleNotice::Refused(rule))
            }
            ConsoleIntent::ReconfirmDeparture => {
                self.act_on_opened(services, |consent, _, services| {
                    consent
                        .check_departure_allowed(&services.content.signing_policy())
                        .map_err(ConsoleNotice::Refused)?;
                    consent
                        .reconfirm_departure(services.now)
                        .map_err(ConsoleNotice::Refused)
                })
            }
            ConsoleIntent::CorrectDeparture { reason } => {
                self.act_on_opened(services, |consent, _, services| {
                    consent
                        .correct_departure(&reason, services.now)
                        .map_err(ConsoleNotice::Refused)
                })
            }
            ConsoleIntent::ShowFindWithoutCode => {
                self.signed_in()?;
                self.found.clear();
                self.found_by = FoundBy::default();
                self.screen = ConsoleScreen::FindWithoutCode;
                Ok(())
            }
            ConsoleIntent::FindWithoutCode(found_by) => self.find_without_code(found_by, services),
            ConsoleIntent::WithdrawWithoutCode {
                consent_id,
                person_present,
                reason,
            } => self.withdraw_without_code(&consent_id, person_present, &reason, services),
        }
    }

    /// Consents matching every fact, only withdrawable ones, at most a few: the
    /// person picks theirs by what they remember, never from a long list.
    fn find_without_code(
        &mut self,
        found_by: FoundBy,
        services: &mut ConsoleServices<'_>,
    ) -> Result<(), ConsoleNotice> {
        self.signed_in()?;
        self.found.clear();
        if found_by.given() < 2 {
            return Err(ConsoleNotice::Message("console-find-two-facts"));
        }
        let projection = services.store.projection().map_err(store_notice)?;
        let now = services.now;
        let found: Vec<Consent> = projection
            .consents()
            .filter(|c| c.departed_at.is_none())
            .filter(|c| {
                !matches!(
                    c.state_at(now),
                    crate::consent::ConsentState::Withdrawn { .. }
                        | crate::consent::ConsentState::Declined { .. }
                )
            })
            .filter(|c| found_by.matches(c))
            .take(FIND_LIMIT + 1)
            .cloned()
            .collect();
        if found.len() > FIND_LIMIT {
            return Err(ConsoleNotice::Message("console-find-too-many"));
        }
        if found.is_empty() {
            return Err(ConsoleNotice::Message("console-find-none"));
        }
        self.found = found;
        self.found_by = found_by;
        Ok(())
    }

    fn withdraw_without_code(
        &mut self,
        consent_id: &ConsentId,
        person_present: bool,
        reason: &str,
        services: &mut ConsoleServices<'_>,
    ) -> Result<(), ConsoleNotice> {
        let account_id = self.signed_in()?.account_id.clone();
        let consent = self
            .found
            .iter()
            .find(|c| &c.consent_id == consent_id)
            .ok_or(ConsoleNotice::Message("console-not-found"))?;
        let event = consent
            .withdraw_without_code(
                Withdrawal {
                    at: services.now,
                    confirmed_by: Role::Counsellor,
                    account_id: Some(account_id.clone()),
                },
                &self.found_by,
                person_present,
                reason,
            )
            .map_err(ConsoleNotice::Refused)?;
        services
            .store
            .commit_expecting(&event, consent.event_count)
            .map_err(store_notice)?;
        self.found.clear();
        self.found_by = FoundBy::default();
        self.show_dashboard(services)?;
        self.notice = Some(ConsoleNotice::Message("console-withdrawn-without-code"));
        Ok(())
    }

    fn admin(&self) -> Result<&Account, ConsoleNotice> {
        let account = self.signed_in()?;
        if account.role != AccountRole::Admin {
            return Err(ConsoleNotice::Message("console-admin-only"));
        }
        Ok(account)
    }

    fn show_dashboard(&mut self, services: &mut ConsoleServices<'_>) -> Result<(), ConsoleNotice> {
        let rows = services.store.dashboard().map_err(store_notice)?;
        self.dashboard = Dashboard::new(rows);
        self.concerns = services.store.open_concerns().map_err(store_notice)?;
        self.screen = ConsoleScreen::Dashboard;
        Ok(())
    }

    fn open(
        &mut self,
        reason: &str,
        services: &mut ConsoleServices<'_>,
    ) -> Result<(), ConsoleNotice> {
        let account_id = self.signed_in()?.account_id.clone();
        let ConsoleScreen::Reason(consent_id) = self.screen.clone() else {
            return Ok(());
        };
        if reason.trim().chars().count() < 3 {
            return Err(ConsoleNotice::Message("console-reason-needed"));
        }
        // Logged before anything of the record is read for display.
        services
            .store
            .record_audit(&AuditEvent::RecordOpened {
                account_id,
                consent_id: consent_id.clone(),
                reason: reason.trim().to_owned(),
                at: services.now,
            })
            .map_err(store_notice)?;
        let consent = services
            .store
            .consent(&consent_id)
            .map_err(store_notice)?
            .ok_or(ConsoleNotice::Message("console-not-found"))?;
        self.opened = Some(consent);
        self.screen = ConsoleScreen::Record;
        Ok(())
    }

    /// Builds an event from the opened consent as it was read, and stores it only
    /// if nobody changed the consent in between.
    fn act_on_opened(
        &mut self,
        services: &mut ConsoleServices<'_>,
        make: impl FnOnce(
            &Consent,
            &str,
            &ConsoleServices<'_>,
        ) -> Result<crate::consent::ConsentEvent, ConsoleNotice>,
    ) -> Result<(), ConsoleNotice> {
        let account_id = self.signed_in()?.account_id.clone();
        let opened = self
            .opened
            .as_ref()
            .ok_or(ConsoleNotice::Message("console-not-found"))?;
        // A child's consent follows its household's as the store has it now (a
        // parent's may have changed since it was opened); its own events must
        // not have, or the commit below reports the conflict.
        let fresh = if opened.waits_for_household() {
            services
                .store
                .consent(&opened.consent_id)
                .map_err(store_notice)?
                .filter(|fresh| fresh.event_count == opened.event_count)
        } else {
            None
        };
        let consent = fresh.as_ref().unwrap_or(opened);
        let event = make(consent, &account_id, services)?.by_account(&account_id);
        services
            .store
            .commit_expecting(&event, consent.event_count)
            .map_err(store_notice)?;
        self.reload_opened(services)?;
        // The list beside the record shows the change too.
        self.dashboard = Dashboard::new(services.store.dashboard().map_err(store_notice)?);
        self.notice = Some(ConsoleNotice::Message("console-saved"));
        Ok(())
    }

    fn reload_opened(&mut self, services: &mut ConsoleServices<'_>) -> Result<(), ConsoleNotice> {
        if let Some(opened) = &self.opened {
            self.opened = services
                .store
                .consent(&opened.consent_id)
                .map_err(store_notice)?;
        }
        Ok(())
    }

    fn reconsent(
        &mut self,
        typed_names: &[(PartyId, String)],
        area: Option<String>,
        services: &mut ConsoleServices<'_>,
    ) -> Result<(), ConsoleNotice> {
        self.act_on_opened(services, |consent, account_id, services| {
            let policy = services.content.signing_policy();
            let mut draft = guided::fresh_draft(consent, account_id, typed_names, services)?;
            // The region, said again (a record made before regions were asked has none).
            if let (Some(area), Some(destination)) = (area, draft.destination.as_mut()) {
                destination.area = Some(area.trim().to_ascii_uppercase());
            }
            consent
                .reconsent(&draft, &policy, services.now)
                .map_err(ConsoleNotice::Refused)
        })?;
        self.screen = ConsoleScreen::Record;
        Ok(())
    }

    fn suspend(
        &mut self,
        country: &str,
        area: Option<String>,
        reason: &str,
        services: &mut ConsoleServices<'_>,
    ) -> Result<(), ConsoleNotice> {
        let account_id = self.admin()?.account_id.clone();
        let country = country.trim().to_ascii_uppercase();
        let Some(known) = services
            .content
            .countries
            .iter()
            .find(|c| c.code == country)
        else {
            return Err(ConsoleNotice::Message("console-suspend-unknown-country"));
        };
        let area = area
            .map(|a| a.trim().to_ascii_uppercase())
            .filter(|a| !a.is_empty());
        // Only an area the region question offers: consents name one of those,
        // so its suspension reaches every consent it concerns.
        if area.as_ref().is_some_and(|a| known.area(a).is_none()) {
            return Err(ConsoleNotice::Message("console-suspend-unknown-area"));
        }
        if reason.trim().chars().count() < 3 {
            return Err(ConsoleNotice::Message("console-reason-needed"));
        }
        let suspension = Suspension {
            destination: Destination { country, area },
            since: services.now,
            reason: reason.trim().to_owned(),
        };
        let now = services.now;
        let moved = move_to_review(services, &account_id, |c| c.suspend(&suspension, now).ok())?;
        services
            .store
            .record_audit(&AuditEvent::DestinationSuspended {
                account_id,
                destination: suspension.destination.clone(),
                reason: suspension.reason.clone(),
                consents_moved: moved,
                at: services.now,
            })
            .map_err(store_notice)?;
        // The kiosk stops offering it from the next frame.
        apply_sealed_suspensions(services.store, services.content).map_err(store_notice)?;
        self.show_dashboard(services)?;
        self.notice = Some(ConsoleNotice::Count("console-suspend-done", moved));
        Ok(())
    }

    /// The suspension screen, with the console's suspensions in force.
    fn show_suspensions(
        &mut self,
        services: &mut ConsoleServices<'_>,
    ) -> Result<(), ConsoleNotice> {
        self.suspensions = services.store.console_suspensions().map_err(store_notice)?;
        // Fresh, so the count a suspension would move is right.
        self.dashboard = Dashboard::new(services.store.dashboard().map_err(store_notice)?);
        self.lifting = None;
        self.screen = ConsoleScreen::Suspend;
        Ok(())
    }

    /// Before lifting: how many consents are in review because of this
    /// suspension, and whether the content suspends the destination too.
    fn ask_lift(
        &mut self,
        destination: &Destination,
        services: &mut ConsoleServices<'_>,
    ) -> Result<(), ConsoleNotice> {
        self.admin()?;
        let suspension = services
            .store
            .console_suspensions()
            .map_err(store_notice)?
            .into_iter()
            .find(|s| &s.destination == destination)
            .ok_or(ConsoleNotice::Message("console-lift-not-active"))?;
        let consents_in_review = in_review_for(services, destination)?;
        self.lifting = Some(Lifting {
            content_suspends_too: services.content.suspends_itself(destination),
            suspension,
            consents_in_review,
        });
        self.screen = ConsoleScreen::LiftSuspension;
        Ok(())
    }

    /// Lifts the suspension asked about: sealed with who, when and why; the
    /// kiosk offers the destination again from the next frame (unless the
    /// content suspends it too). Consents in review stay there.
    fn lift(
        &mut self,
        reason: &str,
        services: &mut ConsoleServices<'_>,
    ) -> Result<(), ConsoleNotice> {
        let account_id = self.admin()?.account_id.clone();
        let Some(lifting) = self.lifting.clone() else {
            return Err(ConsoleNotice::Message("console-lift-not-active"));
        };
        if reason.trim().chars().count() < 3 {
            return Err(ConsoleNotice::Message("console-reason-needed"));
        }
        let destination = lifting.suspension.destination;
        // Still in force (another administrator may have lifted it meanwhile).
        let active = services.store.console_suspensions().map_err(store_notice)?;
        if !active.iter().any(|s| s.destination == destination) {
            self.lifting = None;
            return Err(ConsoleNotice::Message("console-lift-not-active"));
        }
        let consents_in_review = in_review_for(services, &destination)?;
        services
            .store
            .record_audit(&AuditEvent::SuspensionLifted {
                account_id,
                destination,
                reason: reason.trim().to_owned(),
                consents_in_review,
                at: services.now,
            })
            .map_err(store_notice)?;
        apply_sealed_suspensions(services.store, services.content).map_err(store_notice)?;
        self.show_suspensions(services)?;
        self.notice = Some(ConsoleNotice::Count(
            "console-lift-done",
            consents_in_review,
        ));
        Ok(())
    }

    fn review_content_changes(
        &mut self,
        services: &mut ConsoleServices<'_>,
    ) -> Result<(), ConsoleNotice> {
        let account_id = self.admin()?.account_id.clone();
        // Each consent against its own country's version: a change to one
        // country's page moves only consents to that country.
        let versions = services.content.country_versions.clone();
        let whole = services.content.version.clone();
        let now = services.now;
        let moved = move_to_review(services, &account_id, |c| {
            let current = c
                .record
                .destination
                .as_ref()
                .and_then(|d| versions.get(&d.country))
                .unwrap_or(&whole);
            if c.record.content_version == *current {
                return None;
            }
            c.mark_for_review(
                crate::consent::ReviewReason::ContentChanged {
                    from_version: c.record.content_version.clone(),
                    to_version: current.clone(),
                },
                now,
            )
            .ok()
        })?;
        self.show_dashboard(services)?;
        self.notice = Some(ConsoleNotice::Count("console-review-done", moved));
        Ok(())
    }

    fn export(
        &mut self,
        format: ExportFormat,
        folder: &std::path::Path,
        services: &mut ConsoleServices<'_>,
    ) -> Result<(), ConsoleNotice> {
        let account_id = self.signed_in()?.account_id.clone();
        let (path, summary) =
            crate::export::export_to_folder(services.store, format, services.now, folder)
                .map_err(|e| ConsoleNotice::Failed(e.to_string()))?;
        services
            .store
            .record_audit(&AuditEvent::Exported {
                account_id,
                format: format!("{format:?}").to_lowercase(),
                consents: summary.written,
                at: services.now,
            })
            .map_err(store_notice)?;
        self.notice = Some(ConsoleNotice::Exported(path, summary.written));
        Ok(())
    }
}

/// Applies every suspension sealed in the console's audit log and not lifted
/// since to `content`, so a destination suspended from the console stays
/// suspended after a restart or a content publication, and one lifted is
/// offered again: the policy is the content's suspensions and the console's
/// together. Returns how many were applied.
pub fn apply_sealed_suspensions(
    store: &crate::store::Store,
    content: &mut crate::content::Content,
) -> Result<usize, crate::store::StoreError> {
    let sealed = store.console_suspensions()?;
    content.apply_console_suspensions(&sealed);
    Ok(sealed.len())
}

/// Where suspensions written in the content live, as a review records it.
pub const CONTENT_SUSPENSIONS_SOURCE: &str = "content/countries.toml";

/// Moves every pending consent to a destination the content suspends to
/// needs-review, as the system (no account), with the suspension's source and
/// date: a suspension written in `countries.toml` acts on consents already
/// signed, not only on new ones. Called when content loads, before the console's
/// own suspensions are applied (those moved their consents when they were made).
/// Returns how many moved.
pub fn review_for_content_suspensions(
    store: &mut crate::store::Store,
    content: &crate::content::Content,
    now: Timestamp,
) -> Result<usize, StoreError> {
    let policy = content.signing_policy();
    if policy.suspensions.is_empty() {
        return Ok(0);
    }
    // The summary finds the few concerned without replaying every consent.
    let candidates: Vec<String> = store
        .dashboard()?
        .into_iter()
        .filter(|row| row.stage == "signed" && !row.departed)
        .filter(|row| {
            row.destination.as_deref().is_some_and(|d| {
                let (country, area) = d.split_once('/').map_or((d, None), |(c, a)| (c, Some(a)));
                policy
                    .suspension_for(&Destination {
                        country: country.to_owned(),
                        area: area.map(str::to_owned),
                    })
                    .is_some()
            })
        })
        .map(|row| row.consent_id)
        .collect();
    let mut events = Vec::new();
    for id in candidates {
        let Some(consent) = store.consent(&ConsentId::from_stored(id))? else {
            continue;
        };
        let Some(suspension) = consent
            .record
            .destination
            .as_ref()
            .and_then(|d| policy.suspension_for(d))
        else {
            continue;
        };
        let reason = crate::consent::ReviewReason::SuspensionFound {
            destination: suspension.destination.clone(),
            detail: suspension.reason.clone(),
            source: CONTENT_SUSPENSIONS_SOURCE.to_owned(),
            since: suspension.since,
        };
        if let Ok(event) = consent.mark_for_review(reason, now) {
            events.push(event);
        }
    }
    if events.is_empty() {
        return Ok(0);
    }
    if store.is_demo() {
        store.commit_demo(&events)?;
    } else {
        store.commit_all(&events)?;
    }
    Ok(events.len())
}

/// How many consents are in needs-review because return to `destination` was
/// suspended (from the console or found in the content).
fn in_review_for(
    services: &mut ConsoleServices<'_>,
    destination: &Destination,
) -> Result<usize, ConsoleNotice> {
    let projection = services.store.projection().map_err(store_notice)?;
    Ok(projection
        .consents_unordered()
        .filter(|c| {
            matches!(
                c.review_reason(),
                Some(
                    crate::consent::ReviewReason::DestinationSuspended { destination: d, .. }
                        | crate::consent::ReviewReason::SuspensionFound { destination: d, .. }
                ) if d == destination
            )
        })
        .count())
}

/// Moves every pending consent `make` gives an event for to needs-review, all in
/// one transaction (or none), attributed to `account_id`. Returns how many moved.
fn move_to_review(
    services: &mut ConsoleServices<'_>,
    account_id: &str,
    make: impl Fn(&Consent) -> Option<crate::consent::ConsentEvent>,
) -> Result<usize, ConsoleNotice> {
    let projection = services.store.projection().map_err(store_notice)?;
    let events: Vec<_> = projection
        .consents()
        .filter(|c| c.is_pending())
        .filter_map(&make)
        .map(|event| event.by_account(account_id))
        .collect();
    services.store.commit_all(&events).map_err(store_notice)?;
    Ok(events.len())
}

fn account_notice(error: AccountError) -> ConsoleNotice {
    match error {
        AccountError::WrongCredentials => ConsoleNotice::Message("console-wrong-credentials"),
        AccountError::Locked { seconds } => ConsoleNotice::Locked { seconds },
        AccountError::Exists => ConsoleNotice::Message("console-account-exists"),
        AccountError::BadName => ConsoleNotice::Message("console-bad-name"),
        AccountError::WeakSecret => ConsoleNotice::Message("console-weak-secret"),
        AccountError::AlreadySetUp => ConsoleNotice::Message("console-already-set-up"),
        AccountError::Store(error) => store_notice(error),
    }
}

fn store_notice(error: StoreError) -> ConsoleNotice {
    match error {
        StoreError::Conflict => ConsoleNotice::Message("console-conflict"),
        StoreError::Rule(rule) => ConsoleNotice::Refused(rule),
        other => ConsoleNotice::Failed(other.to_string()),
    }
}
