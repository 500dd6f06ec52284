//! Shared copies of the property names, which repeat from object to object: a paste of 100 k
//! mailboxes would otherwise allocate a million copies of the same few (issue 3 speed targets).
//! Values need no such set: they are ranges of the paste's shared copy ([`crate::parse::Text`]).

use std::sync::Arc;

use rustc_hash::FxHashSet;

#[derive(Default)]
pub(in crate::parse) struct Interner {
    names: FxHashSet<Arc<str>>,
}

impl Interner {
    /// A property name, shared with every other object that has it.
    pub(in crate::parse) fn name(&mut self, name: &str) -> Arc<str> {
        if let Some(shared) = self.names.get(name) {
            return Arc::clone(shared);
        }
        let shared: Arc<str> = Arc::from(name);
        self.names.insert(Arc::clone(&shared));
        shared
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::Interner;

    #[test]
    fn repeated_names_share_one_copy() {
        let mut interner = Interner::default();
        let first = interner.name("PopEnabled");
        assert!(Arc::ptr_eq(&first, &interner.name("PopEnabled")));
    }
}
