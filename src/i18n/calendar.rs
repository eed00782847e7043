//! The calendar Dari / Persian dates are written in (`persian_calendar` in
//! `deployment.toml`): Gregorian, or the solar Hijri calendar with the month
//! names read in Afghanistan (Hamal … Hut) or in Iran (Farvardin … Esfand).
//! Both name sets are for the same twelve solar months; only the names differ.
//! With the Afghan calendar, Pashto dates are solar Hijri too, with Pashto's
//! own names for the months (Wray … Kab), as Afghan Pashto readers know them.
//! The conversion is ICU4X's (`icu_calendar`), not arithmetic of our own.

use icu_calendar::Date;
use icu_calendar::cal::Persian;

/// How dates read in Persian-script locales (`fa`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum PersianCalendar {
    /// The Gregorian calendar, with the locale's own month names (the default).
    #[default]
    Gregorian,
    /// The solar Hijri calendar with Afghanistan's month names (حمل … حوت).
    SolarHijriAfghan,
    /// The solar Hijri calendar with Iran's month names (فروردین … اسفند).
    SolarHijriIranian,
}

/// Afghanistan's names of the solar months, first (from the March equinox) to last.
pub const AFGHAN_MONTHS: [&str; 12] = [
    "حمل",
    "ثور",
    "جوزا",
    "سرطان",
    "اسد",
    "سنبله",
    "میزان",
    "عقرب",
    "قوس",
    "جدی",
    "دلو",
    "حوت",
];

/// Pashto's names of the same months, as used in Afghanistan.
pub const PASHTO_MONTHS: [&str; 12] = [
    "وری",
    "غویی",
    "غبرګولی",
    "چنګاښ",
    "زمری",
    "وږی",
    "تله",
    "لړم",
    "لیندۍ",
    "مرغومی",
    "سلواغه",
    "کب",
];

/// Iran's names of the same months.
pub const IRANIAN_MONTHS: [&str; 12] = [
    "فروردین",
    "اردیبهشت",
    "خرداد",
    "تیر",
    "مرداد",
    "شهریور",
    "مهر",
    "آبان",
    "آذر",
    "دی",
    "بهمن",
    "اسفند",
];

impl PersianCalendar {
    /// The values `deployment.toml` accepts, as written there.
    pub const NAMES: [&'static str; 3] = ["gregorian", "solar-hijri-afghan", "solar-hijri-iranian"];

    /// The setting written as `name`, if it is one of [`Self::NAMES`].
    pub fn from_name(name: &str) -> Option<Self> {
        match name {
            "gregorian" => Some(Self::Gregorian),
            "solar-hijri-afghan" => Some(Self::SolarHijriAfghan),
            "solar-hijri-iranian" => Some(Self::SolarHijriIranian),
            _ => None,
        }
    }

    /// The month names for dates in `tag`, or `None` where this calendar does
    /// not apply: Dari/Persian (`fa`) in either solar calendar, and Pashto
    /// (`ps`) in Afghanistan's.
    fn months(self, tag: &str) -> Option<&'static [&'static str; 12]> {
        match (self, tag.split(['-', '_']).next()) {
            (Self::SolarHijriAfghan, Some("fa")) => Some(&AFGHAN_MONTHS),
            (Self::SolarHijriAfghan, Some("ps")) => Some(&PASHTO_MONTHS),
            (Self::SolarHijriIranian, Some("fa")) => Some(&IRANIAN_MONTHS),
            _ => None,
        }
    }

    /// Whether it applies to dates in `tag`: `fa` (and `fa-AF`) in either solar
    /// calendar, `ps` in Afghanistan's.
    pub fn applies_to(self, tag: &str) -> bool {
        self.months(tag).is_some()
    }

    /// `date` in this calendar as written in `tag`: (year, month name, day of
    /// the month), or `None` where it does not apply (or a date outside
    /// ICU4X's range).
    pub fn solar_date(self, tag: &str, date: time::Date) -> Option<(i32, &'static str, u8)> {
        let months = self.months(tag)?;
        let iso = Date::try_new_iso(date.year(), u8::from(date.month()), date.day()).ok()?;
        let solar = iso.to_calendar(Persian);
        let month = months.get(usize::from(solar.month().ordinal).checked_sub(1)?)?;
        Some((solar.era_year().year, month, solar.day_of_month().0))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nowruz_is_the_first_of_hamal() {
        // 21 March 2026 is 1 Hamal 1405 (Nowruz); 20 March 2026 is the last day of 1404.
        let calendar = PersianCalendar::SolarHijriAfghan;
        assert_eq!(
            calendar.solar_date("fa", time::macros::date!(2026 - 03 - 21)),
            Some((1405, "حمل", 1))
        );
        assert_eq!(
            calendar.solar_date("fa-AF", time::macros::date!(2026 - 03 - 20)),
            Some((1404, "حوت", 29))
        );
        assert_eq!(
            PersianCalendar::SolarHijriIranian
                .solar_date("fa", time::macros::date!(2026 - 12 - 07)),
            Some((1405, "آذر", 16))
        );
        assert_eq!(
            PersianCalendar::Gregorian.solar_date("fa", time::macros::date!(2026 - 12 - 07)),
            None
        );
    }

    #[test]
    fn pashto_names_the_same_months_in_its_own_words() {
        // 7 December 2026 is 16 Qaws (Dari) = 16 Lindëi (Pashto) 1405; 21 March is 1 Wray.
        let calendar = PersianCalendar::SolarHijriAfghan;
        assert_eq!(
            calendar.solar_date("ps", time::macros::date!(2026 - 12 - 07)),
            Some((1405, "لیندۍ", 16))
        );
        assert_eq!(
            calendar.solar_date("fa", time::macros::date!(2026 - 12 - 07)),
            Some((1405, "قوس", 16))
        );
        assert_eq!(
            calendar.solar_date("ps", time::macros::date!(2026 - 03 - 21)),
            Some((1405, "وری", 1))
        );
        // Iran's calendar is not Pashto's.
        assert_eq!(
            PersianCalendar::SolarHijriIranian
                .solar_date("ps", time::macros::date!(2026 - 12 - 07)),
            None
        );
    }

    #[test]
    fn only_dari_persian_and_pashto_change() {
        let calendar = PersianCalendar::SolarHijriAfghan;
        assert!(calendar.applies_to("fa") && calendar.applies_to("fa-AF"));
        assert!(calendar.applies_to("ps") && !calendar.applies_to("ar"));
        assert!(!PersianCalendar::SolarHijriIranian.applies_to("ps"));
        assert!(!PersianCalendar::Gregorian.applies_to("fa"));
    }
}
