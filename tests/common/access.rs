//! Checks of the accessibility tree on the first frame after a press: what an
//! AT-SPI client such as Orca sees before anything else repaints the window.

use std::collections::HashMap;

use eframe::egui::{self, Role, accesskit::Action};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable, by};

/// Every node of the tree by id: its role and whether it can be clicked.
pub type Snapshot = HashMap<String, (Role, bool)>;

/// The tree of the last frame.
pub fn snapshot<State>(harness: &Harness<'_, State>) -> Snapshot {
    harness
        .query_all(by().predicate(|_| true))
        .map(|node| {
            let node = node.accesskit_node();
            (
                format!("{:?}", node.id()),
                (node.role(), node.data().supports_action(Action::Click)),
            )
        })
        .collect()
}

/// Runs the frame that takes the queued press, then the next one (a new page's
/// first frame), and checks that frame: every button can be clicked, and no
/// node id of the frame before came back as something that can now be clicked
/// or with another role (AT-SPI clients keep a reused node's old interfaces,
/// so such a button could not be pressed). Returns that first frame's tree.
pub fn step_and_check<State>(harness: &mut Harness<'_, State>, place: &str) -> Snapshot {
    harness.step();
    let before = snapshot(harness);
    harness.step();
    let after = snapshot(harness);
    for node in harness.query_all(by().role(Role::Button)) {
        assert!(
            node.accesskit_node().data().supports_action(Action::Click),
            "{place}: button {:?} cannot be clicked on its first frame",
            node.accesskit_node().label()
        );
    }
    for (id, (role, clickable)) in &after {
        if let Some((old_role, was_clickable)) = before.get(id) {
            // Losing an action is harmless (pressing it does nothing); gaining
            // one under a kept id is what leaves a control unpressable.
            assert!(
                !clickable || *was_clickable,
                "{place}: node {id} was {old_role:?} (clickable: {was_clickable}) and is now \
                 {role:?} (clickable: {clickable}) under the same id: a screen reader keeps \
                 what it knew of it",
            );
        }
    }
    after
}

/// The node that has focus, as (role, name).
pub fn focused<State>(harness: &Harness<'_, State>) -> Option<(Role, String)> {
    harness
        .query_all(by().predicate(|node| node.is_focused()))
        .next()
        .map(|node| {
            let node = node.accesskit_node();
            let name = node.label().or_else(|| node.value()).unwrap_or_default();
            (node.role(), name)
        })
}

/// A node's live setting and text, by role.
pub fn live_regions<State>(harness: &Harness<'_, State>) -> Vec<(egui::accesskit::Live, String)> {
    harness
        .query_all(by().role(Role::Status))
        .map(|node| {
            let node = node.accesskit_node();
            (node.live(), node.label().unwrap_or_default())
        })
        .collect()
}
