package org.plangraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `load --server`: the server's summary graph counts what each PUT of a file's graph holds, not what it held. */
class TheSummaryFollowsAFileLoadedThroughTheServerTest {
    static ServerFixture fx;
    static final String USER = "loader";
    static final String PASSWORD = "pa55-for-tests";

    @TempDir
    static Path tmp;

    @BeforeAll
    static void start() throws Exception {
        fx = ServerFixture.start(b -> b.allowUpdate(new UpdateCredentials(USER, PASSWORD)));
    }

    @AfterAll
    static void stop() throws Exception {
        fx.close();
    }

    private static long number(String sparql) throws Exception {
        HttpResponse<String> r = fx.query(sparql, "text/csv");
        assertEquals(200, r.statusCode(), r.body());
        String value = r.body().strip().lines().skip(1).findFirst().orElse("0").strip();
        return value.isEmpty() ? 0 : Long.parseLong(value);
    }

    /** Tasks counted in the summary, and the same counted over the files' graphs. */
    private static void assertTheSummaryCountsTheTasks() throws Exception {
        long direct = number("""
                PREFIX pg: <https://w3id.org/plangraph/def#> PREFIX prov: <http://www.w3.org/ns/prov#>
                SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?task ?agency ?role ?inferred
                  WHERE { ?task pg:responsibility ?r . ?r prov:agent ?agency ; prov:hadRole ?role ; pg:inferred ?inferred } }
                """);
        long summarised = number("""
                PREFIX pg: <https://w3id.org/plangraph/def#> PREFIX qb: <http://purl.org/linked-data/cube#>
                SELECT (SUM(?n) AS ?total) WHERE { ?ds qb:structure pg:agencyWorkloadStructure . ?o qb:dataSet ?ds ; pg:taskCount ?n }
                """);
        assertTrue(direct > 0);
        assertEquals(direct, summarised, fx.query("""
                PREFIX pg: <https://w3id.org/plangraph/def#> PREFIX prov: <http://www.w3.org/ns/prov#> PREFIX qb: <http://purl.org/linked-data/cube#>
                SELECT ?agency ?role ?inferred ?n ?s WHERE {
                  { SELECT ?agency ?role ?inferred (COUNT(DISTINCT ?task) AS ?n)
                    WHERE { ?task pg:responsibility ?r . ?r prov:agent ?agency ; prov:hadRole ?role ; pg:inferred ?inferred } GROUP BY ?agency ?role ?inferred }
                  OPTIONAL { ?o pg:forAgency ?agency ; pg:inRole ?role ; pg:byInference ?inferred ; pg:taskCount ?s }
                  FILTER(!BOUND(?s) || ?s != ?n) }
                """, "text/csv").body());
    }

    @Test
    void aReloadThroughTheServerReplacesTheFilesCounts() throws Exception {
        String plan = LoadIntoARunningServerTest.PLAN;
        Path file = Files.writeString(tmp.resolve("lychee-plan.txt"), plan);
        String server = "http://localhost:" + fx.server.port();
        Path creds = Files.writeString(tmp.resolve("credentials.txt"), USER + ":" + PASSWORD + "\n");
        String[] load = {"load", "--server", server, "--credentials-file", creds.toString(), "--base", ServerFixture.BASE, file.toString()};

        assertEquals(0, LoadIntoARunningServerTest.plangraph(load).status());
        assertTheSummaryCountsTheTasks();
        Files.writeString(file, plan.replace("二、开展病虫害防治。县农业农村局负责，2025年底前完成。", "二、开展病虫害防治。县农业农村局、县林业局负责。\n三、建立档案。县档案馆负责。"));
        assertEquals(0, LoadIntoARunningServerTest.plangraph(load).status());
        assertTheSummaryCountsTheTasks();
    }
}
