package org.plangraph.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.plangraph.data.DataFiles;
import org.plangraph.model.Comparator;
import org.plangraph.model.FigureQualifier;
import org.plangraph.model.UnitKind;
import org.plangraph.text.ChineseNumerals;

/**
 * Numbers with a unit in running text (30日, 95%以上, 5-6个, 200余次, 三辆), shared by the target and
 * the reported-figure extractors. Units, comparators and exclusions are cue data in
 * {@code ontology/cues/}. Text inside 《》 and “” is masked first, so that titles and slogans give none.
 */
final class Quantities {
    /**
     * One number with its unit: [start, end) covers the number, the unit and any cue after the unit.
     * {@code unit} names the unit's concept, {@code unitAsPrinted} is as the text prints it: they differ
     * for a rank (前三: 名次, printed 名) and a scale word (万亿级: 万亿元).
     */
    record Quantity(int start, int end, BigDecimal value, String unit, String unitAsPrinted, UnitKind kind, boolean range,
            boolean chinese, String between, String after) {
    }

    /** Where a cue stands: before the number, right before it (约), between number and unit (余), after the unit. */
    enum Position {
        BEFORE, JUST_BEFORE, BETWEEN, AFTER;

        static Position ofCue(String cue) {
            try {
                return valueOf(cue.strip().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("not a position: " + cue + " (one of before, just-before, between, after)");
            }
        }
    }

    record Cue<V>(String word, V value, Position position) {
    }

    /** 稳居全球前三, 进入全国前10名: a place in a ranking, at most the number. */
    private static final Pattern RANK = Pattern.compile(
            "(?<=居|列|进入|入围|保持|位列|跻身)[^,，。;；\\n]{0,10}?前(?<n>\\d{1,3}|[一二三四五六七八九十]{1,3})(?<u>名|位)?(?![\\d万亿个家%])");
    /** 万亿级, 7000亿级: an industry of that scale in yuan; a scale word without a number is one of it. */
    private static final Pattern SCALE = Pattern.compile("(?<![\\d.])(?<n>\\d+(?:\\.\\d+)?)?(?<u>万亿|千亿|百亿|亿)级");

    private static final String CN = "[一二两三四五六七八九十百千]+";
    private final Pattern number;
    private final List<Pattern> exclusions = new ArrayList<>();
    private final List<Cue<Comparator>> comparators = new ArrayList<>();
    private final List<Cue<FigureQualifier>> qualifiers = new ArrayList<>();
    private final Map<String, UnitKind> unitKinds = new HashMap<>();

    Quantities() {
        for (DataFiles.Row row : DataFiles.readRows("cues/quantity-units.tsv")) {
            unitKinds.put(row.requireFields(2, "unit<TAB>kind").field(0), row.notation(1, UnitKind.class));
        }
        List<String> units = new ArrayList<>(unitKinds.keySet());
        units.sort(java.util.Comparator.comparingInt(String::length).reversed());
        String unitAlt = String.join("|", units.stream().map(Pattern::quote).toList());
        // 3,150件: a thousands separator between groups of three digits belongs to the number
        number = Pattern.compile("(?<![\\d.])(?<!\\d,)(?<n>\\d{1,3}(?:,\\d{3})+(?![\\d])(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|" + CN + ")(?:\\s*[-—–~～至到]\\s*(?<n2>\\d+(?:\\.\\d+)?|" + CN
                + "))?\\s*(?<mid>余|多)?(?<u>" + unitAlt + ")(?<post>以上|以内|之内|以下|内|左右)?");
        exclusions.addAll(DataFiles.readPatterns("cues/quantity-exclusions.txt"));
        for (DataFiles.Row r : DataFiles.readRows("cues/comparators.tsv")) {
            r.requireFields(3, "cue<TAB>comparator<TAB>position");
            comparators.add(new Cue<>(r.field(0), r.parsed(1, Comparator::ofSymbol), r.parsed(2, Position::ofCue)));
        }
        for (DataFiles.Row r : DataFiles.readRows("cues/figure-qualifiers.tsv")) {
            r.requireFields(3, "cue<TAB>qualifier<TAB>position");
            qualifiers.add(new Cue<>(r.field(0), r.notation(1, FigureQualifier.class), r.parsed(2, Position::ofCue)));
        }
        comparators.sort(java.util.Comparator.comparingInt((Cue<?> c) -> c.word().length()).reversed());
        qualifiers.sort(java.util.Comparator.comparingInt((Cue<?> c) -> c.word().length()).reversed());
    }

