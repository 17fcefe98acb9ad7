package org.plangraph.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.plangraph.model.AlignedFile;
import org.plangraph.pipeline.FileQuads;
import org.plangraph.pipeline.ParallelFiles;
import org.plangraph.pipeline.Pipeline;
import org.plangraph.read.SourceRejectedException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "extract", description = {"Extract documents to standard output as RDF or as the segmenter's JSON record tree;",
        "with --out DIR, to N-Quads shards. Files are extracted in parallel and written in the order given, each as soon as it is made."})
final class ExtractCommand implements Callable<Integer> {
    enum Format {
        ttl, trig, nq, jsonld, json
    }

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Document files or folders of them.")
    List<Path> files;

    @Option(names = "--format", description = "ttl, trig, nq, jsonld or json (default: trig; nq with --out).")
    Format format;

    @Option(names = "--out", paramLabel = "DIR", description = "Write N-Quads shards into DIR (part-00001.nq, …) instead of standard output: "
            + "each holds the graphs of --shard-size files, ready for tdb2.xloader or any other loader.")
    Path out;

    @Option(names = "--shard-size", paramLabel = "N", defaultValue = "1000", description = "Files per shard with --out (default: ${DEFAULT-VALUE}).")
    int shardSize;

    @Mixin
    PipelineOptions options;

    @Option(names = "--report", paramLabel = "FILE.json", description = "Write what was read from each file, and what was not understood, as JSON.")
    Path report;

    @Override
    public Integer call() throws Exception {
        if (format == null) {
            format = out != null ? Format.nq : Format.trig;
        }
        if (out != null && format != Format.nq && format != Format.trig) {
            throw new IllegalArgumentException("--out writes shards of N-Quads (or TriG); --format " + format + " goes to standard output");
        }
        if (shardSize < 1) {
            throw new IllegalArgumentException("--shard-size must be at least 1, not " + shardSize);
        }
        Pipeline pipeline = options.pipeline();
        PrintStream stdout = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        List<AlignedFile> parsed = new ArrayList<>();
        // TriG and N-Quads are written file by file as the files come out of the pipeline, in the order
        // given: a corpus is never held in memory. Turtle (merged) and JSON-LD need every quad first.
        boolean streamed = format == Format.trig || format == Format.nq;
        DatasetGraph dsg = streamed || format == Format.json ? null : DatasetGraphFactory.createTxnMem();
        Shards shards = streamed ? new Shards(out, shardSize, format == Format.trig ? RDFFormat.TRIG_BLOCKS : RDFFormat.NQUADS, stdout) : null;
        StreamRDF collected = dsg != null ? StreamRDFLib.dataset(dsg) : null;
        RunReport run = new RunReport();
        int failures = 0;
        OffsetDateTime now = OffsetDateTime.now();
        Inputs.Expanded inputs = Inputs.expand(files);
        for (Refusal r : inputs.refused()) {
            System.err.println(r.line());
            run.refused(r);
            failures++;
        }
        for (Refusal r : inputs.passedOver()) {
            System.err.println(r.note());
            run.skipped(r);
        }
        boolean quadsWanted = format != Format.json;
        try (ParallelFiles<FileQuads> made = new ParallelFiles<>(inputs.files(), 0,
                file -> quadsWanted ? FileQuads.of(pipeline, file, now) : new FileQuads(file, pipeline.parse(file), null, List.of()))) {
            while (made.hasNext()) {
                ParallelFiles.Outcome<FileQuads> outcome = made.next();
                if (outcome.failure() == null) {
                    FileQuads file = outcome.result();
                    if (shards != null) {
                        shards.write(file.quads());
                    } else if (collected != null) {
                        file.quads().forEach(collected::quad);
                    } else {
                        parsed.add(file.parsed());
                    }
                    run.loaded(file.parsed());
                    continue;
                }
                Refusal refusal;
                if (outcome.failure() instanceof SourceRejectedException e) {
                    refusal = Refusal.of(e);
                } else {
                    // one file's failure must not cost the others their output
                    refusal = new Refusal(String.valueOf(outcome.file().getFileName()), "cannot extract: " + Main.oneLine(outcome.failure()));
                    if (Boolean.getBoolean("plangraph.debug")) {
                        outcome.failure().printStackTrace();
                    }
                }
                System.err.println(refusal.line());
                run.refused(refusal);
                failures++;
            }
        }
        if (shards != null) {
            shards.finish();
        }
        if (report != null) {
            run.write(report);
        }
        switch (format) {
            case json -> {
                ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
                mapper.writeValue(stdout, parsed.size() == 1 ? parsed.get(0) : parsed);
                stdout.println();
            }
            case ttl -> RDFDataMgr.write(stdout, unionOf(dsg), RDFFormat.TURTLE_BLOCKS);
            case trig, nq -> {
                // written above, file by file
            }
            case jsonld -> RDFDataMgr.write(stdout, Prefixes.apply(dsg), RDFFormat.JSONLD11);
        }
        stdout.flush();
        return failures == 0 ? 0 : 1;
    }

