package org.plangraph.pipeline;

import java.util.List;
import org.plangraph.extract.Extractor;
import org.plangraph.extract.ResponsibilityExtractor;

/** The extractors of the standard pipeline, in the order they run. */
final class StandardExtractors {
    private StandardExtractors() {
    }

    static List<Extractor> all() {
        return List.of(ResponsibilityExtractor.standard());
    }
}
