package org.plangraph.query;

import java.util.ArrayList;
import java.util.List;

/**
 * A query of {@code queries/}: a stable API for analysts and dashboards. Its comment header says what
 * it is for, which parameters it takes and which columns it answers with:
 * <pre>
 * # title: Measures
 * # description: Every measure of every document, with its numbering path and heading.
 * # param: doc (iri, optional) — only this document's measures
 * # columns: doc, measure, path, heading
 * # page-by: doc
 * </pre>
 * {@code page-by} names an IRI parameter whose variable the query binds first ({@code BIND(?_doc AS ?doc)}):
 * called without its optional parameters, its pages go by document ({@link PagesByDocument}), each costing what
 * its documents cost rather than what the whole answer costs. A query whose rows come from few documents
 * says which with {@code # page-documents: ?doc eli:implements ?policy} (a pattern on {@code ?doc}, in the
 * query's prefixes): its pages then read only the documents that match it, not every document.
 */
public record NamedQuery(String name, String title, String description, List<Parameter> parameters, List<String> columns,
        String pageBy, String pageDocuments, String sparql) {

    /** A parameter NAME: bound to the query variable {@code ?_NAME} (the BASIL/grlc convention). Kind is {@code iri}, {@code string}, {@code integer} or {@code iri-or-name}. */
    public record Parameter(String name, String kind, boolean optional, String description) {
    }

    public static NamedQuery parse(String name, String sparql) {
        String title = name;
        String description = "";
        List<Parameter> params = new ArrayList<>();
        List<String> columns = new ArrayList<>();
        String pageBy = null;
        String pageDocuments = null;
        for (String line : sparql.split("\\R")) {
            String s = line.strip();
            if (!s.startsWith("#")) {
                if (!s.isEmpty()) {
                    break;
                }
                continue;
            }
            s = s.substring(1).strip();
            int colon = s.indexOf(':');
            if (colon <= 0) {
                continue;
            }
            String key = s.substring(0, colon).strip().toLowerCase(java.util.Locale.ROOT);
            String value = s.substring(colon + 1).strip();
            switch (key) {
                case "title" -> title = value;
                case "description" -> description = description.isEmpty() ? value : description + " " + value;
                case "param" -> params.add(parseParameter(value));
                case "page-by" -> pageBy = value.split("[\\s—–-]", 2)[0];
                case "page-documents" -> pageDocuments = value.split("\\s+—\\s+", 2)[0].strip();
                case "columns" -> {
                    for (String c : value.split(",")) {
                        if (!c.isBlank()) {
                            columns.add(c.strip());
                        }
                    }
                }
                default -> {
                }
            }
        }
        if (pageBy != null) {
            String key = pageBy;
            Parameter p = params.stream().filter(x -> x.name().equals(key)).findFirst().orElseThrow(() -> new IllegalArgumentException(
                    "query " + name + " pages by '" + key + "', which is not one of its parameters"));
            if (!p.kind().equals("iri") || !p.optional()) {
                throw new IllegalArgumentException("query " + name + " pages by '" + key + "', which must be an optional iri parameter");
            }
        }
        if (pageDocuments != null && (pageBy == null || !pageDocuments.contains("?doc"))) {
            throw new IllegalArgumentException("query " + name + ": page-documents must be a pattern on ?doc, in a query that pages by doc");
        }
        return new NamedQuery(name, title, description, params, columns, pageBy, pageDocuments, sparql);
    }

    private static Parameter parseParameter(String spec) {
        // name (kind[, optional]) — description
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(\\w+)\\s*(?:\\(([^)]*)\\))?\\s*(?:[—–-]+\\s*(.*))?$").matcher(spec);
        if (!m.matches()) {
            throw new IllegalArgumentException("bad parameter line: " + spec);
        }
        String kind = "string";
        boolean optional = false;
        if (m.group(2) != null) {
            for (String part : m.group(2).split(",")) {
                String p = part.strip();
                if (p.equals("optional")) {
                    optional = true;
                } else if (!p.isEmpty()) {
                    kind = p;
                }
            }
        }
        return new Parameter(m.group(1), kind, optional, m.group(3) == null ? "" : m.group(3).strip());
    }

    public Parameter parameter(String paramName) {
        return parameters.stream().filter(p -> p.name().equals(paramName)).findFirst().orElse(null);
    }
}
