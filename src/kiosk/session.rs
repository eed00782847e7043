//! The session: state, intents applied through the domain, the idle wipe.

use time::Duration;

use super::deadline::option_deadline;
use crate::consent::{
    AuditEvent, Company, ConcernKind, ConsentDraft, ConsentId, Destination, KIOSK_ACCOUNT,
    LegalOption, MIGRANT, PageShown, ParagraphSource, ReferenceCode, Role, RuleViolation,
    Signature, SignatureKind, Timestamp, Translation, Withdrawal,
};
use crate::content::Content;
use crate::i18n::{Catalog, LocaleChain};
use crate::store::{Store, StoreError};

use super::screen::{Intent, Screen};

/// What a session needs from the kiosk around it.
#[derive(Debug)]
pub struct Services<'a> {
    /// The content shown.
    pub content: &'a Content,
    /// The words.
    pub catalog: &'a Catalog,
    /// Where signed consents and withdrawals go.
    pub store: &'a mut Store,
    /// The time of this touch.
    pub now: Timestamp,
}

/// A short message for the person, as a Fluent message ID (the screen renders it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    /// A message with no arguments, e.g. `withdraw-not-found`.
    Message(&'static str),
    /// The typed code has the wrong number of characters.
    CodeLength {
        /// Characters a code has.
        expected: usize,
        /// Characters typed.
        found: usize,
    },
    /// Saving failed; nothing the person entered was lost (the reason is for staff).
    NotSaved(String),
    /// Guided session: the rules refuse to sign yet, and say why (for the counsellor).
    Refused(RuleViolation),
}

/// Whether the kiosk should warn or wipe because nobody has touched it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IdleState {
    /// Someone is using it.
    Active,
    /// Show "Are you still there?" with the seconds left.
    Warning {
        /// Seconds until the wipe.
        seconds_left: i64,
    },
    /// The session was wiped back to the start screen.
    Wiped,
}

/// One person's session, from the language grid to a receipt.
#[derive(Debug)]
pub struct Session {
    screen: Screen,
    history: Vec<Screen>,
    chain: Option<LocaleChain>,
    draft: Option<ConsentDraft>,
    minor: bool,
    notice: Option<Notice>,
    last_input: Timestamp,
    /// Set when a counsellor guides the session on a tablet.
    guided: Option<Guided>,
    /// An item opened with "Change" from the review: going on returns there.
    changing: bool,
}

/// A guided session: the counsellor's account and who is present.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Guided {
    /// The counsellor's account.
    pub account_id: String,
    /// The parties recorded as present.
    pub present: crate::console::PresentParties,
}

/// How many times longer a receipt screen waits before it warns and clears.
const RECEIPT_IDLE_FACTOR: i64 = 3;

fn random_bytes<const N: usize>() -> Result<[u8; N], StoreError> {
    let mut bytes = [0u8; N];
    getrandom::fill(&mut bytes).map_err(|e| StoreError::Randomness(e.to_string()))?;
    Ok(bytes)
}

impl Session {
    /// A fresh session on the start screen.
    pub fn new(now: Timestamp) -> Self {
        Self {
            screen: Screen::Start,
            history: Vec::new(),
            chain: None,
            draft: None,
            minor: false,
            notice: None,
            last_input: now,
            guided: None,
            changing: false,
        }
    }

    /// A session a counsellor guides: who is present is already recorded, age and
    /// capacity are known, and it starts at the overview of all options in the
    /// person's language.
    pub fn guided(
        presence: &crate::console::Presence,
        account_id: &str,
        services: &mut Services<'_>,
    ) -> Result<Self, Notice> {
        let mut session = Self::new(services.now);
        session.choose_language(&presence.locale, services)?;
        session.minor = presence.minor;
        if let Some(draft) = session.draft.as_mut() {
            let present = presence.apply_to(draft, account_id);
            session.guided = Some(Guided {
                account_id: account_id.to_owned(),
                present,
            });
        }
        session.history.clear();
        session.screen = Screen::Overview;
        session.record_overview(services);
        Ok(session)
    }

