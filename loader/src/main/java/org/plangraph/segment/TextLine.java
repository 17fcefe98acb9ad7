package org.plangraph.segment;

import java.util.ArrayList;
import java.util.List;

/** One line of the repaired text, with where it starts and ends in it. */
record TextLine(int start, int end, String text) {

    static List<TextLine> split(String text) {
        List<TextLine> lines = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            if (end > start) {
                lines.add(new TextLine(start, end, text.substring(start, end)));
            }
            start = end + 1;
        }
        return lines;
    }
}
