//! Writes the page Trunk staged: its stylesheets, the preloads, the per-page preload script,
//! the start script and the Content-Security-Policy. index.html marks where each goes; a
//! missing mark stops the build.

use crate::manifest::Manifest;
use crate::split::Output;
use crate::{fail, Build, Failure, Result};
use base64::Engine;
use hireplan_core::codec::address::{EMBED_PARAM, SHARE_PREFIX};
use hireplan_core::codec::keys::PLAN_PREFIX;
use hireplan_core::codec::EmbedKind;
use hireplan_core::plan::wizard::Step;
use serde_json::json;
use sha2::{Digest, Sha256};

/// Where the head's pieces go: right after `<meta charset>`, so the policy precedes them all.
const HEAD_MARK: &str = "<!-- hireplan:head -->";
/// Where the start script goes: at the end of the body, so the body exists when the app mounts
/// (Trunk writes it in place of its rust link, as Trunk.toml's `pattern_script` says).
const START_MARK: &str = "<!-- hireplan:start -->";
/// The stylesheets of the first screen, inlined in this order (inline, they cost no request
/// before the first paint, and the policy allows each by its hash). Print is among them: a
/// founder may print from the first step.
const STYLES: [&str; 6] = [
    "style/tokens.css",
    "style/main.css",
    "style/wizard.css",
    "style/charts.css",
    "style/share.css",
    "style/print.css",
];
/// The later steps' stylesheets, in one file that the first screen does not wait for: the head
/// holds its link in a `<template>` (inert), which the preload script moves into the head when
/// the address opens a later step, and the app when it fetches a later step's code
/// (`ui::chunks::later_styles`). The embeds need none of it: what they use is inline, since a
/// sandboxed frame may load no stylesheet from the page's origin.
const LATER_STYLES: [&str; 4] = [
    "style/costs.css",
    "style/plans.css",
    "style/job_ad.css",
    "style/interviews.css",
];
/// The id of the template that holds the later stylesheet's link (`ui::chunks` reads it).
const LATER_ID: &str = "later-styles";

/// A stylesheet without its comments and the spaces around its braces and semicolons: the
/// comments are for the people who read `style/`, not for the phones that download them.
/// (The sheets hold no braces, semicolons or comment marks inside strings.)
fn minify_css(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find("/*") {
        out.push_str(&rest[..start]);
        rest = rest[start + 2..]
            .find("*/")
            .map_or("", |end| &rest[start + 2 + end + 2..]);
    }
    out.push_str(rest);
    let collapsed = out.split_whitespace().collect::<Vec<_>>().join(" ");
    // No space next to a brace, semicolon, comma or `>`, nor after a colon, outside strings
    // (`content: ": "` keeps its space; `calc(a + b)` keeps its spaces).
    let mut tight = String::with_capacity(collapsed.len());
    let mut quote = None;
    for c in collapsed.chars() {
        match quote {
            Some(q) => {
                if c == q {
                    quote = None;
                }
            }
            None => {
                if c == '"' || c == '\'' {
                    quote = Some(c);
                } else if matches!(c, '{' | '}' | ';' | ',' | '>') && tight.ends_with(' ') {
                    tight.pop();
                } else if c == ' ' && tight.ends_with(['{', '}', ';', ',', '>', ':']) {
                    continue;
                }
            }
        }
        tight.push(c);
    }
    tight
}

/// A CSP source for an inline element's text, as the browser hashes it.
fn csp_hash(text: &str) -> String {
    let digest = Sha256::digest(text.as_bytes());
    format!(
        "'sha256-{}'",
        base64::engine::general_purpose::STANDARD.encode(digest)
    )
}