    /// A session shown on `screen` in `chain`'s language with an empty draft: the
    /// editor's preview of a page. Nothing it does can be stored.
    pub fn preview(screen: Screen, chain: LocaleChain, content: &Content) -> Self {
        let mut session = Self::new(Timestamp::UNIX_EPOCH);
        session.draft = Some(ConsentDraft::new(
            ConsentId::from_random([0; 16]),
            ReferenceCode::from_random(0),
            chain.primary(),
            &content.version,
            &content.items(),
        ));
        session.chain = Some(chain);
        session.screen = screen;
        session
    }

    /// The guided session's facts, when a counsellor guides it.
    pub fn guided_by(&self) -> Option<&Guided> {
        self.guided.as_ref()
    }

    /// The screen to show.
    pub fn screen(&self) -> &Screen {
        &self.screen
    }

    /// The message to show on it, if any.
    pub fn notice(&self) -> Option<&Notice> {
        self.notice.as_ref()
    }

    /// The person's language chain (their language, host, English), once chosen.
    pub fn chain(&self) -> Option<&LocaleChain> {
        self.chain.as_ref()
    }

    /// The consent being prepared, if any (for the review screen).
    pub fn draft(&self) -> Option<&ConsentDraft> {
        self.draft.as_ref()
    }

    /// The first consent item without an answer, if any.
    pub fn first_unanswered(&self) -> Option<crate::consent::ItemKey> {
        self.draft
            .as_ref()?
            .items
            .iter()
            .find(|item| item.answer.is_none())
            .map(|item| item.key)
    }

    /// The item shown at `index` when it has no answer yet.
    fn unanswered_at(&self, index: usize, content: &Content) -> Option<crate::consent::ItemKey> {
        let key = content.statements.get(index)?.item;
        let draft = self.draft.as_ref()?;
        draft.answer_to(key).is_none().then_some(key)
    }

    /// When a consent signed at the last touch would start to count: what the
    /// review shows as a date and time (the store fixes it at signing).
    pub fn cooling_off_would_end(&self, content: &Content) -> Timestamp {
        self.last_input + Duration::hours(i64::from(content.deployment.cooling_off.hours()))
    }

    /// Whether the person said they are under 18.
    pub fn is_minor(&self) -> bool {
        self.minor
    }

    /// Applies a touch. Errors are shown as a [`Notice`]; none is lost or fatal.
    pub fn apply(&mut self, intent: Intent, services: &mut Services<'_>) {
        self.last_input = services.now;
        // A touch that does nothing (any touch counts as "still here") leaves a
        // notice where it is: it stays until the person acts on it.
        if intent == Intent::StillHere {
            return;
        }
        let unanswered = matches!(
            self.notice,
            Some(Notice::Refused(RuleViolation::ItemUnanswered(_)))
        );
        self.notice = None;
        if let Err(notice) = self.apply_inner(intent, services) {
            self.notice = Some(notice);
        }
        // "Answer every item" stays, naming the next one, until all are answered.
        if unanswered
            && self.notice.is_none()
            && let Screen::Item(index) = self.screen
            && let Some(key) = self.unanswered_at(index, services.content)
        {
            self.notice = Some(Notice::Refused(RuleViolation::ItemUnanswered(key)));
        }
    }

    /// Called every frame: warns, then wipes, an idle session (settings in `deployment.toml`).
    pub fn tick(&mut self, services: &Services<'_>) -> IdleState {
        if self.screen == Screen::Start && self.draft.is_none() {
            return IdleState::Active;
        }
        let deployment = &services.content.deployment;
        // A receipt stays up three times as long: time to photograph or copy the code.
        let factor = if matches!(
            self.screen,
            Screen::Receipt { .. } | Screen::WithdrawDone { .. }
        ) {
            RECEIPT_IDLE_FACTOR
        } else if self.screen.is_reading() {
            i64::from(deployment.reading_idle_factor)
        } else {
            1
        };
        let reset = Duration::seconds(i64::from(deployment.idle_reset_seconds) * factor);
        let warning = Duration::seconds(i64::from(deployment.idle_warning_seconds) * factor);
        let idle = services.now - self.last_input;
        if idle >= reset {
            self.wipe(services.now);
            return IdleState::Wiped;
        }
        if idle >= warning {
            let left = reset - idle;
            return IdleState::Warning {
                seconds_left: left.whole_seconds().max(1),
            };
        }
        IdleState::Active
    }

