//! Saving text as a file (the browser's download of a Blob) and copying it to the clipboard.

use wasm_bindgen::{JsCast, JsValue};

/// Offers `text` as a file download. Errors are returned as words, never panics.
pub fn download(filename: &str, mime: &str, text: &str) -> Result<(), String> {
    let parts = js_sys::Array::of1(&text.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)
        .map_err(|_| "the browser could not prepare the file".to_string())?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)
        .map_err(|_| "the browser could not prepare the file".to_string())?;
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("no document")?;
    let anchor: web_sys::HtmlAnchorElement = document
        .create_element("a")
        .map_err(|_| "could not create a link")?
        .unchecked_into();
    anchor.set_href(&url);
    anchor.set_download(filename);
    anchor.click();
    let _ = web_sys::Url::revoke_object_url(&url);
    Ok(())
}

/// Calls `target.name(args…)` (a browser method this module binds no import for: the PNG's
/// few calls are not worth their glue in the page's first download).
fn call(target: &JsValue, name: &str, args: &[JsValue]) -> Result<JsValue, JsValue> {
    let method: js_sys::Function = js_sys::Reflect::get(target, &name.into())?.dyn_into()?;
    method.apply(target, &args.iter().collect::<js_sys::Array>())
}

/// Offers an SVG drawn by the core as a PNG file, at twice its size so the text stays sharp:
/// the browser draws it as an image on a canvas. Errors are returned as words.
pub fn download_png(filename: &'static str, svg: &str) -> Result<(), String> {
    let (w, h) = hireplan_core::cost::view::chart::svg_size(svg).ok_or("not a chart")?;
    let failed = |_| "the browser could not draw the picture".to_string();
    let parts = js_sys::Array::of1(&svg.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("image/svg+xml");
    let blob =
        web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).map_err(failed)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(failed)?;
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("no document")?;
    let image: JsValue = document.create_element("img").map_err(failed)?.into();
    let drawn = image.clone();
    let source = url.clone();
    let onload = wasm_bindgen::closure::Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&source);
        let draw = || -> Result<(), JsValue> {
            let document = web_sys::window()
                .and_then(|w| w.document())
                .ok_or(JsValue::NULL)?;
            let canvas = document.create_element("canvas")?;
            canvas.set_attribute("width", &(w * 2).to_string())?;
            canvas.set_attribute("height", &(h * 2).to_string())?;
            let canvas: JsValue = canvas.into();
            let context = call(&canvas, "getContext", &["2d".into()])?;
            let (dw, dh) = (f64::from(w * 2), f64::from(h * 2));
            call(
                &context,
                "drawImage",
                &[drawn, 0.0.into(), 0.0.into(), dw.into(), dh.into()],
            )?;
            let data = call(&canvas, "toDataURL", &["image/png".into()])?;
            let anchor: web_sys::HtmlAnchorElement = document.create_element("a")?.unchecked_into();
            anchor.set_href(&data.as_string().unwrap_or_default());
            anchor.set_download(filename);
            anchor.click();
            Ok(())
        };
        let _ = draw();
    });
    js_sys::Reflect::set(&image, &"onload".into(), &onload).map_err(failed)?;
    js_sys::Reflect::set(&image, &"src".into(), &url.into()).map_err(failed)?;
    Ok(())
}

/// Copies text with the Clipboard API; the returned message confirms or explains.
pub async fn copy_text(text: String) -> Copied {
    let Some(w) = web_sys::window() else {
        return Copied::Blocked;
    };
    let promise = w.navigator().clipboard().write_text(&text);
    match wasm_bindgen_futures::JsFuture::from(promise).await {
        Ok(_) => Copied::Done,
        Err(_) => Copied::Blocked,
    }
}

/// What became of a copy to the clipboard.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Copied {
    Done,
    Blocked,
}

impl Copied {
    /// What the status line says; `what` names the copied thing ("the Markdown").
    pub fn words(self, what: &str) -> String {
        match self {
            Copied::Done => format!("Copied {what} to the clipboard."),
            Copied::Blocked => {
                "The browser blocked copying: select the text and copy it by hand.".into()
            }
        }
    }
}
