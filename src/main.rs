//! One binary, two front ends: the command line natively, the web app on wasm32.

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut stdout = std::io::stdout().lock();
    exo_auth_analyzer::cli::run(&args, &mut stdout)
}

#[cfg(target_arch = "wasm32")]
fn main() {
    exo_auth_analyzer::ui::start();
}
