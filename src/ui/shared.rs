//! Analysis results shared by many components without copying them.

use std::ops::Deref;
use std::rc::Rc;

/// An `Rc` whose equality is identity: a new analysis is a new value, so Yew re-renders a
/// component exactly when the result changed, without comparing (or cloning) tens of
/// thousands of verdicts.
#[derive(Debug, Default)]
pub struct Shared<T>(Rc<T>);

impl<T> Shared<T> {
    pub fn new(value: T) -> Self {
        Shared(Rc::new(value))
    }
}

impl<T> Clone for Shared<T> {
    fn clone(&self) -> Self {
        Shared(Rc::clone(&self.0))
    }
}

impl<T> PartialEq for Shared<T> {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl<T> Deref for Shared<T> {
    type Target = T;

    fn deref(&self) -> &T {
        &self.0
    }
}
