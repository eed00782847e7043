//! The console's table of consents, as a counsellor triages them: each row's
//! state, hours of cooling-off left, flags and why, language and destination;
//! sorted by any column, filtered by a list, a language, a country, flags and
//! typed words; and the "needs you now" queue that comes before the rest.
//! Plain Rust, no egui: the screen hands in the names it shows (a language's
//! native name, a destination in the staff member's language), which are few,
//! so nothing here looks up words per row.

use std::collections::HashMap;

use crate::consent::{Destination, FlagKind, Suspension};
use crate::store::ConsentSummary;

use super::dashboard::{Facts, Stage};
use super::{Category, Dashboard};

/// A column of the table, in the order it is drawn (reading order).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Column {
    /// The reference code.
    Code,
    /// Where the consent is (a coloured chip).
    State,
    /// Hours of cooling-off left.
    HoursLeft,
    /// Flags, open first.
    Flags,
    /// The language it was read and signed in.
    Language,
    /// Country of return, and the area when there is one.
    Destination,
}

impl Column {
    /// Every column, in the order drawn.
    pub const ALL: [Column; 6] = [
        Column::Code,
        Column::State,
        Column::HoursLeft,
        Column::Flags,
        Column::Language,
        Column::Destination,
    ];

    /// The message naming the column (its header).
    pub fn message(self) -> &'static str {
        match self {
            Column::Code => "console-column-code",
            Column::State => "console-column-state",
            Column::HoursLeft => "console-column-hours",
            Column::Flags => "console-column-flags",
            Column::Language => "console-column-language",
            Column::Destination => "console-column-destination",
        }
    }
}

/// How the table is sorted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Sort {
    /// By this column.
    pub column: Column,
    /// Largest (or last) first.
    pub descending: bool,
}

impl Default for Sort {
    /// Fewest hours left first: what ends soonest comes first.
    fn default() -> Self {
        Self {
            column: Column::HoursLeft,
            descending: false,
        }
    }
}

impl Sort {
    /// The sort after a header is pressed: the same column turns the order
    /// round, another column sorts by it, ascending.
    pub fn pressed(self, column: Column) -> Sort {
        if self.column == column {
            Sort {
                column,
                descending: !self.descending,
            }
        } else {
            Sort {
                column,
                descending: false,
            }
        }
    }
}

/// What narrows the table. Every part given must match.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct TableFilter {
    /// One of the dashboard's lists.
    pub category: Option<Category>,
    /// Typed words: part of the code (dashes, spaces and case ignored), of a
    /// language's tag or name, or of a destination's code or name.
    pub text: String,
    /// One language (BCP-47 tag as recorded).
    pub language: Option<String>,
    /// One country (ISO 3166-1 alpha-2); its areas too.
    pub country: Option<String>,
    /// Only consents with an open flag.
    pub open_flags_only: bool,
}

/// A flag on a consent, and whether it still holds it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Flag {
    /// Which.
    pub kind: FlagKind,
    /// Still open (the consent cannot take effect until it is resolved).
    pub open: bool,
}

/// Why a consent is in the "needs you now" queue, most pressing first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Urgent {
    /// A flag is open: someone may be under pressure or not have understood.
    Flag,
    /// The confirmation interview is due: cooling-off ends today or has ended.
    ConfirmationDue,
    /// Cooling-off ends today: the last hours to change one's mind.
    CoolingOffEndsToday,
}

impl Urgent {
    /// The message saying why.
    pub fn message(self) -> &'static str {
        match self {
            Urgent::Flag => "console-urgent-flag",
            Urgent::ConfirmationDue => "console-urgent-confirmation",
            Urgent::CoolingOffEndsToday => "console-urgent-cooling-off",
        }
    }
}

/// Now, and when the deployment's day ends (both Unix ms): "today" is the
/// centre's day, not the machine's.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Today {
    /// Now.
    pub now_ms: i64,
    /// The first moment of tomorrow, in the deployment's time zone.
    pub end_ms: i64,
}

/// The names the table shows for the few codes it holds: languages by their
/// native names, destinations (`GE`, `NG/NG-BO`) in the staff member's words.
/// A code without a name is shown as it is.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Names {
    /// Language tag → native name.
    pub languages: HashMap<String, String>,
    /// Destination as stored → name.
    pub destinations: HashMap<String, String>,
}

impl Names {
    /// A language's name.
    pub fn language<'a>(&'a self, tag: &'a str) -> &'a str {
        self.languages.get(tag).map_or(tag, String::as_str)
    }

    /// A destination's name.
    pub fn destination<'a>(&'a self, code: &'a str) -> &'a str {
        self.destinations.get(code).map_or(code, String::as_str)
    }
}

/// The chip a consent's state is shown with: the first of these that holds,
/// or `None` for a declined consent.
pub fn state(row: &ConsentSummary, now_ms: i64) -> Option<Category> {
    Marks::of(row).state(now_ms)
}

/// Whole hours of cooling-off left, while it runs.
pub fn hours_left(row: &ConsentSummary, now_ms: i64) -> Option<i64> {
    Marks::of(row).hours_left(now_ms)
}

