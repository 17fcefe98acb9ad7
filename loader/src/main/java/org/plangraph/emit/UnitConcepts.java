package org.plangraph.emit;

import java.util.HashMap;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.plangraph.data.DataFiles;

/**
 * Maps a unit as written (%, 日, 天, 小时 …) to its concept in the unit scheme of
 * {@code ontology/schemes.ttl}, by the concept's notation and alternative labels.
 */
final class UnitConcepts {
    private static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    private static final String UNIT_NS = Vocab.PG_DEF + "unit/";
    private static volatile Map<String, String> byLabel;

    private UnitConcepts() {
    }

    static String localName(String unit) {
        String local = labels().get(unit);
        if (local == null) {
            throw new IllegalArgumentException("unit not in the unit scheme of ontology/schemes.ttl: " + unit);
        }
        return local;
    }

    private static Map<String, String> labels() {
        if (byLabel == null) {
            synchronized (UnitConcepts.class) {
                if (byLabel == null) {
                    Model m = DataFiles.readTurtle("schemes.ttl");
                    Map<String, String> map = new HashMap<>();
                    for (Statement st : m.listStatements().toList()) {
                        Resource s = st.getSubject();
                        if (!s.isURIResource() || !s.getURI().startsWith(UNIT_NS)) {
                            continue;
                        }
                        String p = st.getPredicate().getURI();
                        RDFNode o = st.getObject();
                        if (o.isLiteral() && (p.equals(SKOS + "notation") || p.equals(SKOS + "altLabel") || p.equals(SKOS + "prefLabel"))) {
                            map.putIfAbsent(o.asLiteral().getLexicalForm(), s.getURI().substring(UNIT_NS.length()));
                        }
                    }
                    byLabel = map;
                }
            }
        }
        return byLabel;
    }
}
