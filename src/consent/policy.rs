//! Per-deployment settings the rules depend on: cooling-off, suspensions and
//! the areas of countries where assistance differs by area.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use time::Duration;

use super::clock::Timestamp;
use super::options::Destination;
use super::rules::RuleViolation;

/// The floor below which no deployment may set its cooling-off minimum.
pub const COOLING_OFF_FLOOR_HOURS: u32 = 24;
/// The longest cooling-off a deployment may set: 90 days. Longer is a typing
/// mistake, and a period of years could run past the last representable date.
pub const COOLING_OFF_CEILING_HOURS: u32 = 90 * 24;
/// The cooling-off period when a deployment sets none.
pub const COOLING_OFF_DEFAULT_HOURS: u32 = 72;

/// The cooling-off period of a deployment (DESIGN.md rule 7): validated on creation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct CoolingOff {
    hours: u32,
    minimum_hours: u32,
}

impl CoolingOff {
    /// A period of `hours`, refused if below `minimum_hours` or if the minimum is below 24 h.
    pub fn new(hours: u32, minimum_hours: u32) -> Result<Self, RuleViolation> {
        if minimum_hours < COOLING_OFF_FLOOR_HOURS {
            return Err(RuleViolation::CoolingOffMinimumTooLow {
                minimum_hours,
                floor_hours: COOLING_OFF_FLOOR_HOURS,
            });
        }
        for value in [hours, minimum_hours] {
            if value > COOLING_OFF_CEILING_HOURS {
                return Err(RuleViolation::CoolingOffTooLong {
                    hours: value,
                    ceiling_hours: COOLING_OFF_CEILING_HOURS,
                });
            }
        }
        if hours < minimum_hours {
            return Err(RuleViolation::CoolingOffTooShort {
                hours,
                minimum_hours,
            });
        }
        Ok(Self {
            hours,
            minimum_hours,
        })
    }

    /// The configured period in hours.
    pub fn hours(self) -> u32 {
        self.hours
    }

    /// The configured minimum in hours.
    pub fn minimum_hours(self) -> u32 {
        self.minimum_hours
    }

    /// When a consent signed at `signed_at` becomes effective. Checked: a period
    /// that came in some other way than [`CoolingOff::new`] (a deserialized one)
    /// is refused rather than overflowing the calendar.
    pub fn ends(self, signed_at: Timestamp) -> Result<Timestamp, RuleViolation> {
        signed_at
            .checked_add(Duration::hours(i64::from(self.hours)))
            .ok_or(RuleViolation::CoolingOffTooLong {
                hours: self.hours,
                ceiling_hours: COOLING_OFF_CEILING_HOURS,
            })
    }
}

impl Default for CoolingOff {
    fn default() -> Self {
        Self {
            hours: COOLING_OFF_DEFAULT_HOURS,
            minimum_hours: COOLING_OFF_FLOOR_HOURS,
        }
    }
}

/// Return assistance to a country, or an area of it, is suspended.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Suspension {
    /// The country (and area, if only part of it) concerned.
    pub destination: Destination,
    /// Since when.
    #[serde(with = "time::serde::rfc3339")]
    pub since: Timestamp,
    /// Why, as a message ID or short text from the deployment's content.
    pub reason: String,
}

impl Suspension {
    /// Whether this suspension covers `destination`. A whole-country suspension
    /// covers every area; an area's covers that area, and a destination in the
    /// same country whose area was never recorded (it may be that area: such a
    /// consent goes to review, and never departs unchecked).
    pub fn covers(&self, destination: &Destination) -> bool {
        self.destination.country == destination.country
            && (self.destination.area.is_none()
                || destination.area.is_none()
                || self.destination.area == destination.area)
    }
}

/// Everything signing needs to know about the deployment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SigningPolicy {
    /// The cooling-off period.
    pub cooling_off: CoolingOff,
    /// Destinations currently suspended.
    pub suspensions: Vec<Suspension>,
    /// Whether a consent signed now takes effect only after a counsellor's
    /// private confirmation interview (on unless the deployment says otherwise).
    pub confirmation_interview: bool,
    /// Whether a person alone may sign in a translation no person has reviewed
    /// (off unless the deployment says otherwise).
    pub sign_alone_in_draft_locales: bool,
    /// The countries whose return differs by area, each with its areas (ISO
    /// 3166-2): a return there names one of them, so an area's suspension
    /// reaches every consent it concerns.
    pub areas: BTreeMap<String, Vec<String>>,
}

impl Default for SigningPolicy {
    fn default() -> Self {
        Self {
            cooling_off: CoolingOff::default(),
            suspensions: Vec::new(),
            confirmation_interview: true,
            sign_alone_in_draft_locales: false,
            areas: BTreeMap::new(),
        }
    }
}

/// Whether a person has reviewed the translation a consent would be signed in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Translation {
    /// The source language, or a translation a named person reviewed.
    Reviewed,
    /// A draft nobody has reviewed: it may say something other than the source.
    Draft,
}

/// Who is with the person when they begin to consent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Company {
    /// Alone at the kiosk.
    Alone,
    /// A counsellor guides the session (and can check what the words say).
    Guided,
}

impl SigningPolicy {
    /// The suspension covering `destination`, if any (see [`Suspension::covers`]).
    pub fn suspension_for(&self, destination: &Destination) -> Option<&Suspension> {
        self.suspensions.iter().find(|s| s.covers(destination))
    }

    /// The suspension of the whole country `code`, if any (not one of its areas').
    pub fn country_suspension(&self, code: &str) -> Option<&Suspension> {
        self.suspensions
            .iter()
            .find(|s| s.destination.country == code && s.destination.area.is_none())
    }

    /// Whether a consent may name `destination` now: in a country whose return
    /// differs by area, one of its areas (ISO 3166-2) is named; and no
    /// suspension covers it.
    pub fn check_destination(&self, destination: &Destination) -> Result<(), RuleViolation> {
        if let Some(areas) = self.areas.get(&destination.country)
            && !destination
                .area
                .as_ref()
                .is_some_and(|area| areas.contains(area))
        {
            return Err(RuleViolation::AreaNotChosen {
                country: destination.country.clone(),
            });
        }
        match self.suspension_for(destination) {
            Some(suspension) => Err(RuleViolation::DestinationSuspended {
                country: suspension.destination.country.clone(),
            }),
            None => Ok(()),
        }
    }

    /// Whether a person may begin to consent in `locale`. Reading is always
    /// open; signing alone in a draft nobody reviewed is refused unless the
    /// deployment allows it, because the person could agree to words that do
    /// not say what the source says. With a counsellor it is always allowed.
    pub fn may_sign_in(
        &self,
        locale: &str,
        translation: Translation,
        company: Company,
    ) -> Result<(), RuleViolation> {
        match (translation, company) {
            (Translation::Draft, Company::Alone) if !self.sign_alone_in_draft_locales => {
                Err(RuleViolation::DraftLocaleAlone {
                    locale: locale.to_owned(),
                })
            }
            _ => Ok(()),
        }
    }
}
