package org.plangraph.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.plangraph.store.PlanStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "compact", description = {"Compact a store: TDB2 keeps every block a transaction superseded until it is compacted.",
        "Runs Jena's tdbcompact (DatabaseMgr.compact) and deletes the old generation. Stop any server on the store first."})
final class CompactCommand implements Callable<Integer> {
    @Option(names = "--db", paramLabel = "DIR", required = true, description = "The store folder (made by load).")
    Path db;

    @Override
    public Integer call() {
        if (!PlanStore.isStore(db)) {
            throw new IllegalArgumentException(db + " holds no store (made by load)");
        }
        try (PlanStore store = PlanStore.open(db)) {
            compact(store, db, System.err);
        }
        return 0;
    }

    /** Compacts STORE (in folder DIR) and says on LOG how much disk that gave back. */
    static void compact(PlanStore store, Path dir, PrintStream log) {
        long before = sizeOf(dir);
        if (store.compact()) {
            log.printf("compacted %s: %s → %s%n", dir, megabytes(before), megabytes(sizeOf(dir)));
        }
    }

    private static String megabytes(long bytes) {
        return String.format("%.1f MB", bytes / 1e6);
    }

    /** Bytes in the files under DIR. */
    static long sizeOf(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            return all.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    return 0; // deleted while walking: a superseded generation going away
                }
            }).sum();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot measure the store at " + dir, e);
        }
    }
}
