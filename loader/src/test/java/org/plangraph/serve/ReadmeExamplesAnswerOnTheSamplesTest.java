package org.plangraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.plangraph.emit.PathSortKey;

/** The README's curl examples, as written there, answer rows on samples/, paths in numbering order. */
class ReadmeExamplesAnswerOnTheSamplesTest {
    static ServerFixture fx;
    static String readme;

    @BeforeAll
    static void start() throws Exception {
        readme = Files.readString(ServerFixture.projectRoot().resolve("README.md"));
        fx = ServerFixture.start(b -> b);
    }

    @AfterAll
    static void stop() throws Exception {
        fx.close();
    }

    private static List<String> csvRows(HttpResponse<String> r) {
        assertEquals(200, r.statusCode(), r.body());
        List<String> lines = new ArrayList<>(List.of(r.body().split("\r?\n")));
        lines.remove(0);
        return lines;
    }

    @Test
    void theSparqlExampleAnswersInNumberingOrder() throws Exception {
        Matcher m = Pattern.compile("--data-urlencode query='([^']+)'").matcher(readme);
        assertTrue(m.find(), "the README's SPARQL example");
        List<String> rows = csvRows(fx.query(m.group(1).replace("http://localhost:3030/", fx.url("/")), "text/csv"));
        assertTrue(rows.size() > 5, "rows on samples/: " + rows);
        List<String> paths = rows.stream().filter(r -> r.contains("notice-plan-ganzhou/2")).map(r -> r.split(",")[2]).toList();
        assertTrue(paths.size() >= 14, paths.toString());
        List<String> sorted = paths.stream().sorted((a, b) -> PathSortKey.of(a).compareTo(PathSortKey.of(b))).toList();
        assertEquals(sorted, paths, "numbering order");
        assertTrue(paths.indexOf("二/(二)/9") < paths.indexOf("二/(二)/10") && paths.indexOf("二/(二)/10") < paths.indexOf("三/(一)"), paths.toString());
    }

    @Test
    void theNamedQueryExamplesAnswerRows() throws Exception {
        Matcher duties = Pattern.compile("api/queries/agency-duties -H 'Accept: text/csv' --data-urlencode '(\\w+)=([^']+)'").matcher(readme);
        assertTrue(duties.find(), "the agency-duties example");
        List<String> rows = csvRows(fx.get("/api/queries/agency-duties?" + duties.group(1) + "=" + ServerFixture.enc(duties.group(2)), "text/csv"));
        assertTrue(rows.size() >= 3, duties.group(2) + ": " + rows);
        Matcher due = Pattern.compile("'http://localhost:3030(/api/queries/targets-due\\?[^']+)'").matcher(readme);
        assertTrue(due.find(), "the targets-due example");
        assertTrue(csvRows(fx.get(due.group(1), null)).size() >= 3);
    }
}
