package org.plangraph.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.plangraph.align.SssomWriter;
import org.plangraph.data.DataFiles;
import org.plangraph.model.AlignedFile;
import org.plangraph.pipeline.Pipeline;
import org.plangraph.read.SourceRejectedException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "align", description = "Align the measures of documents to the items of the national outlines they carry out and write the alignments as an SSSOM/TSV mapping set.")
final class AlignCommand implements Callable<Integer> {
    enum Format {
        sssom
    }

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Document files or folders of them.")
    List<Path> files;

    @Option(names = "--format", defaultValue = "sssom", description = "sssom (SSSOM/TSV with its metadata block; the default).")
    Format format;

    @Mixin
    PipelineOptions options;

    @Override
    public Integer call() {
        Pipeline pipeline = options.pipeline();
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        var sink = StreamRDFLib.dataset(dsg);
        sink.start();
        int failures = 0;
        OffsetDateTime now = OffsetDateTime.now();
        Inputs.Expanded inputs = Inputs.expand(files);
        for (Refusal r : inputs.refused()) {
            System.err.println(r.line());
            failures++;
        }
        for (Path file : inputs.files()) {
            try {
                AlignedFile p = pipeline.parse(file);
                pipeline.emitter().emit(p, now, sink);
            } catch (SourceRejectedException e) {
                System.err.println(Refusal.of(e).line());
                failures++;
            } catch (RuntimeException e) {
                System.err.println(new Refusal(String.valueOf(file.getFileName()), "cannot align: " + Main.oneLine(e)).line());
                failures++;
            }
        }
        sink.finish();
        Model data = ModelFactory.createModelForGraph(dsg.getUnionGraph());
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        new SssomWriter(pipeline.emitter().iris().base()).write(data, DataFiles.readTurtle("reference/outlines.ttl"), LocalDate.now(), out);
        return failures == 0 ? 0 : 1;
    }
}
