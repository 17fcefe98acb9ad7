package org.plangraph;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.plangraph.model.AlignedFile;
import org.plangraph.model.Document;
import org.plangraph.model.Provision;
import org.plangraph.model.Target;
import org.plangraph.pipeline.Pipeline;

/** Runs the standard pipeline over a fixture text written for the tests. */
public final class Fixtures {
    private static final Pipeline PIPELINE = Pipeline.standard();

    private Fixtures() {
    }

    public static AlignedFile parse(String text) {
        try {
            return PIPELINE.parse("fixture.txt", text.getBytes(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new AssertionError("fixture rejected: " + e.getMessage(), e);
        }
    }

    public static Document only(String text) {
        return parse(text).documents().get(0);
    }

    /** Every target of the document's measures, in document order, then its document-level targets. */
    public static List<Target> measureTargets(Document d) {
        List<Target> out = new ArrayList<>();
        for (Provision p : d.measures()) {
            out.addAll(p.targets());
        }
        return out;
    }
}
