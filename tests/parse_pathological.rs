//! Inputs built to trigger quadratic work in a naive reader. Each is read at a size `n` and at
//! `4n`, a few times each in the same run, and the best time of the larger may be at most
//! [`MAX_RATIO`] times the best of the smaller: linear work takes about 4 times as long,
//! quadratic work 16 times. Times are the thread's processor time, so that other processes on a
//! busy machine do not count, and the bound is generous besides; it catches an input that makes
//! a reader go back over what it has read. Each size is chosen so that the smaller text takes
//! some milliseconds in a debug build, long enough to time, and the file a few seconds. Every
//! input is also read without a panic, and where the answer is known, checked.

use std::time::Duration;

use exo_auth_analyzer::parse::{Parsed, parse};

/// How much longer the text four times as long may take to read (linear: 4, quadratic: 16).
const MAX_RATIO: f64 = 8.0;

/// How many times each size is read at least, and at most: the best time of each counts, and
/// while the ratio is above the bound, both are read again, so that a busy machine slows one
/// reading, not the verdict. Quadratic work stays above it however often it is read.
const RUNS: std::ops::RangeInclusive<usize> = 3..=15;

/// The lines repeated until there are `n`, joined by newlines.
fn repeat(lines: &[&str], n: usize) -> String {
    lines.iter().cycle().take(n).copied().collect::<Vec<_>>().join("\n")
}

/// The time of one reading of `text`, and what it read.
fn timed(text: &str) -> (Duration, Parsed) {
    let started = cpu_time();
    let parsed = parse(text);
    (cpu_time().saturating_sub(started), parsed)
}

/// The processor time this thread has used so far: what a reading costs, however busy the
/// machine is. On a busy machine, wall time counts the time other processes ran too, and more
/// of it the longer a reading takes. Linux's clock of the thread, read through the C library
/// the standard library links already.
#[cfg(all(target_os = "linux", target_pointer_width = "64"))]
fn cpu_time() -> Duration {
    /// The C library's `struct timespec` on 64-bit Linux.
    #[repr(C)]
    struct Timespec {
        seconds: i64,
        nanoseconds: i64,
    }
    unsafe extern "C" {
        fn clock_gettime(clock: i32, time: *mut Timespec) -> i32;
    }
    const CLOCK_THREAD_CPUTIME_ID: i32 = 3;
    let mut time = Timespec { seconds: 0, nanoseconds: 0 };
    // SAFETY: `time` is a valid, writable `timespec`, the only memory the call writes.
    let status = unsafe { clock_gettime(CLOCK_THREAD_CPUTIME_ID, &mut time) };
    assert_eq!(status, 0, "the thread's clock cannot be read");
    Duration::new(u64::try_from(time.seconds).unwrap_or(0), u32::try_from(time.nanoseconds).unwrap_or(0))
}

/// Elsewhere, the time since the first call: wall time.
#[cfg(not(all(target_os = "linux", target_pointer_width = "64")))]
fn cpu_time() -> Duration {
    static START: std::sync::OnceLock<std::time::Instant> = std::sync::OnceLock::new();
    START.get_or_init(std::time::Instant::now).elapsed()
}

/// Reads `build(n)` and `build(4 * n)`, checks each reading with `check(size, parsed)`, and
/// asserts that reading four times the text takes at most [`MAX_RATIO`] times as long. The two
/// are read by turns, so that both meet the same load of the machine.
fn assert_linear(case: &str, n: usize, build: impl Fn(usize) -> String, check: impl Fn(usize, &Parsed)) {
    let (small, large) = (build(n), build(4 * n));
    let (mut small_time, mut large_time) = (Duration::MAX, Duration::MAX);
    // A floor of a tenth of a millisecond, so a reading too fast to time is not divided by zero.
    let ratio = |small: Duration, large: Duration| large.as_secs_f64() / small.as_secs_f64().max(1e-4);
    for run in 1..=*RUNS.end() {
        let (time, parsed) = timed(&small);
        small_time = small_time.min(time);
        let (time, large_parsed) = timed(&large);
        large_time = large_time.min(time);
        if run == 1 {
            check(n, &parsed);
            check(4 * n, &large_parsed);
        }
        if run >= *RUNS.start() && ratio(small_time, large_time) < MAX_RATIO {
            return;
        }
    }
    let ratio = ratio(small_time, large_time);
    panic!("{case}: {n} lines took {small_time:?}, {} lines {large_time:?} ({ratio:.1} times)", 4 * n);
}

