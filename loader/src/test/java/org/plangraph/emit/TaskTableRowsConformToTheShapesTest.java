package org.plangraph.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.time.OffsetDateTime;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.plangraph.model.AlignedFile;
import org.plangraph.pipeline.Pipeline;
import org.plangraph.validate.ShapeValidator;

/** A document whose tasks are table rows is emitted with a measure per row, its tasks, roles, deadlines and spans, and conforms. */
class TaskTableRowsConformToTheShapesTest {

    @ParameterizedTest
    @ValueSource(strings = {"work-plan-tab-table.txt", "task-table.html", "pipe-table.txt"})
    void rowsAreMeasuresWithTasksRolesAndDeadlinesThatConform(String fixture) throws Exception {
        byte[] bytes;
        try (InputStream in = getClass().getResourceAsStream("/tables/" + fixture)) {
            bytes = in.readAllBytes();
        }
        Pipeline pipeline = Pipeline.standard();
        AlignedFile parsed = pipeline.parse(fixture, bytes);
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        pipeline.emitter().emit(parsed, OffsetDateTime.now(), StreamRDFLib.dataset(dsg));

        Node graphName = dsg.listGraphNodes().next();
        Graph graph = dsg.getGraph(graphName);
        long measures = graph.find(Node.ANY, org.apache.jena.graph.NodeFactory.createURI(org.apache.jena.vocabulary.RDF.type.getURI()),
                Vocab.MEASURE).toList().size();
        long tasks = graph.find(Node.ANY, Vocab.HAS_TASK, Node.ANY).toList().size();
        long roles = graph.find(Node.ANY, Vocab.PROV_HAD_ROLE, Node.ANY).toList().size();
        long deadlines = graph.find(Node.ANY, Vocab.DEADLINE, Node.ANY).toList().size();
        assertTrue(measures >= 3, "measures: " + measures);
        assertTrue(tasks >= measures - 1, "tasks: " + tasks);
        assertTrue(roles >= 3, "roles: " + roles);
        assertTrue(deadlines >= 2, "deadlines: " + deadlines);

        org.apache.jena.graph.Graph copy = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        graph.find().forEachRemaining(copy::add);
        ValidationReport report = ShapeValidator.standard().validate(copy);
        StringBuilder problems = new StringBuilder();
        report.getEntries().forEach(e -> problems.append(e).append('\n'));
        assertEquals(0, report.getEntries().stream().filter(e -> e.severity() == org.apache.jena.shacl.validation.Severity.Violation).count(),
                problems.toString());
    }
}
