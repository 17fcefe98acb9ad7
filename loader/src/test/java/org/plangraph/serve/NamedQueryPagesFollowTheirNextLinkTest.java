package org.plangraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The named-query API answers a page at a time, and following the next links gives the whole answer once, in order. */
class NamedQueryPagesFollowTheirNextLinkTest {
    static ServerFixture fx;
    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() throws Exception {
        fx = ServerFixture.start(b -> b);
    }

    @AfterAll
    static void stop() throws Exception {
        fx.close();
    }

    @Test
    void followingTheNextLinksGivesEveryRowOnceInOrder() throws Exception {
        List<String> whole = ServerFixture.csvRows(fx.get("/api/queries/measures?format=csv&limit=100000", null).body());
        assertTrue(whole.size() > 20, "the samples have more measures than a few pages: " + whole.size());
        ServerFixture.Pages paged = fx.pagesFrom("/api/queries/measures?format=csv&limit=7", 7);
        assertEquals(whole, paged.rows());
        assertEquals((whole.size() + 6) / 7, paged.pages().size());
    }

    @Test
    void aJsonPageNamesTheNextInItsHead() throws Exception {
        HttpResponse<String> first = fx.get("/api/queries/measures?limit=5", null);
        JsonNode body = JSON.readTree(first.body());
        assertEquals(5, body.path("results").path("bindings").size());
        String next = body.path("head").path("link").path(0).asText();
        // measures page by document: the next page starts after a cursor, not at an offset
        assertTrue(next.contains("limit=5&after="), next);
        assertEquals(first.headers().firstValue("Link").orElse(""), "<" + next + ">; rel=\"next\"");
        JsonNode second = JSON.readTree(fx.get(next, null).body());
        assertFalse(body.path("results").path("bindings").path(0).equals(second.path("results").path("bindings").path(0)));
    }

    @Test
    void withoutALimitAPageIsAThousandRowsAndTheLastHasNoNextLink() throws Exception {
        HttpResponse<String> r = fx.get("/api/queries/measures?format=csv", null);
        int rows = ServerFixture.csvRows(r.body()).size();
        assertTrue(rows <= 1000);
        assertEquals(rows == 1000, r.headers().firstValue("Link").isPresent());
        HttpResponse<String> beyond = fx.get("/api/queries/measures?format=csv&offset=100000", null);
        assertEquals(200, beyond.statusCode());
        assertEquals(0, ServerFixture.csvRows(beyond.body()).size());
        assertTrue(beyond.headers().firstValue("Link").isEmpty());
    }

    @Test
    void aLimitOrOffsetThatIsNotAWholeNumberIsRefused() throws Exception {
        assertEquals(400, fx.get("/api/queries/measures?limit=0", null).statusCode());
        assertEquals(400, fx.get("/api/queries/measures?offset=-1", null).statusCode());
        assertEquals(400, fx.get("/api/queries/measures?limit=ten", null).statusCode());
    }
}
