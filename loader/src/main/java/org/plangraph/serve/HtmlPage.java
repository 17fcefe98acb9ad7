package org.plangraph.serve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.plangraph.emit.Vocab;

/**
 * A readable page for a resource's description: its labels in Chinese and English, the source text
 * span of a measure or task, every property with links to what it names (on this server where the
 * resource is ours), and what points at it.
 */
final class HtmlPage {
    private static final List<Node> LABELS = List.of(Vocab.SKOS_PREF_LABEL, Vocab.LABEL, Vocab.DCT_TITLE, Vocab.HEADING);

    private final DatasetGraph dsg;
    private final IriMap iris;
    private final Map<Node, Labels> labelCache = new LinkedHashMap<>();

    HtmlPage(DatasetGraph dsg, IriMap iris) {
        this.dsg = dsg;
        this.iris = iris;
    }

    /** Chinese and English labels of a resource, from whatever graph has them. */
    record Labels(String zh, String en, String other) {
        String best() {
            return zh != null ? zh : en != null ? en : other;
        }
    }

    /**
     * The page for FOCUSIRI's description G. INCOMINGCUT above 0 says G holds only that many of the
     * triples that point at it: the page says there are more and how to find them.
     */
    String render(Graph g, String focusIri, int incomingCut) {
        Node focus = NodeFactory.createURI(focusIri);
        return Txn.calculateRead(dsg, () -> {
            StringBuilder h = new StringBuilder(8192);
            Labels l = labels(focus);
            String title = l.best() != null ? l.best() : ResourceDescription.PREFIXES.shortForm(focusIri);
            h.append("<!doctype html>\n<html lang=\"zh\"><head><meta charset=\"utf-8\">")
                    .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                    .append("<title>").append(esc(title)).append(" — plangraph</title>")
                    .append("<link rel=\"alternate\" type=\"text/turtle\" href=\"?format=ttl\">")
                    .append("<link rel=\"alternate\" type=\"application/ld+json\" href=\"?format=jsonld\">")
                    .append("<link rel=\"alternate\" type=\"application/n-triples\" href=\"?format=nt\">")
                    .append("<style>table{width:100%}th{width:16em}")
                    .append("table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #ddd;padding:.3em .5em;vertical-align:top;text-align:left}")
                    .append("th{width:16em;font-weight:normal;color:#555}code{font-size:.9em}.lang{color:#888;font-size:.8em}")
                    .append("blockquote{background:#f6f6f0;border-left:4px solid #cb4;margin:0;padding:.5em 1em;white-space:pre-wrap}nav a{margin-right:1em}</style>")
                    .append("<link rel=\"icon\" href=\"data:,\"><link rel=\"stylesheet\" href=\"/assets/site.css\">")
                    .append("</head><body>\n").append(SiteLayout.nav()).append("<main>\n");
            h.append("<h1>").append(esc(title)).append("</h1>\n");
            if (l.zh() != null && l.en() != null) {
                h.append("<p>").append(esc(l.en())).append(" <span class=lang>en</span></p>\n");
            }
            h.append("<p><code>").append(esc(focusIri)).append("</code> · ")
                    .append("<a href=\"?format=ttl\">Turtle</a> · <a href=\"?format=jsonld\">JSON-LD</a> · <a href=\"?format=nt\">N-Triples</a></p>\n");
            sourceText(h, g, focus);
            responsibilities(h, focus);
            section(h, g, focus, true);
            List<Node> others = g.find(Node.ANY, Node.ANY, Node.ANY).mapWith(Triple::getSubject)
                    .filterKeep(s -> s.isURI() && !s.equals(focus) && g.contains(s, Node.ANY, Node.ANY) && !pointsOnlyAt(g, s, focus))
                    .toSet().stream().sorted(Comparator.comparing(Node::getURI)).toList();
            List<Triple> incoming = g.find(Node.ANY, Node.ANY, focus).toList();
            if (!incoming.isEmpty()) {
                h.append("<h2>Referenced by · 被引用</h2>\n<table>\n");
                incoming.stream().sorted(Comparator.comparing((Triple t) -> t.getSubject().toString())).forEach(t ->
                        h.append("<tr><td>").append(value(t.getSubject())).append("</td><td>").append(predicate(t.getPredicate())).append("</td></tr>\n"));
                h.append("</table>\n");
            }
            if (incomingCut > 0) {
                h.append(moreIncoming(focusIri, incomingCut));
            }
            for (Node s : others) {
                String id = s.getURI().contains("#") ? s.getURI().substring(s.getURI().indexOf('#') + 1) : null;
                h.append("<h2").append(id == null ? "" : " id=\"" + esc(id) + "\"").append(">").append(value(s)).append("</h2>\n");
                section(h, g, s, false);
            }
            h.append("</main></body></html>\n");
            return h.toString();
        });
    }

    /** Says that more than LISTED triples point at IRI, and gives the SPARQL that finds them all. */
    static String moreIncoming(String iri, int listed) {
        String sparql = "SELECT ?s ?p WHERE { ?s ?p <" + iri + "> }";
        return "<p>…and more: see <a href=\"/plans/sparql?query=" + esc(java.net.URLEncoder.encode(sparql, java.nio.charset.StandardCharsets.UTF_8))
                + "\">SPARQL</a> (only the first " + listed + " are listed): <code>" + esc(sparql) + "</code></p>\n";
    }

