package org.plangraph.read;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.plangraph.data.DataFiles;

/**
 * The labels of publishers' metadata blocks ({@code ontology/cues/page-metadata-labels.tsv}):
 * reads {@code 索引号:000014349/2018-00216 发文机关:国务院办公厅} into fields, whether the block is
 * a table, a definition list or lines of text.
 */
public final class MetadataLabels {
    private static volatile MetadataLabels standard;

    /** One label; {@code field} is empty for bookkeeping labels whose values are dropped. */
    record Label(String text, Optional<PageMetadata.Field> field, Pattern atStart) {
    }

    /** A label found in a line, with the value that follows it up to the next label. */
    public record Pair(Optional<PageMetadata.Field> field, String label, String value) {
    }

    private final List<Label> labels;
    private final Pattern anyLabel;

    private MetadataLabels(List<Label> labels) {
        this.labels = labels;
        StringBuilder alternatives = new StringBuilder();
        for (Label l : labels) {
            if (!alternatives.isEmpty()) {
                alternatives.append('|');
            }
            alternatives.append(spaced(l.text()));
        }
        // a label: at the start or after a space or bracket, then a colon (or a full-width colon folded)
        this.anyLabel = Pattern.compile("(?:^|(?<=[\\s\\]】)]))(?:[•·【\\[]\\s*)?(" + alternatives + ")\\s*[:：]");
    }

    public static MetadataLabels standard() {
        MetadataLabels s = standard;
        if (s == null) {
            List<Label> labels = new ArrayList<>();
            for (String[] row : DataFiles.readTable("cues/page-metadata-labels.tsv")) {
                if (row.length < 2) {
                    throw new IllegalStateException("ontology/cues/page-metadata-labels.tsv: want FIELD<TAB>LABELS, got: " + String.join("\t", row));
                }
                Optional<PageMetadata.Field> field = row[0].strip().equals("-") ? Optional.empty() : Optional.of(PageMetadata.Field.of(row[0].strip()));
                for (String label : row[1].split("\\|")) {
                    String t = label.strip();
                    if (!t.isEmpty()) {
                        labels.add(new Label(t, field, Pattern.compile("^(?:[•·【\\[]\\s*)?" + spaced(t) + "\\s*[:：]?\\s*[】\\]]?\\s*$")));
                    }
                }
            }
            labels.sort(Comparator.comparingInt((Label l) -> l.text().length()).reversed());
            s = new MetadataLabels(List.copyOf(labels));
            standard = s;
        }
        return s;
    }

    /** 索引号 → 索\s*引\s*号: sites pad labels with spaces to align them. */
    private static String spaced(String label) {
        StringBuilder b = new StringBuilder();
        label.codePoints().forEach(cp -> {
            if (!b.isEmpty()) {
                b.append("[\\s\\u3000]*");
            }
            b.append(Pattern.quote(new String(Character.toChars(cp))));
        });
        return b.toString();
    }

    /** The label a table cell or a {@code <dt>} consists of (with or without its colon), if it is one. */
    public Optional<Label> labelCell(String cell) {
        String s = cell.strip();
        if (s.length() > 12) {
            return Optional.empty();
        }
        for (Label l : labels) {
            if (l.atStart().matcher(s).matches()) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }

    /** The field of a label cell, empty for a bookkeeping label or no label. */
    public Optional<PageMetadata.Field> fieldOfCell(String cell) {
        return labelCell(cell).flatMap(Label::field);
    }

    /**
     * The label–value pairs of a line that starts with a label ({@code 发布时间:2020-02-20 来源:省政府});
     * empty if the line does not start with one.
     */
    public List<Pair> pairs(String line) {
        String s = line.strip();
        Matcher m = anyLabel.matcher(s);
        List<int[]> found = new ArrayList<>();
        while (m.find()) {
            found.add(new int[] {m.start(), m.end(), m.start(1), m.end(1)});
        }
        if (found.isEmpty() || found.get(0)[0] != 0) {
            return List.of();
        }
        List<Pair> out = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            int[] f = found.get(i);
            int valueEnd = i + 1 < found.size() ? found.get(i + 1)[0] : s.length();
            String label = s.substring(f[2], f[3]).replaceAll("[\\s\\u3000]", "");
            String value = s.substring(f[1], valueEnd).strip();
            out.add(new Pair(fieldOf(label), label, value));
        }
        return out;
    }

    private Optional<PageMetadata.Field> fieldOf(String label) {
        for (Label l : labels) {
            if (l.text().equals(label)) {
                return l.field();
            }
        }
        return Optional.empty();
    }

    /** {@code page} with the fields of {@code pairs} added. */
    public static PageMetadata apply(PageMetadata page, List<Pair> pairs) {
        PageMetadata p = page;
        for (Pair pair : pairs) {
            if (pair.field().isPresent()) {
                p = p.with(pair.field().get(), pair.value());
            }
        }
        return p;
    }
}
