//! Shared copies of the property names, which repeat from object to object: a paste of 100 k
//! mailboxes would otherwise allocate a million copies of the same few (issue 3 speed targets).
//! Values need no such set: they are ranges of the paste's shared copy ([`super::Text`]).

use std::sync::Arc;

use rustc_hash::FxHashSet;

#[derive(Default)]
pub(super) struct Interner {
    names: FxHashSet<Arc<str>>,
    /// The names the last object had, by position.
    by_position: Vec<Arc<str>>,
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

    /// [`Self::name`] of the property at `position` in its object. The objects of a paste show
    /// their names in one order, so the name the last object had there is compared first,
    /// which costs less than hashing it.
    pub(super) fn name_at(&mut self, position: usize, name: &str) -> Arc<str> {
        if let Some(last) = self.by_position.get(position).filter(|last| ***last == *name) {
            return Arc::clone(last);
        }
        let shared = self.name(name);
        let known = self.by_position.len();
        match self.by_position.get_mut(position) {
            Some(slot) => *slot = Arc::clone(&shared),
            None if position == known => self.by_position.push(Arc::clone(&shared)),
            None => {}
        }
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
        assert!(Arc::ptr_eq(&first, &interner.name_at(0, "PopEnabled")));
        let other = interner.name_at(0, "ImapEnabled");
        assert!(Arc::ptr_eq(&other, &interner.name("ImapEnabled")) && Arc::ptr_eq(&other, &interner.name_at(0, "ImapEnabled")));
    }
}