    /** The text with what stands inside 《》, 〈〉 and “” replaced by a filler of the same length. */
    static String mask(String text) {
        StringBuilder b = new StringBuilder(text);
        int depth = 0;
        boolean quote = false;
        for (int i = 0; i < b.length(); i++) {
            char c = b.charAt(i);
            if (c == '《' || c == '〈') {
                depth++;
            } else if ((c == '》' || c == '〉') && depth > 0) {
                depth--;
            } else if (c == '“') {
                quote = true;
            } else if (c == '”') {
                quote = false;
            } else if ((depth > 0 || quote) && c != '\n') {
                b.setCharAt(i, '〇');
            }
        }
        return b.toString();
    }

    List<Quantity> find(String masked) {
        List<Quantity> out = new ArrayList<>();
        Matcher m = number.matcher(masked);
        while (m.find()) {
            String n = m.group("n");
            String unit = m.group("u");
            boolean chinese = !Character.isDigit(n.charAt(0));
            int s = m.start();
            if (s > 0 && masked.charAt(s - 1) == '第') {
                continue;
            }
            if (!chinese && n.length() == 4 && n.matches("(?:19|20)\\d\\d") && (unit.equals("年") || unit.equals("个"))) {
                continue;
            }
            if (unit.equals("年") && !(precededBy(masked, s, "每隔", "隔") || "内".equals(m.group("post")) || "以内".equals(m.group("post"))
                    || comparatorJustBefore(masked.substring(Math.max(0, s - 6), s)))) {
                continue;
            }
            if ((unit.equals("日") || unit.equals("天")) && s > 0 && masked.charAt(s - 1) == '月') {
                continue;
            }
            int unitEnd = m.end("u");
            // matched where the unit ends, not on a copy of the rest of the text: a copy per number was quadratic
            if (exclusions.stream().anyMatch(p -> p.matcher(masked).region(unitEnd, masked.length()).lookingAt())) {
                continue;
            }
            if (m.group("post") != null && m.group("post").equals("内") && masked.startsWith("容", unitEnd)) {
                continue;
            }
            BigDecimal value = chinese ? BigDecimal.valueOf(ChineseNumerals.parse(n)) : new BigDecimal(n.replace(",", ""));
            out.add(new Quantity(s, m.end(), value, unit, unit, unitKinds.get(unit), m.group("n2") != null, chinese, m.group("mid"),
                    m.group("post")));
        }
        Matcher rank = RANK.matcher(masked);
        while (rank.find()) {
            String n = rank.group("n");
            BigDecimal value = Character.isDigit(n.charAt(0)) ? new BigDecimal(n) : BigDecimal.valueOf(ChineseNumerals.parse(n));
            out.add(new Quantity(rank.start("n"), rank.end(), value, "名次", "名", UnitKind.RANK, false, false, null, null));
        }
        Matcher scale = SCALE.matcher(masked);
        while (scale.find()) {
            String word = scale.group("u");
            BigDecimal times = switch (word) {
                case "千亿" -> BigDecimal.valueOf(1000);
                case "百亿" -> BigDecimal.valueOf(100);
                default -> BigDecimal.ONE;
            };
            String unit = word.equals("万亿") ? "万亿元" : "亿元";
            BigDecimal value = scale.group("n") != null ? new BigDecimal(scale.group("n")).multiply(times) : times;
            int start = scale.group("n") != null ? scale.start("n") : scale.start("u");
            // 7000亿级 is one amount of money, not also 7000 亿 counted
            out.removeIf(q -> q.start() < scale.end() && start < q.end());
            out.add(new Quantity(start, scale.end(), value, unit, unit, UnitKind.MONEY, false, false, null, null));
        }
        out.sort(java.util.Comparator.comparingInt(Quantity::start));
        return out;
    }

