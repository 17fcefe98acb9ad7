package org.plangraph.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.plangraph.data.Gazetteer;
import org.plangraph.segment.TitleFinder.Title;
import org.plangraph.text.TitleKeys;

/**
 * The documents a notice issues (印发, 转发 …) and that follow it in the same file: one or several,
 * found by their titles even where the printed title adds or drops the place name, a 的 or brackets.
 */
final class IssuedDocuments {
    private static final Pattern TRANSMITTING = Pattern.compile("(?:印发|转发|下发|发布|公布)");
    private static final Pattern TRANSMITTED_IN_TITLE = Pattern.compile("(?:印发|转发|下发|发布|公布)(.+?)的?(?:通知|通告|公告)$");
    private static final Pattern QUOTED_TITLE = Pattern.compile("《([^《》]+)》|〈([^〈〉]+)〉");
    /** A notice names what it issues in its first lines: 现将《…》印发给你们. */
    private static final Pattern ISSUING_SENTENCE = Pattern.compile("(?:印发|转发|下发|发布|公布)给?(?:你们|你单位|各单位)|现予(?:印发|发布|公布)");
    private static final Pattern LIST_SEPARATOR = Pattern.compile("和|及|以及|、");
    private static final int NOTICE_LINES_NAMING_IT = 6;
    /** Share of the wanted title a printed title must share when one holds the other. */
    private static final double CONTAINED_SHARE = 0.7;

    private final Gazetteer gazetteer;

    IssuedDocuments(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** The titles, in file order, of the documents {@code notice} issues that follow it from line {@code from}. */
    List<Title> find(Title notice, List<TextLine> lines, int from) {
        List<String> wanted = wanted(notice, lines, from);
        List<Title> found = new ArrayList<>();
        int next = from + 1;
        for (String title : wanted) {
            String key = comparableWithoutPlace(title);
            if (key.length() < 4) {
                continue;
            }
            for (int i = next; i < lines.size(); i++) {
                Title t = match(lines, i, key);
                if (t != null) {
                    found.add(t);
                    next = t.endLine();
                    break;
                }
            }
        }
        return found;
    }

    private List<String> wanted(Title notice, List<TextLine> lines, int from) {
        List<String> out = new ArrayList<>();
        if (TRANSMITTING.matcher(notice.text()).find()) {
            out.addAll(quoted(notice.text()));
            if (out.isEmpty()) {
                Matcher m = TRANSMITTED_IN_TITLE.matcher(notice.text());
                if (m.find()) {
                    out.addAll(listed(m.group(1)));
                }
            }
        }
        if (out.isEmpty()) {
            for (int i = from; i < Math.min(lines.size(), from + NOTICE_LINES_NAMING_IT); i++) {
                String s = lines.get(i).text();
                if (ISSUING_SENTENCE.matcher(s).find()) {
                    out.addAll(quoted(s));
                    break;
                }
            }
        }
        return out;
    }

    private static List<String> quoted(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = QUOTED_TITLE.matcher(text);
        while (m.find()) {
            out.add(m.group(1) != null ? m.group(1) : m.group(2));
        }
        return out;
    }

    /** 支持…若干政策和安徽省…行动计划(2021—2023年): two titles where each part ends like one. */
    private static List<String> listed(String titles) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        Matcher m = LIST_SEPARATOR.matcher(titles);
        while (m.find()) {
            String part = titles.substring(start, m.start());
            if (TitleFinder.complete(part)) {
                parts.add(part);
                start = m.end();
            }
        }
        String last = titles.substring(start);
        if (parts.isEmpty() || TitleFinder.complete(last)) {
            parts.add(last);
            return parts;
        }
        return List.of(titles);
    }

    /** The title starting at line {@code i} if it is the wanted one, joined over the lines it breaks across. */
    private Title match(List<TextLine> lines, int i, String wantedKey) {
        Title shaped = TitleFinder.readTitle(lines, i);
        if (shaped != null && same(comparableWithoutPlace(shaped.text()), wantedKey)) {
            return shaped;
        }
        StringBuilder joined = new StringBuilder();
        for (int end = i; end < lines.size() && end - i < 3; end++) {
            String s = lines.get(end).text().strip();
            if (s.contains("。") || s.length() > TitleFinder.MAX_TITLE_LINE || s.indexOf('\t') >= 0) {
                return null;
            }
            joined.append(s);
            String key = comparableWithoutPlace(joined.toString());
            if (same(key, wantedKey)) {
                return new Title(joined.toString(), i, end + 1, lines.get(i).start(), lines.get(end).end(),
                        org.plangraph.model.TitleSource.PRINTED);
            }
            if (!wantedKey.contains(key)) {
                return null;
            }
        }
        return null;
    }

    private static boolean same(String printed, String wanted) {
        if (printed.isEmpty()) {
            return false;
        }
        if (printed.equals(wanted)) {
            return true;
        }
        String shorter = printed.length() < wanted.length() ? printed : wanted;
        String longer = shorter == printed ? wanted : printed;
        return longer.contains(shorter) && shorter.length() >= CONTAINED_SHARE * longer.length();
    }

    /** The comparable key without place names, 的 and brackets' contents' punctuation: titles printed by two hands. */
    private String comparableWithoutPlace(String title) {
        String key = TitleFinder.comparable(TitleKeys.withoutTitleMarks(title)).replace("的", "");
        // 新余市新余市绿色建筑管理办法: a place may be printed twice
        for (int guard = 0; guard < 3; guard++) {
            java.util.Optional<String> place = gazetteer.printedPrefix(key);
            if (place.isEmpty()) {
                break;
            }
            key = key.substring(place.get().length());
        }
        return key;
    }
}
