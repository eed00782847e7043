//! Editing one message of an `.ftl` file: validate the new text as Fluent, compare
//! its variables with the English, and splice it into the file so that comments,
//! order and every other message stay byte for byte.

use std::collections::BTreeSet;
use std::ops::Range;

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement, Resource};

/// A problem with a message being typed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EditProblem {
    /// Fluent cannot parse it: where (line and column in the typed text) and what.
    Syntax {
        /// Line, from 1.
        line: usize,
        /// Column, from 1.
        column: usize,
        /// What the parser said.
        what: String,
    },
    /// A variable the English has is not used.
    MissingVariable(String),
    /// A variable the English does not have.
    UnknownVariable(String),
    /// Nothing typed.
    Empty,
}

impl std::fmt::Display for EditProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            EditProblem::Syntax { line, column, what } => {
                write!(f, "line {line}, column {column}: {what}")
            }
            EditProblem::MissingVariable(name) => write!(f, "{{ ${name} }} is missing"),
            EditProblem::UnknownVariable(name) => {
                write!(f, "{{ ${name} }} is not in the English")
            }
            EditProblem::Empty => write!(f, "the text is empty"),
        }
    }
}

/// One message of a file: its ID and where its entry is (without its comment).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MessageSpan {
    /// The ID.
    pub id: String,
    /// The bytes of `id = …` up to and including its last line's newline.
    pub range: Range<usize>,
}

/// The messages of `text` in file order. Lines that belong to a message are its
/// first line and the indented (or blank-then-indented) lines after it.
pub fn message_spans(text: &str) -> Vec<MessageSpan> {
    let mut spans = Vec::new();
    let mut lines = Vec::new();
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        lines.push((offset, line));
        offset += line.len();
    }
    let mut index = 0;
    while let Some(&(start, line)) = lines.get(index) {
        let id_len = line
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
            .unwrap_or(line.len());
        let (id, rest) = line.split_at(id_len);
        let is_message = id_len > 0
            && line.starts_with(|c: char| c.is_ascii_alphabetic())
            && rest.trim_start().starts_with('=');
        if !is_message {
            index += 1;
            continue;
        }
        let (mut end_index, mut end) = (index, start + line.len());
        let mut probe = index + 1;
        while let Some(&(next_start, next)) = lines.get(probe) {
            if next.starts_with([' ', '\t']) && !next.trim().is_empty() {
                (end_index, end) = (probe, next_start + next.len());
                probe += 1;
            } else if next.trim().is_empty() {
                probe += 1;
            } else {
                break;
            }
        }
        spans.push(MessageSpan {
            id: id.to_owned(),
            range: start..end,
        });
        index = end_index + 1;
    }
    spans
}

/// The text of message `id` as an editor edits it: the value, continuation lines
/// unindented, attributes left as written.
pub fn editable_value(text: &str, id: &str) -> Option<String> {
    let span = message_spans(text).into_iter().find(|s| s.id == id)?;
    let entry = &text[span.range];
    let after_equals = entry.split_once('=')?.1;
    let mut lines = after_equals.lines();
    let first = lines.next().unwrap_or_default().trim().to_owned();
    let rest: Vec<&str> = lines.collect();
    let indent = rest
        .iter()
        .filter(|l| !l.trim().is_empty())
        .map(|l| l.len() - l.trim_start().len())
        .min()
        .unwrap_or(0);
    let mut value = first;
    for line in rest {
        if !value.is_empty() || !line.trim().is_empty() {
            value.push('\n');
        }
        value.push_str(line.get(indent..).unwrap_or("").trim_end());
    }
    Some(value.trim_end().to_owned())
}

/// The variables (`$name`) a message value uses.
pub fn variables_of(value: &str) -> BTreeSet<String> {
    let source = entry_source("x", value);
    // Too deep for the parser: `validate` says so; here it simply has none.
    if too_deep_or_large(&source).is_some() {
        return BTreeSet::new();
    }
    let resource = match fluent_syntax::parser::parse(source.as_str()) {
        Ok(resource) | Err((resource, _)) => resource,
    };
    let mut found = BTreeSet::new();
    for entry in &resource.body {
        if let Entry::Message(message) = entry {
            if let Some(pattern) = &message.value {
                walk(pattern, &mut found);
            }
            for attribute in &message.attributes {
                walk(&attribute.value, &mut found);
            }
        }
    }
    found
}

fn walk(pattern: &Pattern<&str>, found: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            match expression {
                Expression::Inline(inline) => walk_inline(inline, found),
                Expression::Select { selector, variants } => {
                    walk_inline(selector, found);
                    for variant in variants {
                        walk(&variant.value, found);
                    }
                }
            }
        }
    }
}

fn walk_inline(inline: &InlineExpression<&str>, found: &mut BTreeSet<String>) {
    match inline {
        InlineExpression::VariableReference { id } => {
            found.insert(id.name.to_owned());
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                walk_inline(argument, found);
            }
        }
        InlineExpression::Placeable { expression } => {
            if let Expression::Inline(inner) = expression.as_ref() {
                walk_inline(inner, found);
            }
        }
        _ => {}
    }
}

