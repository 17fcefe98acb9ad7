package org.plangraph.serve;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.riot.Lang;

/**
 * Picks the representation of a linked-data answer from {@code ?format=} (which wins, for links
 * and browsers) or the Accept header. Turtle is the answer to a client that accepts anything.
 */
final class RdfNegotiation {
    static final String HTML = "text/html";
    private static final Map<String, String> FORMATS = Map.of(
            "ttl", "text/turtle", "turtle", "text/turtle", "jsonld", "application/ld+json", "json", "application/ld+json",
            "nt", "application/n-triples", "rdf", "application/rdf+xml", "xml", "application/rdf+xml", "html", HTML);
    private static final AcceptList OFFERED = AcceptList.create("text/turtle", "application/ld+json", "application/n-triples",
            "application/rdf+xml", HTML, "application/json");

    private RdfNegotiation() {
    }

    /** The media type to answer with, or null when the client accepts none on offer (406). */
    static String choose(HttpServletRequest request) {
        String format = request.getParameter("format");
        if (format != null) {
            return FORMATS.get(format.toLowerCase(java.util.Locale.ROOT));
        }
        String accept = request.getHeader("Accept");
        if (accept == null || accept.isBlank()) {
            return "text/turtle";
        }
        MediaType chosen = AcceptList.match(new AcceptList(accept), OFFERED);
        if (chosen == null) {
            return null;
        }
        String type = chosen.getContentTypeStr();
        return type.equals("application/json") ? "application/ld+json" : type;
    }

    static Lang lang(String mediaType) {
        return switch (mediaType) {
            case "application/ld+json" -> Lang.JSONLD;
            case "application/n-triples" -> Lang.NTRIPLES;
            case "application/rdf+xml" -> Lang.RDFXML;
            default -> Lang.TURTLE;
        };
    }
}
