package org.plangraph.model;

/**
 * A stretch of a source file.
 *
 * @param text          the repaired text, in simplified script, that the extractors read
 * @param asRead        the same stretch exactly as printed in the source file
 * @param start         its first character, as an offset in Unicode code points into the decoded source file
 * @param end           one past its last character (code points)
 * @param repairedStart where {@code text} starts in the file's repaired text, so that a part of it can be
 *                      mapped back to the source in turn
 */
public record TextSpan(String text, String asRead, int start, int end, int repairedStart) {
}
