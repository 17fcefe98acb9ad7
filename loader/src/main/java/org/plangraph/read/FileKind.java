package org.plangraph.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What a file is, in words, told from its content as the read stage tells it: for naming a file that
 * is passed over ({@code spreadsheet}, {@code image}, {@code a Word document (DOCX)}).
 */
public final class FileKind {
    /**
     * Enough of a file to tell its kind: magic bytes, and the first entries of a ZIP container. Office
     * files in the older OLE2 container are only told apart whole, which this covers for most.
     */
    private static final int SNIFFED_BYTES = 8 * 1024 * 1024;

    private FileKind() {
    }

    /** The file's kind in words, or null if it cannot be read. */
    public static String of(Path file) {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(SNIFFED_BYTES);
        } catch (IOException | SecurityException e) {
            return null;
        }
        if (head.length == 0) {
            return "an empty file";
        }
        FormatSniffer.Detected detected = FormatSniffer.detect(head);
        if (detected instanceof FormatSniffer.Unsupported u) {
            return u.kind();
        }
        // web pages are told from text once it is decoded; here they count as text
        return switch (((FormatSniffer.Supported) detected).format()) {
            case PLAIN_TEXT, HTML -> "text";
            case PDF -> "a PDF document";
            case DOCX -> "a Word document (DOCX)";
            case DOC -> "a Word document (DOC)";
        };
    }
}
