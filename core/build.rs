//! The core's build script: `data/market.json` becomes Rust statics
//! (`$OUT_DIR/market_data.rs`, included by `market/mod.rs`): the app ships no JSON parser for
//! it and parses nothing at start-up. The schema below says which Rust type each field is. A
//! field the schema does not know, a required field that is missing or an unknown enum value
//! fails the build, and the compiler checks the generated code against the types in
//! `market/mod.rs`. Ids are checked by `Market::problems`, which a native test runs.
use serde_json::Value;
use std::fmt::Write;

/// The Rust type of one field of the data file.
#[derive(Clone, Copy)]
enum Ty {
    Str,
    F64,
    U32,
    /// `Option<T>`: `None` when the field is absent or null.
    Opt(&'static Ty),
    /// `&'static [T]`: empty when absent.
    List(&'static Ty),
    /// `[&str; 2]`.
    Pair,
    /// A struct from `STRUCTS`.
    Struct(&'static str),
    /// A struct from `STRUCTS` whose every field may be absent (`..` its `EMPTY` const).
    Defaulted(&'static str),
    /// A unit enum written in snake_case.
    Enum(&'static str),
    /// An enum tagged by the named field, its variants' fields in `STRUCTS` as `Enum::Variant`.
    Tagged(&'static str, &'static str),
}

use Ty::*;

const STR: Ty = Str;
const F64_: Ty = F64;
const PAIR: Ty = Pair;

/// Every struct of the data file and its fields (`required` unless the type is `Opt` or
/// `List`, or `Defaulted`).
const STRUCTS: &[(&str, &[(&str, Ty)])] = &[
    (
        "Market",
        &[
            ("format", Str),
            ("version", U32),
            ("compiled", Str),
            ("sources", List(&Struct("Source"))),
            ("figures", List(&Struct("Figure"))),
            ("assumptions", List(&Struct("Assumption"))),
            ("countries", List(&Struct("Country"))),
            ("regions_without_figures", List(&Struct("RegionNote"))),
            ("channels", List(&Struct("Channel"))),
        ],
    ),
    (
        "Source",
        &[
            ("id", Str),
            ("file", Str),
            ("title", Str),
            ("publisher", Str),
            ("date", Str),
            ("url", Opt(&STR)),
        ],
    ),
    (
        "Figure",
        &[
            ("id", Str),
            ("label", Str),
            ("value", F64),
            ("unit", Enum("Unit")),
            ("source", Str),
            ("cites", Opt(&STR)),
            ("as_of", Str),
            ("quote", Str),
            ("bound", Opt(&Enum("Bound"))),
            ("note", Opt(&STR)),
        ],
    ),
    (
        "Assumption",
        &[
            ("id", Str),
            ("label", Str),
            ("value", Opt(&F64_)),
            ("unit", Enum("Unit")),
            ("area", Enum("Area")),
            ("reasoning", Str),
        ],
    ),
    (
        "ByLevel",
        &[
            ("junior", Opt(&STR)),
            ("mid", Opt(&STR)),
            ("senior", Opt(&STR)),
        ],
    ),
    (
        "Country",
        &[
            ("id", Str),
            ("name", Str),
            ("currency", Str),
            ("salary", Str),
            ("pay_second_opinion", Opt(&STR)),
            ("pay_by_level", Defaulted("ByLevel")),
            ("pay_floor", Opt(&STR)),
            ("pay_context", List(&STR)),
            ("contractor_hourly", Opt(&PAIR)),
            ("region", Str),
            ("time_zones", Str),
        ],
    ),
    (
        "RegionNote",
        &[("name", Str), ("note", Str), ("source", Str)],
    ),
    (
        "Package",
        &[("name", Str), ("hours", Str), ("price", Struct("ByLevel"))],
    ),
    (
        "Pricing::Package",
        &[
            ("packages", List(&Struct("Package"))),
            ("tiers", Defaulted("ByLevel")),
        ],
    ),
    ("Pricing::Weekly", &[("low", Str), ("high", Str)]),
    ("Pricing::Salary", &[]),
    ("Pricing::NotGiven", &[("what", Str)]),
    (
        "Trial",
        &[("days", Opt(&STR)), ("billed", Enum("TrialBilling"))],
    ),
    (
        "Commitment",
        &[("months", Str), ("kind", Enum("CommitmentKind"))],
    ),
    ("Deposit", &[("amount", Str), ("refund", Enum("Refund"))]),
    (
        "Deal",
        &[
            ("serves", List(&Enum("Serves"))),
            ("rate", Tagged("Pricing", "basis")),
            ("trial", Opt(&Struct("Trial"))),
            ("commitment", Opt(&Struct("Commitment"))),
            ("deposit", Opt(&Struct("Deposit"))),
            ("posting_fee", Opt(&STR)),
            ("posting_fee_note", Opt(&STR)),
            ("placement_percent", Opt(&STR)),
            ("upfront_fee", Opt(&STR)),
            ("suggested_months", Opt(&STR)),
            ("match_days", Opt(&STR)),
            ("hire_days", Opt(&STR)),
            ("hire_weeks", List(&PAIR)),
        ],
    ),
    (
        "Channel",
        &[
            ("id", Str),
            ("name", Str),
            ("kind", Enum("ChannelKind")),
            ("closed", Opt(&STR)),
            ("deal", Struct("Deal")),
            ("time_note", Opt(&STR)),
            ("good_for", List(&STR)),
            ("bad_for", List(&STR)),
            ("sources", List(&STR)),
        ],
    ),
];

fn camel(snake: &str) -> String {
    snake
        .split('_')
        .map(|w| {
            let mut c = w.chars();
            c.next()
                .map(|f| f.to_ascii_uppercase().to_string() + c.as_str())
                .unwrap_or_default()
        })
        .collect()
}

fn fields(name: &str) -> &'static [(&'static str, Ty)] {
    STRUCTS
        .iter()
        .find(|(n, _)| *n == name)
        .unwrap_or_else(|| panic!("build.rs: no schema for {name}"))
        .1
}

/// `path` says where in the file a value is, for the error.
fn emit(out: &mut String, ty: Ty, v: Option<&Value>, path: &str) {
    let fail = |why: &str| -> ! { panic!("data/market.json: {path}: {why}") };
    let v = match (ty, v) {
        (Opt(_), None | Some(Value::Null)) => return out.push_str("None"),
        (List(_), None) => return out.push_str("&[]"),
        (Defaulted(name), None) => {
            let _ = write!(out, "{name}::EMPTY");
            return;
        }
        (_, None) => fail("missing"),
        (_, Some(v)) => v,
    };
    match ty {
        Str => {
            let s = v.as_str().unwrap_or_else(|| fail("not a string"));
            let _ = write!(out, "{s:?}");
        }
        F64 => {
            let n = v.as_f64().unwrap_or_else(|| fail("not a number"));
            assert!(n.is_finite(), "data/market.json: {path}: not finite");
            let _ = write!(out, "{n:?}_f64");
        }
        U32 => {
            let n = v.as_u64().unwrap_or_else(|| fail("not a whole number"));
            let _ = write!(out, "{n}");
        }
        Opt(inner) => {
            out.push_str("Some(");
            emit(out, *inner, Some(v), path);
            out.push(')');
        }
        List(inner) => {
            let items = v.as_array().unwrap_or_else(|| fail("not a list"));
            out.push_str("&[");
            for (i, item) in items.iter().enumerate() {
                emit(out, *inner, Some(item), &format!("{path}[{i}]"));
                out.push_str(",\n");
            }
            out.push(']');
        }
        Pair => {
            let items = v.as_array().filter(|a| a.len() == 2);
            let items = items.unwrap_or_else(|| fail("not a pair"));
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                emit(out, Str, Some(item), &format!("{path}[{i}]"));
                out.push(',');
            }
            out.push(']');
        }
        Struct(name) | Defaulted(name) => object(out, name, name, v, &[], path),
        Enum(name) => {
            let s = v.as_str().unwrap_or_else(|| fail("not a string"));
            if s.is_empty() || !s.chars().all(|c| c.is_ascii_lowercase() || c == '_') {
                fail(&format!("{s:?} is not a {name}"));
            }
            let _ = write!(out, "{name}::{}", camel(s));
        }
        Tagged(name, tag) => {
            let t = v.get(tag).and_then(Value::as_str);
            let t = t.unwrap_or_else(|| fail(&format!("no {tag}")));
            let variant = format!("{name}::{}", camel(t));
            if !STRUCTS.iter().any(|(n, _)| *n == variant) {
                fail(&format!("{t:?} is not a {name}"));
            }
            object(out, &variant, &variant, v, &[tag], path);
        }
    }
}

/// A struct literal (or a struct variant's), every field written out.
fn object(out: &mut String, schema: &str, rust: &str, v: &Value, skip: &[&str], path: &str) {
    let o = v
        .as_object()
        .unwrap_or_else(|| panic!("data/market.json: {path}: not an object"));
    let fs = fields(schema);
    for k in o.keys() {
        if !skip.contains(&k.as_str()) && !fs.iter().any(|(f, _)| f == k) {
            panic!("data/market.json: {path}: unknown field {k} for {schema}");
        }
    }
    if fs.is_empty() {
        out.push_str(rust);
        return;
    }
    let _ = write!(out, "{rust} {{");
    for (f, ty) in fs {
        let _ = write!(out, "{f}: ");
        emit(out, *ty, o.get(*f), &format!("{path}.{f}"));
        out.push_str(", ");
    }
    out.push('}');
}

fn market() {
    println!("cargo:rerun-if-changed=../data/market.json");
    let text =
        std::fs::read_to_string("../data/market.json").expect("data/market.json is readable");
    let v: Value = serde_json::from_str(&text).expect("data/market.json is JSON");
    let mut out = String::from(
        "// Generated by build.rs from data/market.json. Do not edit.\n\
         /// The market data, compiled in.\n\
         pub static MARKET: Market = ",
    );
    object(&mut out, "Market", "Market", &v, &[], "$");
    out.push_str(";\n");
    // The ids alone, for checks that need no text (the plan's edits, in the first screen's
    // module): referring only to these keeps the texts out of it.
    let ids = |list: &str| -> Vec<String> {
        let items = v[list].as_array().map(Vec::as_slice).unwrap_or_default();
        items
            .iter()
            .map(|x| format!("{:?}", x["id"].as_str().unwrap_or_default()))
            .collect()
    };
    let _ = writeln!(
        out,
        "/// Every country id.\npub static COUNTRY_IDS: &[&str] = &[{}];",
        ids("countries").join(", ")
    );
    let _ = writeln!(
        out,
        "/// Every channel id.\npub static CHANNEL_IDS: &[&str] = &[{}];",
        ids("channels").join(", ")
    );
    let mut bases = Vec::new();
    for list in ["figures", "assumptions"] {
        for x in v[list].as_array().map(Vec::as_slice).unwrap_or_default() {
            let base = match x["value"].as_f64() {
                Some(n) => format!("Some({n:?}_f64)"),
                None => "None".to_string(),
            };
            bases.push(format!(
                "({:?}, {base})",
                x["id"].as_str().unwrap_or_default()
            ));
        }
    }
    let _ = writeln!(out, "/// Every figure and assumption id with its base value (None: an assumption with no default).\npub static BASE_VALUES: &[(&str, Option<f64>)] = &[{}];", bases.join(", "));
    let dir = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    std::fs::write(format!("{dir}/market_data.rs"), out).expect("OUT_DIR is writable");
}

/// `data/wording.json` is read at run time (`job_ad::findings::read_wording`): it goes in
/// without the spaces that make it readable, which the download need not carry. A file that
/// does not parse fails the build here.
fn wording() {
    let path = "../data/wording.json";
    println!("cargo:rerun-if-changed={path}");
    let text = std::fs::read_to_string(path).expect("data/wording.json is readable");
    let value: Value = serde_json::from_str(&text).expect("data/wording.json is JSON");
    let out = std::path::PathBuf::from(std::env::var("OUT_DIR").expect("OUT_DIR"));
    std::fs::write(out.join("wording.min.json"), value.to_string()).expect("OUT_DIR is writable");
}

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    market();
    wording();
}
