//! The bulk table's identities folded to lower case once, for the filter to search without a
//! copy per keystroke ([`super::bulk_filter`]).

/// Every mailbox's identity in lower case (as `str::to_lowercase` folds it, a final sigma
/// too), in the order of `Report::mailboxes`: one string for all of them, each folded once
/// while the rows are built.
#[derive(Debug, Default)]
pub struct FoldedIdentities {
    text: String,
    /// Where each identity starts in `text`; it ends where the next starts.
    starts: Vec<usize>,
}

impl FoldedIdentities {
    /// Room for `count` identities of `bytes` bytes in all (more if folding lengthens them).
    pub fn with_capacity(count: usize, bytes: usize) -> Self {
        FoldedIdentities { text: String::with_capacity(bytes), starts: Vec::with_capacity(count) }
    }

    /// Folds the next mailbox's identity.
    pub fn push(&mut self, identity: &str) {
        self.starts.push(self.text.len());
        self.text.push_str(&identity.to_lowercase());
    }

    /// The folded identity of the mailbox at `index`; "" past the last.
    pub fn get(&self, index: usize) -> &str {
        let Some(start) = self.starts.get(index) else { return "" };
        // The last identity runs to the end of the text.
        let end = self.starts.get(index + 1).copied().unwrap_or(self.text.len());
        // `starts` are lengths of the text between pushes: char boundaries, ascending.
        self.text.get(*start..end).unwrap_or("")
    }
}
