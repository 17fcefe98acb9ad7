package org.plangraph.read;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A sample text file as the paragraphs a word processor would hold: each non-blank line a paragraph,
 * its leading ideographic spaces an indent, and its numbering label ({@code 一、} {@code （一）} {@code 1.})
 * split off as the list level Word would generate it from. Test fixtures build PDF and Word files from these.
 */
record SampleParagraphs(List<SampleParagraphs.Paragraph> paragraphs) {
    private static final Pattern LEVEL_0 = Pattern.compile("^[一二三四五六七八九十]+、");
    private static final Pattern LEVEL_1 = Pattern.compile("^（[一二三四五六七八九十]+）");
    private static final Pattern LEVEL_2 = Pattern.compile("^\\d+\\.");

    /**
     * @param text     the paragraph's text without indent
     * @param indented the source line started with ideographic spaces (a first-line indent)
     * @param level    the list level of its numbering label (0 一、, 1 （一）, 2 1.), or -1 if it has none
     * @param label    the numbering label, or empty
     */
    record Paragraph(String text, boolean indented, int level, String label) {
        String body() {
            return text.substring(label.length());
        }
    }

    static SampleParagraphs read(Path file) throws IOException {
        List<Paragraph> out = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            String text = line.replaceFirst("^[\\u3000 ]+", "");
            boolean indented = text.length() < line.length();
            int level = -1;
            String label = "";
            Pattern[] levels = {LEVEL_0, LEVEL_1, LEVEL_2};
            for (int l = 0; l < levels.length; l++) {
                Matcher m = levels[l].matcher(text);
                if (m.find()) {
                    level = l;
                    label = m.group();
                    break;
                }
            }
            out.add(new Paragraph(text, indented, level, label));
        }
        return new SampleParagraphs(out);
    }

    /** The text as a reader should give it back: a line per paragraph, no indent. */
    String asLines() {
        StringBuilder b = new StringBuilder();
        for (Paragraph p : paragraphs) {
            b.append(p.text()).append('\n');
        }
        return b.toString();
    }
}
