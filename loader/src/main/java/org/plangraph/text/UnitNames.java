package org.plangraph.text;

import java.util.regex.Pattern;

/** How Chinese unit names are built, shared by the stages that split, name and identify units. */
public final class UnitNames {
    /** A level prefix relative to a jurisdiction: 市, 县, 区, 省, 州 — but not the first character of 市场, 区域, 县域. */
    public static final Pattern LEVEL_PREFIX = Pattern.compile("^(?:中共)?([省市县区州]|镇(?!村|级|街)|乡(?!村|镇|级))(?![场域块])");
    /** A development zone, which names its own place: 抚州高新区管委会. */
    public static final Pattern ZONE_PREFIX = Pattern.compile("^(\\p{IsHan}{2,8}?(?:高新区|新区|开发区|经开区|园区|示范区|管理区|试验区))");
    /** A group named together: 市直有关部门, 各县(区)政府, 全市各级行政机关. */
    public static final Pattern COLLECTIVE = Pattern.compile("^各|^全|有关|各部门|各单位|各级|直属|直各|人民团体|相关");
    /** The ending of an agency's name. */
    public static final Pattern AGENCY_END = Pattern.compile(
            "(?:局|办|委|院|部|室|厅|会|府|处|中心|队|所|站|组|庭|署|台|馆|社|团|单位|部门|机关|组织)$");

    private UnitNames() {
    }
}
