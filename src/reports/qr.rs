//! QR codes for deep links, as PNG files to print on workshop materials.

use std::io::BufWriter;
use std::path::Path;

use qrcode::{Color, QrCode};

use super::text::{Anchor, Label};

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
    #[error("the poster is too large to draw")]
    TooLarge,
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

/// The smallest side of a printable poster's code, in pixels.
const POSTER_SIDE: usize = 1000;

/// A printable poster: the QR code of `link`, at least 1,000 pixels wide, with `title` and the link written
/// under it (for those who type rather than scan), as an RGB PNG.
pub fn poster_png(link: &str, title: &str) -> Result<Vec<u8>, QrError> {
    let modules = QrCode::new(link.as_bytes())?.width() + 2 * QUIET;
    let (side, grey) = render_scaled(link, POSTER_SIDE.div_ceil(modules))?;
    let height = side + 170;
    let mut rgb = vec![255u8; side * height * 3];
    for (i, level) in grey.iter().enumerate() {
        rgb[i * 3..i * 3 + 3].fill(*level);
    }
    let (width, height) =
        (u32::try_from(side).map_err(|_| QrError::TooLarge)?, u32::try_from(height).map_err(|_| QrError::TooLarge)?);
    // The font is built in: it always reads.
    let font = ab_glyph::FontRef::try_from_slice(super::text::FONT).map_err(|_| QrError::TooLarge)?;
    let centre = i32::try_from(side / 2).unwrap_or(0);
    let under = i32::try_from(side).unwrap_or(0);
    for (text, y, size) in [(title, under + 50, 52.0), (link, under + 120, 30.0)] {
        let label = Label { text: text.to_owned(), at: (centre, y), size, anchor: Anchor::Centre };
        super::text::draw(&mut rgb, width, &font, &label);
    }
    let mut bytes = Vec::new();
    let mut encoder = png::Encoder::new(&mut bytes, width, height);
    encoder.set_color(png::ColorType::Rgb);
    encoder.set_depth(png::BitDepth::Eight);
    let mut writer = encoder.write_header()?;
    writer.write_image_data(&rgb)?;
    writer.finish()?;
    Ok(bytes)
}

/// The image side in pixels and its grey levels, row by row.
pub fn render(text: &str) -> Result<(usize, Vec<u8>), QrError> {
    render_scaled(text, SCALE)
}

/// [`render`] with `scale` pixels per module.
fn render_scaled(text: &str, scale: usize) -> Result<(usize, Vec<u8>), QrError> {
    let code = QrCode::new(text.as_bytes())?;
    let modules = code.width();
    let colors = code.to_colors();
    let side = (modules + 2 * QUIET) * scale;
    let mut pixels = vec![255u8; side * side];
    for (i, color) in colors.iter().enumerate() {
        if *color != Color::Dark {
            continue;
        }
        let (mx, my) = (i % modules + QUIET, i / modules + QUIET);
        for y in my * scale..(my + 1) * scale {
            pixels[y * side + mx * scale..y * side + (mx + 1) * scale].fill(0);
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
