//! Reading `.ftl` files as a linter does: every message with its attributes,
//! variables and plural keys, syntax errors with positions, and a hash of each
//! message's source text so a translation can tell when its English changed.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use fluent_syntax::ast::{
    Entry, Expression, InlineExpression, Message, Pattern, PatternElement, Resource, VariantKey,
};
use sha2::{Digest, Sha256};

use crate::content::read::{ReadError, TEXT_CAP, read_text_file};
use crate::i18n::{Location, depth_problem};

/// One message as the checks see it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MessageFacts {
    /// Where it starts.
    pub location: Location,
    /// Attribute names.
    pub attributes: BTreeSet<String>,
    /// Variables it uses (`$name`), in its value and attributes.
    pub variables: BTreeSet<String>,
    /// Keys of select variants that are identifiers (plural categories or other keys).
    pub variant_keys: BTreeSet<String>,
    /// Short hash of the message's normalised source.
    pub hash: String,
    /// Its words, for the checks that compare a translation's wording with English.
    pub text: MessageText,
}

/// What a message says, with its placeables left out: the wording checks read this.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MessageText {
    /// Value and attributes with every variant of every select; each placeable
    /// is one [`PLACEABLE`] character.
    pub all: String,
    /// The same with only each select's default variant: what most readers see.
    pub default: String,
    /// The variants of selects on a variable (plural categories and other keys).
    pub variants: Vec<SelectVariant>,
}

/// One variant of a select on a variable, e.g. `[one] one character` of `$found`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SelectVariant {
    /// The variable selected on, without `$`.
    pub variable: String,
    /// The key, e.g. `one`.
    pub key: String,
    /// The variant's words (placeables as [`PLACEABLE`]).
    pub text: String,
    /// Whether the variant shows the variable's value itself.
    pub shows_variable: bool,
}

/// Stands for a placeable in [`MessageText`] (U+FFFC, object replacement).
pub const PLACEABLE: char = '\u{FFFC}';

/// One parsed `.ftl` file.
#[derive(Debug, Clone)]
pub struct FtlFile {
    /// The file.
    pub path: PathBuf,
    /// Messages by ID, in file order of first appearance.
    pub messages: BTreeMap<String, MessageFacts>,
    /// Syntax errors: where, and what.
    pub syntax_errors: Vec<(Location, String)>,
    /// Messages defined twice in this file.
    pub duplicates: Vec<(Location, String)>,
}

/// Parses one file of the `root` folder; never fails on bad syntax (that is
/// reported in the result). A file nested too deep for the parser is not parsed:
/// that is its one syntax error.
pub fn read(root: &Path, path: &Path) -> Result<FtlFile, ReadError> {
    let text = read_text_file(root, path, TEXT_CAP)?;
    if let Some(problem) = depth_problem(path, &text) {
        return Ok(FtlFile {
            path: path.to_path_buf(),
            messages: BTreeMap::new(),
            syntax_errors: vec![(problem.location, problem.message)],
            duplicates: Vec::new(),
        });
    }
    let (resource, errors) = match fluent_syntax::parser::parse(text.as_str()) {
        Ok(resource) => (resource, Vec::new()),
        Err((resource, errors)) => (resource, errors),
    };
    let syntax_errors = errors
        .iter()
        .map(|e| (Location::at(path, &text, e.pos.start), e.kind.to_string()))
        .collect();
    let mut messages = BTreeMap::new();
    let mut duplicates = Vec::new();
    for entry in &resource.body {
        let Entry::Message(message) = entry else {
            continue;
        };
        let offset = offset_of(&text, message.id.name);
        let location = Location::at(path, &text, offset);
        if messages.contains_key(message.id.name) {
            duplicates.push((location, message.id.name.to_owned()));
            continue;
        }
        messages.insert(message.id.name.to_owned(), facts(message, location));
    }
    Ok(FtlFile {
        path: path.to_path_buf(),
        messages,
        syntax_errors,
        duplicates,
    })
}

/// Byte offset of a slice borrowed from `text` (the parser's strings point into it).
fn offset_of(text: &str, part: &str) -> usize {
    (part.as_ptr() as usize).saturating_sub(text.as_ptr() as usize)
}

fn facts(message: &Message<&str>, location: Location) -> MessageFacts {
    let mut variables = BTreeSet::new();
    let mut variant_keys = BTreeSet::new();
    for pattern in message
        .value
        .iter()
        .chain(message.attributes.iter().map(|a| &a.value))
    {
        walk_pattern(pattern, &mut variables, &mut variant_keys);
    }
    let single = Resource {
        body: vec![Entry::Message(Message {
            comment: None,
            ..message.clone()
        })],
    };
    let hash = hex::encode(Sha256::digest(fluent_syntax::serializer::serialize(
        &single,
    )));
    MessageFacts {
        location,
        attributes: message
            .attributes
            .iter()
            .map(|a| a.id.name.to_owned())
            .collect(),
        variables,
        variant_keys,
        hash: hash[..16].to_owned(),
        text: message_text(message),
    }
}

