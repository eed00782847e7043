//! The Unicode bidi algorithm (UAX #9, via `unicode-bidi`) as the text layer uses
//! it: paragraph levels, then each line's runs in visual order.

use std::ops::Range;

use unicode_bidi::{BidiClass, BidiInfo, Level, ParagraphInfo, bidi_class};

/// A paragraph's base direction.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum BaseDirection {
    /// Left to right (the locale's direction for content in Latin, Cyrillic, Ethiopic, Bengali).
    Ltr,
    /// Right to left (content in Arabic-script locales).
    Rtl,
    /// From the first strong character: for what a person typed.
    FirstStrong,
}

impl BaseDirection {
    fn level(self) -> Option<Level> {
        match self {
            BaseDirection::Ltr => Some(Level::ltr()),
            BaseDirection::Rtl => Some(Level::rtl()),
            BaseDirection::FirstStrong => None,
        }
    }
}

/// A run of one direction, in a line's visual order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VisualRun {
    /// Byte range in the paragraph text (logical order inside the run).
    pub range: Range<usize>,
    /// Right to left (odd level): displayed with its characters reversed.
    pub rtl: bool,
}

/// Bidi data of one paragraph (text without paragraph separators).
#[derive(Debug)]
pub struct BidiParagraph<'text> {
    info: BidiInfo<'text>,
}

impl<'text> BidiParagraph<'text> {
    /// Resolves levels for `text` with the given base direction.
    pub fn new(text: &'text str, base: BaseDirection) -> Self {
        Self {
            info: BidiInfo::new(text, base.level()),
        }
    }

    /// Whether the paragraph's resolved direction is right to left.
    pub fn is_rtl(&self) -> bool {
        self.info
            .paragraphs
            .first()
            .is_some_and(|p| p.level.is_rtl())
    }

    /// The runs of `line` (a byte range of the paragraph), in visual order, left to right.
    pub fn visual_runs(&self, line: Range<usize>) -> Vec<VisualRun> {
        let mut runs = Vec::new();
        for para in &self.info.paragraphs {
            let start = line.start.max(para.range.start);
            let end = line.end.min(para.range.end);
            if start >= end {
                continue;
            }
            runs.extend(runs_of(&self.info, para, start..end));
        }
        runs
    }
}

fn runs_of(info: &BidiInfo<'_>, para: &ParagraphInfo, line: Range<usize>) -> Vec<VisualRun> {
    let (levels, runs) = info.visual_runs(para, line);
    runs.into_iter()
        .map(|range| VisualRun {
            rtl: levels.get(range.start).is_some_and(|level| level.is_rtl()),
            range,
        })
        .collect()
}

/// Characters the bidi algorithm uses and that are never drawn (rule X9 and the
/// isolates, plus the implicit marks): LRE, RLE, PDF, LRO, RLO, LRI, RLI, FSI, PDI, LRM, RLM, ALM.
pub fn is_bidi_control(c: char) -> bool {
    matches!(
        c,
        '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}'
    )
}

/// Whether the algorithm removes `c` from reordering (rule X9): embedding and
/// override controls and boundary neutrals such as ZWJ.
pub fn is_removed_by_x9(c: char) -> bool {
    matches!(
        bidi_class(c),
        BidiClass::RLE
            | BidiClass::LRE
            | BidiClass::RLO
            | BidiClass::LRO
            | BidiClass::PDF
            | BidiClass::BN
    )
}

/// Whether `c` is a strong right-to-left character (Hebrew, Arabic letters).
pub fn is_strong_rtl(c: char) -> bool {
    matches!(bidi_class(c), BidiClass::R | BidiClass::AL)
}

/// The visual order of a whole paragraph as character indices, left to right,
/// without the characters rule X9 removes: what `BidiCharacterTest.txt` expects.
pub fn visual_order(text: &str, base: BaseDirection) -> Vec<usize> {
    let paragraph = BidiParagraph::new(text, base);
    // (byte offset, character index, character), in logical order.
    let chars: Vec<(usize, usize, char)> = text
        .char_indices()
        .enumerate()
        .map(|(index, (byte, c))| (byte, index, c))
        .collect();
    let mut order = Vec::new();
    for run in paragraph.visual_runs(0..text.len()) {
        let from = chars.partition_point(|&(byte, ..)| byte < run.range.start);
        let to = chars.partition_point(|&(byte, ..)| byte < run.range.end);
        let kept = chars
            .get(from..to)
            .unwrap_or_default()
            .iter()
            .filter(|&&(_, _, c)| !is_removed_by_x9(c))
            .map(|&(_, index, _)| index);
        if run.rtl {
            order.extend(kept.rev());
        } else {
            order.extend(kept);
        }
    }
    order
}
