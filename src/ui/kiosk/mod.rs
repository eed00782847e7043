//! The migrant's kiosk: one file per group of screens, each a function that reads
//! the session through a [`View`] and returns an [`Intent`]; [`KioskApp`] applies it.

mod chrome;
mod plan;
mod reading;
mod receipt;
mod start;
mod steps;
mod view;
mod withdraw;

use eframe::egui;

use crate::audio::{PlayState, Player};
use crate::consent::Clock;
use crate::content::Content;
use crate::editor::Workspace;
use crate::editor::publish::{Reload, reload_if_published};
use crate::i18n::Catalog;
use crate::kiosk::{IdleState, Intent, Notice, Screen, Services, Session};
use crate::store::Store;
use crate::text::BaseDirection;
use crate::ui::console::{ConsoleFront, ConsoleOutcome};
use crate::ui::editor::{EditorFront, EditorOutcome};
use crate::ui::theme::space;

pub use steps::Inputs;
pub use view::{AudioView, Listen, Look, PrintRequest, PrintState, TextSize, View, contrast_ratio};

/// The kiosk application: content, words, the store and one session at a time.
pub struct KioskApp {
    catalog: Catalog,
    content: Content,
    store: Store,
    session: Session,
    look: Look,
    /// The look last given to egui: visuals are only set when it changes.
    applied_look: Option<Look>,
    inputs: Inputs,
    clock: Box<dyn Clock>,
    player: Player,
    /// The messages the last frame drew, with its screen and locale: what
    /// "Read aloud" plays.
    spoken: Option<(Screen, String, Vec<String>)>,
    /// A language on the start screen whose listen button found no recording.
    unrecorded_language: Option<String>,
    /// The counsellor's console, locked whenever the kiosk shows.
    console: ConsoleFront,
    /// Which of the two the window shows.
    front: Front,
    /// Started with `--mode counsellor`: the console is home, the kiosk a guided visit.
    counsellor_mode: bool,
    /// The editor's workspace, while an editor is signed in.
    editor: Option<EditorFront>,
    /// When the kiosk last looked for newly published content.
    last_reload_check: Option<crate::consent::Timestamp>,
    /// Why the last publication could not be taken (the kiosk kept what it had).
    reload_problem: Option<String>,
    /// The version of that publication, not tried again until another one.
    refused_publication: Option<String>,
    /// Printing the receipt on screen: shared with the thread that waits on `lp`.
    print_state: std::sync::Arc<std::sync::Mutex<PrintState>>,
    /// A way out that would erase what the person entered, waiting for "Yes, erase".
    confirm_leave: Option<Intent>,
    /// Which part of a long page is shown, and on which screen.
    part: usize,
    part_of: Option<Screen>,
    /// The page (and part) shown, to tell a new one's first frame (focus, fresh node ids).
    pages: crate::ui::access::Pages<(Screen, usize)>,
}

/// Seconds the start screen's turning words stay in one language.
const START_TURN_SECONDS: i64 = 3;

/// What the window shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Front {
    /// The migrant's kiosk (alone, or in a guided session).
    Kiosk,
    /// The counsellor's console.
    Console,
    /// The content editor's workspace.
    Editor,
}

impl std::fmt::Debug for KioskApp {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("KioskApp")
            .field("screen", self.session.screen())
            .finish_non_exhaustive()
    }
}

impl KioskApp {
    /// A kiosk on the start screen.
    pub fn new(
        catalog: Catalog,
        mut content: Content,
        mut store: Store,
        clock: Box<dyn Clock>,
    ) -> Self {
        let now = clock.now();
        with_sealed_suspensions(&mut store, &mut content, now);
        let player = Player::new(content.deployment.audio_player.clone());
        let console = ConsoleFront::new(
            &store,
            &content.deployment.host_locale,
            content.deployment.console_lock_minutes,
            now,
        );
        Self {
            catalog,
            content,
            store,
            session: Session::new(now),
            look: Look::default(),
            applied_look: None,
            inputs: Inputs::default(),
            clock,
            player,
            spoken: None,
            unrecorded_language: None,
            console,
            front: Front::Kiosk,
            counsellor_mode: false,
            editor: None,
            last_reload_check: None,
            reload_problem: None,
            refused_publication: None,
            print_state: Default::default(),
            confirm_leave: None,
            part: 0,
            part_of: None,
            pages: crate::ui::access::Pages::default(),
        }
    }

    /// Starts on the console's sign-in (`--mode counsellor`); a finished guided
    /// session comes back to it.
    #[must_use]
    pub fn in_counsellor_mode(mut self) -> Self {
        self.counsellor_mode = true;
        self.front = Front::Console;
        self
    }

