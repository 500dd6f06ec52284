//! Printed text read as what it stands for: typed values and their certainty (`value`), and
//! dates in the writer's culture (`date`).

pub(super) mod date;
pub(super) mod value;
