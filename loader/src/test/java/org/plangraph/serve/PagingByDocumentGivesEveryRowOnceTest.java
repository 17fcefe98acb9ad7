package org.plangraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.plangraph.query.NamedQuery;
import org.plangraph.query.QueryCatalog;

/**
 * A query declaring page-by, called without its lookup parameters, pages by document: following the
 * next links (after=, skip=) gives exactly the rows of the whole answer, none twice, and a next link
 * comes exactly while rows follow.
 */
class PagingByDocumentGivesEveryRowOnceTest {
    static ServerFixture fx;

    @BeforeAll
    static void start() throws Exception {
        fx = ServerFixture.start(b -> b);
    }

    @AfterAll
    static void stop() throws Exception {
        fx.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"documents", "measures", "responsibilities", "targets", "alignments", "source-policies",
            "reported-figures", "policy-chain", "targets-due?year=2035"})
    void followingTheCursorGivesTheWholeAnswerOnce(String call) throws Exception {
        String name = call.replaceFirst("\\?.*", "");
        NamedQuery query = QueryCatalog.standard().get(name).orElseThrow();
        assertEquals("doc", query.pageBy(), name + " declares page-by: doc");
        String params = call.contains("?") ? call.substring(call.indexOf('?') + 1) + "&" : "";
        // offset asks for the whole answer sorted at once: the reference
        List<String> whole = ServerFixture.csvRows(fx.get("/api/queries/" + name + "?" + params + "format=csv&limit=1000000&offset=0", null).body());
        assertFalse(whole.isEmpty(), name + " has rows on the samples");
        for (int limit : new int[] {3, 40}) {
            ServerFixture.Pages paged = fx.pagesFrom("/api/queries/" + name + "?" + params + "format=csv&limit=" + limit, limit);
            paged.nextLinks().forEach(next -> assertTrue(next.contains("after="), next));
            assertTrue(paged.pages().size() <= whole.size() + 1, "paging does not end");
            assertEquals(sorted(whole), sorted(paged.rows()), name + " in pages of " + limit);
        }
    }

    @org.junit.jupiter.api.Test
    void withinADocumentRowsKeepTheQueryOrder() throws Exception {
        // measures are ordered by document, then by where they start: paging by document keeps that order whole
        List<String> whole = ServerFixture.csvRows(fx.get("/api/queries/measures?format=csv&limit=1000000&offset=0", null).body());
        List<String> paged = fx.pagesFrom("/api/queries/measures?format=csv&limit=13", 13).rows();
        assertEquals(whole, paged);
    }

    @org.junit.jupiter.api.Test
    void aLookupOrAnOffsetPagesAsBeforeAndACursorIsRefusedThere() throws Exception {
        HttpResponse<String> r = fx.get("/api/queries/measures?limit=3&offset=3&format=csv", null);
        assertTrue(r.headers().firstValue("Link").orElse("").contains("offset=6"), r.headers().toString());
        assertEquals(400, fx.get("/api/queries/agency-workload?after=http://x.org/d", null).statusCode());
        assertEquals(400, fx.get("/api/queries/measures?skip=3", null).statusCode());
    }

    private static List<String> sorted(List<String> rows) {
        List<String> s = new ArrayList<>(rows);
        s.sort(null);
        return s;
    }
}
