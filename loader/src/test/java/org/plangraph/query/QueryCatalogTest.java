package org.plangraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Test;
import org.plangraph.testing.ProjectFiles;

class QueryCatalogTest {
    private final QueryCatalog catalog = QueryCatalog.standard();

    @Test
    void theIndexListsEveryQueryFile() throws Exception {
        List<String> listed;
        try (Stream<String> lines = Files.lines(ProjectFiles.root().resolve("queries/index.txt"))) {
            listed = lines.filter(l -> !l.isBlank() && !l.startsWith("#")).sorted().toList();
        }
        List<String> files;
        try (Stream<java.nio.file.Path> ps = Files.list(ProjectFiles.root().resolve("queries"))) {
            files = ps.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".rq")).map(n -> n.replaceFirst("\\.rq$", "")).sorted().toList();
        }
        assertEquals(files, listed);
    }

    @Test
    void everyQueryParsesAndDeclaresTitleAndColumns() {
        assertFalse(catalog.all().isEmpty());
        for (NamedQuery q : catalog.all()) {
            QueryFactory.create(q.sparql());
            assertFalse(q.title().equals(q.name()), q.name() + " has no title");
            assertFalse(q.columns().isEmpty(), q.name() + " declares no columns");
            assertEquals(q.columns(), QueryFactory.create(q.sparql()).getResultVars(), q.name() + ": header columns differ from the SELECT");
        }
    }

    @Test
    void theContractColumnsStayAsDashboardsReadThem() {
        assertEquals(List.of("doc", "title", "kind", "issuer", "date", "docNumber", "jurisdiction"), catalog.get("documents").orElseThrow().columns());
        assertEquals(List.of("doc", "measure", "path", "heading"), catalog.get("measures").orElseThrow().columns());
        assertEquals(List.of("measure", "task", "taskStart", "role", "agencyName", "mention"), catalog.get("responsibilities").orElseThrow().columns());
        assertEquals(List.of("subject", "text", "indicator", "comparator", "value", "unit", "deadline", "frequency"), catalog.get("targets").orElseThrow().columns());
        assertEquals(List.of("doc", "policy", "title", "docNumber", "level", "relation"), catalog.get("source-policies").orElseThrow().columns());
        assertEquals(List.of("doc", "text", "indicator", "value", "unit", "qualifier", "year", "change", "changeBase"), catalog.get("reported-figures").orElseThrow().columns());
    }

    @Test
    void anUnknownParameterIsRefused() {
        NamedQuery documents = catalog.get("documents").orElseThrow();
        assertThrows(QueryRunner.BadParameterException.class, () -> QueryRunner.bind(documents, Map.of("nope", "x")));
    }

    @Test
    void anIriParameterMustBeAnIri() {
        NamedQuery measures = catalog.get("measures").orElseThrow();
        QueryRunner.BadParameterException e = assertThrows(QueryRunner.BadParameterException.class,
                () -> QueryRunner.bind(measures, Map.of("doc", "\"} ; DROP ALL #")));
        assertTrue(e.getMessage().contains("must be an IRI"));
    }

    @Test
    void aPageDocumentsPatternIsOnDocInAQueryPagedByDoc() {
        NamedQuery chain = catalog.get("policy-chain").orElseThrow();
        assertEquals("?doc eli:implements ?policy", chain.pageDocuments());
        String body = "SELECT ?doc WHERE { BIND(?_doc AS ?doc) }";
        assertThrows(IllegalArgumentException.class, () -> NamedQuery.parse("x", "# page-documents: ?doc eli:implements ?p\n" + body));
        assertThrows(IllegalArgumentException.class, () -> NamedQuery.parse("x",
                "# param: doc (iri, optional)\n# page-by: doc\n# page-documents: ?d eli:implements ?p\n" + body));
    }
}
