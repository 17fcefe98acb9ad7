package org.plangraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.plangraph.query.NamedQuery;
import org.plangraph.query.PagesByDocument;
import org.plangraph.query.QueryCatalog;
import org.plangraph.query.QueryRunner;
import org.plangraph.store.PlanStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "query", description = "Run a named query of queries/ (see --list) over a store.")
final class QueryCommand implements Callable<Integer> {
    @Parameters(arity = "0..1", paramLabel = "NAME", description = "The query's name: queries/NAME.rq.")
    String name;

    @Option(names = "--db", paramLabel = "DIR", description = "The TDB2 store.")
    Path db;

    @Option(names = "--param", paramLabel = "K=V", description = "A parameter value, bound as an RDF term.")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--format", defaultValue = "table", description = "table, csv, tsv or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--list", description = "List the named queries with their parameters and columns.")
    boolean list;

    @Option(names = "--limit", paramLabel = "N", description = "One page of N rows rather than the whole answer; the next page's cursor goes to standard error.")
    Long limit;

    @Option(names = "--after", paramLabel = "IRI", description = "With --limit, for a query paged by document: the page after this document (the cursor the previous page gave).")
    String after;

    @Option(names = "--skip", paramLabel = "N", description = "With --after: how many of that document's rows the previous page gave.")
    Long skip;

    @Option(names = "--offset", paramLabel = "N", description = "With --limit, for a query not paged by document: the page from row N.")
    long offset;

    @Override
    public Integer call() {
        QueryCatalog catalog = QueryCatalog.standard();
        if (list || name == null) {
            for (NamedQuery q : catalog.all()) {
                System.out.printf("%-22s %s%n", q.name(), q.title());
                for (NamedQuery.Parameter p : q.parameters()) {
                    System.out.printf("%-22s   --param %s=… (%s%s) %s%n", "", p.name(), p.kind(), p.optional() ? ", optional" : "", p.description());
                }
                System.out.printf("%-22s   columns: %s%n", "", String.join(",", q.columns()));
            }
            return 0;
        }
        NamedQuery query = catalog.get(name).orElseThrow(() -> new IllegalArgumentException(
                "no query named '" + name + "' in queries/; run plangraph query --list"));
        if (db == null) {
            throw new IllegalArgumentException("query needs --db DIR");
        }
        if (!Files.isDirectory(db)) {
            throw new IllegalArgumentException("no store at " + db + "; load one with: plangraph load --db " + db + " PATH…");
        }
        QueryRunner.Format f = switch (format.toLowerCase(java.util.Locale.ROOT)) {
            case "table" -> QueryRunner.Format.TABLE;
            case "csv" -> QueryRunner.Format.CSV;
            case "tsv" -> QueryRunner.Format.TSV;
            case "json" -> QueryRunner.Format.JSON;
            default -> throw new IllegalArgumentException("unknown format '" + format + "': use table, csv, tsv or json");
        };
        try (PlanStore store = PlanStore.open(db)) {
            var bindings = QueryRunner.bind(query, params);
            if (limit == null) {
                new QueryRunner(store.dataset()).run(query, bindings, f, System.out);
            } else if (offset == 0 && PagesByDocument.applies(query, bindings)) {
                // the same pages as the server's, by document
                var page = new PagesByDocument(store.dataset(), 0).page(query, bindings, Math.max(1, limit),
                        after == null ? PagesByDocument.Cursor.START : new PagesByDocument.Cursor(after, skip == null ? PagesByDocument.Cursor.ALL : skip));
                QueryRunner.write(f, System.out, page.vars(), page.rows());
                if (page.next() != null) {
                    System.err.println("next page: --limit " + limit + " --after " + page.next().after()
                            + (page.next().skip() == PagesByDocument.Cursor.ALL ? "" : " --skip " + page.next().skip()));
                }
            } else {
                new QueryRunner(store.dataset()).preparePage(query, bindings, Math.max(1, limit), offset).page(f, System.out, more -> {
                    if (more) {
                        System.err.println("next page: --limit " + limit + " --offset " + (offset + limit));
                    }
                });
            }
        }
        System.out.flush();
        return 0;
    }
}