    private static boolean precededBy(String text, int at, String... words) {
        for (String w : words) {
            if (at >= w.length() && text.startsWith(w, at - w.length())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The comparator of a target: a cue after the unit (以上, 以内, 左右), else one right before the number
     * (约), else the cue nearest the number within {@code before}, else the default: a rate or a range
     * (5-6个) is at least its number, a rank at most, a bare count exactly.
     */
    Comparator comparator(String before, Quantity q) {
        if (q.after() != null) {
            for (Cue<Comparator> c : comparators) {
                if (c.position() == Position.AFTER && c.word().equals(q.after())) {
                    return c.value();
                }
            }
        }
        for (Cue<Comparator> c : comparators) {
            if (c.position() == Position.JUST_BEFORE && before.endsWith(c.word())) {
                return c.value();
            }
        }
        Cue<Comparator> best = null;
        int bestEnd = -1;
        for (Cue<Comparator> c : comparators) {
            if (c.position() != Position.BEFORE) {
                continue;
            }
            int i = before.lastIndexOf(c.word());
            if (i >= 0 && i + c.word().length() > bestEnd) {
                best = c;
                bestEnd = i + c.word().length();
            }
        }
        if (best != null) {
            return best.value();
        }
        if (q.kind() == UnitKind.RANK) {
            return Comparator.AT_MOST;
        }
        return q.kind() == UnitKind.SHARE || q.range() ? Comparator.AT_LEAST : Comparator.EXACTLY;
    }

    /** True if a comparator cue such as 至少 stands within a few characters before the number. */
    boolean comparatorJustBefore(String before) {
        String tail = before.length() > 6 ? before.substring(before.length() - 6) : before;
        for (Cue<Comparator> c : comparators) {
            if (c.position() == Position.BEFORE && !c.word().startsWith("达") && tail.contains(c.word())) {
                return true;
            }
        }
        return false;
    }

    /** The qualifier of a reported figure: exact, more-than or approx. */
    FigureQualifier qualifier(String before, Quantity q) {
        for (Cue<FigureQualifier> c : qualifiers) {
            if (c.position() == Position.BETWEEN && c.word().equals(q.between())) {
                return c.value();
            }
            if (c.position() == Position.AFTER && c.word().equals(q.after())) {
                return c.value();
            }
        }
        for (Cue<FigureQualifier> c : qualifiers) {
            if (c.position() == Position.BEFORE && before.endsWith(c.word())) {
                return c.value();
            }
        }
        return FigureQualifier.EXACT;
    }

    /**
     * How many rates a clause gives one number for: {@code 报备率、报备及时率、规范率均达到100%} is three.
     * Returns the rate names, or an empty list when the clause names one.
     */
    static List<String> sharedRates(String before) {
        String s = SHARED_RATE_VERB.matcher(before).replaceAll("");
        // Read by hand, not with one regex: the list (?:X+?率[、及和与])+X+?率$ can split a run of rates
        // in exponentially many ways, and backtracked for seconds (then overflowed the stack) on a long one.
        // The list is the text after the last clause break when it ends with a rate name and has a
        // separator right after an earlier rate name, each name at least one character long.
        int from = 0;
        for (int i = s.length() - 1; i >= 0; i--) {
            if (",，。;；".indexOf(s.charAt(i)) >= 0) {
                from = i + 1;
                break;
            }
        }
        String list = s.substring(from);
        int lastRate = rateNameEnding(list, list.length());
        for (int i = 1; i < list.length() && lastRate > 0; i++) {
            if (RATE_SEPARATORS.indexOf(list.charAt(i)) >= 0 && rateNameEnding(list, i) > 0) {
                return lastRate > i + 1 ? List.of(RATE_LIST_SEPARATOR.split(list)) : List.of();
            }
        }
        return List.of();
    }

    /**
     * The subjects that share one number through 均 or 都: {@code 数字产业化和产业数字化产业规模均达到7000亿级}
     * is two targets. Empty unless the words before the number end with 均 or 都 (and a verb) after a
     * list joined by 和, 与, 及 or 、.
     */
    static List<String> sharedSubjects(String before) {
        // 均 or 都 stands right before the number and its verb: checked first, as the pattern is slow to fail
        int mark = Math.max(before.lastIndexOf('均'), before.lastIndexOf('都'));
        if (mark < 0 || before.length() - mark > SHARED_VERB_REACH) {
            return List.of();
        }
        Matcher m = SHARED_SUBJECTS.matcher(before);
        if (!m.find()) {
            return List.of();
        }
        String list = m.group(1);
        for (int i = list.length() - 1; i >= 0; i--) {
            if (",，。;；:：".indexOf(list.charAt(i)) >= 0) {
                list = list.substring(i + 1);
                break;
            }
        }
        List<String> parts = List.of(SUBJECT_SEPARATOR.split(list.strip()));
        return parts.size() >= 2 && parts.stream().allMatch(p -> p.strip().length() >= 2) ? parts : List.of();
    }

    private static final int SHARED_VERB_REACH = 5;
    private static final Pattern SHARED_SUBJECTS = Pattern.compile("(.+?)(?:均|都)(?:达到|达|超过|超|提高到|保持在|为|实现|突破|不低于|不少于)?$");
    private static final Pattern SUBJECT_SEPARATOR = Pattern.compile("[、和与及]");

    private static final Pattern RATE_LIST_SEPARATOR = Pattern.compile("(?<=率|比例|占比)[、及和与]");
    private static final Pattern SHARED_RATE_VERB = Pattern.compile("(?:均|都|全部|分别|平均)?(?:达到|达|超过|超|提高到|保持在|为)?$");
    private static final String RATE_SEPARATORS = "、及和与";
    private static final List<String> RATE_NAMES = List.of("率", "比例", "占比");

    /** Where the rate name (率, 比例, 占比) that ends {@code s[0, end)} starts, or -1. */
    private static int rateNameEnding(String s, int end) {
        for (String name : RATE_NAMES) {
            if (s.startsWith(name, end - name.length()) && end - name.length() >= 0) {
                return end - name.length();
            }
        }
        return -1;
    }
}
