//! First-run setup and sign-in.

use eframe::egui::Ui;

use crate::console::ConsoleIntent;

use super::view::{ConsoleInputs, ConsoleView};

/// No account yet: the first administrator.
pub fn setup_ui(
    ui: &mut Ui,
    view: &ConsoleView<'_>,
    inputs: &mut ConsoleInputs,
) -> Option<ConsoleIntent> {
    view.heading(ui, "console-setup-title");
    view.para(ui, "console-setup-intro");
    view.field(ui, "console-account-name", &mut inputs.account_id, false);
    view.field(ui, "console-passphrase", &mut inputs.secret, true);
    view.button(ui, "console-setup-create")
        .then(|| ConsoleIntent::CreateFirstAdmin {
            account_id: inputs.account_id.trim().to_owned(),
            secret: std::mem::take(&mut inputs.secret).into(),
        })
}

/// Name and passphrase.
pub fn sign_in_ui(
    ui: &mut Ui,
    view: &ConsoleView<'_>,
    inputs: &mut ConsoleInputs,
) -> Option<ConsoleIntent> {
    view.heading(ui, "console-sign-in-title");
    view.field(ui, "console-account-name", &mut inputs.account_id, false);
    view.field(ui, "console-passphrase", &mut inputs.secret, true);
    // The passphrase is taken out of the field as it is sent: never kept on screen.
    view.button(ui, "console-sign-in")
        .then(|| ConsoleIntent::SignIn {
            account_id: inputs.account_id.trim().to_owned(),
            secret: std::mem::take(&mut inputs.secret).into(),
        })
}
