//! The kiosk's look in one place: spacing, type sizes, colours, button roles and
//! touch sizes in millimetres. Kiosk screens take every size and colour from here,
//! so a change of look is a change of this file.

use eframe::egui::{Color32, FontFamily, FontId, Stroke, Vec2};

use crate::text::ButtonPaint;

/// The spacing scale (points). Screens use these steps, never other numbers.
pub mod space {
    /// Between a label and what it labels.
    pub const XS: f32 = 4.0;
    /// Between lines of one group.
    pub const S: f32 = 8.0;
    /// Between paragraphs.
    pub const M: f32 = 16.0;
    /// Between groups.
    pub const L: f32 = 24.0;
    /// Around the page.
    pub const XL: f32 = 40.0;
}

/// The widest the reading column grows (points): lines of about 60 to 70 Latin
/// characters at the body size, whatever the screen's width.
pub const READING_WIDTH: f32 = 780.0;

/// The widest the footer of safe exits grows: four in a row on a landscape screen.
pub const FOOTER_WIDTH: f32 = 1400.0;

/// Corner radius of buttons and cards.
pub const RADIUS: u8 = 10;

/// What a button is for: the look tells a person which one moves them on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ButtonRole {
    /// The one way on of a screen, full width at the bottom.
    Primary,
    /// Everything else that acts on the page.
    Secondary,
    /// A way to stop or get help, always in the same place: calm, never alarming.
    SafeExit,
    /// Erases or refuses: outlined in red, and asked again before it erases.
    Destructive,
    /// An answer; `selected` when it is the chosen one.
    Answer {
        /// Whether this is the chosen answer.
        selected: bool,
    },
}

/// The colours of one theme. Every pair a person reads is checked in the tests
/// below: at least 4.5:1 in the normal theme and 7:1 in high contrast.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Palette {
    /// The page.
    pub background: Color32,
    /// Bars and cards, set apart from the page.
    pub surface: Color32,
    /// Body text.
    pub text: Color32,
    /// Secondary text (step names not yet reached, notes).
    pub muted: Color32,
    /// The primary action and the current step.
    pub primary: Color32,
    /// Text on the primary colour.
    pub on_primary: Color32,
    /// Borders of secondary buttons and cards.
    pub outline: Color32,
    /// The face of the safe exits.
    pub exit: Color32,
    /// Text and border of destructive buttons.
    pub destructive: Color32,
    /// What marks a notice and the items it is about.
    pub warning: Color32,
}

/// Dark grey on white, a calm blue for the way on.
pub const NORMAL: Palette = Palette {
    background: Color32::WHITE,
    surface: Color32::from_rgb(241, 244, 248),
    text: Color32::from_rgb(25, 25, 25),
    muted: Color32::from_rgb(74, 78, 86),
    primary: Color32::from_rgb(21, 82, 153),
    on_primary: Color32::WHITE,
    outline: Color32::from_rgb(92, 100, 114),
    exit: Color32::from_rgb(228, 240, 234),
    destructive: Color32::from_rgb(163, 32, 32),
    warning: Color32::from_rgb(160, 90, 0),
};

/// White on black, yellow for the way on.
pub const HIGH_CONTRAST: Palette = Palette {
    background: Color32::BLACK,
    surface: Color32::from_rgb(20, 20, 20),
    text: Color32::WHITE,
    muted: Color32::from_rgb(225, 225, 225),
    primary: Color32::from_rgb(255, 214, 10),
    on_primary: Color32::BLACK,
    outline: Color32::WHITE,
    exit: Color32::BLACK,
    destructive: Color32::from_rgb(255, 150, 150),
    warning: Color32::from_rgb(255, 214, 10),
};

impl Palette {
    /// The palette of a look.
    pub fn of(high_contrast: bool) -> &'static Palette {
        if high_contrast {
            &HIGH_CONTRAST
        } else {
            &NORMAL
        }
    }

    /// How a button of `role` is painted.
    pub fn button(&self, role: ButtonRole) -> ButtonPaint {
        let darker = |c: Color32| c.gamma_multiply(0.85).to_opaque();
        match role {
            ButtonRole::Primary | ButtonRole::Answer { selected: true } => ButtonPaint {
                radius: RADIUS,
                fill: self.primary,
                pressed: darker(self.primary),
                stroke: Stroke::new(3.0, self.primary),
                text: self.on_primary,
            },
            ButtonRole::Secondary | ButtonRole::Answer { selected: false } => ButtonPaint {
                radius: RADIUS,
                fill: self.background,
                pressed: self.surface,
                stroke: Stroke::new(2.0, self.outline),
                text: self.text,
            },
            ButtonRole::SafeExit => ButtonPaint {
                radius: RADIUS,
                fill: self.exit,
                pressed: self.surface,
                stroke: Stroke::new(2.0, self.outline),
                text: self.text,
            },
            ButtonRole::Destructive => ButtonPaint {
                radius: RADIUS,
                fill: self.background,
                pressed: self.surface,
                stroke: Stroke::new(2.0, self.destructive),
                text: self.destructive,
            },
        }
    }
}

