//! One binary, two front ends: the command line natively, the web app on wasm32.

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    // Buffered: a bulk report is tens of thousands of lines.
    let mut stdout = std::io::BufWriter::new(std::io::stdout().lock());
    let code = exo_auth_analyzer::cli::run(&args, &mut stdout);
    match std::io::Write::flush(&mut stdout) {
        Ok(()) => code,
        Err(_) => std::process::ExitCode::FAILURE,
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {
    exo_auth_analyzer::ui::start();
}

/// The web app's allocator: Talc instead of the standard library's dlmalloc, a drop-in
/// replacement for single-threaded WebAssembly that is smaller in the shipped wasm (the
/// allocator is code every user downloads) and faster at the many small allocations of a
/// large paste. The command line keeps the system allocator.
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
