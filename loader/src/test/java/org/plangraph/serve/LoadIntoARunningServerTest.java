package org.plangraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plangraph.cli.Main;

/** `plangraph load --server`: a running server (update allowed) takes a new document without a restart. */
class LoadIntoARunningServerTest {
    static ServerFixture fx;
    static final String USER = "loader";
    static final String PASSWORD = "pa55-for-tests";
    static final String GRAPH_OF_THE_FILE = ServerFixture.BASE + "graph/lychee-plan";
    static final String PLAN = """
            青山县人民政府办公室关于印发青山县荔枝林保护工作方案的通知

            各乡镇人民政府，县政府各部门：
            　　现将《青山县荔枝林保护工作方案》印发给你们，请认真贯彻执行。

            一、加强荔枝林巡护。县林业局负责组织荔枝林巡护，每月巡查一次。
            二、开展病虫害防治。县农业农村局负责，2025年底前完成。

            青山县人民政府办公室
            2024年12月27日
            """;

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

    record Run(int status, String err) {
    }

    /** Runs the command line in this process, keeping what it prints on standard error. */
    static Run plangraph(String... args) {
        PrintStream oldErr = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            return new Run(Main.execute(args), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(oldErr);
        }
    }

    private static Path credentials(String userColonPassword) throws Exception {
        Path file = Files.createTempFile(tmp, "credentials", ".txt");
        Files.writeString(file, userColonPassword + "\n");
        return file;
    }

    private static String csv(String sparql) throws Exception {
        HttpResponse<String> r = fx.query(sparql, "text/csv");
        assertEquals(200, r.statusCode(), r.body());
        return r.body();
    }

    private static long triplesOfTheGraph() throws Exception {
        String body = csv("SELECT (COUNT(*) AS ?n) WHERE { GRAPH <" + GRAPH_OF_THE_FILE + "> { ?s ?p ?o } }");
        return Long.parseLong(body.strip().lines().skip(1).findFirst().orElseThrow().strip());
    }

    private static long measuresFoundByText(String phrase) throws Exception {
        String body = csv("""
                PREFIX text: <http://jena.apache.org/text#>
                PREFIX pg:   <https://w3id.org/plangraph/def#>
                SELECT ?m WHERE { (?m ?score) text:query (pg:textAsRead '"%s"' 1000) . ?m a pg:Measure }
                """.formatted(phrase));
        return body.strip().lines().skip(1).count();
    }

    @Test
    void aFileLoadedThroughTheServerIsQueriedFoundByTextAndReplacedOnReload() throws Exception {
        Path file = Files.writeString(tmp.resolve("lychee-plan.txt"), PLAN);
        String server = "http://localhost:" + fx.server.port();
        String creds = credentials(USER + ":" + PASSWORD).toString();

        Run first = plangraph("load", "--server", server, "--credentials-file", creds, "--base", ServerFixture.BASE, file.toString());
        assertEquals(0, first.status(), first.err());
        assertTrue(first.err().contains("loaded 1 file: 1 documents, 2 measures"), first.err());
        long triples = triplesOfTheGraph();
        assertTrue(triples > 20, "triples in the file's graph: " + triples);
        assertTrue(csv("PREFIX dct: <http://purl.org/dc/terms/> SELECT ?d WHERE { ?d dct:title ?t FILTER(CONTAINS(?t, \"荔枝林保护\")) }")
                .contains(ServerFixture.BASE + "doc/lychee-plan"));
        assertEquals(1, measuresFoundByText("荔枝林巡护"), "the text index holds the measure");

        Run again = plangraph("load", "--server", server, "--credentials-file", creds, "--base", ServerFixture.BASE, file.toString());
        assertEquals(0, again.status(), again.err());
        assertEquals(triples, triplesOfTheGraph(), "the graph is replaced, not added to");
        assertEquals(1, measuresFoundByText("荔枝林巡护"), "the text index is not doubled");

        Files.writeString(file, PLAN.replace("荔枝林巡护", "龙眼林巡护"));
        assertEquals(0, plangraph("load", "--server", server, "--credentials-file", creds, "--base", ServerFixture.BASE, file.toString()).status());
        assertEquals(0, measuresFoundByText("荔枝林巡护"), "the old text left the index with its graph");
        assertEquals(1, measuresFoundByText("龙眼林巡护"));
    }

    @Test
    void aWrongPasswordIsRefusedOnOneLine() throws Exception {
        Path file = Files.writeString(tmp.resolve("refused-plan.txt"), PLAN);
        Run run = plangraph("load", "--server", "http://localhost:" + fx.server.port(), "--credentials-file",
                credentials(USER + ":wrong").toString(), file.toString());
        assertNotEquals(0, run.status());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertTrue(run.err().startsWith("plangraph: ") && run.err().contains("refused the credentials"), run.err());
        assertEquals("", csv("SELECT ?d WHERE { ?d ?p ?o FILTER(STRSTARTS(STR(?d), \"" + ServerFixture.BASE + "doc/refused-plan\")) } LIMIT 1")
                .strip().lines().skip(1).findFirst().orElse(""));
    }

    @Test
    void noServerAtTheAddressIsOneLineThatSaysWhatToDo() throws Exception {
        Path file = Files.writeString(tmp.resolve("nowhere-plan.txt"), PLAN);
        Run run = plangraph("load", "--server", "http://localhost:1", "--credentials-file", credentials(USER + ":" + PASSWORD).toString(),
                file.toString());
        assertNotEquals(0, run.status());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertTrue(run.err().contains("no server answers at http://localhost:1/") && run.err().contains("--allow-update"), run.err());
    }
}
