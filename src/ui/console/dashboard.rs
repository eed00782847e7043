//! The dashboard: what needs a counsellor now (concerns raised at the kiosk,
//! open flags, confirmation interviews due, cooling-off ending today), then a
//! table of every consent, without names, sorted and filtered as staff choose.
//! Beside an opened record the same table is drawn narrower ([`list_ui`]).
//! Sorting, filtering and the queue are `console::table`'s; this only draws.

use eframe::egui::{self, Color32, Ui};

use crate::consent::{AccountRole, ConsentId, FlagKind, ReferenceCode};
use crate::console::{
    Category, Column, ConsoleIntent, Names, Sort, TableFilter, Today, Urgent, stored_destination,
};
use crate::store::ConsentSummary;

use super::view::{ConsoleInputs, ConsoleView};

/// Rows drawn at most; the search and filters narrow the rest.
const SHOWN: usize = 200;

/// Rows of the queue drawn at most on the dashboard.
const QUEUE_SHOWN: usize = 12;

/// The columns beside an opened record, where half the width is left.
const COMPACT: [Column; 4] = [
    Column::Code,
    Column::State,
    Column::HoursLeft,
    Column::Flags,
];

/// The table's sort and filters, and what it selected for them (kept until the
/// dashboard is loaded again, the filters change, or a minute passes).
#[derive(Default)]
pub struct TableState {
    /// How rows are sorted.
    pub sort: Sort,
    /// One language only.
    pub language: Option<String>,
    /// One country only.
    pub country: Option<String>,
    /// Only consents with an open flag.
    pub open_flags_only: bool,
    cache: Option<Selected>,
}

impl std::fmt::Debug for TableState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // The cache's key holds what was typed in the search.
        f.debug_struct("TableState")
            .field("sort", &self.sort)
            .finish_non_exhaustive()
    }
}

/// What the table shows for one loading, filter, sort, language and minute.
struct Selected {
    key: (u64, TableFilter, Sort, String, i64),
    names: Names,
    rows: Vec<usize>,
    queue: Vec<(usize, Urgent)>,
}

impl TableState {
    /// Brings the selection up to date with what is asked, if anything changed.
    fn select(&mut self, view: &ConsoleView<'_>, text: &str) -> &Selected {
        let dashboard = view.console.dashboard();
        let filter = TableFilter {
            category: view.console.category(),
            text: text.to_owned(),
            language: self.language.clone(),
            country: self.country.clone(),
            open_flags_only: self.open_flags_only,
        };
        let key = (
            dashboard.generation(),
            filter,
            self.sort,
            view.chain.primary().to_owned(),
            view.now_ms / 60_000,
        );
        let cache = match self.cache.take() {
            Some(cache) if cache.key == key => cache,
            _ => {
                let names = names(view);
                let today = today(view);
                Selected {
                    rows: dashboard.select(&key.1, self.sort, &names, today),
                    queue: dashboard.queue(today),
                    names,
                    key,
                }
            }
        };
        self.cache.insert(cache)
    }
}

/// The names of the few languages and destinations among the consents.
fn names(view: &ConsoleView<'_>) -> Names {
    let dashboard = view.console.dashboard();
    Names {
        languages: dashboard
            .languages()
            .iter()
            .map(|tag| {
                let name = view
                    .catalog
                    .locale(tag)
                    .map_or_else(|| tag.clone(), |l| l.meta.native_name.clone());
                (tag.clone(), name)
            })
            .collect(),
        destinations: dashboard
            .destinations()
            .iter()
            .map(|stored| {
                let name = super::record::destination_text(view, &stored_destination(stored));
                (stored.clone(), name)
            })
            .collect(),
    }
}

/// Now and the end of the deployment's day.
fn today(view: &ConsoleView<'_>) -> Today {
    let now = time::OffsetDateTime::from_unix_timestamp_nanos(i128::from(view.now_ms) * 1_000_000)
        .unwrap_or(time::OffsetDateTime::UNIX_EPOCH);
    Today {
        now_ms: view.now_ms,
        end_ms: view.content.end_of_local_day_ms(now),
    }
}

