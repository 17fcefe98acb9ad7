package org.plangraph.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.plangraph.data.DataFiles;
import org.plangraph.emit.Vocab;

/**
 * The ontology, its concept schemes and the reference data of {@code ontology/}, each kept in a named
 * graph of its own in every store, so that queries can follow a loaded plan to the national outline
 * it implements and read the labels of the concepts it uses.
 */
public final class ReferenceData {
    /** A file of {@code ontology/} and the graph it is kept in. */
    public record Entry(String file, String graph) {
    }

    public static final List<Entry> FILES = List.of(
            new Entry("plangraph.ttl", Vocab.PG_REF + "graph/ontology"),
            new Entry("schemes.ttl", Vocab.PG_REF + "graph/schemes"),
            new Entry("reference/outlines.ttl", Vocab.PG_REF + "graph/outlines"),
            new Entry("reference/agency-abbreviations.ttl", Vocab.PG_REF + "graph/agency-names"));

    private ReferenceData() {
    }

    /** Puts (or refreshes) every reference graph in the store (or the server's). */
    public static void refresh(GraphDestination store) {
        for (Entry e : FILES) {
            Node graph = NodeFactory.createURI(e.graph());
            store.replaceGraph(graph, sink -> {
                try (InputStream in = DataFiles.openOntology(e.file())) {
                    RDFParser.source(in).lang(Lang.TURTLE).base(Vocab.PG_REF).parse(quadsInto(graph, sink));
                } catch (IOException ex) {
                    throw new UncheckedIOException(ex);
                }
            });
        }
    }

    private static org.apache.jena.riot.system.StreamRDF quadsInto(Node graph, org.apache.jena.riot.system.StreamRDF sink) {
        return new org.apache.jena.riot.system.StreamRDFWrapper(sink) {
            @Override
            public void triple(org.apache.jena.graph.Triple t) {
                sink.quad(org.apache.jena.sparql.core.Quad.create(graph, t));
            }
        };
    }
}
