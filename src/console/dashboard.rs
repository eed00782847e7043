//! The dashboard's lists: every consent by what needs attention, without names.

use crate::store::ConsentSummary;

/// A list on the dashboard. A consent can be in more than one (flagged and in cooling-off).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Category {
    /// Signed, cooling-off still running.
    CoolingOff,
    /// Waiting for a counsellor (an open flag, the confirmation interview) or,
    /// for a child of a household, for a linked parent's consent.
    OnHold,
    /// Cooling-off over and nothing holds it: the consent counts.
    Effective,
    /// Pressure flag, or a comprehension answer that needed explaining again.
    Flagged,
    /// Waiting for a fresh signature or a withdrawal.
    NeedsReview,
    /// Withdrawn.
    Withdrawn,
    /// The person departed.
    Departed,
}

impl Category {
    /// Every list, in the order the dashboard shows them.
    pub const ALL: [Category; 7] = [
        Category::CoolingOff,
        Category::OnHold,
        Category::Effective,
        Category::Flagged,
        Category::NeedsReview,
        Category::Withdrawn,
        Category::Departed,
    ];

    /// The message naming the list.
    pub fn message(self) -> &'static str {
        match self {
            Category::CoolingOff => "console-list-cooling-off",
            Category::OnHold => "console-list-on-hold",
            Category::Effective => "console-list-effective",
            Category::Flagged => "console-list-flagged",
            Category::NeedsReview => "console-list-needs-review",
            Category::Withdrawn => "console-list-withdrawn",
            Category::Departed => "console-list-departed",
        }
    }

    /// The message naming one consent's place in this list ("in cooling-off").
    pub fn state_message(self) -> &'static str {
        match self {
            Category::CoolingOff => "console-state-cooling-off",
            Category::OnHold => "console-state-on-hold",
            Category::Effective => "console-state-effective",
            Category::Flagged => "console-state-flagged",
            Category::NeedsReview => "console-state-needs-review",
            Category::Withdrawn => "console-state-withdrawn",
            Category::Departed => "console-state-departed",
        }
    }

    /// Whether `row` is in this list at `now_ms` (Unix milliseconds).
    pub fn holds(self, row: &ConsentSummary, now_ms: i64) -> bool {
        self.holds_for(&Facts::of(row), now_ms)
    }

    /// Whether a consent with these facts is in this list at `now_ms`: the one
    /// rule, for a row read now and for the table's facts kept since loading.
    pub(super) fn holds_for(self, row: &Facts, now_ms: i64) -> bool {
        let signed = row.stage == Stage::Signed && !row.departed;
        match self {
            Category::CoolingOff => signed && row.cooling_off_until.is_some_and(|t| t > now_ms),
            // Held by a counsellor's step, or (a child of a household) by a
            // linked parent's consent that takes effect only later.
            Category::OnHold => {
                signed
                    && (row.held
                        || (row.cooling_off_until.is_some_and(|t| t <= now_ms)
                            && row.effective_from.is_some_and(|t| t > now_ms)))
            }
            Category::Effective => {
                signed
                    && row.cooling_off_until.is_some_and(|t| t <= now_ms)
                    && row.effective_from.is_some_and(|t| t <= now_ms)
            }
            Category::Flagged => row.pressure_flag || row.re_explained,
            Category::NeedsReview => row.stage == Stage::NeedsReview,
            Category::Withdrawn => row.stage == Stage::Withdrawn,
            Category::Departed => row.departed,
        }
    }
}

/// A consent's stage, as the lists tell them apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Stage {
    Signed,
    NeedsReview,
    Withdrawn,
    /// Declined, or a stage the lists do not name.
    Other,
}

/// What decides which lists a consent is in, without its words: small and
/// copied, so the table reads 100,000 of them without following a pointer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Facts {
    pub(super) stage: Stage,
    pub(super) departed: bool,
    pub(super) pressure_flag: bool,
    pub(super) re_explained: bool,
    /// Something holds it (any hold code).
    pub(super) held: bool,
    pub(super) cooling_off_until: Option<i64>,
    pub(super) effective_from: Option<i64>,
}

