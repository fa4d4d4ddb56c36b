//! Any share link payload: no panic, a typed error for anything unreadable, and a plan read
//! from a link encodes to a link that reads back as the same plan.
#![no_main]

use hireplan_core::codec::{decode_share, encode_share};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(payload) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(plan) = decode_share(payload) else {
        return;
    };
    let again = decode_share(&encode_share(&plan)).expect("a re-encoded link decodes");
    assert_eq!(again, plan);
});
