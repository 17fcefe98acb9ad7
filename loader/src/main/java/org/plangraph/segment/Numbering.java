package org.plangraph.segment;

/** What later stages may ask of the numbering styles the segmenter knows. */
public final class Numbering {
    private Numbering() {
    }

    /** The length of the numbering label (一、 (一) 1. 第一条 …) that opens {@code line}, with its spacing; 0 if none. */
    public static int labelLength(String line) {
        return NumberingStyle.match(line).map(NumberingStyle.Marker::length).orElse(0);
    }
}
