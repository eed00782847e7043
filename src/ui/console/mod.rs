//! The counsellor's console: one file per group of screens, each a function that
//! reads the [`Console`] through a [`ConsoleView`] and returns a [`ConsoleIntent`].
//! [`ConsoleFront`] applies it and tells the window when a guided session starts
//! or the screen goes back to the kiosk.

mod access;
mod admin;
mod dashboard;
mod guided;
mod record;
mod safeguards;
mod view;

use eframe::egui;

use crate::consent::{ConsentId, Timestamp};
use crate::console::{
    Change, Console, ConsoleIntent, ConsoleNotice, ConsoleScreen, ConsoleServices, Presence,
};
use crate::content::Content;
use crate::i18n::Catalog;
use crate::store::Store;
use crate::text::BaseDirection;

pub use view::{ConsoleInputs, ConsoleView, PresenceForm};

/// What the window should do after a console frame.
#[derive(Debug, Clone, PartialEq)]
pub enum ConsoleOutcome {
    /// Stay on the console.
    Stay,
    /// Start a guided session for this person, by this account; the console locks.
    StartGuided(Box<Presence>, String),
    /// Hand the screen back to the kiosk; the console locks.
    ToKiosk,
    /// An editor signed in: open the workspace for this account; the console locks.
    ToEditor(String),
}

/// The console as the window holds it: its state, what is being typed, and the
/// language staff read it in.
#[derive(Debug)]
pub struct ConsoleFront {
    /// The console's state.
    pub console: Console,
    inputs: ConsoleInputs,
    /// The staff member's language (the host language unless set).
    pub locale: String,
    /// The changes shown on the re-consent screen, computed when it opens.
    changes: Option<(ConsentId, Vec<Change>)>,
    /// The page shown (screen and language): each new one gets new widget ids.
    pages: crate::ui::access::Pages<(ConsoleScreen, String)>,
}

impl ConsoleFront {
    /// A console in `locale`.
    pub fn new(store: &Store, locale: &str, lock_minutes: u32, now: Timestamp) -> Self {
        let mut console = Console::new(store, now);
        console.set_lock_after(time::Duration::minutes(i64::from(lock_minutes)));
        Self {
            console,
            inputs: ConsoleInputs::default(),
            locale: locale.to_owned(),
            changes: None,
            pages: crate::ui::access::Pages::default(),
        }
    }

    /// Locks and forgets everything typed and shown.
    pub fn lock(&mut self) {
        self.console.lock();
        self.inputs.wipe();
        self.changes = None;
    }

