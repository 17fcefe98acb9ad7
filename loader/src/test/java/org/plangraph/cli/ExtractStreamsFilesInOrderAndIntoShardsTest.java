package org.plangraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plangraph.testing.ProjectFiles;

/** extract runs files in parallel yet writes them in the order given, and --out writes the same quads as shards. */
class ExtractStreamsFilesInOrderAndIntoShardsTest {
    /** The quads, without the time of the run (pg:loadedAt and the like), which differs between runs. */
    private static List<String> quads(byte[] nquads) {
        List<String> out = new ArrayList<>();
        RDFParser.source(new ByteArrayInputStream(nquads)).lang(Lang.NQUADS).parse(new StreamRDFBase() {
            @Override
            public void quad(Quad q) {
                if (!(q.getObject().isLiteral() && q.getObject().getLiteralDatatypeURI().endsWith("#dateTime"))) {
                    out.add(q.toString());
                }
            }
        });
        return out;
    }

    private static List<String> graphsInOrder(List<String> quads) {
        List<String> graphs = new ArrayList<>();
        for (String q : quads) {
            String g = q.substring(q.indexOf("/id/graph/"), q.indexOf(' ', q.indexOf("/id/graph/")));
            if (graphs.isEmpty() || !graphs.get(graphs.size() - 1).equals(g)) {
                graphs.add(g);
            }
        }
        return graphs;
    }

    @Test
    void filesComeOutWholeInTheOrderGivenRunAfterRun(@TempDir Path tmp) {
        List<String> files = new ArrayList<>();
        for (String name : List.of("webpage-quanzhou.txt", "notice-plan-ganzhou.txt", "report-mianyang-gb18030.txt", "plan-traditional-big5.txt")) {
            files.add(ProjectFiles.sample(name).toString());
        }
        List<String> args = new ArrayList<>(List.of("extract", "--format", "nq"));
        args.addAll(files);
        LoadCommandTest.Run first = LoadCommandTest.run(args.toArray(String[]::new));
        LoadCommandTest.Run second = LoadCommandTest.run(args.toArray(String[]::new));
        assertEquals(0, first.status(), first.err());
        List<String> quads = quads(first.out().getBytes(StandardCharsets.UTF_8));
        assertEquals(quads, quads(second.out().getBytes(StandardCharsets.UTF_8)), "the same quads in the same order");
        // each file's graph is written whole, once, in the order the files were given
        assertEquals(List.of("/id/graph/webpage-quanzhou>", "/id/graph/notice-plan-ganzhou>", "/id/graph/report-mianyang-gb18030>",
                "/id/graph/plan-traditional-big5>"), graphsInOrder(quads).stream().map(g -> g.endsWith(">") ? g : g + ">").toList());
    }

    @Test
    void shardsHoldTheQuadsOfShardSizeFilesEach(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("shards");
        LoadCommandTest.Run shards = LoadCommandTest.run("extract", "--out", out.toString(), "--shard-size", "2", ProjectFiles.samples().toString());
        assertEquals(0, shards.status(), shards.err());
        LoadCommandTest.Run whole = LoadCommandTest.run("extract", "--format", "nq", ProjectFiles.samples().toString());
        List<Path> parts;
        try (Stream<Path> s = Files.list(out)) {
            parts = s.sorted().toList();
        }
        assertEquals(List.of("part-00001.nq", "part-00002.nq", "part-00003.nq"), parts.stream().map(p -> p.getFileName().toString()).toList(),
                "5 sample files, 2 a shard; no partial file left");
        Set<String> fromShards = new HashSet<>();
        for (Path part : parts) {
            List<String> q = quads(Files.readAllBytes(part));
            assertTrue(graphsInOrder(q).size() <= 2, part + " holds " + graphsInOrder(q));
            fromShards.addAll(q);
        }
        assertEquals(new HashSet<>(quads(whole.out().getBytes(StandardCharsets.UTF_8))), fromShards);
    }
}