/// States in triage order: what waits for a counsellor first, what is over last.
fn state_rank(state: Option<Category>) -> usize {
    match state {
        Some(Category::NeedsReview) => 0,
        Some(Category::OnHold) => 1,
        Some(Category::CoolingOff) => 2,
        Some(Category::Effective) => 3,
        Some(Category::Flagged) => 4,
        Some(Category::Withdrawn) => 5,
        Some(Category::Departed) => 6,
        None => 7,
    }
}

/// How many places [`state_rank`] gives.
const STATE_RANKS: usize = 8;

fn flag_code(kind: FlagKind) -> &'static str {
    crate::consent::Hold::Flag(kind).code()
}

/// A consent's flags: those open (they hold it) and those the record carries
/// though resolved since (a pressure flag, an answer explained again).
pub fn flags(row: &ConsentSummary) -> Vec<Flag> {
    Marks::of(row).flags().collect()
}

/// Why a consent needs a counsellor now, if it does: the most pressing reason.
pub fn urgent(row: &ConsentSummary, today: Today) -> Option<Urgent> {
    Marks::of(row).urgent(today)
}

/// What the table tells of one consent apart from the clock: its lists' facts,
/// its flags (one bit per [`FlagKind::ALL`]) and whether the confirmation
/// interview holds it. Worked out from the hold codes once, not at each look.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Marks {
    facts: Facts,
    /// Flags that hold it.
    open: u8,
    /// Flags the record carries, open or resolved.
    recorded: u8,
    interview: bool,
}

impl Marks {
    fn of(row: &ConsentSummary) -> Self {
        let mut open = 0;
        let mut interview = false;
        for code in row.holds.as_deref().into_iter().flat_map(|h| h.split('+')) {
            for (bit, kind) in FlagKind::ALL.into_iter().enumerate() {
                if code == flag_code(kind) {
                    open |= 1 << bit;
                }
            }
            interview |= code == crate::consent::Hold::ConfirmationInterview.code();
        }
        let mut recorded = 0;
        for (bit, kind) in FlagKind::ALL.into_iter().enumerate() {
            let carried = match kind {
                FlagKind::Pressure => row.pressure_flag,
                FlagKind::Comprehension => row.re_explained,
                FlagKind::CapacityDoubt | FlagKind::ChildObjection => false,
            };
            if carried {
                recorded |= 1 << bit;
            }
        }
        Self {
            facts: Facts::of(row),
            open,
            recorded,
            interview,
        }
    }

    fn state(&self, now_ms: i64) -> Option<Category> {
        [
            Category::Departed,
            Category::Withdrawn,
            Category::NeedsReview,
            Category::OnHold,
            Category::CoolingOff,
            Category::Effective,
        ]
        .into_iter()
        .find(|c| c.holds_for(&self.facts, now_ms))
    }

    fn cooling_off(&self, now_ms: i64) -> bool {
        Category::CoolingOff.holds_for(&self.facts, now_ms)
    }

    fn hours_left(&self, now_ms: i64) -> Option<i64> {
        match self.facts.cooling_off_until {
            Some(until) if self.cooling_off(now_ms) => Some((until - now_ms) / 3_600_000),
            _ => None,
        }
    }

    fn flags(&self) -> impl Iterator<Item = Flag> + use<> {
        let (open, recorded) = (self.open, self.recorded);
        FlagKind::ALL
            .into_iter()
            .enumerate()
            .filter(move |(bit, _)| (open | recorded) & (1 << bit) != 0)
            .map(move |(bit, kind)| Flag {
                kind,
                open: open & (1 << bit) != 0,
            })
    }

    /// Open flags, then all flags: how many of each.
    fn flag_counts(&self) -> (usize, usize) {
        (
            self.open.count_ones() as usize,
            (self.open | self.recorded).count_ones() as usize,
        )
    }

    fn urgent(&self, today: Today) -> Option<Urgent> {
        if self.facts.stage != Stage::Signed || self.facts.departed {
            return None;
        }
        if self.open != 0 {
            return Some(Urgent::Flag);
        }
        let ends_by_tonight = self
            .facts
            .cooling_off_until
            .is_some_and(|t| t < today.end_ms);
        if self.interview && ends_by_tonight {
            return Some(Urgent::ConfirmationDue);
        }
        if self.cooling_off(today.now_ms) && ends_by_tonight {
            return Some(Urgent::CoolingOffEndsToday);
        }
        None
    }
}

/// One row as the table sorts and filters it.
#[derive(Debug, Clone, Copy)]
struct Keyed {
    marks: Marks,
    /// Its language's place in [`Dashboard::languages`].
    language: usize,
    /// Its destination's place in [`Dashboard::destinations`].
    destination: Option<usize>,
}

/// What the table needs of every row, worked out once when the rows are
/// loaded, so that a selection over 100,000 consents fits in a frame: each
/// row's marks, every code in one string (a typed code is one search through
/// it), and the two orders that depend on neither the clock nor the staff's
/// language (by code; by end of cooling-off). Sorting by any other column
/// puts rows into a few places (states, flag counts, ranked names) in one pass.
#[derive(Debug, Clone, Default)]
pub(super) struct Index {
    rows: Vec<Keyed>,
    /// Every reference code, each followed by a line break.
    codes: String,
    /// Where each row's code starts in `codes`.
    code_starts: Vec<usize>,
    /// Rows by code; ties in loading order.
    by_code: Vec<usize>,
    /// Rows by end of cooling-off (none last); ties in loading order.
    by_cooling_off: Vec<usize>,
}

