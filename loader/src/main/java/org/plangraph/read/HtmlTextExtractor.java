package org.plangraph.read;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Web pages (whole pages, fragments from database exports, HTML saved as {@code .txt}) with jsoup:
 * the page's own metadata block read into {@link PageMetadata}; scripts, styles, forms, navigation
 * (link-dense blocks) and the site's chrome around the article left out; paragraphs and line breaks
 * kept as lines; data tables kept as rows of TAB-separated cells.
 */
final class HtmlTextExtractor implements TextExtractor {
    private static final Pattern DECLARED_CHARSET = Pattern.compile("charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);
    private static final Set<String> DROPPED = Set.of("script", "style", "noscript", "iframe", "frame", "frameset", "object",
            "embed", "svg", "canvas", "map", "img", "input", "select", "option", "button", "textarea", "nav", "footer", "aside",
            "link", "meta", "head", "template", "audio", "video",
            // ruby annotations: the pinyin over a character is a gloss, not text
            "rt", "rp");
    private static final Set<String> BLOCKS = Set.of("p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr",
            "table", "tbody", "thead", "tfoot", "dl", "dt", "dd", "section", "article", "blockquote", "pre", "center", "header",
            "main", "form", "hr", "address", "figure", "figcaption", "caption", "body", "html", "td", "th");
    /** A block whose text is at least this share link text, with at least two links, is navigation. */
    private static final double NAVIGATION_LINK_SHARE = 0.5;
    /** The article: descend into a child while it holds this share of its parent's text. */
    private static final double DOMINANT_SHARE = 0.7;
    /** A page title, heading or title-classed block longer than this is not a title. */
    private static final int MAX_TITLE_CANDIDATE = 150;
    private static final Pattern SENTENCE = Pattern.compile("[。;；!！?？]");
    /** White space as HTML collapses it in running text. */
    private static final Pattern HTML_WHITE_SPACE = Pattern.compile("[ \\t\\r\\n\\f]+");

    private final MetadataLabels labels = MetadataLabels.standard();

    @Override
    public String name() {
        return "jsoup " + Optional.ofNullable(Jsoup.class.getPackage().getImplementationVersion()).orElse("");
    }

    @Override
    public Extracted extract(String fileName, byte[] bytes) throws SourceRejectedException {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher charset = DECLARED_CHARSET.matcher(head);
        TextDecoder.Decoded decoded = TextDecoder.decode(fileName, bytes, charset.find() ? charset.group(1) : null);
        org.jsoup.nodes.Document page = Jsoup.parse(decoded.text());
        PageMetadata meta = headMetadata(page);
        Element body = page.body();
        for (String tag : DROPPED) {
            body.getElementsByTag(tag).remove();
        }
        meta = metadataBlocks(body, meta);
        Counts counts = new Counts();
        counts.count(body);
        removeNavigation(body, counts);
        counts = new Counts();
        counts.count(body);
        Set<Element> kept = article(body, counts);
        StringBuilder out = new StringBuilder();
        new Renderer(out, kept).render(body, kept.contains(body));
        return new Extracted(tidy(out), decoded.charset(), meta);
    }

    // ------------------------------------------------------------------ metadata

    private static PageMetadata headMetadata(org.jsoup.nodes.Document page) {
        PageMetadata meta = PageMetadata.NONE;
        meta = meta.with(PageMetadata.Field.PAGE_TITLE, page.title());
        for (Element m : page.select("meta[name][content]")) {
            String name = m.attr("name").toLowerCase(Locale.ROOT);
            String content = m.attr("content");
            switch (name) {
                case "articletitle", "title", "dc.title" -> meta = meta.with(PageMetadata.Field.TITLE, content);
                case "pubdate", "publishdate", "firstpublishedtime", "dc.date" -> meta = meta.with(PageMetadata.Field.PUBLISHED, content);
                case "contentsource", "source" -> meta = meta.with(PageMetadata.Field.PUBLISHER, content);
                default -> {
                }
            }
        }
        for (Element m : page.select("meta[property=og:title][content]")) {
            meta = meta.with(PageMetadata.Field.TITLE, m.attr("content"));
        }
        return meta;
    }

    /**
     * Reads and removes the metadata blocks: tables and definition lists in which at least two cells
     * are labels (索引号, 发文机关 …), with the value in the next cell or after the label's colon.
     */
    private PageMetadata metadataBlocks(Element body, PageMetadata meta) {
        PageMetadata m = meta;
        for (Element table : body.select("table, dl")) {
            if (table.parent() == null) {
                continue; // removed with an enclosing block
            }
            if (!table.select("table").stream().allMatch(t -> t == table)) {
                continue; // a layout table around other tables: look at the inner ones
            }
            List<Element> cells = table.select("td, th, dt, dd");
            int labelCount = 0;
            PageMetadata read = m;
            for (int i = 0; i < cells.size(); i++) {
                String text = cells.get(i).text();
                Optional<MetadataLabels.Label> label = labels.labelCell(text);
                if (label.isPresent()) {
                    labelCount++;
                    if (label.get().field().isPresent() && i + 1 < cells.size() && labels.labelCell(cells.get(i + 1).text()).isEmpty()) {
                        read = read.with(label.get().field().get(), cells.get(i + 1).text());
                    }
                    continue;
                }
                List<MetadataLabels.Pair> pairs = labels.pairs(text);
                if (!pairs.isEmpty()) {
                    labelCount += pairs.size();
                    read = MetadataLabels.apply(read, pairs);
                }
            }
            if (labelCount >= 2) {
                m = read;
                table.remove();
            }
        }
        return m;
    }

    // ------------------------------------------------------------------ navigation and article

    /** Characters (not white space) under each element, and those inside links. */
    private static final class Counts {
        final Map<Element, int[]> byElement = new IdentityHashMap<>();

        int[] count(Element e) {
            int text = 0;
            int link = 0;
            int links = e.tagName().equals("a") ? 1 : 0;
            for (Node child : e.childNodes()) {
                if (child instanceof TextNode t) {
                    int n = visible(t.getWholeText());
                    text += n;
                    if (e.tagName().equals("a")) {
                        link += n;
                    }
                } else if (child instanceof Element c) {
                    int[] sub = count(c);
                    text += sub[0];
                    link += e.tagName().equals("a") ? sub[0] : sub[1];
                    links += sub[2];
                }
            }
            int[] r = {text, link, links};
            byElement.put(e, r);
            return r;
        }

        int text(Element e) {
            int[] c = byElement.get(e);
            return c == null ? 0 : c[0] - c[1];
        }
    }

    private static int visible(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isWhitespace(c) && c != 0x00A0 && c != 0x3000) {
                n++;
            }
        }
        return n;
    }

    /** Removes blocks that are mostly links: menus, breadcrumbs, lists of related articles. */
    private static void removeNavigation(Element body, Counts counts) {
        List<Element> navigation = new ArrayList<>();
        collectNavigation(body, counts, navigation);
        navigation.forEach(Element::remove);
    }

    private static void collectNavigation(Element e, Counts counts, List<Element> out) {
        for (Element child : e.children()) {
            int[] c = counts.byElement.get(child);
            boolean block = BLOCKS.contains(child.tagName()) || child.tagName().equals("span");
            if (block && c != null && c[2] >= 2 && c[0] > 0 && c[1] >= NAVIGATION_LINK_SHARE * c[0]) {
                out.add(child);
            } else {
                collectNavigation(child, counts, out);
            }
        }
    }

    /**
     * The elements to render: the article (found by descending into the child that holds most of the
     * text), the siblings left behind that hold sentences (a notice before its attachment), and the
     * headings and title blocks before it (the title often stands outside the article's box).
     */
    private static Set<Element> article(Element body, Counts counts) {
        Set<Element> kept = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        Element current = body;
        List<Element> leftBehind = new ArrayList<>();
        while (true) {
            int total = counts.text(current);
            Element dominant = null;
            for (Element child : current.children()) {
                if (total > 0 && counts.text(child) >= DOMINANT_SHARE * total) {
                    dominant = child;
                }
            }
            if (dominant == null || !BLOCKS.contains(dominant.tagName()) || dominant.tagName().equals("p")
                    || dominant.tagName().equals("tr") || dominant.tagName().equals("td") && dominant.parent() != null
                    && dominant.parent().children().size() > 1) {
                break;
            }
            if (dominant.tagName().equals("table") && isDataTable(dominant)) {
                // a table of tasks or projects holds most of the page: keep it whole, and what stands beside it
                leftBehind.addAll(current.children());
                leftBehind.remove(dominant);
                current = dominant;
                break;
            }
            for (Element sibling : current.children()) {
                if (sibling != dominant) {
                    leftBehind.add(sibling);
                }
            }
            current = dominant;
        }
        kept.add(current);
        for (Element sibling : leftBehind) {
            if (SENTENCE.matcher(sibling.text()).find() && counts.text(sibling) >= 20) {
                kept.add(sibling);
            } else {
                for (Element t : sibling.select("h1, h2, h3, [class~=(?i)title], [id~=(?i)title]")) {
                    String text = t.text().strip();
                    if (!text.isEmpty() && text.length() <= MAX_TITLE_CANDIDATE && t.select("a").isEmpty()) {
                        kept.add(t);
                    }
                }
            }
        }
        return kept;
    }

    // ------------------------------------------------------------------ rendering

    /** Writes text as lines: a block element starts and ends a line; a data table writes a row per line. */
    private static final class Renderer {
        private final StringBuilder out;
        private final Set<Element> kept;
        /** The elements that hold a kept element: the way down to it, found once rather than per element visited. */
        private final Set<Element> aboveKept = java.util.Collections.newSetFromMap(new IdentityHashMap<>());

        Renderer(StringBuilder out, Set<Element> kept) {
            this.out = out;
            this.kept = kept;
            for (Element k : kept) {
                for (Element p = k.parent(); p != null && aboveKept.add(p); p = p.parent()) {
                    // an ancestor already added has its own ancestors added too
                }
            }
        }

        void render(Element e, boolean inside) {
            if (!inside) {
                // outside the article: only descend towards kept elements
                for (Element child : e.children()) {
                    if (kept.contains(child)) {
                        render(child, true);
                    } else if (aboveKept.contains(child)) {
                        render(child, false);
                    }
                }
                return;
            }
            String tag = e.tagName();
            if (tag.equals("table") && isDataTable(e)) {
                newLine();
                table(e);
                newLine();
                return;
            }
            boolean block = BLOCKS.contains(tag);
            if (block) {
                newLine();
            }
            for (Node child : e.childNodes()) {
                if (child instanceof TextNode t) {
                    text(t.getWholeText(), tag.equals("pre"));
                } else if (child instanceof Element c) {
                    if (c.tagName().equals("br")) {
                        out.append('\n');
                    } else {
                        render(c, true);
                    }
                }
            }
            if (block) {
                newLine();
            }
        }

        private void text(String raw, boolean preformatted) {
            String s = preformatted ? raw : HTML_WHITE_SPACE.matcher(raw).replaceAll(" ");
            if (s.isEmpty() || s.equals(" ") && (out.isEmpty() || out.charAt(out.length() - 1) == '\n')) {
                return;
            }
            out.append(s);
        }

        private void newLine() {
            if (!out.isEmpty() && out.charAt(out.length() - 1) != '\n') {
                out.append('\n');
            }
        }

        /** Rows of cells, with a cell spanning rows repeated in each (a lead unit shared by several tasks). */
        private void table(Element table) {
            List<List<String>> grid = new ArrayList<>();
            Map<Integer, Object[]> spanning = new java.util.HashMap<>(); // column -> {text, rows left}
            for (Element row : table.select("tr")) {
                if (row.closest("table") != table) {
                    continue;
                }
                List<String> cells = new ArrayList<>();
                int col = 0;
                for (Element cell : row.children()) {
                    if (!cell.tagName().equals("td") && !cell.tagName().equals("th")) {
                        continue;
                    }
                    col = fillSpanned(cells, spanning, col);
                    String text = cellText(cell);
                    int colspan = span(cell.attr("colspan"));
                    int rowspan = span(cell.attr("rowspan"));
                    for (int k = 0; k < colspan; k++) {
                        cells.add(k == 0 ? text : "");
                        if (rowspan > 1) {
                            spanning.put(col, new Object[] {k == 0 ? text : "", rowspan - 1});
                        }
                        col++;
                    }
                }
                fillSpanned(cells, spanning, col);
                while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
                    cells.remove(cells.size() - 1);
                }
                if (cells.stream().anyMatch(c -> !c.isEmpty())) {
                    grid.add(cells);
                }
            }
            for (List<String> cells : grid) {
                out.append(String.join(String.valueOf(SourceText.CELL_SEPARATOR), cells)).append('\n');
            }
        }

        private static int fillSpanned(List<String> cells, Map<Integer, Object[]> spanning, int col) {
            int c = col;
            while (spanning.containsKey(c)) {
                Object[] s = spanning.get(c);
                cells.add((String) s[0]);
                int left = (Integer) s[1] - 1;
                if (left <= 0) {
                    spanning.remove(c);
                } else {
                    s[1] = left;
                }
                c++;
            }
            return c;
        }

        private static int span(String attr) {
            try {
                int n = Integer.parseInt(attr.strip());
                return n < 1 ? 1 : Math.min(n, 50);
            } catch (NumberFormatException e) {
                return 1;
            }
        }

        private static String cellText(Element cell) {
            // a cell's own lines become spaces: one row, one line
            return cell.wholeText().replaceAll("[\\s\\u00A0\\u3000]+", " ").strip().replace(SourceText.CELL_SEPARATOR, ' ');
        }
    }

    /**
     * A table of data rather than layout: rows of at least two cells, no tables inside. A page laid out
     * with tables puts whole articles in single cells; those are rendered as blocks.
     */
    private static boolean isDataTable(Element table) {
        if (table.select("table").size() > 1) {
            return false;
        }
        int multiCellRows = 0;
        int rows = 0;
        for (Element row : table.select("tr")) {
            rows++;
            int cells = row.select("> td, > th").size();
            if (cells >= 2) {
                multiCellRows++;
            }
            for (Element cell : row.select("> td, > th")) {
                if (cell.select("p, div, br").size() > 8) {
                    return false;
                }
            }
        }
        return rows >= 1 && multiCellRows * 2 >= rows && multiCellRows >= 1;
    }

    private static String tidy(StringBuilder out) {
        StringBuilder b = new StringBuilder(out.length());
        for (String line : out.toString().split("\n", -1)) {
            String t = line.strip();
            if (t.isEmpty() || t.chars().allMatch(c -> c == SourceText.CELL_SEPARATOR || Character.isWhitespace(c))) {
                continue;
            }
            b.append(line.replaceAll("^[ \\u00A0]+|[ \\u00A0]+$", "")).append('\n');
        }
        return b.toString();
    }
}
