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

const SANS: &str = "noto-sans";
const NASKH: &str = "noto-naskh-arabic";
const ETHIOPIC: &str = "noto-sans-ethiopic";
const BENGALI: &str = "noto-sans-bengali";

/// egui's own fonts plus Noto Sans (Latin, Cyrillic, Greek), Noto Naskh Arabic
/// (Arabic, Persian, Pashto, Sorani, Urdu), Noto Sans Ethiopic and Noto Sans Bengali.
///
/// Noto Sans comes first so Latin text and digits keep one look in every locale;
/// each other script finds its font by fallback. egui's fonts stay last for its icons.
pub fn font_definitions() -> FontDefinitions {
    let mut definitions = FontDefinitions::default();
    let fonts: [(&str, &'static [u8]); 4] = [
        (SANS, NOTO_SANS),
        (NASKH, NOTO_NASKH_ARABIC),
        (ETHIOPIC, NOTO_SANS_ETHIOPIC),
        (BENGALI, NOTO_SANS_BENGALI),
    ];
    for (name, bytes) in fonts {
        definitions
            .font_data
            .insert(name.to_owned(), Arc::new(FontData::from_static(bytes)));
    }
    for family in [FontFamily::Proportional, FontFamily::Monospace] {
        let list = definitions.families.entry(family).or_default();
        for (position, name) in [SANS, NASKH, ETHIOPIC, BENGALI].into_iter().enumerate() {
            list.insert(position, name.to_owned());
        }
    }
    definitions
}