    /// One frame of the console.
    pub fn frame_ui(
        &mut self,
        ui: &mut egui::Ui,
        store: &mut Store,
        content: &mut Content,
        catalog: &Catalog,
        now: Timestamp,
    ) -> ConsoleOutcome {
        if self.console.tick(now) {
            self.inputs.wipe();
            self.changes = None;
        }
        if *self.console.screen() == ConsoleScreen::Reconsent {
            let opened = self.console.opened().map(|c| c.consent_id.clone());
            if self.changes.as_ref().map(|(id, _)| Some(id)) != Some(opened.as_ref()) {
                // A region chosen for another consent is never carried over.
                self.inputs.reconsent_area = None;
                let services = ConsoleServices {
                    store,
                    content,
                    catalog,
                    now,
                };
                self.changes = self.console.opened().map(|consent| {
                    (
                        consent.consent_id.clone(),
                        crate::console::what_changed(consent, &services),
                    )
                });
            }
        }
        let chain = catalog.chain(&self.locale, &content.deployment.host_locale);
        let base = catalog
            .locale(chain.primary())
            .map_or(BaseDirection::Ltr, |l| {
                BaseDirection::from(l.meta.direction)
            });
        self.pages
            .arrive(&(self.console.screen().clone(), self.locale.clone()));
        let page_ids = self.pages.id_offset();
        let mut intent = None;
        let mut new_locale: Option<String> = None;
        let mut outcome = ConsoleOutcome::Stay;
        {
            let view = ConsoleView {
                catalog,
                content,
                console: &self.console,
                chain,
                base,
                now_ms: (now.unix_timestamp_nanos() / 1_000_000) as i64,
            };
            let layout = egui::Layout::top_down(if view.rtl() {
                egui::Align::Max
            } else {
                egui::Align::Min
            });
            let width = ui.available_width() - ui.spacing().scroll.bar_width - 8.0;
            egui::ScrollArea::vertical()
                .auto_shrink([false, false])
                .scroll_bar_visibility(egui::scroll_area::ScrollBarVisibility::AlwaysVisible)
                .show(ui, |ui| {
                    ui.set_max_width(width);
                    ui.with_layout(layout, |ui| {
                        // Each page's widgets are new accessibility nodes (see `ui::access`).
                        ui.skip_ahead_auto_ids(page_ids);
                        ui.spacing_mut().item_spacing = egui::vec2(10.0, 8.0);
                        view.row(ui, |ui| {
                            if let Some(account) = view.console.account() {
                                let mut args = fluent_bundle::FluentArgs::new();
                                args.set("account", account.account_id.clone());
                                args.set(
                                    "role",
                                    view.t(&format!("console-role-{}", account.role.as_str())),
                                );
                                view.label(ui, &view.t_args("console-signed-in-as", &args));
                                if view.button(ui, "console-sign-out") {
                                    intent = Some(ConsoleIntent::SignOut);
                                }
                            }
                            if view.button(ui, "console-to-kiosk") {
                                outcome = ConsoleOutcome::ToKiosk;
                            }
                        });
                        // Staff choose the console's language before signing in.
                        if view.console.account().is_none() {
                            view.row(ui, |ui| {
                                for tag in &view.content.deployment.locales {
                                    let Some(locale) = view.catalog.locale(tag) else {
                                        continue;
                                    };
                                    if view.choice(
                                        ui,
                                        &locale.meta.native_name,
                                        *tag == self.locale,
                                    ) {
                                        new_locale = Some(tag.clone());
                                    }
                                }
                            });
                        }
                        ui.separator();
                        // In a scope of their own: a notice coming or going must not
                        // move the page's widget ids (see `ui::access`).
                        ui.push_id("notices", |ui| {
                            if let Some(notice) = view.console.notice() {
                                notice_ui(ui, &view, notice);
                            }
                            if let Some(why) = super::backup_problem() {
                                notice_ui(ui, &view, &ConsoleNotice::Failed(why));
                            }
                            if let Some(status) = super::central_sync_status() {
                                central_sync_ui(ui, &view, &status);
                            }
                        });
                        let changes = self.changes.as_ref().map_or(&[][..], |(_, c)| c.as_slice());
                        let inputs = &mut self.inputs;
                        // On a tablet held landscape (or wider), a record opens
                        // beside the list, which stays where it was.
                        let beside = ui.available_width() >= MASTER_DETAIL_WIDTH
                            && matches!(
                                view.console.screen(),
                                ConsoleScreen::Reason(_)
                                    | ConsoleScreen::Record
                                    | ConsoleScreen::Confirmation
                                    | ConsoleScreen::Reconsent
                            );
                        let shown = if beside {
                            master_detail(ui, &view, inputs, changes, now, &mut outcome)
                        } else {
                            screen_ui(ui, &view, inputs, changes, now, &mut outcome)
                        };
                        intent = intent.take().or(shown);
                    });
                });
        }
        if let Some(intent) = intent {
            let signing_out = intent == ConsoleIntent::SignOut;
            let mut services = ConsoleServices {
                store,
                content,
                catalog,
                now,
            };
            self.console.apply(intent, &mut services);
            if signing_out {
                self.inputs.wipe();
            }
            ui.ctx().request_repaint();
        }
        if let Some(tag) = new_locale {
            self.locale = tag;
            ui.ctx().request_repaint();
        }
        if outcome != ConsoleOutcome::Stay {
            self.lock();
        }
        // Once a second while signed in, so the idle lock happens on time.
        if self.console.account().is_some() {
            ui.ctx()
                .request_repaint_after(std::time::Duration::from_secs(1));
        }
        outcome
    }
}

/// The list wide enough to sit beside a record from this width (points) on.
const MASTER_DETAIL_WIDTH: f32 = 1000.0;

/// The list on the reading-start side, the screen of the record beside it,
/// each scrolling on its own.
fn master_detail(
    ui: &mut egui::Ui,
    view: &ConsoleView<'_>,
    inputs: &mut ConsoleInputs,
    changes: &[Change],
    now: Timestamp,
    outcome: &mut ConsoleOutcome,
) -> Option<ConsoleIntent> {
    let height = ui.available_height().max(200.0);
    let gap = 24.0;
    let list_width = ((ui.available_width() - gap) * 0.45).floor();
    let detail_width = ui.available_width() - gap - list_width;
    let column = if view.rtl() {
        egui::Layout::top_down(egui::Align::Max)
    } else {
        egui::Layout::top_down(egui::Align::Min)
    };
    let mut intent = None;
    crate::text::reading_row(ui, view.rtl(), |ui| {
        ui.allocate_ui_with_layout(egui::vec2(list_width, height), column, |ui| {
            egui::ScrollArea::vertical()
                .id_salt("console-list")
                .max_height(height)
                .auto_shrink([false, false])
                .show(ui, |ui| {
                    ui.set_max_width(list_width - ui.spacing().scroll.bar_width - 8.0);
                    ui.push_id("list", |ui| {
                        intent = dashboard::list_ui(ui, view, inputs, true);
                    });
                });
        });
        ui.add_space(gap / 2.0);
        ui.separator();
        ui.add_space(gap / 2.0);
        ui.allocate_ui_with_layout(egui::vec2(detail_width, height), column, |ui| {
            egui::ScrollArea::vertical()
                .id_salt("console-detail")
                .max_height(height)
                .auto_shrink([false, false])
                .show(ui, |ui| {
                    ui.set_max_width(detail_width - ui.spacing().scroll.bar_width - 8.0);
                    ui.push_id("detail", |ui| {
                        let shown = screen_ui(ui, view, inputs, changes, now, outcome);
                        intent = intent.take().or(shown);
                    });
                });
        });
    });
    intent
}

