//! Reading a dropped or chosen file into the paste box: any encoding Windows PowerShell writes
//! (UTF-16 from `>`, UTF-8 with or without BOM) is decoded by the parser's own decoder.

use wasm_bindgen_futures::{JsFuture, spawn_local};
use yew::Callback;

use crate::parse::decode;

/// Reads `file` and hands its text to `on_text`. Unreadable files are left alone.
pub fn read_file(file: web_sys::File, on_text: Callback<String>) {
    spawn_local(async move {
        if let Ok(buffer) = JsFuture::from(file.array_buffer()).await {
            let bytes = js_sys::Uint8Array::new(&buffer).to_vec();
            on_text.emit(decode(&bytes));
        }
    });
}

/// The first file of a file list (a drop or the file picker), if any.
pub fn first_file(files: Option<web_sys::FileList>) -> Option<web_sys::File> {
    files.and_then(|list| list.get(0))
}
