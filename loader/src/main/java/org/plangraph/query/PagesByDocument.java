package org.plangraph.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionDatasetBuilder;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.SortCondition;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.expr.E_Str;
import org.apache.jena.sparql.expr.ExprVar;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementBind;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementMinus;
import org.apache.jena.sparql.syntax.ElementNamedGraph;
import org.apache.jena.sparql.syntax.ElementOptional;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.ElementUnion;
import org.apache.jena.system.Txn;

/**
 * Pages of a query that declares {@code page-by: doc}, read document by document: the documents in
 * IRI order after a cursor, a batch of them at a time bound to {@code ?_doc} by a VALUES block placed
 * just before the query's {@code BIND(?_doc AS ?doc)}, so each batch is found through the indexes
 * from its documents. A page costs what its documents' rows cost, whatever the size of the store,
 * where an OFFSET page evaluates and sorts the whole answer first.
 * <p>
 * Across pages rows come in document order; within a document in the query's ORDER BY (with every
 * column after it, so that a document's rows have one order and a cursor into them means the same
 * rows each time).
 */
public final class PagesByDocument {
    /** Documents of the first batch, before any rows have been seen. */
    static final int FIRST_BATCH = 16;
    /** Most documents in one batch: a VALUES block this long is still read in a few milliseconds. */
    static final int MOST_DOCUMENTS = 2000;

    private static final String DOCUMENT_CLASS = "https://w3id.org/plangraph/def#Document";

    /**
     * Where a page starts: after document AFTER (null: at the first document), of whose rows the first
     * SKIP have been given ({@link #ALL}: all of them).
     */
    public record Cursor(String after, long skip) {
        public static final long ALL = -1;
        public static final Cursor START = new Cursor(null, ALL);
    }

    /** A page's rows (in the query's columns) and the cursor of the next page, null when none follows. */
    public record Page(List<String> vars, List<Binding> rows, Cursor next) {
    }

    private final Dataset dataset;
    private final long timeoutMillis;

    public PagesByDocument(Dataset dataset, long timeoutMillis) {
        this.dataset = dataset;
        this.timeoutMillis = timeoutMillis;
    }

    /**
     * Whether a call of QUERY with these parameters pages by document: it declares page-by and is given
     * none of its optional parameters. Those narrow the answer — to one document or measure (a lookup
     * through the index), or to a kind or area, whose few rows would be looked for in every document —
     * and such an answer pages by offset.
     */
    public static boolean applies(NamedQuery query, Map<String, Node> bindings) {
        if (query.pageBy() == null) {
            return false;
        }
        return query.parameters().stream().noneMatch(p -> p.optional() && bindings.containsKey(p.name()));
    }

