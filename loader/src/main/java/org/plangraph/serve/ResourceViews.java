package org.plangraph.serve;

import static org.plangraph.serve.SiteLayout.esc;

import java.util.LinkedHashMap;
import java.util.Map;

/** What the pages for one resource (document, agency, outline item) share: alternates, links, role names. */
final class ResourceViews {
    private ResourceViews() {
    }

    static Map<String, String> alternates() {
        Map<String, String> a = new LinkedHashMap<>();
        a.put("text/turtle", "?format=ttl");
        a.put("application/ld+json", "?format=jsonld");
        a.put("application/n-triples", "?format=nt");
        return a;
    }

    static StringBuilder open(String title, String iri) {
        Map<String, String> alternates = alternates();
        StringBuilder h = SiteLayout.open(title, alternates);
        h.append("<p class=\"iri\"><code>").append(esc(iri)).append("</code> · <a href=\"?format=ttl\">Turtle</a> · ")
                .append("<a href=\"?format=jsonld\">JSON-LD</a> · <a href=\"?format=nt\">N-Triples</a></p>\n");
        return h;
    }

    static String link(IriMap iris, String iri, String text) {
        return "<a href=\"" + esc(iris.localFor(iri).orElse(iri)) + "\">" + esc(text == null || text.isEmpty() ? iri : text) + "</a>";
    }

    /** A role concept's local name (lead, responsible, issuer) as a person reads it. */
    static String roleName(String role, boolean inferred) {
        String base = switch (role) {
            case "lead" -> "lead 牵头";
            case "responsible" -> "shares 责任";
            case "issuer" -> "issuer 发文单位";
            default -> role;
        };
        return inferred ? base + " (inferred 推定)" : base;
    }
}