/// The screen the console is on.
fn screen_ui(
    ui: &mut egui::Ui,
    view: &ConsoleView<'_>,
    inputs: &mut ConsoleInputs,
    changes: &[Change],
    now: Timestamp,
    outcome: &mut ConsoleOutcome,
) -> Option<ConsoleIntent> {
    match view.console.screen().clone() {
        ConsoleScreen::Setup => access::setup_ui(ui, view, inputs),
        ConsoleScreen::SignIn => access::sign_in_ui(ui, view, inputs),
        ConsoleScreen::Dashboard => dashboard::dashboard_ui(ui, view, inputs),
        ConsoleScreen::Reason(_) => record::reason_ui(ui, view, inputs),
        ConsoleScreen::Record => record::record_ui(ui, view, inputs, now),
        ConsoleScreen::Confirmation => safeguards::confirmation_ui(ui, view, inputs),
        ConsoleScreen::FindWithoutCode => safeguards::find_ui(ui, view, inputs),
        ConsoleScreen::Reconsent => record::reconsent_ui(ui, view, inputs, changes),
        ConsoleScreen::Suspend => admin::suspend_ui(ui, view, inputs),
        ConsoleScreen::LiftSuspension => admin::lift_ui(ui, view, inputs),
        ConsoleScreen::Export => admin::export_ui(ui, view, inputs),
        ConsoleScreen::Editor => {
            if let Some(account) = view.console.account() {
                *outcome = ConsoleOutcome::ToEditor(account.account_id.clone());
            }
            None
        }
        ConsoleScreen::Guided => match guided::guided_ui(ui, view, inputs) {
            Some(guided::GuidedRequest::Start(presence)) => {
                if let Some(account) = view.console.account() {
                    *outcome = ConsoleOutcome::StartGuided(presence, account.account_id.clone());
                }
                None
            }
            Some(guided::GuidedRequest::Back) => Some(ConsoleIntent::ShowDashboard),
            Some(guided::GuidedRequest::Incomplete(rule)) => {
                Some(ConsoleIntent::GuidedIncomplete(rule))
            }
            None => None,
        },
    }
}

/// When the central database last accepted this kiosk's events (the background
/// sync), and why the last try failed when it did.
fn central_sync_ui(
    ui: &mut egui::Ui,
    view: &ConsoleView<'_>,
    status: &crate::sync::background::SyncStatus,
) {
    let text = match status.last_accepted {
        Some(at) => {
            let (date, time) = view.content.local_time(at);
            let mut args = fluent_bundle::FluentArgs::new();
            args.set("date", view.catalog.date(&view.chain, date).text);
            args.set("time", view.catalog.time_of_day(&view.chain, time).text);
            view.t_args("console-central-sync-last", &args)
        }
        None => view.t("console-central-sync-never"),
    };
    view.text(ui, &text);
    if let Some(why) = &status.problem {
        notice_ui(ui, view, &ConsoleNotice::Failed(why.clone()));
    }
}

fn notice_ui(ui: &mut egui::Ui, view: &ConsoleView<'_>, notice: &ConsoleNotice) {
    let text = match notice {
        ConsoleNotice::Message(id) => view.t(id),
        ConsoleNotice::Locked { seconds } => {
            let mut args = fluent_bundle::FluentArgs::new();
            args.set("seconds", *seconds);
            view.t_args("console-locked", &args)
        }
        ConsoleNotice::Refused(rule) => view.catalog.rule_text(&view.chain, rule),
        ConsoleNotice::Count(id, count) => {
            let mut args = fluent_bundle::FluentArgs::new();
            args.set("count", *count);
            view.t_args(id, &args)
        }
        ConsoleNotice::Exported(path, count) => {
            let mut args = fluent_bundle::FluentArgs::new();
            args.set("count", *count);
            args.set("path", path.display().to_string());
            view.t_args("console-exported", &args)
        }
        ConsoleNotice::Failed(why) => {
            let mut args = fluent_bundle::FluentArgs::new();
            args.set("why", why.clone());
            view.t_args("console-failed", &args)
        }
    };
    egui::Frame::group(ui.style())
        .stroke(egui::Stroke::new(3.0, egui::Color32::from_rgb(160, 90, 0)))
        .show(ui, |ui| {
            ui.set_min_width(ui.available_width());
            view.text(ui, &text);
        });
}
