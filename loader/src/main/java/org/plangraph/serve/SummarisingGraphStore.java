package org.plangraph.serve;

import org.apache.jena.fuseki.servlets.GSP_RW;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.fuseki.system.DataUploader;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.plangraph.store.Summaries;

/**
 * The read-write Graph Store Protocol (where {@code load --server} PUTs each file's graph) with the
 * store's summary graph kept in step: a named graph's counts are taken away before it is written and
 * added back after, in the write's own transaction, as {@code PlanStore.replaceGraphs} does. Writes
 * to the default graph (the union of the named graphs here) are Fuseki's own.
 */
final class SummarisingGraphStore extends GSP_RW {
    private final Summaries summaries;

    SummarisingGraphStore(Summaries summaries) {
        this.summaries = summaries;
    }

    @Override
    protected void doPut(HttpAction action) {
        Node graph = namedGraph(action);
        if (graph == null) {
            super.doPut(action);
        } else {
            write(action, graph, true, true);
        }
    }

    @Override
    protected void doPost(HttpAction action) {
        Node graph = namedGraph(action);
        if (graph == null) {
            super.doPost(action);
        } else {
            write(action, graph, false, true);
        }
    }

    @Override
    protected void doDelete(HttpAction action) {
        Node graph = namedGraph(action);
        if (graph == null) {
            super.doDelete(action);
        } else {
            write(action, graph, true, false);
        }
    }

    private static Node namedGraph(HttpAction action) {
        String name = action.getRequestParameter("graph");
        return name == null ? null : NodeFactory.createURI(name);
    }

    /** Clears GRAPH first when REPLACE, then adds the request's triples when READ; answers as Fuseki's GSP does. */
    private void write(HttpAction action, Node graph, boolean replace, boolean read) {
        boolean existed;
        action.beginWrite();
        try {
            DatasetGraph dsg = action.getActiveDSG();
            existed = dsg.containsGraph(graph);
            Summaries.Changes summary = summaries.changesIn(dsg);
            summary.before(graph);
            if (replace) {
                dsg.deleteAny(graph, Node.ANY, Node.ANY, Node.ANY);
            }
            if (read) {
                DataUploader.incomingData(action, StreamRDFLib.graph(dsg.getGraph(graph)));
            }
            summary.after(graph);
            summary.apply();
            action.commit();
        } catch (RiotException e) {
            action.abortSilent();
            ServletOps.errorBadRequest("Parse error: " + e.getMessage());
            return;
        } catch (RuntimeException e) {
            action.abortSilent();
            throw e;
        } finally {
            action.endWrite();
        }
        if (!read) {
            if (existed) {
                ServletOps.successNoContent(action);
            } else {
                ServletOps.errorNotFound("no such graph: " + graph.getURI());
            }
        } else if (existed) {
            ServletOps.success(action);
        } else {
            ServletOps.successCreated(action);
        }
    }
}
