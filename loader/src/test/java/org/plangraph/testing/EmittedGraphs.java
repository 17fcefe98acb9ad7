package org.plangraph.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.plangraph.model.AlignedFile;
import org.plangraph.pipeline.Pipeline;

/** Source files run through the whole pipeline into an in-memory dataset, one named graph per file, as a load would. */
public final class EmittedGraphs {
    private EmittedGraphs() {
    }

    /** The documents of the folders: the project's samples, and the shared seeds and corpus where present. */
    public static List<Path> sourceFolders() {
        return List.of(ProjectFiles.samples(), sharedOrNull("seeds"), sharedOrNull("corpus/docs")).stream()
                .filter(p -> p != null).toList();
    }

    private static Path sharedOrNull(String sub) {
        String shared = System.getProperty("plangraph.shared", ProjectFiles.root().resolve("../shared").toString());
        Path dir = Path.of(shared).resolve(sub);
        return Files.isDirectory(dir) ? dir : null;
    }

    public static DatasetGraph of(List<Path> folders) {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        Pipeline pipeline = Pipeline.standard();
        for (Path folder : folders) {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path f : files.filter(EmittedGraphs::isSource).sorted().toList()) {
                    AlignedFile parsed = pipeline.parse(f);
                    pipeline.emitter().emit(parsed, OffsetDateTime.now(), StreamRDFLib.dataset(dsg));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (Exception e) {
                throw new AssertionError("pipeline failed in " + folder + ": " + e, e);
            }
        }
        return dsg;
    }

    /** A text or document file, not the folder's README. */
    private static boolean isSource(Path f) {
        String name = f.getFileName().toString();
        return Files.isRegularFile(f) && !name.equals("README.md") && !name.startsWith(".");
    }

    /** Text fixtures written by a test. */
    public static DatasetGraph ofFiles(List<Path> files) {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        Pipeline pipeline = Pipeline.standard();
        for (Path f : files) {
            try {
                AlignedFile parsed = pipeline.parse(f);
                pipeline.emitter().emit(parsed, OffsetDateTime.now(), StreamRDFLib.dataset(dsg));
            } catch (Exception e) {
                throw new AssertionError("pipeline failed on " + f + ": " + e, e);
            }
        }
        return dsg;
    }
}
