//! Content and languages: the bundled tree loads and checks clean; bad input is
//! refused with file and line, or falls back visibly; numbers, dates and plurals
//! follow each language.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

mod common;

use std::fs;
use std::path::Path;

use common::tree::{bundled, copy_tree, load, replace_in};
use consent_kiosk::consent::Destination;
use consent_kiosk::content::{Content, check};
use consent_kiosk::i18n::Catalog;
use fluent_bundle::FluentArgs;

#[test]
fn the_bundled_content_loads_with_every_option_and_a_suspended_country() {
    let (content, locales) = bundled();
    let content = load(&content, &locales).expect("bundled content is valid");
    assert_eq!(content.options.len(), 6, "all six legal options");
    assert!(content.countries.len() >= 12);
    assert!(
        content.countries_are_examples,
        "the countries are marked as example data"
    );
    assert!((5..=8).contains(&content.questions.len()));
    assert!(content.version.starts_with("sha256:"));
    let policy = content.signing_policy();
    assert!(policy.suspension_for(&Destination::country("AF")).is_some());
    assert!(policy.suspension_for(&Destination::country("GE")).is_none());
    let borno = Destination {
        country: "NG".into(),
        area: Some("NG-BO".into()),
    };
    assert!(
        policy.suspension_for(&borno).is_some(),
        "an area can be suspended alone"
    );
    assert!(
        policy.country_suspension("NG").is_none(),
        "the rest of Nigeria is open"
    );
    let lagos = Destination {
        country: "NG".into(),
        area: Some("NG-LA".into()),
    };
    assert!(policy.suspension_for(&lagos).is_none());
    // A return to Nigeria names one of its 37 areas; one that names none might
    // be to the paused one, so it is never taken as open.
    assert_eq!(policy.areas.get("NG").map(Vec::len), Some(37));
    assert!(policy.suspension_for(&Destination::country("NG")).is_some());
    assert!(
        policy
            .check_destination(&Destination::country("NG"))
            .is_err()
    );
    assert_eq!(policy.check_destination(&lagos), Ok(()));
}

#[test]
fn the_bundled_tree_has_no_errors_and_every_draft_is_marked_unreviewed() {
    let (content, locales) = bundled();
    let report = check::check(&content, &locales);
    assert!(!report.has_errors(), "{}", report.to_text());
    let catalog = Catalog::load(&locales).expect("loads");
    assert!(catalog.locales().count() >= 15);
    for locale in catalog.locales() {
        assert!(
            locale.problems.is_empty(),
            "{:?}: {:?}",
            locale.tag,
            locale.problems
        );
        if locale.tag != "en" {
            assert_eq!(locale.meta.review, "draft, unreviewed", "{}", locale.tag);
            assert!(!locale.meta.is_reviewed());
            let summary = &report.summaries[&locale.tag.to_string()];
            assert_eq!(summary.missing, 0, "{} is complete", locale.tag);
        }
    }
}

#[test]
fn numbers_use_each_languages_digits_and_plurals() {
    let (_, locales) = bundled();
    let catalog = Catalog::load(&locales).expect("loads");
    let hours = |tag: &str, n: i64| {
        let mut args = FluentArgs::new();
        args.set("hours", n);
        catalog
            .text(&catalog.chain(tag, "fr"), "cooling-off-left", Some(&args))
            .text
    };
    assert!(hours("en", 72).contains("72"));
    assert!(hours("ar", 72).contains("٧٢"), "{}", hours("ar", 72));
    assert!(hours("fa", 72).contains("۷۲"), "{}", hours("fa", 72));
    assert!(hours("bn", 72).contains("৭২"), "{}", hours("bn", 72));
    assert_ne!(
        hours("en", 1),
        hours("en", 2).replace('2', "1"),
        "one and other differ in English"
    );

    let date = time::macros::date!(2026 - 03 - 05);
    let en = catalog.date(&catalog.chain("en", "fr"), date).text;
    assert!(
        en.contains("March") && en.contains("2026") && !en.contains("2,026"),
        "{en}"
    );
    let fa = catalog.date(&catalog.chain("fa", "fr"), date).text;
    assert!(fa.contains("۲۰۲۶") && fa.contains('۵'), "{fa}");
    let ti = catalog.date(&catalog.chain("ti", "fr"), date).text;
    assert_eq!(ti, "05/03/2026", "Tigrinya dates are numeric, day first");
    let time = catalog
        .time_of_day(&catalog.chain("en", "fr"), time::macros::time!(9:05))
        .text;
    assert!(time.contains("09") && time.contains("05"), "{time}");
}