    /**
     * Where streamed quads go: standard output, or with --out a new shard file every SHARDSIZE files.
     * A shard is written under a temporary name and renamed when complete, so a loader watching the
     * folder never takes half a shard.
     */
    private static final class Shards {
        private final Path dir;
        private final int shardSize;
        private final RDFFormat rdfFormat;
        private final PrintStream stdout;
        private StreamRDF sink;
        private java.io.OutputStream file;
        private Path partial;
        private int inShard;
        private int shards;

        Shards(Path dir, int shardSize, RDFFormat rdfFormat, PrintStream stdout) throws java.io.IOException {
            this.dir = dir;
            this.shardSize = shardSize;
            this.rdfFormat = rdfFormat;
            this.stdout = stdout;
            if (dir != null) {
                java.nio.file.Files.createDirectories(dir);
            } else {
                sink = open(stdout);
            }
        }

        private StreamRDF open(java.io.OutputStream os) {
            StreamRDF s = StreamRDFWriter.getWriterStream(os, rdfFormat);
            s.start();
            if (rdfFormat == RDFFormat.TRIG_BLOCKS) {
                Prefixes.standard().forEach(s::prefix);
            }
            return s;
        }

        void write(List<org.apache.jena.sparql.core.Quad> quads) throws java.io.IOException {
            if (dir != null && (sink == null || inShard == shardSize)) {
                closeShard();
                shards++;
                partial = dir.resolve(String.format("part-%05d.%s.partial", shards, extension()));
                file = new java.io.BufferedOutputStream(java.nio.file.Files.newOutputStream(partial), 1 << 16);
                sink = open(file);
                inShard = 0;
            }
            quads.forEach(sink::quad);
            inShard++;
        }

        private String extension() {
            return rdfFormat == RDFFormat.NQUADS ? "nq" : "trig";
        }

        private void closeShard() throws java.io.IOException {
            if (file == null) {
                return;
            }
            sink.finish();
            file.close();
            String name = partial.getFileName().toString();
            java.nio.file.Files.move(partial, partial.resolveSibling(name.substring(0, name.length() - ".partial".length())),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            file = null;
        }

        void finish() throws java.io.IOException {
            if (dir == null) {
                sink.finish();
                stdout.flush();
            } else {
                closeShard();
                System.err.printf("wrote %d shard%s to %s%n", shards, shards == 1 ? "" : "s", dir);
            }
        }
    }

    private static org.apache.jena.rdf.model.Model unionOf(DatasetGraph dsg) {
        org.apache.jena.rdf.model.Model m = org.apache.jena.rdf.model.ModelFactory.createModelForGraph(dsg.getUnionGraph());
        org.apache.jena.rdf.model.Model copy = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
        copy.add(m);
        Prefixes.standard().forEach(copy::setNsPrefix);
        return copy;
    }
}
