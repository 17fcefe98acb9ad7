package org.plangraph.query;

import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionDatasetBuilder;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.system.Txn;

/**
 * Runs a named query with its parameters bound as RDF terms (never pasted into the query text), so a
 * parameter value can only ever be data. {@link #run} streams the rows to the output as the query
 * engine produces them, inside the read transaction: no copy of the answer is held in memory.
 */
public final class QueryRunner {
    /** Output formats of {@link #run}. */
    public enum Format {
        TABLE, CSV, TSV, JSON
    }

    /** Deepest page (offset + limit) still sorted as a bounded top-N. */
    static final int TOP_N_THRESHOLD = 200_000;

    static {
        // ARQ keeps only the best LIMIT + OFFSET rows of an ORDER BY (a bounded top-N) up to this many,
        // 1,000 by default: below one page of 1,000 and the row that says whether another follows. Above
        // it, it sorts the whole answer. The optimizer reads it from the global context only.
        org.apache.jena.query.ARQ.getContext().set(org.apache.jena.query.ARQ.topNSortingThreshold, TOP_N_THRESHOLD);
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

    /**
     * The query parsed (once) with its bindings, ready to run. With MAXROWS above 0 it answers at most
     * that many rows: a larger LIMIT of its own, or none, is lowered to MAXROWS ({@link Prepared#capped()}).
     */
    public Prepared prepare(NamedQuery query, Map<String, Node> bindings, long maxRows) {
        Query q = QueryFactory.create(query.sparql());
        boolean capped = false;
        if (maxRows > 0 && q.isSelectType() && (!q.hasLimit() || q.getLimit() > maxRows)) {
            q.setLimit(maxRows);
            capped = true;
        }
        return new Prepared(q, asBinding(bindings), capped);
    }

    /**
     * One page of the query's answer: at most LIMIT rows, from row OFFSET of its order. The engine is
     * asked for LIMIT + 1 rows, so that {@link Prepared#page} can tell whether a next page exists,
     * and sorts with a bounded top-N rather than the whole answer.
     */
    public Prepared preparePage(NamedQuery query, Map<String, Node> bindings, long limit, long offset) {
        Query q = QueryFactory.create(query.sparql());
        long own = q.hasLimit() ? q.getLimit() : Long.MAX_VALUE;
        q.setOffset(offset);
        q.setLimit(Math.min(limit + 1, Math.max(0, own - offset)));
        return new Prepared(q, asBinding(bindings), false);
    }

    /** What a page knows before its first byte is written: whether rows follow it. */
    @FunctionalInterface
    public interface PageStart {
        void before(boolean more) throws java.io.IOException;
    }

    /** A parsed query with its bindings; see {@link #prepare}. */
    public final class Prepared {
        private final Query query;
        private final Binding binding;
        private final boolean capped;

        private Prepared(Query query, Binding binding, boolean capped) {
            this.query = query;
            this.binding = binding;
            this.capped = capped;
        }

        /** Whether the row cap lowered the query's LIMIT: an answer of {@link #limit()} rows may have been cut short. */
        public boolean capped() {
            return capped;
        }

        /** The query's LIMIT after the cap, or {@link Query#NOLIMIT}. */
        public long limit() {
            return query.getLimit();
        }

        /**
         * Runs the query in a read transaction and writes its rows to OUT as they come. A timeout
         * ({@link org.apache.jena.query.QueryCancelledException}) can come before the first byte or
         * part-way through, once some of the answer has been written.
         */
        public void write(Format format, OutputStream out) {
            Txn.executeRead(dataset, () -> {
                try (QueryExecution qe = execution()) {
                    ResultSet rs = qe.execSelect();
                    switch (format) {
                        case CSV -> ResultSetFormatter.outputAsCSV(out, rs);
                        case TSV -> ResultSetFormatter.outputAsTSV(out, rs);
                        case JSON -> ResultSetFormatter.outputAsJSON(out, rs);
                        // The table lines its columns up, so it reads every row before it writes one: for the command line.
                        case TABLE -> ResultSetFormatter.out(out, rs, query.getPrefixMapping());
                    }
                }
            });
        }

        /**
         * Runs a query made by {@link #preparePage} in a read transaction: reads its rows (a page and
         * one more, never more), tells START whether there is a next page — so that headers can say so
         * — and writes the page to OUT.
         */
        public void page(Format format, OutputStream out, PageStart start) {
            Txn.executeRead(dataset, () -> {
                try (QueryExecution qe = execution()) {
                    ResultSet rs = qe.execSelect();
                    java.util.List<Binding> rows = new java.util.ArrayList<>();
                    while (rs.hasNext()) {
                        rows.add(rs.nextBinding());
                    }
                    long pageSize = query.getLimit() - 1;
                    boolean more = rows.size() > pageSize;
                    try {
                        start.before(more);
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                    java.util.List<Binding> page = more ? rows.subList(0, (int) pageSize) : rows;
                    ResultSet pageRows = ResultSet.adapt(org.apache.jena.sparql.exec.RowSetStream.create(
                            Var.varList(rs.getResultVars()), page.iterator()));
                    switch (format) {
                        case CSV -> ResultSetFormatter.outputAsCSV(out, pageRows);
                        case TSV -> ResultSetFormatter.outputAsTSV(out, pageRows);
                        case JSON -> ResultSetFormatter.outputAsJSON(out, pageRows);
                        case TABLE -> ResultSetFormatter.out(out, pageRows, query.getPrefixMapping());
                    }
                }
            });
        }

        /** Runs the query and hands over a copy of all its rows, rewound, to be read again. */
        public ResultSetRewindable select() {
            return Txn.calculateRead(dataset, () -> {
                try (QueryExecution qe = execution()) {
                    return ResultSetFactory.copyResults(qe.execSelect());
                }
            });
        }

        private QueryExecution execution() {
            QueryExecutionDatasetBuilder builder = QueryExecution.dataset(dataset).query(query).substitution(binding);
            if (timeoutMillis > 0) {
                builder.timeout(timeoutMillis, TimeUnit.MILLISECONDS);
            }
            return builder.build();
        }
    }

    /** Runs the query and hands over a copy of all its rows, rewound, to be read again (held in memory: for small answers). */
    public ResultSetRewindable select(NamedQuery query, Map<String, Node> bindings) {
        return prepare(query, bindings, 0).select();
    }

    /** Runs the query without a row cap and streams its answer to OUT in FORMAT. */
    public void run(NamedQuery query, Map<String, Node> bindings, Format format, OutputStream out) {
        prepare(query, bindings, 0).write(format, out);
    }

    /** Writes ROWS, with columns VARS, in FORMAT. */
    public static void write(Format format, OutputStream out, java.util.List<String> vars, java.util.List<Binding> rows) {
        ResultSet rs = ResultSet.adapt(org.apache.jena.sparql.exec.RowSetStream.create(Var.varList(vars), rows.iterator()));
        switch (format) {
            case CSV -> ResultSetFormatter.outputAsCSV(out, rs);
            case TSV -> ResultSetFormatter.outputAsTSV(out, rs);
            case JSON -> ResultSetFormatter.outputAsJSON(out, rs);
            case TABLE -> ResultSetFormatter.out(out, rs);
        }
    }

    /** Parameter values as the binding of their query variables ({@code ?_name}). */
    static Binding asBinding(Map<String, Node> bindings) {
        BindingBuilder b = BindingFactory.builder();
        bindings.forEach((k, v) -> b.add(Var.alloc("_" + k), v));
        return b.build();
    }
}
