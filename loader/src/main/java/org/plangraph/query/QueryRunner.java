package org.plangraph.query;

import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.system.Txn;

/**
 * Runs a named query with its parameters bound as RDF terms (never pasted into the query text), so a
 * parameter value can only ever be data.
 */
public final class QueryRunner {
    /** Output formats of {@link #run}. */
    public enum Format {
        TABLE, CSV, TSV, JSON
    }

    private final Dataset dataset;
    private final long timeoutMillis;

    public QueryRunner(Dataset dataset) {
        this(dataset, 0);
    }

    /** A runner whose queries stop with {@link org.apache.jena.query.QueryCancelledException} after TIMEOUTMILLIS (0: never). */
    public QueryRunner(Dataset dataset, long timeoutMillis) {
        this.dataset = dataset;
        this.timeoutMillis = timeoutMillis;
    }

    /** Thrown for a parameter the query does not take, or a value that does not fit its kind. */
    public static final class BadParameterException extends RuntimeException {
        public BadParameterException(String message) {
            super(message);
        }
    }

    /** Checks the values against the query's parameters and turns them into RDF terms. */
    public static Map<String, Node> bind(NamedQuery query, Map<String, String> values) {
        Map<String, Node> bindings = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : values.entrySet()) {
            NamedQuery.Parameter p = query.parameter(e.getKey());
            if (p == null) {
                throw new BadParameterException("query " + query.name() + " takes no parameter '" + e.getKey() + "'"
                        + (query.parameters().isEmpty() ? "" : "; it takes: "
                        + String.join(", ", query.parameters().stream().map(NamedQuery.Parameter::name).toList())));
            }
            bindings.put(p.name(), term(p, e.getValue()));
        }
        for (NamedQuery.Parameter p : query.parameters()) {
            if (!p.optional() && !bindings.containsKey(p.name())) {
                throw new BadParameterException("query " + query.name() + " needs parameter '" + p.name() + "'");
            }
        }
        return bindings;
    }

    private static Node term(NamedQuery.Parameter p, String value) {
        switch (p.kind()) {
            case "iri" -> {
                if (!looksLikeIri(value)) {
                    throw new BadParameterException("parameter '" + p.name() + "' must be an IRI, got: " + value);
                }
                return NodeFactory.createURI(value);
            }
            case "iri-or-name" -> {
                return looksLikeIri(value) ? NodeFactory.createURI(value) : NodeFactory.createLiteralString(value);
            }
            case "integer", "year" -> {
                if (!value.matches("-?\\d{1,9}")) {
                    throw new BadParameterException("parameter '" + p.name() + "' must be a whole number, got: " + value);
                }
                return NodeFactory.createLiteralDT(value, XSDDatatype.XSDinteger);
            }
            default -> {
                return NodeFactory.createLiteralString(value);
            }
        }
    }

    private static boolean looksLikeIri(String value) {
        return value.matches("(?i)(https?|urn|file):[^\\s<>\"{}|\\\\^`]+");
    }

    /** Runs the query and hands over its results, rewound, to be read again. */
    public ResultSetRewindable select(NamedQuery query, Map<String, Node> bindings) {
        Query q = QueryFactory.create(query.sparql());
        return Txn.calculateRead(dataset, () -> {
            var builder = QueryExecution.dataset(dataset).query(q).substitution(asBinding(bindings));
            if (timeoutMillis > 0) {
                builder.timeout(timeoutMillis, java.util.concurrent.TimeUnit.MILLISECONDS);
            }
            try (QueryExecution qe = builder.build()) {
                ResultSet rs = qe.execSelect();
                return ResultSetFactory.copyResults(rs);
            }
        });
    }

    public void run(NamedQuery query, Map<String, Node> bindings, Format format, OutputStream out) {
        ResultSetRewindable rs = select(query, bindings);
        switch (format) {
            case CSV -> ResultSetFormatter.outputAsCSV(out, rs);
            case TSV -> ResultSetFormatter.outputAsTSV(out, rs);
            case JSON -> ResultSetFormatter.outputAsJSON(out, rs);
            case TABLE -> ResultSetFormatter.out(out, rs, q(query).getPrefixMapping());
        }
    }

    private static Query q(NamedQuery query) {
        return QueryFactory.create(query.sparql());
    }

    private static org.apache.jena.sparql.engine.binding.Binding asBinding(Map<String, Node> bindings) {
        org.apache.jena.sparql.engine.binding.BindingBuilder b = org.apache.jena.sparql.engine.binding.BindingFactory.builder();
        bindings.forEach((k, v) -> b.add(org.apache.jena.sparql.core.Var.alloc("_" + k), v));
        return b.build();
    }
}