/// The script that preloads the chunks of the page the address opens, before the main
/// module has started. Its reading of the address follows `Entry::from_address` and
/// `Entry::reads_first`, with their data (slugs, fallbacks, prefixes) written in from the core.
fn preload_script(manifest: &Manifest, out: &Output) -> Result<String> {
    let fixed = [&out.start, &out.glue, &out.loader, &out.main];
    let mut files: Vec<&String> = Vec::new();
    for p in manifest.pages.values() {
        for f in p.first.iter().chain(&p.when_reading) {
            if !fixed.contains(&f) && !files.contains(&f) {
                files.push(f);
            }
        }
    }
    let index = |list: &[String]| -> Vec<usize> {
        list.iter()
            .filter_map(|f| files.iter().position(|g| *g == f))
            .collect()
    };
    let pages: serde_json::Map<String, serde_json::Value> = manifest
        .pages
        .iter()
        .map(|(k, p)| (k.clone(), json!(index(&p.first))))
        .collect();
    let reading: serde_json::Map<String, serde_json::Value> = manifest
        .pages
        .iter()
        .filter(|(_, p)| !p.when_reading.is_empty())
        .map(|(k, p)| (k.clone(), json!(index(&p.when_reading))))
        .collect();
    let steps: Vec<&str> = Step::ALL.iter().map(|s| s.slug()).collect();
    let embeds: Vec<&str> = EmbedKind::ALL.iter().map(|k| k.slug()).collect();
    let data = json!({
        "f": files,
        "p": pages,
        "r": reading,
        "s": steps,
        "e": embeds,
        "ds": Step::from_hash("").slug(),
        "de": EmbedKind::from_slug("").slug(),
        "q": format!("{EMBED_PARAM}="),
        "h": SHARE_PREFIX,
        "k": PLAN_PREFIX,
        "t": LATER_ID,
    });
    // Presets::parse's theme, set before the first paint: the first `theme=` pair of the query,
    // `light` or `dark`; anything else (or none) follows the system, as it changes.
    // Entry::from_address: the first `embed=` pair of the query opens an embed (an unknown kind
    // is the default one); otherwise the hash, without its leading `#`s and `/`s, up to `?` or
    // `/`, names the step (an unknown one is the first). Entry::reads_first: a planner page
    // reads first when the hash starts with `share=` or storage holds a plan.
    let script = format!(
        "(function(){{var d={data},q=location.search.replace(/^\\?+/,'').split('&'),e=null,i,k,t,m=matchMedia('(prefers-color-scheme: dark)'),r=document.documentElement;\
for(i=0;i<q.length&&!t;i++)if(q[i].indexOf('theme=')===0)t=q[i].slice(6);\
if(t==='light'||t==='dark')r.setAttribute('data-theme',t);\
else{{t=function(){{r.setAttribute('data-theme',m.matches?'dark':'light');}};t();m.addEventListener('change',t);}}t=0;\
for(i=0;i<q.length&&e===null;i++)if(q[i].indexOf(d.q)===0)e=q[i].slice(d.q.length);\
var h=location.hash.replace(/^#+/,'');\
if(e!==null)k='embed:'+(d.e.indexOf(e)>=0?e:d.de);\
else{{t=h.replace(/^\\/+/,'').split(/[?\\/]/)[0];k='step:'+(d.s.indexOf(t)>=0?t:d.ds);}}\
var l=d.p[k]||[];\
if(k.indexOf('step:')===0&&k!=='step:'+d.ds){{t=document.getElementById(d.t);if(t&&t.content.firstChild)document.head.appendChild(t.content.firstChild);}}\
if(d.r[k]){{t=h.indexOf(d.h)===0;try{{for(i=0;!t&&i<localStorage.length;i++)t=(localStorage.key(i)||'').indexOf(d.k)===0;}}catch(x){{}}if(t)l=l.concat(d.r[k]);}}\
l.forEach(function(n){{var a=document.createElement('link');a.rel='preload';a.as='fetch';a.crossOrigin='anonymous';a.href='./'+d.f[n];document.head.appendChild(a);}});}})();"
    );
    if files.is_empty() {
        return fail("no page needs a chunk: the manifest is empty");
    }
    Ok(script)
}

