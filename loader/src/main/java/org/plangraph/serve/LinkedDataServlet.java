package org.plangraph.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.plangraph.emit.Vocab;
import org.plangraph.store.ReferenceData;

/**
 * Dereferences the IRIs the loader mints, the ontology's and the reference data's: each answers
 * with the resource's description as HTML, Turtle, JSON-LD, N-Triples or RDF/XML by content
 * negotiation, or 404 when the store says nothing about it. The ontology IRI itself answers with
 * the whole ontology, since its terms are hash IRIs of that one document.
 */
final class LinkedDataServlet extends HttpServlet {
    private static final String ONTOLOGY_GRAPH = ReferenceData.FILES.stream()
            .filter(e -> e.file().equals("plangraph.ttl")).findFirst().orElseThrow().graph();

    private static final Node OUTLINE_ITEM = NodeFactory.createURI(Vocab.PG + "OutlineItem");

    static final String INCOMING_LIMIT_HEADER = "X-Plangraph-Incoming-Limit";

    private final DatasetGraph dsg;
    private final IriMap iris;
    private final int maxIncoming;
    private final DocumentView documents;
    private final AgencyView agencies;
    private final OutlineItemView outlineItems;

    /**
     * Serves descriptions listing at most MAXINCOMING of the triples that point at a resource (0: all);
     * documents, agencies and outline items get pages for people made by QUERIES.
     */
    LinkedDataServlet(DatasetGraph dsg, IriMap iris, int maxIncoming, PageQueries queries) {
        this.dsg = dsg;
        this.iris = iris;
        this.maxIncoming = maxIncoming;
        this.documents = new DocumentView(queries, iris);
        this.agencies = new AgencyView(queries, iris);
        this.outlineItems = new OutlineItemView(queries, iris);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Optional<String> iri = iris.iriFor(path);
        response.setHeader("Vary", "Accept");
        String type = RdfNegotiation.choose(request);
        if (type == null) {
            Json.error(response, 406, "available as text/html, text/turtle, application/ld+json, application/n-triples, application/rdf+xml");
            return;
        }
        if (iri.isEmpty()) {
            notFound(response, type, path);
            return;
        }
        String resource = iri.get();
        boolean wholeOntology = resource.equals(IriMap.ONTOLOGY) || resource.equals(IriMap.ONTOLOGY + "/");
        ResourceDescription.Description d = wholeOntology
                ? new ResourceDescription.Description(ResourceDescription.wholeGraph(dsg, ONTOLOGY_GRAPH), false)
                : ResourceDescription.of(dsg, resource, maxIncoming);
        Graph g = d.graph();
        if (g.isEmpty()) {
            notFound(response, type, resource);
            return;
        }
        if (wholeOntology) {
            resource = IriMap.ONTOLOGY;
        }
        response.setStatus(200);
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Link", "<" + resource + ">; rel=\"describes\"");
        if (d.incomingCut()) {
            // More triples point at the resource than the description lists; SPARQL finds them all.
            response.setHeader(INCOMING_LIMIT_HEADER, Integer.toString(maxIncoming));
        }
        if (type.equals(RdfNegotiation.HTML)) {
            response.setContentType("text/html");
            response.getOutputStream().write(htmlPage(g, resource, d.incomingCut()).getBytes(StandardCharsets.UTF_8));
        } else {
            response.setContentType(type);
            RDFDataMgr.write(response.getOutputStream(), g, RdfNegotiation.lang(type));
        }
    }

    private String htmlPage(Graph g, String resource, boolean incomingCut) {
        Node r = NodeFactory.createURI(resource);
        String footer = incomingCut ? HtmlPage.moreIncoming(resource, maxIncoming) : "";
        if (g.contains(r, Vocab.TYPE, Vocab.DOCUMENT)) {
            return documents.render(resource, footer);
        }
        if (g.contains(r, Vocab.TYPE, Vocab.AGENCY) || g.contains(r, Vocab.TYPE, Vocab.COLLECTIVE_AGENCY)) {
            return agencies.render(resource, footer);
        }
        if (g.contains(r, Vocab.TYPE, OUTLINE_ITEM)) {
            return outlineItems.render(resource, footer);
        }
        return new HtmlPage(dsg, iris).render(g, resource, incomingCut ? maxIncoming : 0);
    }

    private static void notFound(HttpServletResponse response, String type, String what) throws IOException {
        if (type.equals(RdfNegotiation.HTML)) {
            response.setStatus(404);
            response.setContentType("text/html");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("<!doctype html><meta charset=utf-8><title>Not found</title><h1>Not found</h1><p>Nothing is known about <code>"
                    + HtmlPage.esc(what) + "</code>.</p><p><a href=\"/\">plangraph</a></p>");
        } else {
            Json.error(response, 404, "nothing is known about " + what);
        }
    }
}
