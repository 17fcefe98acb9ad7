package org.plangraph.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Tells a file's format from its content (magic bytes, the parts inside a ZIP or OLE2 container,
 * markup), never from its name alone: governments publish HTML saved as {@code .txt} and Word files
 * saved as {@code .doc} that are really DOCX.
 */
final class FormatSniffer {
    /** Markup shaped like a web page: a doctype, an html/head/body element, or block tags. */
    private static final Pattern HTML_START = Pattern.compile(
            "^\\s*(?:<\\?xml[^>]*>\\s*)?(?:<!--.*?-->\\s*)*<(?:!doctype\\s+html|html|head|body|meta|title|div|table|p|span|font|center|style|script|link|br|h[1-6])\\b",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern HTML_TAG = Pattern.compile("</(?:p|div|td|tr|table|span|font|li|h[1-6])>|<br\\s*/?>", Pattern.CASE_INSENSITIVE);
    /** This many block tags in the opening 64 KiB make text HTML even where it does not start with a tag. */
    private static final int TAGS_OF_A_FRAGMENT = 5;

    private FormatSniffer() {
    }

    /** A detected format: one plangraph reads, or the kind of file it does not. */
    sealed interface Detected permits Supported, Unsupported {
    }

    record Supported(SourceFormat format) implements Detected {
    }

    /** @param kind what the file is, in words: {@code spreadsheet}, {@code image}, {@code archive} … */
    record Unsupported(String kind) implements Detected {
    }

    /** Detects the format of binary containers; text files are told apart by {@link #isHtml} once decoded. */
    static Detected detect(byte[] b) {
        if (startsWith(b, "%PDF-")) {
            return new Supported(SourceFormat.PDF);
        }
        if (TextDecoder.startsWith(b, 0x50, 0x4B, 0x03, 0x04)) {
            return zip(b);
        }
        if (TextDecoder.startsWith(b, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            return ole2(b);
        }
        if (TextDecoder.startsWith(b, 0x89, 'P', 'N', 'G') || TextDecoder.startsWith(b, 0xFF, 0xD8, 0xFF) || startsWith(b, "GIF8")
                || startsWith(b, "II*\0") || startsWith(b, "MM\0*") || startsWith(b, "BM") && b.length > 14 && b[6] == 0 && b[7] == 0) {
            return new Unsupported("image");
        }
        if (startsWith(b, "Rar!") || TextDecoder.startsWith(b, 0x37, 0x7A, 0xBC, 0xAF) || TextDecoder.startsWith(b, 0x1F, 0x8B)) {
            return new Unsupported("archive");
        }
        if (startsWith(b, "{\\rtf")) {
            return new Unsupported("rich text (RTF)");
        }
        if (TextDecoder.startsWith(b, 0x7F, 'E', 'L', 'F') || startsWith(b, "MZ") && b.length > 64 && b[1] == 'Z' && containsPe(b)) {
            return new Unsupported("program");
        }
        return new Supported(SourceFormat.PLAIN_TEXT);
    }

    /** True if decoded text is a web page or an HTML fragment rather than plain text. */
    static boolean isHtml(String text) {
        String head = text.length() > 65536 ? text.substring(0, 65536) : text;
        if (HTML_START.matcher(head.length() > 4096 ? head.substring(0, 4096) : head).find()) {
            return true;
        }
        var m = HTML_TAG.matcher(head);
        int tags = 0;
        while (m.find() && tags < TAGS_OF_A_FRAGMENT) {
            tags++;
        }
        return tags >= TAGS_OF_A_FRAGMENT;
    }

    private static Detected zip(byte[] b) {
        boolean contentTypes = false;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(b))) {
            ZipEntry e;
            int seen = 0;
            while ((e = zip.getNextEntry()) != null && seen++ < 500) {
                String n = e.getName();
                if (n.startsWith("word/")) {
                    return new Supported(SourceFormat.DOCX);
                }
                if (n.startsWith("xl/")) {
                    return new Unsupported("spreadsheet");
                }
                if (n.startsWith("ppt/")) {
                    return new Unsupported("presentation");
                }
                if (n.equals("mimetype")) {
                    String type = new String(zip.readNBytes(100), StandardCharsets.US_ASCII);
                    return new Unsupported(type.contains("opendocument.text") ? "OpenDocument text; save it as DOCX"
                            : type.contains("spreadsheet") ? "spreadsheet" : "OpenDocument file");
                }
                contentTypes |= n.equals("[Content_Types].xml");
            }
        } catch (IOException | IllegalArgumentException e) {
            return new Unsupported("damaged ZIP archive");
        }
        return new Unsupported(contentTypes ? "Office file of an unknown kind" : "archive");
    }

    private static Detected ole2(byte[] b) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(b))) {
            var root = fs.getRoot();
            if (root.hasEntryCaseInsensitive("WordDocument")) {
                return new Supported(SourceFormat.DOC);
            }
            if (root.hasEntryCaseInsensitive("Workbook") || root.hasEntryCaseInsensitive("Book")) {
                return new Unsupported("spreadsheet");
            }
            if (root.hasEntryCaseInsensitive("PowerPoint Document")) {
                return new Unsupported("presentation");
            }
            if (root.hasEntryCaseInsensitive("EncryptedPackage")) {
                return new Unsupported("password-protected Office file");
            }
            return new Unsupported("Office file of an unknown kind");
        } catch (IOException | RuntimeException e) {
            return new Unsupported("damaged Office file");
        }
    }

    private static boolean containsPe(byte[] b) {
        int offset = (b[0x3C] & 0xFF) | (b[0x3D] & 0xFF) << 8;
        return offset > 0 && offset + 4 <= b.length && b[offset] == 'P' && b[offset + 1] == 'E';
    }

    private static boolean startsWith(byte[] b, String ascii) {
        byte[] p = ascii.getBytes(StandardCharsets.ISO_8859_1);
        if (b.length < p.length) {
            return false;
        }
        for (int i = 0; i < p.length; i++) {
            if (b[i] != p[i]) {
                return false;
            }
        }
        return true;
    }
}