#[test]
fn zero_is_never_shown_as_one_in_any_language() {
    // Persian, Amharic, Bengali, French and Tigrinya put 0 in the plural category
    // `one`: a `[one]` variant that spells out "one" would tell a person with an
    // empty field that they typed one character.
    let (_, locales) = bundled();
    let catalog = Catalog::load(&locales).expect("loads");
    for locale in catalog.locales() {
        let tag = locale.tag.to_string();
        let chain = catalog.chain(&tag, "fr");
        let with = |id: &str, name: &str, n: i64| {
            let mut args = FluentArgs::new();
            args.set(name, n);
            args.set("expected", 8);
            catalog.text(&chain, id, Some(&args)).text
        };
        for (id, name) in [
            ("withdraw-code-length", "found"),
            ("idle-warning", "seconds"),
            ("cooling-off-left", "hours"),
        ] {
            let zero = with(id, name, 0);
            let one = with(id, name, 1);
            assert_ne!(zero, one, "{tag} {id}: 0 reads like 1: {zero}");
        }
    }
}

#[test]
fn placeables_keep_their_isolation_marks_for_the_text_layer() {
    let (_, locales) = bundled();
    let catalog = Catalog::load(&locales).expect("loads");
    let mut args = FluentArgs::new();
    args.set("date", "5 March 2026");
    let text = catalog
        .text(
            &catalog.chain("ar", "fr"),
            "country-status-suspended",
            Some(&args),
        )
        .text;
    assert!(
        text.contains('\u{2068}') && text.contains('\u{2069}'),
        "{text:?}"
    );
}

#[test]
fn language_negotiation_falls_back_to_host_then_english() {
    let (_, locales) = bundled();
    let catalog = Catalog::load(&locales).expect("loads");
    assert_eq!(catalog.chain("fa-AF", "fr").tags(), ["fa", "fr", "en"]);
    assert_eq!(catalog.chain("pt-BR", "fr").tags(), ["fr", "en"]);
    assert_eq!(catalog.chain("en", "fr").primary(), "en");
    let missing = catalog.text(&catalog.chain("ar", "fr"), "no-such-message", None);
    assert!(missing.missing && missing.fell_back);
}

#[test]
fn a_malformed_ftl_breaks_only_its_messages_and_says_where() {
    let (_dir, content, locales) = copy_tree();
    let file = locales.join("fa").join("kiosk.ftl");
    let text = fs::read_to_string(&file).expect("read");
    let line = text
        .lines()
        .position(|l| l.starts_with("welcome-title"))
        .expect("welcome-title in fa")
        + 1;
    replace_in(&file, "welcome-title =", "welcome-title = { broken");

    let catalog = Catalog::load(&locales).expect("the kiosk still starts");
    let fa = catalog.locale("fa").expect("fa");
    let problem = fa.problems.first().expect("the problem is reported");
    assert!(problem.location.path.ends_with("fa/kiosk.ftl"));
    assert_eq!(problem.location.line, line);

    let chain = catalog.chain("fa", "fr");
    let broken = catalog.text(&chain, "welcome-title", None);
    assert!(broken.fell_back, "the broken message falls back, visibly");
    assert_eq!(broken.locale, "fr");
    let fine = catalog.text(&chain, "welcome-start", None);
    assert!(
        !fine.fell_back && fine.locale == "fa",
        "the rest of fa is still used"
    );

    let report = check::check(&content, &locales);
    assert!(report.has_errors());
    let text = report.to_text();
    assert!(text.contains(&format!("fa/kiosk.ftl:{line}:")), "{text}");
    assert!(
        Content::load(&content, &catalog).is_ok(),
        "content is unaffected"
    );
}

fn refused(content: &Path, locales: &Path) -> String {
    match load(content, locales) {
        Ok(_) => panic!("bad content must be refused"),
        Err(error) => error.to_string(),
    }
}