/// The type scale, as multiples of the body size a person chose.
pub mod scale {
    /// Notes, the host language alongside, step names.
    pub const SMALL: f32 = 0.8;
    /// Section headings inside a page.
    pub const HEADING: f32 = 1.3;
    /// A screen's title.
    pub const TITLE: f32 = 1.6;
    /// A reference code.
    pub const CODE: f32 = 2.0;
}

/// A regular font of `size` points.
pub fn regular(size: f32) -> FontId {
    FontId::proportional(size)
}

/// A bold font of `size` points (the bundled bold faces).
pub fn bold(size: f32) -> FontId {
    FontId::new(size, FontFamily::Name(crate::text::BOLD.into()))
}

/// How much larger a script is drawn than Latin at the same nominal size, so
/// that Arabic, Ethiopic and Bengali read as large as Latin (their fonts draw
/// smaller letters on the same em).
pub fn script_factor(script: &str) -> f32 {
    match script {
        "Arab" => 1.2,
        "Ethi" | "Beng" => 1.12,
        _ => 1.0,
    }
}

/// Touch sizes in millimetres, turned into points for this screen.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Touch {
    /// Points in one millimetre on this screen.
    pub points_per_mm: f32,
}

/// Points per millimetre when the screen's size is not known: 96 dots per inch.
const DEFAULT_POINTS_PER_MM: f32 = 96.0 / 25.4;

impl Default for Touch {
    fn default() -> Self {
        Self {
            points_per_mm: DEFAULT_POINTS_PER_MM,
        }
    }
}

impl Touch {
    /// From the screen's size in points, its pixels per point and, when the
    /// deployment says it, its diagonal in inches (the only reliable measure a
    /// kiosk has: monitors often report no physical size, or a wrong one).
    pub fn for_screen(
        screen_points: Vec2,
        pixels_per_point: f32,
        diagonal_inches: Option<f32>,
    ) -> Self {
        let Some(inches) = diagonal_inches.filter(|d| *d > 0.0) else {
            return Self::default();
        };
        let diagonal_points = screen_points.length();
        if diagonal_points <= 0.0 || pixels_per_point <= 0.0 {
            return Self::default();
        }
        Self {
            points_per_mm: diagonal_points / (inches * 25.4),
        }
    }

    /// `mm` millimetres in points.
    pub fn mm(self, mm: f32) -> f32 {
        mm * self.points_per_mm
    }

    /// The height of a primary action and of an answer: at least 18 mm.
    pub fn primary_height(self) -> f32 {
        self.mm(18.0).max(64.0)
    }

    /// The least height of any other target: 15 mm.
    pub fn target(self) -> f32 {
        self.mm(15.0).max(56.0)
    }

    /// The least gap between two targets: 5 mm.
    pub fn gap(self) -> f32 {
        self.mm(5.0).max(16.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ui::kiosk::contrast_ratio;

    fn readable_pairs(p: &Palette) -> Vec<(&'static str, Color32, Color32)> {
        let mut pairs = vec![
            ("text", p.text, p.background),
            ("text on surface", p.text, p.surface),
            ("muted", p.muted, p.background),
            ("muted on surface", p.muted, p.surface),
            ("warning", p.warning, p.background),
        ];
        for (name, role) in [
            ("primary", ButtonRole::Primary),
            ("secondary", ButtonRole::Secondary),
            ("safe exit", ButtonRole::SafeExit),
            ("destructive", ButtonRole::Destructive),
            ("chosen", ButtonRole::Answer { selected: true }),
        ] {
            let face = p.button(role);
            pairs.push((name, face.text, face.fill));
            pairs.push((name, face.text, face.pressed));
        }
        pairs
    }

    #[test]
    fn every_pair_a_person_reads_meets_its_contrast_floor() {
        for (palette, floor) in [(&NORMAL, 4.5), (&HIGH_CONTRAST, 7.0)] {
            for (name, fg, bg) in readable_pairs(palette) {
                let ratio = contrast_ratio(fg, bg);
                assert!(ratio >= floor, "{name}: {ratio:.2} < {floor}");
            }
        }
        // The check itself can fail.
        assert!(contrast_ratio(Color32::from_gray(150), Color32::WHITE) < 4.5);
    }

    #[test]
    fn a_known_screen_gives_millimetres_from_its_diagonal() {
        // A 21.5" portrait screen of 1080 × 1920 points: about 4 points a millimetre.
        let touch = Touch::for_screen(Vec2::new(1080.0, 1920.0), 1.0, Some(21.5));
        assert!((touch.points_per_mm - 4.03).abs() < 0.02, "{touch:?}");
        assert!((touch.primary_height() - 72.6).abs() < 0.5);
        // Without the setting, 96 dots per inch.
        let unknown = Touch::for_screen(Vec2::new(1080.0, 1920.0), 1.0, None);
        assert_eq!(unknown, Touch::default());
    }
}