    /// Back to the start screen with nothing of the person left in memory.
    pub fn wipe(&mut self, now: Timestamp) {
        if let Some(mut draft) = self.draft.take() {
            draft.wipe();
        }
        *self = Self::new(now);
    }

    fn go(&mut self, screen: Screen) {
        let previous = std::mem::replace(&mut self.screen, screen);
        self.history.push(previous);
    }

    fn apply_inner(&mut self, intent: Intent, services: &mut Services<'_>) -> Result<(), Notice> {
        match intent {
            Intent::StillHere => Ok(()),
            Intent::Home | Intent::DoNotDecide => {
                self.wipe(services.now);
                if intent == Intent::DoNotDecide {
                    self.notice = Some(Notice::Message("more-time-noted"));
                }
                Ok(())
            }
            Intent::Back => {
                self.changing = false;
                if let Some(previous) = self.history.pop() {
                    self.screen = previous;
                }
                Ok(())
            }
            Intent::ChooseLanguage(tag) => self.choose_language(&tag, services),
            Intent::StartWithdrawal => {
                self.go(Screen::WithdrawCode);
                Ok(())
            }
            Intent::EnterCode(typed) => self.enter_code(&typed, services),
            Intent::ConfirmWithdrawal => self.confirm_withdrawal(services),
            Intent::NeedMoreTime => {
                if let Some(mut draft) = self.draft.take() {
                    draft.wipe();
                }
                self.go(Screen::MoreTime);
                Ok(())
            }
            Intent::TalkToCounsellor => {
                self.go(Screen::Counsellor);
                Ok(())
            }
            Intent::FeelPressured => {
                if let Some(draft) = self.draft.as_mut() {
                    draft.pressure_flag = true;
                }
                let from = self.screen.clone();
                self.go(Screen::Pressured);
                // Stored now, signed or not: staff see it even if the person leaves.
                self.raise_concern(ConcernKind::Pressured, &from, services)
            }
            Intent::LostCode => {
                let from = self.screen.clone();
                self.go(Screen::Counsellor);
                self.raise_concern(ConcernKind::LostCode, &from, services)
            }
            Intent::Continue => self.continue_from(services),
            Intent::Adult(adult) => {
                self.minor = !adult;
                if let Some(draft) = self.draft.as_mut() {
                    draft.subject.minor = !adult;
                }
                self.go(if adult {
                    Screen::Overview
                } else {
                    Screen::MinorInfo
                });
                if adult {
                    self.record_overview(services);
                }
                Ok(())
            }
            Intent::OpenOption(option) => {
                self.show_option(option, services);
                Ok(())
            }
            Intent::OpenCountries => {
                self.go(Screen::Countries);
                Ok(())
            }
            Intent::OpenCountry(code) => {
                self.show_country(&code, services);
                Ok(())
            }
            Intent::OpenPage(id) => {
                self.show_page(&id, services);
                Ok(())
            }
            Intent::ChooseReturn(code) => self.choose_return(&code, services),
            Intent::ChooseRegion(area) => self.choose_region(area, services),
            Intent::AnswerItem(key, yes) => {
                if let Some(draft) = self.draft.as_mut() {
                    draft.answer(key, yes);
                }
                Ok(())
            }
            Intent::ChangeItem(index) => {
                if self.screen == Screen::Review && index < services.content.statements.len() {
                    self.changing = true;
                    self.go(Screen::Item(index));
                }
                Ok(())
            }
            Intent::AnswerQuestion(answer) => self.answer_question(&answer, services),
            Intent::SignTyped(name) => self.sign(SignatureKind::Typed { name }, services),
            Intent::SignDrawn(strokes) => self.sign(SignatureKind::Drawn { strokes }, services),
            Intent::SignMark => {
                let witness = self
                    .guided
                    .as_ref()
                    .and_then(|g| g.present.witness)
                    .ok_or(Notice::Message("sign-mark-needs-witness"))?;
                self.sign(SignatureKind::Mark { witness }, services)
            }
            Intent::RepresentativeSigns(name) => self.representative_signs(name, services),
            Intent::CompleteSigning => self.complete_signing(services),
            Intent::Decline => {
                // At the kiosk nothing is recorded unless signed: declining leaves no trace.
                self.wipe(services.now);
                self.notice = Some(Notice::Message("more-time-noted"));
                Ok(())
            }
        }
    }

