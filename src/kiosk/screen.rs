//! Where a person is in the kiosk, and what they can ask for there.

use crate::consent::{ConsentId, ItemKey, LegalOption, ReferenceCode, Stroke, Timestamp};

/// The screen a session is on. Screens read this; they never change it themselves.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Screen {
    /// Languages as a grid; withdraw and counsellor from here too.
    Start,
    /// What the kiosk is, privacy on a shared screen.
    Welcome,
    /// "Are you 18 or older?"
    Age,
    /// Under 18: information only, a counsellor will help.
    MinorInfo,
    /// All legal options, side by side.
    Overview,
    /// One option's page.
    Option(LegalOption),
    /// Countries of return with the status of assistance.
    Countries,
    /// "Which region are you returning to?", for a country with area entries.
    Region(String),
    /// One country's page.
    Country(String),
    /// A page of `content/pages.toml` opened on its own (the rights from the
    /// overview, "Get legal help" from an option's page).
    Page(String),
    /// One granular consent item, yes or no (index into the content's statements).
    Item(usize),
    /// A comprehension question; `explaining` shows its page again after a wrong answer.
    Check {
        /// Which question (index into the content's questions).
        question: usize,
        /// Whether the page that explains it is being shown again.
        explaining: bool,
    },
    /// Everything about to be signed.
    Review,
    /// Draw, type or mark.
    Sign,
    /// The receipt of a signed consent.
    Receipt {
        /// The code to keep.
        reference: ReferenceCode,
        /// When the consent starts to count.
        cooling_off_until: Timestamp,
    },
    /// "Take all the time you need": nothing was saved.
    MoreTime,
    /// The person asked for a counsellor (or is a minor wanting to go on).
    Counsellor,
    /// The person feels pressured: a private follow-up.
    Pressured,
    /// Type the reference code to withdraw.
    WithdrawCode,
    /// What will be withdrawn; confirm.
    WithdrawConfirm {
        /// The consent found by its code.
        consent_id: ConsentId,
        /// Its code.
        reference: ReferenceCode,
        /// The country of return it names, if any (ISO code).
        destination: Option<String>,
        /// When it was signed.
        signed_at: Timestamp,
    },
    /// The withdrawal receipt.
    WithdrawDone {
        /// The code of the withdrawn consent.
        reference: ReferenceCode,
        /// When it was withdrawn.
        at: Timestamp,
    },
}

impl Screen {
    /// The screen's stable name, as stored (a concern says where it was raised):
    /// the same words whatever the variants hold or are renamed to.
    pub fn id(&self) -> &'static str {
        match self {
            Screen::Start => "start",
            Screen::Welcome => "welcome",
            Screen::Age => "age",
            Screen::MinorInfo => "minorinfo",
            Screen::Overview => "overview",
            Screen::Option(_) => "option",
            Screen::Countries => "countries",
            Screen::Country(_) => "country",
            Screen::Page(_) => "page",
            Screen::Region(_) => "region",
            Screen::Item(_) => "items",
            Screen::Check { .. } => "check",
            Screen::Review => "review",
            Screen::Sign => "sign",
            Screen::Receipt { .. } => "receipt",
            Screen::MoreTime => "moretime",
            Screen::Counsellor => "counsellor",
            Screen::Pressured => "pressured",
            Screen::WithdrawCode => "withdrawcode",
            Screen::WithdrawConfirm { .. } => "withdrawconfirm",
            Screen::WithdrawDone { .. } => "withdrawdone",
        }
    }

    /// Pages a person reads rather than acts on: the idle warning waits longer.
    pub fn is_reading(&self) -> bool {
        matches!(
            self,
            Screen::Welcome
                | Screen::MinorInfo
                | Screen::Overview
                | Screen::Option(_)
                | Screen::Countries
                | Screen::Country(_)
                | Screen::Page(_)
                | Screen::Check {
                    explaining: true,
                    ..
                }
        )
    }

    /// Screens of the consent steps, where "more time", "do not decide",
    /// "counsellor" and "pressured" are offered as prominently as going on.
    pub fn is_consent_step(&self) -> bool {
        matches!(
            self,
            Screen::Item(_) | Screen::Check { .. } | Screen::Review | Screen::Sign
        )
    }
}

/// What a person asks for by touching the screen.
#[derive(Debug, Clone, PartialEq)]
pub enum Intent {
    /// A language on the start screen (BCP 47 tag).
    ChooseLanguage(String),
    /// Go on from the current screen.
    Continue,
    /// Back one screen.
    Back,
    /// Leave and start again (wipes the session).
    Home,
    /// The answer to "Are you 18 or older?".
    Adult(bool),
    /// Open an option's page.
    OpenOption(LegalOption),
    /// Open the list of countries.
    OpenCountries,
    /// Open a country's page.
    OpenCountry(String),
    /// Open a page of `pages.toml` by its id.
    OpenPage(String),
    /// Choose voluntary return to this country.
    ChooseReturn(String),
    /// The region of return (ISO 3166-2), among the country's areas.
    ChooseRegion(String),
    /// Answer one consent item.
    AnswerItem(ItemKey, bool),
    /// "Change" beside an answer on the review: back to that item (by index),
    /// then straight back to the review.
    ChangeItem(usize),
    /// Answer the current comprehension question.
    AnswerQuestion(String),
    /// Sign with a typed name.
    SignTyped(crate::redact::Personal),
    /// Sign with strokes drawn on the pad.
    SignDrawn(Vec<Stroke>),
    /// "I do not agree": leave without signing.
    Decline,
    /// "I need more time".
    NeedMoreTime,
    /// "I do not want to decide".
    DoNotDecide,
    /// "Talk to a counsellor".
    TalkToCounsellor,
    /// "I feel pressured / I want to speak privately".
    FeelPressured,
    /// "I lost my code" on the withdrawal screen: staff are told, then a counsellor.
    LostCode,
    /// "Withdraw a consent" on the start screen.
    StartWithdrawal,
    /// The reference code as typed.
    EnterCode(String),
    /// Confirm the withdrawal shown.
    ConfirmWithdrawal,
    /// "I am still here" on the idle warning (any touch counts too).
    StillHere,
    /// Guided session: the person signs with a mark, the recorded witness watching.
    SignMark,
    /// Guided session: the guardian or legal representative signs with their typed name.
    RepresentativeSigns(crate::redact::Personal),
    /// Guided session: every signature is in; check the rules and store the consent.
    CompleteSigning,
}
