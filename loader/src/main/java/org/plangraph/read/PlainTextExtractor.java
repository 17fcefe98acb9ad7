package org.plangraph.read;

/** Plain text in whatever encoding it was saved in; the text is the file's, line for line. */
final class PlainTextExtractor implements TextExtractor {
    @Override
    public String name() {
        return "plangraph text decoder";
    }

    @Override
    public Extracted extract(String fileName, byte[] bytes) throws SourceRejectedException {
        TextDecoder.Decoded d = TextDecoder.decode(fileName, bytes);
        return new Extracted(d.text(), d.charset(), PageMetadata.NONE);
    }
}
