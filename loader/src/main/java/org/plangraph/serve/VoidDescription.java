package org.plangraph.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.plangraph.data.DataFiles;
import org.plangraph.emit.Vocab;
import org.plangraph.store.StoreConfig;

/**
 * A VoID and DCAT description of the dataset at {@code /.well-known/void} (RFC 5785, as the VoID
 * note asks): the hand-written part from {@code fuseki-config/void.ttl}, the figures from the store.
 */
final class VoidDescription extends HttpServlet {
    static final String FILE = "void.ttl";
    private static final String VOID = "http://rdfs.org/ns/void#";
    private static final String DCT = Vocab.DCT;

    private final DatasetGraph dsg;
    private final String base;

    VoidDescription(DatasetGraph dsg, String base) {
        this.dsg = dsg;
        this.base = base;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String type = RdfNegotiation.choose(request);
        if (type == null || type.equals(RdfNegotiation.HTML)) {
            type = "text/turtle";
        }
        String server = request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort();
        Graph g = describe(server + request.getContextPath() + "/.well-known/void");
        response.setStatus(200);
        response.setHeader("Vary", "Accept");
        response.setContentType(type);
        response.setCharacterEncoding("UTF-8");
        RDFDataMgr.write(response.getOutputStream(), g, RdfNegotiation.lang(type));
    }

    Graph describe(String documentIri) {
        Graph g = GraphFactory.createDefaultGraph();
        try (InputStream in = DataFiles.open(StoreConfig.FOLDER, FILE)) {
            RDFParser.source(in).lang(Lang.TURTLE).base(documentIri).parse(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        g.getPrefixMapping().setNsPrefix("void", VOID).setNsPrefix("dcat", "http://www.w3.org/ns/dcat#")
                .setNsPrefix("dct", DCT).setNsPrefix("foaf", "http://xmlns.com/foaf/0.1/");
        Node ds = NodeFactory.createURI(documentIri + "#plangraph");
        g.add(ds, uri(VOID + "uriSpace"), NodeFactory.createLiteralString(base));
        Txn.executeRead(dsg, () -> {
            long total = 0;
            int n = 0;
            for (Iterator<Node> it = dsg.listGraphNodes(); it.hasNext(); ) {
                Node graph = it.next();
                long size = dsg.getGraph(graph).size();
                total += size;
                Node subset = NodeFactory.createURI(documentIri + "#graph-" + (++n));
                g.add(ds, uri(VOID + "subset"), subset);
                g.add(subset, uri(Vocab.RDF + "type"), uri(VOID + "Dataset"));
                g.add(subset, uri("http://www.w3.org/ns/sparql-service-description#name"), graph);
                g.add(subset, uri(VOID + "triples"), integer(size));
            }
            g.add(ds, uri(VOID + "triples"), integer(total));
            classPartition(g, ds, Vocab.DOCUMENT, documentIri + "#documents");
            classPartition(g, ds, Vocab.MEASURE, documentIri + "#measures");
            classPartition(g, ds, Vocab.AGENCY, documentIri + "#agencies");
        });
        return g;
    }

    private void classPartition(Graph g, Node ds, Node cls, String partitionIri) {
        long count = dsg.getUnionGraph().find(Node.ANY, Vocab.TYPE, cls).toSet().size();
        Node part = uri(partitionIri);
        g.add(ds, uri(VOID + "classPartition"), part);
        g.add(part, uri(VOID + "class"), cls);
        g.add(part, uri(VOID + "entities"), integer(count));
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    private static Node integer(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }
}
