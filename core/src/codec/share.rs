//! Share links: a plan's inputs, compacted, compressed and encoded for a URL, and read back
//! with the same checks as a file.

use super::*;

/// A share link's payload: the plan's inputs, compressed. Identity and edit times stay home.
pub fn encode_share(plan: &Plan) -> String {
    let mut inputs = plan.clone();
    // Candidates are personal data: never in a link or an embed.
    inputs.candidates.clear();
    // The company's cash and burn: only when the founder ticked for them.
    if !inputs.finances.share_cash() {
        inputs.finances = inputs.finances.without_cash();
    }
    // The plan's name and the quotes' labels: only when the founder ticked for them.
    if !inputs.finances.share_names() {
        without_names(&mut inputs);
    }
    inputs.id = PlanId::default();
    inputs.created_at = DateTime::<Utc>::UNIX_EPOCH;
    inputs.updated_at = DateTime::<Utc>::UNIX_EPOCH;
    let mut value = serde_json::to_value(&inputs).unwrap_or(Value::Null);
    let defaults = serde_json::to_value(Plan::default()).unwrap_or(Value::Null);
    if let Some(o) = value.as_object_mut() {
        for k in ["id", "created_at", "updated_at"] {
            o.remove(k);
        }
        for list in ["requirements", "soft_skills"] {
            if let Some(Value::Array(items)) = o.get_mut(list) {
                items.iter_mut().for_each(compact_requirement);
            }
        }
    }
    strip_defaults(&mut value, &defaults);
    let json = value.to_string();
    let packed = miniz_oxide::deflate::compress_to_vec(json.as_bytes(), 9);
    format!("{SHARE_PREFIX}{}", URL_SAFE_NO_PAD.encode(packed))
}

/// The founder's own names left out: the plan's name, and each quote's label, which becomes
/// "Quote 1", "Quote 2" in the list's order (a chosen quote, or one a dropped choice names,
/// is named the same way).
fn without_names(plan: &mut Plan) {
    plan.name.clear();
    for (i, q) in plan.costs.quotes.iter_mut().enumerate() {
        q.name = public_quote_name(i);
    }
    if let Some(d) = &mut plan.route.dropped {
        if matches!(d.route, Some(RouteKey::Quote(_))) {
            d.name = "A quote of your own".into();
        }
    }
}

/// A quote's label where the founder's own is not shared.
pub fn public_quote_name(index: usize) -> String {
    format!("Quote {}", index + 1)
}

/// A catalogue item travels as its id and priority; its label and kind come from the catalogue.
fn compact_requirement(item: &mut Value) {
    let Some(o) = item.as_object_mut() else {
        return;
    };
    if o.get("custom") == Some(&Value::Bool(false)) {
        o.retain(|k, _| k == "id" || k == "priority");
    }
}

/// Fills in what `compact_requirement` left out; unknown ids are kept as the founder's own.
fn expand_requirement(item: &mut Value, soft: bool) {
    let Some(o) = item.as_object_mut() else {
        return;
    };
    if o.contains_key("label") {
        return;
    }
    let id = o
        .get("id")
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_string();
    let full = if soft {
        crate::role::requirements::soft_skill(&id)
    } else {
        crate::role::requirements::from_catalog(&id)
    };
    if let Some(mut r) = full {
        if let Some(p) = o
            .get("priority")
            .and_then(|p| serde_json::from_value(p.clone()).ok())
        {
            r.priority = p;
        }
        if let Ok(v) = serde_json::to_value(r) {
            *item = v;
        }
    }
}

/// Removes every field equal to its default, recursively: the reader's serde defaults restore
/// them. `schema_version` always stays.
fn strip_defaults(value: &mut Value, defaults: &Value) {
    if let (Value::Object(o), Value::Object(d)) = (value, defaults) {
        o.retain(|k, v| k == "schema_version" || d.get(k) != Some(v));
        for (k, v) in o.iter_mut() {
            if let Some(dv) = d.get(k) {
                strip_defaults(v, dv);
            }
        }
    }
}

/// Reads a share link's payload into a plan (without id or times: the caller gives them).
pub fn decode_share(payload: &str) -> Result<Plan, DecodeError> {
    let bad = |why: &str| DecodeError::BadShareLink(why.to_string());
    let payload = payload.trim();
    if payload.len() > MAX_SHARE_CHARS {
        return Err(bad("it is too long"));
    }
    let body = payload
        .strip_prefix(SHARE_PREFIX)
        .ok_or_else(|| bad("unknown encoding"))?;
    let packed = URL_SAFE_NO_PAD
        .decode(body)
        .map_err(|_| bad("it was cut or altered"))?;
    let json = miniz_oxide::inflate::decompress_to_vec_with_limit(&packed, MAX_PLAN_BYTES)
        .map_err(|_| bad("it was cut or altered"))?;
    let text = String::from_utf8(json).map_err(|_| bad("it was cut or altered"))?;
    let mut value: Value = serde_json::from_str(&text).map_err(|_| bad("it was cut or altered"))?;
    if let Some(o) = value.as_object_mut() {
        // A link made elsewhere with candidates in it: they are not read.
        o.remove("candidates");
        o.insert("created_at".into(), json!(DateTime::<Utc>::UNIX_EPOCH));
        o.insert("updated_at".into(), json!(DateTime::<Utc>::UNIX_EPOCH));
        for (list, soft) in [("requirements", false), ("soft_skills", true)] {
            if let Some(Value::Array(items)) = o.get_mut(list) {
                items.iter_mut().for_each(|i| expand_requirement(i, soft));
            }
        }
    }
    plan_from_value(value).map_err(|e| match e {
        DecodeError::NewerVersion { .. } | DecodeError::TooMany { .. } => e,
        DecodeError::TooLarge { .. }
        | DecodeError::NotJson(_)
        | DecodeError::WrongFormat(_)
        | DecodeError::NotAPlan(_)
        | DecodeError::BadShareLink(_) => DecodeError::BadShareLink(e.to_string()),
    })
}
