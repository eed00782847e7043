//! Numbers in each language's own digits and separators (CLDR data via ICU4X),
//! plugged into Fluent so that `{ $hours }` reads ٧٢ in Arabic and ৭২ in Bengali.

use fluent_bundle::FluentValue;
use fluent_bundle::types::FluentNumber;
use icu_decimal::DecimalFormatter;
use icu_decimal::input::Decimal;
use icu_decimal::options::{DecimalFormatterOptions, GroupingStrategy};
use intl_memoizer::{IntlLangMemoizer, Memoizable};
use unic_langid::LanguageIdentifier;

/// A decimal formatter for one language, built once per bundle and grouping choice.
pub struct LocalNumbers(DecimalFormatter);

impl Memoizable for LocalNumbers {
    /// Whether to group thousands.
    type Args = (bool,);
    type Error = ();

    fn construct(lang: LanguageIdentifier, (grouping,): Self::Args) -> Result<Self, ()> {
        let tag = match native_digits(&lang) {
            Some(system) => format!("{lang}-u-nu-{system}"),
            None => lang.to_string(),
        };
        let locale: icu_locale_core::Locale = tag.parse().map_err(|_| ())?;
        let mut options = DecimalFormatterOptions::default();
        if !grouping {
            options.grouping_strategy = Some(GroupingStrategy::Never);
        }
        DecimalFormatter::try_new((&locale).into(), options)
            .map(Self)
            .map_err(|_| ())
    }
}

/// Digits chosen over CLDR's default where the kiosk's readers expect them.
///
/// CLDR's data gives Latin digits for plain `ar`, which suits the Maghreb; the
/// Arabic readers a reception centre mostly meets (Iraq, Syria, Sudan, the Gulf)
/// read Arabic-Indic digits, as the Kurdish, Persian and Pashto locales already do.
fn native_digits(lang: &LanguageIdentifier) -> Option<&'static str> {
    (lang.language.as_str() == "ar" && lang.region.is_none()).then_some("arab")
}

impl LocalNumbers {
    fn format(&self, number: &FluentNumber) -> Option<String> {
        let mut decimal: Decimal = number.as_string().parse().ok()?;
        if let Some(digits) = number.options.minimum_integer_digits {
            decimal.absolute.pad_start(i16::try_from(digits).ok()?);
        }
        Some(self.0.format(&decimal).to_string())
    }
}

/// Fluent's formatter hook: numbers go through [`LocalNumbers`], everything else as usual.
pub fn format_value(value: &FluentValue<'_>, intls: &IntlLangMemoizer) -> Option<String> {
    let FluentValue::Number(number) = value else {
        return None;
    };
    intls
        .with_try_get::<LocalNumbers, _, _>((number.options.use_grouping,), |numbers| {
            numbers.format(number)
        })
        .ok()
        .flatten()
}
