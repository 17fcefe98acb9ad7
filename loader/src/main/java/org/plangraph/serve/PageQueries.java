package org.plangraph.serve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.system.Txn;

/**
 * The SPARQL behind the pages for people: each query stopped after the server's timeout and cut at
 * a row cap, with values bound as RDF terms (a search box's text is data, never query text).
 */
final class PageQueries {
    static final String PREFIXES = """
            PREFIX pg:   <https://w3id.org/plangraph/def#>
            PREFIX eli:  <http://data.europa.eu/eli/ontology#>
            PREFIX dct:  <http://purl.org/dc/terms/>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX owl:  <http://www.w3.org/2002/07/owl#>
            PREFIX text: <http://jena.apache.org/text#>
            PREFIX xsd:  <http://www.w3.org/2001/XMLSchema#>
            """;

    /** One answer row: variable name → value, unbound variables absent. */
    record Row(Map<String, RDFNode> values) {
        String str(String var) {
            RDFNode n = values.get(var);
            if (n == null) {
                return "";
            }
            return n.isLiteral() ? n.asLiteral().getLexicalForm() : n.isURIResource() ? n.asResource().getURI() : n.toString();
        }

        boolean has(String var) {
            return values.containsKey(var);
        }

        int integer(String var) {
            RDFNode n = values.get(var);
            return n != null && n.isLiteral() ? n.asLiteral().getInt() : 0;
        }
    }

    private final DatasetGraph dsg;
    private final long timeoutMillis;
    private final int maxRows;

    PageQueries(DatasetGraph dsg, long timeoutMillis, int maxRows) {
        this.dsg = dsg;
        this.timeoutMillis = timeoutMillis;
        this.maxRows = maxRows;
    }

    List<Row> select(String sparql, Map<String, Node> bindings) {
        return run(QueryFactory.create(PREFIXES + sparql), bindings);
    }

    /** A named query of queries/ (it declares its own prefixes), for pages that show what the API gives. */
    List<Row> select(org.plangraph.query.NamedQuery named, Map<String, Node> bindings) {
        return run(QueryFactory.create(named.sparql()), bindings);
    }

    private List<Row> run(Query q, Map<String, Node> bindings) {
        if (maxRows > 0 && (!q.hasLimit() || q.getLimit() > maxRows)) {
            q.setLimit(maxRows);
        }
        BindingBuilder b = BindingBuilder.create();
        bindings.forEach((k, v) -> b.add(Var.alloc(k), v));
        return Txn.calculateRead(dsg, () -> {
            try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(dsg)).query(q).substitution(b.build())
                    .timeout(timeoutMillis, TimeUnit.MILLISECONDS).build()) {
                ResultSet rs = qe.execSelect();
                List<Row> rows = new ArrayList<>();
                while (rs.hasNext()) {
                    QuerySolution s = rs.next();
                    Map<String, RDFNode> m = new LinkedHashMap<>();
                    s.varNames().forEachRemaining(v -> {
                        if (s.get(v) != null) {
                            m.put(v, s.get(v));
                        }
                    });
                    rows.add(new Row(m));
                }
                return rows;
            }
        });
    }

    List<Row> select(String sparql) {
        return select(sparql, Map.of());
    }
}
