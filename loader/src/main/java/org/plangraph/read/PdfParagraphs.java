package org.plangraph.read;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Puts a PDF's wrapped lines back into paragraphs, one line per paragraph as {@link SourceText} wants,
 * also across page breaks. A line continues the one before it when that one runs to the right margin
 * (the text wrapped there) and it starts at the left margin (not indented as a paragraph's first line
 * is), in the same type size, without extra space between them, and not with a numbering label. A
 * heading, a signature and a paragraph's last line end short of the margin and stay lines; a centred
 * title that wraps is joined again.
 */
final class PdfParagraphs {
    /** A line ending within this many ems of the right margin filled it: Chinese line breaking may leave one character short. */
    private static final float FULL_LINE_SLACK_EMS = 1.5f;
    /** A line starting within this many ems of the left margin is not indented. */
    private static final float MARGIN_TOLERANCE_EMS = 0.5f;
    /** Lines further apart than this many times the usual line pitch are in different paragraphs. */
    private static final float PARAGRAPH_GAP = 1.6f;
    /** Type sizes differing by more than this share are different kinds of text (a title and the body). */
    private static final float SIZE_CHANGE = 0.15f;
    /** A centred line at least this share of the text's width may be the first of a wrapped title. */
    private static final float WRAPPED_TITLE_SHARE = 0.8f;
    /** The right margin is the furthest right edge shared by at least this many lines. */
    private static final int MARGIN_WITNESSES = 3;
    private static final Pattern LABEL = Pattern.compile(
            "^\\s*(?:[一二三四五六七八九十百]+、|[(（][一二三四五六七八九十百]+[)）]|\\d{1,3}[.．、](?!\\d)|[(（]\\d{1,3}[)）]|[①-⑳]|第[一二三四五六七八九十百零\\d]+[章节条部分])");
    private static final Pattern LETTER_END = Pattern.compile("(?s).*[A-Za-z]$");
    private static final Pattern LETTER_START = Pattern.compile("^[A-Za-z].*");

    private PdfParagraphs() {
    }

    /** The text of the pages, a line per paragraph. */
    static String join(List<List<PdfLine>> pages) {
        List<PdfLine> all = pages.stream().flatMap(List::stream).toList();
        if (all.isEmpty()) {
            return "";
        }
        float em = median(all.stream().map(PdfLine::fontSize).toList());
        float leftMargin = leftMargin(all, em);
        float rightMargin = rightMargin(all, em);
        float pitch = linePitch(pages);
        StringBuilder out = new StringBuilder();
        PdfLine previous = null;
        boolean previousStartsParagraph = false;
        for (List<PdfLine> page : pages) {
            boolean samePage = false;
            for (PdfLine line : page) {
                boolean continues = previous != null
                        && (isFull(previous, rightMargin) && startsAtMargin(line, leftMargin)
                                || previousStartsParagraph && isCentredTitleLine(previous, line, leftMargin, rightMargin))
                        && sameSize(previous, line)
                        && !(samePage && pitch > 0 && line.baseline() - previous.baseline() > PARAGRAPH_GAP * pitch)
                        && !LABEL.matcher(line.text()).find();
                if (continues) {
                    if (LETTER_END.matcher(out).matches() && LETTER_START.matcher(line.text()).matches()) {
                        out.append(' '); // an English word wrapped at a space
                    }
                } else if (previous != null) {
                    out.append('\n');
                }
                out.append(line.text());
                previousStartsParagraph = !continues;
                previous = line;
                samePage = true;
            }
        }
        return out.append('\n').toString();
    }

    /** The line ran to the right margin: the text wrapped there. */
    private static boolean isFull(PdfLine line, float rightMargin) {
        return line.right() >= rightMargin - FULL_LINE_SLACK_EMS * line.fontSize();
    }

    private static boolean startsAtMargin(PdfLine line, float leftMargin) {
        return Math.abs(line.left() - leftMargin) <= MARGIN_TOLERANCE_EMS * line.fontSize();
    }

    /**
     * A centred title too long for one line: a centred line nearly as wide as the text, then a centred
     * line no wider. Two short centred lines (a masthead naming two organs) stay apart.
     */
    private static boolean isCentredTitleLine(PdfLine first, PdfLine next, float leftMargin, float rightMargin) {
        float textWidth = rightMargin - leftMargin;
        float firstWidth = first.right() - first.left();
        return isCentred(first, leftMargin, rightMargin) && isCentred(next, leftMargin, rightMargin)
                && next.left() - leftMargin > MARGIN_TOLERANCE_EMS * next.fontSize()
                && firstWidth >= WRAPPED_TITLE_SHARE * textWidth && next.right() - next.left() <= firstWidth;
    }

    private static boolean isCentred(PdfLine line, float leftMargin, float rightMargin) {
        return Math.abs((line.left() - leftMargin) - (rightMargin - line.right())) <= line.fontSize();
    }

    private static boolean sameSize(PdfLine a, PdfLine b) {
        return Math.abs(a.fontSize() - b.fontSize()) <= SIZE_CHANGE * Math.max(a.fontSize(), b.fontSize());
    }

    /** The most common start of a line: where wrapped lines begin. */
    private static float leftMargin(List<PdfLine> lines, float em) {
        float best = lines.get(0).left();
        int bestCount = 0;
        for (PdfLine candidate : lines) {
            int count = 0;
            for (PdfLine l : lines) {
                if (Math.abs(l.left() - candidate.left()) <= MARGIN_TOLERANCE_EMS * em) {
                    count++;
                }
            }
            if (count > bestCount || count == bestCount && candidate.left() < best) {
                best = candidate.left();
                bestCount = count;
            }
        }
        return best;
    }

    /** The furthest right edge that several lines reach: where full lines wrap (a lone wide line is a table or a stray). */
    private static float rightMargin(List<PdfLine> lines, float em) {
        float[] rights = new float[lines.size()];
        for (int i = 0; i < rights.length; i++) {
            rights[i] = lines.get(i).right();
        }
        Arrays.sort(rights);
        int witnesses = Math.min(MARGIN_WITNESSES, rights.length);
        for (int i = rights.length - 1; i >= 0; i--) {
            int count = 0;
            for (int j = i; j >= 0 && rights[i] - rights[j] <= MARGIN_TOLERANCE_EMS * em; j--) {
                count++;
            }
            if (count >= witnesses) {
                return rights[i];
            }
        }
        return rights[rights.length - 1];
    }

    /** The usual distance between the baselines of consecutive lines on a page. */
    private static float linePitch(List<List<PdfLine>> pages) {
        List<Float> gaps = new ArrayList<>();
        for (List<PdfLine> page : pages) {
            for (int i = 1; i < page.size(); i++) {
                float gap = page.get(i).baseline() - page.get(i - 1).baseline();
                if (gap > 0) {
                    gaps.add(gap);
                }
            }
        }
        return gaps.isEmpty() ? 0 : median(gaps);
    }

    private static float median(List<Float> values) {
        float[] v = new float[values.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = values.get(i);
        }
        Arrays.sort(v);
        return v[v.length / 2];
    }
}
