package org.plangraph.store;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.plangraph.link.IriScheme;

/**
 * The dashboard's aggregations (tasks per agency and role, outline coverage per jurisdiction, targets
 * per due day), precomputed into the summary graph so that reading them costs a few thousand
 * observations instead of a pass over the whole store. {@link #rebuild} recomputes it all;
 * {@link Changes} keeps it in step with file graphs replaced in a write transaction.
 */
public final class Summaries {
    private final SummaryGraph summary;

    public Summaries(IriScheme iris) {
        this.summary = new SummaryGraph(iris);
    }

    public static Summaries standard() {
        return new Summaries(IriScheme.standard());
    }

    /** The summary graph's name: no file's graph. */
    public Node graph() {
        return summary.graph;
    }

    /** Whether GRAPH of DSG is a summary graph (under whatever base it was minted), not a file's. */
    public static boolean isSummaryGraph(DatasetGraph dsg, Node graph) {
        return SummaryGraph.isSummaryGraph(dsg, graph);
    }

    /** Recomputes the whole summary from the store, in one write transaction (or the caller's). */
    public static void rebuild(DatasetGraph dsg) {
        standard().rebuildIn(dsg);
    }

    public void rebuildIn(DatasetGraph dsg) {
        Txn.executeWrite(dsg, () -> summary.replace(dsg, SummaryTally.of(dsg, null)));
    }

    /** Starts keeping the summary in step with the graphs the caller's write transaction replaces. */
    public Changes changesIn(DatasetGraph dsg) {
        return new Changes(dsg);
    }

    /**
     * The graphs one write transaction replaces: call {@link #before} ahead of deleting a graph and
     * {@link #after} once it is written, then {@link #apply} before the commit.
     */
    public final class Changes {
        private final DatasetGraph dsg;
        // A store without a summary is summarised whole at the end: a difference would give it the new files' counts only.
        private final boolean whole;
        private final SummaryTally delta = new SummaryTally();

        private Changes(DatasetGraph dsg) {
            this.dsg = dsg;
            this.whole = !summary.existsIn(dsg);
        }

        public void before(Node graph) {
            if (!whole && !graph.equals(summary.graph)) {
                delta.add(SummaryTally.of(dsg, graph), -1);
            }
        }

        public void after(Node graph) {
            if (!whole && !graph.equals(summary.graph)) {
                delta.add(SummaryTally.of(dsg, graph), 1);
            }
        }

        public void apply() {
            if (whole) {
                summary.replace(dsg, SummaryTally.of(dsg, null));
            } else {
                summary.apply(dsg, delta);
            }
        }
    }
}
