package org.plangraph.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plangraph.model.AlignedFile;
import org.plangraph.model.Document;
import org.plangraph.model.Provision;
import org.plangraph.model.Responsibility;
import org.plangraph.model.Task;
import org.plangraph.pipeline.Pipeline;
import org.plangraph.testing.ProjectFiles;

/**
 * The acceptance test of the PDF and Word readers: a sample laid out as a PDF (PDFBox), typed into a
 * DOCX with Word numbering and a table (POI), and saved as a DOC (LibreOffice) gives the same
 * documents, measures and responsible units through the whole pipeline as the text file itself.
 */
class PdfAndWordGiveTheSameDocumentsAsTheTextFileTest {
    private static final String SAMPLE = "notice-plan-ganzhou.txt";
    private static final Pipeline PIPELINE = Pipeline.standard();
    private static SampleParagraphs sample;
    private static List<String> fromText;

    @TempDir
    Path work;

    @BeforeAll
    static void parseTheTextFile() throws Exception {
        Path file = ProjectFiles.sample(SAMPLE);
        sample = SampleParagraphs.read(file);
        fromText = summary(PIPELINE.parse(SAMPLE, Files.readAllBytes(file)));
        // the comparison means something only if the text file gives what the sample's README says it does
        assertTrue(fromText.contains("document 1: notice"), String.join("\n", fromText));
        assertEquals(14, fromText.stream().filter(l -> l.startsWith("  measure ")).count(), String.join("\n", fromText));
        assertTrue(fromText.contains("    lead 市市场监管局"), String.join("\n", fromText));
    }

    @Test
    void aDocxGivesTheSameDocumentsMeasuresAndUnits() throws Exception {
        byte[] docx = DocxFromSample.build(sample);
        assertEquals(fromText, summary(PIPELINE.parse("notice-plan-ganzhou.docx", docx)));
    }

    @Test
    void aDocGivesTheSameDocumentsMeasuresAndUnits() throws Exception {
        LibreOffice.sofficeOrSkip();
        byte[] doc = LibreOffice.docxToDoc(DocxFromSample.build(sample), work);
        assertEquals(fromText, summary(PIPELINE.parse("notice-plan-ganzhou.doc", doc)));
    }

    @Test
    void aPdfWithRunningHeadersAndPageNumbersGivesTheSameDocumentsMeasuresAndUnits() throws Exception {
        PdfFromSample.assumeFont();
        PdfFromSample.Built pdf = PdfFromSample.build(sample, SampleLayout::style);
        assertTrue(pdf.pages() >= 4 && pdf.paragraphsSplitByPageBreak() >= 1,
                "the PDF must have several pages and paragraphs running across page breaks: " + pdf);
        assertEquals(fromText, summary(PIPELINE.parse("notice-plan-ganzhou.pdf", pdf.bytes())));
    }

    /** Titles, kinds, measure paths and each task's units by role, one line each, in document order. */
    static List<String> summary(AlignedFile file) {
        List<String> out = new ArrayList<>();
        for (Document d : file.documents()) {
            out.add("document " + d.key() + ": " + d.kind().notation());
            out.add("  title " + d.title());
            d.issuers().forEach(u -> out.add("  issuer " + u.name()));
            out.add("  date " + d.date() + " number " + d.docNumber() + " transmits " + d.transmits());
            for (Provision m : d.measures()) {
                out.add("  measure " + m.path());
                for (Task t : m.tasks()) {
                    out.add("   task " + t.order());
                    for (Responsibility r : t.responsibilities()) {
                        out.add("    " + r.role().notation() + " " + r.unit().name() + (r.inferred() ? " (inferred)" : ""));
                    }
                }
            }
        }
        return out;
    }
}
