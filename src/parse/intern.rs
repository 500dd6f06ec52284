//! Shared copies of text that repeats from object to object: property names (the same few in
//! every mailbox) and the values `True`, `False` and empty. A paste of 100 k mailboxes would
//! otherwise allocate a million copies of them (issue 3 speed targets).

use std::sync::Arc;

use rustc_hash::FxHashSet;

pub(super) struct Interner {
    names: FxHashSet<Arc<str>>,
    empty: Arc<str>,
    true_text: Arc<str>,
    false_text: Arc<str>,
}

impl Default for Interner {
    fn default() -> Self {
        Self { names: FxHashSet::default(), empty: Arc::from(""), true_text: Arc::from("True"), false_text: Arc::from("False") }
    }
}

impl Interner {
    /// A property name, shared with every other object that has it.
    pub(super) fn name(&mut self, name: &str) -> Arc<str> {
        if let Some(shared) = self.names.get(name) {
            return Arc::clone(shared);
        }
        let shared: Arc<str> = Arc::from(name);
        self.names.insert(Arc::clone(&shared));
        shared
    }

    /// A printed value: shared when it is one of the few that recur, a new copy otherwise
    /// (values such as addresses are unique, so keeping them would only grow the set).
    pub(super) fn value(&self, text: &str) -> Arc<str> {
        match text {
            "" => Arc::clone(&self.empty),
            "True" => Arc::clone(&self.true_text),
            "False" => Arc::clone(&self.false_text),
            _ => Arc::from(text),
        }
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::Interner;

    #[test]
    fn repeated_names_and_common_values_share_one_copy() {
        let mut interner = Interner::default();
        let first = interner.name("PopEnabled");
        assert!(Arc::ptr_eq(&first, &interner.name("PopEnabled")));
        assert!(Arc::ptr_eq(&interner.value("True"), &interner.value("True")));
        assert!(!Arc::ptr_eq(&interner.value("ann@contoso.com"), &interner.value("ann@contoso.com")));
    }
}