    /// Seals an anonymous concern in the audit log: what, from which screen, in
    /// which language, when. Nothing that names the person.
    fn raise_concern(
        &mut self,
        kind: ConcernKind,
        from: &Screen,
        services: &mut Services<'_>,
    ) -> Result<(), Notice> {
        let id: [u8; 8] = random_bytes().map_err(|e| Notice::NotSaved(e.to_string()))?;
        let screen = from.id().to_owned();
        let locale = self
            .chain
            .as_ref()
            .map_or_else(String::new, |chain| chain.primary().to_owned());
        services
            .store
            .record_audit(&AuditEvent::ConcernRaised {
                account_id: KIOSK_ACCOUNT.to_owned(),
                concern_id: hex::encode(id),
                kind,
                screen: screen.clone(),
                locale,
                at: services.now,
            })
            .map_err(|e| Notice::NotSaved(e.to_string()))?;
        // Stored first, then someone is paged; a pager that fails loses nothing.
        if let Some(command) = &services.content.deployment.alert_command
            && let Err(why) = crate::console::spawn_alert(
                command.clone(),
                kind,
                screen,
                crate::console::ALERT_TIMEOUT,
            )
        {
            eprintln!("concern alert ({}) not sent: {why}", kind.as_str());
        }
        Ok(())
    }

    fn choose_language(&mut self, tag: &str, services: &mut Services<'_>) -> Result<(), Notice> {
        let chain = services
            .catalog
            .chain(tag, &services.content.deployment.host_locale);
        let id =
            ConsentId::from_random(random_bytes().map_err(|e| Notice::NotSaved(e.to_string()))?);
        let reference = ReferenceCode::from_random(u64::from_le_bytes(
            random_bytes().map_err(|e| Notice::NotSaved(e.to_string()))?,
        ));
        let mut draft = ConsentDraft::new(
            id,
            reference,
            chain.primary(),
            &services.content.version,
            &services.content.items(),
        );
        // Signed on example content, it is a demonstration, and says so everywhere.
        draft.example_content = services.content.countries_are_examples;
        self.draft = Some(draft);
        self.chain = Some(chain);
        self.go(Screen::Welcome);
        Ok(())
    }

    fn continue_from(&mut self, services: &mut Services<'_>) -> Result<(), Notice> {
        let next = match &self.screen {
            Screen::Welcome => Screen::Age,
            Screen::MinorInfo => {
                self.record_overview(services);
                Screen::Overview
            }
            Screen::Item(index) => {
                let index = *index;
                if let Some(key) = self.unanswered_at(index, services.content) {
                    return Err(Notice::Refused(RuleViolation::ItemUnanswered(key)));
                }
                if self.changing {
                    self.changing = false;
                    self.record_review(services);
                    self.go(Screen::Review);
                    return Ok(());
                }
                if index + 1 < services.content.statements.len() {
                    self.go(Screen::Item(index + 1));
                    return Ok(());
                }
                if let Some(key) = self.first_unanswered() {
                    return Err(Notice::Refused(RuleViolation::ItemUnanswered(key)));
                }
                let (text, sources) = self.render(&services.content.statement_messages(), services);
                if let Some(draft) = self.draft.as_mut() {
                    draft.record_text_from("items", &text, sources);
                }
                Screen::Check {
                    question: 0,
                    explaining: false,
                }
            }
            Screen::Check {
                question,
                explaining: true,
            } => self.after_question(*question, services),
            Screen::Review => Screen::Sign,
            _ => return Ok(()),
        };
        self.go(next);
        Ok(())
    }

