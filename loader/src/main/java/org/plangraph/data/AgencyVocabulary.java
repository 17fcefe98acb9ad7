package org.plangraph.data;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;

/**
 * Agency types and their abbreviations from {@code ontology/reference/agency-abbreviations.ttl}
 * (SKOS): 发改委 = 发展和改革委员会, 政府办 = 人民政府办公室 … A user adds an abbreviation by adding a
 * {@code skos:altLabel} there.
 */
public final class AgencyVocabulary {
    private static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    private static final String PGA = "https://w3id.org/plangraph/ref/agency-name/";

    /**
     * One agency type: its stable code and its full name without a jurisdiction, at city and county
     * level and (where it differs) at province level.
     */
    public record AgencyType(String iri, String notation, String fullName, String provincialName) {
        public String fullName(boolean provincial) {
            return provincial && provincialName != null ? provincialName : fullName;
        }
    }

    private static volatile AgencyVocabulary standard;

    private final Map<String, AgencyType> byLabel;

    public AgencyVocabulary(Map<String, AgencyType> byLabel) {
        this.byLabel = Map.copyOf(byLabel);
    }

    public static AgencyVocabulary standard() {
        if (standard == null) {
            synchronized (AgencyVocabulary.class) {
                if (standard == null) {
                    standard = load();
                }
            }
        }
        return standard;
    }

    private static AgencyVocabulary load() {
        Model m = DataFiles.readTurtle("reference/agency-abbreviations.ttl");
        Map<String, AgencyType> types = new HashMap<>();
        Map<String, List<String>> labels = new HashMap<>();
        for (Statement st : m.listStatements().toList()) {
            Resource s = st.getSubject();
            RDFNode o = st.getObject();
            if (!s.isURIResource() || !o.isLiteral()) {
                continue;
            }
            String p = st.getPredicate().getURI();
            if (p.equals(SKOS + "prefLabel") && "zh".equals(o.asLiteral().getLanguage())) {
                labels.computeIfAbsent(s.getURI(), k -> new ArrayList<>()).add(0, o.asLiteral().getString());
            } else if (p.equals(SKOS + "altLabel") && "zh".equals(o.asLiteral().getLanguage())) {
                labels.computeIfAbsent(s.getURI(), k -> new ArrayList<>()).add(o.asLiteral().getString());
            }
        }
        Map<String, AgencyType> byLabel = new HashMap<>();
        for (Map.Entry<String, List<String>> e : labels.entrySet()) {
            Resource concept = m.getResource(e.getKey());
            Statement notation = concept.getProperty(m.createProperty(SKOS + "notation"));
            Statement pref = concept.getProperty(m.createProperty(SKOS + "prefLabel"), "zh");
            if (notation == null || pref == null) {
                continue;
            }
            Statement provincial = concept.getProperty(m.createProperty(PGA + "provincialLabel"), "zh");
            AgencyType type = new AgencyType(e.getKey(), notation.getString(), pref.getString(),
                    provincial == null ? null : provincial.getString());
            types.put(e.getKey(), type);
            for (String label : e.getValue()) {
                byLabel.putIfAbsent(label, type);
            }
        }
        return new AgencyVocabulary(byLabel);
    }

    /** The agency type whose label is exactly {@code name} (after its jurisdiction prefix). */
    public Optional<AgencyType> byLabel(String name) {
        return Optional.ofNullable(byLabel.get(name));
    }
}