impl Index {
    /// The keys of `rows`, whose languages and destinations are among these
    /// (each sorted).
    pub(super) fn new(
        rows: &[ConsentSummary],
        languages: &[String],
        destinations: &[String],
    ) -> Self {
        let place =
            |list: &[String], code: &str| list.binary_search_by(|c| c.as_str().cmp(code)).ok();
        let keyed = rows
            .iter()
            .map(|row| Keyed {
                marks: Marks::of(row),
                language: place(languages, &row.locale).unwrap_or(usize::MAX),
                destination: row
                    .destination
                    .as_deref()
                    .and_then(|d| place(destinations, d)),
            })
            .collect();
        let mut codes = String::with_capacity(rows.iter().map(|r| r.reference.len() + 1).sum());
        let mut code_starts = Vec::with_capacity(rows.len());
        for row in rows {
            code_starts.push(codes.len());
            codes.push_str(&row.reference);
            codes.push('\n');
        }
        // Sorted once per loading of 100,000 rows: by numbers where they tell
        // the order, with the row's place last, so ties keep the loading order.
        // The keys are sorted themselves, each with its row, not looked up per comparison.
        let by_code: Vec<usize> = if rows.iter().all(|r| r.reference.len() <= 16) {
            let mut keys: Vec<((u128, usize), usize)> = rows
                .iter()
                .enumerate()
                .map(|(i, r)| (code_key(&r.reference), i))
                .collect();
            keys.sort_unstable();
            keys.into_iter().map(|(_, i)| i).collect()
        } else {
            let mut by_code: Vec<usize> = (0..rows.len()).collect();
            by_code.sort_by(|a, b| {
                let code = |i: &usize| rows.get(*i).map(|r| r.reference.as_str());
                code(a).cmp(&code(b))
            });
            by_code
        };
        let mut ends: Vec<(i64, usize)> = rows
            .iter()
            .enumerate()
            .map(|(i, r)| (r.cooling_off_until.unwrap_or(i64::MAX), i))
            .collect();
        ends.sort_unstable();
        let by_cooling_off: Vec<usize> = ends.into_iter().map(|(_, i)| i).collect();
        Self {
            rows: keyed,
            codes,
            code_starts,
            by_code,
            by_cooling_off,
        }
    }

    /// Which rows' codes contain `code` (compact, not empty).
    fn code_matches(&self, code: &str) -> Vec<bool> {
        let mut found = vec![false; self.rows.len()];
        for (at, _) in self.codes.match_indices(code) {
            // A compact code has no line break, so a match lies within one row's code.
            let row = self.code_starts.partition_point(|start| *start <= at);
            if let Some(hit) = row.checked_sub(1).and_then(|row| found.get_mut(row)) {
                *hit = true;
            }
        }
        found
    }

    fn marks(&self, index: usize) -> Option<&Marks> {
        self.rows.get(index).map(|k| &k.marks)
    }
}

/// A code of at most 16 bytes as a number that sorts as the code does: its
/// bytes from the first, zeros after, then its length (so that a code sorts
/// before a longer one it begins).
fn code_key(code: &str) -> (u128, usize) {
    let mut bytes = [0u8; 16];
    for (slot, byte) in bytes.iter_mut().zip(code.bytes()) {
        *slot = byte;
    }
    (u128::from_be_bytes(bytes), code.len())
}

/// Rows, each with its place (below `places`), listed place by place; within a
/// place in the order given. A stable sort by a key with few values, in one pass.
fn by_place(rows: impl Iterator<Item = (usize, usize)>, places: usize) -> Vec<usize> {
    let mut lists: Vec<Vec<usize>> = vec![Vec::new(); places.max(1)];
    let last = places.saturating_sub(1);
    for (index, place) in rows {
        if let Some(list) = lists.get_mut(place.min(last)) {
            list.push(index);
        }
    }
    lists.concat()
}

/// Each code's place when sorted by the name shown (lower case), then by code.
fn name_ranks(codes: &[String], name: &dyn Fn(&str) -> String) -> Vec<usize> {
    let mut named: Vec<(String, &String, usize)> = codes
        .iter()
        .enumerate()
        .map(|(at, c)| (name(c).to_lowercase(), c, at))
        .collect();
    named.sort();
    let mut ranks = vec![0; codes.len()];
    for (rank, (_, _, at)) in named.into_iter().enumerate() {
        if let Some(slot) = ranks.get_mut(at) {
            *slot = rank;
        }
    }
    ranks
}

/// A destination as stored (`NG` or `NG/NG-BO`), as the domain names it.
pub fn destination(stored: &str) -> Destination {
    match stored.split_once('/') {
        Some((country, area)) => Destination {
            country: country.to_owned(),
            area: Some(area.to_owned()),
        },
        None => Destination::country(stored),
    }
}

fn compact(text: &str) -> String {
    text.chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_uppercase())
        .collect()
}