    /// The language the console is shown in (the host language by default).
    pub fn set_console_locale(&mut self, locale: &str) {
        locale.clone_into(&mut self.console.locale);
    }

    /// What the window shows (for tests).
    pub fn front(&self) -> Front {
        self.front
    }

    /// The console (for tests).
    pub fn console(&self) -> &crate::console::Console {
        &self.console.console
    }

    /// What the window shows' editor workspace, if an editor is signed in (for tests).
    pub fn editor(&self) -> Option<&EditorFront> {
        self.editor.as_ref()
    }

    /// Why the kiosk kept its last good content, if it did.
    pub fn reload_problem(&self) -> Option<&str> {
        self.reload_problem.as_deref()
    }

    /// The content shown (for tests).
    pub fn content(&self) -> &Content {
        &self.content
    }

    /// Between people only (start screen, nothing in progress), and at most every
    /// few seconds: takes newly published content, or keeps the last good one and
    /// says why.
    fn take_published_content(&mut self, now: crate::consent::Timestamp) {
        let idle = *self.session.screen() == Screen::Start && self.session.draft().is_none();
        let due = self
            .last_reload_check
            .is_none_or(|last| now - last >= time::Duration::seconds(5));
        if !idle || !due {
            return;
        }
        self.last_reload_check = Some(now);
        let content_dir = self.content.dir.clone();
        let locales_dir = self.catalog.dir().to_path_buf();
        let refused = self.refused_publication.clone();
        match reload_if_published(
            &content_dir,
            &locales_dir,
            &self.content.version,
            refused.as_deref(),
        ) {
            Reload::Unchanged => {}
            Reload::Loaded(loaded) => {
                let (catalog, mut content) = *loaded;
                with_sealed_suspensions(&mut self.store, &mut content, self.clock.now());
                self.player = Player::new(content.deployment.audio_player.clone());
                self.catalog = catalog;
                self.content = content;
                self.reload_problem = None;
                self.refused_publication = None;
                self.spoken = None;
            }
            Reload::KeptLastGood { version, why } => {
                // Said once per publication: it is not tried again until a new one.
                eprintln!("published content not taken, kept the last good version: {why}");
                self.reload_problem = Some(why);
                self.refused_publication = Some(version);
            }
        }
    }

    fn editor_frame_ui(&mut self, ui: &mut egui::Ui) {
        let now = self.clock.now();
        let Some(editor) = self.editor.as_mut() else {
            self.front = Front::Console;
            return;
        };
        editor.kiosk_problem.clone_from(&self.reload_problem);
        let outcome = editor.frame_ui(ui, &mut self.store, &self.catalog, &self.content, now);
        if outcome == EditorOutcome::SignedOut {
            self.editor = None;
            self.console.lock();
            self.front = Front::Console;
            ui.ctx().request_repaint();
        }
        // Published content is taken here too, so the editor sees it at once.
        self.last_reload_check = None;
        self.take_published_content(now);
    }

    /// One frame of the console, and what it hands back to the kiosk.
    fn console_frame_ui(&mut self, ui: &mut egui::Ui) {
        let now = self.clock.now();
        let outcome =
            self.console
                .frame_ui(ui, &mut self.store, &mut self.content, &self.catalog, now);
        match outcome {
            ConsoleOutcome::Stay => {}
            ConsoleOutcome::ToKiosk => {
                self.session.wipe(now);
                self.forget(ui.ctx());
                self.front = Front::Kiosk;
                ui.ctx().request_repaint();
            }
            ConsoleOutcome::ToEditor(account_id) => {
                match Workspace::open(self.catalog.dir(), &self.content.dir) {
                    Ok(workspace) => {
                        self.editor = Some(EditorFront::new(
                            &account_id,
                            workspace,
                            &self.content.deployment.host_locale,
                            self.content.deployment.console_lock_minutes,
                            now,
                        ));
                        self.front = Front::Editor;
                    }
                    Err(error) => self.reload_problem = Some(error.to_string()),
                }
                ui.ctx().request_repaint();
            }
            ConsoleOutcome::StartGuided(presence, account_id) => {
                self.forget(ui.ctx());
                let mut services = Services {
                    content: &self.content,
                    catalog: &self.catalog,
                    store: &mut self.store,
                    now,
                };
                // Starting only fails without randomness; the console then stays.
                if let Ok(session) = Session::guided(&presence, &account_id, &mut services) {
                    self.session = session;
                    self.front = Front::Kiosk;
                }
                ui.ctx().request_repaint();
            }
        }
    }

    /// Where printing the receipt stands (for tests).
    pub fn print_state(&self) -> PrintState {
        self.print_state
            .lock()
            .map(|s| s.clone())
            .unwrap_or(PrintState::Idle)
    }

