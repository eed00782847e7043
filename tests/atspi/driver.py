"""Drives the real kiosk window through AT-SPI, as a screen reader or switch
access does: controls are found by their accessible names and pressed through
their Action interface; text is set through EditableText and read back through
Text. Never a synthetic click.

Run by tests/atspi.rs inside a private D-Bus session (dbus-run-session) on an
Xvfb display:  python3 driver.py PLAN.json -- KIOSK-COMMAND...

The plan is a JSON list of steps; the names in it come from the .ftl messages.
Prints "code=<reference>" for each receipt code read. Exits non-zero, saying
what the tree held, when a step cannot be done within the timeout.
"""

import json
import re
import subprocess
import sys
import time

import gi

gi.require_version("Atspi", "2.0")
from gi.repository import Atspi, Gio, GLib  # noqa: E402

TIMEOUT = 30.0
POLL = 0.05
CODE = re.compile(r"^[A-Z0-9]{5}-[A-Z0-9]{5}$")


class Failed(Exception):
    pass


def enable_accessibility():
    """What a desktop does when a screen reader starts: AccessKit's adapter
    listens to this property and only then builds its AT-SPI tree."""
    bus = Gio.bus_get_sync(Gio.BusType.SESSION, None)
    bus.call_sync(
        "org.a11y.Bus",
        "/org/a11y/bus",
        "org.freedesktop.DBus.Properties",
        "Set",
        GLib.Variant("(ssv)", ("org.a11y.Status", "IsEnabled", GLib.Variant("b", True))),
        None,
        Gio.DBusCallFlags.NONE,
        -1,
        None,
    )


def kiosk_app():
    desktop = Atspi.get_desktop(0)
    for i in range(desktop.get_child_count()):
        child = desktop.get_child_at_index(i)
        if child is not None and child.get_name() == "consent-kiosk":
            return child
    return None


def nodes(root):
    """Every node under `root`, in document order; nodes that vanish while
    being read (the page changed) are skipped."""
    stack = [root]
    while stack:
        node = stack.pop()
        yield node
        try:
            count = node.get_child_count()
            children = [node.get_child_at_index(i) for i in range(count)]
        except GLib.Error:
            continue
        stack.extend(reversed([c for c in children if c is not None]))


def describe(node):
    try:
        return f"{node.get_role_name()} {node.get_name()!r} {node.get_interfaces()}"
    except GLib.Error:
        return "(gone)"


def snapshot(app):
    return "\n".join("  " + describe(n) for n in nodes(app))


def wait(what, find):
    """Polls `find` until it returns something; fails with the tree at the end."""
    deadline = time.monotonic() + TIMEOUT
    while True:
        app = kiosk_app()
        if app is not None:
            try:
                found = find(app)
            except GLib.Error:
                found = None
            if found is not None:
                return found
        if time.monotonic() > deadline:
            tree = snapshot(app) if app is not None else "(no kiosk application on the bus)"
            raise Failed(f"timed out waiting for {what}; the tree held:\n{tree}")
        time.sleep(POLL)


def safe_name(node):
    try:
        return node.get_name()
    except GLib.Error:
        return None


def button(app, name, exact=True):
    """A control named `name` that offers an action in its cached interfaces and
    is enabled: what a screen reader sees (a node missing Action there cannot be
    pressed, and a dimmed one does nothing). A button that becomes enabled a frame
    after a field is filled ("I sign") is waited for, never pressed while dimmed."""
    for node in nodes(app):
        label = safe_name(node)
        if label is None:
            continue
        if (label == name) if exact else (name in label):
            try:
                enabled = node.get_state_set().contains(Atspi.StateType.ENABLED)
                if (enabled and "Action" in node.get_interfaces()
                        and Atspi.Action.get_n_actions(node) > 0):
                    return node
            except GLib.Error:
                continue
    return None


def text_field(app, name):
    for node in nodes(app):
        try:
            if safe_name(node) == name and "EditableText" in node.get_interfaces():
                return node
        except GLib.Error:
            continue
    return None


def text_of(node):
    count = Atspi.Text.get_character_count(node)
    return Atspi.Text.get_text(node, 0, count)


