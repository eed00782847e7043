//! The window's shell: the kiosk, the console and the editor as three fronts of
//! one window, the content they share (and its reload once published), the
//! store, printing and read-aloud. Each front draws its own frames: the kiosk in
//! `ui::kiosk`, the console in `ui::console`, the editor in `ui::editor`.

use eframe::egui;

use crate::audio::{PlayState, Player};
use crate::consent::Clock;
use crate::content::Content;
use crate::editor::Workspace;
use crate::editor::publish::{Reload, reload_if_published};
use crate::i18n::Catalog;
use crate::kiosk::{Intent, Screen, Services, Session};
use crate::store::Store;
use crate::ui::console::{ConsoleFront, ConsoleOutcome};
use crate::ui::editor::{EditorFront, EditorOutcome};
use crate::ui::kiosk::{Inputs, Listen, Look, PrintState};

/// The kiosk application: content, words, the store and one session at a time.
pub struct KioskApp {
    pub(crate) catalog: Catalog,
    pub(crate) content: Content,
    pub(crate) store: Store,
    pub(crate) session: Session,
    pub(crate) look: Look,
    /// The look last given to egui: visuals are only set when it changes.
    pub(crate) applied_look: Option<Look>,
    pub(crate) inputs: Inputs,
    pub(crate) clock: Box<dyn Clock>,
    pub(crate) player: Player,
    /// The messages the last frame drew, with its screen and locale: what
    /// "Read aloud" plays.
    pub(crate) spoken: Option<(Screen, String, Vec<String>)>,
    /// A language on the start screen whose listen button found no recording.
    pub(crate) unrecorded_language: Option<String>,
    /// What the player was last asked to read, to mark it on screen as it plays.
    pub(crate) reading: Option<Reading>,
    /// The words marked in the last frame (the page scrolls to new ones once),
    /// and the language ringed on the start screen.
    pub(crate) last_marked: Option<String>,
    pub(crate) last_announced: Option<String>,
    /// Slower read-aloud, for this visit.
    pub(crate) speed: crate::audio::Speed,
    /// Whether "Choose your language" was said in every language since the
    /// start screen was last touched after a wipe.
    pub(crate) languages_announced: bool,
    /// The counsellor's console, locked whenever the kiosk shows.
    pub(crate) console: ConsoleFront,
    /// Which of the two the window shows.
    pub(crate) front: Front,
    /// Started with `--mode counsellor`: the console is home, the kiosk a guided visit.
    pub(crate) counsellor_mode: bool,
    /// The editor's workspace, while an editor is signed in.
    pub(crate) editor: Option<EditorFront>,
    /// When the kiosk last looked for newly published content.
    pub(crate) last_reload_check: Option<crate::consent::Timestamp>,
    /// Why the last publication could not be taken (the kiosk kept what it had).
    pub(crate) reload_problem: Option<String>,
    /// The version of that publication, not tried again until another one.
    pub(crate) refused_publication: Option<String>,
    /// Printing the receipt on screen: shared with the thread that waits on `lp`.
    pub(crate) print_state: std::sync::Arc<std::sync::Mutex<PrintState>>,
    /// A way out that would erase what the person entered, waiting for "Yes, erase".
    pub(crate) confirm_leave: Option<Intent>,
    /// Which part of a long page is shown, and on which screen.
    pub(crate) part: usize,
    pub(crate) part_of: Option<Screen>,
    /// The page (and part) shown, to tell a new one's first frame (focus, fresh node ids).
    pub(crate) pages: crate::ui::access::Pages<(Screen, usize)>,
    /// `--measure-startup`: screen changes to time in the real window.
    pub(crate) measure: Option<crate::ui::measure::ScreenChanges>,
    /// `--pseudo-locales`: offered again with every reload of published content.
    pub(crate) pseudo_forced: bool,
}

