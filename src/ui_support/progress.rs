//! One progress bar over a whole analysis: every phase has a fixed share of the bar, so the bar
//! only moves forward, from opening the files to the table shown.

/// The phases of an analysis, in the order they run.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Phase {
    /// Files read into memory.
    Opening,
    /// A large input parsed part by part.
    Reading,
    /// Sign-in rows added up and records joined into mailboxes.
    Joining,
    /// The rules applied.
    Evaluating,
    /// The bulk table's rows built and sorted.
    Tabling,
}

/// Each phase's share of the bar, in the order of [`Phase`], from Chromium on the 2-core test
/// machine: a 100,000-mailbox paste (5 MB) reads in about 0.6 s, joins in 0.7 s, evaluates in
/// 0.9 s and builds its table in 0.3 s; a million-mailbox file (56 MB) opens in 0.3 s, then
/// 2.2, 3.7, 4.8 and 1.6 s.
const SHARES: [u64; 5] = [5, 25, 25, 35, 10];

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Progress {
    pub phase: Phase,
    /// The phase's work done and in all (bytes, rows, mailboxes).
    pub done: usize,
    pub all: usize,
    /// The input comes from files: opening them is the first phase.
    pub opened: bool,
    /// The input is read in parts: a phase of its own.
    pub parted: bool,
}

impl Progress {
    /// The same analysis, in `phase`, with `done` of `all` of it.
    pub fn at(self, phase: Phase, (done, all): (usize, usize)) -> Progress {
        Progress { phase, done, all, ..self }
    }

    /// Per mille of the whole analysis done.
    #[inline(never)]
    pub fn permille(&self) -> u32 {
        let (mut before, mut total) = (0, 0);
        for (phase, share) in SHARES.into_iter().enumerate() {
            let share = match phase {
                0 if !self.opened => 0,
                1 if !self.parted => 0,
                _ => share,
            };
            if phase < self.phase as usize {
                before += share;
            } else if phase == self.phase as usize {
                before += share * self.done.min(self.all) as u64 / self.all.max(1) as u64;
            }
            total += share;
        }
        // `before` is at most `total`: the value is at most 1000.
        u32::try_from(before * 1000 / total.max(1)).unwrap_or(1000)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PHASES: [Phase; 5] = [Phase::Opening, Phase::Reading, Phase::Joining, Phase::Evaluating, Phase::Tabling];

    #[test]
    fn the_bar_only_moves_forward_and_fills_at_the_end() {
        for (opened, parted) in [(false, false), (false, true), (true, false), (true, true)] {
            let start = Progress { phase: Phase::Opening, done: 0, all: 0, opened, parted };
            let mut last = 0;
            for phase in PHASES {
                for (done, all) in [(0, 7), (3, 7), (7, 7), (9, 7), (0, 0)] {
                    let permille = start.at(phase, (done, all)).permille();
                    assert!(permille >= last || (done, all) == (0, 0), "{phase:?} {done}/{all}: {permille} after {last}");
                    assert!(permille <= 1000);
                    last = last.max(permille);
                }
            }
            assert_eq!(start.at(Phase::Tabling, (7, 7)).permille(), 1000);
            let first = if opened { Phase::Opening } else if parted { Phase::Reading } else { Phase::Joining };
            assert_eq!(start.at(first, (0, 7)).permille(), 0, "{first:?} starts the bar");
        }
    }
}
