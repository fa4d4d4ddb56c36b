//! Any file a person might import: the decoder never panics, every failure is a typed error,
//! and whatever it accepts survives an export and a second import unchanged.
#![no_main]

use hireplan_core::codec::{decode_import, export_backup, export_plan, Imported};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    // The app reads files as text; invalid UTF-8 is replaced, as the browser's reader does.
    let text = String::from_utf8_lossy(data);
    let Ok(imported) = decode_import(&text) else {
        return;
    };
    let now = chrono::DateTime::from_timestamp(1_795_000_000, 0).unwrap();
    match imported {
        Imported::Plan(plan) => {
            let again = decode_import(&export_plan(&plan, now)).expect("an exported plan imports");
            assert!(matches!(again, Imported::Plan(p) if *p == *plan));
        }
        Imported::Backup(plans) => {
            let again = decode_import(&export_backup(&plans, now)).expect("a backup imports");
            assert!(matches!(again, Imported::Backup(p) if p == plans));
        }
    }
});
