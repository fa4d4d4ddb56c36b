//! Any local-storage entry (another version, another app, a half-written value): no panic,
//! a typed error, and an entry it accepts is written back and read back unchanged.
#![no_main]

use hireplan_core::codec::{decode_stored, encode_stored};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(plan) = decode_stored(text) else {
        return;
    };
    let again = decode_stored(&encode_stored(&plan)).expect("a stored plan reads back");
    assert_eq!(again, plan);
});