impl Dashboard {
    /// The rows the filter lets through, sorted: indices into [`Dashboard::rows`].
    /// Ties keep the newest signed first (the order rows are loaded in).
    pub fn select(
        &self,
        filter: &TableFilter,
        sort: Sort,
        names: &Names,
        today: Today,
    ) -> Vec<usize> {
        let index = self.index();
        let now_ms = today.now_ms;
        let code = compact(&filter.text);
        let words = filter.text.trim().to_lowercase();
        // Which of the few languages and destinations the words match, by tag or name.
        let matching = |codes: &[String], name: &dyn Fn(&str) -> String| -> Vec<bool> {
            codes
                .iter()
                .map(|c| {
                    !words.is_empty()
                        && (c.to_lowercase().contains(&words)
                            || name(c).to_lowercase().contains(&words))
                })
                .collect()
        };
        let languages = matching(self.languages(), &|t| names.language(t).to_owned());
        let destinations = matching(self.destinations(), &|d| names.destination(d).to_owned());
        let codes = (!words.is_empty() && !code.is_empty()).then(|| index.code_matches(&code));
        // `Some(None)`: a language none of the rows has.
        let language = filter.language.as_ref().map(|l| {
            self.languages()
                .binary_search_by(|t| t.as_str().cmp(l.as_str()))
                .ok()
        });
        let country: Option<Vec<bool>> = filter.country.as_ref().map(|c| {
            self.destinations()
                .iter()
                .map(|d| d.split('/').next() == Some(c.as_str()))
                .collect()
        });
        let at = |list: &[bool], i: usize| list.get(i).copied().unwrap_or(false);
        let keep = |i: &usize| -> bool {
            let Some(row) = index.rows.get(*i) else {
                return false;
            };
            filter
                .category
                .is_none_or(|c| c.holds_for(&row.marks.facts, now_ms))
                && language.is_none_or(|l| l == Some(row.language))
                && country
                    .as_ref()
                    .is_none_or(|m| row.destination.is_some_and(|d| at(m, d)))
                && (!filter.open_flags_only || row.marks.open != 0)
                && (words.is_empty()
                    || codes.as_ref().is_some_and(|m| at(m, *i))
                    || at(&languages, row.language)
                    || row.destination.is_some_and(|d| at(&destinations, d)))
        };
        let kept = || (0..index.rows.len()).filter(keep);
        let mut picked: Vec<usize> = match sort.column {
            Column::Code => index.by_code.iter().copied().filter(keep).collect(),
            // Rows without cooling-off left come after those with some.
            Column::HoursLeft => {
                let (mut left, mut none): (Vec<usize>, Vec<usize>) = index
                    .by_cooling_off
                    .iter()
                    .copied()
                    .filter(keep)
                    .partition(|i| index.marks(*i).is_some_and(|m| m.cooling_off(now_ms)));
                left.append(&mut none);
                left
            }
            Column::State => by_place(
                kept().map(|i| {
                    let state = index.marks(i).and_then(|m| m.state(now_ms));
                    (i, state_rank(state))
                }),
                STATE_RANKS,
            ),
            // Most open flags first, then most flags.
            Column::Flags => {
                let most = FlagKind::ALL.len();
                by_place(
                    kept().map(|i| {
                        let (open, all) = index.marks(i).map_or((0, 0), Marks::flag_counts);
                        (i, (most - open) * (most + 1) + (most - all))
                    }),
                    (most + 1) * (most + 1),
                )
            }
            // Names are ranked once, so rows are placed by number, not by words.
            Column::Language => {
                let ranks = name_ranks(self.languages(), &|t| names.language(t).to_owned());
                by_place(
                    kept().map(|i| {
                        let rank = index
                            .rows
                            .get(i)
                            .and_then(|r| ranks.get(r.language))
                            .copied();
                        (i, rank.unwrap_or(usize::MAX))
                    }),
                    ranks.len() + 1,
                )
            }
            Column::Destination => {
                let ranks = name_ranks(self.destinations(), &|d| names.destination(d).to_owned());
                by_place(
                    kept().map(|i| {
                        let rank = index
                            .rows
                            .get(i)
                            .and_then(|r| r.destination)
                            .and_then(|d| ranks.get(d))
                            .copied();
                        (i, rank.unwrap_or(usize::MAX))
                    }),
                    ranks.len() + 1,
                )
            }
        };
        if sort.descending {
            picked.reverse();
        }
        picked
    }

    /// The "needs you now" queue: each consent that needs a counsellor today,
    /// most pressing reason first, then soonest cooling-off end.
    pub fn queue(&self, today: Today) -> Vec<(usize, Urgent)> {
        let index = self.index();
        let mut queue: [Vec<(usize, Urgent)>; 3] = Default::default();
        // Taken in order of cooling-off's end, so each reason's rows stay in it.
        for i in &index.by_cooling_off {
            let Some(why) = index.marks(*i).and_then(|m| m.urgent(today)) else {
                continue;
            };
            let place = match why {
                Urgent::Flag => 0,
                Urgent::ConfirmationDue => 1,
                Urgent::CoolingOffEndsToday => 2,
            };
            if let Some(list) = queue.get_mut(place) {
                list.push((*i, why));
            }
        }
        queue.concat()
    }

    /// How many pending consents a suspension of `destination` would move to
    /// review (what the suspension screen says before it acts).
    pub fn pending_for(&self, destination: &Destination) -> usize {
        let suspension = Suspension {
            destination: destination.clone(),
            since: crate::consent::Timestamp::UNIX_EPOCH,
            reason: String::new(),
        };
        self.rows()
            .iter()
            .filter(|row| row.stage == "signed" && !row.departed)
            .filter(|row| {
                row.destination
                    .as_deref()
                    .is_some_and(|d| suspension.covers(&self::destination(d)))
            })
            .count()
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::indexing_slicing)]
mod tests {
    use super::*;