#[test]
fn an_unknown_message_id_is_refused_with_file_and_line() {
    let (_dir, content, locales) = copy_tree();
    replace_in(
        &content.join("pages.toml"),
        "\"reintegration-community\"",
        "\"reintegration-commnity\"",
    );
    let error = refused(&content, &locales);
    assert!(
        error.contains("pages.toml:") && error.contains("reintegration-commnity"),
        "{error}"
    );
}

#[test]
fn a_duplicate_id_is_refused() {
    let (_dir, content, locales) = copy_tree();
    replace_in(
        &content.join("comprehension.toml"),
        "id = \"help-after\"",
        "id = \"change-mind\"",
    );
    let error = refused(&content, &locales);
    assert!(
        error.contains("comprehension.toml:") && error.contains("duplicate"),
        "{error}"
    );
}

#[test]
fn a_country_code_that_is_not_iso_3166_is_refused() {
    let (_dir, content, locales) = copy_tree();
    replace_in(
        &content.join("countries.toml"),
        "code = \"GE\"",
        "code = \"XG\"",
    );
    let error = refused(&content, &locales);
    assert!(
        error.contains("countries.toml:11:8") && error.contains("ISO 3166"),
        "{error}"
    );
}

#[test]
fn cooling_off_below_the_minimum_is_refused() {
    let (_dir, content, locales) = copy_tree();
    replace_in(
        &content.join("deployment.toml"),
        "cooling_off_hours = 72",
        "cooling_off_hours = 12",
    );
    let error = refused(&content, &locales);
    assert!(
        error.contains("deployment.toml:") && error.contains("below the minimum"),
        "{error}"
    );
    replace_in(
        &content.join("deployment.toml"),
        "cooling_off_hours = 12",
        "cooling_off_hours = 72",
    );
    replace_in(
        &content.join("deployment.toml"),
        "cooling_off_minimum_hours = 24",
        "cooling_off_minimum_hours = 6",
    );
    let error = refused(&content, &locales);
    assert!(error.contains("below the floor"), "{error}");
}

#[test]
fn malformed_toml_is_refused_with_its_position() {
    let (_dir, content, locales) = copy_tree();
    replace_in(
        &content.join("statements.toml"),
        "required = true",
        "required = maybe",
    );
    let error = refused(&content, &locales);
    assert!(error.contains("statements.toml:"), "{error}");
}

#[test]
fn a_missing_option_is_refused() {
    let (_dir, content, locales) = copy_tree();
    replace_in(
        &content.join("options.toml"),
        "key = \"appeal\"",
        "key = \"asylum\"",
    );
    assert!(refused(&content, &locales).contains("duplicate"));
}

#[test]
fn a_translation_becomes_stale_when_its_english_changes() {
    let (_dir, content, locales) = copy_tree();
    check::stamp(&locales, "fa").expect("stamp");
    let before = check::check(&content, &locales);
    assert_eq!(before.summaries["fa"].stale, 0);
    assert_eq!(before.summaries["fa"].unstamped, 0);
    replace_in(
        &locales.join("en").join("kiosk.ftl"),
        "welcome-title = Welcome",
        "welcome-title = Welcome to the kiosk",
    );
    let after = check::check(&content, &locales);
    assert_eq!(after.summaries["fa"].stale, 1, "{}", after.to_text());
    assert!(after.to_text().contains("welcome-title"));
    assert!(!after.has_errors(), "stale is a warning");
}

#[test]
fn missing_messages_obsolete_ones_and_wrong_variables_are_reported() {
    let (_dir, content, locales) = copy_tree();
    let kiosk = locales.join("tr").join("kiosk.ftl");
    let text = fs::read_to_string(&kiosk).expect("read");
    let without: String = text
        .lines()
        .filter(|l| !l.starts_with("nav-home"))
        .map(|l| format!("{l}\n"))
        .collect();
    fs::write(&kiosk, format!("{without}old-message = Eski\n")).expect("write");
    replace_in(&kiosk, "{ $date }", "{ $when }");
    let report = check::check(&content, &locales);
    let summary = &report.summaries["tr"];
    assert_eq!(summary.missing, 1);
    assert_eq!(summary.obsolete, 1);
    assert!(report.has_errors(), "an unknown variable is an error");
    let json: serde_json::Value = serde_json::from_str(&report.to_json()).expect("JSON");
    assert_eq!(json["summary"]["tr"]["missing"], 1);
    assert!(
        json["findings"]
            .as_array()
            .expect("findings")
            .iter()
            .any(|f| f["kind"] == "unknown-variable")
    );
}

