package org.plangraph.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Drops what a PDF prints on every page around the text: page numbers ({@code — 3 —}, {@code - 3 -},
 * {@code -3-}, {@code 第3页}, {@code 第3页 共12页}, {@code 3/12}) and running headers and footers (a line
 * that comes back at the top or bottom of most pages, its numbers aside). Only the lines at a page's
 * top and bottom are looked at, so a body line that happens to be a number stays.
 */
final class PdfPageFurniture {
    /** Headers and footers are found among this many lines at the top and at the bottom of a page. */
    private static final int EDGE_LINES = 2;
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "[-—–－―─~～·•\\s]*\\d{1,4}[-—–－―─~～·•\\s]*"
                    + "|第\\s*\\d{1,4}\\s*页\\s*([,，/]?\\s*共\\s*\\d{1,4}\\s*页)?"
                    + "|共\\s*\\d{1,4}\\s*页\\s*[,，]?\\s*第\\s*\\d{1,4}\\s*页"
                    + "|\\d{1,4}\\s*/\\s*\\d{1,4}"
                    + "|(?i)page\\s*\\d{1,4}(\\s*(of|/)\\s*\\d{1,4})?");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern SPACE = Pattern.compile("[\\s\\u3000]+");

    private PdfPageFurniture() {
    }

    /** The pages with their headers, footers and page numbers removed. */
    static List<List<PdfLine>> remove(List<List<PdfLine>> pages) {
        Set<String> running = runningLines(pages);
        List<List<PdfLine>> out = new ArrayList<>(pages.size());
        for (List<PdfLine> page : pages) {
            List<PdfLine> kept = new ArrayList<>(page.size());
            for (int i = 0; i < page.size(); i++) {
                PdfLine line = page.get(i);
                boolean edge = isEdge(i, page.size());
                if (edge && (isPageNumber(line.text()) || running.contains(key(line.text())))) {
                    continue;
                }
                kept.add(line);
            }
            out.add(kept);
        }
        return out;
    }

    static boolean isPageNumber(String line) {
        return PAGE_NUMBER.matcher(fold(line).strip()).matches();
    }

    /** Lines found at the edges of most pages (at least two): a report's name, the issuer, a date. */
    private static Set<String> runningLines(List<List<PdfLine>> pages) {
        Map<String, Integer> pagesWith = new HashMap<>();
        int pagesWithText = 0;
        for (List<PdfLine> page : pages) {
            if (page.isEmpty()) {
                continue;
            }
            pagesWithText++;
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < page.size(); i++) {
                if (isEdge(i, page.size())) {
                    seen.add(key(page.get(i).text()));
                }
            }
            seen.forEach(k -> pagesWith.merge(k, 1, Integer::sum));
        }
        int needed = Math.max(2, (pagesWithText + 1) / 2);
        Set<String> running = new HashSet<>();
        pagesWith.forEach((k, n) -> {
            if (n >= needed && !k.isEmpty()) {
                running.add(k);
            }
        });
        return running;
    }

    private static boolean isEdge(int index, int lines) {
        return index < EDGE_LINES || index >= lines - EDGE_LINES;
    }

    /** A line with its page's own numbers and spacing taken out, so {@code 第3页} and {@code 第4页} compare equal. */
    private static String key(String line) {
        return DIGITS.matcher(SPACE.matcher(fold(line)).replaceAll("")).replaceAll("#");
    }

    private static String fold(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            b.append(c >= '０' && c <= '９' ? (char) (c - '０' + '0') : c);
        }
        return b.toString();
    }
}