/// A text the parser must not see: nested deeper than it can recurse, or larger
/// than any message. Checked before parsing, since parsing it would overflow the stack.
fn too_deep_or_large(value: &str) -> Option<EditProblem> {
    let Some(offset) = crate::i18n::too_deep(value) else {
        if value.len() > MAX_MESSAGE_BYTES {
            return Some(EditProblem::Syntax {
                line: 1,
                column: 1,
                what: format!("the text is longer than {MAX_MESSAGE_BYTES} bytes: shorten it"),
            });
        }
        return None;
    };
    let before = value.get(..offset).unwrap_or(value);
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let column = before.get(line_start..).map_or(0, |s| s.chars().count()) + 1;
    Some(EditProblem::Syntax {
        line,
        column,
        what: format!(
            "placeables are nested too deep (more than {}): close the braces {{ }}",
            crate::i18n::MAX_FLUENT_DEPTH
        ),
    })
}

/// The longest message text accepted (far beyond any real page of text).
pub const MAX_MESSAGE_BYTES: usize = 64 * 1024;

/// `id = value` as Fluent source: continuation lines indented four spaces.
fn entry_source(id: &str, value: &str) -> String {
    let mut source = format!("{id} =");
    for (n, line) in value.lines().enumerate() {
        if n == 0 {
            source.push(' ');
        } else {
            source.push_str("\n    ");
        }
        source.push_str(line);
    }
    source.push('\n');
    source
}

/// Checks `value` as the translation of a message whose English is `english`:
/// it must parse, and use the same variables. Returns the entry to write.
pub fn validate(id: &str, value: &str, english: Option<&str>) -> Result<String, Vec<EditProblem>> {
    if value.trim().is_empty() {
        return Err(vec![EditProblem::Empty]);
    }
    let source = entry_source(id, value);
    let prefix = id.len() + 3; // "id = " on the first line
    if let Some(problem) = too_deep_or_large(value) {
        return Err(vec![problem]);
    }
    let resource: Resource<&str> = match fluent_syntax::parser::parse(source.as_str()) {
        Ok(resource) => resource,
        Err((_, errors)) => {
            return Err(errors
                .into_iter()
                .map(|error| {
                    // An error at the closing newline is at the end of the typed text.
                    let at = error.pos.start.min(source.len() - 1);
                    let before = &source[..at];
                    let line = before.matches('\n').count() + 1;
                    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
                    let indent = if line == 1 { prefix } else { 4 };
                    let column = (at - line_start).saturating_sub(indent) + 1;
                    EditProblem::Syntax {
                        line,
                        column,
                        what: error.kind.to_string(),
                    }
                })
                .collect());
        }
    };
    let mut problems = Vec::new();
    if let Some(english) = english {
        let wanted = variables_of(english);
        let have = variables_of(value);
        problems.extend(
            wanted
                .difference(&have)
                .map(|v| EditProblem::MissingVariable(v.clone())),
        );
        problems.extend(
            have.difference(&wanted)
                .map(|v| EditProblem::UnknownVariable(v.clone())),
        );
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    // Written the way Fluent's own serializer writes it.
    Ok(fluent_syntax::serializer::serialize(&resource))
}

/// `text` with message `id` replaced by `entry` (or `entry` appended when the
/// file lacks it). Every other byte is kept.
pub fn splice(text: &str, id: &str, entry: &str) -> String {
    let mut entry = entry.to_owned();
    if !entry.ends_with('\n') {
        entry.push('\n');
    }
    match message_spans(text).into_iter().find(|s| s.id == id) {
        Some(span) => format!(
            "{}{entry}{}",
            &text[..span.range.start],
            &text[span.range.end..]
        ),
        None if text.is_empty() || text.ends_with('\n') => format!("{text}{entry}"),
        None => format!("{text}\n{entry}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const FILE: &str = "# Greeting\nhello = Hello { $name }\n\n## Section\n\n# Two lines\nlong = First line\n    second line\n\nlast = End\n";

    #[test]
    fn spans_cover_each_message_and_leave_comments_outside() {
        let spans = message_spans(FILE);
        let ids: Vec<&str> = spans.iter().map(|s| s.id.as_str()).collect();
        assert_eq!(ids, ["hello", "long", "last"]);
        assert_eq!(
            &FILE[spans[1].range.clone()],
            "long = First line\n    second line\n"
        );
        assert_eq!(
            editable_value(FILE, "long").as_deref(),
            Some("First line\nsecond line")
        );
    }

    #[test]
    fn a_valid_edit_changes_only_its_message() {
        let entry = validate("hello", "Bonjour { $name }", Some("Hello { $name }")).expect("valid");
        let after = splice(FILE, "hello", &entry);
        assert_eq!(
            after,
            FILE.replace("hello = Hello { $name }", "hello = Bonjour { $name }")
        );
        let added = splice(FILE, "new-one", "new-one = New\n");
        assert!(added.starts_with(FILE) && added.ends_with("new-one = New\n"));
    }

    #[test]
    fn broken_syntax_and_wrong_variables_are_named() {
        let problems = validate("hello", "Bonjour { $name", Some("Hello { $name }")).unwrap_err();
        assert!(
            matches!(problems[0], EditProblem::Syntax { line: 1, .. }),
            "{problems:?}"
        );
        let problems = validate("hello", "Bonjour { $nom }", Some("Hello { $name }")).unwrap_err();
        assert!(problems.contains(&EditProblem::MissingVariable("name".into())));
        assert!(problems.contains(&EditProblem::UnknownVariable("nom".into())));
        assert_eq!(
            validate("hello", "  ", None).unwrap_err(),
            vec![EditProblem::Empty]
        );
    }
}