#[test]
fn the_content_version_changes_with_any_word() {
    let (_dir, content, locales) = copy_tree();
    let before = load(&content, &locales).expect("loads").version;
    replace_in(&locales.join("so").join("kiosk.ftl"), "=", "= ");
    let after = load(&content, &locales).expect("loads").version;
    assert_ne!(before, after);
}

#[test]
fn a_change_to_one_country_changes_only_that_countrys_version() {
    let (_dir, content, locales) = copy_tree();
    let before = load(&content, &locales).expect("loads");
    assert_eq!(before.country_versions.len(), before.countries.len());
    assert_ne!(
        before.version_for(Some("GE")),
        before.version_for(Some("NG"))
    );
    assert_eq!(before.version_for(None), before.version);
    assert_eq!(before.version_for(Some("XX")), before.version, "unknown");

    // A word of Georgia's page, in one translation only.
    replace_in(
        &locales.join("fr").join("countries.ftl"),
        "country-ge-reintegration = ",
        "country-ge-reintegration = Nouveau. ",
    );
    let after = load(&content, &locales).expect("loads");
    assert_ne!(after.version, before.version, "the whole content changed");
    assert_ne!(
        after.version_for(Some("GE")),
        before.version_for(Some("GE"))
    );
    for country in before.countries.iter().filter(|c| c.code != "GE") {
        let code = Some(country.code.as_str());
        assert_eq!(
            after.version_for(code),
            before.version_for(code),
            "{}",
            country.code
        );
    }

    // Nigeria's situation date in countries.toml: only Nigeria.
    let ng = after.version_for(Some("NG")).to_owned();
    let ge = after.version_for(Some("GE")).to_owned();
    let toml = fs::read_to_string(content.join("countries.toml")).expect("read");
    let at = toml.find("code = \"NG\"").expect("NG");
    let (head, tail) = toml.split_at(at);
    let tail = tail.replacen("as_of = 2026-11-02", "as_of = 2026-11-03", 1);
    fs::write(content.join("countries.toml"), format!("{head}{tail}")).expect("write");
    let dated = load(&content, &locales).expect("loads");
    assert_ne!(dated.version_for(Some("NG")), ng);
    assert_eq!(dated.version_for(Some("GE")), ge);

    // Words every return shares: every country's version changes.
    replace_in(
        &locales.join("fr").join("return.ftl"),
        "rights-title = ",
        "rights-title = Nouveau. ",
    );
    let shared = load(&content, &locales).expect("loads");
    for country in &dated.countries {
        let code = Some(country.code.as_str());
        assert_ne!(
            shared.version_for(code),
            dated.version_for(code),
            "{}",
            country.code
        );
    }
}

#[test]
fn country_situations_have_a_source_and_a_date_and_get_old() {
    let (content, locales) = bundled();
    let loaded = load(&content, &locales).expect("loads");
    let georgia = loaded
        .countries
        .iter()
        .find(|c| c.code == "GE")
        .expect("GE");
    let situation = georgia.situation.as_ref().expect("described");
    assert!(!situation.source.is_empty());
    let fresh = consent_kiosk::content::advice(&loaded, situation.as_of);
    assert!(
        !fresh.iter().any(|a| a.kind == "situation-old"),
        "{fresh:?}"
    );
    let late = situation.as_of
        + time::Duration::days(i64::from(loaded.deployment.situation_max_age_days) + 1);
    let old = consent_kiosk::content::advice(&loaded, late);
    assert!(
        old.iter()
            .any(|a| a.kind == "situation-old" && a.text.contains("GE")),
        "{old:?}"
    );
    // The age is the deployment's setting.
    let (_dir, content, locales) = copy_tree();
    replace_in(
        &content.join("deployment.toml"),
        "situation_max_age_days = 180",
        "situation_max_age_days = 7",
    );
    let strict = load(&content, &locales).expect("loads");
    let week = consent_kiosk::content::advice(&strict, situation.as_of + time::Duration::days(8));
    assert!(week.iter().any(|a| a.kind == "situation-old"), "{week:?}");
    // A situation without a source is refused at load.
    replace_in(
        &content.join("countries.toml"),
        "source = \"EXAMPLE: the partner organisation's country report\"",
        "source = \" \"",
    );
    let error = refused(&content, &locales);
    assert!(
        error.contains("countries.toml:") && error.contains("source"),
        "{error}"
    );
}

