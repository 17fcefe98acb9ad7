package org.plangraph.query;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.plangraph.data.DataFiles;

/** The named queries of {@code queries/}, by name (file name without {@code .rq}). */
public final class QueryCatalog {
    /** Shipped in the jar so the catalogue works without a working copy; kept in step with queries/. */
    private static final String INDEX = "index.txt";

    private final Map<String, NamedQuery> queries;

    private QueryCatalog(Map<String, NamedQuery> queries) {
        this.queries = queries;
    }

    public static QueryCatalog standard() {
        Map<String, NamedQuery> map = new TreeMap<>();
        Optional<Path> local = DataFiles.localFolder("queries");
        if (local.isPresent()) {
            try (Stream<Path> files = Files.list(local.get())) {
                for (Path f : files.filter(p -> p.toString().endsWith(".rq")).sorted().toList()) {
                    String name = f.getFileName().toString().replaceFirst("\\.rq$", "");
                    map.put(name, NamedQuery.parse(name, Files.readString(f, StandardCharsets.UTF_8)));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + local.get(), e);
            }
        } else {
            for (String name : DataFilesIndex.names()) {
                try (InputStream in = DataFiles.open("queries", name + ".rq")) {
                    map.put(name, NamedQuery.parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return new QueryCatalog(map);
    }

    public Optional<NamedQuery> get(String name) {
        return Optional.ofNullable(queries.get(name));
    }

    public List<NamedQuery> all() {
        return List.copyOf(queries.values());
    }

    /** The query names listed in {@code queries/index.txt}, for runs from the jar alone. */
    private static final class DataFilesIndex {
        static List<String> names() {
            try (InputStream in = DataFiles.open("queries", INDEX)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                        .map(String::strip).filter(s -> !s.isEmpty() && !s.startsWith("#")).toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