    /// After a question (answered, or explained again): the next one, or, after the
    /// last, the review, with the comprehension step marked done.
    fn after_question(&mut self, question: usize, services: &Services<'_>) -> Screen {
        if question + 1 < services.content.questions.len() {
            return Screen::Check {
                question: question + 1,
                explaining: false,
            };
        }
        if let Some(draft) = self.draft.as_mut() {
            draft.comprehension_done = true;
        }
        self.record_review(services);
        Screen::Review
    }

    fn answer_question(&mut self, answer: &str, services: &mut Services<'_>) -> Result<(), Notice> {
        let Screen::Check { question, .. } = self.screen else {
            return Ok(());
        };
        let questions = &services.content.questions;
        let Some(asked) = questions.get(question) else {
            return Ok(());
        };
        let understood = asked.answers.iter().any(|a| a.id == answer && a.correct);
        let ids = super::question_messages(services.content, &asked.id).unwrap_or_default();
        let (shown, sources) = self.render(&ids, services);
        if let Some(draft) = self.draft.as_mut() {
            draft.record_text_from(&format!("question/{}", asked.id), &shown, sources);
            draft.answer_comprehension(&asked.id, answer, understood);
        }
        if understood {
            let next = self.after_question(question, services);
            self.go(next);
        } else {
            // Explained again, never graded: the page behind the question is shown.
            let explains = asked.explains.clone();
            self.record_page_by_id(&explains, services);
            self.screen = Screen::Check {
                question,
                explaining: true,
            };
        }
        Ok(())
    }

    /// The messages `ids` in the person's language, one paragraph each: what the
    /// screen shows, and what the record keeps verbatim.
    /// The text of `ids` as shown, and where each paragraph really came from.
    fn render(&self, ids: &[&str], services: &Services<'_>) -> (String, Vec<ParagraphSource>) {
        let Some(chain) = self.chain.as_ref() else {
            return (String::new(), Vec::new());
        };
        let localized: Vec<_> = ids
            .iter()
            .map(|id| services.catalog.text(chain, id, None))
            .collect();
        Self::joined(localized)
    }

    /// Paragraphs as one recorded text, and where each came from.
    fn joined(localized: Vec<crate::i18n::Localized>) -> (String, Vec<ParagraphSource>) {
        let sources = localized
            .iter()
            .map(|l| ParagraphSource {
                locale: l.locale.clone(),
                fell_back: l.fell_back || l.missing,
            })
            .collect();
        let text = localized
            .into_iter()
            .map(|l| l.text)
            .collect::<Vec<_>>()
            .join("\n\n");
        (text, sources)
    }

    fn record_overview(&mut self, services: &Services<'_>) {
        let (text, sources) = self.render(&services.content.overview_messages(), services);
        if let Some(draft) = self.draft.as_mut() {
            draft.record_page_from(PageShown::Overview, &text, sources);
        }
    }

    fn record_page_by_id(&mut self, page_id: &str, services: &Services<'_>) {
        let (text, sources) = self.render(&services.content.page_messages(page_id), services);
        if let Some(draft) = self.draft.as_mut() {
            draft.record_text_from(&format!("page/{page_id}"), &text, sources);
        }
    }

    fn show_option(&mut self, option: LegalOption, services: &Services<'_>) {
        let ids = services.content.option_messages(option);
        let (text, sources) = match self.chain.as_ref() {
            Some(chain) => {
                let mut localized: Vec<_> = ids
                    .iter()
                    .map(|id| services.catalog.text(chain, id, None))
                    .collect();
                // The deadline's line, recorded where the page shows it.
                if let Some(line) =
                    option_deadline(services.content, services.catalog, chain, option)
                {
                    let at = ids
                        .iter()
                        .position(|id| *id == line.after)
                        .map_or(localized.len(), |i| i + 1);
                    localized.insert(at.min(localized.len()), line.text);
                }
                Self::joined(localized)
            }
            None => (String::new(), Vec::new()),
        };
        if let Some(draft) = self.draft.as_mut() {
            draft.record_page_from(PageShown::Option(option), &text, sources);
        }
        self.go(Screen::Option(option));
    }

    fn show_country(&mut self, code: &str, services: &Services<'_>) {
        if let Some(chain) = self.chain.as_ref() {
            let text = country_page(services.content, services.catalog, chain, code).join("\n\n");
            if let Some(draft) = self.draft.as_mut() {
                draft.record_page(PageShown::Country(code.to_owned()), &text);
            }
        }
        self.go(Screen::Country(code.to_owned()));
    }

