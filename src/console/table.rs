//! The console's table of consents, as a counsellor triages them: each row's
//! state, hours of cooling-off left, flags and why, language and destination;
//! sorted by any column, filtered by a list, a language, a country, flags and
//! typed words; and the "needs you now" queue that comes before the rest.
//! Plain Rust, no egui: the screen hands in the names it shows (a language's
//! native name, a destination in the staff member's language), which are few,
//! so nothing here looks up words per row.

use std::cmp::Ordering;
use std::collections::HashMap;

use crate::consent::{Destination, FlagKind, Suspension};
use crate::store::ConsentSummary;

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
    [
        Category::Departed,
        Category::Withdrawn,
        Category::NeedsReview,
        Category::OnHold,
        Category::CoolingOff,
        Category::Effective,
    ]
    .into_iter()
    .find(|c| c.holds(row, now_ms))
}

/// Whole hours of cooling-off left, while it runs.
pub fn hours_left(row: &ConsentSummary, now_ms: i64) -> Option<i64> {
    match row.cooling_off_until {
        Some(until) if Category::CoolingOff.holds(row, now_ms) => {
            Some((until - now_ms) / 3_600_000)
        }
        _ => None,
    }
}

/// States in triage order: what waits for a counsellor first, what is over last.
fn state_rank(state: Option<Category>) -> i64 {
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

fn holds(row: &ConsentSummary, code: &str) -> bool {
    row.holds
        .as_deref()
        .is_some_and(|h| h.split('+').any(|c| c == code))
}

fn flag_code(kind: FlagKind) -> &'static str {
    crate::consent::Hold::Flag(kind).code()
}

/// A consent's flags: those open (they hold it) and those the record carries
/// though resolved since (a pressure flag, an answer explained again).
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

/// Why a consent needs a counsellor now, if it does: the most pressing reason.
pub fn urgent(row: &ConsentSummary, today: Today) -> Option<Urgent> {
    if row.stage != "signed" || row.departed {
        return None;
    }
    if FlagKind::ALL.into_iter().any(|k| holds(row, flag_code(k))) {
        return Some(Urgent::Flag);
    }
    let ends_by_tonight = row.cooling_off_until.is_some_and(|t| t < today.end_ms);
    if holds(row, crate::consent::Hold::ConfirmationInterview.code()) && ends_by_tonight {
        return Some(Urgent::ConfirmationDue);
    }
    if Category::CoolingOff.holds(row, today.now_ms) && ends_by_tonight {
        return Some(Urgent::CoolingOffEndsToday);
    }
    None
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
        let code = compact(&filter.text);
        let words = filter.text.trim().to_lowercase();
        // The few languages and destinations whose tag or name matches the words.
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
        let languages = matching(self.languages(), &|t| names.language(t).to_owned());
        let destinations = matching(self.destinations(), &|d| names.destination(d).to_owned());
        let mut picked: Vec<usize> = self
            .rows()
            .iter()
            .enumerate()
            .filter(|(_, row)| filter.category.is_none_or(|c| c.holds(row, today.now_ms)))
            .filter(|(_, row)| filter.language.as_ref().is_none_or(|l| *l == row.locale))
            .filter(|(_, row)| {
                filter.country.as_ref().is_none_or(|c| {
                    row.destination
                        .as_deref()
                        .is_some_and(|d| d.split('/').next() == Some(c.as_str()))
                })
            })
            .filter(|(_, row)| !filter.open_flags_only || flags(row).iter().any(|f| f.open))
            .filter(|(_, row)| {
                words.is_empty()
                    || (!code.is_empty() && row.reference.contains(&code))
                    || languages.contains(&row.locale)
                    || row
                        .destination
                        .as_ref()
                        .is_some_and(|d| destinations.contains(d))
            })
            .map(|(index, _)| index)
            .collect();
        self.sort(&mut picked, sort, names, today.now_ms);
        picked
    }

    fn sort(&self, picked: &mut [usize], sort: Sort, names: &Names, now_ms: i64) {
        let rows = self.rows();
        // Names are ranked once, so sorting compares numbers, not words.
        let rank = |codes: &[String], name: &dyn Fn(&str) -> String| -> HashMap<String, usize> {
            let mut named: Vec<(String, String)> = codes
                .iter()
                .map(|c| (name(c).to_lowercase(), c.clone()))
                .collect();
            named.sort();
            named
                .into_iter()
                .enumerate()
                .map(|(rank, (_, code))| (code, rank))
                .collect()
        };
        let key = |index: &usize| -> (i64, i64) {
            let Some(row) = rows.get(*index) else {
                return (i64::MAX, 0);
            };
            match sort.column {
                Column::Code | Column::Language | Column::Destination => (0, 0),
                Column::State => (state_rank(state(row, now_ms)), 0),
                // Rows without cooling-off left come after those with some.
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
        let order = |a: &usize, b: &usize| -> Ordering {
            match sort.column {
                Column::Code => {
                    let ref_of = |i: &usize| rows.get(*i).map(|r| r.reference.as_str());
                    ref_of(a).cmp(&ref_of(b))
                }
                _ => key(a).cmp(&key(b)),
            }
        };
        match sort.column {
            Column::Language | Column::Destination => {
                let ranks = if sort.column == Column::Language {
                    rank(self.languages(), &|t| names.language(t).to_owned())
                } else {
                    rank(self.destinations(), &|d| names.destination(d).to_owned())
                };
                let of = |i: &usize| -> usize {
                    let code = rows.get(*i).and_then(|r| {
                        if sort.column == Column::Language {
                            Some(&r.locale)
                        } else {
                            r.destination.as_ref()
                        }
                    });
                    code.and_then(|c| ranks.get(c))
                        .copied()
                        .unwrap_or(usize::MAX)
                };
                picked.sort_by_cached_key(of);
            }
            _ => picked.sort_by(order),
        }
        if sort.descending {
            picked.reverse();
        }
    }

    /// The "needs you now" queue: each consent that needs a counsellor today,
    /// most pressing reason first, then soonest cooling-off end.
    pub fn queue(&self, today: Today) -> Vec<(usize, Urgent)> {
        let mut queue: Vec<(usize, Urgent)> = self
            .rows()
            .iter()
            .enumerate()
            .filter_map(|(index, row)| urgent(row, today).map(|u| (index, u)))
            .collect();
        let rows = self.rows();
        queue.sort_by_key(|(index, why)| {
            (
                *why,
                rows.get(*index)
                    .and_then(|r| r.cooling_off_until)
                    .unwrap_or(i64::MAX),
            )
        });
        queue
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