fn message_text(message: &Message<&str>) -> MessageText {
    let mut text = MessageText::default();
    for pattern in message
        .value
        .iter()
        .chain(message.attributes.iter().map(|a| &a.value))
    {
        let mut all = String::new();
        let mut default = String::new();
        pattern_text(pattern, &mut all, &mut default, &mut text.variants);
        for (whole, part) in [(&mut text.all, all), (&mut text.default, default)] {
            if !whole.is_empty() {
                whole.push(' ');
            }
            whole.push_str(&part);
        }
    }
    text
}

/// Appends a pattern's words to `all` (every variant) and `default` (default
/// variants only), and records the variants of selects on a variable.
fn pattern_text(
    pattern: &Pattern<&str>,
    all: &mut String,
    default: &mut String,
    variants: &mut Vec<SelectVariant>,
) {
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => {
                all.push_str(value);
                default.push_str(value);
            }
            PatternElement::Placeable { expression } => {
                expression_text(expression, all, default, variants);
            }
        }
    }
}

fn expression_text(
    expression: &Expression<&str>,
    all: &mut String,
    default: &mut String,
    variants: &mut Vec<SelectVariant>,
) {
    match expression {
        Expression::Inline(InlineExpression::StringLiteral { value }) => {
            all.push_str(value);
            default.push_str(value);
        }
        Expression::Inline(InlineExpression::Placeable { expression }) => {
            expression_text(expression, all, default, variants);
        }
        Expression::Inline(_) => {
            all.push(PLACEABLE);
            default.push(PLACEABLE);
        }
        Expression::Select {
            selector,
            variants: options,
        } => {
            let variable = selected_variable(selector);
            for variant in options {
                let mut words = String::new();
                let mut chosen = String::new();
                pattern_text(&variant.value, &mut words, &mut chosen, variants);
                if let (Some(variable), VariantKey::Identifier { name }) = (variable, &variant.key)
                {
                    let mut used = BTreeSet::new();
                    let mut keys = BTreeSet::new();
                    walk_pattern(&variant.value, &mut used, &mut keys);
                    variants.push(SelectVariant {
                        variable: variable.to_owned(),
                        key: (*name).to_owned(),
                        text: words.clone(),
                        shows_variable: used.contains(variable),
                    });
                }
                if !all.is_empty() && !all.ends_with(' ') {
                    all.push(' ');
                }
                all.push_str(&words);
                if variant.default {
                    default.push_str(&chosen);
                }
            }
        }
    }
}

/// The variable a select chooses on: `$n` or `NUMBER($n, ...)`.
fn selected_variable<'a>(selector: &InlineExpression<&'a str>) -> Option<&'a str> {
    match selector {
        InlineExpression::VariableReference { id } => Some(id.name),
        InlineExpression::FunctionReference { arguments, .. } => {
            arguments.positional.first().and_then(selected_variable)
        }
        _ => None,
    }
}

fn walk_pattern(
    pattern: &Pattern<&str>,
    variables: &mut BTreeSet<String>,
    keys: &mut BTreeSet<String>,
) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            walk_expression(expression, variables, keys);
        }
    }
}

fn walk_expression(
    expression: &Expression<&str>,
    variables: &mut BTreeSet<String>,
    keys: &mut BTreeSet<String>,
) {
    match expression {
        Expression::Inline(inline) => walk_inline(inline, variables, keys),
        Expression::Select { selector, variants } => {
            walk_inline(selector, variables, keys);
            for variant in variants {
                if let VariantKey::Identifier { name } = variant.key {
                    keys.insert(name.to_owned());
                }
                walk_pattern(&variant.value, variables, keys);
            }
        }
    }
}

fn walk_inline(
    inline: &InlineExpression<&str>,
    variables: &mut BTreeSet<String>,
    keys: &mut BTreeSet<String>,
) {
    match inline {
        InlineExpression::VariableReference { id } => {
            variables.insert(id.name.to_owned());
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                walk_inline(argument, variables, keys);
            }
            for argument in &arguments.named {
                walk_inline(&argument.value, variables, keys);
            }
        }
        InlineExpression::TermReference {
            arguments: Some(arguments),
            ..
        } => {
            for argument in &arguments.positional {
                walk_inline(argument, variables, keys);
            }
        }
        InlineExpression::Placeable { expression } => walk_expression(expression, variables, keys),
        _ => {}
    }
}

/// CLDR plural categories (cardinal) a translation may use as variant keys.
pub const PLURAL_CATEGORIES: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];
