package org.plangraph.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.plangraph.model.ColumnRole;
import org.plangraph.model.Provision;
import org.plangraph.model.TableCell;
import org.plangraph.model.TextSpan;
import org.plangraph.repair.SpanFactory;

/**
 * Reads the numbering hierarchy of a document body into {@link Provision}s and marks its measures.
 * A style's depth is learnt from the order styles first appear in: a style seen before closes the
 * parts below it, a new style opens a level under the current part.
 */
final class NumberingParser {
    /** A heading longer than this without its 。 is taken to run into the body. */
    private static final int MAX_HEADING = 40;
    private static final int MIN_HEADING_BEFORE_VERB = 4;
    /** The opening of a bracketed note: a short label and a colon, (责任单位: or (牵头单位:. */
    private static final java.util.regex.Pattern NOTE_OPENING = java.util.regex.Pattern.compile("\\(\\p{IsHan}{2,6}:");
    private static final int MAX_HEADING_BEFORE_VERB = 24;

    private final SegmenterCues cues;
    private final SpanFactory spans;
    private final TableColumns columns;
    private final ClauseSplitter clauses = ClauseSplitter.standard();

    NumberingParser(SegmenterCues cues, SpanFactory spans) {
        this(cues, spans, TableColumns.standard());
    }

    NumberingParser(SegmenterCues cues, SpanFactory spans, TableColumns columns) {
        this.cues = cues;
        this.spans = spans;
        this.columns = columns;
    }

    /** A part while the tree is being built: a numbered part, or a row or category of a task table. */
    private static final class Node {
        /** null for a part of a table */
        final NumberingStyle.Marker marker;
        final TextLine line;
        final int depth;
        final List<Node> children = new ArrayList<>();
        /** the table, for a part of one */
        final TaskTable table;
        /** the row, for a part of a table */
        final TableBlock.Row row;
        int end;
        String heading;
        int bodyStart;

        Node(NumberingStyle.Marker marker, TextLine line, int depth) {
            this(marker, line, depth, null, null);
        }

        Node(NumberingStyle.Marker marker, TextLine line, int depth, TaskTable table, TableBlock.Row row) {
            this.marker = marker;
            this.line = line;
            this.depth = depth;
            this.table = table;
            this.row = row;
        }

        boolean tablePart() {
            return table != null;
        }
    }

    /**
     * The numbered parts of a body. In a report only the plans for the coming year are measures; in
     * rules (办法, 规定, 细则, 条例) an article is a measure where a public body is bound to act.
     */
    List<Provision> parse(List<TextLine> printed, boolean report, boolean rules) {
        List<TextLine> body = headingsApart(printed);
        List<Node> roots = new ArrayList<>();
        List<NumberingStyle> styles = new ArrayList<>();
        List<Node> open = new ArrayList<>();
        List<Node> all = new ArrayList<>();
        List<TableBlock> tables = TableFinder.find(body);
        int nextTable = 0;
        for (int i = 0; i < body.size(); i++) {
            if (nextTable < tables.size() && tables.get(nextTable).first() == i) {
                TableBlock block = tables.get(nextTable++);
                java.util.Optional<TaskTable> taskTable = columns.taskTable(block);
                if (taskTable.isPresent()) {
                    addTable(taskTable.get(), open.isEmpty() ? null : open.get(open.size() - 1), open.size() + 1, roots);
                    i = block.end() - 1;
                    continue;
                }
            }
            TextLine line = body.get(i);
            if (insideTable(tables, i)) {
                // a category printed across a table that stays text (一、南昌市) numbers no part of the document
                continue;
            }
            NumberingStyle.Marker marker = NumberingStyle.match(line.text()).orElse(null);
            if (marker == null) {
                continue;
            }
            int level = styles.indexOf(marker.style());
            if (level >= 0) {
                styles.subList(level, styles.size()).clear();
                open.subList(level, open.size()).clear();
            } else {
                level = styles.size();
            }
            Node node = new Node(marker, line, level + 1);
            readHeading(node);
            if (level == 0) {
                roots.add(node);
            } else {
                open.get(level - 1).children.add(node);
            }
            styles.add(marker.style());
            open.add(node);
            all.add(node);
        }
        int bodyEnd = body.isEmpty() ? 0 : body.get(body.size() - 1).end();
        for (int i = 0; i < all.size(); i++) {
            Node node = all.get(i);
            if (node.tablePart()) {
                continue;
            }
            node.end = bodyEnd;
            for (int k = i + 1; k < all.size(); k++) {
                if (!all.get(k).tablePart() && all.get(k).depth <= node.depth) {
                    node.end = all.get(k).line.start();
                    break;
                }
            }
        }
        List<Provision> out = new ArrayList<>();
        for (int i = 0; i < roots.size(); i++) {
            out.add(toProvision(roots.get(i), i + 1, "", false, false, false, report, rules));
        }
        return out;
    }

