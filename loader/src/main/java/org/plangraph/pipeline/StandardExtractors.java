package org.plangraph.pipeline;

import java.util.List;
import org.plangraph.extract.Extractor;
import org.plangraph.extract.FigureExtractor;
import org.plangraph.extract.PolicyExtractor;
import org.plangraph.extract.ResponsibilityExtractor;
import org.plangraph.extract.TargetExtractor;

/** The extractors of the standard pipeline, in the order they run. */
final class StandardExtractors {
    private StandardExtractors() {
    }

    static List<Extractor> all() {
        return List.of(ResponsibilityExtractor.standard(), PolicyExtractor.standard(), TargetExtractor.standard(),
                FigureExtractor.standard());
    }
}
