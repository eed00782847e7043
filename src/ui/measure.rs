//! `--measure-startup`'s second half: screen changes timed in the real window.
//!
//! After a dozen frames of the start screen, the kiosk goes, one frame at a time,
//! through the first screens a person meets in Arabic, every word on them new. For each, it prints the processor time
//! of the first frame that drew the new screen, as eframe counts it: the pass
//! (our layout of every new word), tessellation and the renderer's calls, but not
//! the wait for the buffer swap.

use std::collections::VecDeque;

use eframe::egui;

use crate::consent::LegalOption;
use crate::kiosk::{Intent, Services};
use crate::ui::app::KioskApp;

/// Frames of the start screen before the first change (the memory figure is taken at 10).
const WAIT_FRAMES: u64 = 12;

/// The screen changes still to time, and the one whose frame is being counted.
#[derive(Debug)]
pub(crate) struct ScreenChanges {
    steps: VecDeque<(&'static str, Intent)>,
    counting: Option<&'static str>,
    figures: Vec<(&'static str, f32)>,
}

impl ScreenChanges {
    pub(crate) fn new() -> Self {
        let steps = [
            (
                "start → the first Arabic page",
                Intent::ChooseLanguage("ar".into()),
            ),
            ("welcome → the age question", Intent::Continue),
            ("age → the options' overview", Intent::Adult(true)),
            (
                "overview → an option's first part",
                Intent::OpenOption(LegalOption::Asylum),
            ),
        ];
        Self {
            steps: steps.into(),
            counting: None,
            figures: Vec::new(),
        }
    }
}

impl KioskApp {
    /// Measures with `--measure-startup`: the kiosk closes once every change is timed.
    #[must_use]
    pub(crate) fn measuring_screen_changes(mut self) -> Self {
        self.measure = Some(ScreenChanges::new());
        self
    }

    /// Called before each frame; `last_frame` is the processor time of the one before.
    pub(crate) fn measure_step(&mut self, ctx: &egui::Context, last_frame: Option<f32>) {
        let Some(mut measure) = self.measure.take() else {
            return;
        };
        ctx.request_repaint();
        if let Some(label) = measure.counting.take() {
            // The frame that drew the new screen has just ended.
            match last_frame {
                Some(seconds) => measure.figures.push((label, seconds * 1e3)),
                None => measure.counting = Some(label),
            }
        } else if ctx.cumulative_frame_nr() >= WAIT_FRAMES {
            match measure.steps.pop_front() {
                Some((label, intent)) => {
                    let now = self.clock.now();
                    let mut services = Services {
                        content: &self.content,
                        catalog: &self.catalog,
                        store: &mut self.store,
                        now,
                    };
                    self.session.apply(intent, &mut services);
                    measure.counting = Some(label);
                }
                None if measure.figures.is_empty() => {}
                None => {
                    println!("screen changes in the window (processor time of the first frame):");
                    for (label, ms) in &measure.figures {
                        println!("  {label}: {ms:.1} ms");
                    }
                    measure.figures.clear();
                    ctx.send_viewport_cmd(egui::ViewportCommand::Close);
                }
            }
        }
        self.measure = Some(measure);
    }
}