#[test]
fn missing_legal_aid_complaints_or_limits_are_reported_by_content_check() {
    let (content, locales) = bundled();
    let report = check::check(&content, &locales);
    for kind in [
        "legal-aid-missing",
        "complaints-missing",
        "situation-missing",
        "questions-no-limit",
        "questions-same-place",
    ] {
        assert!(
            !report.findings.iter().any(|f| f.kind == kind),
            "the bundled tree has no {kind}"
        );
    }
    let (_dir, content, locales) = copy_tree();
    let deployment = content.join("deployment.toml");
    let text = fs::read_to_string(&deployment).expect("read");
    let cut = text.find("legal_aid = [").expect("legal aid");
    let text = text[..cut].replace(
        "complaints_contact = \"EXAMPLE: independent complaints office or ombudsperson, address, phone\"",
        "",
    );
    fs::write(&deployment, text).expect("write");
    replace_in(
        &content.join("comprehension.toml"),
        "\nlimit = true\n",
        "\n",
    );
    replace_in(
        &content.join("comprehension.toml"),
        "\nlimit = true\n",
        "\n",
    );
    let report = check::check(&content, &locales);
    for kind in [
        "legal-aid-missing",
        "complaints-missing",
        "questions-no-limit",
    ] {
        assert!(
            report.findings.iter().any(|f| f.kind == kind),
            "{kind}: {}",
            report.to_text()
        );
    }
    assert!(!report.has_errors(), "warnings only: {}", report.to_text());
}

#[test]
fn a_legal_aid_contact_needs_a_known_label_and_a_value() {
    let (_dir, content, locales) = copy_tree();
    replace_in(
        &content.join("deployment.toml"),
        "label = \"contact-legal-aid\"",
        "label = \"contact-nobody-wrote\"",
    );
    let error = refused(&content, &locales);
    assert!(
        error.contains("deployment.toml:") && error.contains("contact-nobody-wrote"),
        "{error}"
    );
    let (_dir, content, locales) = copy_tree();
    replace_in(
        &content.join("deployment.toml"),
        "value = \"EXAMPLE: legal aid organisation, address, phone, free of charge\"",
        "value = \"\"",
    );
    assert!(refused(&content, &locales).contains("legal_aid"));
}

#[test]
fn comprehension_tests_limits_and_varies_where_the_right_answer_stands() {
    let (content, locales) = bundled();
    let loaded = load(&content, &locales).expect("loads");
    assert!(loaded.questions.iter().filter(|q| q.limit).count() >= 2);
    let places: std::collections::BTreeSet<usize> = loaded
        .questions
        .iter()
        .filter_map(|q| q.answers.iter().position(|a| a.correct))
        .collect();
    assert!(
        places.len() > 1,
        "the right answer is not always in one place"
    );
    // And "no" is the right answer to some questions, "yes" to others.
    let right_ids: std::collections::BTreeSet<&str> = loaded
        .questions
        .iter()
        .flat_map(|q| {
            q.answers
                .iter()
                .filter(|a| a.correct)
                .map(|a| a.id.as_str())
        })
        .collect();
    assert!(
        right_ids.contains("no") && right_ids.contains("yes"),
        "{right_ids:?}"
    );
    // All in first place is reported.
    let (_dir, content, locales) = copy_tree();
    let path = content.join("comprehension.toml");
    let text = fs::read_to_string(&path).expect("read");
    let mut blocks = text.split("[[question]]");
    let mut same = blocks.next().expect("header").to_owned();
    for block in blocks {
        let mut lines: Vec<&str> = block.lines().collect();
        let answers: Vec<usize> = lines
            .iter()
            .enumerate()
            .filter(|(_, l)| l.trim_start().starts_with("{ id ="))
            .map(|(i, _)| i)
            .collect();
        if let [first, second] = answers[..]
            && lines[second].contains("correct = true")
        {
            lines.swap(first, second);
        }
        same.push_str("[[question]]");
        same.push_str(&lines.join("\n"));
        same.push('\n');
    }
    fs::write(&path, same).expect("write");
    let moved = load(&content, &locales).expect("loads");
    assert!(
        moved
            .questions
            .iter()
            .all(|q| q.answers.first().is_some_and(|a| a.correct))
    );
    let advice = consent_kiosk::content::advice(&moved, time::Date::MIN);
    assert!(
        advice.iter().any(|a| a.kind == "questions-same-place"),
        "{advice:?}"
    );
}