/// The dashboard.
pub fn dashboard_ui(
    ui: &mut Ui,
    view: &ConsoleView<'_>,
    inputs: &mut ConsoleInputs,
) -> Option<ConsoleIntent> {
    let mut intent = None;
    let admin = view
        .console
        .account()
        .is_some_and(|a| a.role == AccountRole::Admin);
    view.heading(ui, "console-dashboard-title");
    view.row(ui, |ui| {
        if view.button(ui, "console-guided-start") {
            intent = Some(ConsoleIntent::ShowGuided);
        }
        if view.button(ui, "console-export") {
            intent = Some(ConsoleIntent::ShowExport);
        }
        if view.button(ui, "console-find-without-code") {
            intent = Some(ConsoleIntent::ShowFindWithoutCode);
        }
        if admin {
            if view.button(ui, "console-suspend") {
                intent = Some(ConsoleIntent::ShowSuspend);
            }
            if view.button(ui, "console-review-content") {
                intent = Some(ConsoleIntent::ReviewContentChanges);
            }
        }
    });
    let search = inputs.search.clone();
    let selected = inputs.table.select(view, &search);
    // What needs someone now, before everything else: people at the kiosk
    // who asked for staff, then the consents of the queue.
    let concerns = view.console.concerns();
    let mut args = fluent_bundle::FluentArgs::new();
    args.set("count", concerns.len() + selected.queue.len());
    ui.add_space(6.0);
    paint_section(ui, view, &view.t_args("console-needs-you-title", &args));
    for concern in concerns {
        let what = match concern.kind {
            crate::consent::ConcernKind::Pressured => view.t("console-concern-pressured"),
            crate::consent::ConcernKind::LostCode => view.t("console-concern-lost-code"),
        };
        let language = view
            .catalog
            .locale(&concern.locale)
            .map_or_else(|| concern.locale.clone(), |l| l.meta.native_name.clone());
        let line = format!(
            "{} · {what} · {language}",
            super::record::when(view, concern.at)
        );
        view.row(ui, |ui| {
            view.chip(ui, &line, Color32::from_rgb(255, 196, 176));
            let seen = view.t("console-concern-seen");
            if view.button_text(ui, &view.label_value(&seen, &what)) {
                intent = Some(ConsoleIntent::ConcernSeen(concern.concern_id.clone()));
            }
        });
    }
    if selected.queue.is_empty() && concerns.is_empty() {
        view.para(ui, "console-needs-you-none");
    }
    let rows = view.console.dashboard().rows();
    let opened = opened_id(view);
    ui.push_id("queue", |ui| {
        for (index, why) in selected.queue.iter().take(QUEUE_SHOWN) {
            if let Some(row) = rows.get(*index) {
                let open = table_row(
                    ui,
                    view,
                    row,
                    &Column::ALL,
                    &selected.names,
                    opened.as_deref() == Some(row.consent_id.as_str()),
                    Some(*why),
                );
                if open {
                    intent = Some(ask_to_open(row));
                }
            }
        }
    });
    if selected.queue.len() > QUEUE_SHOWN {
        let mut args = fluent_bundle::FluentArgs::new();
        args.set("count", selected.queue.len() - QUEUE_SHOWN);
        view.text(ui, &view.t_args("console-needs-you-more", &args));
    }
    ui.add_space(8.0);
    ui.separator();
    intent.or(list_ui(ui, view, inputs, false))
}

