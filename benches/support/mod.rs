//! What the benchmarks share: the floor a CSV parse can reach, best-of timing, peak memory.
//! Each benchmark uses some of it.
#![allow(dead_code)]

use std::time::{Duration, Instant};

/// The `csv` crate's plain record iteration over byte records: the floor any CSV parse can reach.
pub fn plain_csv_iteration(text: &str) -> usize {
    let mut reader = csv::ReaderBuilder::new().has_headers(false).flexible(true).from_reader(text.as_bytes());
    let mut record = csv::ByteRecord::new();
    let mut fields = 0;
    while let Ok(true) = reader.read_byte_record(&mut record) {
        fields += record.len();
    }
    fields
}

/// Best of `runs` wall times.
pub fn best_time(runs: usize, mut f: impl FnMut()) -> Duration {
    (0..runs)
        .map(|_| {
            let start = Instant::now();
            f();
            start.elapsed()
        })
        .min()
        .unwrap_or_default()
}

/// The peak resident memory of this process so far, in bytes (`VmHWM` of `/proc/self/status`,
/// Linux); 0 elsewhere.
pub fn peak_resident() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status.lines().find_map(|l| l.strip_prefix("VmHWM:")).and_then(|v| v.trim().trim_end_matches(" kB").trim().parse::<u64>().ok()).map_or(0, |kb| kb * 1024)
}
