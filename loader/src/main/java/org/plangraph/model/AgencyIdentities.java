package org.plangraph.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The agencies the link stage found a document's unit mentions to be. Within a document a mention
 * is always the same agency, so one identity per distinct mention serves every place it stands.
 */
public record AgencyIdentities(Map<UnitMention, AgencyIdentity> byMention) {
    public AgencyIdentities {
        byMention = Collections.unmodifiableMap(new LinkedHashMap<>(byMention));
    }

    /** The mention with its agency; a mention the link stage never saw is a bug upstream, not a unit to emit by name. */
    public LinkedUnit of(UnitMention mention) {
        AgencyIdentity identity = byMention.get(mention);
        if (identity == null) {
            throw new IllegalStateException("the link stage gave no identity to the unit " + mention.mention());
        }
        return new LinkedUnit(mention, identity);
    }

    public boolean identifies(UnitMention mention) {
        return byMention.containsKey(mention);
    }

    /** Written as a list of pairs: a record as a JSON object key would be its toString. */
    @JsonValue
    public List<LinkedUnit> units() {
        List<LinkedUnit> out = new ArrayList<>();
        byMention.forEach((m, id) -> out.add(new LinkedUnit(m, id)));
        return out;
    }
}
