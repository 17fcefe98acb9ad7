package org.plangraph.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.plangraph.link.IriScheme;
import org.plangraph.store.PlanStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "summarize", description = {"Recompute a store's summary graph (the dashboard's counts) from every file's graph.",
        "Loads keep it in step by themselves; this is for a store written some other way (a bulk load) or to check it. Stop any server on the store first."})
final class SummarizeCommand implements Callable<Integer> {
    @Option(names = "--db", paramLabel = "DIR", required = true, description = "The store folder (made by load).")
    Path db;

    @Option(names = "--base", description = "Base IRI the store's resources were minted under, which the summary's follow (default: http://localhost:3030/id/ or $PLANGRAPH_BASE).")
    String base;

    @Override
    public Integer call() {
        if (!PlanStore.isStore(db)) {
            throw new IllegalArgumentException(db + " holds no store (made by load)");
        }
        try (PlanStore store = PlanStore.open(db, base == null ? IriScheme.standard() : new IriScheme(base))) {
            long start = System.nanoTime();
            store.rebuildSummary();
            System.err.printf("summarized %s in %.1f s%n", db, (System.nanoTime() - start) / 1e9);
        }
        return 0;
    }
}
