package org.plangraph.extract;

import org.plangraph.model.ParsedFile;
import org.plangraph.repair.SpanFactory;

/**
 * One extractor of the extract stage: reads the segmented documents and returns them with what it
 * finds added (tasks and responsibilities, targets, source policies, reported figures). Extractors
 * run in a fixed order, each on the previous one's result.
 */
public interface Extractor {
    ParsedFile extract(ParsedFile file, SpanFactory spans);
}