    /**
     * Adds the rows of a task table under {@code parent} (the part whose text holds the table, null at
     * the top), each category row over the rows that follow it.
     */
    private void addTable(TaskTable table, Node parent, int depth, List<Node> roots) {
        List<Node> level = parent == null ? roots : parent.children;
        Node category = null;
        for (TableBlock.Row row : table.rows()) {
            if (table.category(row)) {
                category = new Node(null, row.line(), depth, table, row);
                category.end = row.line().end();
                level.add(category);
            } else {
                Node node = new Node(null, row.line(), category == null ? depth : depth + 1, table, row);
                node.end = row.line().end();
                (category == null ? level : category.children).add(node);
                if (category != null) {
                    category.end = node.end;
                }
            }
        }
    }

    /** A chapter or section heading with the first article run on after it: 第二章 规划建设  第八条 州数据资源主管部门… */
    private static final Pattern ARTICLE_RUN_ON = Pattern.compile(
            "^(第[一二三四五六七八九十百零〇]+[章节][^第。]{0,30}?)\\s+(?=第[一二三四五六七八九十百零〇]+条)");

    /** Lines as numbered: a heading that databases run together with the article under it is two lines. */
    private static List<TextLine> headingsApart(List<TextLine> lines) {
        List<TextLine> out = new ArrayList<>(lines.size());
        for (TextLine line : lines) {
            java.util.regex.Matcher m = ARTICLE_RUN_ON.matcher(line.text());
            if (m.find()) {
                int split = m.end();
                out.add(new TextLine(line.start(), line.start() + m.group(1).length(), m.group(1)));
                out.add(new TextLine(line.start() + split, line.end(), line.text().substring(split)));
            } else {
                out.add(line);
            }
        }
        return out;
    }

    /** True for a spanning line inside a table: part of the table, not of the numbering. */
    private static boolean insideTable(List<TableBlock> tables, int line) {
        for (TableBlock block : tables) {
            if (line > block.first() && line < block.end()) {
                return true;
            }
        }
        return false;
    }

