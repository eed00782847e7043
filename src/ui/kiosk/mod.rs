//! The migrant's kiosk: one file per group of screens, each a function that reads
//! the session through a [`View`] and returns an [`Intent`]; the window's shell
//! ([`KioskApp`], in `ui::app`) holds the session, and `kiosk_frame_ui` here lays
//! out the bars and the reading column and applies what the person did.

mod chrome;
mod plan;
mod preview;
mod reading;
mod receipt;
mod start;
mod steps;
mod view;
mod withdraw;

use eframe::egui;

use crate::audio::PlayState;
use crate::kiosk::{IdleState, Intent, Notice, Screen, Services};
use crate::text::BaseDirection;
use crate::ui::theme::space;

pub use crate::ui::app::{Front, KioskApp};
pub use preview::preview_ui;
pub use steps::Inputs;
pub use view::{
    AudioView, Listen, Look, PrintRequest, PrintState, TextSize, View, apply_look, contrast_ratio,
};

/// Screens less tall than this (points) get compact bars.
const COMPACT_BELOW: f32 = 1200.0;

/// Seconds the start screen's turning words stay in one language.
const START_TURN_SECONDS: i64 = 3;

impl KioskApp {
    /// One frame of the kiosk: the bars, the reading column, the prompts over
    /// them; applies what the person did.
    pub(crate) fn kiosk_frame_ui(&mut self, ui: &mut egui::Ui) {
        let now = self.clock.now();
        self.take_published_content(now);
        let idle = {
            let services = Services {
                content: &self.content,
                catalog: &self.catalog,
                store: &mut self.store,
                now,
            };
            self.session.tick(&services)
        };
        if idle == IdleState::Wiped {
            self.forget(ui.ctx());
            self.look = Look::default();
        }
        if self.applied_look != Some(self.look) {
            apply_look(ui.ctx(), self.look, true);
            self.applied_look = Some(self.look);
        }

        let chain = self.session.chain().cloned().unwrap_or_else(|| {
            let host = &self.content.deployment.host_locale;
            self.catalog.chain(host, host)
        });
        let base = self
            .catalog
            .locale(chain.primary())
            .map_or(BaseDirection::Ltr, |l| {
                BaseDirection::from(l.meta.direction)
            });
        let locale = chain.primary().to_owned();
        let (reading, announcing) = self.now_reading(&chain);
        let reading_moved = reading.is_some() && reading != self.last_marked;
        self.last_marked.clone_from(&reading);
        self.last_announced.clone_from(&announcing);
        let audio = AudioView {
            offered: self.content.deployment.audio_offered,
            state: self.player.state(),
            screen_recorded: self.screen_recordings(&locale).is_some(),
            unrecorded_language: self.unrecorded_language.clone(),
            reading,
            reading_moved,
            announcing,
            slow: self.speed == crate::audio::Speed::Slow,
        };
        let script = self
            .catalog
            .locale(chain.primary())
            .map(|l| l.meta.script.clone())
            .unwrap_or_default();
        let touch = crate::ui::theme::Touch::for_screen(
            ui.ctx().content_rect().size(),
            ui.ctx().pixels_per_point(),
            self.content
                .deployment
                .screen_diagonal_tenths
                .map(|tenths| tenths as f32 / 10.0),
        );
        // A new screen starts at its first part.
        if self.part_of.as_ref() != Some(self.session.screen()) {
            self.part_of = Some(self.session.screen().clone());
            self.part = 0;
        }
        let view = View {
            catalog: &self.catalog,
            content: &self.content,
            session: &self.session,
            chain,
            base,
            look: self.look,
            audio,
            spoken: Default::default(),
            listen: Default::default(),
            open_console: Default::default(),
            print: self.print_state(),
            print_request: Default::default(),
            touch,
            script_factor: crate::ui::theme::script_factor(&script),
            part: self.part,
            rotation: usize::try_from(now.unix_timestamp() / START_TURN_SECONDS).unwrap_or(0),
            compact: ui.ctx().content_rect().height() < COMPACT_BELOW,
            title: Default::default(),
        };
        // A new part of a long page is a new page too: its heading takes focus.
        let arrived = self
            .pages
            .arrive(&(self.session.screen().clone(), self.part));
        let page_ids = self.pages.id_offset();
        let mut intent = None;
        let mut action = None;
        let mut new_look = None;
        let palette = view.palette();
        let screen = self.session.screen().clone();
        // Screens that end a visit have nothing to go back to. From "counsellor"
        // and "pressured" a person may go back and carry on (the pressure flag then
        // stays on what they sign).
        let navigation = !matches!(
            screen,
            Screen::Start | Screen::Receipt { .. } | Screen::WithdrawDone { .. } | Screen::MoreTime
        );
        let primary = plan::primary(&view, &self.inputs);
        let bar_margin = if view.compact { space::S } else { space::M };
        let bar_frame = |fill| {
            egui::Frame::new()
                .fill(fill)
                .inner_margin(egui::Margin::symmetric(space::L as i8, bar_margin as i8))
        };
        // The top bar stays in place while the page scrolls under it.
        egui::Panel::top("kiosk-top")
            .frame(bar_frame(palette.surface))
            .show_separator_line(false)
            .show(ui, |ui| {
                // Each page's widgets, the bars' too, are new accessibility nodes
                // (see `ui::access`).
                ui.skip_ahead_auto_ids(page_ids);
                column(ui, view.rtl(), |ui| {
                    let (look, nav) = chrome::top_bar_ui(ui, &view, navigation);
                    new_look = look;
                    action = nav;
                    chrome::step_bar_ui(ui, &view);
                    if screen != Screen::Start {
                        chrome::listen_ui(ui, &view);
                    }
                });
            });
        // The safe exits in their own footer, apart from the way on.
        if screen.is_consent_step() {
            egui::Panel::bottom("kiosk-exits")
                .frame(bar_frame(palette.surface))
                .show_separator_line(false)
                .show(ui, |ui| {
                    ui.skip_ahead_auto_ids(page_ids);
                    // Wider than the reading column: on a landscape screen the four
                    // ways out fit in one row and leave the page more room.
                    column_of(ui, view.rtl(), crate::ui::theme::FOOTER_WIDTH, |ui| {
                        if let Some(exit) = chrome::safe_exits_ui(ui, &view) {
                            action = Some(plan::Action::Session(exit));
                        }
                    });
                });
        }
        if let Some(primary) = &primary {
            egui::Panel::bottom("kiosk-primary")
                .frame(bar_frame(palette.background))
                .show_separator_line(false)
                .show(ui, |ui| {
                    ui.skip_ahead_auto_ids(page_ids);
                    column(ui, view.rtl(), |ui| {
                        if let Some(pressed) = chrome::primary_ui(ui, &view, primary) {
                            action = Some(pressed);
                        }
                    });
                });
        }
        // Read-aloud plays the page, not the bars' own buttons.
        view.spoken.borrow_mut().clear();
        // Set after the bars, whose own text must not take the page's focus.
        view.title
            .set(crate::ui::access::Title::Wanted { focus: arrived });
        egui::CentralPanel::default()
            .frame(egui::Frame::new().fill(palette.background))
            .show(ui, |ui| {
                let mut page = egui::ScrollArea::vertical();
                // A new page (or part) starts at its top, wherever the last one
                // was scrolled to.
                if arrived {
                    page = page.vertical_scroll_offset(0.0);
                }
                page.auto_shrink([false, false])
                    // A touch screen has no hover: the bar shows there is more below.
                    .scroll_bar_visibility(egui::scroll_area::ScrollBarVisibility::AlwaysVisible)
                    .show(ui, |ui| {
                        ui.skip_ahead_auto_ids(page_ids);
                        ui.add_space(space::L);
                        column(ui, view.rtl(), |ui| {
                            // A notice on a fresh start screen leads; anywhere else it
                            // comes after the page, so nothing above it moves under a finger.
                            let on_start = screen == Screen::Start;
                            // Notices in scopes of their own: one coming or going must
                            // not move the page's widget ids (see `ui::access`).
                            ui.push_id("notice-first", |ui| {
                                if let Some(notice) = self.session.notice().filter(|_| on_start) {
                                    notice_ui(ui, &view, notice);
                                }
                            });
                            intent = screen_ui(ui, &view, &mut self.inputs);
                            ui.push_id("notice-after", |ui| {
                                if let Some(notice) = self.session.notice().filter(|_| !on_start) {
                                    notice_ui(ui, &view, notice);
                                }
                            });
                            if self.session.guided_by().is_some() {
                                chrome::host_alongside_ui(ui, &view);
                            }
                        });
                        ui.add_space(space::XL);
                    });
            });
        match action {
            Some(plan::Action::Session(wanted)) => intent = Some(wanted),
            Some(plan::Action::NextPart) => {
                self.part += 1;
                intent = intent.or(Some(Intent::StillHere));
            }
            Some(plan::Action::PreviousPart) => {
                self.part = self.part.saturating_sub(1);
                intent = intent.or(Some(Intent::StillHere));
            }
            Some(plan::Action::Print) => view.print_request.set(Some(PrintRequest::Print)),
            None => {}
        }
        let drawn = (
            self.session.screen().clone(),
            locale.clone(),
            view.spoken.take(),
        );
        let mut listen = view.listen.take();
        // The first touch of the start screen (after a wipe) says "Choose your
        // language" in each offered language, for people who do not read.
        if listen.is_none()
            && screen == Screen::Start
            && !self.languages_announced
            && self.content.deployment.audio_offered
            && self.content.deployment.announce_languages
            && ui.ctx().input(|i| i.pointer.any_pressed())
        {
            listen = Some(Listen::Languages);
        }
        let print_request = view.print_request.take();
        if view.open_console.get() {
            // The console opens on its sign-in: nothing of it without a login.
            self.session.wipe(now);
            self.forget(ui.ctx());
            self.front = Front::Console;
            ui.ctx().request_repaint();
            return;
        }
        if let IdleState::Warning { seconds_left } = idle
            && chrome::idle_prompt_ui(ui.ctx(), &view, seconds_left)
        {
            intent = Some(Intent::StillHere);
        }
        // One touch never erases what was entered: the way out asks once.
        let mut confirmed = false;
        if self.confirm_leave.is_some() {
            match chrome::leave_prompt_ui(ui.ctx(), &view) {
                Some(true) => {
                    intent = self.confirm_leave.take();
                    confirmed = true;
                }
                Some(false) => {
                    self.confirm_leave = None;
                    intent = Some(Intent::StillHere);
                }
                None => {}
            }
        }
        // "Entered" means a choice made towards signing: an option chosen, an item
        // answered or a signature begun (reading alone leaves nothing to lose).
        let entered = self.session.draft().is_some_and(|draft| {
            draft.option.is_some()
                || draft.items.iter().any(|item| item.answer.is_some())
                || !draft.signatures.is_empty()
        }) || !self.inputs.strokes.is_empty();
        if !confirmed
            && entered
            && let Some(wanted) = intent.take_if(|wanted| {
                matches!(wanted, Intent::Home | Intent::DoNotDecide | Intent::Decline)
            })
        {
            self.confirm_leave = Some(wanted);
            intent = Some(Intent::StillHere);
        }
        if let Some(look) = new_look {
            self.look = look;
        }
        self.spoken = Some(drawn);
        match print_request {
            Some(PrintRequest::Print) => self.print_receipt(ui.ctx()),
            Some(PrintRequest::ShowCode) => self.set_print_state(PrintState::Idle),
            None => {}
        }
        if self.print_state() == PrintState::Printing {
            ui.ctx()
                .request_repaint_after(std::time::Duration::from_millis(250));
        }
        if let Some(request) = listen {
            self.listen(request, &locale);
            ui.ctx().request_repaint();
        }
        // The mark follows the voice from one message to the next.
        if self.player.state() == crate::audio::PlayState::Playing {
            ui.ctx()
                .request_repaint_after(std::time::Duration::from_millis(100));
        }
        if ui
            .ctx()
            .input(|i| !i.events.is_empty() || i.pointer.any_down())
        {
            intent = intent.or(Some(Intent::StillHere));
        }
        if let Some(intent) = intent {
            let leaving = matches!(
                intent,
                Intent::Home | Intent::DoNotDecide | Intent::Decline | Intent::NeedMoreTime
            );
            let mut services = Services {
                content: &self.content,
                catalog: &self.catalog,
                store: &mut self.store,
                now,
            };
            let before = self.session.screen().clone();
            self.session.apply(intent, &mut services);
            if *self.session.screen() != before {
                // A new page: the old one's sound and notes end with it.
                self.player.stop();
                self.unrecorded_language = None;
            }
            // Arriving at a receipt: what was typed or drawn is no longer needed.
            let arrived_at_receipt = *self.session.screen() != before
                && matches!(
                    self.session.screen(),
                    Screen::Receipt { .. } | Screen::WithdrawDone { .. }
                );
            if leaving || arrived_at_receipt {
                self.forget(ui.ctx());
            }
            ui.ctx().request_repaint();
        }
        // Reactive: no repaint while nobody touches the screen, except once a second
        // while a session is open, so the idle warning and wipe happen on time.
        if *self.session.screen() != Screen::Start
            || self.session.draft().is_some()
            || self.player.state() == PlayState::Playing
        {
            ui.ctx()
                .request_repaint_after(std::time::Duration::from_secs(1));
        } else {
            // The start screen's words turn to the next language.
            ui.ctx()
                .request_repaint_after(std::time::Duration::from_secs(START_TURN_SECONDS as u64));
        }
    }
}

