//! What both benchmarks share: the floor a CSV parse can reach, and best-of timing.

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
