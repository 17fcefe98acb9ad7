package org.plangraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plangraph.emit.Vocab;

/**
 * A measure's tasks and targets are spans of its text: a search finds the measure (and its document),
 * never the same words a second and third time as a task and a target, whichever way the store was
 * written: a graph at a time through jena-text, or past it and indexed after (the bulk path).
 */
class TheTextIndexHoldsEachPassageOnceTest {
    private static final Node FILE = NodeFactory.createURI("http://example.org/graph/plan.txt");
    private static final String BASE = "http://example.org/doc/plan/1";
    private static final Node DOC = NodeFactory.createURI(BASE);
    private static final Node MEASURE = NodeFactory.createURI(BASE + "/p/5");
    private static final Node TASK = NodeFactory.createURI(BASE + "/p/5/task/1");
    private static final Node TARGET = NodeFactory.createURI(BASE + "/p/5/target/1");
    private static final String MEASURE_TEXT = "5.加强合法性审查。重大行政决策合法性审查率达到100%。（牵头单位：市司法局）";

    /** The quads of one file, each span's text written before the quad that types it, as a parser may. */
    private static List<Quad> plan(boolean withMeasure) {
        List<Quad> quads = new ArrayList<>();
        quads.add(Quad.create(FILE, DOC, Vocab.TEXT_AS_READ, zh("关于印发法治政府建设实施方案的通知\n" + MEASURE_TEXT)));
        quads.add(Quad.create(FILE, DOC, RDF.type.asNode(), Vocab.DOCUMENT));
        if (withMeasure) {
            quads.add(Quad.create(FILE, MEASURE, Vocab.TEXT_AS_READ, zh(MEASURE_TEXT)));
            quads.add(Quad.create(FILE, MEASURE, RDF.type.asNode(), Vocab.MEASURE));
            quads.add(Quad.create(FILE, TASK, Vocab.TEXT_AS_READ, zh("加强合法性审查")));
            quads.add(Quad.create(FILE, TASK, RDF.type.asNode(), Vocab.TASK));
            quads.add(Quad.create(FILE, TARGET, Vocab.TEXT_AS_READ, zh("重大行政决策合法性审查率达到100%")));
            quads.add(Quad.create(FILE, TARGET, RDF.type.asNode(), Vocab.TARGET_CLASS));
        }
        return quads;
    }

    private static Node zh(String text) {
        return NodeFactory.createLiteralLang(text, "zh");
    }

    private static Consumer<StreamRDF> writing(List<Quad> quads) {
        return sink -> quads.forEach(sink::quad);
    }

    /** Every subject text:query finds for PHRASE, once per index entry. */
    private static List<String> found(PlanStore store, String phrase) {
        String query = "PREFIX text: <http://jena.apache.org/text#> SELECT ?s WHERE { (?s ?score) text:query (\"\\\"" + phrase + "\\\"\" 1000) } ORDER BY ?s";
        return Txn.calculateRead(store.dataset(), () -> {
            List<String> subjects = new ArrayList<>();
            try (QueryExecution qe = QueryExecution.create(query, store.dataset())) {
                qe.execSelect().forEachRemaining(row -> subjects.add(row.getResource("s").getURI()));
            }
            return subjects;
        });
    }

    @Test
    void aPhraseInATaskFindsItsMeasureAndDocumentOnly(@TempDir Path dir) {
        try (PlanStore store = PlanStore.open(dir)) {
            store.replaceGraph(FILE, writing(plan(true)));
            assertEquals(List.of(BASE, MEASURE.getURI()), found(store, "合法性审查"));
            assertEquals(List.of(BASE, MEASURE.getURI()), found(store, "审查率达到"));
        }
    }

    @Test
    void reloadingAFileLeavesEachPassageOnceAndDroppingAMeasureDropsItsEntry(@TempDir Path dir) {
        try (PlanStore store = PlanStore.open(dir)) {
            store.replaceGraph(FILE, writing(plan(true)));
            store.replaceGraph(FILE, writing(plan(true)));
            assertEquals(List.of(BASE, MEASURE.getURI()), found(store, "合法性审查"));
            store.replaceGraph(FILE, writing(plan(false)));
            assertEquals(List.of(BASE), found(store, "合法性审查"));
        }
    }

    @Test
    void anIndexBuiltAfterTheDataHoldsTheSamePassages(@TempDir Path dir) {
        try (PlanStore store = PlanStore.open(dir)) {
            DatasetGraphText text = (DatasetGraphText) store.dataset().asDatasetGraph();
            Txn.executeWrite(text.getBase(), () -> writing(plan(true)).accept(StreamRDFLib.dataset(text.getBase())));
            assertEquals(List.of(), found(store, "合法性审查"), "written past the index, nothing is indexed yet");
            TextIndexBuild.fromData(store);
            assertEquals(List.of(BASE, MEASURE.getURI()), found(store, "合法性审查"));
        }
    }
}