/// The reading column: centred, never wider than [`crate::ui::theme::READING_WIDTH`],
/// its contents aligned to the reading start (the right in RTL languages).
fn column<R>(ui: &mut egui::Ui, rtl: bool, add_contents: impl FnOnce(&mut egui::Ui) -> R) -> R {
    column_of(ui, rtl, crate::ui::theme::READING_WIDTH, add_contents)
}

/// A centred column at most `max_width` wide.
fn column_of<R>(
    ui: &mut egui::Ui,
    rtl: bool,
    max_width: f32,
    add_contents: impl FnOnce(&mut egui::Ui) -> R,
) -> R {
    let available = ui.available_width();
    let width = available.min(max_width);
    let margin = ((available - width) / 2.0).max(0.0);
    let layout = egui::Layout::top_down(if rtl {
        egui::Align::Max
    } else {
        egui::Align::Min
    });
    ui.horizontal(|ui| {
        ui.add_space(margin);
        ui.allocate_ui_with_layout(egui::vec2(width, 0.0), layout, |ui| {
            ui.set_width(width);
            ui.spacing_mut().item_spacing = egui::vec2(space::M, space::S);
            add_contents(ui)
        })
        .inner
    })
    .inner
}

fn notice_ui(ui: &mut egui::Ui, view: &View<'_>, notice: &Notice) {
    let text = match notice {
        Notice::Message(id) => view.t(id),
        Notice::CodeLength { expected, found } => {
            let mut args = fluent_bundle::FluentArgs::new();
            args.set("expected", *expected);
            args.set("found", *found);
            view.t_args("withdraw-code-length", &args)
        }
        // The reason is for staff and logs; the person learns that nothing was lost.
        Notice::NotSaved(_) => view.t("not-saved"),
        // A rule with no words for the person (one a kiosk visit cannot normally
        // reach) is said plainly, never as the developer's sentence.
        Notice::Refused(rule) => {
            let id = format!("rule-{}", rule.code());
            let said = view.catalog.text(&view.chain, &id, None);
            if said.missing {
                view.t("rule-generic")
            } else {
                view.said(&id);
                said.text
            }
        }
    };
    egui::Frame::group(ui.style())
        .stroke(egui::Stroke::new(3.0, view.look.warning_color()))
        .show(ui, |ui| {
            ui.set_min_width(ui.available_width());
            view.text(ui, &text);
        });
}

