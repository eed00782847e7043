//! Bidi, line breaking and visual order are computed once per (text, direction,
//! style, width) and kept in egui's per-context memory; the shaped galley comes
//! from egui's own cache, which egui renews when its font atlas changes.

use std::collections::HashMap;
use std::hash::{Hash, Hasher};

use eframe::egui::{Context, Id};

use super::bidi::BaseDirection;
use super::layout::{LaidOut, Prepared, TextStyle, prepare};

/// Entries kept before the cache starts afresh (a kiosk shows a few hundred paragraphs).
const CAPACITY: usize = 4_096;

#[derive(Clone, Default)]
struct Cache(HashMap<u64, Prepared>);

fn key(text: &str, base: BaseDirection, style: &TextStyle, max_width: f32) -> u64 {
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    text.hash(&mut hasher);
    base.hash(&mut hasher);
    style.font_id.hash(&mut hasher);
    style.color.hash(&mut hasher);
    max_width.to_bits().hash(&mut hasher);
    hasher.finish()
}

/// The layout of `text`, from the cache when this exact paragraph was laid out before.
pub fn cached_layout(
    ctx: &Context,
    text: &str,
    base: BaseDirection,
    style: &TextStyle,
    max_width: f32,
) -> LaidOut {
    let key = key(text, base, style, max_width);
    let id = Id::unique("consent-kiosk-text-layout");
    let found = ctx.data(|data| {
        data.get_temp::<Cache>(id)
            .and_then(|cache| cache.0.get(&key).cloned())
    });
    let prepared = match found {
        Some(prepared) => prepared,
        None => {
            let prepared = ctx.fonts_mut(|fonts| prepare(fonts, text, base, style, max_width));
            ctx.data_mut(|data| {
                let cache = data.get_temp_mut_or_default::<Cache>(id);
                if cache.0.len() >= CAPACITY {
                    cache.0.clear();
                }
                cache.0.insert(key, prepared.clone());
            });
            prepared
        }
    };
    ctx.fonts_mut(|fonts| prepared.galley(fonts))
}
