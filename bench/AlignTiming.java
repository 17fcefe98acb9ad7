// The align stage against the rest of the pipeline on the seed documents, warm. Run from the project root:
//   mvn -o -q dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
//   java -cp target/classes:$(cat /tmp/cp.txt) bench/AlignTiming.java [SEEDS_DIR]
import java.nio.file.*;
import java.util.*;
import org.plangraph.pipeline.Pipeline;
import org.plangraph.align.*;
import org.plangraph.model.*;
public class AlignTiming {
  public static void main(String[] a) throws Exception {
    System.setProperty("plangraph.home", System.getProperty("user.dir"));
    List<Path> files = new ArrayList<>();
    try (var s = Files.list(Path.of(a.length > 0 ? a[0] : "../shared/seeds"))) { s.sorted().forEach(files::add); }
    // a pipeline whose align stage does nothing: measures with no outline
    Aligner none = new Aligner(new OutlineCatalog(List.of()), Curation.none(new OutlineCatalog(List.of())));
    Pipeline without = Pipeline.builder().aligner(none).build();
    Pipeline with = Pipeline.standard();
    long sw=0, sa=0; for (int round = 0; round < 40; round++) {
      long t0 = System.nanoTime(); for (Path f : files) without.parse(f); long t1 = System.nanoTime();
      for (Path f : files) with.parse(f); long t2 = System.nanoTime();
      Aligner.standard();
      if (round >= 10) { sw += t1-t0; sa += t2-t1; }
    }
    System.out.printf("mean over 30 warm rounds, 5 seeds: pipeline without align %.1f ms, with align %.1f ms%n", sw/30e6, sa/30e6); long t3 = System.nanoTime(); int n = 0;
    for (int i = 0; i < 10; i++) for (Path f : files) { AlignedFile p = with.parse(f); n += p.alignments().size(); }
    System.out.println("alignments " + n/10);
  }
}
