package org.plangraph.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.plangraph.model.TitleSource;
import org.plangraph.read.MetadataLabels;
import org.plangraph.read.PageMetadata;
import org.plangraph.text.DateParser;
import org.plangraph.text.DocNumbers;
import org.plangraph.text.TitleKeys;
import org.plangraph.text.UnitNames;

/**
 * Finds a document's title wherever the publisher put it: the line (or run of lines, since long
 * titles break) shaped like a title — ending with a document-kind word, optionally followed by a
 * period or year in brackets, and not a sentence — in the first part of the file, after document
 * numbers, issuer lines, metadata headers, breadcrumbs, bylines and a journalist's lead-in. Where the
 * text prints none, the page's metadata or {@code <title>} may name it.
 */
final class TitleFinder {
    /** The title is looked for this far into a file: past any chrome, headers and a lead-in. */
    static final int HEAD_LINES = 40;
    static final int MAX_TITLE_LINE = 90;
    private static final int MAX_TITLE_LINES = 3;
    private static final int MIN_TITLE = 6;
    private static final int MAX_ISSUER_LINE = 40;
    static final Pattern TITLE_END = Pattern.compile(
            "(?:通知|方案|要点|安排|计划|报告|纲要|意见|办法|规划|决定|细则|规定|措施|清单|通报|批复|函|公告|通告|条例|规则|政策|指引|台账|情况表|决议|实施办法)"
                    + "(?:\\s*\\([^()]*\\))*$");
    private static final Pattern TITLE_UNFINISHED = Pattern.compile("(?:关于|印发|转发|关于印发|的|和|及|与)$");
    private static final Pattern PERIOD_LINE = Pattern.compile("^\\(\\s*\\d{4}\\s*[-—–~至]?\\s*(?:\\d{4})?\\s*年?(?:度)?\\s*\\)$");
    /** Separators sites put between the site's name, the column and the article in {@code <title>}. */
    private static final Pattern PAGE_TITLE_SEPARATORS = Pattern.compile("\\s+|\\s*[-_|｜—]{1,2}\\s*");
    private static final Pattern ISSUER_HEADER = Pattern.compile("^(.{2,40}?)(?:文件|公文)?$");

    private TitleFinder() {
    }

    /** A title printed over lines {@code [startLine, endLine)}, or stated by the page (no lines: both are the body's first line). */
    record Title(String text, int startLine, int endLine, int start, int end, TitleSource source) {
        boolean printed() {
            return source == TitleSource.PRINTED;
        }
    }

    /** The title of the document the file starts with, or null if neither the text nor the page gives one. */
    static Title find(List<TextLine> lines, PageMetadata page) {
        int head = headEnd(lines);
        String stated = page.title() != null && !page.title().isBlank() ? page.title().strip() : null;
        if (stated != null) {
            String statedKey = comparable(stated);
            for (int i = 0; i < head; i++) {
                Title t = readTitle(lines, i);
                if (t != null && comparable(t.text()).equals(statedKey)) {
                    return t;
                }
                if (comparable(lines.get(i).text()).equals(statedKey)) {
                    // printed as the page says, even where it is not shaped like a title
                    return printed(lines, i, i + 1, lines.get(i).text().strip());
                }
            }
        }
        for (int i = 0; i < head; i++) {
            if (notTitle(lines.get(i).text())) {
                continue;
            }
            Title t = readTitle(lines, i);
            if (t != null) {
                return NEWS_HEADLINE.matcher(t.text()).find() ? documentBelowHeadline(lines, t, head).orElse(t) : t;
            }
        }
        if (stated != null && titleShaped(stated)) {
            return stated(lines, stated);
        }
        if (page.pageTitle() != null) {
            Optional<String> fromPageTitle = titleInPageTitle(page.pageTitle());
            if (fromPageTitle.isPresent()) {
                return stated(lines, fromPageTitle.get());
            }
        }
        return null;
    }

    /** A news headline over a republished document: 省政府办公厅印发关于…的实施意见 (not itself a notice). */
    private static final Pattern NEWS_HEADLINE = Pattern.compile("^[^关]{2,30}(?:印发|出台|发布|公布)(?!.*(?:通知|公告|通告)(?:\\([^()]*\\))?$)");