    const HOUR: i64 = 3_600_000;
    const NOW: i64 = 1_000 * HOUR;

    fn today() -> Today {
        // Six hours until the centre's midnight.
        Today {
            now_ms: NOW,
            end_ms: NOW + 6 * HOUR,
        }
    }

    fn row(reference: &str, hours: i64) -> ConsentSummary {
        ConsentSummary {
            consent_id: format!("id-{reference}"),
            reference: reference.to_owned(),
            stage: "signed".to_owned(),
            cooling_off_until: Some(NOW + hours * HOUR),
            destination: Some("GE".to_owned()),
            departed: false,
            pressure_flag: false,
            re_explained: false,
            review_reason: None,
            event_count: 1,
            signed_at: NOW - 10 * HOUR,
            holds: None,
            effective_from: Some(NOW + hours * HOUR),
            locale: "ar".to_owned(),
        }
    }

    fn names() -> Names {
        let mut names = Names::default();
        names.languages.insert("ar".into(), "العربية".into());
        names.languages.insert("fr".into(), "Français".into());
        names.languages.insert("am".into(), "አማርኛ".into());
        names.destinations.insert("GE".into(), "Georgia".into());
        names
            .destinations
            .insert("NG/NG-BO".into(), "Nigeria · Borno (NG-BO)".into());
        names.destinations.insert("AL".into(), "Albania".into());
        names
    }

    fn codes(dashboard: &Dashboard, picked: &[usize]) -> Vec<String> {
        picked
            .iter()
            .map(|i| dashboard.rows()[*i].reference.clone())
            .collect()
    }

    fn sample() -> Dashboard {
        let mut flagged = row("FLAG0001", 30);
        flagged.pressure_flag = true;
        flagged.holds = Some("flag:pressure+confirmation_interview".into());
        flagged.effective_from = None;
        flagged.locale = "fr".into();
        let mut tonight = row("TNGT0002", 3);
        tonight.destination = Some("NG/NG-BO".into());
        let mut interview = row("INTV0003", 2);
        interview.holds = Some("confirmation_interview".into());
        interview.effective_from = None;
        interview.locale = "am".into();
        let mut resolved = row("RSLV0004", 50);
        resolved.re_explained = true;
        resolved.destination = Some("AL".into());
        let mut review = row("RVW00005", 0);
        review.stage = "needs_review".into();
        review.cooling_off_until = None;
        review.destination = Some("NG".into());
        let mut departed = row("DPRT0006", -100);
        departed.departed = true;
        departed.holds = Some("flag:pressure".into());
        Dashboard::new(vec![
            flagged, tonight, interview, resolved, review, departed,
        ])
    }

    #[test]
    fn the_queue_puts_open_flags_first_then_interviews_due_then_cooling_off_ending_today() {
        let dashboard = sample();
        let queue = dashboard.queue(today());
        let got: Vec<(String, Urgent)> = queue
            .iter()
            .map(|(i, u)| (dashboard.rows()[*i].reference.clone(), *u))
            .collect();
        assert_eq!(
            got,
            vec![
                ("FLAG0001".to_owned(), Urgent::Flag),
                ("INTV0003".to_owned(), Urgent::ConfirmationDue),
                ("TNGT0002".to_owned(), Urgent::CoolingOffEndsToday),
            ],
            "a departed consent and one ending tomorrow are not urgent"
        );
    }

    #[test]
    fn cooling_off_ending_after_midnight_is_not_today() {
        let dashboard = Dashboard::new(vec![row("LATE0001", 7)]);
        assert!(dashboard.queue(today()).is_empty());
        let earlier = Today {
            now_ms: NOW,
            end_ms: NOW + 8 * HOUR,
        };
        assert_eq!(dashboard.queue(earlier).len(), 1);
    }

    #[test]
    fn flags_say_which_are_open_and_which_were_resolved() {
        let dashboard = sample();
        let rows = dashboard.rows();
        assert_eq!(
            flags(&rows[0]),
            vec![Flag {
                kind: FlagKind::Pressure,
                open: true
            }]
        );
        assert_eq!(
            flags(&rows[3]),
            vec![Flag {
                kind: FlagKind::Comprehension,
                open: false
            }]
        );
        assert!(flags(&rows[1]).is_empty());
    }

    #[test]
    fn the_state_chip_is_the_strongest_list_a_consent_is_in() {
        let dashboard = sample();
        let rows = dashboard.rows();
        assert_eq!(state(&rows[0], NOW), Some(Category::OnHold));
        assert_eq!(state(&rows[1], NOW), Some(Category::CoolingOff));
        assert_eq!(state(&rows[4], NOW), Some(Category::NeedsReview));
        assert_eq!(state(&rows[5], NOW), Some(Category::Departed));
        assert_eq!(hours_left(&rows[1], NOW), Some(3));
        assert_eq!(hours_left(&rows[4], NOW), None);
    }