    fn show_page(&mut self, id: &str, services: &Services<'_>) {
        let Some(chain) = self.chain.as_ref() else {
            return;
        };
        let lines = info_page(services.content, services.catalog, chain, id);
        if lines.is_empty() {
            return;
        }
        if let Some(draft) = self.draft.as_mut() {
            draft.record_text(&format!("page/{id}"), &lines.join("\n\n"));
        }
        self.go(Screen::Page(id.to_owned()));
    }

    fn choose_return(&mut self, code: &str, services: &Services<'_>) -> Result<(), Notice> {
        // Alone at the kiosk a child never signs; with a counsellor, a guardian does.
        if self.minor && self.guided.is_none() {
            // A child never signs alone at the kiosk: a counsellor and a guardian take over.
            self.go(Screen::Counsellor);
            return Err(Notice::Message("minor-counsellor"));
        }
        // Choosing a country is where consenting begins: in a translation nobody
        // reviewed, a person alone reads everything but signs with a counsellor.
        if let Err(rule) = self.language_allows_signing(services) {
            self.go(Screen::Counsellor);
            return Err(Notice::Refused(rule));
        }
        // A whole country paused; one paused only in part asks the region.
        if services
            .content
            .signing_policy()
            .country_suspension(code)
            .is_some()
        {
            return Err(Notice::Message("country-not-selectable"));
        }
        // Where return differs by area, the region decides (and is recorded).
        let has_areas = services
            .content
            .countries
            .iter()
            .any(|c| c.code == code && !c.areas.is_empty());
        if has_areas {
            self.go(Screen::Region(code.to_owned()));
            return Ok(());
        }
        if let Some(draft) = self.draft.as_mut() {
            draft.choose(
                LegalOption::VoluntaryReturn,
                Some(Destination::country(code)),
            );
            draft.content_version = services.content.version_for(Some(code)).to_owned();
        }
        self.go(Screen::Item(0));
        Ok(())
    }

    /// The region of return: the record keeps the ISO 3166-2 area chosen
    /// (whichever it is), and a paused one cannot be chosen.
    fn choose_region(&mut self, area: String, services: &mut Services<'_>) -> Result<(), Notice> {
        let Screen::Region(code) = &self.screen else {
            return Ok(());
        };
        let known = services
            .content
            .countries
            .iter()
            .any(|c| &c.code == code && c.area(&area).is_some());
        if !known {
            return Ok(());
        }
        let destination = Destination {
            country: code.clone(),
            area: Some(area),
        };
        if services
            .content
            .signing_policy()
            .suspension_for(&destination)
            .is_some()
        {
            return Err(Notice::Message("region-not-selectable"));
        }
        if let Some(draft) = self.draft.as_mut() {
            draft.content_version = services
                .content
                .version_for(Some(&destination.country))
                .to_owned();
            draft.choose(LegalOption::VoluntaryReturn, Some(destination));
        }
        self.go(Screen::Item(0));
        Ok(())
    }

    /// Whether the deployment lets this person sign in the language they read:
    /// always with a counsellor; alone, only in a reviewed translation unless
    /// `sign_alone_in_draft_locales` is set.
    fn language_allows_signing(&self, services: &Services<'_>) -> Result<(), RuleViolation> {
        let Some(chain) = self.chain.as_ref() else {
            return Ok(());
        };
        let locale = chain.primary();
        let translation = if services
            .catalog
            .locale(locale)
            .is_some_and(|l| l.meta.is_reviewed())
        {
            Translation::Reviewed
        } else {
            Translation::Draft
        };
        let company = if self.guided.is_some() {
            Company::Guided
        } else {
            Company::Alone
        };
        services
            .content
            .signing_policy()
            .may_sign_in(locale, translation, company)
    }

    fn record_review(&mut self, services: &Services<'_>) {
        let Some(draft) = self.draft.as_ref() else {
            return;
        };
        let ids =
            super::review_messages(services.content, |item| draft.answer_to(item) == Some(true));
        let (text, sources) = self.render(&ids, services);
        if let Some(draft) = self.draft.as_mut() {
            draft.record_text_from("review", &text, sources);
        }
    }

