package org.plangraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.plangraph.data.DataFiles;
import org.plangraph.data.Gazetteer;
import org.plangraph.model.PolicyLevel;

/**
 * The level of government a policy comes from (national, provincial, municipal, county), read from
 * its issuer, its document number's code and its title, in that order; cue data in
 * {@code ontology/cues/policy-level-prefixes.tsv} and {@code law-title-endings.txt}.
 */
public final class PolicyLevels {
    private record Rule(Pattern pattern, PolicyLevel level) {
    }

    private final Gazetteer gazetteer;
    private final List<Rule> rules = new ArrayList<>();
    private final List<Pattern> lawEndings = new ArrayList<>();

    public PolicyLevels(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        for (DataFiles.Row row : DataFiles.readRows("cues/policy-level-prefixes.tsv")) {
            row.requireFields(2, "REGEX<TAB>LEVEL");
            rules.add(new Rule(row.parsed(0, Pattern::compile), row.notation(1, PolicyLevel.class)));
        }
        lawEndings.addAll(DataFiles.readPatterns("cues/law-title-endings.txt"));
    }

    public static PolicyLevels standard() {
        return new PolicyLevels(Gazetteer.standard());
    }

    /** The level of the gazetteer's area level (province, prefecture, county). */
    public static PolicyLevel ofAreaLevel(String areaLevel) {
        return switch (areaLevel) {
            case "province" -> PolicyLevel.PROVINCIAL;
            case "prefecture" -> PolicyLevel.MUNICIPAL;
            case "county" -> PolicyLevel.COUNTY;
            default -> PolicyLevel.UNKNOWN;
        };
    }

    /** The level of an organ or a list of organs, e.g. 中共中央、国务院 → national, 市政府 → municipal. */
    public Optional<PolicyLevel> ofIssuer(String issuer) {
        if (issuer == null || issuer.isBlank()) {
            return Optional.empty();
        }
        String s = issuer.replaceFirst("^中共", "");
        Optional<PolicyLevel> byRule = byRules(s);
        if (byRule.isPresent()) {
            return byRule;
        }
        Optional<Gazetteer.Area> area = gazetteer.prefixOf(s);
        if (area.isPresent()) {
            return Optional.of(ofAreaLevel(area.get().level()));
        }
        if (s.startsWith("省") || s.startsWith("自治区")) {
            return Optional.of(PolicyLevel.PROVINCIAL);
        }
        if (s.startsWith("市")) {
            return Optional.of(PolicyLevel.MUNICIPAL);
        }
        if (s.startsWith("县") || s.startsWith("区")) {
            return Optional.of(PolicyLevel.COUNTY);
        }
        return Optional.empty();
    }

    /** The level a document number's code tells: 中发 national, 赣发 provincial, other codes municipal or county. */
    public Optional<PolicyLevel> ofDocNumber(String docNumber) {
        if (docNumber == null) {
            return Optional.empty();
        }
        int bracket = docNumber.indexOf('〔');
        String code = bracket > 0 ? docNumber.substring(0, bracket) : docNumber;
        Optional<PolicyLevel> byRule = byRules(code);
        if (byRule.isPresent()) {
            return byRule;
        }
        return Optional.of(code.contains("县") ? PolicyLevel.COUNTY : PolicyLevel.MUNICIPAL);
    }

    /** The level a title tells by its opening place name, issuer or form (a national law). */
    public Optional<PolicyLevel> ofTitle(String title) {
        String s = title.replaceFirst("^中共", "").replaceAll("^[“\"]", "");
        Optional<Gazetteer.Area> area = gazetteer.prefixOf(s);
        if (area.isPresent()) {
            return Optional.of(ofAreaLevel(area.get().level()));
        }
        Optional<PolicyLevel> byRule = byRules(s);
        if (byRule.isPresent()) {
            return byRule;
        }
        for (Pattern p : lawEndings) {
            if (p.matcher(s).find()) {
                return Optional.of(PolicyLevel.NATIONAL);
            }
        }
        return Optional.empty();
    }

    private Optional<PolicyLevel> byRules(String s) {
        for (Rule r : rules) {
            if (r.pattern().matcher(s).find()) {
                return Optional.of(r.level());
            }
        }
        return Optional.empty();
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }
}