    #[test]
    fn typed_words_find_codes_language_names_and_destination_names() {
        let dashboard = sample();
        let all = Sort {
            column: Column::Code,
            descending: false,
        };
        let find = |text: &str| {
            let filter = TableFilter {
                text: text.into(),
                ..TableFilter::default()
            };
            codes(
                &dashboard,
                &dashboard.select(&filter, all, &names(), today()),
            )
        };
        assert_eq!(find("intv-0003"), vec!["INTV0003"]);
        assert_eq!(find("français"), vec!["FLAG0001"]);
        assert_eq!(find("borno"), vec!["TNGT0002"]);
        assert_eq!(find("ng-bo"), vec!["TNGT0002"]);
        assert_eq!(find("አማርኛ"), vec!["INTV0003"]);
        assert!(find("nowhere at all").is_empty());
        assert_eq!(find("").len(), 6);
    }

    #[test]
    fn filters_by_list_language_country_and_open_flags_together() {
        let dashboard = sample();
        let sort = Sort {
            column: Column::Code,
            descending: false,
        };
        let pick = |filter: TableFilter| {
            codes(
                &dashboard,
                &dashboard.select(&filter, sort, &names(), today()),
            )
        };
        assert_eq!(
            pick(TableFilter {
                country: Some("NG".into()),
                ..TableFilter::default()
            }),
            vec!["RVW00005", "TNGT0002"],
            "a country takes in its areas"
        );
        assert_eq!(
            pick(TableFilter {
                language: Some("ar".into()),
                category: Some(Category::CoolingOff),
                ..TableFilter::default()
            }),
            vec!["RSLV0004", "TNGT0002"]
        );
        assert_eq!(
            pick(TableFilter {
                open_flags_only: true,
                ..TableFilter::default()
            }),
            vec!["DPRT0006", "FLAG0001"]
        );
    }

    #[test]
    fn every_column_sorts_both_ways() {
        let dashboard = sample();
        let by = |column: Column, descending: bool| {
            let sort = Sort { column, descending };
            codes(
                &dashboard,
                &dashboard.select(&TableFilter::default(), sort, &names(), today()),
            )
        };
        assert_eq!(
            by(Column::HoursLeft, false),
            vec![
                "INTV0003", "TNGT0002", "FLAG0001", "RSLV0004", "DPRT0006", "RVW00005"
            ],
            "fewest hours first; those without cooling-off left after"
        );
        assert_eq!(by(Column::Code, false)[0], "DPRT0006");
        assert_eq!(by(Column::Code, true)[0], "TNGT0002");
        // By the names shown: Albania, Georgia, "NG" (no name), Nigeria · Borno.
        let destinations = by(Column::Destination, false);
        assert_eq!(destinations[0], "RSLV0004");
        assert_eq!(destinations[destinations.len() - 1], "TNGT0002");
        assert_eq!(by(Column::Destination, true)[0], "TNGT0002");
        // By native name: Français, አማርኛ, العربية sort by their letters' order.
        assert_eq!(by(Column::Language, false)[0], "FLAG0001");
        // Open flags first.
        assert_eq!(&by(Column::Flags, false)[..2], ["FLAG0001", "DPRT0006"]);
        let states = by(Column::State, false);
        assert_eq!(states[0], "RVW00005", "needs review before on hold");
    }

    #[test]
    fn a_header_pressed_twice_turns_the_order_round() {
        let sort = Sort::default().pressed(Column::Code);
        assert_eq!(
            sort,
            Sort {
                column: Column::Code,
                descending: false
            }
        );
        assert!(sort.pressed(Column::Code).descending);
        assert!(!sort.pressed(Column::Code).pressed(Column::Flags).descending);
    }

    /// The table as it was worked out before rows were indexed: every row's
    /// facts read again at each comparison. The indexed table must agree.
    mod plain {
        use super::super::*;

        pub fn in_list(c: Category, row: &ConsentSummary, now_ms: i64) -> bool {
            let signed = row.stage == "signed" && !row.departed;
            match c {
                Category::CoolingOff => signed && row.cooling_off_until.is_some_and(|t| t > now_ms),
                Category::OnHold => {
                    signed
                        && (row.holds.is_some()
                            || (row.cooling_off_until.is_some_and(|t| t <= now_ms)
                                && row.effective_from.is_some_and(|t| t > now_ms)))
                }
                Category::Effective => {
                    signed
                        && row.cooling_off_until.is_some_and(|t| t <= now_ms)
                        && row.effective_from.is_some_and(|t| t <= now_ms)
                }
                Category::Flagged => row.pressure_flag || row.re_explained,
                Category::NeedsReview => row.stage == "needs_review",
                Category::Withdrawn => row.stage == "withdrawn",
                Category::Departed => row.departed,
            }
        }

        pub fn state(row: &ConsentSummary, now_ms: i64) -> Option<Category> {
            [
                Category::Departed,
                Category::Withdrawn,
                Category::NeedsReview,
                Category::OnHold,
                Category::CoolingOff,
                Category::Effective,
            ]
            .into_iter()
            .find(|c| in_list(*c, row, now_ms))
        }

        fn hours_left(row: &ConsentSummary, now_ms: i64) -> Option<i64> {
            match row.cooling_off_until {
                Some(until) if in_list(Category::CoolingOff, row, now_ms) => {
                    Some((until - now_ms) / 3_600_000)
                }
                _ => None,
            }
        }

        fn holds(row: &ConsentSummary, code: &str) -> bool {
            row.holds
                .as_deref()
                .is_some_and(|h| h.split('+').any(|c| c == code))
        }

