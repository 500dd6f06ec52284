//! The app's side of being embedded in an iframe (see `www/embed.js` for the host's side).
//!
//! - [`FragmentOptions`] (parsed natively in `ui_support::fragment`) and [`fragment_options`]
//!   read `#embed&lang=de&theme=dark` from the page URL.
//! - [`report_height`] posts `{"exo-auth-analyzer": {"height": N}}` to the parent window
//!   whenever the page's size changes, so the host can size the iframe without scrollbars.
//!
//! Only the height is posted, never anything pasted. Which pages may frame the app at all is
//! the host's `frame-ancestors` header (see the README).

use std::cell::Cell;

use wasm_bindgen::JsValue;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{ResizeObserver, Window};

pub use crate::ui_support::fragment::FragmentOptions;

/// The key of the message the host's `embed.js` listens for.
const MESSAGE_KEY: &str = "exo-auth-analyzer";

/// The options in the current page's URL fragment (defaults when there is none).
pub fn fragment_options() -> FragmentOptions {
    // From the whole address, as the share link reads it: no binding for `location.hash`.
    let href = web_sys::window().and_then(|w| w.location().href().ok()).unwrap_or_default();
    FragmentOptions::parse(href.split_once('#').map_or("", |(_, fragment)| fragment))
}

/// The window that frames this page, or `None` when the page is not in a frame.
fn embedding_parent(window: &Window) -> Option<Window> {
    let parent = window.parent().ok().flatten()?;
    let same: bool = AsRef::<JsValue>::as_ref(&parent) == AsRef::<JsValue>::as_ref(window);
    (!same).then_some(parent)
}

/// The height of the page's content in CSS pixels, rounded up. The root element's box, not its
/// `scrollHeight`: that is never less than the iframe's own height, so the frame could grow but
/// never shrink.
fn content_height(window: &Window) -> Option<u32> {
    let root = window.document()?.document_element()?;
    let height = root.get_bounding_client_rect().height().ceil();
    (height.is_finite() && height > 0.0).then(|| height.min(f64::from(u32::MAX)) as u32)
}

/// Posts the page's `height` to the window that frames it; `None` when that failed.
fn post_height(parent: &Window, height: u32) -> Option<()> {
    let inner = js_sys::Object::new();
    js_sys::Reflect::set(&inner, &JsValue::from_str("height"), &JsValue::from(height)).ok()?;
    let message = js_sys::Object::new();
    js_sys::Reflect::set(&message, &JsValue::from_str(MESSAGE_KEY), &inner).ok()?;
    // The target origin is "*": the app does not know its host, and the height is all it
    // tells. frame-ancestors decides who may frame it.
    parent.post_message(&message, "*").ok()
}

/// Reports the page's height to the window that frames it, for as long as the page is open:
/// each new height is posted as the body's size changes. Does nothing unless the page is in a
/// frame (or when the browser lacks ResizeObserver).
pub fn report_height() -> Option<()> {
    let window = web_sys::window()?;
    let parent = embedding_parent(&window)?;
    let body = window.document()?.body()?;
    let last = Cell::new(0u32);
    let on_resize = Closure::<dyn FnMut()>::new(move || {
        // Only changes are posted (ResizeObserver also fires for width-only changes).
        if let Some(height) = content_height(&window).filter(|height| *height != last.get()) && post_height(&parent, height).is_some() {
            last.set(height);
        }
    });
    let observer = ResizeObserver::new(on_resize.as_ref().unchecked_ref()).ok()?;
    // Fires once right away, which posts the first height. An observer that observes stays
    // alive in the browser without a handle to it; its callback is kept for the page's life.
    observer.observe(&body);
    on_resize.forget();
    Some(())
}