    /** The page of LIMIT rows from FROM. */
    public Page page(NamedQuery query, Map<String, Node> bindings, long limit, Cursor from) {
        Var param = Var.alloc("_" + query.pageBy());
        Query template = QueryFactory.create(query.sparql());
        Var key = keyVariable(template.getQueryPattern(), param);
        if (key == null) {
            throw new IllegalStateException("query " + query.name() + " pages by " + query.pageBy() + " but has no BIND(?" + param.getVarName() + " AS ?…)");
        }
        List<String> vars = template.getResultVars();
        long deadline = timeoutMillis > 0 ? System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis) : Long.MAX_VALUE;
        Binding binding = QueryRunner.asBinding(bindings);
        return Txn.calculateRead(dataset, () -> {
            List<Binding> rows = new ArrayList<>();
            List<Node> rowDocs = new ArrayList<>();
            String after = from.after();
            boolean firstIncluded = from.after() != null && from.skip() != Cursor.ALL;
            long docsSeen = 0;
            long rowsSeen = 0;
            int batchSize = FIRST_BATCH;
            while (rows.size() <= limit) {
                List<Node> docs = documents(template, query.pageDocuments(), after, firstIncluded, batchSize, deadline);
                if (docs.isEmpty()) {
                    break;
                }
                List<Binding> batch = run(query, param, key, docs, binding, deadline);
                Map<Node, List<Binding>> byDoc = new java.util.HashMap<>();
                for (Binding b : batch) {
                    byDoc.computeIfAbsent(b.get(key), k -> new ArrayList<>()).add(b);
                }
                for (int i = 0; i < docs.size() && rows.size() <= limit; i++) {
                    Node doc = docs.get(i);
                    List<Binding> own = byDoc.getOrDefault(doc, List.of());
                    int start = i == 0 && firstIncluded ? (int) Math.min(from.skip(), own.size()) : 0;
                    for (int r = start; r < own.size() && rows.size() <= limit; r++) {
                        rows.add(own.get(r));
                        rowDocs.add(doc);
                    }
                }
                docsSeen += docs.size();
                rowsSeen += batch.size();
                after = docs.get(docs.size() - 1).getURI();
                firstIncluded = false;
                // enough documents for the rows still wanted, as many rows per document as seen so far
                double perDoc = Math.max(rowsSeen, 1) / (double) docsSeen;
                batchSize = (int) Math.max(1, Math.min(MOST_DOCUMENTS, Math.ceil((limit + 1 - rows.size()) / perDoc) + 1));
            }
            Cursor next = null;
            if (rows.size() > limit) {
                int last = (int) limit - 1;
                Node doc = rowDocs.get(last);
                if (!rowDocs.get(last + 1).equals(doc)) {
                    next = new Cursor(doc.getURI(), Cursor.ALL);
                } else {
                    long given = 0;
                    for (int i = last; i >= 0 && rowDocs.get(i).equals(doc); i--) {
                        given++;
                    }
                    if (from.after() != null && from.skip() != Cursor.ALL && doc.getURI().equals(from.after())) {
                        given += from.skip();
                    }
                    next = new Cursor(doc.getURI(), given);
                }
            }
            List<Binding> pageRows = rows.size() > limit ? rows.subList(0, (int) limit) : rows;
            return new Page(vars, List.copyOf(pageRows), next);
        });
    }

    /**
     * Up to N documents in IRI order after AFTER (from AFTER itself when INCLUDED): every document, or
     * those matching ONLY (a pattern on ?doc in TEMPLATE's prefixes) where the query has rows for no others.
     */
    private List<Node> documents(Query template, String only, String after, boolean included, int n, long deadline) {
        StringBuilder q = new StringBuilder();
        template.getPrefixMapping().getNsPrefixMap().forEach((prefix, iri) -> q.append("PREFIX ").append(prefix).append(": <").append(iri).append(">\n"));
        q.append("SELECT ?doc WHERE { ?doc a <" + DOCUMENT_CLASS + "> ");
        if (only != null) {
            q.append("FILTER EXISTS { ").append(only).append(" } ");
        }
        if (after != null) {
            q.append("FILTER(STR(?doc) ").append(included ? ">=" : ">").append(" ?_after) ");
        }
        q.append("} ORDER BY STR(?doc) LIMIT ").append(n);
        BindingBuilder b = BindingFactory.builder();
        if (after != null) {
            b.add(Var.alloc("_after"), NodeFactory.createLiteralString(after));
        }
        List<Node> docs = new ArrayList<>();
        try (QueryExecution qe = execution(QueryFactory.create(q.toString()), b.build(), deadline)) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                docs.add(rs.nextBinding().get(Var.alloc("doc")));
            }
        }
        return docs;
    }

    /** The query's rows for DOCS, sorted by document, then by the query's own order, then by every column. */
    private List<Binding> run(NamedQuery query, Var param, Var key, List<Node> docs, Binding binding, long deadline) {
        // parsed afresh: the VALUES block goes into the query's element tree, which a clone may share
        Query q = QueryFactory.create(query.sparql());
        List<String> columns = q.getResultVars();
        ElementData values = new ElementData();
        values.add(param);
        for (Node doc : docs) {
            values.add(BindingFactory.binding(param, doc));
        }
        injectValues(q.getQueryPattern(), param, values);
        if (!q.getProjectVars().contains(key)) {
            q.addResultVar(key);
        }
        List<SortCondition> order = new ArrayList<>();
        // by the document's IRI as a string, the order documents() reads them in
        order.add(new SortCondition(new E_Str(new ExprVar(key)), Query.ORDER_ASCENDING));
        if (q.getOrderBy() != null) {
            order.addAll(q.getOrderBy());
        }
        for (String v : columns) {
            order.add(new SortCondition(Var.alloc(v), Query.ORDER_ASCENDING));
        }
        if (q.getOrderBy() != null) {
            q.getOrderBy().clear();
        }
        order.forEach(q::addOrderBy);
        q.setLimit(Query.NOLIMIT);
        q.setOffset(Query.NOLIMIT);
        List<Binding> rows = new ArrayList<>();
        try (QueryExecution qe = execution(q, binding, deadline)) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                rows.add(materialized(rs.nextBinding()));
            }
        }
        return rows;
    }

    /** The row with its terms read now: TDB2's rows look their terms up when asked, which a page does after its read transaction has ended. */
    private static Binding materialized(Binding row) {
        BindingBuilder b = BindingFactory.builder();
        row.forEach(b::add);
        return b.build();
    }

    private QueryExecution execution(Query q, Binding binding, long deadline) {
        QueryExecutionDatasetBuilder builder = QueryExecution.dataset(dataset).query(q).substitution(binding);
        if (deadline != Long.MAX_VALUE) {
            long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
            if (left <= 0) {
                throw new QueryCancelledException();
            }
            builder.timeout(left, TimeUnit.MILLISECONDS);
        }
        return builder.build();
    }

    /** The variable the query binds from PARAM ({@code BIND(?_doc AS ?doc)}), wherever it does. */
    static Var keyVariable(Element e, Var param) {
        if (bindsFrom(e, param)) {
            return ((ElementBind) e).getVar();
        }
        for (Element child : children(e)) {
            Var found = keyVariable(child, param);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** Puts VALUES just before every {@code BIND(?_doc AS …)}, in the same group, so that the bind and the patterns after it see the documents first. */
    private static void injectValues(Element e, Var param, ElementData values) {
        if (e instanceof ElementGroup group) {
            List<Element> elements = group.getElements();
            for (int i = 0; i < elements.size(); i++) {
                if (bindsFrom(elements.get(i), param)) {
                    elements.add(i, values);
                    i++;
                }
            }
        }
        for (Element child : children(e)) {
            injectValues(child, param, values);
        }
    }

    /** Whether E is {@code BIND(?PARAM AS ?…)}. */
    private static boolean bindsFrom(Element e, Var param) {
        return e instanceof ElementBind bind && bind.getExpr() instanceof ExprVar v && v.asVar().equals(param);
    }

    private static List<Element> children(Element e) {
        if (e instanceof ElementGroup g) {
            return List.copyOf(g.getElements());
        }
        if (e instanceof ElementUnion u) {
            return u.getElements();
        }
        if (e instanceof ElementOptional o) {
            return List.of(o.getOptionalElement());
        }
        if (e instanceof ElementMinus m) {
            return List.of(m.getMinusElement());
        }
        if (e instanceof ElementNamedGraph n) {
            return List.of(n.getElement());
        }
        if (e instanceof ElementSubQuery s) {
            return List.of(s.getQuery().getQueryPattern());
        }
        return List.of();
    }
}
