package org.plangraph.validate;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.plangraph.data.DataFiles;
import org.plangraph.emit.Vocab;

/** Checks every source graph of a store against the SHACL shapes of {@code ontology/shapes.ttl}. */
public final class ShapeValidator {
    /** The outcome for one source graph. */
    public record GraphReport(String graph, ValidationReport report) {
        /** True when no result is a violation; warnings and infos are reported but do not fail a graph. */
        public boolean conforms() {
            return violations() == 0;
        }

        public long violations() {
            return report.getEntries().stream().filter(e -> e.severity().equals(org.apache.jena.shacl.validation.Severity.Violation)).count();
        }

        public long warnings() {
            return report.getEntries().size() - violations();
        }
    }

    private final Shapes shapes;

    public ShapeValidator(Shapes shapes) {
        this.shapes = shapes;
    }

    /** The summary graph is typed so whatever base the store was loaded with. */
    private static boolean isSummary(Dataset dataset, Node g) {
        return org.plangraph.store.Summaries.isSummaryGraph(dataset.asDatasetGraph(), g);
    }

    public static ShapeValidator standard() {
        return new ShapeValidator(Shapes.parse(DataFiles.readTurtle("shapes.ttl").getGraph()));
    }

    public ValidationReport validate(Graph data) {
        return ShaclValidator.get().validate(shapes, data);
    }

    /** Validates each named graph of the store that holds a source file's documents (not the reference graphs nor the summary). */
    public List<GraphReport> validate(Dataset dataset) {
        return Txn.calculateRead(dataset, () -> {
            List<GraphReport> reports = new ArrayList<>();
            Iterator<Node> graphs = dataset.asDatasetGraph().listGraphNodes();
            while (graphs.hasNext()) {
                Node g = graphs.next();
                if (g.isURI() && (g.getURI().startsWith(Vocab.PG_REF) || isSummary(dataset, g))) {
                    continue;
                }
                Graph copy = GraphFactory.createDefaultGraph();
                dataset.asDatasetGraph().getGraph(g).find().forEachRemaining(copy::add);
                reports.add(new GraphReport(g.getURI(), validate(copy)));
            }
            return reports;
        });
    }
}
