package org.plangraph.pipeline;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.riot.system.StreamRDF;
import org.plangraph.align.Aligner;
import org.plangraph.emit.RdfEmitter;
import org.plangraph.extract.Extractor;
import org.plangraph.extract.UnreadStructure;
import org.plangraph.link.IriScheme;
import org.plangraph.link.Linker;
import org.plangraph.model.AlignedFile;
import org.plangraph.model.ParsedFile;
import org.plangraph.read.SourceReader;
import org.plangraph.read.SourceRejectedException;
import org.plangraph.read.SourceText;
import org.plangraph.repair.RepairedText;
import org.plangraph.repair.SpanFactory;
import org.plangraph.repair.TextRepairer;
import org.plangraph.segment.Segmenter;

/**
 * read → repair → segment → extract → link → align → emit. The CLI and the server are shells over this
 * class; each stage hands an immutable result to the next.
 */
public final class Pipeline {
    private final SourceReader reader;
    private final TextRepairer repairer;
    private final Segmenter segmenter;
    private final List<Extractor> extractors;
    private final Linker linker;
    private final Aligner aligner;
    private final RdfEmitter emitter;

    private Pipeline(Builder b) {
        this.reader = b.reader;
        this.repairer = b.repairer;
        this.segmenter = b.segmenter;
        this.extractors = List.copyOf(b.extractors);
        this.linker = b.linker;
        this.aligner = b.aligner;
        this.emitter = new RdfEmitter(b.iris, LoaderVersion.get());
    }

    public static Pipeline standard() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private SourceReader reader = new SourceReader();
        private TextRepairer repairer;
        private Segmenter segmenter;
        private List<Extractor> extractors;
        private Linker linker;
        private Aligner aligner;
        private IriScheme iris = IriScheme.standard();

        public Builder iris(IriScheme scheme) {
            this.iris = scheme;
            return this;
        }

        public Builder baseIri(String base) {
            this.iris = new IriScheme(base);
            return this;
        }

        /** The read stage to use, e.g. one with another size limit ({@link SourceReader.Builder#maxTextBytes}). */
        public Builder reader(SourceReader sourceReader) {
            this.reader = sourceReader;
            return this;
        }

        public Builder extractors(List<Extractor> list) {
            this.extractors = new ArrayList<>(list);
            return this;
        }

        /** The align stage to use, e.g. one with a curator's file of its own. */
        public Builder aligner(Aligner a) {
            this.aligner = a;
            return this;
        }

        public Pipeline build() {
            if (repairer == null) {
                repairer = TextRepairer.standard();
            }
            if (segmenter == null) {
                segmenter = Segmenter.standard();
            }
            if (extractors == null) {
                extractors = StandardExtractors.all();
            }
            if (linker == null) {
                linker = Linker.standard();
            }
            if (aligner == null) {
                aligner = Aligner.standard();
            }
            return new Pipeline(this);
        }
    }

    public RdfEmitter emitter() {
        return emitter;
    }

    public AlignedFile parse(Path file) throws SourceRejectedException {
        return parse(reader.read(file));
    }

    public AlignedFile parse(String name, byte[] bytes) throws SourceRejectedException {
        return parse(reader.read(name, bytes));
    }

    private AlignedFile parse(SourceText source) throws SourceRejectedException {
        RepairedText repaired = repairer.repair(source);
        if (repaired.text().isBlank()) {
            throw new SourceRejectedException(source.name(), "no document text left after removing web-page chrome");
        }
        ParsedFile file = segmenter.segment(repaired);
        SpanFactory spans = new SpanFactory(repaired);
        for (Extractor extractor : extractors) {
            file = extractor.extract(file, spans);
        }
        return aligner.align(linker.link(UnreadStructure.find(file, spans)), spans);
    }

    /** Parses a file and pushes its quads, all in the file's own graph, into {@code sink}. */
    public AlignedFile load(Path file, StreamRDF sink) throws SourceRejectedException {
        AlignedFile parsed = parse(file);
        emitter.emit(parsed, OffsetDateTime.now(), sink);
        return parsed;
    }
}
