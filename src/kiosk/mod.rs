//! A migrant's session at the kiosk: which screen they are on, what they chose,
//! and what each touch does. Plain Rust, no egui: screens read a [`Session`] and
//! hand back an [`Intent`]; [`Session::apply`] carries it out through the domain
//! and the store. Nothing is stored unless the person signs (or withdraws).
//!
//! The screens that draw this state are in `ui::kiosk`.

mod deadline;
mod screen;
mod session;
mod step_text;

pub use deadline::{
    DEADLINE_DAYS, DEADLINE_TEXT, DEADLINE_UNKNOWN, DeadlineLine, deadline_of, option_deadline,
};
pub use screen::{Intent, Screen};
pub use session::{
    COMPLAINTS_LABEL, Guided, IdleState, Notice, Services, Session, country_page, info_page,
};
pub use step_text::{question_messages, review_messages, step_text};

#[cfg(test)]
mod tests;
