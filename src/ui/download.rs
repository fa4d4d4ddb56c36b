//! Saving text as a file (the browser's download of a Blob) and copying it to the clipboard.

use wasm_bindgen::JsCast;

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
    let image = web_sys::HtmlImageElement::new().map_err(failed)?;
    let drawn = image.clone();
    let source = url.clone();
    let onload = wasm_bindgen::closure::Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&source);
        let Some(document) = web_sys::window().and_then(|w| w.document()) else {
            return;
        };
        let Ok(canvas) = document.create_element("canvas") else {
            return;
        };
        let canvas: web_sys::HtmlCanvasElement = canvas.unchecked_into();
        canvas.set_width(w * 2);
        canvas.set_height(h * 2);
        let Some(context) = canvas
            .get_context("2d")
            .ok()
            .flatten()
            .map(|c| c.unchecked_into::<web_sys::CanvasRenderingContext2d>())
        else {
            return;
        };
        let _ = context.scale(2.0, 2.0);
        let _ = context.draw_image_with_html_image_element(&drawn, 0.0, 0.0);
        if let Ok(data) = canvas.to_data_url_with_type("image/png") {
            if let Ok(anchor) = document.create_element("a") {
                let anchor: web_sys::HtmlAnchorElement = anchor.unchecked_into();
                anchor.set_href(&data);
                anchor.set_download(filename);
                anchor.click();
            }
        }
    });
    image.set_onload(Some(onload.unchecked_ref()));
    image.set_src(&url);
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
