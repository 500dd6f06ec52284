//! The readers of cmdlet output, one file per shape PowerShell prints objects in: Format-List
//! (`list`), Format-Table (`table`), Export-Csv (`csv`) and ConvertTo-Json (`json`).

pub(super) mod csv;
pub(super) mod json;
pub(super) mod list;
pub(super) mod table;
