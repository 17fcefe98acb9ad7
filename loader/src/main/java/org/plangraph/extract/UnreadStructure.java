package org.plangraph.extract;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.plangraph.model.Document;
import org.plangraph.model.Finding;
import org.plangraph.model.ParsedFile;
import org.plangraph.model.Provision;
import org.plangraph.model.Task;
import org.plangraph.model.TextSpan;
import org.plangraph.repair.SpanFactory;

/**
 * Finds what a file held that looked like structure but that the segmenter and the extractors did
 * not use, so that the load report can point a user at it: responsibility notes no task read, table
 * rows outside every numbered part, numbered lines outside the hierarchy, documents without a
 * printed title. Runs after the extractors and adds nothing to the graph.
 */
public final class UnreadStructure {
    /**
     * A bracketed note naming units: (…单位…:…), (…科室…:…), (…牵头…), (责任…). The responsibility extractor cuts a
     * task's text before each note it reads, so one left inside a task's text was not read.
     */
    private static final Pattern NOTE_LIKE = Pattern.compile(
            "\\((?:[^()\\n]{0,30}(?:单位|部门|科室|处室|股室|责任人)[^()\\n:]{0,10}:[^()\\n]{1,300}|[^()\\n]{0,100}牵头[^()\\n]{0,100}|责任[^()\\n]{0,300})\\)");
    /** A line opening the way numbered parts do (1. 一、 (一) (1)), more loosely than the segmenter reads them. */
    private static final Pattern NUMBERED_LINE = Pattern.compile(
            "^(?:\\d+\\s*[.、](?![\\d%])|[一二三四五六七八九十百零〇]+\\s*、|\\((?:\\d+|[一二三四五六七八九十百零〇]+)\\))\\s*\\S");
    /** A report is read by a person: past this many of one kind in a document, the first ones show the pattern. */
    static final int MAX_PER_KIND = 200;

    private UnreadStructure() {
    }

    public static ParsedFile find(ParsedFile file, SpanFactory spans) {
        List<Finding> findings = new ArrayList<>(file.findings());
        for (Document d : file.documents()) {
            findings.addAll(new DocumentFindings(d, spans).find());
        }
        return file.withFindings(findings);
    }

    /** The findings of one document, at most {@link #MAX_PER_KIND} of each kind. */
    private static final class DocumentFindings {
        private final Document document;
        private final SpanFactory spans;
        private final List<Finding> out = new ArrayList<>();
        private final Map<Finding.Kind, Integer> counts = new EnumMap<>(Finding.Kind.class);

        DocumentFindings(Document document, SpanFactory spans) {
            this.document = document;
            this.spans = spans;
        }

        List<Finding> find() {
            TextSpan text = document.text();
            if (document.titleSource() == org.plangraph.model.TitleSource.INFERRED) {
                int firstLineEnd = text.text().indexOf('\n');
                add(Finding.Kind.NO_TITLE, document.title(),
                        spans.within(text, 0, firstLineEnd < 0 ? text.text().length() : firstLineEnd));
            }
            unreadNotes(document.provisions());
            lines(text);
            return out;
        }

        private void unreadNotes(List<Provision> provisions) {
            for (Provision p : provisions) {
                for (Task task : p.tasks()) {
                    Matcher m = NOTE_LIKE.matcher(task.text().text());
                    while (m.find()) {
                        add(Finding.Kind.UNREAD_NOTE, m.group(), spans.within(task.text(), m.start(), m.end()));
                    }
                }
                unreadNotes(p.children());
            }
        }

        /** Table rows outside every part, and numbered lines that begin none. */
        private void lines(TextSpan text) {
            List<Provision> top = document.provisions();
            Set<Integer> partStarts = new HashSet<>();
            collectStarts(top, partStarts);
            String t = text.text();
            int part = 0;
            int start = 0;
            while (start < t.length()) {
                int end = t.indexOf('\n', start);
                if (end < 0) {
                    end = t.length();
                }
                int at = text.repairedStart() + start;
                while (part < top.size() && endOf(top.get(part)) <= at) {
                    part++;
                }
                boolean inPart = part < top.size() && top.get(part).text().repairedStart() <= at;
                String line = t.substring(start, end);
                if (!inPart && line.indexOf('\t') >= 0) {
                    add(Finding.Kind.UNRECOGNISED_TABLE, line, spans.within(text, start, end));
                }
                if (!partStarts.contains(at) && NUMBERED_LINE.matcher(line).find()) {
                    add(Finding.Kind.NUMBERED_LINE_OUTSIDE_HIERARCHY, line, spans.within(text, start, end));
                }
                start = end + 1;
            }
        }

        private static int endOf(Provision p) {
            return p.text().repairedStart() + p.text().text().length();
        }

        private static void collectStarts(List<Provision> ps, Set<Integer> starts) {
            for (Provision p : ps) {
                starts.add(p.text().repairedStart());
                collectStarts(p.children(), starts);
            }
        }

        private void add(Finding.Kind kind, String text, TextSpan span) {
            if (counts.merge(kind, 1, Integer::sum) <= MAX_PER_KIND) {
                out.add(new Finding(kind, document.key(), text, span));
            }
        }
    }
}
