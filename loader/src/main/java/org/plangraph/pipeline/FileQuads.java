package org.plangraph.pipeline;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.lang.CollectorStreamQuads;
import org.apache.jena.sparql.core.Quad;
import org.plangraph.model.AlignedFile;
import org.plangraph.read.SourceRejectedException;

/**
 * One file run through the whole pipeline: what was read and the quads of its graph, made in a worker
 * thread so that writing them (to a store or a stream) is the only step left in order.
 */
public record FileQuads(Path file, AlignedFile parsed, Node graph, List<Quad> quads) {
    /** Reads FILE and emits its graph into memory (one file's quads, never a corpus's). */
    public static FileQuads of(Pipeline pipeline, Path file, OffsetDateTime loadedAt) throws SourceRejectedException {
        AlignedFile parsed = pipeline.parse(file);
        CollectorStreamQuads quads = new CollectorStreamQuads();
        pipeline.emitter().emit(parsed, loadedAt, quads);
        return new FileQuads(file, parsed, pipeline.emitter().graphOf(parsed), quads.getCollected());
    }
}