        pub fn flags(row: &ConsentSummary) -> Vec<Flag> {
            FlagKind::ALL
                .into_iter()
                .filter_map(|kind| {
                    let open = holds(row, flag_code(kind));
                    let recorded = match kind {
                        FlagKind::Pressure => row.pressure_flag,
                        FlagKind::Comprehension => row.re_explained,
                        FlagKind::CapacityDoubt | FlagKind::ChildObjection => false,
                    };
                    (open || recorded).then_some(Flag { kind, open })
                })
                .collect()
        }

        pub fn urgent(row: &ConsentSummary, today: Today) -> Option<Urgent> {
            if row.stage != "signed" || row.departed {
                return None;
            }
            if FlagKind::ALL.into_iter().any(|k| holds(row, flag_code(k))) {
                return Some(Urgent::Flag);
            }
            let ends = row.cooling_off_until.is_some_and(|t| t < today.end_ms);
            if holds(row, crate::consent::Hold::ConfirmationInterview.code()) && ends {
                return Some(Urgent::ConfirmationDue);
            }
            if in_list(Category::CoolingOff, row, today.now_ms) && ends {
                return Some(Urgent::CoolingOffEndsToday);
            }
            None
        }

        pub fn queue(rows: &[ConsentSummary], today: Today) -> Vec<(usize, Urgent)> {
            let mut queue: Vec<(usize, Urgent)> = rows
                .iter()
                .enumerate()
                .filter_map(|(i, row)| urgent(row, today).map(|u| (i, u)))
                .collect();
            queue.sort_by_key(|(i, why)| (*why, rows[*i].cooling_off_until.unwrap_or(i64::MAX)));
            queue
        }

        pub fn select(
            dashboard: &Dashboard,
            filter: &TableFilter,
            sort: Sort,
            names: &Names,
            now_ms: i64,
        ) -> Vec<usize> {
            let rows = dashboard.rows();
            let code = compact(&filter.text);
            let words = filter.text.trim().to_lowercase();
            let matching = |codes: &[String], name: &dyn Fn(&str) -> String| -> Vec<String> {
                if words.is_empty() {
                    return Vec::new();
                }
                codes
                    .iter()
                    .filter(|c| {
                        c.to_lowercase().contains(&words) || name(c).to_lowercase().contains(&words)
                    })
                    .cloned()
                    .collect()
            };
            let languages = matching(dashboard.languages(), &|t| names.language(t).to_owned());
            let destinations = matching(dashboard.destinations(), &|d| {
                names.destination(d).to_owned()
            });
            let mut picked: Vec<usize> = (0..rows.len())
                .filter(|i| {
                    let row = &rows[*i];
                    filter.category.is_none_or(|c| in_list(c, row, now_ms))
                        && filter.language.as_ref().is_none_or(|l| *l == row.locale)
                        && filter.country.as_ref().is_none_or(|c| {
                            row.destination
                                .as_deref()
                                .is_some_and(|d| d.split('/').next() == Some(c.as_str()))
                        })
                        && (!filter.open_flags_only || flags(row).iter().any(|f| f.open))
                        && (words.is_empty()
                            || (!code.is_empty() && row.reference.contains(&code))
                            || languages.contains(&row.locale)
                            || row
                                .destination
                                .as_ref()
                                .is_some_and(|d| destinations.contains(d)))
                })
                .collect();
            let rank = |codes: &[String], name: &dyn Fn(&str) -> String| {
                let mut named: Vec<(String, String)> = codes
                    .iter()
                    .map(|c| (name(c).to_lowercase(), c.clone()))
                    .collect();
                named.sort();
                named
                    .into_iter()
                    .enumerate()
                    .map(|(rank, (_, code))| (code, rank))
                    .collect::<HashMap<String, usize>>()
            };
            let language_ranks = rank(dashboard.languages(), &|t| names.language(t).to_owned());
            let destination_ranks = rank(dashboard.destinations(), &|d| {
                names.destination(d).to_owned()
            });
            let key = |i: &usize| -> (i64, i64) {
                let row = &rows[*i];
                match sort.column {
                    Column::Code => (0, 0),
                    Column::Language => (language_ranks[&row.locale] as i64, 0),
                    Column::Destination => (
                        row.destination
                            .as_ref()
                            .map_or(i64::MAX, |d| destination_ranks[d] as i64),
                        0,
                    ),
                    Column::State => (super::super::state_rank(state(row, now_ms)) as i64, 0),
                    Column::HoursLeft => (
                        i64::from(hours_left(row, now_ms).is_none()),
                        row.cooling_off_until.unwrap_or(i64::MAX),
                    ),
                    Column::Flags => {
                        let flags = flags(row);
                        let open = flags.iter().filter(|f| f.open).count() as i64;
                        (-open, -(flags.len() as i64))
                    }
                }
            };
            picked.sort_by(|a, b| match sort.column {
                Column::Code => rows[*a].reference.cmp(&rows[*b].reference),
                _ => key(a).cmp(&key(b)),
            });
            if sort.descending {
                picked.reverse();
            }
            picked
        }
    }

