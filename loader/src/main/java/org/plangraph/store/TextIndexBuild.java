package org.plangraph.store;

import java.util.Iterator;
import org.apache.jena.graph.Node;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;

/**
 * Fills a store's text index from the data already in its TDB2 database, as jena-text's own
 * {@code textindexer} does: TDB2's bulk loader writes past the text dataset, so nothing was indexed
 * as it went. Only the quads of the indexed predicates are read (the entity map's), and the index is
 * committed once at the end.
 */
public final class TextIndexBuild {
    private TextIndexBuild() {
    }

    /**
     * Adds every quad of STORE whose predicate the text index covers to the index.
     *
     * @return how many entries were added
     */
    public static long fromData(PlanStore store) {
        DatasetGraph dsg = store.dataset().asDatasetGraph();
        if (!(dsg instanceof DatasetGraphText text)) {
            throw new IllegalStateException("the store has no text index to build");
        }
        TextIndex index = text.getTextIndex();
        EntityDefinition entities = index.getDocDef();
        return Txn.calculateRead(text, () -> {
            long added = 0;
            for (String field : entities.fields()) {
                for (Node predicate : entities.getPredicates(field)) {
                    for (Iterator<Quad> quads = text.find(Node.ANY, Node.ANY, predicate, Node.ANY); quads.hasNext(); ) {
                        Entity entity = TextQueryFuncs.entityFromQuad(entities, quads.next());
                        if (entity != null) {
                            index.addEntity(entity);
                            added++;
                        }
                    }
                }
            }
            index.commit();
            return added;
        });
    }
}
