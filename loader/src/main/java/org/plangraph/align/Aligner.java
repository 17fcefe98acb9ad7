package org.plangraph.align;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.plangraph.link.IriScheme;
import org.plangraph.model.AlignedFile;
import org.plangraph.model.Alignment;
import org.plangraph.model.Document;
import org.plangraph.model.LinkedFile;
import org.plangraph.model.Provision;
import org.plangraph.repair.SpanFactory;

/**
 * The align stage, after link: every measure of a document that carries out a national outline
 * (named, or in force in its period) is scored against that outline's items, and the best few are
 * kept as {@link Alignment}s with score, confidence and evidence. A curator's file
 * ({@link Curation}) confirms or rejects alignments and wins over the computed ones.
 */
public final class Aligner {
    private final OutlineChooser chooser;
    private final Curation curation;
    private final Map<String, MeasureAligner> byOutline = new HashMap<>();

    public Aligner(OutlineCatalog catalog, Curation curation) {
        this.chooser = new OutlineChooser(catalog);
        this.curation = curation;
        for (Outline o : catalog.outlines()) {
            byOutline.put(o.iri(), new MeasureAligner(new ItemProfiles(o)));
        }
    }

    private static volatile Aligner standard;

    /** The aligner over the shipped outlines and curation file, built once (its profiles are immutable). */
    public static Aligner standard() {
        if (standard == null) {
            synchronized (Aligner.class) {
                if (standard == null) {
                    standard = new Aligner(OutlineCatalog.standard(), Curation.standard(OutlineCatalog.standard()));
                }
            }
        }
        return standard;
    }

    public AlignedFile align(LinkedFile file, SpanFactory spans) {
        String fileKey = IriScheme.standard().fileKey(file.source().name());
        List<Alignment> out = new ArrayList<>();
        for (Document d : file.documents()) {
            Optional<OutlineChoice> choice = chooser.choose(d, file);
            MeasureAligner aligner = choice.map(c -> byOutline.get(c.outline().iri())).orElse(null);
            Walk walk = new Walk(fileKey, d.key(), choice.orElse(null), aligner, spans, out);
            walk.provisions(d.provisions(), new ArrayList<>(), "");
        }
        return new AlignedFile(file, out);
    }

    /** One document's measures, with the headings of the sections they stand in. */
    private final class Walk {
        private final String fileKey;
        private final String docKey;
        private final OutlineChoice choice;
        private final MeasureAligner aligner;
        private final SpanFactory spans;
        private final List<Alignment> out;

        Walk(String fileKey, String docKey, OutlineChoice choice, MeasureAligner aligner, SpanFactory spans, List<Alignment> out) {
            this.fileKey = fileKey;
            this.docKey = docKey;
            this.choice = choice;
            this.aligner = aligner;
            this.spans = spans;
            this.out = out;
        }

        /** {@code numbers} is the IRI path of the parent ({@code 2.1}), as the emitter writes it. */
        void provisions(List<Provision> provisions, List<String> headings, String numbers) {
            for (Provision p : provisions) {
                String mine = numbers.isEmpty() ? String.valueOf(p.number()) : numbers + "." + p.number();
                if (p.measure()) {
                    List<Alignment> computed = aligner == null ? List.of() : aligner.align(docKey, p, headings, choice, spans);
                    String measureKey = fileKey + "/" + docKey + "/p/" + mine;
                    out.addAll(curation.apply(measureKey, docKey, p.path(), p.text().start(), computed));
                }
                if (!p.children().isEmpty()) {
                    headings.add(p.heading() == null ? "" : p.heading());
                    provisions(p.children(), headings, mine);
                    headings.remove(headings.size() - 1);
                }
            }
        }
    }
}