fn screen_ui(ui: &mut egui::Ui, view: &View<'_>, inputs: &mut Inputs) -> Option<Intent> {
    match view.session.screen().clone() {
        Screen::Start => start::start_ui(ui, view, view.catalog),
        Screen::Welcome => reading::welcome_ui(ui, view),
        Screen::Age => reading::age_ui(ui, view),
        Screen::MinorInfo => reading::minor_ui(ui, view),
        Screen::Overview => reading::overview_ui(ui, view),
        Screen::Option(option) => reading::option_ui(ui, view, option),
        Screen::Countries => reading::countries_ui(ui, view),
        Screen::Country(code) => reading::country_ui(ui, view, &code),
        Screen::Region(code) => reading::region_ui(ui, view, &code),
        Screen::Page(id) => reading::page_ui(ui, view, &id),
        Screen::Item(index) => steps::item_ui(ui, view, index),
        Screen::Check {
            question,
            explaining,
        } => steps::check_ui(ui, view, question, explaining),
        Screen::Review => steps::review_ui(ui, view),
        Screen::Sign => steps::sign_ui(ui, view, inputs),
        Screen::Receipt {
            reference,
            cooling_off_until,
        } => receipt::receipt_ui(ui, view, &reference, cooling_off_until),
        Screen::MoreTime => reading::message_ui(ui, view, "more-time-noted"),
        Screen::Counsellor => reading::message_ui(ui, view, "counsellor-ask"),
        Screen::Pressured => reading::message_ui(ui, view, "pressured-noted"),
        Screen::WithdrawCode => withdraw::code_ui(ui, view, inputs),
        Screen::WithdrawConfirm {
            reference,
            destination,
            signed_at,
            ..
        } => withdraw::confirm_ui(ui, view, &reference, destination.as_deref(), signed_at),
        Screen::WithdrawDone { reference, .. } => receipt::withdrawn_ui(ui, view, &reference),
    }
}
