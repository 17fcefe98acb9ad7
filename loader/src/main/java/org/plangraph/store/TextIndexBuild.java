package org.plangraph.store;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
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
 * as it went. Only the quads of the indexed predicates are read (the entity map's), analysed on
 * every core, and the index is committed once at the end.
 */
public final class TextIndexBuild {
    private TextIndexBuild() {
    }

    /**
     * Adds every quad of STORE whose predicate the text index covers to the index, each passage once
     * ({@link IndexedPassages}).
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
        // Analysing the text is the cost, and Lucene's IndexWriter takes documents from many threads:
        // one thread reads the quads, every core analyses them, a batch at a time, with few batches in
        // flight so that memory does not follow the store.
        int cores = Math.max(1, Runtime.getRuntime().availableProcessors());
        ThreadPoolExecutor analysers = new ThreadPoolExecutor(cores, cores, 0, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(2 * cores), new ThreadPoolExecutor.CallerRunsPolicy());
        List<Future<?>> pending = new ArrayList<>();
        try {
            long added = Txn.calculateRead(text, () -> {
                long read = 0;
                List<Entity> batch = new ArrayList<>(BATCH);
                for (String field : entities.fields()) {
                    for (Node predicate : entities.getPredicates(field)) {
                        for (Iterator<Quad> quads = text.find(Node.ANY, Node.ANY, predicate, Node.ANY); quads.hasNext(); ) {
                            Quad quad = quads.next();
                            Entity entity = TextQueryFuncs.entityFromQuad(entities, quad);
                            if (entity != null && IndexedPassages.indexes(text, quad)) {
                                batch.add(entity);
                                read++;
                                if (batch.size() == BATCH) {
                                    pending.add(analyse(analysers, index, batch));
                                    batch = new ArrayList<>(BATCH);
                                }
                            }
                        }
                    }
                }
                pending.add(analyse(analysers, index, batch));
                return read;
            });
            for (Future<?> f : pending) {
                f.get();
            }
            index.commit();
            return added;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("text index build interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            analysers.shutdownNow();
        }
    }

    private static final int BATCH = 2_000;

    private static Future<?> analyse(ExecutorService analysers, TextIndex index, List<Entity> batch) {
        return analysers.submit(() -> batch.forEach(index::addEntity));
    }
}
