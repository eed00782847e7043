//! The bundled Noto fonts (SIL OFL, see `assets/fonts/OFL.txt`), one per script
//! the kiosk shows, and the fallback order that keeps a mixed line free of tofu.

use std::sync::Arc;

use eframe::egui::{FontData, FontDefinitions, FontFamily};

/// Noto Sans Regular (Latin, Cyrillic, Greek).
pub const NOTO_SANS: &[u8] = include_bytes!("../../assets/fonts/NotoSans-Regular.ttf");
/// Noto Naskh Arabic Regular.
pub const NOTO_NASKH_ARABIC: &[u8] =
    include_bytes!("../../assets/fonts/NotoNaskhArabic-Regular.ttf");
/// Noto Sans Ethiopic Regular.
pub const NOTO_SANS_ETHIOPIC: &[u8] =
    include_bytes!("../../assets/fonts/NotoSansEthiopic-Regular.ttf");
/// Noto Sans Bengali Regular.
pub const NOTO_SANS_BENGALI: &[u8] =
    include_bytes!("../../assets/fonts/NotoSansBengali-Regular.ttf");

/// Noto Sans Bold, Noto Naskh Arabic Bold, Noto Sans Ethiopic Bold, Noto Sans
/// Bengali Bold: headings and the words on buttons.
pub const NOTO_SANS_BOLD: &[u8] = include_bytes!("../../assets/fonts/NotoSans-Bold.ttf");
/// Noto Naskh Arabic Bold.
pub const NOTO_NASKH_ARABIC_BOLD: &[u8] =
    include_bytes!("../../assets/fonts/NotoNaskhArabic-Bold.ttf");
/// Noto Sans Ethiopic Bold.
pub const NOTO_SANS_ETHIOPIC_BOLD: &[u8] =
    include_bytes!("../../assets/fonts/NotoSansEthiopic-Bold.ttf");
/// Noto Sans Bengali Bold.
pub const NOTO_SANS_BENGALI_BOLD: &[u8] =
    include_bytes!("../../assets/fonts/NotoSansBengali-Bold.ttf");

/// ✓ and ✗ only, cut from Noto Sans Symbols 2 (`pyftsubset --unicodes=U+2713,U+2717`):
/// the marks on answers and done steps, which no text font carries.
pub const NOTO_SANS_SYMBOLS2_CHECKS: &[u8] =
    include_bytes!("../../assets/fonts/NotoSansSymbols2-Checks.ttf");

/// The family name of the bold faces, in the same fallback order as the regular ones.
pub const BOLD: &str = "bold";

const SANS: &str = "noto-sans";
const NASKH: &str = "noto-naskh-arabic";
const ETHIOPIC: &str = "noto-sans-ethiopic";
const BENGALI: &str = "noto-sans-bengali";
const CHECKS: &str = "noto-sans-symbols2-checks";
const SANS_BOLD: &str = "noto-sans-bold";
const NASKH_BOLD: &str = "noto-naskh-arabic-bold";
const ETHIOPIC_BOLD: &str = "noto-sans-ethiopic-bold";
const BENGALI_BOLD: &str = "noto-sans-bengali-bold";

/// egui's own fonts plus Noto Sans (Latin, Cyrillic, Greek), Noto Naskh Arabic
/// (Arabic, Persian, Pashto, Sorani, Urdu), Noto Sans Ethiopic and Noto Sans Bengali.
///
/// Noto Sans comes first so Latin text and digits keep one look in every locale;
/// each other script finds its font by fallback. egui's fonts stay last for its icons.
pub fn font_definitions() -> FontDefinitions {
    let mut definitions = FontDefinitions::default();
    let fonts: [(&str, &'static [u8]); 9] = [
        (CHECKS, NOTO_SANS_SYMBOLS2_CHECKS),
        (SANS, NOTO_SANS),
        (NASKH, NOTO_NASKH_ARABIC),
        (ETHIOPIC, NOTO_SANS_ETHIOPIC),
        (BENGALI, NOTO_SANS_BENGALI),
        (SANS_BOLD, NOTO_SANS_BOLD),
        (NASKH_BOLD, NOTO_NASKH_ARABIC_BOLD),
        (ETHIOPIC_BOLD, NOTO_SANS_ETHIOPIC_BOLD),
        (BENGALI_BOLD, NOTO_SANS_BENGALI_BOLD),
    ];
    for (name, bytes) in fonts {
        definitions
            .font_data
            .insert(name.to_owned(), Arc::new(FontData::from_static(bytes)));
    }
    for family in [FontFamily::Proportional, FontFamily::Monospace] {
        let list = definitions.families.entry(family).or_default();
        for (position, name) in [SANS, NASKH, ETHIOPIC, BENGALI, CHECKS]
            .into_iter()
            .enumerate()
        {
            list.insert(position, name.to_owned());
        }
    }
    // Bold falls back to the regular faces, then egui's, so no glyph goes missing.
    let mut bold: Vec<String> = [SANS_BOLD, NASKH_BOLD, ETHIOPIC_BOLD, BENGALI_BOLD]
        .into_iter()
        .map(str::to_owned)
        .collect();
    bold.extend(
        definitions
            .families
            .get(&FontFamily::Proportional)
            .cloned()
            .unwrap_or_default(),
    );
    definitions
        .families
        .insert(FontFamily::Name(BOLD.into()), bold);
    definitions
}