    private static boolean pointsOnlyAt(Graph g, Node s, Node focus) {
        return g.find(s, Node.ANY, Node.ANY).toList().stream().allMatch(t -> t.getObject().equals(focus));
    }

    private void sourceText(StringBuilder h, Graph g, Node focus) {
        Optional<Node> asRead = first(g, focus, Vocab.TEXT_AS_READ);
        if (asRead.isEmpty()) {
            return;
        }
        h.append("<h2>Source text · 原文</h2>\n<blockquote lang=\"zh\">").append(esc(asRead.get().getLiteralLexicalForm())).append("</blockquote>\n");
        Optional<Node> start = first(g, focus, Vocab.SPAN_START);
        Optional<Node> end = first(g, focus, Vocab.SPAN_END);
        Optional<Node> file = first(g, focus, NodeFactory.createURI(Vocab.PG + "sourceFile"));
        if (start.isPresent() && end.isPresent()) {
            h.append("<p>characters ").append(esc(start.get().getLiteralLexicalForm())).append("–").append(esc(end.get().getLiteralLexicalForm()));
            file.ifPresent(f -> h.append(" of ").append(value(f)));
            h.append("</p>\n");
        }
        first(g, focus, Vocab.TEXT).ifPresent(t -> h.append("<p><span class=lang>simplified 简体</span> ").append(esc(t.getLiteralLexicalForm())).append("</p>\n"));
    }

    private void section(StringBuilder h, Graph g, Node subject, boolean withBlankNodes) {
        Map<Node, List<Node>> byPredicate = new LinkedHashMap<>();
        g.find(subject, Node.ANY, Node.ANY).toList().stream()
                .sorted(Comparator.comparing((Triple t) -> !t.getPredicate().equals(Vocab.TYPE)).thenComparing(t -> t.getPredicate().getURI()))
                .forEach(t -> byPredicate.computeIfAbsent(t.getPredicate(), k -> new ArrayList<>()).add(t.getObject()));
        // Parts in numbering order (二 before 三), not in the store's order.
        byPredicate.values().forEach(values -> values.sort(Comparator.comparing(this::sortKey)));
        h.append("<table>\n");
        byPredicate.forEach((p, values) -> {
            h.append("<tr><th>").append(predicate(p)).append("</th><td>");
            for (int i = 0; i < values.size(); i++) {
                Node v = values.get(i);
                if (i > 0) {
                    h.append("<br>");
                }
                if (v.isBlank() && withBlankNodes) {
                    h.append("<table>");
                    g.find(v, Node.ANY, Node.ANY).forEach(t -> h.append("<tr><th>").append(predicate(t.getPredicate())).append("</th><td>")
                            .append(value(t.getObject())).append("</td></tr>"));
                    h.append("</table>");
                } else {
                    h.append(value(v));
                }
            }
            h.append("</td></tr>\n");
        });
        h.append("</table>\n");
    }

    private String sortKey(Node v) {
        if (!v.isURI()) {
            return v.isLiteral() ? v.getLiteralLexicalForm() : "";
        }
        return literal(v, Vocab.PATH).map(org.plangraph.emit.PathSortKey::of)
                .orElseGet(() -> labels(v).best() != null ? labels(v).best() : v.getURI());
    }

    private String predicate(Node p) {
        String shortName = ResourceDescription.PREFIXES.shortForm(p.getURI());
        Labels l = labels(p);
        String label = l.zh() != null && l.en() != null ? l.en() + " · " + l.zh() : l.best();
        return "<a href=\"" + esc(href(p.getURI())) + "\" title=\"" + esc(p.getURI()) + "\">" + esc(label != null ? label : shortName) + "</a>"
                + (label != null ? " <span class=lang>" + esc(shortName) + "</span>" : "");
    }

    private String value(Node v) {
        if (v.isURI()) {
            Labels l = labels(v);
            String text = l.best() != null ? l.best() : ResourceDescription.PREFIXES.shortForm(v.getURI());
            return "<a href=\"" + esc(href(v.getURI())) + "\" title=\"" + esc(v.getURI()) + "\">" + esc(text) + "</a>";
        }
        if (v.isLiteral()) {
            String lang = v.getLiteralLanguage();
            String dt = v.getLiteralDatatypeURI();
            String suffix = !lang.isEmpty() ? " <span class=lang>@" + esc(lang) + "</span>"
                    : dt != null && !dt.equals(Vocab.XSD + "string") ? " <span class=lang>" + esc(ResourceDescription.PREFIXES.shortForm(dt)) + "</span>" : "";
            return "<span" + (lang.isEmpty() ? "" : " lang=\"" + esc(lang) + "\"") + ">" + esc(v.getLiteralLexicalForm()) + "</span>" + suffix;
        }
        return "<span class=lang>[" + esc(v.toString()) + "]</span>";
    }

    private String href(String iri) {
        return iris.localFor(iri).orElse(iri);
    }

