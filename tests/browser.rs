//! The app mounted in headless Chromium by wasm-bindgen-test: typing a paste shows the verdict.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().and_then(|w| w.document()).expect("a browser document")
}

async fn mount() -> web_sys::Element {
    let root = document().create_element("div").expect("div");
    document().body().expect("body").append_child(&root).expect("append");
    yew::Renderer::<exo_auth_analyzer::ui::App>::with_root(root.clone()).render();
    yew::scheduler::flush().await;
    root
}

/// Types into the mounted app's own input (an earlier failed test may leave its app behind).
async fn type_into_input(root: &web_sys::Element, text: &str) {
    let input: web_sys::HtmlTextAreaElement =
        root.query_selector("#input").ok().flatten().expect("#input").unchecked_into();
    input.set_value(text);
    let init = web_sys::InputEventInit::new();
    init.set_bubbles(true);
    let event = web_sys::InputEvent::new_with_event_init_dict("input", &init).expect("event");
    input.dispatch_event(&event).expect("dispatch");
    yew::scheduler::flush().await;
}

#[wasm_bindgen_test]
async fn typing_the_tenant_switch_shows_the_verdict_and_the_fix() {
    let root = mount().await;
    // The device's error is the reason a fix turns SMTP AUTH on (nothing is turned on without one).
    type_into_input(&root, "\nSmtpClientAuthenticationDisabled : True\n\n535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant.\n").await;
    let text = root.text_content().unwrap_or_default();
    assert!(text.contains("SMTP AUTH is turned off for the whole organization"), "page text: {text}");
    assert!(text.contains("TransportConfig.SmtpClientAuthenticationDisabled"), "page text: {text}");
    assert!(text.contains("Set-TransportConfig -SmtpClientAuthenticationDisabled $false"), "page text: {text}");
    root.remove();
}

#[wasm_bindgen_test]
async fn garbage_says_nothing_was_recognised() {
    let root = mount().await;
    type_into_input(&root, "<script>alert(1)</script> lorem ipsum").await;
    let text = root.text_content().unwrap_or_default();
    assert!(text.contains("Nothing recognised"), "page text: {text}");
    root.remove();
}