    private Provision toProvision(Node node, int order, String parentPath, boolean excluded, boolean sanctions, boolean inPlans,
            boolean report, boolean rules) {
        if (node.tablePart()) {
            return tableProvision(node, order, parentPath, excluded, inPlans, report);
        }
        String label = node.marker.label();
        String path = parentPath.isEmpty() ? label : parentPath + "/" + label;
        String cueText = node.heading != null ? node.heading : node.line.text();
        boolean excludedHere = excluded || cues.nonMeasureHeading().matcher(cueText).find();
        boolean sanctionsHere = sanctions || cues.sanctionHeading().matcher(cueText).find();
        boolean plansHere = inPlans || (report && cues.reportPlanHeading().matcher(cueText).find());

        List<Provision> children = new ArrayList<>();
        for (int i = 0; i < node.children.size(); i++) {
            children.add(toProvision(node.children.get(i), i + 1, path, excludedHere, sanctionsHere, plansHere, report, rules));
        }
        int ownEnd = node.children.isEmpty() ? node.end : node.children.get(0).line.start();
        TextSpan text = spans.span(node.line.start(), node.end);
        TextSpan body = spans.span(Math.min(node.bodyStart, ownEnd), ownEnd);
        boolean hasText = !text.text().isBlank();
        // an article is judged on its own words, wherever its chapter (总则 often assigns the duties)
        boolean article = rules && node.marker.style() == NumberingStyle.ARTICLE;
        boolean measure = node.children.isEmpty() && hasText && !sanctionsHere && (!report || plansHere)
                && (article ? dutyOfAPublicBody(text.text().substring(Math.min(node.marker.length(), text.text().length()))) : !excludedHere);
        return new Provision(label, node.marker.style().id(), node.marker.number(), path, node.heading, order, node.depth,
                measure, text, body, children, List.of(), List.of(), points(body), List.of(),
                clauses.split(text.text(), Numbering.labelLength(text.text()), Math.max(Numbering.labelLength(text.text()), ownEnd - node.line.start())));
    }

    /**
     * An article of a rule is a measure where it puts a duty on a public body: not a general clause
     * (purpose, scope, definitions, principles, entry into force, interpretation, sanctions), and
     * naming a government, department or organ rather than only builders, firms or citizens.
     */
    private boolean dutyOfAPublicBody(String articleText) {
        return !cues.articleGeneralClause().matcher(articleText).find() && cues.publicBody().matcher(articleText).find();
    }

    /** A row of a task table (a measure where measures are due) or a category over rows (never one). */
    private Provision tableProvision(Node node, int order, String parentPath, boolean excluded, boolean inPlans, boolean report) {
        TableRowLabel label = node.table.category(node.row)
                ? TableRowLabel.ofCategory(node.row, order)
                : TableRowLabel.ofRow(node.table, node.row, order);
        String path = parentPath.isEmpty() ? label.label() : parentPath + "/" + label.label();
        TextSpan text = spans.span(node.line.start(), node.end);
        if (node.table.category(node.row)) {
            boolean excludedHere = excluded || cues.nonMeasureHeading().matcher(label.heading()).find();
            boolean plansHere = inPlans || (report && cues.reportPlanHeading().matcher(label.heading()).find());
            List<Provision> children = new ArrayList<>();
            for (int i = 0; i < node.children.size(); i++) {
                children.add(tableProvision(node.children.get(i), i + 1, path, excludedHere, plansHere, report));
            }
            return new Provision(label.label(), TableRowLabel.CATEGORY_STYLE, label.number(), path, label.heading(), order,
                    node.depth, false, text, spans.span(node.line.start(), node.line.end()), children, List.of(), List.of(),
                    List.of(), List.of(), List.of());
        }
        List<TableCell> cells = new ArrayList<>();
        for (int col = 0; col < node.row.cells().size(); col++) {
            TableBlock.Cell cell = node.row.cells().get(col);
            String header = col < node.table.headers().size() ? node.table.headers().get(col) : "";
            ColumnRole role = col < node.table.roles().size() ? node.table.roles().get(col) : ColumnRole.OTHER;
            cells.add(new TableCell(header, role, spans.span(cell.start(), cell.end())));
        }
        TextSpan task = cells.stream().filter(c -> c.role() == ColumnRole.TASK).map(TableCell::text).findFirst()
                .orElse(spans.span(node.line.end(), node.line.end()));
        boolean measure = !excluded && (!report || inPlans) && !task.text().isBlank();
        return new Provision(label.label(), TableRowLabel.ROW_STYLE, label.number(), path, null, order, node.depth, measure,
                text, task, List.of(), List.of(), List.of(), points(task), cells,
                clauses.split(text.text(), task.repairedStart() - text.repairedStart(), task.repairedStart() - text.repairedStart() + task.text().length()));
    }

