package org.plangraph.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.plangraph.data.Gazetteer;
import org.plangraph.model.UnitMention;

/**
 * Splits a list of unit names as documents print them ({@code 市发改委、审批局、工信局},
 * {@code 市委依法治市办(市司法局)、政府办公室}) into one mention per unit: a jurisdiction prefix the
 * list distributes is written out ({@code 市审批局}), an alias in brackets stays with its unit, and
 * brackets that belong to a name ({@code 各县(区)政府}, {@code 县(市、区)}) are kept.
 */
public final class UnitLists {
    private static final Pattern LEVEL = UnitNames.LEVEL_PREFIX;
    private static final Pattern ZONE = UnitNames.ZONE_PREFIX;
    private static final Pattern GOVERNMENT = Pattern.compile("^(?:中共)?[省市县区州](?:人民)?政府");
    /** Items that belong to the government named before them: 市政府各部门、直属事业单位 → 市政府直属事业单位. */
    private static final Pattern UNDER_GOVERNMENT = Pattern.compile("^(?:直属|所属)");
    /** A bracketed part that belongs to the name: (区), (市、区), (街道), (社区). */
    private static final Pattern NAME_BRACKET = Pattern.compile("^[县市区乡镇街道社村、州旗盟]+$");
    private static final Pattern AGENCY_END = UnitNames.AGENCY_END;
    private static final Pattern ALIAS = Pattern.compile("^(.+?)[(〔\\[]([^()〔〕\\[\\]]+)[)〕\\]]$");
    private static final Pattern COLLECTIVE = UnitNames.COLLECTIVE;
    private static final Pattern CONNECTIVE = Pattern.compile("^(?:和|及|以及|与|会同)");

    /** Units always named in full, which take no distributed prefix (cues/units-named-in-full.txt). */
    private static final List<Pattern> NAMED_IN_FULL = org.plangraph.data.DataFiles.readPatterns("cues/units-named-in-full.txt");

    private UnitLists() {
    }

    public static List<UnitMention> parse(String list) {
        List<UnitMention> out = new ArrayList<>();
        String levelPrefix = null;
        String governmentPrefix = null;
        for (String raw : splitTopLevel(list)) {
            String item = CONNECTIVE.matcher(raw.strip()).replaceFirst("").strip();
            if (item.isEmpty()) {
                continue;
            }
            String alias = null;
            Matcher bracket = ALIAS.matcher(item);
            if (bracket.matches() && !NAME_BRACKET.matcher(bracket.group(2)).matches() && AGENCY_END.matcher(bracket.group(2)).find()) {
                item = bracket.group(1).strip();
                alias = bracket.group(2).strip();
            }
            String name = item;
            if (namedInFull(item)) {
                // takes no prefix, and keeps the list's prefix for the units after it
                name = item;
            } else if (!hasOwnPrefix(item)) {
                if (UNDER_GOVERNMENT.matcher(item).find() && governmentPrefix != null) {
                    name = governmentPrefix + item;
                } else if (levelPrefix != null && !item.startsWith("各") && !item.startsWith("全")) {
                    name = levelPrefix + item;
                }
            } else {
                Matcher level = LEVEL.matcher(item);
                Matcher zone = ZONE.matcher(item);
                if (level.find()) {
                    levelPrefix = level.group(1);
                } else if (zone.find()) {
                    levelPrefix = zone.group(1);
                }
                Matcher government = GOVERNMENT.matcher(item);
                governmentPrefix = government.find() ? government.group() : governmentPrefix;
            }
            if (alias != null && !hasOwnPrefix(alias) && levelPrefix != null) {
                alias = levelPrefix + alias;
            }
            out.add(new UnitMention(raw.strip(), name, alias, COLLECTIVE.matcher(name).find()));
        }
        return out;
    }

    private static boolean namedInFull(String item) {
        return NAMED_IN_FULL.stream().anyMatch(p -> p.matcher(item).find());
    }

    /** True if the item names its own jurisdiction or level, so it takes no distributed prefix. */
    public static boolean hasOwnPrefix(String item) {
        return LEVEL.matcher(item).find() || item.startsWith("各") || item.startsWith("全") || item.startsWith("中共")
                || ZONE.matcher(item).find() || Gazetteer.standard().prefixOf(item).isPresent()
                || item.startsWith("*");
    }

    /** Splits on 、 , ; white space, and 等 before a further unit, outside brackets. */
    public static List<String> splitTopLevel(String list) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < list.length(); i++) {
            char c = list.charAt(i);
            if (c == '(' || c == '〔' || c == '[' || c == '（') {
                depth++;
            } else if ((c == ')' || c == '〕' || c == ']' || c == '）') && depth > 0) {
                depth--;
            }
            boolean separator = c == '、' || c == ',' || c == '，' || c == ';' || c == '；' || c == ' ' || c == '\u3000';
            // 市政府办公室等政府各部门: 等 closes a unit when another unit name follows it
            boolean etc = c == '等' && depth == 0 && current.length() > 0 && AGENCY_END.matcher(current).find()
                    && i + 1 < list.length() && Character.UnicodeScript.of(list.charAt(i + 1)) == Character.UnicodeScript.HAN;
            if ((separator || etc) && depth == 0) {
                if (!current.toString().isBlank()) {
                    parts.add(current.toString());
                }
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        if (!current.toString().isBlank()) {
            String last = current.toString().replaceFirst("等$", "");
            if (!last.isBlank()) {
                parts.add(last);
            }
        }
        return parts;
    }
}
