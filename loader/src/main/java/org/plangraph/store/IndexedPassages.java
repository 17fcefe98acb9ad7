package org.plangraph.store;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextDocProducer;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.query.text.changes.TextQuadAction;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.plangraph.emit.Vocab;

/**
 * What the text index holds: each passage once. A measure's tasks, targets and points, and a
 * report's figures, are spans of their measure's or their document's text, and the index already
 * holds those: indexing the parts again would index a third of every file twice over and find each
 * phrase twice. A search finds them through the measure or document they belong to. Everything else
 * the entity map names is indexed: titles, headings, labels, measures' and documents' text.
 *
 * <p>jena-text's producer sees one quad at a time, before the quad that types its subject may have
 * been written; so an added quad waits until the write transaction commits, when the graph it belongs
 * to is complete, and is indexed then. Named in {@code fuseki-config/config.ttl}
 * ({@code text:textDocProducer}), so the loader, the embedded server and a stock Fuseki index alike;
 * jena-text builds it by reflection with the (base dataset, index) constructor.
 */
public final class IndexedPassages implements TextDocProducer {
    /** The classes of spans that lie inside a passage the index holds already. */
    private static final Set<Node> PARTS = Set.of(Vocab.TASK, Vocab.TARGET_CLASS, Vocab.POINT, Vocab.REPORTED_FIGURE_CLASS);

    private final DatasetGraph data;
    private final TextIndex index;
    private final EntityDefinition entities;
    private final ThreadLocal<Boolean> inTransaction = ThreadLocal.withInitial(() -> false);
    /** Added in this transaction, indexed when it commits; a quad deleted again before then is dropped. */
    private final Map<Quad, Entity> waiting = new LinkedHashMap<>();

    public IndexedPassages(DatasetGraph data, TextIndex index) {
        this.data = data;
        this.index = index;
        this.entities = index.getDocDef();
    }

    /** Whether the index holds QUAD of DATA: a quad of an indexed predicate whose subject is not part of another passage. */
    public static boolean indexes(DatasetGraph data, Quad quad) {
        // one range read of the subject's few types, not a lookup per class of part
        for (Iterator<Quad> types = data.find(quad.getGraph(), quad.getSubject(), RDF.type.asNode(), Node.ANY); types.hasNext(); ) {
            if (PARTS.contains(types.next().getObject())) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void start() {
        inTransaction.set(true);
        waiting.clear();
    }

    @Override
    public void change(TextQuadAction action, Node g, Node s, Node p, Node o) {
        if (action != TextQuadAction.ADD && action != TextQuadAction.DELETE) {
            return;
        }
        Entity entity = TextQueryFuncs.entityFromQuad(entities, g, s, p, o);
        if (entity == null) {
            return;
        }
        Quad quad = Quad.create(g, s, p, o);
        if (action == TextQuadAction.ADD) {
            waiting.put(quad, entity);
        } else {
            waiting.remove(quad);
            // deleting what was never indexed (a task's text) deletes nothing
            index.deleteEntity(entity);
        }
        if (!inTransaction.get()) {
            finish();
        }
    }

    @Override
    public void finish() {
        try {
            waiting.forEach((quad, entity) -> {
                if (indexes(data, quad)) {
                    index.addEntity(entity);
                }
            });
            if (!inTransaction.get()) {
                index.commit();
            }
        } finally {
            waiting.clear();
            inTransaction.set(false);
        }
    }

    @Override
    public void reset() {
        waiting.clear();
        inTransaction.set(false);
    }
}
