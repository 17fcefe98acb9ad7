package org.plangraph.repair;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.plangraph.data.DataFiles;
import org.plangraph.read.MetadataLabels;
import org.plangraph.read.PageMetadata;
import org.plangraph.read.SourceText;

/**
 * The repair stage: turns a document as published into text fit for analysis. It drops web-page
 * chrome, junk {@code ?} runs used as indentation and pinyin glosses that some sites insert after
 * characters ({@code 關(guān)于} → {@code 關于}), folds full-width ASCII forms to half width, and
 * converts traditional script to simplified, while keeping a map back to the source characters.
 */
public final class TextRepairer {
    /** Navigation above a breadcrumb is only looked for this close to the top of a file. */
    private static final int HEADER_LINES = 40;
    /** A share of Han characters changed by conversion above which a source counts as traditional. */
    private static final double TRADITIONAL_SHARE = 0.03;

    private final List<ChromeRule> rules;
    private final ScriptConverter converter;

    private TextRepairer(List<ChromeRule> rules, ScriptConverter converter) {
        this.rules = List.copyOf(rules);
        this.converter = converter;
    }

    /** A repairer with the chrome rules of {@code ontology/cues/page-chrome.tsv}. */
    public static TextRepairer standard() {
        return builder().chromeRulesFromData().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private final List<ChromeRule> rules = new ArrayList<>();

        public Builder chromeRule(String action, String regex) {
            rules.add(new ChromeRule(action, java.util.regex.Pattern.compile(regex)));
            return this;
        }

        public Builder chromeRulesFromData() {
            for (String[] row : DataFiles.readTable("cues/page-chrome.tsv")) {
                if (row.length < 2) {
                    throw new IllegalStateException("ontology/cues/page-chrome.tsv: want ACTION<TAB>REGEX, got: " + String.join("\t", row));
                }
                chromeRule(row[0].strip(), row[1].strip());
            }
            return this;
        }

        public TextRepairer build() {
            return new TextRepairer(rules, ScriptConverter.instance());
        }
    }

    private record Line(String text, int[] sourceIndex) {
    }

