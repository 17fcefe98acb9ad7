package org.plangraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.shacl.lib.ShLib;
import org.plangraph.store.PlanStore;
import org.plangraph.validate.ShapeValidator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "validate", description = "Check every loaded source graph against the SHACL shapes of ontology/shapes.ttl.")
final class ValidateCommand implements Callable<Integer> {
    @Option(names = "--db", required = true, paramLabel = "DIR", description = "The TDB2 store.")
    Path db;

    @Override
    public Integer call() {
        if (!Files.isDirectory(db)) {
            throw new IllegalArgumentException("no store at " + db);
        }
        try (PlanStore store = PlanStore.open(db)) {
            List<ShapeValidator.GraphReport> reports = ShapeValidator.standard().validate(store.dataset());
            long failing = reports.stream().filter(r -> !r.conforms()).count();
            long warnings = 0;
            for (ShapeValidator.GraphReport r : reports) {
                warnings += r.warnings();
                if (!r.report().conforms()) {
                    System.out.println("Graph " + r.graph() + (r.conforms() ? " conforms, with warnings:" : " does not conform:"));
                    ShLib.printReport(System.out, r.report());
                }
            }
            System.out.printf("%d graph%s checked: %d conform%s, %d do%s not; %d warning%s%n", reports.size(), reports.size() == 1 ? "" : "s",
                    reports.size() - failing, reports.size() - failing == 1 ? "s" : "", failing, failing == 1 ? "es" : "",
                    warnings, warnings == 1 ? "" : "s");
            return failing == 0 ? 0 : 1;
        }
    }
}