    private Labels labels(Node n) {
        return labelCache.computeIfAbsent(n, k -> {
            String zh = null;
            String en = null;
            String other = null;
            for (Node p : LABELS) {
                for (var it = dsg.find(Node.ANY, k, p, Node.ANY); it.hasNext(); ) {
                    Node o = it.next().getObject();
                    if (!o.isLiteral()) {
                        continue;
                    }
                    String lang = o.getLiteralLanguage().toLowerCase(java.util.Locale.ROOT);
                    if (lang.startsWith("zh") && zh == null) {
                        zh = o.getLiteralLexicalForm();
                    } else if (lang.startsWith("en") && en == null) {
                        en = o.getLiteralLexicalForm();
                    } else if (other == null) {
                        other = o.getLiteralLexicalForm();
                    }
                }
            }
            if (zh == null && en == null && other == null) {
                other = derivedLabel(k);
            }
            return new Labels(zh, en, other);
        });
    }

    private static final int LABEL_CHARS = 60;

    /**
     * A label for a resource the loader gives none: a task or measure by its text, a target or
     * figure by its wording, a responsibility by its unit and role, an alignment by its item.
     */
    private String derivedLabel(Node n) {
        if (!n.isURI()) {
            return null;
        }
        Optional<String> unit = literal(n, Vocab.UNIT_NAME);
        if (unit.isPresent()) {
            String role = object(n, NodeFactory.createURI(Vocab.PROV + "hadRole")).filter(Node::isURI)
                    .map(r -> r.getURI().substring(r.getURI().lastIndexOf('/') + 1)).orElse("");
            return unit.get() + (role.isEmpty() ? "" : " · " + ResourceViews.roleName(role, literal(n, Vocab.INFERRED).orElse("false").equals("true")));
        }
        Optional<Node> item = object(n, NodeFactory.createURI(Vocab.PG + "alignedItem"));
        if (item.isPresent()) {
            String id = literal(item.get(), Vocab.DCT_IDENTIFIER).orElse(item.get().getURI().substring(item.get().getURI().lastIndexOf('/') + 1));
            return "alignment → " + id + " " + literal(item.get(), Vocab.DCT_TITLE).orElse("")
                    + literal(n, NodeFactory.createURI(Vocab.PG + "rank")).map(r -> " (rank " + r + ")").orElse("");
        }
        for (Node p : List.of(Vocab.TARGET_TEXT, Vocab.FIGURE_TEXT, Vocab.TEXT, Vocab.TEXT_AS_READ)) {
            Optional<String> text = literal(n, p);
            if (text.isPresent()) {
                String oneLine = text.get().strip().replaceAll("\\s+", " ");
                String prefix = literal(n, Vocab.PATH).map(path -> path + " ").orElse("");
                return prefix + (oneLine.length() > LABEL_CHARS ? oneLine.substring(0, LABEL_CHARS) + "…" : oneLine);
            }
        }
        return literal(n, Vocab.PATH).orElse(null);
    }

    private Optional<Node> object(Node s, Node p) {
        var it = dsg.find(Node.ANY, s, p, Node.ANY);
        return it.hasNext() ? Optional.of(it.next().getObject()) : Optional.empty();
    }

    private Optional<String> literal(Node s, Node p) {
        return object(s, p).filter(Node::isLiteral).map(Node::getLiteralLexicalForm);
    }

    /** A measure's or task's responsible units by role, so that its page says who must do it. */
    private void responsibilities(StringBuilder h, Node focus) {
        List<Node> tasks = new ArrayList<>();
        if (dsg.contains(Node.ANY, focus, Vocab.HAS_RESPONSIBILITY, Node.ANY)) {
            tasks.add(focus);
        }
        dsg.find(Node.ANY, focus, Vocab.HAS_TASK, Node.ANY).forEachRemaining(q -> tasks.add(q.getObject()));
        List<String> rows = new ArrayList<>();
        for (Node task : tasks.stream().distinct().toList()) {
            dsg.find(Node.ANY, task, Vocab.HAS_RESPONSIBILITY, Node.ANY).forEachRemaining(q -> {
                Node r = q.getObject();
                Optional<Node> agent = object(r, NodeFactory.createURI(Vocab.PROV + "agent"));
                String role = labels(r).best();
                rows.add("<tr><td>" + value(task) + "</td><td>" + (agent.isPresent() ? value(agent.get()) : "") + "</td><td>"
                        + esc(role == null ? "" : role.contains(" · ") ? role.substring(role.indexOf(" · ") + 3) : role) + "</td></tr>\n");
            });
        }
        if (!rows.isEmpty()) {
            h.append("<h2>Responsible units · 责任单位</h2>\n<table><tr><th>Task 任务</th><th>Unit 单位</th><th>Role 角色</th></tr>\n");
            rows.stream().distinct().forEach(h::append);
            h.append("</table>\n");
        }
    }

    private static Optional<Node> first(Graph g, Node s, Node p) {
        var it = g.find(s, p, Node.ANY);
        return it.hasNext() ? Optional.of(it.next().getObject()) : Optional.empty();
    }

    static String esc(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