    fn set_print_state(&self, state: PrintState) {
        if let Ok(mut shared) = self.print_state.lock() {
            *shared = state;
        }
    }

    /// Makes the receipt's PDF, records its SHA-256 on the consent, and sends it to
    /// the printer in a thread: the screen never waits on the printer.
    fn print_receipt(&mut self, ctx: &egui::Context) {
        use crate::consent::ReceiptKind;
        let (reference, kind, withdrawn_at) = match self.session.screen() {
            Screen::Receipt { reference, .. } => (reference.clone(), ReceiptKind::Consent, None),
            Screen::WithdrawDone { reference, at } => {
                (reference.clone(), ReceiptKind::Withdrawal, Some(*at))
            }
            _ => return,
        };
        let now = self.clock.now();
        let made = match self.store.find_by_reference(&reference) {
            Ok(Some(consent)) => {
                let made = crate::receipt::receipt(
                    &consent,
                    kind,
                    withdrawn_at,
                    &self.content,
                    &self.catalog,
                );
                crate::receipt::render(&made, self.content.deployment.receipt_paper, now)
                    .map_err(|e| e.to_string())
                    .and_then(|pdf| {
                        let sha = crate::receipt::sha256_hex(&pdf);
                        self.store
                            .commit(&consent.receipt_issued(kind, &sha, now))
                            .map(|_| pdf)
                            .map_err(|e| e.to_string())
                    })
            }
            Ok(None) => Err("the consent was not found".to_owned()),
            Err(error) => Err(error.to_string()),
        };
        let pdf = match made {
            Ok(pdf) => pdf,
            Err(why) => {
                eprintln!("receipt not printed: {why}");
                self.set_print_state(PrintState::Failed(why));
                return;
            }
        };
        self.set_print_state(PrintState::Printing);
        let printer = self.content.deployment.printer.clone();
        let shared = std::sync::Arc::clone(&self.print_state);
        let ctx = ctx.clone();
        let started = std::thread::Builder::new()
            .name("print".into())
            .spawn(move || {
                let result = crate::receipt::print(
                    &pdf,
                    printer.as_deref(),
                    "receipt",
                    std::time::Duration::from_secs(30),
                );
                if let Ok(mut state) = shared.lock() {
                    // A wipe in the meantime (the person left) wins over the result.
                    if *state == PrintState::Printing {
                        *state = match result {
                            Ok(_) => PrintState::Printed,
                            Err(error) => PrintState::Failed(error.to_string()),
                        };
                    }
                }
                ctx.request_repaint();
            });
        if let Err(error) = started {
            self.set_print_state(PrintState::Failed(error.to_string()));
        }
    }

    /// What read-aloud is doing (for tests).
    pub fn audio_state(&self) -> PlayState {
        self.player.state()
    }

    /// The recordings of every message the current screen showed, in order, or
    /// `None` when one is missing in the person's language.
    fn screen_recordings(&self, locale: &str) -> Option<Vec<std::path::PathBuf>> {
        let (screen, spoken_in, ids) = self.spoken.as_ref()?;
        if screen != self.session.screen() || spoken_in != locale || ids.is_empty() {
            return None;
        }
        ids.iter()
            .map(|id| self.content.recording(locale, id))
            .collect()
    }

    fn listen(&mut self, request: Listen, locale: &str) {
        match request {
            Listen::Stop => self.player.stop(),
            Listen::Screen => {
                if let Some(files) = self.screen_recordings(locale) {
                    self.player.play(files);
                }
            }
            Listen::Language(tag) => match self.content.recording(&tag, "language-choose") {
                Some(file) => {
                    self.unrecorded_language = None;
                    self.player.play(vec![file]);
                }
                None => self.unrecorded_language = Some(tag),
            },
        }
    }

    /// The session (for tests).
    pub fn session(&self) -> &Session {
        &self.session
    }

    /// The store (for tests).
    pub fn store(&self) -> &Store {
        &self.store
    }

    /// Forgets what the person typed or drew, here and in egui's own memory
    /// (a text field keeps its undo history there).
    fn forget(&mut self, ctx: &egui::Context) {
        self.inputs.wipe();
        self.set_print_state(PrintState::Idle);
        self.player.stop();
        self.spoken = None;
        self.unrecorded_language = None;
        self.confirm_leave = None;
        self.pages.forget();
        ctx.memory_mut(|memory| memory.data.clear());
    }

