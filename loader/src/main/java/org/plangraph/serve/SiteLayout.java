package org.plangraph.serve;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** The frame every page for people shares: head with its alternates, the navigation, the search box. */
final class SiteLayout {
    private SiteLayout() {
    }

    /**
     * The page's opening up to its h1. ALTERNATES maps a media type to the URL of the same content
     * in that form (Turtle, JSON-LD, CSV of the named query behind a list …).
     */
    static StringBuilder open(String title, Map<String, String> alternates) {
        StringBuilder h = new StringBuilder(16_384);
        h.append("<!doctype html>\n<html lang=\"zh\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(esc(title)).append(" — plangraph</title>")
                .append("<link rel=\"icon\" href=\"data:,\"><link rel=\"stylesheet\" href=\"/assets/site.css\">");
        alternates.forEach((type, href) -> h.append("<link rel=\"alternate\" type=\"").append(esc(type)).append("\" href=\"")
                .append(esc(href)).append("\">"));
        h.append("</head><body>\n").append(nav()).append("<main>\n<h1>").append(esc(title)).append("</h1>\n");
        return h;
    }

    static String nav() {
        return "<nav><a href=\"/\">plangraph 首页</a><a href=\"/search\">搜索 Search</a><a href=\"/browse/documents\">文件 Documents</a>"
                + "<a href=\"/browse/agencies\">单位 Agencies</a><a href=\"/browse/outline\">纲要 Outline</a><a href=\"/dashboard\">看板 Dashboard</a>"
                + "<a href=\"/query\">SPARQL</a><a href=\"/api/queries\">API</a><a href=\"/def\">本体 Ontology</a>"
                + "<form class=\"navsearch\" action=\"/search\" method=\"get\" role=\"search\"><input name=\"q\" type=\"search\" placeholder=\"搜索 行政复议 …\" aria-label=\"search\"></form></nav>\n";
    }

    /** Links to the same content as data, shown on the page. */
    static void alternateLinks(StringBuilder h, Map<String, String> alternates) {
        if (alternates.isEmpty()) {
            return;
        }
        h.append("<p class=\"alternates\">");
        boolean first = true;
        for (Map.Entry<String, String> e : alternates.entrySet()) {
            h.append(first ? "" : " · ").append("<a href=\"").append(esc(e.getValue())).append("\">").append(esc(formatName(e.getKey()))).append("</a>");
            first = false;
        }
        h.append("</p>\n");
    }

    private static String formatName(String type) {
        return switch (type) {
            case "text/turtle" -> "Turtle";
            case "application/ld+json" -> "JSON-LD";
            case "application/n-triples" -> "N-Triples";
            case "text/csv" -> "CSV";
            case "application/sparql-results+json" -> "JSON";
            default -> type;
        };
    }

    static String close(StringBuilder h) {
        return h.append("</main>\n</body></html>\n").toString();
    }

    static void send(HttpServletResponse response, int status, String html) throws IOException {
        response.setStatus(status);
        response.setContentType("text/html");
        response.setCharacterEncoding("UTF-8");
        response.getOutputStream().write(html.getBytes(StandardCharsets.UTF_8));
    }

    static String esc(String s) {
        return HtmlPage.esc(s == null ? "" : s);
    }

    static String url(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