/// The table: lists, search and filters, headers that sort, and the rows.
/// `compact` is the narrow version beside an opened record.
pub fn list_ui(
    ui: &mut Ui,
    view: &ConsoleView<'_>,
    inputs: &mut ConsoleInputs,
    compact: bool,
) -> Option<ConsoleIntent> {
    let mut intent = None;
    let dashboard = view.console.dashboard();
    let counts = dashboard.counts(view.now_ms);
    view.row(ui, |ui| {
        let mut args = fluent_bundle::FluentArgs::new();
        args.set("count", dashboard.len());
        let all = view.t_args("console-list-all", &args);
        if view.choice(ui, &all, view.console.category().is_none()) {
            intent = Some(ConsoleIntent::Filter(None));
        }
        for (category, count) in counts {
            let mut args = fluent_bundle::FluentArgs::new();
            args.set("count", count);
            let label = view.t_args(category.message(), &args);
            if view.choice(ui, &label, view.console.category() == Some(category)) {
                intent = Some(ConsoleIntent::Filter(Some(category)));
            }
        }
    });
    view.field(ui, "console-search", &mut inputs.search, false);
    let table = &mut inputs.table;
    view.row(ui, |ui| {
        let flags = view.t("console-filter-open-flags");
        if view.choice(ui, &flags, table.open_flags_only) {
            table.open_flags_only = !table.open_flags_only;
        }
    });
    if !compact {
        filter_rows(ui, view, table);
    }
    let columns: &[Column] = if compact { &COMPACT } else { &Column::ALL };
    if let Some(sort) = header(ui, view, columns, inputs.table.sort) {
        inputs.table.sort = sort;
    }
    let search = inputs.search.clone();
    let selected = inputs.table.select(view, &search);
    if selected.rows.is_empty() {
        view.para(ui, "console-list-empty");
    }
    let rows = dashboard.rows();
    let opened = opened_id(view);
    let shown = if compact { SHOWN / 2 } else { SHOWN };
    for index in selected.rows.iter().take(shown) {
        if let Some(row) = rows.get(*index) {
            let chosen = opened.as_deref() == Some(row.consent_id.as_str());
            if table_row(ui, view, row, columns, &selected.names, chosen, None) {
                intent = Some(ask_to_open(row));
            }
        }
    }
    if selected.rows.len() > shown {
        let mut args = fluent_bundle::FluentArgs::new();
        args.set("shown", shown);
        args.set("count", selected.rows.len());
        view.text(ui, &view.t_args("console-list-more", &args));
    }
    intent
}

/// One language, one country, or all.
fn filter_rows(ui: &mut Ui, view: &ConsoleView<'_>, table: &mut TableState) {
    let dashboard = view.console.dashboard();
    view.row(ui, |ui| {
        if view.choice(
            ui,
            &view.t("console-filter-all-languages"),
            table.language.is_none(),
        ) {
            table.language = None;
        }
        for tag in dashboard.languages() {
            let name = view
                .catalog
                .locale(tag)
                .map_or_else(|| tag.clone(), |l| l.meta.native_name.clone());
            if view.choice(ui, &name, table.language.as_deref() == Some(tag.as_str())) {
                table.language = Some(tag.clone());
            }
        }
    });
    let mut countries: Vec<&str> = dashboard
        .destinations()
        .iter()
        .filter_map(|d| d.split('/').next())
        .collect();
    countries.dedup();
    view.row(ui, |ui| {
        if view.choice(
            ui,
            &view.t("console-filter-all-countries"),
            table.country.is_none(),
        ) {
            table.country = None;
        }
        for code in countries {
            let name = view
                .content
                .countries
                .iter()
                .find(|c| c.code == code)
                .map_or_else(|| code.to_owned(), |c| view.t(&c.name));
            if view.choice(ui, &name, table.country.as_deref() == Some(code)) {
                table.country = Some(code.to_owned());
            }
        }
    });
}

fn opened_id(view: &ConsoleView<'_>) -> Option<String> {
    match view.console.screen() {
        crate::console::ConsoleScreen::Reason(id) => Some(id.as_str().to_owned()),
        crate::console::ConsoleScreen::Dashboard => None,
        _ => view
            .console
            .opened()
            .map(|c| c.consent_id.as_str().to_owned()),
    }
}

fn ask_to_open(row: &ConsentSummary) -> ConsoleIntent {
    ConsoleIntent::AskToOpen(ConsentId::from_stored(row.consent_id.clone()))
}

/// A section's title on a tinted band.
fn paint_section(ui: &mut Ui, view: &ConsoleView<'_>, title: &str) {
    egui::Frame::new()
        .fill(Color32::from_rgb(255, 236, 214))
        .inner_margin(egui::Margin::symmetric(10, 6))
        .corner_radius(6.0)
        .show(ui, |ui| {
            ui.set_min_width(ui.available_width());
            let style = crate::text::TextStyle {
                font_id: egui::FontId::proportional(24.0),
                ..view.body()
            };
            crate::text::paragraph(ui, title, view.base, &style);
        });
}

