//! Text drawn onto the chart's pixels with each glyph at its own place: plotters' font backend puts every
//! glyph's outline at the pen position without its side bearing, which spaces letters unevenly
//! ("recommend ations"). Laid out here as a typesetter does: pen advance, kerning, then each outline where its
//! bounds say.

use ab_glyph::{Font, FontRef, PxScale, ScaleFont, point};

/// The font of every drawn text (DejaVu Sans, shipped in `assets/fonts`: the same on every machine).
pub const FONT: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans.ttf");

/// Where a text stands relative to its point.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Anchor {
    /// Ends at the point (labels left of an axis).
    Right,
    /// Starts at the point.
    Left,
    /// Centred on the point.
    Centre,
}

/// A text to draw: what, where (its vertical middle at `at.1`), how large, and how it stands.
pub struct Label {
    pub text: String,
    pub at: (i32, i32),
    pub size: f32,
    pub anchor: Anchor,
}

/// Draws `label` in black onto `rgb`, an image `width` pixels wide (3 bytes a pixel), blending by coverage.
pub fn draw(rgb: &mut [u8], width: u32, font: &FontRef<'_>, label: &Label) {
    let font = font.as_scaled(PxScale::from(label.size));
    let glyphs: Vec<_> = label.text.chars().map(|c| font.scaled_glyph(c)).collect();
    let mut caret = 0.0;
    let mut previous = None;
    let mut placed = Vec::with_capacity(glyphs.len());
    for mut glyph in glyphs {
        if let Some(previous) = previous {
            caret += font.kern(previous, glyph.id);
        }
        previous = Some(glyph.id);
        glyph.position = point(caret, 0.0);
        caret += font.h_advance(glyph.id);
        placed.push(glyph);
    }
    let left = match label.anchor {
        Anchor::Left => label.at.0 as f32,
        Anchor::Right => label.at.0 as f32 - caret,
        Anchor::Centre => label.at.0 as f32 - caret / 2.0,
    };
    // The baseline, so that the text's middle (between ascent and descent) stands at the point.
    let baseline = label.at.1 as f32 + (font.ascent() + font.descent()) / 2.0;
    let height = u32::try_from(rgb.len() / 3).unwrap_or(0) / width.max(1);
    for glyph in placed {
        let Some(outline) = font.outline_glyph(glyph) else { continue };
        let bounds = outline.px_bounds();
        outline.draw(|x, y, coverage| {
            let px = left + bounds.min.x + x as f32;
            let py = baseline + bounds.min.y + y as f32;
            if px < 0.0 || py < 0.0 || px >= width as f32 || py >= height as f32 {
                return;
            }
            let index = (py as usize * width as usize + px as usize) * 3;
            for channel in &mut rgb[index..index + 3] {
                *channel = (f32::from(*channel) * (1.0 - coverage.min(1.0))) as u8;
            }
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The leftmost and rightmost inked columns of `text` drawn at size 40.
    fn ink(text: &str) -> (usize, usize) {
        let font = FontRef::try_from_slice(FONT).expect("the font");
        let (width, height) = (400u32, 80u32);
        let mut rgb = vec![255u8; (width * height * 3) as usize];
        let label = Label { text: text.into(), at: (10, 40), size: 40.0, anchor: Anchor::Left };
        draw(&mut rgb, width, &font, &label);
        let inked: Vec<usize> = (0..width as usize)
            .filter(|x| (0..height as usize).any(|y| rgb[(y * width as usize + x) * 3] < 128))
            .collect();
        (inked[0], inked[inked.len() - 1])
    }

    #[test]
    fn each_letter_stands_at_its_side_bearing_one_advance_after_the_last() {
        let font = FontRef::try_from_slice(FONT).expect("the font");
        let scaled = font.as_scaled(PxScale::from(40.0));
        let (advance, bearing) = (scaled.h_advance(font.glyph_id('i')), scaled.h_side_bearing(font.glyph_id('i')));
        let (one, two) = (ink("i"), ink("ii"));
        // Plotters' layout puts the ink at the pen (10): the bearing it leaves out is what spaced letters unevenly.
        assert!((one.0 as f32 - (10.0 + bearing)).abs() <= 1.0, "ink at {} for a bearing of {bearing}", one.0);
        assert_eq!(one.0, two.0, "the first i is where it was");
        let step = (two.1 - one.1) as f32;
        assert!((step - advance).abs() <= 1.0, "the second i one advance on ({advance}), not {step}");
    }
}