    public RepairedText repair(SourceText source) {
        String s = source.text();
        List<Line> lines = new ArrayList<>();
        int[] changes = new int[2];
        int start = 0;
        while (start <= s.length()) {
            int end = s.indexOf('\n', start);
            if (end < 0) {
                end = s.length();
            }
            Line line = repairLine(s, start, end, changes);
            if (!line.text().isEmpty()) {
                lines.add(line);
            }
            start = end + 1;
        }

        PageMetadata page = source.page();
        boolean[] keep = new boolean[lines.size()];
        java.util.Arrays.fill(keep, true);
        MetadataLabels labels = MetadataLabels.standard();
        // every line below the first cut-after line goes; cut once at the end, not once per footer line
        int cutAfter = lines.size();
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i).text();
            // a publisher's label–value line (来源:… 发布时间:…, 发文机关:…): at the head of the file, or
            // anywhere when it holds two labels, since a plan's own lines rarely start with such a label
            List<MetadataLabels.Pair> pairs = labels.pairs(text);
            if (!pairs.isEmpty() && (i < HEADER_LINES || pairs.size() >= 2) && text.indexOf('\t') < 0) {
                page = MetadataLabels.apply(page, pairs);
                keep[i] = false;
                continue;
            }
            for (ChromeRule rule : rules) {
                Matcher m = rule.pattern().matcher(text);
                if (!m.find()) {
                    continue;
                }
                String action = rule.action();
                if (action.equals("cut-before")) {
                    if (i < HEADER_LINES) {
                        java.util.Arrays.fill(keep, 0, i + 1, false);
                    } else {
                        continue;
                    }
                } else if (action.equals("cut-after")) {
                    cutAfter = Math.min(cutAfter, i);
                } else if (action.startsWith("meta:")) {
                    page = page.with(action.substring(5), m.groupCount() >= 1 ? m.group(1) : null);
                    keep[i] = false;
                } else {
                    keep[i] = false;
                }
                break;
            }
        }

        java.util.Arrays.fill(keep, cutAfter, keep.length, false);

        // sized from the repaired lines, not the source: conversion can lengthen a line, as when a
        // traditional character in the BMP simplifies to one outside it (two UTF-16 units)
        int length = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (keep[i]) {
                length += lines.get(i).text().length() + 1;
            }
        }
        StringBuilder text = new StringBuilder(length);
        int[] index = new int[length];
        int n = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (!keep[i]) {
                continue;
            }
            Line line = lines.get(i);
            for (int k = 0; k < line.text().length(); k++) {
                text.append(line.text().charAt(k));
                index[n++] = line.sourceIndex()[k];
            }
            int last = line.sourceIndex()[line.text().length() - 1];
            text.append('\n');
            index[n++] = last;
        }
        Script script = changes[0] > 0 && (double) changes[1] / changes[0] > TRADITIONAL_SHARE ? Script.TRADITIONAL : Script.SIMPLIFIED;
        return new RepairedText(source, text.toString(), index, script, page);
    }

    /** Repairs one source line; {@code changes} counts Han characters seen and changed by conversion. */
    private Line repairLine(String s, int start, int end, int[] changes) {
        StringBuilder out = new StringBuilder(end - start);
        int[] index = new int[(end - start) * 2 + 1];
        int n = 0;
        int i = start;
        boolean atStart = true;
        int previousCodePoint = -1;
        // a table row keeps its cell separators, even before an empty first cell; elsewhere a tab is white space
        boolean tableRow = isTableRow(s, start, end);
        while (i < end) {
            int cp = s.codePointAt(i);
            int width = Character.charCount(cp);
            if (tableRow && cp == SourceText.CELL_SEPARATOR) {
                if (n + 1 >= index.length) {
                    index = java.util.Arrays.copyOf(index, index.length * 2);
                }
                out.append('\t');
                index[n++] = i;
                atStart = false;
                previousCodePoint = cp;
                i++;
                continue;
            }
            if (atStart && (isJunk(cp) || isSpace(cp))) {
                i += width;
                continue;
            }
            atStart = false;
            if (isJunk(cp) && (i + width < end && isJunk(s.codePointAt(i + width)) || cp == 0xFFFD)) {
                while (i < end && isJunk(s.codePointAt(i))) {
                    i += Character.charCount(s.codePointAt(i));
                }
                continue;
            }
            if ((cp == '(' || cp == '（') && previousCodePoint >= 0 && isHan(previousCodePoint)) {
                int glossEnd = pinyinGlossEnd(s, i, end);
                // real Latin in brackets (代码(id), 系统(app)) stays: a gloss has a tone letter, or sits
                // after a traditional character as the sites that insert glosses print them
                boolean gloss = glossEnd > 0 && (hasToneLetter(s, i, glossEnd)
                        || converter.changes(previousCodePoint));
                if (gloss) {
                    i = glossEnd;
                    continue;
                }
            }
            String folded = fold(cp);
            if (isHan(cp)) {
                changes[0]++;
                if (!folded.equals(new String(Character.toChars(cp)))) {
                    changes[1]++;
                }
            }
            for (int k = 0; k < folded.length(); k++) {
                if (n + 1 >= index.length) {
                    index = java.util.Arrays.copyOf(index, index.length * 2);
                }
                out.append(folded.charAt(k));
                index[n++] = i;
            }
            previousCodePoint = cp;
            i += width;
        }
        int len = out.length();
        while (len > 0 && out.charAt(len - 1) == ' ') {
            len--;
        }
        out.setLength(len);
        return new Line(out.toString(), java.util.Arrays.copyOf(index, len));
    }

    /** True if a tab follows text on the line: cells of a table row, not indentation. */
    private static boolean isTableRow(String s, int start, int end) {
        boolean content = false;
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            if (c == SourceText.CELL_SEPARATOR) {
                if (content) {
                    return true;
                }
            } else if (!Character.isWhitespace(c) && c != 0x3000) {
                content = true;
            }
        }
        return false;
    }

    /** The end of a pinyin gloss such as {@code (guān)} starting at {@code i}, or -1. */
    private static int pinyinGlossEnd(String s, int i, int end) {
        int j = i + 1;
        int letters = 0;
        int realLetters = 0;
        while (j < end && (isPinyinLetter(s.charAt(j)) || s.charAt(j) == '?') && letters <= 7) {
            if (s.charAt(j) != '?') {
                realLetters++;
            }
            j++;
            letters++;
        }
        // a tone letter the page's encoding lacked shows as ? inside the gloss: 辦(b?n)
        if (realLetters >= 1 && letters <= 7 && j < end && (s.charAt(j) == ')' || s.charAt(j) == '）')) {
            return j + 1;
        }
        return -1;
    }

    private static boolean hasToneLetter(String s, int from, int to) {
        for (int k = from; k < to; k++) {
            char c = s.charAt(k);
            if (c == '?' || (c > 'z' && isPinyinLetter(c) && c != 'ü')) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPinyinLetter(char c) {
        return (c >= 'a' && c <= 'z') || "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüêńňǹḿ".indexOf(c) >= 0;
    }

    private String fold(int cp) {
        if (cp >= 0xFF01 && cp <= 0xFF5E) {
            return String.valueOf((char) (cp - 0xFEE0));
        }
        if (cp == 0x3000 || cp == 0x00A0 || cp == '\t' || cp == '\r' || cp == 0x2002 || cp == 0x2003 || cp == 0x200B || cp == 0xFEFF) {
            return cp == 0x200B || cp == 0xFEFF || cp == '\r' ? "" : " ";
        }
        return converter.simplify(cp);
    }

    private static boolean isJunk(int cp) {
        return cp == '?' || cp == '？' || cp == 0xFFFD;
    }

    private static boolean isSpace(int cp) {
        return Character.isWhitespace(cp) || cp == 0x00A0 || cp == 0x3000 || cp == 0x200B || cp == 0xFEFF;
    }

    static boolean isHan(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }
}
