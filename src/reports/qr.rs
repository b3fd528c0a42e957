//! QR codes for deep links, as PNG files to print on workshop materials.

use std::io::BufWriter;
use std::path::Path;

use qrcode::{Color, QrCode};

/// Pixels per QR module, and the quiet zone around the code in modules (the standard asks for 4).
const SCALE: usize = 8;
const QUIET: usize = 4;

#[derive(Debug, thiserror::Error)]
pub enum QrError {
    #[error("cannot make a QR code of this text: {0}")]
    Encode(#[from] qrcode::types::QrError),
    #[error("cannot write {path}: {source}")]
    Write { path: String, source: std::io::Error },
    #[error("cannot encode the PNG: {0}")]
    Png(#[from] png::EncodingError),
}

/// Writes `text` as a black-on-white QR code PNG.
pub fn write_png(text: &str, path: &Path) -> Result<(), QrError> {
    let file =
        std::fs::File::create(path).map_err(|source| QrError::Write { path: path.display().to_string(), source })?;
    encode_png(text, BufWriter::new(file))
}

/// `text` as a black-on-white QR code PNG, in memory (to send in a chat).
pub fn png(text: &str) -> Result<Vec<u8>, QrError> {
    let mut bytes = Vec::new();
    encode_png(text, &mut bytes)?;
    Ok(bytes)
}

fn encode_png(text: &str, out: impl std::io::Write) -> Result<(), QrError> {
    let (side, pixels) = render(text)?;
    let side = u32::try_from(side).map_err(|_| QrError::Encode(qrcode::types::QrError::DataTooLong))?;
    let mut encoder = png::Encoder::new(out, side, side);
    encoder.set_color(png::ColorType::Grayscale);
    encoder.set_depth(png::BitDepth::Eight);
    let mut writer = encoder.write_header()?;
    writer.write_image_data(&pixels)?;
    writer.finish()?;
    Ok(())
}

/// The image side in pixels and its grey levels, row by row.
pub fn render(text: &str) -> Result<(usize, Vec<u8>), QrError> {
    let code = QrCode::new(text.as_bytes())?;
    let modules = code.width();
    let colors = code.to_colors();
    let side = (modules + 2 * QUIET) * SCALE;
    let mut pixels = vec![255u8; side * side];
    for (i, color) in colors.iter().enumerate() {
        if *color != Color::Dark {
            continue;
        }
        let (mx, my) = (i % modules + QUIET, i / modules + QUIET);
        for y in my * SCALE..(my + 1) * SCALE {
            pixels[y * side + mx * SCALE..y * side + (mx + 1) * SCALE].fill(0);
        }
    }
    Ok((side, pixels))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_a_square_with_a_white_border_and_dark_finders() {
        let (side, pixels) = render("https://t.me/ActiveCitizensBot?start=TIRANA-2026").unwrap();
        assert_eq!(pixels.len(), side * side);
        assert_eq!(side % SCALE, 0);
        // The quiet zone is white; the top-left finder pattern starts dark right after it.
        assert_eq!(pixels[0], 255);
        let corner = QUIET * SCALE;
        assert_eq!(pixels[corner * side + corner], 0);
    }
}