    fn sign(&mut self, kind: SignatureKind, services: &mut Services<'_>) -> Result<(), Notice> {
        if self.screen != Screen::Sign {
            return Ok(());
        }
        let Some(draft) = self.draft.as_mut() else {
            return Ok(());
        };
        draft.signatures.retain(|s| s.signer != MIGRANT);
        draft.add_signature(Signature {
            signer: MIGRANT,
            kind,
            signed_at: services.now,
        });
        if self.guided.is_some() {
            // With a counsellor, other signatures may follow; "complete" stores it.
            self.notice = Some(Notice::Message("guided-signature-taken"));
            return Ok(());
        }
        self.complete_signing(services)
    }

    fn representative_signs(
        &mut self,
        name: crate::redact::Personal,
        services: &Services<'_>,
    ) -> Result<(), Notice> {
        let signer = self
            .guided
            .as_ref()
            .and_then(|g| g.present.representative)
            .ok_or(Notice::Refused(RuleViolation::GuardianSignatureMissing))?;
        if let Some(draft) = self.draft.as_mut() {
            draft.signatures.retain(|s| s.signer != signer);
            draft.add_signature(Signature {
                signer,
                kind: SignatureKind::Typed { name },
                signed_at: services.now,
            });
        }
        self.notice = Some(Notice::Message("guided-signature-taken"));
        Ok(())
    }

    fn complete_signing(&mut self, services: &mut Services<'_>) -> Result<(), Notice> {
        if self.screen != Screen::Sign {
            return Ok(());
        }
        // The same rule as at the choice of country, in case the way here changes.
        self.language_allows_signing(services)
            .map_err(Notice::Refused)?;
        let policy = services.content.signing_policy();
        let guided = self.guided.is_some();
        let Some(draft) = self.draft.as_mut() else {
            return Ok(());
        };
        let event = match draft.sign(&policy, services.now) {
            Ok(event) => event,
            // The counsellor sees the rule's own reason, and can fix it here.
            Err(rule) if guided => return Err(Notice::Refused(rule)),
            Err(RuleViolation::GuardianSignatureMissing | RuleViolation::ChildViewMissing) => {
                return Err(Notice::Message("minor-counsellor"));
            }
            Err(RuleViolation::MarkWithoutWitness) => {
                return Err(Notice::Message("sign-mark-needs-witness"));
            }
            Err(RuleViolation::EmptySignature) => return Err(Notice::Message("step-sign-title")),
            // A rule says what is missing; "could not be saved" is only for the store.
            Err(other) => return Err(Notice::Refused(other)),
        };
        // The draft stays untouched until the commit succeeds: a full disk loses nothing.
        services
            .store
            .commit(&event)
            .map_err(|e| Notice::NotSaved(e.to_string()))?;
        let reference = draft.reference.clone();
        let cooling_off_until = match &event {
            crate::consent::ConsentEvent::Signed {
                cooling_off_until, ..
            } => *cooling_off_until,
            _ => services.now,
        };
        if let Some(mut signed) = self.draft.take() {
            signed.wipe();
        }
        self.history.clear();
        self.screen = Screen::Receipt {
            reference,
            cooling_off_until,
        };
        Ok(())
    }

    fn enter_code(&mut self, typed: &str, services: &mut Services<'_>) -> Result<(), Notice> {
        let reference = match ReferenceCode::parse(typed) {
            Ok(reference) => reference,
            Err(crate::consent::ReferenceCodeError::WrongLength { expected, found }) => {
                return Err(Notice::CodeLength { expected, found });
            }
            Err(_) => return Err(Notice::Message("withdraw-code-typo")),
        };
        let consent = services
            .store
            .find_by_reference(&reference)
            .map_err(|e| Notice::NotSaved(e.to_string()))?
            .ok_or(Notice::Message("withdraw-not-found"))?;
        self.go(Screen::WithdrawConfirm {
            destination: consent
                .record
                .destination
                .as_ref()
                .map(|d| d.country.clone()),
            signed_at: consent.record.recorded_at,
            consent_id: consent.consent_id,
            reference,
        });
        Ok(())
    }