    /// Fictional rows of every kind, many alike (equal codes, equal ends of
    /// cooling-off, one ending right now) so that ties are tested too.
    fn varied(count: usize) -> Dashboard {
        let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
        let mut next = |below: u64| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed % below
        };
        let holds = [
            "flag:pressure",
            "flag:comprehension",
            "flag:capacity_doubt",
            "flag:child_objection",
            "confirmation_interview",
            "household",
        ];
        let places = [
            None,
            Some("GE"),
            Some("NG"),
            Some("NG/NG-BO"),
            Some("NG/NG-LA"),
            Some("AL"),
        ];
        let letters = b"7K3AB";
        let rows = (0..count)
            .map(|_| {
                let reference: String = (0..4)
                    .map(|_| char::from(letters[next(5) as usize]))
                    .collect();
                let mut row = row(&reference, next(40) as i64 - 20);
                row.stage = [
                    "signed",
                    "signed",
                    "signed",
                    "needs_review",
                    "withdrawn",
                    "declined",
                ][next(6) as usize]
                    .to_owned();
                if next(5) == 0 {
                    row.cooling_off_until = None;
                }
                row.effective_from = match next(3) {
                    0 => None,
                    1 => row.cooling_off_until,
                    _ => Some(NOW + (next(60) as i64 - 10) * HOUR),
                };
                row.departed = next(8) == 0;
                row.pressure_flag = next(4) == 0;
                row.re_explained = next(5) == 0;
                let held: Vec<&str> = holds.iter().copied().filter(|_| next(6) == 0).collect();
                row.holds = (!held.is_empty()).then(|| held.join("+"));
                row.destination = places[next(places.len() as u64) as usize].map(str::to_owned);
                row.locale = ["ar", "fr", "am", "fa"][next(4) as usize].to_owned();
                row
            })
            .collect();
        Dashboard::new(rows)
    }

    #[test]
    fn the_indexed_table_selects_sorts_and_queues_as_rows_read_afresh_would() {
        // One dashboard for every filter and sort in turn: its kept orders must
        // give what a fresh sort of each new selection gives.
        let dashboard = varied(400);
        let names = names();
        for now_ms in [NOW, NOW - 3 * HOUR, NOW + 7 * HOUR] {
            let today = Today {
                now_ms,
                end_ms: now_ms + 6 * HOUR,
            };
            for (i, row) in dashboard.rows().iter().enumerate() {
                assert_eq!(state(row, now_ms), plain::state(row, now_ms), "row {i}");
                assert_eq!(flags(row), plain::flags(row), "row {i}");
                assert_eq!(urgent(row, today), plain::urgent(row, today), "row {i}");
                for c in Category::ALL {
                    assert_eq!(c.holds(row, now_ms), plain::in_list(c, row, now_ms));
                }
            }
            assert_eq!(
                dashboard.queue(today),
                plain::queue(dashboard.rows(), today)
            );
            for category in [
                None,
                Some(Category::CoolingOff),
                Some(Category::OnHold),
                Some(Category::Flagged),
            ] {
                for text in ["", "7k", "k-3", "ng", "borno", "français", "zz"] {
                    for language in [None, Some("ar"), Some("xx")] {
                        for country in [None, Some("NG"), Some("ZZ")] {
                            for open_flags_only in [false, true] {
                                let filter = TableFilter {
                                    category,
                                    text: text.to_owned(),
                                    language: language.map(str::to_owned),
                                    country: country.map(str::to_owned),
                                    open_flags_only,
                                };
                                for column in Column::ALL {
                                    for descending in [false, true] {
                                        let sort = Sort { column, descending };
                                        assert_eq!(
                                            dashboard.select(&filter, sort, &names, today),
                                            plain::select(
                                                &dashboard, &filter, sort, &names, now_ms
                                            ),
                                            "{filter:?} {sort:?} at {now_ms}"
                                        );
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn codes_longer_than_a_key_still_sort_as_rows_read_afresh_would() {
        let mut rows = varied(200).rows().to_vec();
        rows[7].reference = "7K3AB7K3AB7K3AB7K3AB".into();
        rows[9].reference = "7K3AB7K3AB7K3AB7K3AA".into();
        let dashboard = Dashboard::new(rows);
        for descending in [false, true] {
            let sort = Sort {
                column: Column::Code,
                descending,
            };
            let filter = TableFilter::default();
            assert_eq!(
                dashboard.select(&filter, sort, &names(), today()),
                plain::select(&dashboard, &filter, sort, &names(), NOW)
            );
        }
    }

    #[test]
    fn code_keys_sort_as_the_codes_do() {
        let mut codes = vec![
            "AB",
            "AB\0",
            "A",
            "",
            "ABC",
            "B",
            "7K3A",
            "ZZZZZZZZZZZZZZZZ",
            "AB\0\0",
        ];
        let mut by_key = codes.clone();
        by_key.sort_by_key(|c| code_key(c));
        codes.sort();
        assert_eq!(by_key, codes);
    }

    #[test]
    fn a_suspension_counts_the_pending_consents_it_would_move() {
        let dashboard = sample();
        // NG/NG-BO (pending); NG is in review already, so not pending.
        assert_eq!(dashboard.pending_for(&Destination::country("NG")), 1);
        let borno = Destination {
            country: "NG".into(),
            area: Some("NG-BO".into()),
        };
        assert_eq!(dashboard.pending_for(&borno), 1);
        let other = Destination {
            country: "NG".into(),
            area: Some("NG-LA".into()),
        };
        assert_eq!(dashboard.pending_for(&other), 0);
        // GE: two pending; the departed one is not.
        assert_eq!(dashboard.pending_for(&Destination::country("GE")), 2);
    }
}
