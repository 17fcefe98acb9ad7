package org.plangraph.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.junit.jupiter.api.Test;

/** PDFs plangraph cannot take text from are refused with one line that names the file and says why. */
class PdfWithoutATextLayerIsRefusedTest {
    private final SourceReader reader = new SourceReader();

    @Test
    void aScannedPageWithOnlyAnImageIsRefusedAsAScan() throws Exception {
        byte[] pdf = pdf(PdfWithoutATextLayerIsRefusedTest::drawScannedImage);
        SourceRejectedException e = assertThrows(SourceRejectedException.class, () -> reader.read("scan.pdf", pdf));
        assertOneLineAboutTheTextLayer(e, "scan.pdf");
    }

    @Test
    void aPageWithOnlyVectorGraphicsIsRefusedAsAScan() throws Exception {
        byte[] pdf = pdf((doc, stream) -> {
            stream.addRect(100, 100, 300, 400);
            stream.setNonStrokingColor(Color.DARK_GRAY);
            stream.fill();
        });
        SourceRejectedException e = assertThrows(SourceRejectedException.class, () -> reader.read("drawing.pdf", pdf));
        assertOneLineAboutTheTextLayer(e, "drawing.pdf");
    }

    @Test
    void aPdfThatNeedsAPasswordIsRefusedSayingSo() throws Exception {
        byte[] pdf;
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream stream = new PDPageContentStream(doc, page)) {
                stream.beginText();
                stream.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                stream.newLineAtOffset(72, 720);
                stream.showText("Work plan 2024");
                stream.endText();
            }
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(out);
            pdf = out.toByteArray();
        }
        SourceRejectedException e = assertThrows(SourceRejectedException.class, () -> reader.read("locked.pdf", pdf));
        assertTrue(e.getMessage().startsWith("locked.pdf: ") && e.getMessage().contains("password"), e.getMessage());
        assertEquals(1, e.getMessage().lines().count(), e.getMessage());
    }

    @Test
    void aDamagedPdfIsRefusedInOneLine() {
        byte[] bytes = "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\ntrailer garbage".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        SourceRejectedException e = assertThrows(SourceRejectedException.class, () -> reader.read("broken.pdf", bytes));
        assertTrue(e.getMessage().startsWith("broken.pdf: "), e.getMessage());
        assertEquals(1, e.getMessage().lines().count(), e.getMessage());
    }

    private static void assertOneLineAboutTheTextLayer(SourceRejectedException e, String name) {
        assertEquals(name + ": a PDF without a text layer (a scan?); run OCR on it first", e.getMessage());
    }

    private interface Drawing {
        void draw(PDDocument doc, PDPageContentStream stream) throws Exception;
    }

    private static byte[] pdf(Drawing drawing) throws Exception {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int i = 0; i < 2; i++) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream stream = new PDPageContentStream(doc, page)) {
                    drawing.draw(doc, stream);
                }
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** A grey page with dark bars where lines of text would be: what a scanner gives. */
    private static void drawScannedImage(PDDocument doc, PDPageContentStream stream) throws Exception {
        BufferedImage scan = new BufferedImage(400, 560, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = scan.createGraphics();
        g.setColor(Color.LIGHT_GRAY);
        g.fillRect(0, 0, 400, 560);
        g.setColor(Color.BLACK);
        for (int y = 40; y < 520; y += 24) {
            g.fillRect(30, y, 340, 10);
        }
        g.dispose();
        stream.drawImage(LosslessFactory.createFromImage(doc, scan), 72, 100, 450, 630);
    }
}
