package org.plangraph.link;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.plangraph.data.AgencyVocabulary;
import org.plangraph.data.Gazetteer;
import org.plangraph.model.AgencyIdentity;
import org.plangraph.model.UnitMention;
import org.plangraph.text.UnitNames;

/**
 * One identity per agency: the same agency gets the same key in every document of its jurisdiction
 * (市发改委 and 抚州市发展和改革委员会 are one), and never shares one with another jurisdiction's
 * (抚州市司法局 ≠ 石嘴山市司法局). Abbreviations resolve through {@link AgencyVocabulary}.
 */
public final class AgencyNames {
    private static final Pattern LEVEL = UnitNames.LEVEL_PREFIX;
    private static final Pattern MASKED = Pattern.compile("^(" + org.plangraph.text.Withheld.PLACE.pattern() + ")");
    private static final Pattern COLLECTIVE = UnitNames.COLLECTIVE;
    private static final String PARTY_COMMITTEE = "dw";
    private static final Pattern ZONE = UnitNames.ZONE_PREFIX;
    private static final String NATIONAL = "全国";

    private final Gazetteer gazetteer;
    private final AgencyVocabulary vocabulary;

    public AgencyNames(Gazetteer gazetteer, AgencyVocabulary vocabulary) {
        this.gazetteer = gazetteer;
        this.vocabulary = vocabulary;
    }

    public static AgencyNames standard() {
        return new AgencyNames(Gazetteer.standard(), AgencyVocabulary.standard());
    }

    /** A unit name split into the area it belongs to and the rest. */
    private record Parts(boolean party, String area, String rest) {
    }

    private Parts parts(String name, String documentJurisdiction) {
        boolean party = name.startsWith("中共");
        String n = party ? name.substring(2) : name;
        Optional<Gazetteer.Area> place = gazetteer.prefixOf(n);
        if (place.isPresent()) {
            // printed in full or by its short name (阿坝州 for 阿坝藏族羌族自治州)
            int printed = gazetteer.printedPrefix(n).map(String::length).orElse(place.get().name().length());
            return new Parts(party, place.get().name(), n.substring(printed));
        }
        if (documentJurisdiction != null && n.startsWith(documentJurisdiction)) {
            // a place the gazetteer does not list (a county) named in full: 安远县司法局
            return new Parts(party, documentJurisdiction, n.substring(documentJurisdiction.length()));
        }
        Matcher masked = MASKED.matcher(n);
        if (masked.find()) {
            return new Parts(party, masked.group(1), n.substring(masked.end()));
        }
        Matcher level = LEVEL.matcher(n);
        if (level.find() && documentJurisdiction != null && documentJurisdiction.endsWith(level.group(1))) {
            return new Parts(party, documentJurisdiction, n.substring(1));
        }
        return new Parts(party, documentJurisdiction, n);
    }

    public AgencyIdentity identify(UnitMention unit, String documentJurisdiction) {
        Parts p = parts(unit.name(), documentJurisdiction);
        boolean collective = unit.collective() || COLLECTIVE.matcher(unit.name()).find();
        String area = p.area();
        // central organs (国务院, 财政部) carry no place in their names
        String namePrefix = area == null || NATIONAL.equals(area) ? "" : area;
        String rest = p.rest();
        Optional<AgencyVocabulary.AgencyType> type = collective ? Optional.empty() : vocabulary.byLabel(rest);
        if (type.isEmpty() && !collective && rest.startsWith("人民")) {
            type = vocabulary.byLabel(rest.substring(2));
        }
        String canonical;
        String identity;
        if (type.isPresent()) {
            AgencyVocabulary.AgencyType t = type.get();
            boolean partyOrgan = p.party() || rest.startsWith("委");
            identity = t.notation();
            if (t.notation().equals(PARTY_COMMITTEE)) {
                canonical = "中共" + namePrefix + "委";
            } else {
                // the general office's full name repeats the committee: 中共X市委 + 党委办公室 → 中共X市委办公室
                boolean provincial = area != null && gazetteer.byName(area).map(a -> a.level().equals("province")).orElse(false);
                String fullName = t.fullName(provincial);
                String organ = partyOrgan && fullName.startsWith("党委") ? fullName.substring(2) : fullName;
                // a name printed in full stays as printed: 办公厅 (provinces) and 办公室 (cities), 水务局 and 水利局
                // share a concept, but each jurisdiction's organ has one name; only abbreviations are expanded
                String printedOrgan = partyOrgan && rest.startsWith("委") ? rest.substring(1) : rest;
                if (printedOrgan.length() >= organ.length() && !printedOrgan.isEmpty()) {
                    organ = printedOrgan;
                }
                canonical = (partyOrgan ? "中共" : "") + namePrefix + (partyOrgan ? "委" : "") + organ;
            }
        } else {
            identity = "name:" + rest.replace("人民政府", "政府");
            boolean namesItsOwnPlace = rest.startsWith("各") || ZONE.matcher(rest).find();
            canonical = (p.party() ? "中共" : "") + (namesItsOwnPlace ? "" : namePrefix) + rest;
            if (rest.startsWith("各") && area != null) {
                identity = "name:" + rest;
            }
        }
        String qualified = qualified(unit.name(), documentJurisdiction);
        return new AgencyIdentity(canonical, qualified, area, (area == null ? "" : area) + "|" + identity, collective);
    }

    /** The name as written with a relative level prefix written out: 市司法局 → 抚州市司法局, 中共市委 → 中共抚州市委. */
    public String qualified(String name, String jurisdiction) {
        if (jurisdiction == null || name.startsWith(jurisdiction) || name.startsWith("中共" + jurisdiction)) {
            return name;
        }
        String level = jurisdiction.substring(jurisdiction.length() - 1);
        boolean party = name.startsWith("中共");
        String rest = party ? name.substring(2) : name;
        Matcher m = LEVEL.matcher(rest);
        if (m.find() && m.group(1).equals(level)) {
            return (party ? "中共" : "") + jurisdiction + rest.substring(1);
        }
        return name;
    }
}