/// A list handed to the player, with what each file says.
#[derive(Debug, Clone)]
pub(crate) struct Reading {
    /// Message IDs of a page (`languages` false) or language tags whose
    /// "Choose your language" is said (start screen), one per file.
    pub(crate) names: Vec<String>,
    pub(crate) languages: bool,
    pub(crate) files: Vec<std::path::PathBuf>,
}

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
        mut catalog: Catalog,
        mut content: Content,
        mut store: Store,
        clock: Box<dyn Clock>,
    ) -> Self {
        // Only fails when English cannot be read again for the pseudo-locales;
        // the kiosk then runs without them.
        if let Err(error) = crate::content::fit_words(&mut catalog, &mut content, false) {
            eprintln!("pseudo-locales not offered: {error}");
        }
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
            reading: None,
            last_marked: None,
            last_announced: None,
            speed: crate::audio::Speed::Normal,
            languages_announced: false,
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
            measure: None,
            pseudo_forced: false,
        }
    }

    /// Offers the pseudo-locales whatever the deployment says (`--pseudo-locales`),
    /// now and after every reload of published content.
    #[must_use]
    pub fn with_pseudo_locales(mut self, forced: bool) -> Self {
        self.pseudo_forced = forced;
        if forced
            && let Err(error) =
                crate::content::fit_words(&mut self.catalog, &mut self.content, true)
        {
            eprintln!("pseudo-locales not offered: {error}");
        }
        self
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

    /// The words shown (for tests).
    pub fn catalog(&self) -> &Catalog {
        &self.catalog
    }

    /// Between people only (start screen, nothing in progress), and at most every
    /// few seconds: takes newly published content, or keeps the last good one and
    /// says why.
    pub(crate) fn take_published_content(&mut self, now: crate::consent::Timestamp) {
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
                let (mut catalog, mut content) = *loaded;
                if let Err(error) =
                    crate::content::fit_words(&mut catalog, &mut content, self.pseudo_forced)
                {
                    eprintln!("pseudo-locales not offered after the reload: {error}");
                }
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
                        // What each account last saw is kept beside the store, in the data folder.
                        let seen = self.store.paths().dir.join(crate::editor::seen::FILE);
                        self.editor = Some(
                            EditorFront::new(
                                &account_id,
                                workspace,
                                &self.content.deployment.host_locale,
                                self.content.deployment.console_lock_minutes,
                                now,
                            )
                            .remembering_in(&seen),
                        );
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

    pub(crate) fn set_print_state(&self, state: PrintState) {
        if let Ok(mut shared) = self.print_state.lock() {
            *shared = state;
        }
    }

    /// Makes the receipt's PDF, records its SHA-256 on the consent, and sends it to
    /// the printer in a thread: the screen never waits on the printer.
    pub(crate) fn print_receipt(&mut self, ctx: &egui::Context) {
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

    /// The recordings of every message the current screen showed, in order (each
    /// once), or `None` when one is missing in the person's language.
    pub(crate) fn screen_recordings(&self, locale: &str) -> Option<Reading> {
        let (screen, spoken_in, ids) = self.spoken.as_ref()?;
        if screen != self.session.screen() || spoken_in != locale || ids.is_empty() {
            return None;
        }
        let mut names: Vec<String> = Vec::new();
        for id in ids {
            if !names.contains(id) {
                names.push(id.clone());
            }
        }
        let files = names
            .iter()
            .map(|id| self.content.playable_recording(locale, id))
            .collect::<Option<Vec<_>>>()?;
        Some(Reading {
            names,
            languages: false,
            files,
        })
    }

    /// "Choose your language" in every offered language that has it recorded, in
    /// the order of the start screen's tiles.
    fn language_recordings(&self) -> Reading {
        let (names, files) = self
            .content
            .deployment
            .locales
            .iter()
            .filter(|tag| self.catalog.locale(tag).is_some())
            .filter_map(|tag| {
                let file = self.content.playable_recording(tag, "language-choose")?;
                Some((tag.clone(), file))
            })
            .unzip();
        Reading {
            names,
            languages: true,
            files,
        }
    }

    fn read(&mut self, reading: Reading, from: usize) {
        self.player
            .play_from(reading.files.clone(), from, self.speed);
        self.reading = Some(reading);
    }

    /// What is being said now: the page's words in the person's language, or the
    /// language whose "Choose your language" is playing.
    pub(crate) fn now_reading(
        &self,
        chain: &crate::i18n::LocaleChain,
    ) -> (Option<String>, Option<String>) {
        let (Some(reading), Some(index)) = (&self.reading, self.player.playing_index()) else {
            return (None, None);
        };
        let Some(name) = reading.names.get(index) else {
            return (None, None);
        };
        if reading.languages {
            (None, Some(name.clone()))
        } else {
            (Some(self.catalog.text(chain, name, None).text), None)
        }
    }

    pub(crate) fn listen(&mut self, request: Listen, locale: &str) {
        match request {
            Listen::Stop => {
                self.player.stop();
                self.reading = None;
            }
            Listen::Screen => {
                if let Some(reading) = self.screen_recordings(locale) {
                    self.read(reading, 0);
                }
            }
            Listen::Language(tag) => match self.content.playable_recording(&tag, "language-choose")
            {
                Some(file) => {
                    self.unrecorded_language = None;
                    self.read(
                        Reading {
                            names: vec![tag],
                            languages: true,
                            files: vec![file],
                        },
                        0,
                    );
                }
                None => self.unrecorded_language = Some(tag),
            },
            Listen::Languages => {
                self.languages_announced = true;
                let reading = self.language_recordings();
                if !reading.files.is_empty() {
                    self.read(reading, 0);
                }
            }
            Listen::Slow(slow) => {
                self.speed = if slow {
                    crate::audio::Speed::Slow
                } else {
                    crate::audio::Speed::Normal
                };
                // What is playing goes on from the same message at the new speed.
                if let (Some(index), Some(reading)) =
                    (self.player.playing_index(), self.reading.clone())
                {
                    self.read(reading, index);
                }
            }
        }
    }

    /// What read-aloud marks now (for tests): the words of the paragraph being
    /// read, or the language whose "Choose your language" is being said.
    pub fn marked(&self) -> (Option<String>, Option<String>) {
        (self.last_marked.clone(), self.last_announced.clone())
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
    pub(crate) fn forget(&mut self, ctx: &egui::Context) {
        self.inputs.wipe();
        self.set_print_state(PrintState::Idle);
        self.player.stop();
        self.spoken = None;
        self.unrecorded_language = None;
        self.reading = None;
        self.last_marked = None;
        self.last_announced = None;
        self.speed = crate::audio::Speed::Normal;
        self.languages_announced = false;
        self.confirm_leave = None;
        self.pages.forget();
        ctx.memory_mut(|memory| memory.data.clear());
    }

    /// Draws one frame into `ui` (the window's central panel): the kiosk, the
    /// console or the editor, and applies what was done.
    pub fn frame_ui(&mut self, ui: &mut egui::Ui) {
        // A guided visit that ended (receipt left, or wiped) goes back to the console.
        if self.counsellor_mode
            && self.front == Front::Kiosk
            && *self.session.screen() == Screen::Start
        {
            self.front = Front::Console;
        }
        if self.front != Front::Kiosk && self.applied_look != Some(Look::default()) {
            crate::ui::kiosk::apply_look(ui.ctx(), Look::default(), false);
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
        self.kiosk_frame_ui(ui);
    }
}

impl eframe::App for KioskApp {
    fn ui(&mut self, ui: &mut egui::Ui, frame: &mut eframe::Frame) {
        if self.measure.is_some() {
            self.measure_step(ui.ctx(), frame.info().cpu_usage);
        }
        egui::CentralPanel::default().show(ui, |ui| self.frame_ui(ui));
    }
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
