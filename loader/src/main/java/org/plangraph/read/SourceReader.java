package org.plangraph.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.Map;

/**
 * The read stage: turns a file as published (plain text in any common Chinese encoding, a web page,
 * a PDF with a text layer, a Word file) into {@link SourceText}. The format is detected from the
 * content; each format has one {@link TextExtractor}. Files that are not regular files, too big, or
 * of a type plangraph does not read are refused with a one-line reason.
 */
public final class SourceReader {
    /** The default limit on a document's text: 20 MB, far beyond any plan or report. */
    public static final long DEFAULT_MAX_TEXT_BYTES = 20L * 1024 * 1024;
    /** A container (PDF, Word, an HTML page's markup) may hold this many times the text limit in bytes. */
    private static final int CONTAINER_FACTOR = 8;
    /** More control characters than this, and the file is not a text document. */
    private static final double MAX_CONTROL_SHARE = 0.01;

    private final Map<SourceFormat, TextExtractor> extractors;
    private final long maxTextBytes;

    private SourceReader(Builder b) {
        this.extractors = new EnumMap<>(b.extractors);
        this.maxTextBytes = b.maxTextBytes;
    }

    /** A reader for every supported format, with the default size limit. */
    public SourceReader() {
        this(builder());
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private final Map<SourceFormat, TextExtractor> extractors = new EnumMap<>(SourceFormat.class);
        private long maxTextBytes = DEFAULT_MAX_TEXT_BYTES;

        private Builder() {
            extractors.put(SourceFormat.PLAIN_TEXT, new PlainTextExtractor());
            extractors.put(SourceFormat.HTML, new HtmlTextExtractor());
            extractors.put(SourceFormat.PDF, new PdfTextExtractor());
            extractors.put(SourceFormat.DOCX, new DocxTextExtractor());
            extractors.put(SourceFormat.DOC, new DocTextExtractor());
        }

        /** Files whose text is longer than this (UTF-8 bytes) are refused; a file as stored may be eight times that. */
        public Builder maxTextBytes(long bytes) {
            if (bytes <= 0) {
                throw new IllegalArgumentException("the text size limit must be positive");
            }
            this.maxTextBytes = bytes;
            return this;
        }

        Builder extractor(SourceFormat format, TextExtractor extractor) {
            extractors.put(format, extractor);
            return this;
        }

        public SourceReader build() {
            return new SourceReader(this);
        }
    }

    public SourceText read(Path file) throws SourceRejectedException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        if (!Files.exists(file)) {
            throw new SourceRejectedException(name, "no such file");
        }
        if (!Files.isRegularFile(file)) {
            // a FIFO or a device would block or never end
            throw new SourceRejectedException(name, Files.isDirectory(file) ? "a folder, not a file"
                    : "not a regular file (a pipe, socket or device); save the document to a file first");
        }
        if (Files.isSymbolicLink(file) && !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && !Files.isReadable(file)) {
            throw new SourceRejectedException(name, "cannot read file: a broken link");
        }
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new SourceRejectedException(name, "cannot read file: " + reason(e));
        }
        long maxFile = maxTextBytes * CONTAINER_FACTOR;
        if (size > maxFile) {
            throw new SourceRejectedException(name, tooBig(size, maxFile, "file"));
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            // read no more than the limit allows, even if the file grows while it is read
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, maxFile + 1));
        } catch (IOException e) {
            throw new SourceRejectedException(name, "cannot read file: " + reason(e));
        }
        if (bytes.length > maxFile) {
            throw new SourceRejectedException(name, tooBig(bytes.length, maxFile, "file"));
        }
        return read(name, bytes);
    }

    public SourceText read(String name, byte[] bytes) throws SourceRejectedException {
        if (bytes.length == 0) {
            throw new SourceRejectedException(name, "empty file");
        }
        if (bytes.length > maxTextBytes * CONTAINER_FACTOR) {
            throw new SourceRejectedException(name, tooBig(bytes.length, maxTextBytes * CONTAINER_FACTOR, "file"));
        }
        FormatSniffer.Detected detected = FormatSniffer.detect(bytes);
        if (detected instanceof FormatSniffer.Unsupported u) {
            throw new SourceRejectedException(name, "not a supported document type (" + u.kind() + ")");
        }
        SourceFormat format = ((FormatSniffer.Supported) detected).format();
        if (format == SourceFormat.PLAIN_TEXT && bytes.length > maxTextBytes) {
            throw new SourceRejectedException(name, tooBig(bytes.length, maxTextBytes, "text"));
        }
        TextExtractor extractor = extractors.get(format);
        if (extractor == null) {
            throw new SourceRejectedException(name, "not a supported document type (" + format.mediaType() + ")");
        }
        TextExtractor.Extracted extracted = extractor.extract(name, bytes);
        if (format == SourceFormat.PLAIN_TEXT && FormatSniffer.isHtml(extracted.text())) {
            // a web page saved with a .txt name, or an HTML fragment from a database export
            format = SourceFormat.HTML;
            extractor = extractors.get(format);
            extracted = extractor.extract(name, bytes);
        }
        String text = extracted.text();
        if (text.isBlank()) {
            throw new SourceRejectedException(name, switch (format) {
                case PLAIN_TEXT -> "empty file (only white space)";
                case HTML -> "a web page with no document text (only markup, scripts or navigation)";
                case PDF -> "a PDF without a text layer (a scan?); run OCR on it first";
                case DOCX, DOC -> "a Word file with no text";
            });
        }
        long utf8 = utf8Length(text);
        if (utf8 > maxTextBytes) {
            throw new SourceRejectedException(name, tooBig(utf8, maxTextBytes, "text"));
        }
        if (controlShare(text) > MAX_CONTROL_SHARE) {
            throw new SourceRejectedException(name, "binary file, not text (" + extracted.encoding() + " decoding gives control characters)");
        }
        return new SourceText(name, sha256(bytes), format, extractor.name(), extracted.encoding(), text, extracted.page());
    }

    private static String tooBig(long size, long limit, String what) {
        return String.format("too big: %s %s, the limit is %s (raise it with --max-text-mb)", what, megabytes(size),
                megabytes(limit));
    }

    private static String megabytes(long bytes) {
        return bytes >= 1024 * 1024 ? String.format("%.1f MB", bytes / 1048576.0) : bytes + " bytes";
    }

    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static long utf8Length(String s) {
        long n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            n += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
        }
        return n;
    }

    private static double controlShare(String text) {
        int control = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0 || (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f')) {
                control++;
            }
        }
        return (double) control / text.length();
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }
}
