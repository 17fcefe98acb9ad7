package org.plangraph.serve;

import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.plangraph.emit.Vocab;

/**
 * What the store says about one resource, across all its graphs: its own triples, the triples that
 * point at it (up to a cap), and the triples of the blank nodes it points at (one level deep both ways).
 */
final class ResourceDescription {
    static final PrefixMapping PREFIXES = PrefixMapping.Factory.create()
            .setNsPrefix("pg", Vocab.PG).setNsPrefix("eli", Vocab.ELI).setNsPrefix("org", Vocab.ORG)
            .setNsPrefix("prov", Vocab.PROV).setNsPrefix("dct", Vocab.DCT).setNsPrefix("skos", Vocab.SKOS)
            .setNsPrefix("rdf", Vocab.RDF).setNsPrefix("rdfs", Vocab.RDFS).setNsPrefix("xsd", Vocab.XSD)
            .setNsPrefix("owl", "http://www.w3.org/2002/07/owl#").setNsPrefix("qb", Vocab.QB)
            .setNsPrefix("time", Vocab.TIME).setNsPrefix("oa", Vocab.OA)
            .setNsPrefix("kind", Vocab.PG_DEF + "kind/").setNsPrefix("role", Vocab.PG_DEF + "role/")
            .lock();

    private ResourceDescription() {
    }

    /**
     * A resource's description: GRAPH, and whether more triples point at the resource than the
     * MAXINCOMING that GRAPH holds ({@code incomingCut}).
     */
    record Description(Graph graph, boolean incomingCut) {
    }

    /**
     * The resource's own triples (with those of its blank nodes) and at most MAXINCOMING of the
     * triples that point at it (0: all of them), so that a much-cited resource costs no more memory
     * than MAXINCOMING triples.
     */
    static Description of(DatasetGraph dsg, String iri, int maxIncoming) {
        Node r = NodeFactory.createURI(iri);
        Graph g = GraphFactory.createDefaultGraph();
        g.getPrefixMapping().setNsPrefixes(PREFIXES);
        boolean cut = Txn.calculateRead(dsg, () -> {
            for (Iterator<Quad> it = dsg.find(Node.ANY, r, Node.ANY, Node.ANY); it.hasNext(); ) {
                Triple t = it.next().asTriple();
                g.add(t);
                if (t.getObject().isBlank()) {
                    dsg.find(Node.ANY, t.getObject(), Node.ANY, Node.ANY).forEachRemaining(q -> g.add(q.asTriple()));
                }
            }
            // The same triple may sit in several graphs: count distinct ones.
            Set<Triple> incoming = new HashSet<>();
            Iterator<Quad> it = dsg.find(Node.ANY, Node.ANY, Node.ANY, r);
            try {
                while (it.hasNext()) {
                    Triple t = it.next().asTriple();
                    if (incoming.contains(t)) {
                        continue;
                    }
                    if (maxIncoming > 0 && incoming.size() >= maxIncoming) {
                        return true;
                    }
                    incoming.add(t);
                    g.add(t);
                }
                return false;
            } finally {
                Iter.close(it);
            }
        });
        return new Description(g, cut);
    }

    /** Everything in one named graph: the ontology document, for one. */
    static Graph wholeGraph(DatasetGraph dsg, String graphIri) {
        Graph g = GraphFactory.createDefaultGraph();
        g.getPrefixMapping().setNsPrefixes(PREFIXES);
        Node graph = NodeFactory.createURI(graphIri);
        Txn.executeRead(dsg, () -> dsg.find(graph, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> g.add(q.asTriple())));
        return g;
    }
}