/// Each column's share of the row's width.
fn share(column: Column, compact: bool) -> f32 {
    match (column, compact) {
        (Column::Code, false) => 0.15,
        (Column::State, false) => 0.19,
        (Column::HoursLeft, false) => 0.1,
        (Column::Flags, false) => 0.2,
        (Column::Language, false) => 0.12,
        (Column::Destination, false) => 0.24,
        (Column::Code, true) => 0.3,
        (Column::State, true) => 0.3,
        (Column::HoursLeft, true) => 0.16,
        (Column::Flags, true) => 0.24,
        (_, true) => 0.0,
    }
}

/// A row's height: a code button (at least a touch target) and a chip of two lines.
const ROW_HEIGHT: f32 = 56.0;

/// A cell `width` wide and a row high, its contents from the reading start,
/// centred in the row's height.
fn cell<R>(ui: &mut Ui, view: &ConsoleView<'_>, width: f32, add: impl FnOnce(&mut Ui) -> R) -> R {
    let layout = if view.rtl() {
        egui::Layout::right_to_left(egui::Align::Center)
    } else {
        egui::Layout::left_to_right(egui::Align::Center)
    };
    let (rect, _) = ui.allocate_exact_size(egui::vec2(width, ROW_HEIGHT), egui::Sense::hover());
    let mut child = ui.new_child(egui::UiBuilder::new().max_rect(rect).layout(layout));
    child.spacing_mut().item_spacing.x = 6.0;
    add(&mut child)
}

fn widths(ui: &Ui, columns: &[Column]) -> Vec<f32> {
    let compact = columns.len() < Column::ALL.len();
    let spacing = ui.spacing().item_spacing.x;
    let free = (ui.available_width() - spacing * columns.len() as f32).max(100.0);
    columns
        .iter()
        .map(|c| (free * share(*c, compact)).floor())
        .collect()
}

/// The headers: each sorts by its column (pressed again, the other way round).
fn header(ui: &mut Ui, view: &ConsoleView<'_>, columns: &[Column], sort: Sort) -> Option<Sort> {
    let widths = widths(ui, columns);
    let mut pressed = None;
    crate::text::reading_row(ui, view.rtl(), |ui| {
        for (column, width) in columns.iter().zip(widths) {
            cell(ui, view, width, |ui| {
                let name = view.t(column.message());
                let mut args = fluent_bundle::FluentArgs::new();
                args.set("column", name.clone());
                let spoken = view.t_args("console-sort-by", &args);
                let chosen = sort.column == *column;
                let style = view.table_text();
                if crate::text::choice(ui, &name, view.base, &style, chosen, Some(&spoken))
                    .clicked()
                {
                    pressed = Some(sort.pressed(*column));
                }
                if chosen {
                    sort_mark(ui, sort.descending);
                }
            });
        }
    });
    pressed
}

/// A small triangle: pointing up for lowest first, down for highest first.
fn sort_mark(ui: &mut Ui, descending: bool) {
    let (rect, _) = ui.allocate_exact_size(egui::vec2(14.0, 14.0), egui::Sense::hover());
    let colour = ui.visuals().text_color();
    let (top, bottom) = (rect.top() + 2.0, rect.bottom() - 2.0);
    let points = if descending {
        vec![
            egui::pos2(rect.left() + 1.0, top),
            egui::pos2(rect.right() - 1.0, top),
            egui::pos2(rect.center().x, bottom),
        ]
    } else {
        vec![
            egui::pos2(rect.center().x, top),
            egui::pos2(rect.right() - 1.0, bottom),
            egui::pos2(rect.left() + 1.0, bottom),
        ]
    };
    ui.painter().add(egui::Shape::convex_polygon(
        points,
        colour,
        egui::Stroke::NONE,
    ));
}

