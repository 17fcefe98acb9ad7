package org.plangraph.link;

import java.util.regex.Pattern;
import org.plangraph.data.Gazetteer;
import org.plangraph.model.UnitMention;

/**
 * Canonical agency names within a jurisdiction: a name written relative to its level ({@code 市司法局})
 * is written out with the jurisdiction ({@code 抚州市司法局}), so that both spellings are one agency.
 */
public final class AgencyNames {
    private static final Pattern RELATIVE = Pattern.compile("^(?:中共)?[省市县区](?![场长])");
    private static final Pattern COLLECTIVE = Pattern.compile("^各|有关|各部门|各单位|各级|直属|直各|人民团体|相关");

    private final Gazetteer gazetteer;

    public AgencyNames(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    public static AgencyNames standard() {
        return new AgencyNames(Gazetteer.standard());
    }

    public UnitMention identify(UnitMention unit, String jurisdiction) {
        String name = unit.name();
        String canonical = canonical(name, jurisdiction);
        boolean collective = unit.collective() || COLLECTIVE.matcher(name).find();
        String unitJurisdiction = jurisdictionOf(canonical).orElse(jurisdiction);
        return unit.linked(canonical, unitJurisdiction, IriScheme.hash(unitJurisdiction + "|" + canonical, 12), collective);
    }

    /** The name with a relative level prefix written out: 市司法局 → 抚州市司法局, 中共市委 → 中共抚州市委. */
    public String canonical(String name, String jurisdiction) {
        String n = name.replace("人民政府", "人民政府");
        if (jurisdiction == null || n.startsWith(jurisdiction) || n.startsWith("中共" + jurisdiction)) {
            return n;
        }
        String level = jurisdiction.substring(jurisdiction.length() - 1);
        boolean party = n.startsWith("中共");
        String rest = party ? n.substring(2) : n;
        if (rest.startsWith(level) && RELATIVE.matcher(rest).find()) {
            return (party ? "中共" : "") + jurisdiction + rest.substring(1);
        }
        return n;
    }

    private java.util.Optional<String> jurisdictionOf(String canonical) {
        return gazetteer.prefixOf(canonical.replaceFirst("^中共", "")).map(Gazetteer.Area::name);
    }
}