#[test]
fn a_countrys_areas_are_iso_3166_2_codes_of_it_each_listed_once() {
    let (_dir, content, locales) = copy_tree();
    replace_in(
        &content.join("countries.toml"),
        "code = \"NG-LA\"",
        "code = \"GH-LA\"",
    );
    let error = refused(&content, &locales);
    assert!(error.contains("ISO 3166-2"), "{error}");
    let (_dir, content, locales) = copy_tree();
    replace_in(
        &content.join("countries.toml"),
        "code = \"NG-LA\"",
        "code = \"NG-KN\"",
    );
    let error = refused(&content, &locales);
    assert!(error.contains("duplicate area"), "{error}");
}

#[test]
fn the_consoles_today_ends_at_the_deployments_midnight_not_utcs() {
    let (content, locales) = bundled();
    let content = load(&content, &locales).expect("bundled content is valid");
    assert_eq!(content.deployment.time_zone, "Europe/Paris");
    let millis = |t: time::OffsetDateTime| (t.unix_timestamp_nanos() / 1_000_000) as i64;
    // 23:30 UTC on 2 November is already 3 November in Paris (UTC+1).
    let late = time::macros::datetime!(2026-11-02 23:30 UTC);
    assert_eq!(
        content.end_of_local_day_ms(late),
        millis(time::macros::datetime!(2026-11-03 23:00 UTC))
    );
    // In summer (UTC+2), 10:00 UTC ends at 22:00 UTC.
    let summer = time::macros::datetime!(2026-07-01 10:00 UTC);
    assert_eq!(
        content.end_of_local_day_ms(summer),
        millis(time::macros::datetime!(2026-07-01 22:00 UTC))
    );
}

/// `content` and its words, fitted to the deployment's settings as the kiosk does.
fn fitted(content: &Path, locales: &Path) -> (Catalog, Content) {
    let mut catalog = Catalog::load(locales).expect("locales");
    let mut loaded = Content::load(content, &catalog).expect("content");
    consent_kiosk::content::fit_words(&mut catalog, &mut loaded, false).expect("fitted");
    (catalog, loaded)
}

#[test]
fn dari_and_pashto_dates_follow_the_deployments_persian_calendar_and_others_stay_gregorian() {
    let (_dir, content, locales) = copy_tree();
    let nowruz = time::macros::date!(2026 - 03 - 21);
    let (catalog, _) = fitted(&content, &locales);
    let before = catalog.date(&catalog.chain("fa", "fr"), nowruz).text;
    assert_eq!(before, "۲۱ مارس ۲۰۲۶", "Gregorian when absent");
    let deployment = content.join("deployment.toml");
    let settings = fs::read_to_string(&deployment).expect("read");
    for (calendar, expected, pashto) in [
        ("solar-hijri-afghan", "۱ حمل ۱۴۰۵", Some("۱ وری ۱۴۰۵")),
        ("solar-hijri-iranian", "۱ فروردین ۱۴۰۵", None),
        ("gregorian", "۲۱ مارس ۲۰۲۶", None),
    ] {
        fs::write(
            &deployment,
            format!("{settings}\npersian_calendar = \"{calendar}\"\n"),
        )
        .expect("write");
        let (catalog, _) = fitted(&content, &locales);
        let fa = catalog.date(&catalog.chain("fa", "fr"), nowruz).text;
        assert_eq!(fa, expected, "{calendar}");
        // Only Dari/Persian dates change, and Pashto's with Afghanistan's
        // calendar (in Pashto's own month names).
        let en = catalog.date(&catalog.chain("en", "fr"), nowruz).text;
        assert_eq!(en, "21 March 2026", "{calendar}");
        let ps = catalog.date(&catalog.chain("ps", "fr"), nowruz).text;
        match pashto {
            Some(pashto) => assert_eq!(ps, pashto, "{calendar}"),
            None => assert!(ps.contains("۲۰۲۶"), "{calendar}: {ps}"),
        }
    }
    // A value it does not know is refused with its line, never taken as Gregorian.
    fs::write(
        &deployment,
        format!("{settings}\npersian_calendar = \"afghan\"\n"),
    )
    .expect("write");
    let error = refused(&content, &locales);
    assert!(
        error.contains("deployment.toml:") && error.contains("solar-hijri-afghan"),
        "{error}"
    );
}

