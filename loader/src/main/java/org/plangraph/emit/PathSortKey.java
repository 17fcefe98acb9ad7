package org.plangraph.emit;

import java.util.ArrayList;
import java.util.List;

/**
 * A numbering path's sort key ({@code pg:sortKey}): each label's number zero-padded to four digits,
 * so that comparing the keys as strings puts 二 before 三 and 9 before 10, which comparing the paths
 * themselves does not ("三" sorts before "二" in code-point order, "10" before "9").
 * {@code 二/(一)/10} becomes {@code 0002/0001/0010}. A label with no number in it is kept as written.
 */
public final class PathSortKey {
    private static final String DIGITS = "零一二三四五六七八九";

    private PathSortKey() {
    }

    public static String of(String path) {
        List<String> keys = new ArrayList<>();
        for (String label : path.split("/")) {
            int n = number(label);
            keys.add(n < 0 ? label : String.format("%04d", n));
        }
        return String.join("/", keys);
    }

    /** The number a numbering label writes (一, (十二), 3, (4), ⑤, 第二十一条), or -1 when it writes none. */
    static int number(String label) {
        String core = label.replaceAll("^[(（]|[)）]$", "").replaceAll("^第|(部分|编|章|节|条|款|项)$", "");
        if (core.isEmpty()) {
            return -1;
        }
        if (core.length() == 1 && core.charAt(0) >= '①' && core.charAt(0) <= '⑳') {
            return core.charAt(0) - '①' + 1;
        }
        if (core.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return core.length() > 6 ? -1 : Integer.parseInt(core);
        }
        return chineseNumber(core);
    }

    /** 一 … 九百九十九, also 〇 for 零 and 十 standing alone or first (十二). */
    private static int chineseNumber(String s) {
        int total = 0;
        int digit = -1;
        for (char c : s.replace('〇', '零').toCharArray()) {
            int d = DIGITS.indexOf(c);
            if (d >= 0) {
                digit = d;
            } else if (c == '十' || c == '百') {
                int unit = c == '十' ? 10 : 100;
                total += (digit < 0 ? 1 : digit) * unit;
                digit = -1;
            } else {
                return -1;
            }
        }
        return total + Math.max(digit, 0);
    }
}
