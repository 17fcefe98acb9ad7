package org.plangraph.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.plangraph.model.UnitMention;

/**
 * Splits a list of unit names as documents print them ({@code 市发改委、审批局、工信局},
 * {@code 市委依法治市办(市司法局)、政府办公室}) into one mention per unit: a jurisdiction prefix the
 * list distributes is written out, an alias in brackets stays with its unit, and brackets that belong
 * to a name ({@code 各县(区)政府}, {@code 县(市、区)}) are kept.
 */
public final class UnitLists {
    private static final Pattern LEVEL_PREFIX = Pattern.compile("^(?:中共)?(?:[省市县区州]|自治区|市委|县委|区委|省委)");
    private static final Pattern PLACE_PREFIX = Pattern.compile("^(.{2,8}?(?:高新区|新区|开发区|经开区|园区|示范区|自治州|自治县|地区|市|县|区|省))");
    private static final Pattern GOVERNMENT_PREFIX = Pattern.compile("^(.{0,10}?(?:人民政府|政府|市委|县委|区委))");
    private static final Pattern BELONGS_TO_GOVERNMENT = Pattern.compile("^(?:直属|各部门|各单位|所属|有关部门|部门)");
    /** A bracketed part that belongs to the name: (区), (市、区), (街道), (社区) and the like. */
    private static final Pattern NAME_BRACKET = Pattern.compile("^[县市区乡镇街道社村、州旗盟]+$");
    private static final Pattern AGENCY_END = Pattern.compile("(?:局|办|委|院|部|室|厅|会|府|处|中心|队|所|站|组|庭|署|台|馆|社|团)$");
    private static final Pattern COLLECTIVE = Pattern.compile("^各|有关|各部门|各单位|各级|直属|直各|人民团体|等(?:部门|单位)?$|相关");

    private UnitLists() {
    }

    public static List<UnitMention> parse(String list) {
        List<UnitMention> out = new ArrayList<>();
        String distributedPrefix = null;
        for (String raw : splitTopLevel(list)) {
            String item = raw.strip().replaceAll("^(?:和|及|以及|与)", "").replaceAll("(?:等)$", "").strip();
            if (item.isEmpty()) {
                continue;
            }
            String alias = null;
            Matcher bracket = Pattern.compile("^(.+?)[(〔\\[]([^()〔〕\\[\\]]+)[)〕\\]]$").matcher(item);
            if (bracket.matches() && !NAME_BRACKET.matcher(bracket.group(2)).matches() && AGENCY_END.matcher(bracket.group(2)).find()) {
                item = bracket.group(1).strip();
                alias = bracket.group(2).strip();
            }
            String name = item;
            if (distributedPrefix != null && !hasOwnPrefix(item)) {
                name = distributedPrefix + item;
            } else if (BELONGS_TO_GOVERNMENT.matcher(item).find() && distributedPrefix != null) {
                name = distributedPrefix + item;
            }
            if (out.isEmpty() || hasOwnPrefix(item)) {
                distributedPrefix = prefixToDistribute(item);
            }
            if (alias != null && !hasOwnPrefix(alias)) {
                String prefix = prefixToDistribute(name);
                if (prefix != null) {
                    alias = levelPrefix(prefix) + alias;
                }
            }
            boolean collective = COLLECTIVE.matcher(name).find();
            out.add(new UnitMention(raw.strip(), name, alias, collective, null, null, null));
        }
        return out;
    }

    /** The prefix a list's later items inherit from this one, or null. */
    private static String prefixToDistribute(String item) {
        Matcher place = PLACE_PREFIX.matcher(item.replaceFirst("^中共", ""));
        if (item.startsWith("各") || item.startsWith("全")) {
            return null;
        }
        Matcher level = LEVEL_PREFIX.matcher(item);
        if (level.find()) {
            String p = level.group();
            return p.replaceFirst("^中共", "").substring(0, 1);
        }
        if (place.find() && place.group(1).length() < item.length()) {
            return place.group(1);
        }
        return null;
    }

    private static String levelPrefix(String prefix) {
        return prefix.length() == 1 ? prefix : prefix;
    }

    /** True if the item names its own jurisdiction or level, so it takes no distributed prefix. */
    public static boolean hasOwnPrefix(String item) {
        return LEVEL_PREFIX.matcher(item).find() || item.startsWith("各") || item.startsWith("全")
                || (PLACE_PREFIX.matcher(item).find() && !AGENCY_START.matcher(item).find());
    }

    private static final Pattern AGENCY_START = Pattern.compile("^(?:发改|审批|工信|司法|财政|公安|民政|商务|教育|科技|应急|住建|交通|农业|水利|林业|审计|统计|税务|人社|自然|生态|文旅|文广|卫健|医保|信访|政务|大数据|城市|市场|政府|法院|检察|纪委|组织|宣传|统战|政法|编办|党校|档案|机关|国资|退役|体育|气象|烟草|邮政|消防)");

    /** Splits on 、 , ; and white space runs outside brackets. */
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
            if (separator && depth == 0) {
                if (!current.toString().isBlank()) {
                    parts.add(current.toString());
                }
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        if (!current.toString().isBlank()) {
            parts.add(current.toString());
        }
        return parts;
    }
}
