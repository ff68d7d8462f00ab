package id.pembina.reporting.formats.internal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Base64;

import javax.imageio.ImageIO;

/**
 * Draws a chart's geometry as a PNG (Java2D, twice the size for print), for the PDF: openhtmltopdf draws no
 * SVG without Batik, which would weigh more than the whole platform. Labels use the embedded DejaVu Sans.
 */
final class ChartPng {

    private static final int SCALE = 2;
    private static final Font FONT = load();

    private ChartPng() {
    }

    /** @return a data: URI of the PNG */
    static String dataUri(ChartGeometry g) {
        BufferedImage img = new BufferedImage(ChartGeometry.WIDTH * SCALE, ChartGeometry.HEIGHT * SCALE,
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = img.createGraphics();
        try {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g2.scale(SCALE, SCALE);
            g2.setColor(Color.WHITE);
            g2.fillRect(0, 0, ChartGeometry.WIDTH, ChartGeometry.HEIGHT);
            g2.setFont(FONT);
            g2.setColor(Color.GRAY);
            g2.drawLine(ChartGeometry.LEFT, ChartGeometry.plotBottom(), ChartGeometry.WIDTH - ChartGeometry.RIGHT,
                    ChartGeometry.plotBottom());
            for (ChartGeometry.Label t : g.ticks()) {
                right(g2, t.text(), t.x(), t.y());
            }
            for (ChartGeometry.Bar b : g.bars()) {
                g2.setColor(Color.decode(b.colour()));
                g2.fillRect(b.x(), b.y(), b.width(), b.height());
                g2.setColor(Color.DARK_GRAY);
                centre(g2, b.value(), b.valueX(), b.valueY());
            }
            g2.setStroke(new BasicStroke(2f));
            for (ChartGeometry.Line l : g.lines()) {
                g2.setColor(Color.decode(l.colour()));
                for (int i = 1; i < l.xy().size(); i++) {
                    g2.drawLine(l.xy().get(i - 1)[0], l.xy().get(i - 1)[1], l.xy().get(i)[0], l.xy().get(i)[1]);
                }
            }
            g2.setColor(Color.DARK_GRAY);
            for (ChartGeometry.Label c : g.categoryLabels()) {
                centre(g2, c.text(), c.x(), c.y());
            }
            for (ChartGeometry.Legend l : g.legend()) {
                g2.setColor(Color.decode(l.colour()));
                g2.fillRect(l.x(), l.y() - 9, 10, 10);
                g2.setColor(Color.DARK_GRAY);
                g2.drawString(l.text(), l.x() + 14, l.y());
            }
        } finally {
            g2.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(out.toByteArray());
    }

    private static void centre(Graphics2D g2, String s, int x, int y) {
        g2.drawString(s, x - g2.getFontMetrics().stringWidth(s) / 2, y);
    }

    private static void right(Graphics2D g2, String s, int x, int y) {
        g2.drawString(s, x - g2.getFontMetrics().stringWidth(s), y);
    }

    private static Font load() {
        try (InputStream in = Fonts.regular()) {
            return Font.createFont(Font.TRUETYPE_FONT, in).deriveFont(11f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException(e);
        }
    }
}
