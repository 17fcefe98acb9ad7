package org.plangraph.cli;

import org.plangraph.pipeline.Pipeline;
import org.plangraph.read.SourceReader;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The options of the commands that run the pipeline: the IRI base and the size limit of a document. */
final class PipelineOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--base", description = "Base IRI of the resources minted (default: http://localhost:3030/id/ or $PLANGRAPH_BASE).")
    String base;

    @Option(names = "--max-text-mb", paramLabel = "N", defaultValue = "20",
            description = "Refuse a file whose text is longer than N MB (default: ${DEFAULT-VALUE}); a PDF or Word file may be 8 times that.")
    int maxTextMb;

    @Option(names = "--curation", paramLabel = "FILE.sssom.tsv",
            description = "A curator's confirmed and rejected alignments (SSSOM/TSV, semapv:ManualMappingCuration) to apply instead of ontology/curation/alignments.sssom.tsv.")
    java.nio.file.Path curation;

    /** The IRIs the load mints, which the store's summary graph follows. */
    org.plangraph.link.IriScheme iris() {
        return base == null ? org.plangraph.link.IriScheme.standard() : new org.plangraph.link.IriScheme(base);
    }

    Pipeline pipeline() {
        if (maxTextMb <= 0) {
            throw new ParameterException(spec.commandLine(), "--max-text-mb must be a positive number of megabytes, not " + maxTextMb);
        }
        Pipeline.Builder builder = Pipeline.builder()
                .reader(SourceReader.builder().maxTextBytes(maxTextMb * 1024L * 1024L).build());
        if (base != null) {
            builder.baseIri(base);
        }
        if (curation != null) {
            try {
                org.plangraph.align.OutlineCatalog outlines = org.plangraph.align.OutlineCatalog.standard();
                String tsv = java.nio.file.Files.readString(curation, java.nio.charset.StandardCharsets.UTF_8);
                builder.aligner(new org.plangraph.align.Aligner(outlines,
                        org.plangraph.align.Curation.of(org.plangraph.align.SssomTable.parse(tsv), outlines)));
            } catch (java.io.IOException e) {
                throw new ParameterException(spec.commandLine(), "cannot read the curation file " + curation + ": " + e.getMessage());
            }
        }
        return builder.build();
    }
}
