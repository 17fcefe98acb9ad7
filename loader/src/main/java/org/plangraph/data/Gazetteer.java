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

    public Gazetteer(List<Area> areas) {
        for (Area a : areas) {
            byName.putIfAbsent(a.name(), a);
        }
        List<String> names = new ArrayList<>(byName.keySet());
        names.sort((x, y) -> y.length() != x.length() ? y.length() - x.length() : x.compareTo(y));
        namesLongestFirst = Collections.unmodifiableList(names);
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

    /** The longest division name that {@code text} starts with. */
    public Optional<Area> prefixOf(String text) {
        for (String name : namesLongestFirst) {
            if (text.startsWith(name)) {
                return Optional.of(byName.get(name));
            }
        }
        return Optional.empty();
    }

    /** How often each division is named in {@code text}, longer names taking precedence where they overlap. */
    public Map<Area, Integer> count(String text) {
        Map<Area, Integer> counts = new HashMap<>();
        boolean[] taken = new boolean[text.length()];
        for (String name : namesLongestFirst) {
            int from = 0;
            while ((from = text.indexOf(name, from)) >= 0) {
                if (!taken[from]) {
                    counts.merge(byName.get(name), 1, Integer::sum);
                    java.util.Arrays.fill(taken, from, from + name.length(), true);
                }
                from += name.length();
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
