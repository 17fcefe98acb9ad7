package org.plangraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plangraph.testing.ProjectFiles;

/** What plangraph prints when it cannot go on: one line, in words, with what to do; never an exception's own text. */
class FailuresAreOneLineThatSayWhatToDoTest {

    /** The one line printed on standard error, after checking that it is one line and the status is 2. */
    private static String failure(String... args) {
        LoadCommandTest.Run run = LoadCommandTest.run(args);
        assertEquals(2, run.status(), run.err());
        String err = run.err().strip();
        assertEquals(1, err.lines().count(), err);
        assertTrue(err.startsWith("plangraph: "), err);
        assertTrue(!err.contains("Exception") && !err.contains("caught:"), err);
        return err;
    }

    /** A store folder as load makes it, still empty (TDB2 makes its files when it first opens). */
    private static Path emptyStore(Path tmp) throws Exception {
        Path store = tmp.resolve("store");
        Files.createDirectories(store.resolve("tdb2"));
        return store;
    }

    @Test
    void aPortInUseSuggestsAnotherPort(@TempDir Path tmp) throws Exception {
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress(0));
            int port = taken.getLocalPort();
            String err = failure("serve", "--db", emptyStore(tmp).toString(), "--port", Integer.toString(port));
            assertTrue(err.contains("port " + port + " is in use") && err.contains("--port"), err);
        }
    }

    @Test
    void aStoreHeldByARunningServerSaysHowToLoadIntoIt(@TempDir Path tmp) throws Exception {
        Path store = emptyStore(tmp);
        Process server = serveInAnotherProcess(store);
        try {
            String err = failure("load", "--db", store.toString(), ProjectFiles.root().resolve("samples/no-numbered-items.txt").toString());
            assertTrue(err.contains("held by a running server (process " + server.pid() + ")"), err);
            assertTrue(err.contains("./plangraph load --server http://localhost:PORT") && err.contains("stop the server"), err);
            String serving = failure("serve", "--db", store.toString(), "--port", "0");
            assertTrue(serving.contains("held by another process (" + server.pid() + ")"), serving);
        } finally {
            server.destroy();
            server.waitFor(20, TimeUnit.SECONDS);
        }
    }

    /** `plangraph serve --db STORE` in a JVM of its own (TDB2 locks a store against other processes only), once it serves. */
    private static Process serveInAnotherProcess(Path store) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process server = new ProcessBuilder(java.toString(), "-Xmx256m", "-Dplangraph.home=" + ProjectFiles.root(), "-cp",
                System.getProperty("java.class.path"), Main.class.getName(), "serve", "--db", store.toString(), "--port", "0")
                .redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        for (String line; (line = out.readLine()) != null; ) {
            seen.append(line).append('\n');
            if (line.startsWith("plangraph serving")) {
                // Keep reading so that the server never blocks on a full pipe.
                Thread drain = new Thread(() -> out.lines().forEach(l -> { }));
                drain.setDaemon(true);
                drain.start();
                return server;
            }
        }
        throw new AssertionError("the server did not start:\n" + seen);
    }

    @Test
    void anUnreadableConfigurationOrCredentialsFileIsNamedWithWhy(@TempDir Path tmp) throws Exception {
        Path store = emptyStore(tmp);
        String config = failure("serve", "--db", store.toString(), "--port", "0", "--config", tmp.resolve("missing.ttl").toString());
        assertEquals("plangraph: cannot read the server configuration " + tmp.resolve("missing.ttl") + ": no such file", config);
        Path broken = Files.writeString(tmp.resolve("broken.ttl"), "@prefix : <urn:x#> .\n:a :b\n");
        String turtle = failure("serve", "--db", store.toString(), "--port", "0", "--config", broken.toString());
        assertTrue(turtle.contains("the server configuration " + broken + " is not valid Turtle: [line: 3"), turtle);
        String credentials = failure("serve", "--db", store.toString(), "--port", "0", "--allow-update", "--credentials-file",
                tmp.resolve("missing-credentials").toString());
        assertEquals("plangraph: cannot read credentials from " + tmp.resolve("missing-credentials") + ": no such file", credentials);
    }

    @Test
    void aFolderThatIsNotAStoreIsNotServed(@TempDir Path tmp) throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("documents"));
        Files.writeString(folder.resolve("notes.txt"), "not a store");
        String err = failure("serve", "--db", folder.toString(), "--port", "0");
        assertTrue(err.contains("is not a plangraph store") && err.contains("./plangraph load --db " + folder), err);
        assertTrue(!Files.exists(folder.resolve("tdb2")), "nothing was made in it");
        Path file = folder.resolve("notes.txt");
        String load = failure("load", "--db", file.toString(), ProjectFiles.root().resolve("samples/no-numbered-items.txt").toString());
        assertTrue(load.contains(file + " is a file, not a store folder"), load);
    }
}
