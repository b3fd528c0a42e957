//! Documents made from stored data: exports and QR codes.

pub mod export;
pub mod qr;