impl Facts {
    pub(super) fn of(row: &ConsentSummary) -> Self {
        Self {
            stage: match row.stage.as_str() {
                "signed" => Stage::Signed,
                "needs_review" => Stage::NeedsReview,
                "withdrawn" => Stage::Withdrawn,
                _ => Stage::Other,
            },
            departed: row.departed,
            pressure_flag: row.pressure_flag,
            re_explained: row.re_explained,
            held: row.holds.is_some(),
            cooling_off_until: row.cooling_off_until,
            effective_from: row.effective_from,
        }
    }
}

/// The consents behind the dashboard, loaded once when it opens.
#[derive(Debug, Clone, Default)]
pub struct Dashboard {
    rows: Vec<ConsentSummary>,
    /// The languages among them (tags), sorted, each once.
    languages: Vec<String>,
    /// The destinations among them (as stored), sorted, each once.
    destinations: Vec<String>,
    /// Tells one loading from another (a screen's cached view of it).
    generation: u64,
    /// What the triage table sorts and filters by, worked out once per loading.
    index: super::table::Index,
}

impl Dashboard {
    /// A dashboard over these rows.
    pub fn new(rows: Vec<ConsentSummary>) -> Self {
        static GENERATION: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
        let languages: std::collections::BTreeSet<&str> =
            rows.iter().map(|r| r.locale.as_str()).collect();
        let destinations: std::collections::BTreeSet<&str> = rows
            .iter()
            .filter_map(|r| r.destination.as_deref())
            .collect();
        let languages: Vec<String> = languages.into_iter().map(str::to_owned).collect();
        let destinations: Vec<String> = destinations.into_iter().map(str::to_owned).collect();
        Self {
            index: super::table::Index::new(&rows, &languages, &destinations),
            languages,
            destinations,
            generation: GENERATION.fetch_add(1, std::sync::atomic::Ordering::Relaxed),
            rows,
        }
    }

    /// The triage table's keys for these rows.
    pub(super) fn index(&self) -> &super::table::Index {
        &self.index
    }

    /// Which loading this is: a new one (after any change) has another number.
    pub fn generation(&self) -> u64 {
        self.generation
    }

    /// Every language among the consents (tags as recorded), sorted.
    pub fn languages(&self) -> &[String] {
        &self.languages
    }

    /// Every destination among the consents (as stored), sorted.
    pub fn destinations(&self) -> &[String] {
        &self.destinations
    }

    /// How many consents each list holds.
    pub fn counts(&self, now_ms: i64) -> [(Category, usize); 7] {
        let mut counts = Category::ALL.map(|c| (c, 0));
        for row in &self.rows {
            for (category, count) in &mut counts {
                if category.holds(row, now_ms) {
                    *count += 1;
                }
            }
        }
        counts
    }

    /// The rows of a list (all of them for `None`) whose reference code contains
    /// what was typed (dashes, spaces and case ignored), soonest cooling-off end first.
    pub fn filter(
        &self,
        category: Option<Category>,
        code: &str,
        now_ms: i64,
    ) -> Vec<&ConsentSummary> {
        let wanted: String = code
            .chars()
            .filter(char::is_ascii_alphanumeric)
            .map(|c| c.to_ascii_uppercase())
            .collect();
        let mut rows: Vec<&ConsentSummary> = self
            .rows
            .iter()
            .filter(|row| category.is_none_or(|c| c.holds(row, now_ms)))
            .filter(|row| wanted.is_empty() || row.reference.contains(&wanted))
            .collect();
        if category == Some(Category::CoolingOff) {
            rows.sort_by_key(|row| row.cooling_off_until);
        }
        rows
    }

    /// Every row, newest signed first.
    pub fn rows(&self) -> &[ConsentSummary] {
        &self.rows
    }

    /// Number of consents.
    pub fn len(&self) -> usize {
        self.rows.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }
}