/// A state's chip colour.
fn state_colour(state: Option<Category>) -> Color32 {
    match state {
        Some(Category::CoolingOff) => Color32::from_rgb(198, 224, 250),
        Some(Category::OnHold) => Color32::from_rgb(255, 221, 153),
        Some(Category::Effective) => Color32::from_rgb(196, 234, 200),
        Some(Category::NeedsReview) => Color32::from_rgb(250, 200, 190),
        Some(Category::Flagged) => Color32::from_rgb(255, 196, 176),
        Some(Category::Withdrawn) => Color32::from_gray(222),
        Some(Category::Departed) => Color32::from_rgb(226, 216, 238),
        None => Color32::from_gray(230),
    }
}

fn state_words(view: &ConsoleView<'_>, state: Option<Category>) -> String {
    match state {
        // The list's full sentence is too long for a chip.
        Some(Category::OnHold) => view.t("console-chip-on-hold"),
        Some(category) => view.t(category.state_message()),
        None => view.t("console-state-declined"),
    }
}

fn flag_messages(kind: FlagKind) -> (&'static str, &'static str) {
    match kind {
        FlagKind::Pressure => ("console-flag-short-pressure", "console-flag-pressure"),
        FlagKind::Comprehension => (
            "console-flag-short-comprehension",
            "console-flag-re-explained",
        ),
        FlagKind::CapacityDoubt => (
            "console-flag-short-capacity-doubt",
            "console-flag-capacity-doubt",
        ),
        FlagKind::ChildObjection => (
            "console-flag-short-child-objection",
            "console-flag-child-objection",
        ),
    }
}

/// One consent's row; `why` puts the queue's reason where the state would be.
/// True when its code was pressed (to open it).
fn table_row(
    ui: &mut Ui,
    view: &ConsoleView<'_>,
    row: &ConsentSummary,
    columns: &[Column],
    names: &Names,
    chosen: bool,
    why: Option<Urgent>,
) -> bool {
    let widths = widths(ui, columns);
    let mut open = false;
    let code = ReferenceCode::parse(&row.reference)
        .map_or_else(|_| row.reference.clone(), |c| c.to_string());
    crate::text::reading_row(ui, view.rtl(), |ui| {
        for (column, width) in columns.iter().zip(widths) {
            cell(ui, view, width, |ui| match column {
                Column::Code => {
                    let mut args = fluent_bundle::FluentArgs::new();
                    args.set("code", code.clone());
                    let spoken = view.t_args("console-open", &args);
                    let style = view.table_text();
                    open = crate::text::choice(ui, &code, view.base, &style, chosen, Some(&spoken))
                        .clicked();
                }
                Column::State => match why {
                    Some(why) => {
                        view.chip(ui, &view.t(why.message()), Color32::from_rgb(255, 186, 160));
                    }
                    None => {
                        let state = crate::console::state(row, view.now_ms);
                        view.chip(ui, &state_words(view, state), state_colour(state));
                    }
                },
                Column::HoursLeft => {
                    let text = crate::console::hours_left(row, view.now_ms).map_or_else(
                        || "—".to_owned(),
                        |hours| {
                            let mut args = fluent_bundle::FluentArgs::new();
                            args.set("hours", hours);
                            view.t_args("console-hours-left", &args)
                        },
                    );
                    view.small(ui, &text);
                }
                Column::Flags => {
                    let mut words = Vec::new();
                    for flag in crate::console::flags(row) {
                        let (short, long) = flag_messages(flag.kind);
                        let mut args = fluent_bundle::FluentArgs::new();
                        args.set("reason", view.t(long));
                        let spoken = view.t_args(
                            if flag.open {
                                "console-flag-open"
                            } else {
                                "console-flag-resolved"
                            },
                            &args,
                        );
                        view.flag_icon(ui, flag.open, &spoken);
                        words.push(view.t(short));
                    }
                    if !words.is_empty() {
                        view.small(ui, &words.join(", "));
                    }
                }
                Column::Language => {
                    view.small(ui, names.language(&row.locale));
                }
                Column::Destination => {
                    let text = row
                        .destination
                        .as_deref()
                        .map_or("—", |d| names.destination(d));
                    view.small(ui, text);
                }
            });
        }
    });
    ui.add(egui::Separator::default().spacing(2.0));
    open
}