    private static final java.util.regex.Pattern POINT = java.util.regex.Pattern.compile(
            "(?:^|(?<=[。;:!,\\n]))\\s*([一二三四五六七八九十]{1,3})是");

    /** The points 一是…二是… of an item's own text, when they count up from 一是. */
    private List<org.plangraph.model.Point> points(TextSpan body) {
        String t = body.text();
        java.util.regex.Matcher m = POINT.matcher(t);
        List<int[]> starts = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        while (m.find()) {
            int expected = starts.size() + 1;
            if (org.plangraph.text.ChineseNumerals.parse(m.group(1)) == expected) {
                starts.add(new int[] {m.start(1)});
                labels.add(m.group(1) + "是");
            }
        }
        List<org.plangraph.model.Point> points = new ArrayList<>();
        if (starts.size() < 2) {
            return points;
        }
        for (int i = 0; i < starts.size(); i++) {
            int from = starts.get(i)[0];
            int to = i + 1 < starts.size() ? starts.get(i + 1)[0] : t.length();
            points.add(new org.plangraph.model.Point(labels.get(i), i + 1, spans.within(body, from, to)));
        }
        return points;
    }

    /** Sets the node's heading (the title phrase after its label) and where its body starts. */
    private void readHeading(Node node) {
        String line = node.line.text();
        int from = node.marker.length();
        String rest = line.substring(from);
        // a one-line item whose note follows its heading: 2.推进告知承诺制(责任单位:市司法局)
        java.util.regex.Matcher note = NOTE_OPENING.matcher(rest);
        if (note.find() && note.start() > 0 && rest.lastIndexOf('。', note.start()) < 0) {
            rest = rest.substring(0, note.start());
        }
        int stop = rest.indexOf("。");
        int headingLength = -1;
        int skip = 0;
        if (stop >= 0 && stop <= MAX_HEADING) {
            headingLength = stop;
            skip = 1;
        } else if (stop < 0 && rest.length() <= MAX_HEADING) {
            headingLength = rest.length();
        } else {
            int colon = rest.indexOf(":");
            if (colon > 0 && colon <= 16) {
                headingLength = colon;
                skip = 1;
            } else {
                headingLength = verbSplit(rest);
            }
        }
        if (headingLength <= 0) {
            node.heading = null;
            node.bodyStart = node.line.start() + from;
            return;
        }
        String heading = rest.substring(0, headingLength).strip();
        if (heading.endsWith(":")) {
            heading = heading.substring(0, heading.length() - 1);
        }
        node.heading = heading.isEmpty() ? null : heading;
        node.bodyStart = node.line.start() + from + headingLength + skip;
    }

    /** Where a heading printed without its 。 ends: before the first body-opening verb, or -1. */
    private int verbSplit(String rest) {
        int limit = Math.min(rest.length() - 2, MAX_HEADING_BEFORE_VERB);
        for (int i = MIN_HEADING_BEFORE_VERB; i <= limit; i++) {
            if (!balanced(rest.substring(0, i))) {
                continue;
            }
            char previous = rest.charAt(i - 1);
            if (previous == ',' || previous == '、' || previous == ';') {
                return -1;
            }
            for (java.util.regex.Pattern verb : cues.headingVerbs()) {
                if (verb.matcher(rest).region(i, rest.length()).lookingAt()) {
                    return i;
                }
            }
        }
        return -1;
    }

    private static boolean balanced(String s) {
        int quotes = 0;
        int titles = 0;
        int brackets = 0;
        for (char c : s.toCharArray()) {
            switch (c) {
                case '“' -> quotes++;
                case '”' -> quotes--;
                case '《' -> titles++;
                case '》' -> titles--;
                case '(' -> brackets++;
                case ')' -> brackets--;
                default -> {
                }
            }
        }
        return quotes == 0 && titles == 0 && brackets == 0;
    }
}
