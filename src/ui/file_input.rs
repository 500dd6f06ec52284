//! Reading dropped or chosen files into the paste box: any encoding Windows PowerShell writes
//! (UTF-16 from `>`, UTF-8 with or without BOM) is decoded by the parser's own decoder.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::{JsFuture, spawn_local};
use yew::functional::UseReducerDispatcher;

use super::state::{Action, State};
use crate::parse::DecodeStream;

/// A file is read this many bytes at a time: each slice is its own task, so a sign-in export
/// of 150 MB is read while the page paints its progress.
const SLICE_BYTES: f64 = 4.0 * 1024.0 * 1024.0;

/// Reads `files` and opens their texts with their names, in the order given: sign-in logs and
/// cmdlet output come as separate exports and are analysed together, each file read on its
/// own. The state hears the bytes read and in all as it goes. A file that cannot be read is
/// opened as `None`, so that its chip says so; with none, nothing changes.
pub fn read_files(files: Vec<web_sys::File>, state: UseReducerDispatcher<State>) {
    spawn_local(async move {
        let total: f64 = files.iter().map(|file| file.size()).sum();
        let mut done = 0.0;
        let mut texts: Vec<(String, Option<String>)> = Vec::with_capacity(files.len());
        for file in files {
            let text = read_file(&file, total, &mut done, &state).await;
            texts.push((file.name(), text));
        }
        if !texts.is_empty() {
            state.dispatch(Action::Open(texts));
        }
    });
}

/// One file, slice by slice; `None` when it cannot be read. Each slice is read with the
/// Blob's own `arrayBuffer()` promise, not gloo-file's `read_as_bytes`: its `FileReader`
/// wrapper and channel measured +1.47 KB brotli (197,631 -> 199,102 B), over the budget.
async fn read_file(file: &web_sys::File, total: f64, done: &mut f64, state: &UseReducerDispatcher<State>) -> Option<String> {
    let size = file.size();
    let mut stream = DecodeStream::with_capacity(size as usize);
    let mut at = 0.0;
    while at < size {
        let end = (at + SLICE_BYTES).min(size);
        let slice = file.slice_with_f64_and_f64(at, end).ok()?;
        let buffer = JsFuture::from(slice.array_buffer()).await.ok()?;
        stream.push(&js_sys::Uint8Array::new(&buffer).to_vec());
        *done += end - at;
        at = end;
        if total > SLICE_BYTES {
            state.dispatch(Action::Reading(*done as usize, total as usize));
        }
    }
    Some(stream.finish())
}

/// The files of a file list (a drop or the file picker), in its order. Copied into an array,
/// whose bindings the page has anyway, rather than read by `FileList`'s own.
pub fn files_of(list: Option<web_sys::FileList>) -> Vec<web_sys::File> {
    // No file list: no files.
    list.map(|list| js_sys::Array::from(&list).iter().map(JsCast::unchecked_into).collect()).unwrap_or_default()
}
