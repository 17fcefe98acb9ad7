package org.plangraph.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.sparql.core.DatasetGraph;
import org.plangraph.emit.Vocab;

/** The prefixes written output uses. */
final class Prefixes {
    private Prefixes() {
    }

    static Map<String, String> standard() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("pg", Vocab.PG);
        p.put("eli", Vocab.ELI);
        p.put("org", Vocab.ORG);
        p.put("prov", Vocab.PROV);
        p.put("dct", Vocab.DCT);
        p.put("skos", Vocab.SKOS);
        p.put("rdfs", Vocab.RDFS);
        p.put("xsd", Vocab.XSD);
        p.put("kind", Vocab.PG_DEF + "kind/");
        p.put("role", Vocab.PG_DEF + "role/");
        return p;
    }

    static DatasetGraph apply(DatasetGraph dsg) {
        standard().forEach((k, v) -> dsg.prefixes().add(k, v));
        return dsg;
    }
}