/// The policy: only this page's own scripts (by hash, and what they load through
/// 'strict-dynamic'), its own WebAssembly, its own styles, nothing else. In a sandboxed frame
/// (the embeds) the document's origin is opaque and WebKit matches 'self' to nothing, so
/// scripts and styles are allowed by hash and the WebAssembly fetch by scheme; 'self' stays
/// for browsers that know no better.
fn policy(scripts: &[&str], styles: &[String], release: bool) -> String {
    let scripts: Vec<String> = scripts.iter().map(|s| csp_hash(s)).collect();
    let styles: Vec<String> = styles.iter().map(|s| csp_hash(s)).collect();
    [
        "default-src 'none'".to_string(),
        format!(
            "script-src 'self' {} 'strict-dynamic' 'wasm-unsafe-eval'",
            scripts.join(" ")
        ),
        // Leptos sets a few style attributes (chart proportions, legend swatches).
        format!("style-src 'self' {}", styles.join(" ")),
        "style-src-attr 'unsafe-inline'".to_string(),
        "img-src 'self' data: blob:".to_string(),
        // A debug build may be served with Trunk's live reload, over a WebSocket.
        format!(
            "connect-src 'self' https: http://127.0.0.1:* http://localhost:*{}",
            if release { "" } else { " ws: wss:" }
        ),
        "font-src 'self'".to_string(),
        "manifest-src 'self'".to_string(),
        // The Share step's preview of an embed: this app's own pages, nothing else.
        "frame-src 'self'".to_string(),
        "object-src 'none'".to_string(),
        "base-uri 'none'".to_string(),
        "form-action 'none'".to_string(),
    ]
    .join("; ")
}

fn replace_once(html: &str, mark: &str, with: &str) -> Result<String> {
    match html.matches(mark).count() {
        1 => Ok(html.replacen(mark, with, 1)),
        n => fail(format!(
            "index.html must hold {mark} once; it holds it {n} times"
        )),
    }
}

pub fn write(build: &Build, out: &Output, manifest: &Manifest) -> Result<()> {
    let file = build.staging.join("index.html");
    let html = std::fs::read_to_string(&file)
        .map_err(|e| Failure(format!("Trunk's index.html is not readable: {e}")))?;
    if html.contains("<script") {
        return fail(
            "Trunk's index.html already holds a script: Trunk.toml's pattern_script must be the start mark alone",
        );
    }
    let read = |list: &[&str]| {
        list.iter()
            .map(|s| {
                std::fs::read_to_string(build.root.join(s))
                    .map(|css| minify_css(&css))
                    .map_err(|e| Failure(format!("the stylesheet {s} is not readable: {e}")))
            })
            .collect::<Result<Vec<String>>>()
    };
    let styles = read(&STYLES)?;
    let later = read(&LATER_STYLES)?.join("\n");
    let digest = Sha256::digest(later.as_bytes());
    let later_name = format!(
        "styles-{}.css",
        digest[..8]
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect::<String>()
    );
    std::fs::write(build.staging.join(&later_name), &later)?;
    let preload = preload_script(manifest, out)?;
    let start = format!(
        "{{const s=document.createElement('script');s.type='module';s.src='./{}';document.body.appendChild(s)}}",
        out.start
    );
    let csp = policy(&[&preload, &start], &styles, build.release);
    let mut head = format!("<meta http-equiv=\"Content-Security-Policy\" content=\"{csp}\" />\n");
    for s in &styles {
        head.push_str(&format!("    <style>{s}</style>\n"));
    }
    head.push_str(&format!(
        "    <template id=\"{LATER_ID}\"><link rel=\"stylesheet\" href=\"./{later_name}\" /></template>\n"
    ));
    for f in [&out.glue, &out.loader] {
        head.push_str(&format!(
            "    <link rel=\"modulepreload\" href=\"./{f}\" crossorigin=\"anonymous\" />\n"
        ));
    }
    head.push_str(&format!(
        "    <link rel=\"preload\" href=\"./{}\" as=\"fetch\" type=\"application/wasm\" crossorigin=\"anonymous\" />\n",
        out.main
    ));
    head.push_str(&format!("    <script>{preload}</script>"));
    let html = replace_once(&html, HEAD_MARK, &head)?;
    let html = replace_once(&html, START_MARK, &format!("<script>{start}</script>"))?;
    std::fs::write(&file, html)?;
    Ok(())
}

#[cfg(test)]
mod css_tests {
    use super::minify_css;

    #[test]
    fn a_minified_sheet_keeps_its_rules_and_strings_and_drops_comments() {
        let css = "/* a note\n over lines */\n.a ,.b {\n  color : red;\n  content: attr(x) \": \";\n}\n@media (max-width: 40rem) {\n  .c > .d { display: none; width: calc(1px + 2%); }\n}\n";
        assert_eq!(
            minify_css(css),
            ".a,.b{color :red;content:attr(x) \": \";}@media (max-width:40rem){.c>.d{display:none;width:calc(1px + 2%);}}"
        );
        assert_eq!(minify_css("a{}/* never closed"), "a{}");
    }
}
