//! A cheap look at Fluent source before any parser sees it. `fluent-syntax`
//! parses placeables (`{ … }`) and call arguments (`F( … )`) recursively, so
//! thousands of them nested overflow the stack and abort the whole process.
//! Real messages nest two or three deep; anything past the limit is refused.

/// The deepest nesting of placeables and call arguments accepted.
pub const MAX_FLUENT_DEPTH: usize = 32;

/// Where Fluent source nests deeper than [`MAX_FLUENT_DEPTH`]: the byte offset of
/// the first opening brace or parenthesis past the limit, or `None` if it is fine.
pub fn too_deep(text: &str) -> Option<usize> {
    let mut braces = 0usize;
    let mut parens = 0usize;
    let mut in_string = false;
    let mut escaped = false;
    let mut line_start = true;
    let mut in_comment = false;
    for (offset, c) in text.char_indices() {
        let at_line_start = line_start;
        line_start = c == '\n';
        if c == '\n' {
            // Neither strings nor comments go past the end of a line.
            in_string = false;
            in_comment = false;
            escaped = false;
            continue;
        }
        if in_comment {
            continue;
        }
        if in_string {
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == '"' {
                in_string = false;
            }
            continue;
        }
        match c {
            '#' if at_line_start && braces == 0 => in_comment = true,
            '{' => {
                braces += 1;
                if braces + parens > MAX_FLUENT_DEPTH {
                    return Some(offset);
                }
            }
            '}' => {
                braces = braces.saturating_sub(1);
                if braces == 0 {
                    parens = 0;
                }
            }
            // Parentheses and quotes mean something only inside a placeable;
            // in plain text they are words.
            '(' if braces > 0 => {
                parens += 1;
                if braces + parens > MAX_FLUENT_DEPTH {
                    return Some(offset);
                }
            }
            ')' if braces > 0 => parens = parens.saturating_sub(1),
            '"' if braces > 0 => in_string = true,
            _ => {}
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn real_messages_pass_and_deep_nesting_is_found() {
        assert_eq!(
            too_deep("a = { $n -> [one] x (y) *[other] { NUMBER($n) } }\n"),
            None
        );
        assert_eq!(
            too_deep("# {{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{\na = \"{{{{\"\n"),
            None
        );
        assert_eq!(
            too_deep("a = { \"{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{\" }\n"),
            None
        );
        let deep = format!("a = {}\n", "{".repeat(20_000));
        assert_eq!(too_deep(&deep), Some(4 + MAX_FLUENT_DEPTH));
        let calls = format!("a = {{ {} }}\n", "F(".repeat(1000));
        assert!(too_deep(&calls).is_some());
    }
}
