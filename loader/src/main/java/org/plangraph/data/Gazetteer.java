package org.plangraph.data;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Chinese administrative divisions (provinces, prefecture-level divisions, county-level cities) from
 * {@code ontology/reference/admin-divisions.tsv}, used to recognise the jurisdiction a document governs.
 */
public final class Gazetteer {
    /** One division. Level is province, prefecture or county. */
    public record Area(String name, String level, String province, String parent) {
    }

    private static volatile Gazetteer standard;

    private final Map<String, Area> byName = new HashMap<>();
    private final List<String> namesLongestFirst;
    /** Each name's place in {@link #namesLongestFirst}: where names overlap, the earlier one counts. */
    private final Map<String, Integer> precedence = new HashMap<>();
    private final java.util.Set<Character> firstCharacters = new java.util.HashSet<>();
    private final int shortest;
    private final int longest;

    public Gazetteer(List<Area> areas) {
        for (Area a : areas) {
            byName.putIfAbsent(a.name(), a);
        }
        for (Area a : areas) {
            shortName(a).ifPresent(alias -> byName.putIfAbsent(alias, a));
        }
        List<String> names = new ArrayList<>(byName.keySet());
        // aliases were added above, so the names include them
        names.sort((x, y) -> y.length() != x.length() ? y.length() - x.length() : x.compareTo(y));
        namesLongestFirst = Collections.unmodifiableList(names);
        for (int i = 0; i < names.size(); i++) {
            precedence.put(names.get(i), i);
            firstCharacters.add(names.get(i).charAt(0));
        }
        longest = names.isEmpty() ? 0 : names.get(0).length();
        shortest = names.isEmpty() ? 0 : names.get(names.size() - 1).length();
    }

    public static Gazetteer standard() {
        if (standard == null) {
            synchronized (Gazetteer.class) {
                if (standard == null) {
                    List<Area> areas = new ArrayList<>();
                    for (String[] row : DataFiles.readTable("reference/admin-divisions.tsv")) {
                        if (row.length < 3 || row[0].equals("name")) {
                            continue;
                        }
                        areas.add(new Area(row[0].strip(), row[1].strip(), row[2].strip(), row.length > 3 ? row[3].strip() : ""));
                    }
                    standard = new Gazetteer(areas);
                }
            }
        }
        return standard;
    }

    public Optional<Area> byName(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /**
     * The short name a division is printed under where one is usual: 山东 (山东省), 广西 (广西壮族自治区),
     * 阿坝州 (阿坝藏族羌族自治州). Prefecture-level cities and county-level cities have none; their
     * names without 市 are too often words or other places.
     */
    static Optional<String> shortName(Area a) {
        String name = a.name();
        if (a.level().equals("province")) {
            String s = name.replaceFirst("(?:壮族|回族|维吾尔)?自治区$|省$|市$|特别行政区$", "");
            return s.length() >= 2 && !s.equals(name) ? Optional.of(s) : Optional.empty();
        }
        if (name.endsWith("自治州")) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(\\p{IsHan}{2,4}?)(?:[\\p{IsHan}]{1,3}族|蒙古|哈萨克|柯尔克孜)").matcher(name);
            if (m.find()) {
                return Optional.of(m.group(1) + "州");
            }
        }
        return Optional.empty();
    }

    /** The division name, or short name, that {@code text} starts with, as printed. */
    public Optional<String> printedPrefix(String text) {
        for (String name : namesLongestFirst) {
            if (text.startsWith(name)) {
                return Optional.of(name);
            }
        }
        return Optional.empty();
    }

    /** The longest division name (or short name) that {@code text} starts with. */
    public Optional<Area> prefixOf(String text) {
        return printedPrefix(text).map(byName::get);
    }

    /**
     * How often each division is named in {@code text}, longer names taking precedence where they
     * overlap: names are taken longest first, each one's occurrences left to right and not
     * overlapping each other, and an occurrence counts unless its first character lies in one taken
     * before. The occurrences are found in one pass over the text, looking up the few lengths a name
     * can have at each character that can begin one, not by a search of the text per name.
     */
    public Map<Area, Integer> count(String text) {
        List<int[]> found = new ArrayList<>(); // {precedence, start}
        for (int start = 0; start < text.length(); start++) {
            if (!firstCharacters.contains(text.charAt(start))) {
                continue;
            }
            for (int length = shortest; length <= longest && start + length <= text.length(); length++) {
                Integer rank = precedence.get(text.substring(start, start + length));
                if (rank != null) {
                    found.add(new int[] {rank, start});
                }
            }
        }
        found.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]));
        Map<Area, Integer> counts = new HashMap<>();
        boolean[] taken = new boolean[text.length()];
        int previousRank = -1;
        int endOfPrevious = 0;
        for (int[] occurrence : found) {
            String name = namesLongestFirst.get(occurrence[0]);
            int start = occurrence[1];
            if (occurrence[0] == previousRank && start < endOfPrevious) {
                continue;
            }
            previousRank = occurrence[0];
            endOfPrevious = start + name.length();
            if (!taken[start]) {
                counts.merge(byName.get(name), 1, Integer::sum);
                java.util.Arrays.fill(taken, start, start + name.length(), true);
            }
        }
        return counts;
    }

    /** The province-level division an area lies in (itself for a province). */
    public Optional<Area> provinceOf(Area area) {
        if (area.level().equals("province")) {
            return Optional.of(area);
        }
        return byName(area.province());
    }
}
