package org.plangraph.read;

/** The formats plangraph reads documents from, as detected from a file's content. */
public enum SourceFormat {
    PLAIN_TEXT("text/plain"),
    HTML("text/html"),
    PDF("application/pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    DOC("application/msword");

    private final String mediaType;

    SourceFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    /** The IANA media type, as recorded in the graph's provenance ({@code dcterms:format}). */
    public String mediaType() {
        return mediaType;
    }
}
