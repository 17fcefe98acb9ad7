package org.plangraph.read;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.util.Version;

/**
 * PDFs with a text layer, with PDFBox: the text in reading order, wrapped lines joined into
 * paragraphs across page breaks ({@link PdfParagraphs}), page numbers and running headers and footers
 * dropped ({@link PdfPageFurniture}). The document information's title, an organ as author and the
 * creation date go into {@link PageMetadata}. A scan (pages with no text) gives blank text, which the
 * reader refuses as a PDF without a text layer; a PDF whose fonts map glyphs to no characters is
 * refused here, since its "text" would be noise.
 */
final class PdfTextExtractor implements TextExtractor {
    /** More than this share of unmappable or private-use characters, and the text layer is unreadable. */
    private static final double MAX_UNMAPPED_SHARE = 0.3;

    @Override
    public String name() {
        String version = Version.getVersion();
        return "PDFBox " + (version == null ? "" : version);
    }

    @Override
    public Extracted extract(String fileName, byte[] bytes) throws SourceRejectedException {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            if (document.getNumberOfPages() == 0) {
                throw new SourceRejectedException(fileName, "a PDF with no pages");
            }
            List<List<PdfLine>> pages = PdfLineCollector.linesByPage(document);
            String text = PdfParagraphs.join(PdfPageFurniture.remove(pages));
            if (unmappedShare(text) > MAX_UNMAPPED_SHARE) {
                throw new SourceRejectedException(fileName,
                        "a PDF whose fonts do not say which characters they draw; its text cannot be read (run OCR on it)");
            }
            return new Extracted(text, null, metadata(document.getDocumentInformation()));
        } catch (InvalidPasswordException e) {
            throw new SourceRejectedException(fileName, "an encrypted PDF that needs a password to open; save an unprotected copy first");
        } catch (IOException | RuntimeException e) {
            // PDFBox reports some broken structures (bad streams, fonts, cross-references) as unchecked exceptions
            throw new SourceRejectedException(fileName, "a damaged PDF that PDFBox cannot open: " + DocxTextExtractor.oneLine(e));
        }
    }

    private static PageMetadata metadata(PDDocumentInformation info) {
        if (info == null) {
            return PageMetadata.NONE;
        }
        return FileProperties.metadata(info.getTitle(), info.getAuthor(), FileProperties.date(info.getCreationDate()));
    }

    private static double unmappedShare(String text) {
        int letters = 0;
        int unmapped = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                continue;
            }
            letters++;
            if (c == '\uFFFD' || Character.getType(c) == Character.PRIVATE_USE) {
                unmapped++;
            }
        }
        return letters == 0 ? 0 : (double) unmapped / letters;
    }
}