    /** The document's own title printed below a news headline that names it. */
    private static Optional<Title> documentBelowHeadline(List<TextLine> lines, Title headline, int head) {
        String named = comparable(headline.text());
        for (int i = headline.endLine(); i < head; i++) {
            if (notTitle(lines.get(i).text())) {
                continue;
            }
            Title t = readTitle(lines, i);
            if (t != null && named.endsWith(comparable(t.text())) && !NEWS_HEADLINE.matcher(t.text()).find()) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /** Where the head ends: at the first top-level numbered part, or {@value #HEAD_LINES} lines in. */
    private static int headEnd(List<TextLine> lines) {
        int limit = Math.min(lines.size(), HEAD_LINES);
        for (int i = 1; i < limit; i++) {
            Optional<NumberingStyle.Marker> m = NumberingStyle.match(lines.get(i).text().strip());
            if (m.isPresent() && m.get().number() == 1 && (m.get().style() == NumberingStyle.CHINESE_COMMA
                    || m.get().style() == NumberingStyle.CHAPTER || m.get().style() == NumberingStyle.ARTICLE)) {
                return i;
            }
        }
        return limit;
    }

    /** Lines that are never a title: numbers, dates, metadata, links. */
    private static boolean notTitle(String line) {
        String s = line.strip();
        return s.length() < MIN_TITLE || DocNumbers.isDocNumber(s) || DateParser.isDateLine(s)
                || !MetadataLabels.standard().pairs(s).isEmpty() || s.contains("://") || breadcrumb(s)
                || s.indexOf('\t') >= 0;
    }

    /** 首页 > 政务公开 > 通知: more › or > than a title's <…> marks account for. */
    private static boolean breadcrumb(String s) {
        long closing = s.chars().filter(c -> c == '>' || c == '›' || c == '»').count();
        long opening = s.chars().filter(c -> c == '<').count();
        return closing > opening;
    }

    /** Reads a title starting at line {@code at}, joining lines the title runs over; null if none is there. */
    static Title readTitle(List<TextLine> lines, int at) {
        if (at >= lines.size()) {
            return null;
        }
        String first = lines.get(at).text().strip();
        boolean issuerAbove = first.length() <= MAX_ISSUER_LINE && UnitNames.AGENCY_END.matcher(first).find()
                && at + 1 < lines.size() && lines.get(at + 1).text().strip().startsWith("关于") && titleLike(lines.get(at + 1).text());
        if (!titleLike(first) && !issuerAbove) {
            return null;
        }
        StringBuilder text = new StringBuilder(first);
        int end = at + 1;
        if (issuerAbove) {
            // the issuers printed on a line of their own above 关于…的通知
            text.append(' ').append(lines.get(end).text().strip());
            end++;
        }
        while (!complete(text.toString()) && end < lines.size() && end - at < MAX_TITLE_LINES && titleContinuation(lines.get(end).text())) {
            text.append(lines.get(end).text().strip());
            end++;
        }
        if (!complete(text.toString())) {
            return null;
        }
        if (end < lines.size() && PERIOD_LINE.matcher(lines.get(end).text().strip()).matches()) {
            text.append(lines.get(end).text().strip());
            end++;
        }
        return printed(lines, at, end, text.toString().replaceAll("\\s{2,}", " "));
    }

    private static Title printed(List<TextLine> lines, int startLine, int endLine, String text) {
        return new Title(text, startLine, endLine, lines.get(startLine).start(), lines.get(endLine - 1).end(), TitleSource.PRINTED);
    }

    private static Title stated(List<TextLine> lines, String text) {
        return new Title(text, 0, 0, lines.get(0).start(), lines.get(0).start(), TitleSource.PAGE);
    }

    static boolean titleLike(String line) {
        String s = line.strip();
        return s.length() <= MAX_TITLE_LINE && !s.contains("。") && !s.endsWith(":") && s.indexOf('\t') < 0
                && (s.contains("关于") || TITLE_END.matcher(TitleKeys.withoutQuotedTitles(s)).find());
    }

    /** A whole title given in one string (a page's metadata), not a sentence. */
    static boolean titleShaped(String s) {
        return s.length() >= MIN_TITLE && s.length() <= 2 * MAX_TITLE_LINE && !s.contains("。") && complete(s);
    }

    private static boolean titleContinuation(String line) {
        String s = line.strip();
        return s.length() <= MAX_TITLE_LINE && !s.contains("。") && !s.endsWith(":") && !DateParser.isDateLine(s)
                && NumberingStyle.match(s).isEmpty() && !DocNumbers.isDocNumber(s) && s.indexOf('\t') < 0;
    }

    static boolean complete(String title) {
        String s = TitleKeys.withoutQuotedTitles(title);
        return TITLE_END.matcher(s).find() && !TITLE_UNFINISHED.matcher(title).find();
    }

    /** The part of a page's {@code <title>} that is a document title: 江西省人民政府 政策文件 X关于…的实施意见. */
    private static Optional<String> titleInPageTitle(String pageTitle) {
        String best = null;
        for (String part : PAGE_TITLE_SEPARATORS.split(pageTitle.strip())) {
            if (titleShaped(part) && (best == null || part.length() > best.length())) {
                best = part;
            }
        }
        return Optional.ofNullable(best);
    }

    /** A key under which the same title printed by two hands compares equal. */
    static String comparable(String title) {
        return TitleKeys.key(title).replaceAll("[()\\-,，.。:：;；、]", "");
    }

    /** Issuers printed as a header above the title: 江西省人民政府办公厅文件. */
    static List<String> headerIssuers(List<TextLine> lines, Title title) {
        List<String> out = new ArrayList<>();
        if (title == null || !title.printed()) {
            return out;
        }
        for (int i = Math.max(0, title.startLine() - 3); i < title.startLine(); i++) {
            String s = lines.get(i).text().strip();
            Matcher m = ISSUER_HEADER.matcher(s);
            if (s.endsWith("文件") && m.matches() && UnitNames.AGENCY_END.matcher(m.group(1)).find()) {
                out.add(m.group(1));
            }
        }
        return out;
    }
}
