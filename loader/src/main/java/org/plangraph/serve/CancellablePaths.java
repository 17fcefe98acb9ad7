package org.plangraph.serve;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.algebra.op.OpPath;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.iterator.QueryIterPath;
import org.apache.jena.sparql.engine.main.OpExecutor;
import org.apache.jena.sparql.engine.main.OpExecutorFactory;
import org.apache.jena.sparql.engine.main.QC;
import org.apache.jena.sparql.graph.GraphWrapper;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.tdb2.solver.OpExecutorTDB2;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.NiceIterator;

/**
 * TDB2's query executor, with property paths that stop at the query timeout. ARQ's timeout raises a
 * cancel signal that its query iterators check between rows, but a property path ({@code p*},
 * {@code p+}) is evaluated whole, from each start node, inside one step of its iterator, by reading the
 * graph directly: a path through a large part of the store went on for minutes after its 10 s. Here
 * the path reads the graph through a view whose every read checks the query's deadline
 * ({@link QueryDeadline}) and throws {@link org.apache.jena.query.QueryCancelledException}, which the
 * SPARQL endpoint answers with 503 and the named-query API with its timeout error.
 */
final class CancellablePaths implements OpExecutorFactory {

    /** Makes every query run with CONTEXT (the served dataset's) evaluate its paths this way. */
    static void install(Context context) {
        QC.setFactory(context, new CancellablePaths());
    }

    @Override
    public OpExecutor create(ExecutionContext execCxt) {
        return new Executor(execCxt);
    }

    /** Where a query's deadline is kept once its first path has counted it, in the query's own context. */
    private static final org.apache.jena.sparql.util.Symbol DEADLINE = org.apache.jena.sparql.util.Symbol.create("urn:plangraph:pathDeadline");

    /**
     * The query's deadline, counted from its first path: a path under a join is planned again for each
     * row, and a deadline counted from each would never pass. The count matters where the cancel signal
     * is not raised in time: while ARQ plans a query (a GROUP BY or a sort reads its whole input then),
     * its timeout alarm is not yet set.
     */
    private static QueryDeadline deadline(Context context) {
        QueryDeadline deadline = context.get(DEADLINE);
        if (deadline == null) {
            deadline = QueryDeadline.of(context);
            context.set(DEADLINE, deadline);
        }
        return deadline;
    }

    private static final class Executor extends OpExecutorTDB2 {
        Executor(ExecutionContext execCxt) {
            super(execCxt);
        }

        @Override
        protected QueryIterator execute(OpPath opPath, QueryIterator input) {
            QueryDeadline deadline = deadline(execCxt.getContext());
            Graph watched = new DeadlineGraph(execCxt.getActiveGraph(), deadline);
            return new QueryIterPath(opPath.getTriplePath(), input, ExecutionContext.copyChangeActiveGraph(execCxt, watched));
        }
    }

    /** A graph whose reads throw once the query's deadline has passed. */
    private static final class DeadlineGraph extends GraphWrapper {
        private final QueryDeadline deadline;

        DeadlineGraph(Graph graph, QueryDeadline deadline) {
            super(graph);
            this.deadline = deadline;
        }

        @Override
        public ExtendedIterator<Triple> find(Triple m) {
            deadline.check();
            return watched(super.find(m));
        }

        @Override
        public ExtendedIterator<Triple> find(Node s, Node p, Node o) {
            deadline.check();
            return watched(super.find(s, p, o));
        }

        @Override
        public java.util.stream.Stream<Triple> stream(Node s, Node p, Node o) {
            deadline.check();
            return super.stream(s, p, o).peek(t -> deadline.check());
        }

        @Override
        public boolean contains(Node s, Node p, Node o) {
            deadline.check();
            return super.contains(s, p, o);
        }

        @Override
        public boolean contains(Triple t) {
            deadline.check();
            return super.contains(t);
        }

        private ExtendedIterator<Triple> watched(ExtendedIterator<Triple> triples) {
            return new NiceIterator<Triple>() {
                @Override
                public boolean hasNext() {
                    deadline.check();
                    return triples.hasNext();
                }

                @Override
                public Triple next() {
                    return triples.next();
                }

                @Override
                public void close() {
                    triples.close();
                }
            };
        }
    }
}