    /// Draws one frame into `ui` (the window's central panel) and applies what the person did.
    pub fn frame_ui(&mut self, ui: &mut egui::Ui) {
        // A guided visit that ended (receipt left, or wiped) goes back to the console.
        if self.counsellor_mode
            && self.front == Front::Kiosk
            && *self.session.screen() == Screen::Start
        {
            self.front = Front::Console;
        }
        if self.front != Front::Kiosk && self.applied_look != Some(Look::default()) {
            view::apply_look(ui.ctx(), Look::default());
            self.applied_look = Some(Look::default());
        }
        if self.front == Front::Console {
            self.console_frame_ui(ui);
            return;
        }
        if self.front == Front::Editor {
            self.editor_frame_ui(ui);
            return;
        }
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
            view::apply_look(ui.ctx(), self.look);
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
        let audio = AudioView {
            offered: self.content.deployment.audio_offered,
            state: self.player.state(),
            screen_recorded: self.screen_recordings(&locale).is_some(),
            unrecorded_language: self.unrecorded_language.clone(),
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
        let bar_frame = |fill| {
            egui::Frame::new()
                .fill(fill)
                .inner_margin(egui::Margin::symmetric(space::L as i8, space::M as i8))
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
                egui::ScrollArea::vertical()
                    .auto_shrink([false, false])
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
        let listen = view.listen.take();
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

impl eframe::App for KioskApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        egui::CentralPanel::default().show(ui, |ui| self.frame_ui(ui));
    }
}

/// The kiosk screen that shows editor page `page_id` (see `editor::EditorPage`),
/// drawn in `tag` with `look`, for the editor's live preview. Touches do nothing.
pub fn preview_ui(
    ui: &mut egui::Ui,
    catalog: &Catalog,
    content: &Content,
    tag: &str,
    page_id: &str,
    look: Look,
) {
    let (kind, rest) = page_id.split_once('/').unwrap_or((page_id, ""));
    let question_index = |id: &str| content.questions.iter().position(|q| q.id == id);
    let screen = match kind {
        "overview" => Screen::Overview,
        "option" => crate::consent::LegalOption::ALL
            .into_iter()
            .find(|o| o.key() == rest)
            .map_or(Screen::Overview, Screen::Option),
        "country" => Screen::Country(rest.to_owned()),
        "items" => Screen::Item(0),
        "question" => Screen::Check {
            question: question_index(rest).unwrap_or(0),
            explaining: false,
        },
        // A page that explains a question again is seen on that question's screen.
        "page" => content
            .questions
            .iter()
            .position(|q| q.explains == rest)
            .map_or(Screen::Welcome, |question| Screen::Check {
                question,
                explaining: true,
            }),
        _ => Screen::Welcome,
    };
    let chain = catalog.chain(tag, &content.deployment.host_locale);
    let base = catalog
        .locale(chain.primary())
        .map_or(BaseDirection::Ltr, |l| {
            BaseDirection::from(l.meta.direction)
        });
    let session = Session::preview(screen, chain.clone(), content);
    let view = View {
        catalog,
        content,
        session: &session,
        chain,
        base,
        look,
        audio: AudioView::default(),
        spoken: Default::default(),
        listen: Default::default(),
        open_console: Default::default(),
        print: PrintState::Idle,
        print_request: Default::default(),
        touch: crate::ui::theme::Touch::default(),
        script_factor: catalog
            .locale(tag)
            .map_or(1.0, |l| crate::ui::theme::script_factor(&l.meta.script)),
        part: 0,
        rotation: 0,
        title: Default::default(),
    };
    let layout = egui::Layout::top_down(if view.rtl() {
        egui::Align::Max
    } else {
        egui::Align::Min
    });
    egui::Frame::new()
        .fill(look.background())
        .inner_margin(12.0)
        .show(ui, |ui| {
            ui.visuals_mut().override_text_color = Some(look.text_color());
            ui.with_layout(layout, |ui| {
                ui.spacing_mut().item_spacing = egui::vec2(12.0, 10.0);
                let mut inputs = Inputs::default();
                let _ = screen_ui(ui, &view, &mut inputs);
            });
        });
}

/// Pending consents to a destination the content suspends move to review, then
/// the console's sealed suspensions go on top of freshly loaded content. A store
/// that cannot be read or written here is said on standard error (for staff);
/// the content's own suspensions still hold.
fn with_sealed_suspensions(
    store: &mut Store,
    content: &mut Content,
    now: crate::consent::Timestamp,
) {
    if let Err(error) = crate::console::review_for_content_suspensions(store, content, now) {
        eprintln!(
            "STAFF: consents to a suspended destination could not be moved to review: {error}"
        );
    }
    if let Err(error) = crate::console::apply_sealed_suspensions(store, content) {
        eprintln!("STAFF: the console's suspensions could not be read: {error}");
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
