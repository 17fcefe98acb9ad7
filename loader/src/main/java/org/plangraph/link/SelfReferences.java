package org.plangraph.link;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.plangraph.model.UnitMention;

/**
 * A document's units that name its issuer by 本: 本局, 本委, 本办 are the issuing organ, 本局各股室 its
 * offices. They are read as the issuer's name, so they join the issuer's identity instead of minting a
 * unit called 本局 in every document.
 */
final class SelfReferences {
    /** 本 + the organ word the issuer's name ends with; 本单位, 本部门, 本机关 fit any issuer. */
    private static final Pattern SELF = Pattern.compile("^本(局|委|办|厅|院|室|部|中心|单位|部门|机关)");

    private SelfReferences() {
    }

    /** {@code unit} with 本X replaced by the issuer's name, where one issuer is X; else unchanged. */
    static UnitMention resolve(UnitMention unit, List<UnitMention> issuers) {
        Matcher m = SELF.matcher(unit.name());
        if (!m.find()) {
            return unit;
        }
        String organ = m.group(1);
        boolean generic = organ.equals("单位") || organ.equals("部门") || organ.equals("机关");
        List<UnitMention> fitting = issuers.stream().filter(i -> generic || i.name().endsWith(organ)).toList();
        if (fitting.size() != 1) {
            return unit;
        }
        String name = fitting.get(0).name() + unit.name().substring(m.end());
        return new UnitMention(unit.mention(), name, unit.alias(), unit.collective() || !unit.name().equals(m.group()));
    }
}
