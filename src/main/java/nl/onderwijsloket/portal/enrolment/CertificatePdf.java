package nl.onderwijsloket.portal.enrolment;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Draws a one-page A4 certificate with PDFBox: the lines are given already translated, each centred,
 * long ones wrapped. It uses the standard Helvetica fonts (no font files to ship); a character those
 * cannot show is replaced by its unaccented letter, or by a question mark.
 */
final class CertificatePdf {

    /** One line of the certificate: its text, size, weight and the space above it. */
    record Line(String text, float size, boolean bold, float spaceBefore) {
    }

    private static final float MARGIN = 56;
    private static final float[] ACCENT = {0.05f, 0.33f, 0.55f};

    private CertificatePdf() {
    }

    static byte[] render(String documentTitle, String author, List<Line> lines, List<String> footer) {
        try (var document = new PDDocument(); var out = new ByteArrayOutputStream()) {
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(documentTitle);
            info.setAuthor(author);
            info.setCreator(author);
            var page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            PDRectangle box = page.getMediaBox();
            float width = box.getWidth() - 2 * MARGIN;
            try (var content = new PDPageContentStream(document, page)) {
                content.setStrokingColor(ACCENT[0], ACCENT[1], ACCENT[2]);
                content.setLineWidth(3);
                content.addRect(MARGIN / 2, MARGIN / 2, box.getWidth() - MARGIN, box.getHeight() - MARGIN);
                content.stroke();
                content.setLineWidth(0.75f);
                content.addRect(MARGIN / 2 + 6, MARGIN / 2 + 6, box.getWidth() - MARGIN - 12,
                        box.getHeight() - MARGIN - 12);
                content.stroke();

                float y = box.getHeight() - 2.4f * MARGIN;
                for (Line line : lines) {
                    PDFont font = line.bold() ? bold : regular;
                    y -= line.spaceBefore();
                    for (String part : wrap(font, line.size(), printable(font, line.text()), width - 40)) {
                        y -= line.size() * 1.25f;
                        centred(content, font, line.size(), part, box.getWidth(), y);
                    }
                }
                float footerY = 1.6f * MARGIN;
                content.setNonStrokingColor(0.35f, 0.35f, 0.35f);
                for (String text : footer.reversed()) {
                    centred(content, regular, 9, printable(regular, text), box.getWidth(), footerY);
                    footerY += 13;
                }
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void centred(PDPageContentStream content, PDFont font, float size, String text, float pageWidth,
                                float y) throws IOException {
        float textWidth = font.getStringWidth(text) / 1000 * size;
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset((pageWidth - textWidth) / 2, y);
        content.showText(text);
        content.endText();
    }

    /** Splits the text into lines no wider than {@code width}, at spaces. */
    static List<String> wrap(PDFont font, float size, String text, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && font.getStringWidth(candidate) / 1000 * size > width) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        lines.add(line.toString());
        return lines;
    }

    /** The text with every character the font cannot encode replaced (accents dropped, else '?'). */
    static String printable(PDFont font, String text) {
        StringBuilder result = new StringBuilder();
        text.codePoints().forEach(cp -> {
            String ch = Character.toString(Character.isWhitespace(cp) ? ' ' : cp);
            if (encodable(font, ch)) {
                result.append(ch);
                return;
            }
            String plain = Normalizer.normalize(ch, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
            result.append(!plain.isEmpty() && encodable(font, plain) ? plain : "?");
        });
        return result.toString();
    }

    private static boolean encodable(PDFont font, String text) {
        try {
            font.encode(text);
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }
}
