//! The pasted text scanned for stale advice a few bytes at a time (as the page does, so that a
//! 200 MB sign-in export is no task of over 100 ms) gives the notes of the scan at once.

use exo_auth_analyzer::rules::stale_advice::{scan_text, TextScan};

fn stepped(text: &str, bytes: usize) -> Vec<exo_auth_analyzer::rules::Note> {
    let mut scan = TextScan::default();
    let mut steps = 0;
    while !scan.step(text, bytes) {
        steps += 1;
    }
    assert!(steps < text.len().max(1), "{steps} steps");
    scan.notes
}

#[test]
fn scanned_in_steps_is_scanned_at_once() {
    let text = "x\r\nSet-AuthenticationPolicy -Identity 'Block Basic' -AllowBasicAuthPop -allowbasicauthIMAP:$true\r\n\
        \n\ndata, data, data\nNew-AuthenticationPolicy -Name p -AllowBasicAuthImap\nGet-AuthenticationPolicy | fl\n\
        Set-AuthenticationPolicy p -AllowBasicAuthPop:$false\n".repeat(3)
        + "Set-AuthenticationPolicy -Identity last -AllowBasicAuthPop";
    let at_once = scan_text(&text);
    assert_eq!(at_once.len(), 10, "{at_once:?}");
    for bytes in [0, 1, 2, 5, 17, 64, 100, text.len(), usize::MAX] {
        assert_eq!(stepped(&text, bytes), at_once, "parts of {bytes} bytes");
    }
}

#[test]
fn scanned_in_steps_is_scanned_at_once_for_every_paste_of_the_corpus() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus");
    let texts: Vec<String> = std::fs::read_dir(dir).expect("the corpus").flatten().filter_map(|e| std::fs::read_to_string(e.path()).ok()).collect();
    // The corpus has no stale advice of its own: a line of it between every two pastes.
    let together = texts.join("\nSet-AuthenticationPolicy -Identity x -AllowBasicAuthPop\n");
    assert_eq!(scan_text(&together).len(), texts.len() - 1);
    for text in texts.iter().chain([&together]) {
        for bytes in [1, 3, 40] {
            assert_eq!(stepped(text, bytes), scan_text(text), "parts of {bytes} bytes");
        }
    }
}

#[test]
fn an_empty_text_is_scanned_in_one_step() {
    assert!(TextScan::default().step("", 1));
}
