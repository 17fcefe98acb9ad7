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
import org.plangraph.pipeline.Pipeline;
import org.plangraph.read.SourceRejectedException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "extract", description = "Extract documents to standard output as RDF or as the segmenter's JSON record tree.")
final class ExtractCommand implements Callable<Integer> {
    enum Format {
        ttl, trig, nq, jsonld, json
    }

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Document files or folders of them.")
    List<Path> files;

    @Option(names = "--format", defaultValue = "trig", description = "ttl, trig, nq, jsonld or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Mixin
    PipelineOptions options;

    @Option(names = "--report", paramLabel = "FILE.json", description = "Write what was read from each file, and what was not understood, as JSON.")
    Path report;

    @Override
    public Integer call() throws Exception {
        Pipeline pipeline = options.pipeline();
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        List<AlignedFile> parsed = new ArrayList<>();
        // TriG and N-Quads are written as each file is parsed: held in memory until the end, the quads of
        // a file of 200,000 items ran a 2 GB heap out. Turtle (merged) and JSON-LD need them all first.
        boolean streamed = format == Format.trig || format == Format.nq;
        DatasetGraph dsg = streamed || format == Format.json ? null : DatasetGraphFactory.createTxnMem();
        StreamRDF sink = streamed ? StreamRDFWriter.getWriterStream(out, format == Format.trig ? RDFFormat.TRIG_BLOCKS : RDFFormat.NQUADS)
                : dsg != null ? StreamRDFLib.dataset(dsg) : null;
        if (sink != null) {
            sink.start();
            if (format == Format.trig) {
                Prefixes.standard().forEach(sink::prefix);
            }
        }
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
        for (Path file : inputs.files()) {
            Refusal refusal;
            try {
                AlignedFile p = pipeline.parse(file);
                if (sink != null) {
                    pipeline.emitter().emit(p, now, sink);
                } else {
                    parsed.add(p);
                }
                run.loaded(p);
                continue;
            } catch (SourceRejectedException e) {
                refusal = Refusal.of(e);
            } catch (RuntimeException e) {
                // one file's failure must not cost the others their output
                refusal = new Refusal(String.valueOf(file.getFileName()), "cannot extract: " + Main.oneLine(e));
                if (Boolean.getBoolean("plangraph.debug")) {
                    e.printStackTrace();
                }
            }
            System.err.println(refusal.line());
            run.refused(refusal);
            failures++;
        }
        if (sink != null) {
            sink.finish();
        }
        if (report != null) {
            run.write(report);
        }
        switch (format) {
            case json -> {
                ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
                mapper.writeValue(out, parsed.size() == 1 ? parsed.get(0) : parsed);
                out.println();
            }
            case ttl -> RDFDataMgr.write(out, unionOf(dsg), RDFFormat.TURTLE_BLOCKS);
            case trig, nq -> {
                // written above, file by file
            }
            case jsonld -> RDFDataMgr.write(out, Prefixes.apply(dsg), RDFFormat.JSONLD11);
        }
        out.flush();
        return failures == 0 ? 0 : 1;
    }

    private static org.apache.jena.rdf.model.Model unionOf(DatasetGraph dsg) {
        org.apache.jena.rdf.model.Model m = org.apache.jena.rdf.model.ModelFactory.createModelForGraph(dsg.getUnionGraph());
        org.apache.jena.rdf.model.Model copy = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
        copy.add(m);
        Prefixes.standard().forEach(copy::setNsPrefix);
        return copy;
    }
}