#[test]
fn asylum_and_appeal_deadlines_come_from_the_deployment_or_send_to_legal_help() {
    use consent_kiosk::consent::LegalOption;
    use consent_kiosk::content::Deadline;
    use consent_kiosk::kiosk::{DEADLINE_DAYS, DEADLINE_TEXT, DEADLINE_UNKNOWN, option_deadline};
    let (_dir, content, locales) = copy_tree();
    let deployment = content.join("deployment.toml");
    let settings = fs::read_to_string(&deployment).expect("read");
    let without: String = settings
        .lines()
        .filter(|l| !l.starts_with("asylum_deadline") && !l.starts_with("appeal_deadline"))
        .map(|l| format!("{l}\n"))
        .collect();
    // Unset: the page says plainly to ask legal help, with no number, and
    // `content check` warns for each.
    fs::write(&deployment, &without).expect("write");
    let (catalog, loaded) = fitted(&content, &locales);
    for option in [LegalOption::Asylum, LegalOption::Appeal] {
        let chain = catalog.chain("en", "fr");
        let line = option_deadline(&loaded, &catalog, &chain, option).expect("a line");
        assert_eq!(line.message, DEADLINE_UNKNOWN);
        assert!(line.after.ends_with("-deadlines"), "{}", line.after);
        assert!(line.text.text.contains("legal help"), "{}", line.text.text);
        assert!(!line.text.text.chars().any(|c| c.is_numeric()));
    }
    let chain = catalog.chain("en", "fr");
    assert!(option_deadline(&loaded, &catalog, &chain, LegalOption::VoluntaryReturn).is_none());
    let report = check::check(&content, &locales);
    for kind in ["asylum-deadline-missing", "appeal-deadline-missing"] {
        assert!(
            report.findings.iter().any(|f| f.kind == kind),
            "{kind}: {}",
            report.to_text()
        );
    }
    assert!(!report.has_errors(), "warnings only: {}", report.to_text());
    // Days, in the person's digits; words, as written.
    fs::write(
        &deployment,
        format!("{without}asylum_deadline = 21\nappeal_deadline = \"one month from the decision letter\"\n"),
    )
    .expect("write");
    let (catalog, loaded) = fitted(&content, &locales);
    assert_eq!(loaded.deployment.asylum_deadline, Some(Deadline::Days(21)));
    let fa = catalog.chain("fa", "fr");
    let asylum = option_deadline(&loaded, &catalog, &fa, LegalOption::Asylum).expect("line");
    assert_eq!(asylum.message, DEADLINE_DAYS);
    assert!(asylum.text.text.contains("۲۱"), "{}", asylum.text.text);
    let appeal = option_deadline(&loaded, &catalog, &chain, LegalOption::Appeal).expect("line");
    assert_eq!(appeal.message, DEADLINE_TEXT);
    assert!(
        appeal
            .text
            .text
            .contains("one month from the decision letter"),
        "{}",
        appeal.text.text
    );
    let report = check::check(&content, &locales);
    assert!(
        !report
            .findings
            .iter()
            .any(|f| f.kind.ends_with("-deadline-missing")),
        "{}",
        report.to_text()
    );
    // Nonsense is refused with its line: no deadline is better than a wrong one.
    for bad in ["0", "\"\"", "true", "99999"] {
        fs::write(&deployment, format!("{without}asylum_deadline = {bad}\n")).expect("write");
        let error = refused(&content, &locales);
        assert!(
            error.contains("deployment.toml:") && error.contains("asylum_deadline"),
            "{bad}: {error}"
        );
    }
}
