package org.plangraph.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class GazetteerTest {
    private final Gazetteer gazetteer = Gazetteer.standard();

    private Map<String, Integer> named(String text) {
        Map<String, Integer> byName = new HashMap<>();
        gazetteer.count(text).forEach((area, n) -> byName.put(area.name(), n));
        return byName;
    }

    @Test
    void aLongerNameTakesPrecedenceOverTheShorterOneInsideIt() {
        // 抚州市 twice; its province twice in full and once by its short name 江西
        assertEquals(Map.of("抚州市", 2, "江西省", 3), named("江西省抚州市人民政府：抚州市司法局牵头，江西各地参照执行。江西省司法厅"));
    }

    @Test
    void aTextNamingNoDivisionCountsNone() {
        assertEquals(Map.of(), named("各县（市、区）人民政府，市直各部门：现将实施方案印发给你们。"));
    }

    /** The rule as first written: a search of the whole text per name, longest names first. */
    private static Map<Gazetteer.Area, Integer> searchedPerName(Gazetteer g, List<String> namesLongestFirst, String text) {
        Map<Gazetteer.Area, Integer> counts = new HashMap<>();
        boolean[] taken = new boolean[text.length()];
        for (String name : namesLongestFirst) {
            int from = 0;
            while ((from = text.indexOf(name, from)) >= 0) {
                if (!taken[from]) {
                    counts.merge(g.byName(name).orElseThrow(), 1, Integer::sum);
                    Arrays.fill(taken, from, from + name.length(), true);
                }
                from += name.length();
            }
        }
        return counts;
    }

    @Test
    void onePassOverTheTextCountsWhatASearchPerNameCounts() {
        List<String> names = new ArrayList<>();
        for (String[] row : DataFiles.readTable("reference/admin-divisions.tsv")) {
            if (row.length >= 3 && !row[0].equals("name")) {
                names.add(row[0].strip());
                Gazetteer.shortName(new Gazetteer.Area(row[0].strip(), row[1].strip(), row[2].strip(), "")).ifPresent(names::add);
            }
        }
        List<String> longestFirst = names.stream().distinct()
                .sorted((x, y) -> y.length() != x.length() ? y.length() - x.length() : x.compareTo(y)).toList();
        String[] filler = {"人民政府", "市", "县", "关于", "，", "司法局", "州", "自治", "省", "区"};
        Random random = new Random(20261201);
        for (int t = 0; t < 300; t++) {
            StringBuilder text = new StringBuilder();
            for (int piece = 0; piece < 40; piece++) {
                String name = longestFirst.get(random.nextInt(longestFirst.size()));
                switch (random.nextInt(4)) {
                    case 0 -> text.append(name);
                    case 1 -> text.append(name, 0, Math.max(1, name.length() - 1)); // a name cut short
                    case 2 -> text.append(name.substring(1)); // a name missing its first character
                    default -> text.append(filler[random.nextInt(filler.length)]);
                }
            }
            String s = text.toString();
            assertEquals(searchedPerName(gazetteer, longestFirst, s), gazetteer.count(s), s);
        }
    }
}
