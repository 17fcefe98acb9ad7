package org.plangraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
    static final Pattern NEXT = Pattern.compile("^<([^>]+)>; rel=\"next\"$");

    @BeforeAll
    static void start() throws Exception {
        fx = ServerFixture.start(b -> b);
    }

    @AfterAll
    static void stop() throws Exception {
        fx.close();
    }

    private static List<String> rows(String csv) {
        return csv.strip().lines().skip(1).toList();
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
        List<String> whole = rows(fx.get("/api/queries/" + name + "?" + params + "format=csv&limit=1000000&offset=0", null).body());
        assertFalse(whole.isEmpty(), name + " has rows on the samples");
        for (int limit : new int[] {3, 40}) {
            List<String> paged = new ArrayList<>();
            String url = "/api/queries/" + name + "?" + params + "format=csv&limit=" + limit;
            int pages = 0;
            while (url != null) {
                HttpResponse<String> r = fx.get(url, null);
                assertEquals(200, r.statusCode(), url + ": " + r.body());
                List<String> page = rows(r.body());
                pages++;
                Optional<String> link = r.headers().firstValue("Link");
                if (link.isPresent()) {
                    Matcher m = NEXT.matcher(link.get());
                    assertTrue(m.matches(), link.get());
                    assertEquals(limit, page.size(), "only a full page has a next one: " + url);
                    assertTrue(m.group(1).contains("after="), m.group(1));
                    url = m.group(1);
                } else {
                    url = null;
                }
                assertTrue(page.size() <= limit);
                assertTrue(!page.isEmpty() || pages == 1, "a next link led to an empty page");
                paged.addAll(page);
                assertTrue(pages <= whole.size() + 1, "paging does not end");
            }
            assertEquals(sorted(whole), sorted(paged), name + " in pages of " + limit);
        }
    }

    @org.junit.jupiter.api.Test
    void withinADocumentRowsKeepTheQueryOrder() throws Exception {
        // measures are ordered by document, then by where they start: paging by document keeps that order whole
        List<String> whole = rows(fx.get("/api/queries/measures?format=csv&limit=1000000&offset=0", null).body());
        List<String> paged = new ArrayList<>();
        String url = "/api/queries/measures?format=csv&limit=13";
        while (url != null) {
            HttpResponse<String> r = fx.get(url, null);
            paged.addAll(rows(r.body()));
            Optional<String> link = r.headers().firstValue("Link");
            url = link.map(l -> { Matcher m = NEXT.matcher(l); return m.matches() ? m.group(1) : null; }).orElse(null);
        }
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