    fn confirm_withdrawal(&mut self, services: &mut Services<'_>) -> Result<(), Notice> {
        let Screen::WithdrawConfirm { reference, .. } = &self.screen else {
            return Ok(());
        };
        let reference = reference.clone();
        let consent = services
            .store
            .find_by_reference(&reference)
            .map_err(|e| Notice::NotSaved(e.to_string()))?
            .ok_or(Notice::Message("withdraw-not-found"))?;
        let event = consent
            .withdraw(Withdrawal {
                at: services.now,
                confirmed_by: Role::Migrant,
                account_id: None,
            })
            .map_err(|_| Notice::Message("withdraw-closed"))?;
        services
            .store
            .commit(&event)
            .map_err(|e| Notice::NotSaved(e.to_string()))?;
        self.history.clear();
        self.screen = Screen::WithdrawDone {
            reference,
            at: services.now,
        };
        Ok(())
    }
}

/// A country's page as shown and as recorded, one paragraph each: name, status of
/// return assistance (with the date and reason when paused), paused areas,
/// reintegration support, contacts.
pub fn country_page(
    content: &Content,
    catalog: &Catalog,
    chain: &LocaleChain,
    code: &str,
) -> Vec<String> {
    let Some(country) = content.countries.iter().find(|c| c.code == code) else {
        return Vec::new();
    };
    let text = |id: &str| catalog.text(chain, id, None).text;
    let mut lines = vec![text(&country.name)];
    match &country.status {
        crate::content::AssistanceStatus::Available => lines.push(text("country-status-available")),
        crate::content::AssistanceStatus::Suspended { since, reason } => {
            let mut args = fluent_bundle::FluentArgs::new();
            args.set("date", catalog.date(chain, *since).text);
            lines.push(
                catalog
                    .text(chain, "country-status-suspended", Some(&args))
                    .text,
            );
            lines.push(text(reason));
            lines.push(text("country-not-selectable"));
        }
    }
    let situation = |lines: &mut Vec<String>, situation: &crate::content::Situation| {
        lines.push(text(&situation.text));
        let mut args = fluent_bundle::FluentArgs::new();
        args.set("source", situation.source.clone());
        args.set("date", catalog.date(chain, situation.as_of).text);
        lines.push(
            catalog
                .text(chain, crate::content::SITUATION_SOURCE, Some(&args))
                .text,
        );
    };
    if let Some(current) = &country.situation {
        situation(&mut lines, current);
    }
    for area in &country.area_suspensions {
        lines.push(text(&area.name));
        lines.push(text(&area.reason));
        if let Some(current) = &area.situation {
            situation(&mut lines, current);
        }
    }
    lines.push(text(&country.reintegration));
    lines.push(text(crate::content::COUNTRY_SUPPORT_LIMITS));
    for contact in &country.contacts {
        lines.push(catalog.label_value(chain, &text(&contact.label), &contact.value));
    }
    lines
}

/// A page of `pages.toml` opened on its own, as shown and as recorded: its title
/// and sections; "Get legal help" adds the deployment's legal aid contacts and
/// the way to complain without going through the counsellors.
pub fn info_page(
    content: &Content,
    catalog: &Catalog,
    chain: &LocaleChain,
    id: &str,
) -> Vec<String> {
    let text = |id: &str| catalog.text(chain, id, None).text;
    let mut lines: Vec<String> = content.page_messages(id).into_iter().map(text).collect();
    if id == crate::content::LEGAL_HELP_PAGE && !lines.is_empty() {
        let deployment = &content.deployment;
        for contact in &deployment.legal_aid {
            lines.push(catalog.label_value(chain, &text(&contact.label), &contact.value));
        }
        if !deployment.complaints_contact.is_empty() {
            lines.push(catalog.label_value(
                chain,
                &text(COMPLAINTS_LABEL),
                &deployment.complaints_contact,
            ));
        }
    }
    lines
}

/// The label before the deployment's `complaints_contact`, on screen and on receipts.
pub const COMPLAINTS_LABEL: &str = "complaints-contact";
