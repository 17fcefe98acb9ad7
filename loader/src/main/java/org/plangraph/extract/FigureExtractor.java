package org.plangraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.plangraph.data.DataFiles;
import org.plangraph.model.Document;
import org.plangraph.model.DocumentKind;
import org.plangraph.model.ParsedFile;
import org.plangraph.model.Provision;
import java.math.BigDecimal;
import org.plangraph.model.Change;
import org.plangraph.model.FigureQualifier;
import org.plangraph.model.ReportedFigure;
import org.plangraph.model.TextSpan;
import org.plangraph.repair.SpanFactory;

/**
 * Finds the figures an annual report gives as achieved: every number with a unit in the account
 * sections (not in measures, not under a heading about problems or plans), with qualifier
 * (exact, more-than for 余/以上, approx for 约/近) and the year reported on. A compound
 * {@code 9类22件} is two figures; {@code 参考率及优秀率均超90%} is one per rate.
 */
public final class FigureExtractor implements Extractor {
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[。；;！？!?\\n,，:：]");
    private static final String SENTENCE_BREAKS = "。；;！？!?\n";
    private static final Pattern YEAR_IN_TITLE = Pattern.compile("((?:19|20)\\d\\d)年");

    private final Quantities quantities = new Quantities();
    private final ChangeWords changeWords = ChangeWords.standard();
    private final List<Pattern> excludedHeadings = new ArrayList<>();

    public FigureExtractor() {
        excludedHeadings.addAll(DataFiles.readPatterns("cues/figure-excluded-headings.txt"));
        excludedHeadings.addAll(DataFiles.readPatterns("cues/report-plan-headings.txt"));
    }

    public static FigureExtractor standard() {
        return new FigureExtractor();
    }

    @Override
    public ParsedFile extract(ParsedFile file, SpanFactory spans) {
        List<Document> docs = new ArrayList<>();
        for (Document d : file.documents()) {
            if (d.kind() != DocumentKind.ANNUAL_REPORT) {
                docs.add(d);
                continue;
            }
            Integer year = d.periodStart();
            if (year == null && d.title() != null) {
                Matcher y = YEAR_IN_TITLE.matcher(d.title());
                year = y.find() ? Integer.valueOf(y.group(1)) : null;
            }
            List<ReportedFigure> figures = new ArrayList<>(d.figures());
            collect(d.provisions(), spans, year, figures);
            docs.add(d.withFigures(figures));
        }
        return file.withDocuments(docs);
    }

    private void collect(List<Provision> ps, SpanFactory spans, Integer year, List<ReportedFigure> out) {
        for (Provision p : ps) {
            if (p.measure() || (p.heading() != null && excludedHeadings.stream().anyMatch(h -> h.matcher(p.heading()).find()))) {
                continue;
            }
            if (p.children().isEmpty()) {
                find(p.text(), p.text().text().length(), spans, year, out);
            } else {
                int own = p.children().get(0).text().repairedStart() - p.text().repairedStart();
                find(p.text(), Math.max(0, Math.min(own, p.text().text().length())), spans, year, out);
                collect(p.children(), spans, year, out);
            }
        }
    }

    /**
     * The figures in the first {@code length} characters of a span. A table of figures gives its
     * numbers with their row and column headers; its lines are then no text to read numbers from.
     */
    public void find(TextSpan span, int length, SpanFactory spans, Integer year, List<ReportedFigure> out) {
        StringBuilder withoutTables = new StringBuilder(span.text().substring(0, length));
        for (org.plangraph.segment.Tables.Grid grid : org.plangraph.segment.Tables.in(span, length)) {
            if (FigureTables.figureTable(grid)) {
                out.addAll(FigureTables.figures(grid, spans, year));
                int from = grid.start() - span.repairedStart();
                int to = grid.end() - span.repairedStart();
                for (int i = from; i < to; i++) {
                    if (withoutTables.charAt(i) != '\n') {
                        withoutTables.setCharAt(i, ' ');
                    }
                }
            }
        }
        String text = withoutTables.toString();
        String masked = Quantities.mask(text);
        // what the last figure counted, for a change that follows it without naming it (1,250件,同比增长12.1%)
        String lastIndicator = null;
        int lastSentence = -1;
        // where the sentence of the current number starts, advanced with the numbers (they come in text
        // order): scanning back from each number was quadratic in a sentence of thousands of them
        int sentence = 0;
        int scanned = 0;
        for (Quantities.Quantity q : quantities.find(masked)) {
            if (q.chinese() && q.value().intValue() <= 1) {
                continue;
            }
            // the clause before the number, read no further back than a target's (a run-on clause made this quadratic)
            int limit = Math.max(0, q.start() - TargetExtractor.CLAUSE_REACH);
            int cs = q.start();
            while (cs > limit && !CLAUSE_BREAK.matcher(String.valueOf(text.charAt(cs - 1))).matches()) {
                cs--;
            }
            String before = text.substring(cs, q.start());
            FigureQualifier qualifier = quantities.qualifier(before, q);
            ChangeWords.Read read = changeWords.read(before);
            for (; scanned < q.start(); scanned++) {
                if (SENTENCE_BREAKS.indexOf(text.charAt(scanned)) >= 0) {
                    sentence = scanned + 1;
                }
            }
            if (sentence != lastSentence) {
                lastIndicator = null;
            }
            before = read.rest();
            BigDecimal value = read.change() != null && read.change().direction() == Change.Direction.DECREASE ? q.value().negate() : q.value();
            List<String> rates = Quantities.sharedRates(before);
            int n = Math.max(1, rates.size());
            for (int i = 0; i < n; i++) {
                String indicator = rates.isEmpty() ? indicator(before) : rates.get(i).strip();
                if (indicator == null && read.change() != null) {
                    indicator = lastIndicator;
                }
                if (indicator == null) {
                    // a clause that opens with its number (25条相关问题线索全面整改) says after it what it counts
                    indicator = countedAfter(text, q.end());
                }
                out.add(new ReportedFigure(text.substring(cs, q.end()).strip(), indicator, value, q.unit(), q.unitAsPrinted(), qualifier,
                        read.change(), year, spans.within(span, cs, q.end())));
                if (read.change() == null && indicator != null) {
                    lastIndicator = indicator;
                }
            }
            lastSentence = sentence;
        }
    }

    private static String countedAfter(String text, int from) {
        int end = from;
        while (end < text.length() && !CLAUSE_BREAK.matcher(String.valueOf(text.charAt(end))).matches()) {
            end++;
        }
        String s = text.substring(from, end).strip();
        return s.isEmpty() ? null : s;
    }

    private static String indicator(String before) {
        String s = before.replaceAll("^(?:[一二三四五六七八九十]+是)", "")
                .replaceAll("(?:共计|累计|共|合计|约|近|将近|超过|超|逾)$", "").strip();
        return s.isEmpty() ? null : s;
    }
}
