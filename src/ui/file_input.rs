//! Reading dropped or chosen files into the paste box: any encoding Windows PowerShell writes
//! (UTF-16 from `>`, UTF-8 with or without BOM) is decoded by the parser's own decoder.

use wasm_bindgen_futures::{JsFuture, spawn_local};
use yew::Callback;

use crate::parse::decode;

/// Reads `files` and hands their texts, joined by a newline in the order given, to `on_text`:
/// sign-in logs and cmdlet output come as separate exports but are analysed as one paste.
/// Unreadable files are left out; when none could be read, nothing changes.
pub fn read_files(files: Vec<web_sys::File>, on_text: Callback<String>) {
    spawn_local(async move {
        let mut texts = Vec::with_capacity(files.len());
        for file in files {
            if let Ok(buffer) = JsFuture::from(file.array_buffer()).await {
                texts.push(decode(&js_sys::Uint8Array::new(&buffer).to_vec()));
            }
        }
        if !texts.is_empty() {
            on_text.emit(texts.join("\n"));
        }
    });
}

/// The files of a file list (a drop or the file picker), in its order.
pub fn files_of(list: Option<web_sys::FileList>) -> Vec<web_sys::File> {
    list.map(|list| (0..list.length()).filter_map(|i| list.get(i)).collect()).unwrap_or_default()
}