def present(app, path):
    return any(n.path == path for n in nodes(app))


def fingerprint(app):
    parts = []
    for node in nodes(app):
        try:
            item = describe(node) + " " + str(node.get_state_set().get_states())
            if "Text" in node.get_interfaces():
                item += " = " + text_of(node)
            parts.append(item)
        except GLib.Error:
            continue
    return "\n".join(parts)


def press(step):
    name = step["press"]
    exact = not step.get("contains", False)
    node = wait(f"a control named {name!r} with an action", lambda app: button(app, name, exact))
    path = node.path
    before = fingerprint(kiosk_app()) if step.get("then") == "same" else None
    if not Atspi.Action.do_action(node, 0):
        raise Failed(f"the action of {name!r} was refused")
    if step.get("then") == "same":
        # The page stays: wait until what it shows has changed.
        wait(f"a change after pressing {name!r}", lambda app: True if fingerprint(app) != before else None)
    else:
        # A new page: every node of the old one goes (each page's nodes are new).
        wait(f"the page after {name!r}", lambda app: True if not present(app, path) else None)


def press_until(step):
    """Presses `press_until` (a new part each time) until `until` can be pressed."""
    name, target = step["press_until"], step["until"]
    for _ in range(60):
        found = wait(f"{target!r} or {name!r}",
                     lambda app: "target" if button(app, target) is not None
                     else "next" if button(app, name) is not None else None)
        if found == "target":
            return
        press({"press": name, "then": "page"})
    raise Failed(f"{target!r} never came after pressing {name!r}")


def set_text(step):
    name, value = step["set_text"], step["value"]
    node = wait(f"a text field named {name!r}", lambda app: text_field(app, name))
    if not Atspi.EditableText.set_text_contents(node, value):
        raise Failed(f"the text of {name!r} could not be set")
    read_back(name, value)


def read_back(name, value):
    """Waits until the field's Text interface reads `value`."""
    last = []

    def find(app):
        field = text_field(app, name)
        if field is None:
            return None
        last[:] = [text_of(field)]
        return True if last[0] == value else None

    try:
        wait(f"{name!r} to read back {value!r}", find)
    except Failed as failure:
        raise Failed(f"{name!r} read {last!r}, not {value!r}: {failure}") from None


def expect_text(step, codes):
    name = step["expect_text"]
    value = codes[-1] if step.get("value") == "$code" else step["value"]
    read_back(name, value)


def read_code(codes):
    def find(app):
        for node in nodes(app):
            label = safe_name(node)
            if label is not None and CODE.match(label):
                return label
        return None

    code = wait("a reference code on the screen", find)
    codes.append(code)
    print(f"code={code}", flush=True)


def keypad(codes):
    for char in codes[-1].replace("-", ""):
        press({"press": char, "then": "same"})


def expect(step):
    name = step["expect"]
    wait(f"something named {name!r}",
         lambda app: True if any(safe_name(n) == name for n in nodes(app)) else None)


def main():
    plan_path = sys.argv[1]
    command = sys.argv[sys.argv.index("--") + 1:]
    with open(plan_path, encoding="utf-8") as f:
        plan = json.load(f)
    enable_accessibility()
    kiosk = subprocess.Popen(command)
    codes = []
    try:
        for number, step in enumerate(plan):
            started = time.monotonic()
            if "press_until" in step:
                press_until(step)
            elif "press" in step:
                press(step)
            elif "set_text" in step:
                set_text(step)
            elif "expect_text" in step:
                expect_text(step, codes)
            elif "read_code" in step:
                read_code(codes)
            elif "keypad_code" in step:
                keypad(codes)
            elif "expect" in step:
                expect(step)
            else:
                raise Failed(f"unknown step {step}")
            print(f"step {number} done in {time.monotonic() - started:.2f} s: {step}", flush=True)
        return 0
    except Failed as failure:
        print(f"FAILED at step {number} {step}: {failure}", file=sys.stderr, flush=True)
        return 1
    finally:
        kiosk.terminate()
        try:
            kiosk.wait(timeout=10)
        except subprocess.TimeoutExpired:
            kiosk.kill()


if __name__ == "__main__":
    sys.exit(main())
