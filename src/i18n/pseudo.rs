//! Pseudo-locales made from English when the catalog loads (never files): for
//! developers and tests, never offered to the people at the kiosk unless a
//! developer asks (`--pseudo-locales`, or `pseudo_locales = true` in a test
//! kiosk's `deployment.toml`).
//!
//! - `en-XA`, accented and lengthened: every letter of the words is swapped for
//!   an accented one and each text is a third longer, between brackets, so a
//!   screenshot shows at a glance which words did not come from the locales
//!   (plain ASCII) and which were cut off (a missing `]`).
//! - `ar-XB`, right to left: English marked right to left (RLM), in a locale
//!   whose direction is right to left, so the whole layout mirrors.
//!
//! Only the message's own words change: a placeable's value (a code, a number,
//! a name) sits between Fluent's isolation marks and is left as it is.

/// The accented, lengthened pseudo-locale.
pub const ACCENTED: &str = "en-XA";
/// The right-to-left pseudo-locale.
pub const MIRRORED: &str = "ar-XB";

/// Which pseudo-locale.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pseudo {
    /// `en-XA`.
    Accented,
    /// `ar-XB`.
    Mirrored,
}

impl Pseudo {
    /// Both, in the order they are offered.
    pub const ALL: [Pseudo; 2] = [Pseudo::Accented, Pseudo::Mirrored];

    /// Its tag.
    pub fn tag(self) -> &'static str {
        match self {
            Pseudo::Accented => ACCENTED,
            Pseudo::Mirrored => MIRRORED,
        }
    }

    /// Its name on the language tile.
    pub fn native_name(self) -> &'static str {
        match self {
            Pseudo::Accented => "[Ƥšéûðö Éñĝļíšĥ]",
            Pseudo::Mirrored => "Pseudo RTL",
        }
    }

    /// A formatted English text as this pseudo-locale shows it.
    pub fn transform(self, text: &str) -> String {
        match self {
            Pseudo::Accented => accented(text),
            Pseudo::Mirrored => mirrored(text),
        }
    }
}

/// Adds both pseudo-locales to `catalog` and to the `offered` languages (a
/// deployment's `locales`): what `--pseudo-locales` and the deployment's
/// `pseudo_locales = true` do.
pub fn offer(
    catalog: &mut super::Catalog,
    offered: &mut Vec<String>,
) -> Result<(), super::I18nError> {
    // Made once: a reload makes a new catalog, which has none yet.
    if catalog.locale(ACCENTED).is_none() {
        catalog.add_pseudo_locales()?;
    }
    for pseudo in Pseudo::ALL {
        if !offered.iter().any(|t| t == pseudo.tag()) {
            offered.push(pseudo.tag().to_owned());
        }
    }
    Ok(())
}

fn accent(c: char) -> char {
    match c {
        'a' => 'á',
        'b' => 'ƀ',
        'c' => 'ç',
        'd' => 'ð',
        'e' => 'é',
        'f' => 'ƒ',
        'g' => 'ĝ',
        'h' => 'ĥ',
        'i' => 'í',
        'j' => 'ĵ',
        'k' => 'ķ',
        'l' => 'ļ',
        'm' => 'ɱ',
        'n' => 'ñ',
        'o' => 'ö',
        'p' => 'þ',
        'q' => 'ǫ',
        'r' => 'ŕ',
        's' => 'š',
        't' => 'ţ',
        'u' => 'û',
        'v' => 'ṽ',
        'w' => 'ŵ',
        'x' => 'ẋ',
        'y' => 'ý',
        'z' => 'ž',
        'A' => 'Å',
        'B' => 'Ɓ',
        'C' => 'Ç',
        'D' => 'Ð',
        'E' => 'É',
        'F' => 'Ƒ',
        'G' => 'Ĝ',
        'H' => 'Ĥ',
        'I' => 'Î',
        'J' => 'Ĵ',
        'K' => 'Ķ',
        'L' => 'Ļ',
        'M' => 'Ṁ',
        'N' => 'Ñ',
        'O' => 'Ö',
        'P' => 'Þ',
        'Q' => 'Ǫ',
        'R' => 'Ŕ',
        'S' => 'Š',
        'T' => 'Ţ',
        'U' => 'Û',
        'V' => 'Ṽ',
        'W' => 'Ŵ',
        'X' => 'Ẋ',
        'Y' => 'Ý',
        'Z' => 'Ž',
        other => other,
    }
}

/// Calls `f` on each character outside Fluent's isolates (a placeable's value).
fn outside_isolates(text: &str, mut f: impl FnMut(char, &mut String)) -> String {
    let mut out = String::with_capacity(text.len() * 2);
    let mut depth = 0_usize;
    for c in text.chars() {
        match c {
            '\u{2066}'..='\u{2068}' => {
                depth += 1;
                out.push(c);
            }
            '\u{2069}' => {
                depth = depth.saturating_sub(1);
                out.push(c);
            }
            _ if depth > 0 => out.push(c),
            _ => f(c, &mut out),
        }
    }
    out
}

/// Accented, a third longer, between brackets.
fn accented(text: &str) -> String {
    if text.trim().is_empty() {
        return text.to_owned();
    }
    let mut letters = 0_usize;
    let body = outside_isolates(text, |c, out| {
        if c.is_alphabetic() {
            letters += 1;
        }
        out.push(accent(c));
    });
    // Words a third as long as the letters, so lines break as they would in a
    // longer language (one long run would not).
    let mut padding = String::new();
    let words = ["ŵöŕð", "ļöñĝ", "ţéẋţ"];
    let mut index = 0;
    while padding.chars().filter(|c| c.is_alphabetic()).count() < letters.div_ceil(3) {
        padding.push(' ');
        padding.push_str(words.get(index % words.len()).copied().unwrap_or("ŵöŕð"));
        index += 1;
    }
    format!("[{body}{padding}]")
}

/// English marked right to left: a right-to-left mark at the start and after
/// each line break, so each paragraph takes its direction from the locale.
fn mirrored(text: &str) -> String {
    if text.trim().is_empty() {
        return text.to_owned();
    }
    let mut out = String::from('\u{200F}');
    for c in text.chars() {
        out.push(c);
        if c == '\n' {
            out.push('\u{200F}');
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accented_text_is_longer_bracketed_and_keeps_placeables() {
        let text = "Your code is \u{2068}K7Q-2M\u{2069}.";
        let shown = Pseudo::Accented.transform(text);
        assert!(shown.starts_with("[Ýöûŕ çöðé íš \u{2068}K7Q-2M\u{2069}."));
        assert!(shown.ends_with(']'));
        let letters = |t: &str| t.chars().filter(|c| c.is_alphabetic()).count();
        // "Your code is" has 10 letters (the code's are its own): 4 more at least.
        assert!(letters(&shown) >= letters(text) + 4, "{shown}");
        assert!(!shown.contains("code"));
    }

    #[test]
    fn mirrored_text_starts_right_to_left() {
        assert_eq!(Pseudo::Mirrored.transform("Yes"), "\u{200F}Yes");
        assert_eq!(Pseudo::Mirrored.transform("a\nb"), "\u{200F}a\n\u{200F}b");
        assert_eq!(Pseudo::Mirrored.transform(""), "");
    }
}
