//! Documents made from stored data: exports, summaries and charts, QR codes.

pub mod export;
pub mod qr;
pub mod summary;
pub mod summit;
pub mod table;
mod text;