/// Nothing to check but that it was read without a panic.
fn read(_: usize, _: &Parsed) {}

#[test]
fn one_object_with_thousands_of_labels() {
    let build = |n: usize| (0..n).map(|i| format!("Property{i} : {i}\n")).collect::<String>();
    assert_linear("labels", 2_000, build, |n, parsed| assert_eq!(parsed.records[0].properties.len(), n));
}

#[test]
fn csv_headers_followed_by_unclosed_quotes() {
    assert_linear("unclosed quotes", 6_000, |n| repeat(&["\"a\",\"b\"", "\"x"], n), read);
    assert_linear("unclosed quotes, blank lines", 6_000, |n| repeat(&["\"a\",\"b\"", "\"x", ""], n), read);
}

#[test]
fn json_openers_and_dash_rows_and_rules() {
    let cases = [(&["[", "1,"][..], 8_000), (&["{\"a\": [", "\"b\","], 2_000), (&["Name", "----"], 2_000), (&["", "----------", "x"], 4_000), (&["**********************", "PSVersion: 5"], 2_000)];
    for (lines, n) in cases {
        assert_linear(&lines.join(" / "), n, |n| repeat(lines, n), read);
    }
}

#[test]
fn long_tables_and_errors() {
    let table = |n: usize| format!("Name Enabled\n---- -------\n{}", repeat(&["a       True", "b      False"], n));
    assert_linear("table", 2_000, table, |n, parsed| assert_eq!(parsed.records.len(), n));
    assert_linear("errors", 4_000, |n| repeat(&["Get-X : failed", "    + CategoryInfo : x", "At line:1 char:1"], n), read);
    assert_linear("prompts", 1_000, |n| repeat(&["PS C:\\> Get-CASMailbox -Identity x", ">> | fl"], n), read);
    // Header-like lines above and between dash rows: wrapped headers are looked for below
    // every line (§8 rule 13).
    let wrapped = |n: usize| format!("\nName Enabled\n     abled\n---- -------\n{}", repeat(&["a       True", "abcd efghijk", "b      False", "---- -------"], n));
    assert_linear("wrapped headers", 2_000, wrapped, read);
    assert_linear("header-like lines", 4_000, |n| repeat(&["", "Name Enabled", "xxxx yyyyyyy", "xxxx yyyyyyy", "xxxx yyyyyyy", "---- -------"], n), read);
}

#[test]
fn one_huge_line() {
    assert_linear("a line of labels", 20_000, |n| "x : ".repeat(n), read);
    assert_linear("a long JSON string", 200_000, |n| format!("{{\"a\": \"{}\"}}", "y".repeat(n)), read);
}

#[test]
fn json_openers_broken_at_one_width() {
    // Every line as wide as the longest: each looks hard-wrapped at the console width (§8 rule 18).
    assert_linear("unterminated strings", 2_000, |n| repeat(&["{\"a\": \"an unterminated string of forty chars"], n), read);
    assert_linear("unterminated objects", 2_000, |n| repeat(&["[", "  {\"a\": \"an unterminated string of forty", "  \"b\": tr"], n), read);
}

#[test]
fn message_traces_broken_up_and_long() {
    // A trace object after every unrecognised line: a trace each, and no trace looks at the
    // others.
    let broken_up = |n: usize| repeat(&["Received : 11/20/2026 8:15:31 AM", "SenderAddress : a@contoso.com", "RecipientAddress : b@fabrikam.com", "x y z", ""], n);
    assert_linear("traces broken up", 2_000, broken_up, |n, parsed| assert_eq!(parsed.usage.sources.len(), n / 5));
    // One long trace table, every recipient another, every date open until the last row.
    let table = |n: usize| {
        let mut table = String::from("Received            SenderAddress RecipientAddress\n--------            ------------- ----------------\n");
        for i in 0..n {
            table.push_str(&format!("{:02}/{:02}/2026 08:15:31 a@contoso.com u{i}@fabrikam.com\n", 1 + i % 12, 1 + (i + 1) % 12));
        }
        table.push_str("28/11/2026 08:15:31 a@contoso.com last@fabrikam.com\n");
        table
    };
    assert_linear("one long trace table", 1_000, table, |n, parsed| {
        assert_eq!(parsed.usage.traces.len(), n + 1);
        assert!(parsed.usage.traces.iter().all(|r| r.at.is_some()));
    });
}
