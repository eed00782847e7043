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
}

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
