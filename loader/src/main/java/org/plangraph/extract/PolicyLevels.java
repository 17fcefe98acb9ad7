package org.plangraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.plangraph.data.DataFiles;
import org.plangraph.data.Gazetteer;

/**
 * The level of government a policy comes from (national, provincial, municipal, county), read from
 * its issuer, its document number's code and its title, in that order; cue data in
 * {@code ontology/cues/policy-level-prefixes.tsv} and {@code law-title-endings.txt}.
 */
public final class PolicyLevels {
    private record Rule(Pattern pattern, String level) {
    }

    private final Gazetteer gazetteer;
    private final List<Rule> rules = new ArrayList<>();
    private final List<Pattern> lawEndings = new ArrayList<>();

    public PolicyLevels(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        for (String[] row : DataFiles.readTable("cues/policy-level-prefixes.tsv")) {
            if (row.length >= 2) {
                rules.add(new Rule(Pattern.compile(row[0].strip()), row[1].strip()));
            }
        }
        for (String s : DataFiles.readList("cues/law-title-endings.txt")) {
            lawEndings.add(Pattern.compile(s));
        }
    }

    public static PolicyLevels standard() {
        return new PolicyLevels(Gazetteer.standard());
    }

    /** The level of the gazetteer's area level (province, prefecture, county). */
    public static String ofAreaLevel(String areaLevel) {
        return switch (areaLevel) {
            case "province" -> "provincial";
            case "prefecture" -> "municipal";
            case "county" -> "county";
            default -> "unknown";
        };
    }

    /** The level of an organ or a list of organs, e.g. 中共中央、国务院 → national, 市政府 → municipal. */
    public Optional<String> ofIssuer(String issuer) {
        if (issuer == null || issuer.isBlank()) {
            return Optional.empty();
        }
        String s = issuer.replaceFirst("^中共", "");
        Optional<String> byRule = byRules(s);
        if (byRule.isPresent()) {
            return byRule;
        }
        Optional<Gazetteer.Area> area = gazetteer.prefixOf(s);
        if (area.isPresent()) {
            return Optional.of(ofAreaLevel(area.get().level()));
        }
        if (s.startsWith("省") || s.startsWith("自治区")) {
            return Optional.of("provincial");
        }
        if (s.startsWith("市")) {
            return Optional.of("municipal");
        }
        if (s.startsWith("县") || s.startsWith("区")) {
            return Optional.of("county");
        }
        return Optional.empty();
    }

    /** The level a document number's code tells: 中发 national, 赣发 provincial, other codes municipal or county. */
    public Optional<String> ofDocNumber(String docNumber) {
        if (docNumber == null) {
            return Optional.empty();
        }
        int bracket = docNumber.indexOf('〔');
        String code = bracket > 0 ? docNumber.substring(0, bracket) : docNumber;
        Optional<String> byRule = byRules(code);
        if (byRule.isPresent()) {
            return byRule;
        }
        return Optional.of(code.contains("县") ? "county" : "municipal");
    }

    /** The level a title tells by its opening place name, issuer or form (a national law). */
    public Optional<String> ofTitle(String title) {
        String s = title.replaceFirst("^中共", "").replaceAll("^[“\"]", "");
        Optional<Gazetteer.Area> area = gazetteer.prefixOf(s);
        if (area.isPresent()) {
            return Optional.of(ofAreaLevel(area.get().level()));
        }
        Optional<String> byRule = byRules(s);
        if (byRule.isPresent()) {
            return byRule;
        }
        for (Pattern p : lawEndings) {
            if (p.matcher(s).find()) {
                return Optional.of("national");
            }
        }
        return Optional.empty();
    }

    private Optional<String> byRules(String s) {
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
