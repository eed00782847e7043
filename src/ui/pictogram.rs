//! Pictograms: the content's SVG files drawn with resvg at the size a screen
//! needs, kept as egui textures (a wipe clears them with the rest of egui's memory).

use std::path::Path;

use eframe::egui::{self, Response, Role, Sense, Ui, Vec2, WidgetInfo};
use resvg::{tiny_skia, usvg};

/// Why a pictogram could not be drawn (the page shows its words without it).
#[derive(Debug, thiserror::Error)]
pub enum PictogramError {
    /// Not readable as a content file.
    #[error(transparent)]
    Read(#[from] crate::content::read::ReadError),
    /// Not an SVG this renderer understands.
    #[error("{0}")]
    Svg(String),
}

/// Rasterises `svg` into a square image of `side` pixels, keeping its aspect ratio.
pub fn rasterize(svg: &[u8], side: u32) -> Result<egui::ColorImage, PictogramError> {
    let tree = usvg::Tree::from_data(svg, &usvg::Options::default())
        .map_err(|e| PictogramError::Svg(e.to_string()))?;
    let side = side.clamp(8, 1024);
    let mut pixmap = tiny_skia::Pixmap::new(side, side)
        .ok_or_else(|| PictogramError::Svg("no room for the image".into()))?;
    let size = tree.size();
    let scale = side as f32 / size.width().max(size.height()).max(1.0);
    resvg::render(
        &tree,
        tiny_skia::Transform::from_scale(scale, scale),
        &mut pixmap.as_mut(),
    );
    let side = side as usize;
    Ok(egui::ColorImage::from_rgba_premultiplied(
        [side, side],
        pixmap.data(),
    ))
}

/// Draws the pictogram at `path` (inside `root`) as a `side`-point square, named
/// `described_as` for screen readers. Nothing is drawn when it cannot be read.
pub fn pictogram(
    ui: &mut Ui,
    root: &Path,
    path: &Path,
    side: f32,
    described_as: &str,
) -> Option<Response> {
    let pixels = (side * ui.ctx().pixels_per_point()).round() as u32;
    let texture = texture(ui, path, pixels, || {
        crate::content::read::read_file(root, path, crate::content::read::MEDIA_CAP)
            .map_err(PictogramError::from)
    })?;
    Some(show(ui, &texture, side, described_as))
}

/// The kiosk's own pictograms, built into the program (they stand beside words
/// shown before any content page, on the start screen).
pub mod builtin {
    /// A receipt with an arrow back: withdraw a consent.
    pub const WITHDRAW: (&str, &[u8]) = (
        "withdraw",
        include_bytes!("../../assets/pictograms/withdraw.svg"),
    );
    /// Two speech bubbles: talk to staff.
    pub const TALK: (&str, &[u8]) = ("talk", include_bytes!("../../assets/pictograms/talk.svg"));
}

/// Draws one of the [`builtin`] pictograms.
pub fn builtin_pictogram(
    ui: &mut Ui,
    (name, svg): (&str, &[u8]),
    side: f32,
    described_as: &str,
) -> Option<Response> {
    let pixels = (side * ui.ctx().pixels_per_point()).round() as u32;
    let texture = texture(ui, Path::new(name), pixels, || Ok(svg.to_vec()))?;
    Some(show(ui, &texture, side, described_as))
}

/// The texture of `path` at `pixels`, rasterised once and kept in egui's memory.
fn texture(
    ui: &Ui,
    path: &Path,
    pixels: u32,
    read: impl FnOnce() -> Result<Vec<u8>, PictogramError>,
) -> Option<egui::TextureHandle> {
    let key = egui::Id::unique(("pictogram", path, pixels));
    if let Some(texture) = ui.ctx().data(|data| data.get_temp(key)) {
        return Some(texture);
    }
    let image = match read().and_then(|svg| rasterize(&svg, pixels)) {
        Ok(image) => image,
        Err(error) => {
            // Content was checked at load; a file changed since is logged, not fatal.
            eprintln!("pictogram {} not drawn: {error}", path.display());
            return None;
        }
    };
    let texture = ui.ctx().load_texture(
        format!("pictogram:{}", path.display()),
        image,
        egui::TextureOptions::LINEAR,
    );
    ui.ctx()
        .data_mut(|data| data.insert_temp(key, texture.clone()));
    Some(texture)
}

fn show(ui: &mut Ui, texture: &egui::TextureHandle, side: f32, described_as: &str) -> Response {
    let (rect, response) = ui.allocate_exact_size(Vec2::splat(side), Sense::hover());
    if ui.is_rect_visible(rect) {
        // The drawings are dark lines: on a dark (high-contrast) page they sit on a light plate.
        if ui.visuals().dark_mode {
            ui.painter()
                .rect_filled(rect, side * 0.12, egui::Color32::WHITE);
        }
        ui.painter().image(
            texture.id(),
            rect,
            egui::Rect::from_min_max(egui::pos2(0.0, 0.0), egui::pos2(1.0, 1.0)),
            egui::Color32::WHITE,
        );
    }
    response.widget_info(|| WidgetInfo::labeled(Role::Image, true, described_as));
    response
}

#[cfg(test)]
mod tests {
    use super::rasterize;

    #[test]
    fn every_bundled_pictogram_draws_something_and_a_broken_one_is_an_error() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("content/pictograms");
        let mut drawn = 0;
        for entry in std::fs::read_dir(&dir).expect("pictograms") {
            let path = entry.expect("entry").path();
            if path.extension().is_some_and(|e| e == "svg") {
                let image = rasterize(&std::fs::read(&path).expect("svg"), 96).expect("draws");
                assert_eq!(image.size, [96, 96]);
                let inked = image.pixels.iter().filter(|p| p.a() > 0).count();
                assert!(inked > 200, "{}: {inked} pixels inked", path.display());
                drawn += 1;
            }
        }
        for (_, svg) in [super::builtin::WITHDRAW, super::builtin::TALK] {
            let image = rasterize(svg, 96).expect("draws");
            assert!(image.pixels.iter().filter(|p| p.a() > 0).count() > 200);
        }
        assert!(drawn >= 8);
        assert!(rasterize(b"<svg><path d=", 96).is_err());
        assert!(rasterize(b"not svg at all", 96).is_err());
    }
}
